from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts en locaties")

    def ready(self):
        # How this app's models with personal data are exported, erased and purged.
        # Signals that keep the menu's cached admin-link flag true (accounts/access.py).
        from . import personal_data, signals  # noqa: F401, PLC0415 — on ready(), after the models

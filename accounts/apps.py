from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts en locaties")

    def ready(self):
        # How this app's models with personal data are exported, erased and purged.
        from . import personal_data  # noqa: F401, PLC0415 — registers on ready(), after the models
        from . import signals  # noqa: F401, PLC0415 — keeps the cached admin-link flag true

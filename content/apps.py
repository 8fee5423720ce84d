from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Werkboeken")

    def ready(self):
        # How this app's models with personal data are exported, erased and purged.
        from . import personal_data  # noqa: F401, PLC0415 — registers on ready(), after the models

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveSessionsConfig(AppConfig):
    name = "live_sessions"
    verbose_name = _("Online bijeenkomsten")

    def ready(self):
        # personal_data: how this app's models with personal data are exported, erased and
        # purged; receivers: connects the logout receiver.
        from . import personal_data, receivers  # noqa: F401, PLC0415 — registers on ready()

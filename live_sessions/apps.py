from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveSessionsConfig(AppConfig):
    name = "live_sessions"
    verbose_name = _("Online bijeenkomsten")

    def ready(self):
        from . import receivers  # noqa: F401  (connects the logout receiver)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Groepen en trajecten")

    def ready(self):
        # How this app's models with personal data are exported, erased and purged.
        from courses.privacy import personal_data  # noqa: F401, PLC0415 — registers at ready()
        from courses.signups import personal_data as _signups  # noqa: F401, PLC0415

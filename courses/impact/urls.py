"""Pages of the self-assessment room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.impact import views
from courses.impact.models import Moment
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path(
        "groepen/<id:cohort_id>/zelfbeoordeling/begin/",
        views.group_self_assessment,
        {"moment": Moment.START},
        name="start_self_assessment",
    ),
    path(
        "groepen/<id:cohort_id>/zelfbeoordeling/einde/",
        views.group_self_assessment,
        {"moment": Moment.END},
        name="end_self_assessment",
    ),
    path(
        "nazorg/<id:trajectory_id>/zelfbeoordeling/",
        views.aftercare_self_assessment,
        name="aftercare_self_assessment",
    ),
]

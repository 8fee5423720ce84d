"""Pages of the trainings room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.trainings import views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path(
        "trainingen/<id:cohort_id>/waardering/",
        views.training_rating,
        name="training_rating",
    ),
]

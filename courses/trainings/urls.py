"""Pages of the trainings room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.trainings import views

urlpatterns = [
    path(
        "trainingen/<int:cohort_id>/waardering/",
        views.training_rating,
        name="training_rating",
    ),
]

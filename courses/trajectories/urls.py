"""Pages of the trajectories room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.trajectories import intake_views, views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path("rapportage/", views.outcome_report_page, name="outcome_report"),
    path("rapportage/csv/", views.outcome_report_csv, name="outcome_report_csv"),
    path("rapportage/zelfbeoordeling/csv/", views.impact_report_csv, name="impact_report_csv"),
    path("trajecten/", views.trajectory_list, name="trajectory_list"),
    path(
        "trajecten/<id:trajectory_id>/",
        views.trajectory_detail,
        name="trajectory_detail",
    ),
    path(
        "deelnemers/<id:person_id>/pad/",
        views.participant_path,
        name="participant_path",
    ),
    path("intake/", intake_views.my_intake, name="my_intake"),
    path("intakes/", intake_views.intake_list, name="intake_list"),
    path("intakes/nieuw/", intake_views.intake_new, name="intake_new"),
    path("intakes/<id:intake_id>/", intake_views.intake_detail, name="intake_detail"),
    path("intakes/<id:intake_id>/besluit/", intake_views.intake_decide, name="intake_decide"),
]

"""Pages of the groups room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.groups import attendance_views, vacancy_views, views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path("uitnodiging/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path(
        "bijeenkomsten/<id:meeting_id>/presentie/",
        attendance_views.meeting_register,
        name="meeting_register",
    ),
    path(
        "bijeenkomsten/<id:meeting_id>/code/",
        attendance_views.meeting_check_in_code,
        name="meeting_check_in_code",
    ),
    path(
        "bijeenkomsten/<id:meeting_id>/inchecken/",
        attendance_views.meeting_check_in,
        name="meeting_check_in",
    ),
    path("groepen/<id:cohort_id>/vacatures/", vacancy_views.vacancy_board, name="vacancy_board"),
    path(
        "groepen/<id:cohort_id>/vacatures/<id:post_id>/weg/",
        vacancy_views.vacancy_delete,
        name="vacancy_delete",
    ),
]

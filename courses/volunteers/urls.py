"""Pages of the volunteers room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.volunteers import buddy_views, shadowing_views, views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path("mijn-certificaten/", views.my_certificates, name="my_certificates"),
    path(
        "mijn-certificaten/<id:certificate_id>/",
        views.certificate_print,
        name="certificate_print",
    ),
    # "controleren" before "<code>", or the code pattern would catch it.
    path(
        "certificaat/controleren/",
        views.certificate_verify,
        name="certificate_verify",
    ),
    path(
        "certificaat/<str:code>/",
        views.certificate_verify_code,
        name="certificate_verify_code",
    ),
    path("maatjes/", buddy_views.buddy_overview, name="buddy_overview"),
    path("maatjes/<id:match_id>/", buddy_views.buddy_match_detail, name="buddy_match"),
    path(
        "groepen/<id:cohort_id>/certificaten/",
        views.cohort_certificates,
        name="cohort_certificates",
    ),
    path("vog/", views.vog_page, name="vog"),
    path(
        "bijeenkomsten/<id:meeting_id>/meedraaien/",
        shadowing_views.meeting_shadowing,
        name="meeting_shadowing",
    ),
    path(
        "certificaten/overzicht/",
        views.certificate_overview,
        name="certificate_overview",
    ),
    path(
        "certificaten/<id:certificate_id>/",
        views.certificate_manage,
        name="certificate_manage",
    ),
]

"""Pages of the network room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.network import circle_views, guest_views, views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path("workshops/", views.workshop_list, name="workshop_list"),
    path("workshops/<id:workshop_id>/", views.workshop_detail, name="workshop_detail"),
    path("workshops/<id:workshop_id>/beheren/", views.workshop_manage, name="workshop_manage"),
    path("workshops/reeksen/nieuw/", views.series_manage, name="workshop_series_new"),
    path(
        "workshops/reeksen/<id:series_id>/",
        views.series_manage,
        name="workshop_series",
    ),
    path("gast/<str:token>/", guest_views.guest_open, name="guest_open"),
    path(
        "bijeenkomsten/<id:meeting_id>/gasten/",
        guest_views.meeting_guests,
        name="meeting_guests",
    ),
    path("intervisie/", circle_views.circle_list, name="circle_list"),
    path("intervisie/<id:circle_id>/", circle_views.circle_detail, name="circle_detail"),
    path("groepen/<id:cohort_id>/kanaal/", circle_views.group_channel, name="group_channel"),
]

from django.urls import path

from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

from . import views

urlpatterns = [
    path("bijeenkomsten/<id:meeting_id>/", views.meeting_room, name="meeting_detail"),
]

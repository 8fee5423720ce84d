from django.urls import path

from . import views

urlpatterns = [
    path("bijeenkomsten/<int:meeting_id>/", views.meeting_room, name="meeting_detail"),
]

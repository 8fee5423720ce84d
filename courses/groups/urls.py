"""Pages of the groups room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.groups import views

urlpatterns = [
    path("uitnodiging/<str:token>/", views.invitation_accept, name="invitation_accept"),
]

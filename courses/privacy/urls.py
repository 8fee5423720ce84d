"""Pages of the privacy room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.privacy import views

urlpatterns = [
    path("mijn-gegevens/", views.my_data, name="my_data"),
    path("mijn-gegevens/download/", views.my_data_download, name="my_data_download"),
    path("mijn-gegevens/verwijderen/", views.my_data_erase, name="my_data_erase"),
]

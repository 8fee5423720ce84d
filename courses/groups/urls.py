from django.urls import path

from courses.groups import views

urlpatterns = [
    path("uitnodiging/<str:token>/", views.invitation_accept, name="invitation_accept"),
]

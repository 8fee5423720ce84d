"""Pages of the sign-up room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.signups import views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path("aanmelden/", views.signup_job_seeker, name="signup_job_seeker"),
    path("vrijwilliger-worden/", views.signup_volunteer, name="signup_volunteer"),
    path("aanmelden/bedankt/", views.signup_thanks, name="signup_thanks"),
    path("aanmeldingen/", views.signup_list, name="signup_list"),
    path("aanmeldingen/<id:signup_id>/", views.signup_detail, name="signup_detail"),
    path("aanmeldingen/<id:signup_id>/aannemen/", views.signup_accept, name="signup_accept"),
    path("aanmeldingen/<id:signup_id>/afwijzen/", views.signup_decline, name="signup_decline"),
    path("aanmeldingen/<id:signup_id>/verwijderen/", views.signup_delete, name="signup_delete"),
    path("aanmeldingen/<id:signup_id>/pad/", views.signup_path, name="signup_path"),
    path("aanmeldingen/<id:signup_id>/account/", views.signup_account, name="signup_account"),
]

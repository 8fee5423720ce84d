"""Pages of the workbook room (composed in courses/urls.py; URL names are global)."""

from django.urls import path

from courses.workbook import views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)

urlpatterns = [
    path("groepen/<id:cohort_id>/werkboek/", views.workbook, name="workbook"),
    path(
        "groepen/<id:cohort_id>/werkboek/stap/<id:number>/",
        views.workbook_step,
        name="workbook_step",
    ),
    path("groepen/<id:cohort_id>/werkboek/print/", views.workbook_print, name="workbook_print"),
    path("groepen/<id:cohort_id>/leiding/", views.leader_view, name="leader_view"),
    path(
        "groepen/<id:cohort_id>/antwoorden/<id:answer_id>/reactie/",
        views.feedback_add,
        name="feedback_add",
    ),
    path("groepen/<id:cohort_id>/berichten/", views.leader_message, name="leader_message"),
    path("mijn-map/", views.my_folder, name="my_folder"),
    path("mijn-map/bestand/<id:answer_id>/", views.answer_file, name="answer_file"),
]

from django.urls import path

from . import views

urlpatterns = [
    path("groepen/<int:cohort_id>/werkboek/", views.workbook, name="workbook"),
    path(
        "groepen/<int:cohort_id>/werkboek/stap/<int:number>/",
        views.workbook_step,
        name="workbook_step",
    ),
    path("groepen/<int:cohort_id>/werkboek/print/", views.workbook_print, name="workbook_print"),
    path("mijn-map/", views.my_folder, name="my_folder"),
    path("mijn-map/bestand/<int:answer_id>/", views.answer_file, name="answer_file"),
]

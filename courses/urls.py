from django.urls import path

from . import (
    buddy_views,
    certification_views,
    circle_views,
    intake_views,
    trajectory_views,
    views,
    workshop_views,
)

urlpatterns = [
    path("groepen/<int:cohort_id>/werkboek/", views.workbook, name="workbook"),
    path(
        "groepen/<int:cohort_id>/werkboek/stap/<int:number>/",
        views.workbook_step,
        name="workbook_step",
    ),
    path("groepen/<int:cohort_id>/werkboek/print/", views.workbook_print, name="workbook_print"),
    path("groepen/<int:cohort_id>/leiding/", views.leader_view, name="leader_view"),
    path(
        "groepen/<int:cohort_id>/antwoorden/<int:answer_id>/reactie/",
        views.feedback_add,
        name="feedback_add",
    ),
    path("groepen/<int:cohort_id>/berichten/", views.leader_message, name="leader_message"),
    path("uitnodiging/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("mijn-gegevens/", views.my_data, name="my_data"),
    path("mijn-gegevens/download/", views.my_data_download, name="my_data_download"),
    path("mijn-gegevens/verwijderen/", views.my_data_erase, name="my_data_erase"),
    path("mijn-map/", views.my_folder, name="my_folder"),
    path("mijn-map/bestand/<int:answer_id>/", views.answer_file, name="answer_file"),
    path("mijn-certificaten/", certification_views.my_certificates, name="my_certificates"),
    path(
        "mijn-certificaten/<int:certificate_id>/",
        certification_views.certificate_print,
        name="certificate_print",
    ),
    # "controleren" before "<code>", or the code pattern would catch it.
    path(
        "certificaat/controleren/",
        certification_views.certificate_verify,
        name="certificate_verify",
    ),
    path(
        "certificaat/<str:code>/",
        certification_views.certificate_verify_code,
        name="certificate_verify_code",
    ),
    path("rapportage/", trajectory_views.outcome_report_page, name="outcome_report"),
    path("rapportage/csv/", trajectory_views.outcome_report_csv, name="outcome_report_csv"),
    path("trajecten/", trajectory_views.trajectory_list, name="trajectory_list"),
    path(
        "trajecten/<int:trajectory_id>/",
        trajectory_views.trajectory_detail,
        name="trajectory_detail",
    ),
    path("maatjes/", buddy_views.buddy_overview, name="buddy_overview"),
    path("maatjes/<int:match_id>/", buddy_views.buddy_match_detail, name="buddy_match"),
    path(
        "groepen/<int:cohort_id>/certificaten/",
        certification_views.cohort_certificates,
        name="cohort_certificates",
    ),
    path("vog/", certification_views.vog_page, name="vog"),
    path("workshops/", workshop_views.workshop_list, name="workshop_list"),
    path("workshops/<int:workshop_id>/", workshop_views.workshop_detail, name="workshop_detail"),
    path("workshops/reeksen/nieuw/", workshop_views.series_manage, name="workshop_series_new"),
    path(
        "workshops/reeksen/<int:series_id>/",
        workshop_views.series_manage,
        name="workshop_series",
    ),
    path("intervisie/", circle_views.circle_list, name="circle_list"),
    path("intervisie/<int:circle_id>/", circle_views.circle_detail, name="circle_detail"),
    path("groepen/<int:cohort_id>/kanaal/", circle_views.group_channel, name="group_channel"),
    path("intake/", intake_views.my_intake, name="my_intake"),
    path("intakes/", intake_views.intake_list, name="intake_list"),
    path("intakes/nieuw/", intake_views.intake_new, name="intake_new"),
    path("intakes/<int:intake_id>/", intake_views.intake_detail, name="intake_detail"),
    path("intakes/<int:intake_id>/besluit/", intake_views.intake_decide, name="intake_decide"),
    path(
        "certificaten/<int:certificate_id>/",
        certification_views.certificate_manage,
        name="certificate_manage",
    ),
]

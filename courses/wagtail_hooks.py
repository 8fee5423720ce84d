from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.access import is_national_office
from courses.groups import admin_views
from courses.groups.access import may_coordinate
from courses.trainings import admin_views as training_admin_views
from toolkit import ids  # noqa: F401  (registers the <id:...> path converter)


@hooks.register("register_admin_urls")
def register_coordinator_urls():
    return [
        path("groepen/", admin_views.groups_index, name="courses_admin_groups"),
        path("groepen/nieuw/", admin_views.group_create, name="courses_admin_group_create"),
        path(
            "groepen/verwijderverzoeken/",
            admin_views.erasure_requests,
            name="courses_admin_erasures",
        ),
        path(
            "groepen/verwijderverzoeken/<id:erasure_id>/bevestigen/",
            admin_views.erasure_confirm_view,
            name="courses_admin_erasure_confirm",
        ),
        path("groepen/<id:cohort_id>/", admin_views.group_detail, name="courses_admin_group"),
        path(
            "groepen/<id:cohort_id>/uitnodigen/",
            admin_views.group_invite,
            name="courses_admin_group_invite",
        ),
        path(
            "groepen/<id:cohort_id>/uitnodigingen/<id:invitation_id>/opnieuw/",
            admin_views.invitation_resend_view,
            name="courses_admin_invitation_resend",
        ),
        path(
            "groepen/<id:cohort_id>/uitnodigingen/<id:invitation_id>/intrekken/",
            admin_views.invitation_withdraw_view,
            name="courses_admin_invitation_withdraw",
        ),
        path(
            "groepen/<id:cohort_id>/deelnemer-met-kaart/",
            admin_views.group_card_participant_add,
            name="courses_admin_card_participant_add",
        ),
        path(
            "groepen/<id:cohort_id>/leden/<id:membership_id>/kaart/",
            admin_views.membership_card_issue_view,
            name="courses_admin_membership_card",
        ),
        path(
            "groepen/<id:cohort_id>/leden/<id:membership_id>/plaatjes-wissen/",
            admin_views.membership_card_pictures_reset_view,
            name="courses_admin_membership_card_pictures_reset",
        ),
        path(
            "groepen/<id:cohort_id>/leden/<id:membership_id>/uit-de-groep/",
            admin_views.membership_remove_view,
            name="courses_admin_membership_remove",
        ),
        path(
            "groepen/<id:cohort_id>/bijeenkomsten/<id:meeting_id>/",
            admin_views.meeting_reschedule_view,
            name="courses_admin_meeting_reschedule",
        ),
    ]


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return may_coordinate(user=request.user)


@hooks.register("register_admin_menu_item")
def register_groups_menu_item():
    return CoordinatorMenuItem(
        _("Groepen"), reverse("courses_admin_groups"), icon_name="group", order=240
    )


@hooks.register("register_admin_menu_item")
def register_erasures_menu_item():
    return CoordinatorMenuItem(
        _("Verwijderverzoeken"), reverse("courses_admin_erasures"), icon_name="bin", order=245
    )


# --- The national office: trainers and the ratings of trainings --------------------------------


@hooks.register("register_admin_urls")
def register_national_office_urls():
    return [
        path("trainers/", training_admin_views.trainers_index, name="courses_admin_trainers"),
        path(
            "trainers/<id:user_id>/intrekken/",
            training_admin_views.trainer_revoke,
            name="courses_admin_trainer_revoke",
        ),
        path(
            "trainingen/waardering/",
            training_admin_views.ratings_overview,
            name="courses_admin_training_ratings",
        ),
    ]


class NationalOfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return is_national_office(user=request.user)


@hooks.register("register_admin_menu_item")
def register_trainers_menu_item():
    return NationalOfficeMenuItem(
        _("Trainers"), reverse("courses_admin_trainers"), icon_name="user", order=250
    )


@hooks.register("register_admin_menu_item")
def register_training_ratings_menu_item():
    return NationalOfficeMenuItem(
        _("Waardering trainingen"),
        reverse("courses_admin_training_ratings"),
        icon_name="list-ul",
        order=255,
    )


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CoordinatorMenuItem(
        _("Certificaten en VOG"),
        reverse("certificate_overview"),
        icon_name="doc-full",
        order=242,
    )

"""The sign-up room's personal data in the registry (`accounts.personal_data`): export, erasure and
retention of sign-ups (docs/privacy.md, "Sign-ups"). Imported by courses.privacy.personal_data."""

import datetime

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, Retention, register, unlink
from courses.signups.models import SignUp
from courses.signups.services import setting


def _signups_of(user):
    """A person's sign-ups: linked to their account, or sent with their e-mail address."""
    query = Q(user=user)
    if user.email:
        query |= Q(email__iexact=user.email)
    return SignUp.objects.filter(query)


def _export_signups(user) -> list[dict]:
    return [
        {
            "kind": s.kind,
            "kind_label": str(s.get_kind_display()),
            "location": s.location.name,
            "name": s.name,
            "phone": s.phone,
            "email": s.email,
            "work_wish": s.work_wish,
            "heard_from": s.heard_from,
            "call_time": s.call_time,
            "role": s.role,
            "experience": s.experience,
            "availability": s.availability,
            "status": s.status,
            "status_label": str(s.get_status_display()),
            # what the coordinator wrote about the person when declining: theirs to read too
            "decline_note": s.decline_note,
            "interview_on": s.interview_on.isoformat() if s.interview_on else None,
            "vog_requested_on": s.vog_requested_on.isoformat() if s.vog_requested_on else None,
            "vog_received_on": s.vog_received_on.isoformat() if s.vog_received_on else None,
            "training_note": s.training_note,
            "created_at": s.created_at.isoformat(),
        }
        for s in _signups_of(user).select_related("location")
    ]


def _erase_signups(erasure: Erasure) -> None:
    query = Q(user=erasure.user)
    if erasure.email:
        query |= Q(email__iexact=erasure.email)
    SignUp.objects.filter(query).delete()


def purge_signups(retention: Retention) -> int:
    """Every sign-up is deleted SIGNUP_RETENTION_DAYS after its last change (sign-up, decision or
    an update of the volunteer path): unhandled, declined and accepted alike. An accepted job
    seeker's data lives on in the intake, under the intake's own rules."""
    cutoff = retention.now - datetime.timedelta(days=setting("SIGNUP_RETENTION_DAYS"))
    deleted, _rows = SignUp.objects.filter(updated_at__lt=cutoff).delete()
    return deleted


def _erase(erasure: Erasure) -> None:
    _erase_signups(erasure)
    unlink(SignUp, "handled_by")(erasure)


register(
    SignUp,
    key="signups",
    title=_("Je aanmelding"),
    labels={
        "kind_label": _("Soort"),
        "location": _("Locatie"),
        "name": _("Naam"),
        "phone": _("Mobiel nummer"),
        "email": _("E-mailadres"),
        "work_wish": _("Welk werk je zoekt"),
        "experience": _("Ervaring"),
        "availability": _("Wanneer je kunt"),
        "status_label": _("Status"),
        "decline_note": _("Waarom niet aangenomen"),
        "created_at": _("Aangemeld op"),
    },
    export=_export_signups,
    erase=_erase,
    purge=purge_signups,
    kept="Niets: de aanmelding wordt verwijderd; wie hem behandelde wordt losgekoppeld.",
)

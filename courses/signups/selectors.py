"""Reads of the sign-up room."""

from django.db.models import Count, Q

from courses.signups.access import signup_locations_of
from courses.signups.models import SignUp
from courses.volunteers.models import ConductCertificate


def signups_for_coordinator(*, user, status: str = ""):
    qs = SignUp.objects.filter(location__in=signup_locations_of(user=user)).select_related(
        "location", "intake"
    )
    if status in SignUp.Status.values:
        qs = qs.filter(status=status)
    return qs


def signup_counts(*, user) -> dict:
    """New sign-ups per kind at the user's locations: {"job_seeker": n, "volunteer": n, "total": n}."""
    counts = SignUp.objects.filter(
        location__in=signup_locations_of(user=user), status=SignUp.Status.NEW
    ).aggregate(
        job_seeker=Count("pk", filter=Q(kind=SignUp.Kind.JOB_SEEKER)),
        volunteer=Count("pk", filter=Q(kind=SignUp.Kind.VOLUNTEER)),
    )
    counts["total"] = counts["job_seeker"] + counts["volunteer"]
    return counts


def conduct_certificates_of(signup: SignUp):
    """The VOG records of the volunteer's account, once they have one."""
    if signup.user_id is None:
        return ConductCertificate.objects.none()
    return ConductCertificate.objects.filter(user_id=signup.user_id).order_by("-issued_on")

"""AVG/GDPR: a participant's own download, erasure on request, retention of answers."""

import datetime
import io
import json
import zipfile

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import AuditEntry, User
from accounts.selectors import user_locations, user_roles
from accounts.services import audit_record

from . import errors
from .access import may_manage_cohort
from .models import Answer, Attendance, Cohort, CohortMembership, ErasureRequest, Feedback


def data_export(*, user: User) -> bytes:
    """Everything the platform holds about the user: JSON plus their uploads, as a zip."""
    answers = (
        Answer.objects.filter(participant=user)
        .select_related("cohort__edition__programme")
        .prefetch_related("feedback")
    )
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.preferred_language,
            "reminders_enabled": user.reminders_enabled,
            "date_joined": user.date_joined.isoformat(),
            "roles": user_roles(user=user),
            "locations": user_locations(user=user),
        },
        "groups": [
            {
                "name": m.cohort.name,
                "programme": m.cohort.edition.programme.title,
                "edition": m.cohort.edition.number,
                "role": m.role,
            }
            for m in CohortMembership.objects.filter(user=user).select_related(
                "cohort__edition__programme"
            )
        ],
        "answers": [
            {
                "group": a.cohort.name,
                "step": a.step_number,
                "exercise": a.block_type,
                "block_id": a.block_id,
                "value": a.value,
                "file": f"uploads/{a.pk}-{a.file_name}" if a.file else None,
                "shared_with": a.sharing,
                "updated_at": a.updated_at.isoformat(),
                "feedback": [
                    {"text": f.text, "at": f.created_at.isoformat()} for f in a.feedback.all()
                ],
            }
            for a in answers
        ],
        "attendance": [
            {
                "kind": att.meeting.kind,
                "group": str(att.meeting.cohort or att.meeting),
                "step": att.meeting.step_number,
                "joined_at": att.joined_at.isoformat(),
                "left_at": att.left_at.isoformat() if att.left_at else None,
            }
            for att in Attendance.objects.filter(user=user).select_related(
                "meeting__cohort",
                "meeting__workshop__series",
                "meeting__circle",
                "meeting__network_of",
            )
        ],
    }
    data.update(_volunteer_track(user))
    data.update(_beyond_the_group(user))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mijn-gegevens.json", json.dumps(data, ensure_ascii=False, indent=2))
        for answer in answers:
            if answer.file:
                with answer.file.open("rb") as handle:
                    archive.writestr(f"uploads/{answer.pk}-{answer.file_name}", handle.read())
    audit_record(actor=user, subject=user, action=AuditEntry.Action.EXPORT)
    return buffer.getvalue()


def _beyond_the_group(user: User) -> dict:
    """Intakes, workshop sign-ups and group-channel memberships of the user."""
    from .intake import Intake
    from .network import NetworkMembership
    from .workshops import WorkshopSignup

    return {
        "intakes": [
            {
                "location": i.location.name,
                "status": i.status,
                "answers": i.answers,
                "language_score": i.language_score,
                "advice": i.advice,
                "reasons": i.advice_reasons,
                "decision": i.decision,
                "created_at": i.created_at.isoformat(),
            }
            for i in Intake.objects.filter(person=user).select_related("location")
        ],
        "workshops": [
            {
                "workshop": str(s.workshop),
                "starts_at": s.workshop.starts_at.isoformat(),
                "status": s.status,
            }
            for s in WorkshopSignup.objects.filter(user=user).select_related("workshop__series")
        ],
        "group_channels": [
            {
                "group": str(m.meeting.network_of),
                "joined_at": m.joined_at.isoformat(),
                "left_at": m.left_at.isoformat() if m.left_at else None,
                "hide_last_name": m.hide_last_name,
            }
            for m in NetworkMembership.objects.filter(user=user).select_related(
                "meeting__network_of"
            )
        ],
    }


def _volunteer_track(user: User) -> dict:
    """Trajectories, certificates, VOG dates and buddy matches of the user."""
    from .buddies import BuddyMatch
    from .certification import Certificate, ConductCertificate
    from .trajectories import Trajectory

    return {
        "trajectories": [
            {
                "location": t.location.name,
                "intake_date": t.intake_date.isoformat(),
                "intake_rung": t.intake_rung,
                "measurements": [
                    {"on": m.measured_on.isoformat(), "rung": m.rung} for m in t.measurements.all()
                ],
                "outcome": t.outcome,
                "outcome_date": t.outcome_date.isoformat() if t.outcome_date else None,
                "dropout_reason": t.dropout_reason,
                "aftercare_start": t.aftercare_start.isoformat() if t.aftercare_start else None,
                "aftercare_end": t.aftercare_end.isoformat() if t.aftercare_end else None,
                "closing_talk_on": t.closing_talk_on.isoformat() if t.closing_talk_on else None,
            }
            for t in Trajectory.objects.filter(participant=user)
            .select_related("location")
            .prefetch_related("measurements")
        ],
        "certificates": [
            {
                "role": c.role,
                "programme": c.programme.title,
                "issued_on": c.issued_on.isoformat(),
                "valid_until": c.valid_until.isoformat(),
                "verification_code": c.verification_code,
                "revoked": bool(c.revoked_at),
            }
            for c in Certificate.objects.filter(user=user).select_related("programme")
        ],
        "vog_dates": [
            v.issued_on.isoformat() for v in ConductCertificate.objects.filter(user=user)
        ],
        "buddy_matches": [
            {
                "as": "participant" if m.participant_id == user.pk else "buddy",
                "with": (m.buddy if m.participant_id == user.pk else m.participant).name,
                "consent_given_on": m.consent_given_on.isoformat(),
                "started_on": m.started_on.isoformat() if m.started_on else None,
                "ended_on": m.ended_on.isoformat() if m.ended_on else None,
                "contacts": [
                    {"on": c.contact_on.isoformat(), "kind": c.kind, "note": c.note}
                    for c in m.contacts.all()
                ],
            }
            for m in BuddyMatch.objects.filter(Q(participant=user) | Q(buddy=user))
            .select_related("participant", "buddy")
            .prefetch_related("contacts")
        ],
    }


@transaction.atomic
def erasure_request(*, user: User) -> ErasureRequest:
    request = ErasureRequest.objects.filter(user=user, confirmed_at__isnull=True).first()
    if request is None:
        request = ErasureRequest.objects.create(user=user)
        audit_record(actor=user, subject=user, action=AuditEntry.Action.ERASURE_REQUESTED)
    return request


def _delete_answers(answers) -> int:
    count = 0
    for answer in answers:
        if answer.file:
            answer.file.delete(save=False)
        count += 1
    answers.delete()
    return count


@transaction.atomic
def erasure_confirm(*, erasure: ErasureRequest, coordinator: User) -> User:
    """Anonymise the person: answers and uploads deleted, name and address replaced. Group
    history (memberships, attendance) stays, now about an anonymous former participant."""
    user = erasure.user
    if user.anonymised_at:
        raise ValidationError(errors.ERASURE_ALREADY_DONE)
    cohorts = Cohort.objects.filter(memberships__user=user)
    if not coordinator.is_superuser and not any(
        may_manage_cohort(user=coordinator, cohort=c) for c in cohorts
    ):
        raise PermissionDenied
    _delete_answers(Answer.objects.filter(participant=user))
    _erase_volunteer_track(user)
    Feedback.objects.filter(author=user).update(text="", html="")
    user.email = f"verwijderd-{user.pk}@anoniem.invalid"
    user.display_name = "Oud-deelnemer"
    user.first_name = user.last_name = ""
    user.is_active = False
    user.reminders_enabled = False
    user.set_unusable_password()
    user.anonymised_at = timezone.now()
    user.save()
    user.login_tokens.all().delete()
    erasure.confirmed_by = coordinator
    erasure.confirmed_at = timezone.now()
    erasure.save(update_fields=["confirmed_by", "confirmed_at"])
    audit_record(actor=coordinator, subject=user, action=AuditEntry.Action.ERASURE_CONFIRMED)
    return user


def _erase_volunteer_track(user: User) -> None:
    """Free text about the person goes; dates and outcomes stay for the anonymous figures."""
    from .buddies import BuddyContact, BuddyMatch
    from .trajectories import Trajectory

    Trajectory.objects.filter(participant=user).update(dropout_reason="")
    from .intake import Intake
    from .network import NetworkMembership
    from .workshops import WorkshopSignup

    # The intake is about the person: it goes. Sign-ups and channel memberships end.
    Intake.objects.filter(person=user).delete()
    WorkshopSignup.objects.filter(user=user).exclude(status=WorkshopSignup.Status.CANCELLED).update(
        status=WorkshopSignup.Status.CANCELLED
    )
    NetworkMembership.objects.filter(user=user, left_at__isnull=True).update(left_at=timezone.now())
    BuddyContact.objects.filter(match__participant=user).update(note="")
    BuddyMatch.objects.filter(participant=user, ended_on__isnull=True).update(
        ended_on=timezone.localdate()
    )


@transaction.atomic
def retention_purge(*, now: datetime.datetime | None = None) -> int:
    """Delete personal answers of groups that finished longer ago than ANSWER_RETENTION_DAYS."""
    now = now or timezone.now()
    cutoff = (now - datetime.timedelta(days=settings.ANSWER_RETENTION_DAYS)).date()
    answers = Answer.objects.filter(
        cohort__status=Cohort.Status.FINISHED, cohort__finished_on__lt=cutoff
    )
    subjects = set(answers.values_list("participant_id", flat=True))
    count = _delete_answers(answers)
    for user_id in subjects:
        audit_record(
            actor=None,
            subject=User(pk=user_id),
            action=AuditEntry.Action.RETENTION,
            detail=f"bewaartermijn {settings.ANSWER_RETENTION_DAYS} dagen",
        )
    return count

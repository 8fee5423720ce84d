"""AVG/GDPR: a person's own download, erasure on request, retention of answers.

All three run through the personal-data registry (`accounts.personal_data`): every app registers
there how each of its models with personal data is exported, erased and purged, so nothing here
lists models."""

import datetime
import io
import json
import zipfile

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from accounts import personal_data
from accounts.models import AuditEntry, User
from accounts.services import audit_record
from accounts.sockets import sockets_recheck
from courses import errors
from courses.privacy.access import may_confirm_erasure
from courses.privacy.models import ErasureRequest
from courses.privacy.personal_data import retention_for

EXPORT_JSON = "mijn-gegevens.json"
EXPORT_HTML = "mijn-gegevens.html"
EXPORT_CSS = "mijn-gegevens.css"


def data_export(*, user: User) -> bytes:
    """Everything the platform holds about the user, as one zip: a printable page in plain Dutch
    (each question beside its answer), the same data as JSON, and their uploads."""
    with override("nl"):
        sections = personal_data.export_all(user=user)
        exported_at = timezone.now()
        data = {"exported_at": exported_at.isoformat()}
        data.update({section.key: section.rows for section in sections})
        # What each part and field means, in Dutch, for whoever reads the file without the page.
        data["labels"] = {
            section.key: {"title": section.title, "fields": section.labels} for section in sections
        }
        page = render_to_string(
            "courses/privacy/export.html",
            {
                "user": user,
                "exported_at": exported_at,
                "sections": [_printable(section) for section in sections],
                "json_name": EXPORT_JSON,
                "css_name": EXPORT_CSS,
            },
        )
        styles = render_to_string("courses/privacy/export.css")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(EXPORT_HTML, page)
        archive.writestr(EXPORT_CSS, styles)
        archive.writestr(EXPORT_JSON, json.dumps(data, ensure_ascii=False, indent=2))
        for path, field in personal_data.export_files(user=user):
            with field.open("rb") as handle:
                archive.writestr(path, handle.read())
    audit_record(actor=user, subject=user, action=AuditEntry.Action.EXPORT)
    return buffer.getvalue()


def _printable(section: personal_data.Section) -> dict:
    """A section as the page shows it: per row, (Dutch label, readable text) for each label."""
    rows = section.rows if isinstance(section.rows, list) else [section.rows]
    return {
        "key": section.key,
        "title": section.title,
        "labels": section.labels,
        "rows": [
            {
                "pairs": [
                    (label, personal_data.readable(row.get(key)))
                    for key, label in section.labels.items()
                ],
                "text": {key: personal_data.readable(row.get(key)) for key in section.labels},
            }
            for row in rows
        ],
    }


@transaction.atomic
def erasure_request(*, user: User) -> ErasureRequest:
    request = ErasureRequest.objects.filter(user=user, confirmed_at__isnull=True).first()
    if request is None:
        request = ErasureRequest.objects.create(user=user)
        audit_record(actor=user, subject=user, action=AuditEntry.Action.ERASURE_REQUESTED)
    return request


@transaction.atomic
def erasure_confirm(*, erasure: ErasureRequest, coordinator: User) -> User:
    """Erase the person through every registered eraser: what they wrote and what is about them
    goes (answers, uploads, chat, live answers, homework shown in the room, intake, invitations),
    their name is taken out of what others wrote, seats in running groups are freed, and the
    account becomes an anonymous 'Oud-deelnemer' that cannot log in. Their open live sockets are
    told to re-check access once this commits."""
    user = User.objects.select_for_update().get(pk=erasure.user_id)
    if user.anonymised_at:
        raise ValidationError(errors.ERASURE_ALREADY_DONE)
    if not may_confirm_erasure(coordinator=coordinator, person=user):
        raise PermissionDenied
    personal_data.erase_all(erasure=personal_data.erasure_for(user=user))
    erasure.user = user
    erasure.confirmed_by = coordinator
    erasure.confirmed_at = timezone.now()
    erasure.save(update_fields=["confirmed_by", "confirmed_at"])
    audit_record(actor=coordinator, subject=user, action=AuditEntry.Action.ERASURE_CONFIRMED)
    sockets_recheck(user_ids=[user.pk])
    return user


@transaction.atomic
def retention_purge_all(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Everything the registry says expires, for groups that finished longer ago than
    ANSWER_RETENTION_DAYS: answers and uploads, their copies in the room's log (live answers,
    homework shown, chat become tombstones), the group's notes. Model label → rows."""
    return personal_data.purge_all(retention=retention_for(now=now))


def retention_purge(*, now: datetime.datetime | None = None) -> int:
    """As `retention_purge_all`; returns the number of answers removed."""
    return retention_purge_all(now=now).get("courses.Answer", 0)

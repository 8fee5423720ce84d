"""The register of a meeting as JSON: read it, and set one member's status."""

from typing import Literal

from ninja import Router, Schema

from courses.groups import attendance
from courses.groups.access import meeting_for_register
from toolkit.api_errors import READ_ONE, WRITE_ONE, responses
from toolkit.ids import Id

router = Router(tags=["attendance"])


class PresenceOut(Schema):
    user: int
    name: str
    status: Literal["present", "late", "absent", "excused", "unknown"]
    source: Literal["room", "register", "check_in"] | None
    reason: str
    suggestion: Literal["present", "late"] | None


class PresenceIn(Schema):
    status: str
    reason: str = ""


def _out(presence: attendance.Presence) -> dict:
    return {
        "user": presence.user.pk,
        "name": presence.user.name,
        "status": presence.status,
        "source": presence.source,
        "reason": presence.reason,
        "suggestion": presence.suggestion,
    }


@router.get(
    "/meetings/{meeting_id}/attendance",
    response=responses(list[PresenceOut], (*READ_ONE, 403)),
    summary="The register of a meeting: one row per participant",
)
def attendance_list(request, meeting_id: Id):
    meeting = meeting_for_register(user=request.auth, meeting_id=meeting_id)
    return [_out(p) for p in attendance.meeting_attendance(meeting=meeting)]


@router.put(
    "/meetings/{meeting_id}/attendance/{user_id}",
    response=responses(PresenceOut, (*WRITE_ONE, 403)),
    summary="Set one participant's status in the register (excused needs a reason)",
)
def attendance_set(request, meeting_id: Id, user_id: Id, payload: PresenceIn):
    meeting = meeting_for_register(user=request.auth, meeting_id=meeting_id)
    presence = attendance.register_set(
        meeting=meeting,
        user_id=user_id,
        status=payload.status,
        reason=payload.reason,
        by=request.auth,
    )
    return _out(presence)

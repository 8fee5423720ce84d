"""The daily digest of a group channel (courses.network.channel): the channel's new chat messages,
read from the live room's event log, e-mailed to members who want them. It lives here because it
reads the live room's events; courses does not import the live room."""

import html

from django.conf import settings as django_settings
from django.urls import reverse
from django.utils.html import strip_tags

from courses.models import NetworkMembership
from courses.network.channel import shown_name
from toolkit.mail import send_templated_mail

from .models import MeetingEvent


def digests_send() -> int:
    """E-mail each member who wants it the channel's new chat messages by others since their
    last digest (hidden messages left out). Returns the number of e-mails sent."""
    sent = 0
    memberships = NetworkMembership.objects.filter(
        left_at__isnull=True, digest=True, user__is_active=True
    ).select_related("user", "meeting__network_of")
    for membership in memberships:
        events = list(
            MeetingEvent.objects.filter(
                meeting_id=membership.meeting_id,
                type="chat.message",
                hidden=False,
                seq__gt=membership.last_digest_seq,
                audience=[],
            )
            .exclude(actor=membership.user)
            .select_related("actor")
            .order_by("seq")[:200]
        )
        last = (
            MeetingEvent.objects.filter(meeting_id=membership.meeting_id)
            .order_by("-seq")
            .values_list("seq", flat=True)
            .first()
            or 0
        )
        if events:
            hidden_names = set(
                NetworkMembership.objects.filter(
                    meeting_id=membership.meeting_id, hide_last_name=True
                ).values_list("user_id", flat=True)
            )
            context = {
                "user": membership.user,
                "group": membership.meeting.network_of.name,
                "count": len(events),
                "messages": [
                    {
                        "author": shown_name(e.actor, hide_last_name=e.actor_id in hidden_names)
                        if e.actor
                        else "",
                        "text": html.unescape(strip_tags(e.payload.get("html", ""))).strip(),
                    }
                    for e in events
                ],
                "site_url": django_settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
                "room_path": reverse("meeting_detail", args=[membership.meeting_id]),
            }
            send_templated_mail(
                "courses/email/network_digest",
                context,
                membership.user.email,
                language=membership.user.preferred_language,
            )
            sent += 1
        if last != membership.last_digest_seq:
            NetworkMembership.objects.filter(pk=membership.pk).update(last_digest_seq=last)
    return sent

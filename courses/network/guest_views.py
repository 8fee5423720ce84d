"""Guest links: the leader's page of a meeting ("Gast uitnodigen") and the link itself
(`/gast/<token>/`). See courses.network.guests."""

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.backends import client_ip
from courses.groups.access import meeting_for_leader
from courses.network import guests
from courses.network.models import GUEST_NAME_MAX_LENGTH, GuestInvite
from toolkit.ids import bounded_id

# Opening guest links: at most this many tries per client address per window (a wrong token
# costs a look-up; tokens are 256 bits, so this only keeps the database quiet).
OPEN_LIMIT = 30
SHOWN_LINK = "guest-link-shown"  # session key: the new link, shown once after the redirect
OPEN_WINDOW_SECONDS = 600


@login_required
@require_http_methods(["GET", "POST"])
def meeting_guests(request, meeting_id: int):
    """The leader invites a guest to this meeting: the link is shown once, right after it is
    made (only its hash is kept), and each guest can be revoked."""
    meeting = meeting_for_leader(user=request.user, meeting_id=meeting_id)
    error = link = None
    status = 200
    if request.method == "POST" and request.POST.get("action") == "revoke":
        invite = GuestInvite.objects.filter(
            meeting=meeting, pk=bounded_id(request.POST.get("invite"))
        ).first()
        if invite is not None:
            guests.guest_invite_revoke(invite=invite)
            messages.success(
                request, _("De link van %(name)s werkt niet meer.") % {"name": invite.guest_name}
            )
        return redirect(reverse("meeting_guests", args=[meeting.pk]))
    if request.method == "POST":
        try:
            invite, token = guests.guest_invite_create(
                meeting=meeting, by=request.user, guest_name=request.POST.get("guest_name", "")
            )
        except ValidationError as exc:
            error, status = exc.messages[0], 400
        else:
            # Shown once, on the page after the redirect: loading that page again makes no
            # second link (each counts towards the limit).
            request.session[SHOWN_LINK] = {
                "meeting": meeting.pk,
                "link": request.build_absolute_uri(reverse("guest_open", args=[token])),
            }
            return redirect(reverse("meeting_guests", args=[meeting.pk]))
    shown = request.session.pop(SHOWN_LINK, None) if request.method == "GET" else None
    if shown and shown.get("meeting") == meeting.pk:
        link = shown.get("link")
    opens, closes = guests.guest_window(meeting)
    return render(
        request,
        "courses/network/guests.html",
        {
            "meeting": meeting,
            "cohort": meeting.cohort,
            "invites": guests.guest_invites_of_meeting(meeting=meeting),
            "link": link,
            "error": error,
            "opens": opens,
            "closes": closes,
            "limit": guests.GUEST_LINKS_PER_MEETING,
            "name_limit": GUEST_NAME_MAX_LENGTH,
        },
        status=status,
    )


def _too_many_opens(request) -> bool:
    key = f"guest-open:{client_ip(request)}"
    cache.add(key, 0, OPEN_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, OPEN_WINDOW_SECONDS)
        count = 1
    return count > OPEN_LIMIT


@never_cache
@require_http_methods(["GET", "POST"])
def guest_open(request, token: str):
    """A guest opens their link: a page with one button ("Naar de bijeenkomst"); pressing it logs
    the browser in as the meeting's guest and goes to the room. Only the POST logs in, so a link
    previewer or another site sending a browser to the link changes nobody's login. Outside the
    window, revoked, unknown or too many tries: a neutral page (naming the meeting only while it
    is still to come)."""
    invite = None if _too_many_opens(request) else guests.guest_invite_for_token(token)
    works = (
        invite is not None
        and invite.revoked_at is None
        and guests.guest_window_open(invite.meeting)
    )
    if not works:
        context = {"invite": None}
        if invite is not None and invite.revoked_at is None:
            opens, closes = guests.guest_window(invite.meeting)
            if timezone.now() < opens:  # still to come: say when
                context.update(invite=invite, opens=opens, closes=closes)
        return render(request, "courses/network/guest_closed.html", context, status=403)
    if request.method == "GET":
        return render(
            request,
            "courses/network/guest_welcome.html",
            {
                "invite": invite,
                "meeting": invite.meeting,
                "signed_in": request.user.is_authenticated,
            },
        )
    user = guests.guest_user_for(invite=invite)
    if request.user.is_authenticated and request.user.pk != user.pk:
        logout(request)  # a shared computer: never mix the guest with someone's own account
    if not request.user.is_authenticated:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("meeting_detail", invite.meeting_id)

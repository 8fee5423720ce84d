"""A guest of one meeting (courses.network.guests) sees that meeting's room and nothing else."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from courses.network.models import GuestInvite

# What a guest's browser may load besides the room: the link itself, logging out, the language
# switch, and what every page of the site loads (manifest, service worker, offline page).
GUEST_URL_NAMES = frozenset(
    {
        "meeting_detail",  # the room; its own gate lets the guest into their one meeting only
        "guest_open",
        "logout",
        "set_language",
        "web_manifest",
        "service_worker",
        "offline",
        "healthz",
    }
)


class GuestOnlyMiddleware:
    """Every other page, the API included, answers a guest with 403; the home page sends them to
    their meeting's room. Runs after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_guest:
            try:
                name = resolve(request.path_info).url_name
            except Resolver404:
                name = None
            if name not in GUEST_URL_NAMES:
                if name == "home":
                    invite = GuestInvite.objects.filter(user=user).first()
                    if invite is not None:
                        return redirect("meeting_detail", invite.meeting_id)
                raise PermissionDenied
        return self.get_response(request)

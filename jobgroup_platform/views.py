import asyncio
import hashlib
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.selectors import user_locations, user_roles
from courses.impact.selectors import open_self_assessments
from courses.signups.selectors import signup_counts
from courses.volunteers.buddies import upcoming_buddy_meetings
from courses.workbook.selectors import participant_home
from toolkit import error_codes as errors

from .health import channel_layer_status, database_status


def home(request):
    context = {}
    if request.user.is_authenticated:
        context = {
            "roles": user_roles(user=request.user),
            "locations": user_locations(user=request.user),
            "homes": participant_home(user=request.user),
            # online one-to-one meetings with a buddy (as the buddy or the participant)
            "buddy_meetings": upcoming_buddy_meetings(user=request.user),
            # Open self-assessments not answered yet (only the person's own).
            "self_assessments": [
                item for item in open_self_assessments(user=request.user) if item.answer is None
            ],
        }
        # Only people who may handle sign-ups pay for counting them.
        if request.user.is_superuser or {"coordinator", "admin"} & set(context["roles"]):
            context["signup_counts"] = signup_counts(user=request.user)
    return render(request, "home.html", context)


@never_cache
async def healthz(request):
    database, channel_layer = await asyncio.gather(database_status(), channel_layer_status())
    body = {
        "status": "ok" if database == channel_layer == "ok" else "error",
        "database": database,
        "channel_layer": channel_layer,
    }
    return JsonResponse(body, status=200 if body["status"] == "ok" else 503)


def _wants_json(request) -> bool:
    return request.path.startswith("/api/")


def page_not_found(request, exception=None):
    if _wants_json(request):
        return JsonResponse({"code": errors.NOT_FOUND, "detail": "Niet gevonden."}, status=404)
    return render(request, "404.html", status=404)


def api_not_found(request, *args, **kwargs):
    return page_not_found(request)


def server_error(request):
    if _wants_json(request):
        return JsonResponse(
            {"code": errors.SERVER_ERROR, "detail": "Er ging iets mis aan onze kant."}, status=500
        )
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    if _wants_json(request):
        return JsonResponse(
            {"code": errors.CSRF_FAILED, "detail": "CSRF-controle mislukt."}, status=403
        )
    return render(request, "403_csrf.html", status=403)


# Installable web app (docs/architecture.md, "Offline and installable").
THEME_COLOUR = "#0b4f8a"  # --brand in css/site.css
BACKGROUND_COLOUR = "#ffffff"
APP_ICONS = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
]
# What the service worker keeps at install, so the kept pages look right offline.
APP_SHELL = [
    "css/site.css",
    "css/print.css",
    "js/site.js",
    "js/read-aloud.js",
    "js/voice-input.js",
    "js/workbook.js",
    "js/glossary.js",  # a kept step's marked words open offline too
    "js/step-screens.js",  # a kept step in parts on a phone, as online
    *(path for path, _size, _purpose in APP_ICONS),
]


@require_GET
def web_manifest(request):
    """The web app manifest: a phone can put the platform on its home screen."""
    body = {
        "name": _("Digitale JobGroup"),
        "short_name": _("JobGroup"),
        "description": _("Samen zoeken naar werk, met vrijwilligers die naast je staan."),
        "lang": get_language() or "nl",
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(path), "sizes": size, "type": "image/png", "purpose": purpose}
            for path, size, purpose in APP_ICONS
        ],
    }
    return JsonResponse(
        body, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


@require_GET
def service_worker(request):
    """The service worker script, from the site root so its scope is the whole site. Rendered
    with the (hashed) static URLs of the app shell; its version changes when they do."""
    context = {
        "offline_url": reverse("offline"),
        "shell_urls_json": json.dumps([static(path) for path in APP_SHELL]),
    }
    source = render_to_string("sw.js", {**context, "version": ""})
    version = hashlib.sha256(source.encode()).hexdigest()[:12]
    response = HttpResponse(
        render_to_string("sw.js", {**context, "version": version}),
        content_type="text/javascript; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request):
    """What the service worker shows for a page it did not keep, when there is no connection."""
    return render(request, "offline.html")

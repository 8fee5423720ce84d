import asyncio

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from accounts.selectors import user_locations, user_roles
from courses.signups.selectors import signup_counts
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

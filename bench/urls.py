from django.http import HttpResponse
from django.urls import path

from jobgroup_platform.urls import urlpatterns as platform_urlpatterns


def ping(request):
    """The framework's ceiling: a Django view that does nothing."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/ping", ping), *platform_urlpatterns]

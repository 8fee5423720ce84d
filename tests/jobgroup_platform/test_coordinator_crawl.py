"""A crawl of the whole admin as the demo coordinator: every link reachable from the admin's
menus and pages, and the coordinator's own screens outside the admin linked from there, answers
without a server error (no 5xx)."""

import io
import re
from collections import deque
from html import unescape
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

HREF = re.compile(r'href="([^"]+)"')
# The admin's sidebar menu is drawn by script from JSON props: its links are `"url": "/admin/…"`.
JSON_URL = re.compile(r'"url":\s*"(/[^"]+)"')
# Links that change state on GET elsewhere or lead out of the platform.
SKIP = ("/logout/", "/admin/logout/", "/uitloggen/", "/static/", "/media/", "/ws/")
# The coordinator's screens outside the admin: crawled from where the admin links to them.
COORDINATOR_SCREENS = (
    "certificate_overview",
    "vog",
    "intake_list",
    "buddy_overview",
    "trajectory_list",
    "outcome_report",
    "workshop_list",
    "workshop_series_new",
    "circle_list",
)
MAX_PAGES = 600


def _links(base: str, html: str) -> list[str]:
    found = []
    for raw in HREF.findall(html) + JSON_URL.findall(unescape(html)):
        url = urldefrag(urljoin(base, unescape(raw)))[0]
        parts = urlsplit(url)
        if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith(SKIP):
            continue
        found.append(path)
    return found


def test_crawl_of_the_admin_as_the_demo_coordinator_finds_no_server_error(client):
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=io.StringIO())
    client.raise_request_exception = False  # record a 500 instead of raising, to list them all
    client.force_login(User.objects.get(email="coordinator@demo.jobgroup.nl"))
    start = ["/admin/", *(reverse(name) for name in COORDINATOR_SCREENS)]
    screens = tuple(start[1:])
    queue, seen, errors = deque(start), set(start), []
    visited = 0
    while queue and visited < MAX_PAGES:
        path = queue.popleft()
        response = client.get(path)
        visited += 1
        if response.status_code >= 500:
            errors.append((path, response.status_code))
            continue
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for link in _links(path, response.content.decode(errors="replace")):
            # follow the admin, and the coordinator's screens and what they link to
            inside = (
                link.startswith("/admin/") or path.startswith(screens) or (link.startswith(screens))
            )
            if inside and link not in seen:
                seen.add(link)
                queue.append(link)
    assert errors == []
    assert visited > 30, visited  # the crawl did reach the admin's pages
    assert "/admin/groepen/" in seen and reverse("certificate_overview") in seen
    # the sidebar's menu items were followed too
    assert reverse("courses_admin_erasures") in seen

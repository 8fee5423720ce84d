"""A crawl of the site as every demo role, from the home page: every link a person can follow on
the pages they reach answers without a server error, and no link on our own pages leads to a
page that does not exist (404) or is refused (403). Editors also crawl the Wagtail admin's
pages reachable from its menu (up to a limit)."""

import io
import re
from collections import deque

import pytest
from django.core.management import call_command
from django.test import override_settings

from accounts.models import User
from tests.jobgroup_platform.test_coordinator_crawl import _links

pytestmark = pytest.mark.django_db

# Links that change state on GET, lead out of the platform, or are files and sockets.
SKIP = (
    "/logout/",
    "/admin/logout/",
    "/admin/bulk/",
    "/uitloggen/",
    "/static/",
    "/media/",
    "/ws/",
    "/documents/",
)
MAX_PAGES = 350
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
DEMO = "@demo.jobgroup.nl"
ROLES = [
    ("deelnemer1", False),
    ("leider", False),
    ("maatje", False),
    ("trainer", False),
    ("coordinator", False),
    ("redacteur", True),
    ("redacteur2", True),
]


def crawl(client, *, admin: bool):
    queue, seen = deque(["/"]), {"/"}
    errors, broken, visited = [], [], 0
    while queue and visited < MAX_PAGES:
        path = queue.popleft()
        response = client.get(path)
        visited += 1
        if response.status_code >= 500:
            errors.append((path, response.status_code))
            continue
        if response.status_code in (403, 404):
            broken.append((path, response.status_code))
            continue
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode(errors="replace")
        title = TITLE.search(html)
        if title and "<" in title.group(1):
            broken.append((path, "markup in <title>"))
        for link in _links(path, html):
            if link.startswith(SKIP) or link in seen:
                continue
            if link.startswith("/admin/") and not admin:
                continue
            if link.startswith(("/login", "/inloggen")):
                continue  # signed in already; these pages redirect
            seen.add(link)
            queue.append(link)
    return visited, errors, broken


def test_every_link_each_demo_role_can_follow_works(client):
    """One seeding, then each role in turn (seed_demo is the slow part)."""
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=io.StringIO())
    client.raise_request_exception = False  # record a 500 instead of raising, to list them all
    found = {}
    for name, admin in ROLES:
        client.logout()
        client.force_login(User.objects.get(email=f"{name}{DEMO}"))
        visited, errors, broken = crawl(client, admin=admin)
        found[name] = (visited, errors, broken)
    assert {name: errors for name, (_v, errors, _b) in found.items() if errors} == {}
    assert {name: broken for name, (_v, _e, broken) in found.items() if broken} == {}
    # each crawl went past the home page
    assert all(visited > 5 for visited, _e, _b in found.values()), found

"""The Content-Security-Policy (docs/security.md, "Escaping and CSP"): on every response, in
every environment; script only from the platform's static files; a looser policy only below
Wagtail's admin; and no template of the site needs inline script, handlers or styles."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.jobgroup_platform.test_settings import STRONG_KEY, run_python

ROOT = Path(__file__).resolve().parents[2]


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in parsed, f"{name} twice"
        parsed[name] = sources
    return parsed


def assert_strict(policy: dict[str, list[str]]):
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval'
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert set(policy["img-src"]) == {"'self'", "data:", "blob:"}
    assert set(policy["media-src"]) == {"'self'", "blob:"}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/login/", "/api/v1/nergens", "/bestaat-niet/"])
def test_every_page_and_answer_has_the_strict_policy(client, path):
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert_strict(policy)
    assert policy["connect-src"] == ["'self'", "ws://testserver"]


@pytest.mark.django_db
def test_the_live_room_socket_is_allowed_on_the_pages_own_host_with_wss_over_https(client):
    response = client.get("/login/", secure=True, headers={"host": "localhost"})
    assert directives(response["Content-Security-Policy"])["connect-src"] == [
        "'self'",
        "wss://localhost",
    ]


@pytest.mark.django_db
def test_a_logged_in_page_has_the_strict_policy(client, participant):
    client.force_login(participant)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert_strict(directives(response["Content-Security-Policy"]))


@pytest.mark.django_db
def test_wagtail_admin_gets_its_looser_policy_and_nothing_else_does(client):
    admin = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["frame-ancestors"] == ["'self'"]  # Wagtail's preview frame
    assert admin["object-src"] == ["'none'"] and admin["base-uri"] == ["'none'"]
    assert admin["form-action"] == ["'self'"]
    site = directives(client.get("/administratie/")["Content-Security-Policy"])
    assert site["script-src"] == ["'self'"]


@pytest.mark.django_db
def test_the_webrtc_hook_adds_sources_from_settings(client, settings):
    settings.CONTENT_SECURITY_POLICY = {
        **settings.CONTENT_SECURITY_POLICY,
        "media-src": ["'self'", "blob:", "https://media.example.nl"],
        "connect-src": ["'self'", "https://turn.example.nl"],
    }
    policy = directives(client.get("/login/")["Content-Security-Policy"])
    assert policy["media-src"] == ["'self'", "blob:", "https://media.example.nl"]
    assert policy["connect-src"] == ["'self'", "https://turn.example.nl", "ws://testserver"]


def test_production_settings_send_the_policy_and_read_the_webrtc_hook():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.http import HttpResponse; from django.test import RequestFactory; "
        "from jobgroup_platform.middleware import ContentSecurityPolicyMiddleware as M; "
        "name = 'jobgroup_platform.middleware.ContentSecurityPolicyMiddleware'; "
        "print(settings.MIDDLEWARE.index(name)); "
        "request = RequestFactory().get('/', secure=True, headers={'host': 'localhost'}); "
        "print(M(lambda r: HttpResponse())(request)['Content-Security-Policy'])"
    )
    result = run_python(
        code,
        "jobgroup_platform.settings.production",
        SECRET_KEY=STRONG_KEY,
        CSP_MEDIA_SRC="https://media.example.nl",
        CSP_CONNECT_SRC="https://turn.example.nl",
        CSP_REPORT_URI="https://meldingen.example.nl/csp",
    )
    assert result.returncode == 0, result.stderr
    position, header = result.stdout.strip().splitlines()[-2:]
    assert int(position) <= 1  # right after SecurityMiddleware: every response passes it
    policy = directives(header)
    assert policy["script-src"] == ["'self'"]
    assert policy["media-src"] == ["'self'", "blob:", "https://media.example.nl"]
    assert policy["connect-src"] == ["'self'", "https://turn.example.nl", "wss://localhost"]
    assert policy["report-uri"] == ["https://meldingen.example.nl/csp"]


def test_debug_pages_of_django_itself_are_left_alone(rf, settings):
    from django.http import HttpResponse, HttpResponseNotFound

    from jobgroup_platform.middleware import ContentSecurityPolicyMiddleware

    settings.DEBUG = True
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponseNotFound("debug"))
    assert not middleware(rf.get("/x/")).has_header("Content-Security-Policy")
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))
    assert middleware(rf.get("/x/")).has_header("Content-Security-Policy")


# No template of the site needs what the policy blocks ---------------------------------------

INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.I)


def site_templates():
    """The project's templates, except those of Wagtail's admin (they extend wagtailadmin/ and
    are served below /admin/, with the admin's policy)."""
    for path in sorted(ROOT.glob("*/templates/**/*.html")):
        if ".venv" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if '{% extends "wagtailadmin/' in text:
            continue
        yield path.relative_to(ROOT).as_posix(), text


def test_no_site_template_has_inline_script_handlers_or_styles():
    found = []
    for name, text in site_templates():
        for pattern in (INLINE_HANDLER, INLINE_SCRIPT, INLINE_STYLE, JAVASCRIPT_URL):
            found += [f"{name}: {m.group(0)}" for m in pattern.finditer(text)]
    assert found == [], "blocked by the Content-Security-Policy:\n" + "\n".join(found)


def test_the_template_check_sees_what_it_looks_for():
    assert INLINE_HANDLER.search('<button type="button" onclick="window.print()">')
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/js/site.js" defer></script>')
    assert not INLINE_SCRIPT.search('<script id="room-text" type="application/json">')
    assert INLINE_STYLE.search('<span style="width: 5%">')
    assert INLINE_STYLE.search("<style>")
    assert len(list(site_templates())) > 30

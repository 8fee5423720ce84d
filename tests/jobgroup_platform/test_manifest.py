"""The installable web app: the manifest, the service worker script and the offline page
(docs/architecture.md, "Offline and installable")."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_manifest_is_json_with_the_right_type_and_icons_that_exist(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Digitale JobGroup"
    assert manifest["short_name"]
    assert manifest["start_url"] == "/"
    assert manifest["display"] == "standalone"
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["background_color"])
    found = {}
    for icon in manifest["icons"]:
        assert icon["type"] == "image/png"
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon["src"]
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert f"{image.width}x{image.height}" == icon["sizes"]
        found[(icon["sizes"], icon["purpose"])] = icon["src"]
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= set(found)


def test_manifest_follows_the_language_and_only_answers_get(client):
    client.cookies["django_language"] = "en"
    english = json.loads(client.get("/manifest.webmanifest").content)
    assert english["lang"] == "en"
    assert client.post("/manifest.webmanifest").status_code == 405


def test_base_page_links_the_manifest_and_the_theme_colour(client):
    html = client.get(reverse("login")).content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert '<meta name="theme-color" content="#0b4f8a">' in html


def test_service_worker_is_javascript_from_the_root_with_the_shell_and_no_push(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert "no-store" in response["Cache-Control"] or response["Cache-Control"] == "no-cache"
    script = response.content.decode()
    shell = json.loads(re.search(r"var SHELL_URLS = (\[.*?\]);", script).group(1))
    assert "/static/css/site.css" in shell and "/static/js/workbook.js" in shell
    for url in shell:
        assert finders.find(url.removeprefix("/static/")), url
    assert 'var OFFLINE_URL = "/offline/";' in script
    assert re.search(r'var VERSION = "[0-9a-f]{12}";', script)
    # Never kept: the API and the admin; thrown away at sign-in and sign-out.
    assert '"/api/"' in script and '"/admin/"' in script
    assert '"/login/"' in script and '"/logout/"' in script
    # No notifications, ever.
    for word in ("push", "Notification", "showNotification"):
        assert word not in script
    assert client.post("/sw.js").status_code == 405


def test_service_worker_version_changes_with_the_shell(client, settings):
    first = re.search(r'VERSION = "(\w+)"', client.get("/sw.js").content.decode()).group(1)
    settings.STATIC_URL = "/static-v2/"
    second = re.search(r'VERSION = "(\w+)"', client.get("/sw.js").content.decode()).group(1)
    assert first != second


def test_offline_page_is_dutch_and_plain(client):
    response = client.get("/offline/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geen verbinding" in html
    assert "Je telefoon heeft nu geen internet." in html
    assert "data-read-aloud" in html


def test_pages_load_the_one_read_aloud_script_once(client):
    user = UserFactory()
    client.force_login(user)
    for url in ("/", reverse("my_folder"), "/offline/"):
        html = client.get(url).content.decode()
        assert html.count("js/read-aloud.js") == 1, url
        assert html.count("js/voice-input.js") == 1, url

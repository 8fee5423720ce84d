import json

import pytest
from django.test import Client

from accounts import services
from tests.factories import UserFactory
from toolkit import error_codes as errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    user = UserFactory(roles=["coordinator", "leader"], display_name="Carla")
    zoetermeer = services.location_create_or_update(name="Zoetermeer", slug="zoetermeer")
    services.location_add_member(location=zoetermeer, user=user, is_coordinator=True)
    return user


def test_me_requires_login(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["code"] == errors.NOT_AUTHENTICATED
    assert response.json()["detail"]


def test_me_returns_user_roles_and_locations(client, coordinator):
    client.force_login(coordinator)
    body = client.get("/api/v1/me").json()
    assert body == {
        "id": coordinator.pk,
        "email": coordinator.email,
        "display_name": "Carla",
        "preferred_language": "nl",
        "roles": ["leader", "coordinator"],
        "locations": [{"slug": "zoetermeer", "name": "Zoetermeer", "is_coordinator": True}],
    }


def test_openapi_document_lists_me():
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/me" in document["paths"]
    assert {"get", "patch"} <= set(document["paths"]["/api/v1/me"])


def test_patch_me_changes_language(client, coordinator):
    client.force_login(coordinator)
    response = client.patch(
        "/api/v1/me", data={"preferred_language": "en"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json()["preferred_language"] == "en"
    coordinator.refresh_from_db()
    assert coordinator.preferred_language == "en"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ("{not json", 400, errors.MALFORMED_JSON),
        ("", 422, errors.VALIDATION_ERROR),
        ("{}", 422, errors.VALIDATION_ERROR),
        ('{"preferred_language": "fr"}', 422, errors.VALIDATION_ERROR),
        ('{"display_name": "   "}', 422, errors.VALIDATION_ERROR),
        ('{"display_name": 12}', 422, errors.VALIDATION_ERROR),
        ("[1, 2, 3]", 400, errors.MALFORMED_JSON),
        ('"just a string"', 400, errors.MALFORMED_JSON),
        ("null", 400, errors.MALFORMED_JSON),
        ('{"display_name": "' + "x" * 151 + '"}', 422, errors.VALIDATION_ERROR),
    ],
)
def test_bad_input_is_a_json_error_and_changes_nothing(client, coordinator, body, status, code):
    client.force_login(coordinator)
    response = client.patch("/api/v1/me", data=body, content_type="application/json")
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["code"] == code
    coordinator.refresh_from_db()
    assert coordinator.display_name == "Carla"
    assert coordinator.preferred_language == "nl"


def test_unsafe_method_needs_csrf_token(coordinator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    response = client.patch(
        "/api/v1/me", data=json.dumps({"display_name": "X"}), content_type="application/json"
    )
    assert response.status_code == 403
    assert response.json()["code"] == errors.CSRF_FAILED
    coordinator.refresh_from_db()
    assert coordinator.display_name == "Carla"


def test_unknown_api_path_is_json_404(client):
    response = client.get("/api/v1/does-not-exist")
    assert response.status_code == 404
    assert response.json()["code"] == errors.NOT_FOUND


def test_wrong_method_is_json_405(client, coordinator):
    client.force_login(coordinator)
    response = client.delete("/api/v1/me")
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["code"] == errors.METHOD_NOT_ALLOWED

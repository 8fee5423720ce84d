"""The domain's permission error (`toolkit.permissions.NotPermitted`) becomes an answer in one
place each: the 404 page (pages), a JSON error (API), a close code (the room's socket)."""

from unittest import mock

import pytest
from django.test import RequestFactory
from django.urls import path

from jobgroup_platform import urls as project_urls
from jobgroup_platform.api import on_not_permitted
from live_sessions import access as room_access
from live_sessions import close_codes
from tests.factories import UserFactory
from tests.live_sessions.conftest import (  # noqa: F401 (fixtures)
    _fresh_cache,
    _fresh_channel_layer,
    connect,
    room,
)
from toolkit import error_codes as errors
from toolkit.permissions import NotPermitted


def _refusing_view(request):
    raise NotPermitted("not for this person")


urlpatterns = [path("geweigerd/", _refusing_view), *project_urls.urlpatterns]
handler404 = project_urls.handler404


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_page_that_is_not_permitted_is_the_normal_404_page(client):
    client.force_login(UserFactory())
    refused = client.get("/geweigerd/")
    missing = client.get("/bestaat-niet/")
    assert refused.status_code == missing.status_code == 404
    html = refused.content.decode()
    assert "Deze pagina bestaat niet" in html and "<main" in html
    assert "not for this person" not in html  # nothing about why
    assert refused.templates[0].name == missing.templates[0].name
    assert refused.has_header("Content-Security-Policy")


@pytest.mark.django_db
def test_the_api_answers_not_permitted_with_a_json_404_and_its_code(client):
    client.force_login(UserFactory())
    response = client.get("/api/v1/editions/987654")  # content.access.edition_for_user refuses
    assert response.status_code == 404
    assert response.json() == {"code": errors.NOT_FOUND, "detail": "Niet gevonden."}


def test_the_api_answers_a_forbidden_not_permitted_with_403():
    request = RequestFactory().get("/api/v1/anything")
    response = on_not_permitted(request, NotPermitted(code=errors.FORBIDDEN))
    assert response.status_code == 403
    assert b'"code": "forbidden"' in response.content


@pytest.mark.django_db(transaction=True)
async def test_the_socket_closes_with_4403_when_the_gate_says_not_permitted(room):  # noqa: F811
    with mock.patch("live_sessions.consumers.meeting_for_member", side_effect=NotPermitted("no")):
        socket = await connect(room.people[0], room.meeting.pk, hello=False)
        assert await socket.close_code() == close_codes.FORBIDDEN


@pytest.mark.django_db(transaction=True)
async def test_the_socket_closes_with_4404_for_a_meeting_that_is_not_there(room):  # noqa: F811
    with mock.patch("live_sessions.consumers.meeting_for_member", side_effect=NotPermitted("no")):
        socket = await connect(room.people[0], room.meeting.pk + 1000, hello=False)
        assert await socket.close_code() == close_codes.UNKNOWN_MEETING


@pytest.mark.django_db(transaction=True)
def test_an_open_socket_whose_gate_now_says_not_permitted_no_longer_belongs(room):  # noqa: F811
    person = room.people[0]
    with mock.patch.object(room_access, "session_user", return_value=person):
        assert room_access.socket_access(
            session_key="s", user_id=person.pk, meeting_id=room.meeting.pk
        )
        with mock.patch.object(room_access, "meeting_for_member", side_effect=NotPermitted):
            assert (
                room_access.socket_access(
                    session_key="s", user_id=person.pk, meeting_id=room.meeting.pk
                )
                is None
            )

"""The routed ASGI application: origin check, session authentication, close codes."""

import pytest
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from jobgroup_platform.asgi import application
from live_sessions import close_codes
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db(transaction=True)]


def session_cookie_for(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}".encode()


async def connect(headers):
    communicator = WebsocketCommunicator(application, "/ws/meetings/1/", headers=headers)
    connected, code = await communicator.connect()
    return communicator, connected, code


async def test_foreign_origin_is_rejected():
    communicator, connected, _code = await connect([(b"origin", b"https://evil.example")])
    assert not connected
    await communicator.disconnect()


async def test_signed_out_visitor_is_closed_with_4401():
    communicator, connected, _ = await connect([(b"origin", b"http://127.0.0.1:8000")])
    assert connected
    output = await communicator.receive_output()
    assert output == {"type": "websocket.close", "code": close_codes.NOT_AUTHENTICATED}
    await communicator.disconnect()


async def test_signed_in_user_and_unknown_meeting_is_closed_with_4404():
    from asgiref.sync import sync_to_async

    user = await sync_to_async(UserFactory)()
    cookie = await sync_to_async(session_cookie_for)(user)
    communicator, connected, _ = await connect(
        [(b"origin", b"http://127.0.0.1:8000"), (b"cookie", cookie)]
    )
    assert connected
    output = await communicator.receive_output()
    assert output == {"type": "websocket.close", "code": close_codes.UNKNOWN_MEETING}
    await communicator.disconnect()

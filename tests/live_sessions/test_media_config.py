"""The Janus configuration made from the environment (`manage.py media_config DEST`), and the
pieces of `welcome.media` that do not need a running Janus (coturn credentials)."""

import base64
import hashlib
import hmac
import io
import json
import urllib.request

from django.core.management import call_command

from live_sessions import media
from live_sessions.janus_config import janus_config


def test_media_config_writes_janus_files_with_secrets_and_nothing_recorded(tmp_path, settings):
    settings.MEDIA_SECRET = "s" * 40
    settings.MEDIA_SERVER_URLS = ["wss://media.example.nl:8989/"]
    settings.MEDIA_ADMIN_URLS = ["http://127.0.0.1:7777/janus"]
    settings.MEDIA_RTP_PORTS = "30000-30999"
    settings.MEDIA_ICE_ENFORCE = "eth0"
    settings.MEDIA_NAT_1_1 = "203.0.113.7"
    call_command("media_config", str(tmp_path / "conf"), stdout=io.StringIO())
    files = {p.name: p.read_text() for p in (tmp_path / "conf").iterdir()}
    assert set(files) == set(janus_config())
    core = files["janus.jcfg"]
    assert f'api_secret = "{media.derived_secret("api")}"' in core
    assert f'token_auth_secret = "{media.derived_secret("token")}"' in core
    assert "token_auth = true" in core and "admin_secret" in core
    assert 'rtp_port_range = "30000-30999"' in core
    assert "ignore_mdns = true" in core and 'ice_enforce_list = "eth0"' in core
    assert 'nat_1_1_mapping = "203.0.113.7"' in core
    assert "libjanus_recordplay.so" in core and "libjanus_streaming.so" in core  # disabled
    http = files["janus.transport.http.jcfg"]
    assert 'ip = "127.0.0.1"' in http and "port = 7777" in http and "admin_http = false" in http
    assert "ws_port = 8989" in files["janus.transport.websockets.jcfg"]
    for plugin in ("janus.plugin.audiobridge.jcfg", "janus.plugin.videoroom.jcfg"):
        assert f'admin_key = "{media.derived_secret("admin")}"' in files[plugin]
        assert "room-" not in files[plugin]  # no static rooms: each meeting's made with record off
    assert "record = true" not in "".join(files.values())
    assert oct((tmp_path / "conf" / "janus.jcfg").stat().st_mode & 0o777) == "0o600"


def test_the_configured_janus_refuses_a_caller_without_secret_or_token(media_on):
    request = urllib.request.Request(  # noqa: S310
        media_on.api, data=json.dumps({"janus": "create", "transaction": "t"}).encode()
    )
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
        answer = json.loads(response.read())
    assert answer["janus"] == "error" and answer["error"]["code"] == 403


def test_turn_credentials_are_time_limited_from_the_shared_secret(settings):
    settings.MEDIA_ICE_SERVERS = [
        {"urls": "stun:turn.example.nl:3478"},
        {"urls": ["turn:turn.example.nl:3478?transport=udp"]},
    ]
    settings.MEDIA_TURN_SECRET = "coturn-static-auth-secret"
    settings.MEDIA_TOKEN_SECONDS = 3600
    stun, turn = media.ice_servers(user_id=42)
    assert "username" not in stun
    expiry, _, user = turn["username"].partition(":")
    assert user == "42" and int(expiry) > 0
    expected = hmac.new(b"coturn-static-auth-secret", turn["username"].encode(), hashlib.sha1)
    assert turn["credential"] == base64.b64encode(expected.digest()).decode()


def test_each_meeting_stays_on_one_of_several_media_servers(settings):
    settings.MEDIA_SERVER_URLS = ["wss://a.example.nl", "wss://b.example.nl"]
    settings.MEDIA_ADMIN_URLS = ["http://10.0.0.1:8088/janus", "http://10.0.0.2:8088/janus"]
    assert media.server_for(4) == media.Server("wss://a.example.nl", "http://10.0.0.1:8088/janus")
    assert media.server_for(7) == media.Server("wss://b.example.nl", "http://10.0.0.2:8088/janus")
    assert media.server_for(7) == media.server_for(7)

"""Janus' configuration, made from the same settings the web process reads (`media_config`).

Only what the platform uses is switched on: the AudioBridge and VideoRoom plugins, the HTTP API
on loopback (the web process manages rooms through it) and the WebSocket transport the browser
uses. Everything needs a secret: the API secret (the web process), signed tokens (the browsers),
the plugins' admin key (creating rooms). No recording anywhere; no static rooms.
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings

from .media import derived_secret

UNUSED_PLUGINS = (
    "libjanus_voicemail.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_nosip.so,"
    "libjanus_streaming.so,libjanus_lua.so,libjanus_duktape.so,libjanus_videocall.so,"
    "libjanus_textroom.so,libjanus_echotest.so"
)
UNUSED_TRANSPORTS = "libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_rabbitmq.so,libjanus_pfunix.so"
UNUSED_EVENT_HANDLERS = (
    "libjanus_gelfevh.so,libjanus_mqttevh.so,libjanus_nanomsgevh.so,libjanus_rabbitmqevh.so,"
    "libjanus_sampleevh.so,libjanus_wsevh.so"
)
DEFAULT_WS_PORT = 8188
DEFAULT_HTTP_PORT = 8088


def _quote(value: str) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _section(name: str, values: dict) -> str:
    lines = [f"{name}: {{"]
    for key, value in values.items():
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, int):
            text = str(value)
        else:
            text = _quote(value)
        lines.append(f"\t{key} = {text}")
    lines.append("}")
    return "\n".join(lines)


def _ports(index: int) -> tuple[int, int, str]:
    """HTTP port and path of MEDIA_ADMIN_URL and the WebSocket port of MEDIA_SERVER_URL."""
    api = urlsplit(settings.MEDIA_ADMIN_URLS[index % len(settings.MEDIA_ADMIN_URLS)])
    http_port = api.port or DEFAULT_HTTP_PORT
    base_path = api.path.rstrip("/") or "/janus"
    ws_port = DEFAULT_WS_PORT
    if settings.MEDIA_SERVER_URLS:
        ws = urlsplit(settings.MEDIA_SERVER_URLS[index % len(settings.MEDIA_SERVER_URLS)])
        ws_port = ws.port or (DEFAULT_WS_PORT if ws.scheme == "ws" else DEFAULT_WS_PORT)
    return http_port, ws_port, base_path


def janus_config(*, index: int = 0, ws_ip: str = "") -> dict[str, str]:
    """File name → content of a Janus configuration folder (`janus -F DEST`), for server `index`
    of MEDIA_SERVER_URL. The WebSocket transport listens on all interfaces unless `ws_ip`."""
    http_port, ws_port, base_path = _ports(index)
    nat = {
        "ignore_mdns": True,
        "ice_enforce_list": settings.MEDIA_ICE_ENFORCE,
        "nat_1_1_mapping": settings.MEDIA_NAT_1_1,
        "full_trickle": True,
    }
    if settings.MEDIA_STUN_SERVER:
        host, _, port = settings.MEDIA_STUN_SERVER.partition(":")
        nat.update(stun_server=host, stun_port=int(port or 3478))
    plugin_general = {"admin_key": derived_secret("admin"), "lock_rtp_forward": True}
    files = {
        "janus.jcfg": "\n".join(
            [
                _section(
                    "general",
                    {
                        "server_name": "jobgroup-media",
                        "debug_level": 4,
                        "session_timeout": 60,
                        "admin_secret": derived_secret("admin-api"),
                        "api_secret": derived_secret("api"),
                        "token_auth": True,
                        "token_auth_secret": derived_secret("token"),
                        "protected_folders": "/bin,/boot,/dev,/etc,/initrd,/lib,/lib32,/lib64,"
                        "/proc,/sbin,/sys,/usr,/var",
                    },
                ),
                _section("certificates", {}),
                _section("media", {"rtp_port_range": settings.MEDIA_RTP_PORTS}),
                _section("nat", nat),
                _section("plugins", {"disable": UNUSED_PLUGINS}),
                _section("transports", {"disable": UNUSED_TRANSPORTS}),
                _section("loggers", {"disable": "libjanus_jsonlog.so"}),
                _section("events", {"broadcast": False, "disable": UNUSED_EVENT_HANDLERS}),
            ]
        ),
        "janus.transport.http.jcfg": "\n".join(
            [
                _section(
                    "general",
                    {
                        "json": "plain",
                        "base_path": base_path,
                        "http": True,
                        "port": http_port,
                        "ip": "127.0.0.1",
                        "https": False,
                    },
                ),
                _section("admin", {"admin_http": False, "admin_https": False}),
                _section("cors", {}),
            ]
        ),
        "janus.transport.websockets.jcfg": "\n".join(
            [
                _section(
                    "general",
                    {"json": "plain", "ws": True, "ws_port": ws_port, "ws_ip": ws_ip, "wss": False},
                ),
                _section("admin", {"admin_ws": False, "admin_wss": False}),
            ]
        ),
        # No static rooms: the web app creates each meeting's rooms (with record = false).
        "janus.plugin.audiobridge.jcfg": _section(
            "general", {**plugin_general, "events": False, "string_ids": False}
        ),
        "janus.plugin.videoroom.jcfg": _section(
            "general", {**plugin_general, "events": False, "string_ids": False}
        ),
    }
    return {name: text + "\n" for name, text in files.items()}


def janus_config_write(*, dest: Path, index: int = 0, ws_ip: str = "") -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    dest.chmod(0o700)  # secrets inside
    written = []
    for name, text in janus_config(index=index, ws_ip=ws_ip).items():
        path = dest / name
        path.write_text(text)
        path.chmod(0o600)
        written.append(path)
    return written

"""Voice and video of a meeting on the Janus media server (docs/decisions.md "Voice: AudioBridge").

Sound goes between the browsers and Janus; the web app only manages who may join, over Janus'
HTTP API with secrets no browser ever sees:

- every meeting has one media room (and one per breakout group while they are open), created on
  the first `hello` of a member (idempotent), private, with a secret, an `allowed` list of tokens
  and recording off; destroyed when the meeting ends or the breakout closes;
- a member gets a token of their own (random, limited life, signed for Janus' core), added to the
  `allowed` list of the rooms of this meeting only;
- a person who loses access has their token taken off every room's `allowed` list and is
  kicked; the leader's mute is Janus' own `mute` request, so it holds whatever the browser does.

Voice is Janus' AudioBridge (one mixed Opus stream per person); video, when MEDIA_VIDEO is on, a
VideoRoom with the same number, secret and tokens. Janus being away never breaks the room: the
calls here raise `MediaError`, which callers log and turn into "no media".

Janus participant ids are `user id * 1000 + n` (n random, 1..999, `participant_id`): a person's
second tab or a page that came back gets its own id, and mute and kick reach all of them.
"""

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

AUDIO = "janus.plugin.audiobridge"
VIDEO = "janus.plugin.videoroom"
ROOMS_PER_MEETING = 100  # room number = meeting id * 100 (+ 1 + group index for a breakout)
IDS_PER_PERSON = 1000
# Janus' AudioBridge/VideoRoom error codes that mean "already so" rather than failure.
ROOM_EXISTS = {486, 427}
NO_SUCH_ROOM = {485, 426}
NO_SUCH_USER = {487, 428}
VIDEO_BITRATE = 128_000  # per publisher, low resolution: a phone on a data bundle can take it
# The mixed voice stream each person receives: fixed, so a 13-person meeting stays well under
# 64 kbit/s down (docs/performance.md, "Voice and video (Janus)": 33 kbit/s at 13 with this, up
# to 64.6 with Janus' default).
VOICE_MIX_BITRATE = 32_000
VIDEO_PUBLISHERS = 16


class MediaError(Exception):
    """Janus did not answer, or refused."""

    def __init__(self, message: str, code: int | None = None):
        super().__init__(message)
        self.code = code


# --- Configuration ---------------------------------------------------------------------------------


def media_enabled() -> bool:
    return bool(settings.MEDIA_SERVER_URLS)


def derived_secret(label: str) -> str:
    """A secret for one purpose (api, token, admin, room-<n>), derived from MEDIA_SECRET."""
    digest = hmac.new(settings.MEDIA_SECRET.encode(), label.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


@dataclass(frozen=True)
class Server:
    url: str  # for the browser
    api: str  # Janus' HTTP API, for this process only


def server_for(meeting_id: int) -> Server:
    """The Janus server of a meeting: always the same one for the same meeting."""
    urls = settings.MEDIA_SERVER_URLS
    admin = settings.MEDIA_ADMIN_URLS
    index = meeting_id % len(urls)
    return Server(url=urls[index], api=admin[index % len(admin)])


def room_number(meeting_id: int, group: int | None = None) -> int:
    """Meeting 7's room is 700, its breakout groups 701, 702, ... (MEDIA_ROOM_BASE moves them
    all, for two platforms sharing one Janus)."""
    base = (settings.MEDIA_ROOM_BASE + meeting_id) * ROOMS_PER_MEETING
    return base + (0 if group is None else group + 1)


def room_secret(room: int) -> str:
    return derived_secret(f"room-{room}")


def participant_id(user_id: int) -> int:
    return user_id * IDS_PER_PERSON + 1 + secrets.randbelow(IDS_PER_PERSON - 1)


def owner_of(janus_id: int) -> int:
    return janus_id // IDS_PER_PERSON


def signed_token(*, ttl: int, user_id: int | None = None) -> str:
    """A token Janus' core accepts until `ttl` seconds from now (token_auth_secret, HMAC-SHA1 of
    "expiry,janus,plugins..."). With `user_id` it ends in "u<user id>.<random>", which makes it
    one person's and lets `media_revoke` find it in a room's `allowed` list (Janus ignores it)."""
    expiry = int(time.time()) + ttl
    parts = [str(expiry), "janus", AUDIO, VIDEO]
    if user_id is not None:
        parts.append(f"u{user_id}.{secrets.token_urlsafe(12)}")
    data = ",".join(parts)
    key = derived_secret("token").encode()
    signature = base64.b64encode(hmac.new(key, data.encode(), hashlib.sha1).digest()).decode()
    return f"{data}:{signature}"


def ice_servers(*, user_id: int) -> list[dict]:
    """MEDIA_ICE_SERVERS in RTCIceServer form; with MEDIA_TURN_SECRET the "turn:" entries get a
    time-limited coturn credential (`use-auth-secret`: username "expiry:id", HMAC-SHA1)."""
    servers = [dict(server) for server in settings.MEDIA_ICE_SERVERS]
    if not settings.MEDIA_TURN_SECRET:
        return servers
    username = f"{int(time.time()) + settings.MEDIA_TOKEN_SECONDS}:{user_id}"
    credential = base64.b64encode(
        hmac.new(settings.MEDIA_TURN_SECRET.encode(), username.encode(), hashlib.sha1).digest()
    ).decode()
    for server in servers:
        urls = server.get("urls")
        urls = [urls] if isinstance(urls, str) else list(urls or [])
        if any(u.startswith(("turn:", "turns:")) for u in urls):
            server.setdefault("username", username)
            server.setdefault("credential", credential)
    return servers


# --- Janus' HTTP API ---------------------------------------------------------------------------


class Janus:
    """One session on a Janus server with one handle per plugin used; close() when done."""

    def __init__(self, api: str):
        self.api = api.rstrip("/")
        self.secret = derived_secret("api")
        self.session = None
        self.handles: dict[str, int] = {}

    def _post(self, path: str, body: dict) -> dict:
        body = {**body, "transaction": secrets.token_hex(8), "apisecret": self.secret}
        request = urllib.request.Request(  # noqa: S310 (the configured http:// API)
            self.api + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(  # noqa: S310
                request, timeout=settings.MEDIA_TIMEOUT_SECONDS
            ) as response:
                answer = json.loads(response.read())
        except (OSError, ValueError) as exc:
            raise MediaError(f"Janus at {self.api} did not answer: {exc!r}") from exc
        if answer.get("janus") == "error":
            error = answer.get("error") or {}
            raise MediaError(f"Janus refused: {error.get('reason')}", error.get("code"))
        return answer

    def _handle(self, plugin: str) -> int:
        if self.session is None:
            self.session = self._post("", {"janus": "create"})["data"]["id"]
        if plugin not in self.handles:
            answer = self._post(f"/{self.session}", {"janus": "attach", "plugin": plugin})
            self.handles[plugin] = answer["data"]["id"]
        return self.handles[plugin]

    def request(self, plugin: str, body: dict, *, ok: frozenset | set = frozenset()) -> dict:
        """One synchronous plugin request; the plugin's answer (`plugindata.data`). Error codes
        in `ok` count as done (a room that exists already, a person who left already)."""
        handle = self._handle(plugin)
        answer = self._post(f"/{self.session}/{handle}", {"janus": "message", "body": body})
        data = (answer.get("plugindata") or {}).get("data") or {}
        code = data.get("error_code")
        if code and code not in ok:
            raise MediaError(f"{plugin} {body.get('request')}: {data.get('error')}", code)
        return data

    def close(self) -> None:
        if self.session is not None:
            try:
                self._post(f"/{self.session}", {"janus": "destroy"})
            except MediaError as exc:  # it times out on its own
                logger.info("janus session not destroyed: %r", exc)
            self.session = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def janus_ping(api: str) -> bool:
    try:
        Janus(api)._post("", {"janus": "ping"})
    except MediaError:
        return False
    return True


def _plugins() -> tuple[str, ...]:
    return (AUDIO, VIDEO) if settings.MEDIA_VIDEO else (AUDIO,)


def _create_body(plugin: str, room: int, tokens: list[str], description: str) -> dict:
    body = {
        "request": "create",
        "room": room,
        "admin_key": derived_secret("admin"),
        "secret": room_secret(room),
        "description": description[:60],
        "is_private": True,
        "permanent": False,
        "allowed": tokens,
        "record": False,
    }
    if plugin == AUDIO:
        body.update(
            sampling_rate=48000,
            default_bitrate=VOICE_MIX_BITRATE,
            # "Who speaks": Janus sends `talking` events (`audiolevel_event`: Janus ignores the
            # misspelt `audio_level_event` this once had, and nobody's indicator ever lit) when
            # the mean level of the last second (50 packets of 20 ms) is under 55 -dBov. Janus'
            # default, 25, needs loud sound without pauses: speech with its pauses stays under it.
            audiolevel_event=True,
            audio_active_packets=50,
            audio_level_average=55,
        )
    else:
        body.update(
            publishers=VIDEO_PUBLISHERS,
            bitrate=VIDEO_BITRATE,
            bitrate_cap=True,
            fir_freq=10,
            audiocodec="opus",
            videocodec="vp8",
            notify_joining=True,
            # Watching cameras (a subscriber) needs the private id of a publisher in this room:
            # the `allowed` tokens guard the publisher join, so this is what keeps a token of
            # another meeting from watching, and a kick stops what the person watched
            # (docs/decisions.md).
            require_pvtid=True,
        )
    return body


# --- Rooms -------------------------------------------------------------------------------------


def media_room_ensure(*, meeting_id: int, group: int | None = None, tokens=()) -> int:
    """The media room(s) of a meeting or of one of its breakout groups exist, with `tokens`
    allowed in. Idempotent: a room that exists gets the tokens added."""
    room = room_number(meeting_id, group)
    tokens = list(tokens)
    with Janus(server_for(meeting_id).api) as janus:
        for plugin in _plugins():
            description = f"meeting {meeting_id}" + ("" if group is None else f" group {group}")
            created = janus.request(
                plugin, _create_body(plugin, room, tokens, description), ok=ROOM_EXISTS
            )
            if created.get("error_code") in ROOM_EXISTS and tokens:
                janus.request(
                    plugin,
                    {
                        "request": "allowed",
                        "room": room,
                        "secret": room_secret(room),
                        "action": "add",
                        "allowed": tokens,
                    },
                )
    return room


def media_room_destroy(*, meeting_id: int, groups=(None,)) -> None:
    """The rooms are gone (everyone in them is sent away by Janus)."""
    with Janus(server_for(meeting_id).api) as janus:
        for group in groups:
            room = room_number(meeting_id, group)
            for plugin in _plugins():
                janus.request(
                    plugin,
                    {"request": "destroy", "room": room, "secret": room_secret(room)},
                    ok=NO_SUCH_ROOM,
                )


def media_participants(*, meeting_id: int, group: int | None = None) -> list[dict]:
    """Who is in the voice room now, as Janus sees it: [{id, display, muted, ...}]."""
    room = room_number(meeting_id, group)
    with Janus(server_for(meeting_id).api) as janus:
        data = janus.request(AUDIO, {"request": "listparticipants", "room": room}, ok=NO_SUCH_ROOM)
    return data.get("participants") or []


def media_allowed(*, meeting_id: int, group: int | None = None) -> list[str]:
    """The tokens the voice room lets in now."""
    room = room_number(meeting_id, group)
    with Janus(server_for(meeting_id).api) as janus:
        data = janus.request(
            AUDIO,
            {
                "request": "allowed",
                "room": room,
                "secret": room_secret(room),
                "action": "add",
                "allowed": [],
            },
            ok=NO_SUCH_ROOM,
        )
    return data.get("allowed") or []


def media_room_exists(*, meeting_id: int, group: int | None = None) -> bool:
    room = room_number(meeting_id, group)
    with Janus(server_for(meeting_id).api) as janus:
        data = janus.request(AUDIO, {"request": "exists", "room": room})
    return bool(data.get("exists"))


# --- People ------------------------------------------------------------------------------------


def token_owner(token: str) -> int | None:
    """The user id a token of `signed_token` was made for."""
    last = token.partition(":")[0].rsplit(",", 1)[-1]
    if last.startswith("u") and "." in last:
        try:
            return int(last[1:].partition(".")[0])
        except ValueError:
            return None
    return None


def _token_key(meeting_id: int, user_id: int) -> str:
    return f"media-token:{meeting_id}:{user_id}"


def media_token(*, meeting_id: int, user_id: int) -> str:
    """The person's token for this meeting: reused while it has more than half its life left."""
    key = _token_key(meeting_id, user_id)
    token = cache.get(key)
    if token is None:
        life = settings.MEDIA_TOKEN_SECONDS
        token = signed_token(ttl=life, user_id=user_id)
        cache.set(key, token, timeout=life // 2)
    return token


def media_grant(*, meeting_id: int, user_id: int, display: str, group: int | None = None) -> dict:
    """The `media` object of `welcome` for a member: their room exists and lets their token in."""
    server = server_for(meeting_id)
    token = media_token(meeting_id=meeting_id, user_id=user_id)
    room = media_room_ensure(meeting_id=meeting_id, group=group, tokens=[token])
    media = {
        "url": server.url,
        "room": room,
        "token": token,
        "ice_servers": ice_servers(user_id=user_id),
        "plugin": AUDIO,
        "video_plugin": VIDEO if settings.MEDIA_VIDEO else None,
        "user_id": participant_id(user_id),
        "display": display,
        "group": group,
        "recorded": False,
    }
    return media


def _each_participant_of(janus: Janus, room: int, user_ids: set[int] | None, keep: set[int]):
    data = janus.request(AUDIO, {"request": "listparticipants", "room": room}, ok=NO_SUCH_ROOM)
    for participant in data.get("participants") or []:
        owner = owner_of(int(participant["id"]))
        if (user_ids is None or owner in user_ids) and owner not in keep:
            yield participant


def media_mute(*, meeting_id: int, user_ids: set[int] | None, keep=(), groups=(None,)) -> list[int]:
    """Switch microphones off in Janus itself (AudioBridge `mute` with the room secret): of
    `user_ids` (None: everyone) but not of `keep`. Returns the user ids muted."""
    muted = set()
    with Janus(server_for(meeting_id).api) as janus:
        for group in groups:
            room = room_number(meeting_id, group)
            for participant in list(_each_participant_of(janus, room, user_ids, set(keep))):
                janus.request(
                    AUDIO,
                    {
                        "request": "mute",
                        "room": room,
                        "secret": room_secret(room),
                        "id": participant["id"],
                    },
                    ok=NO_SUCH_USER,
                )
                muted.add(owner_of(int(participant["id"])))
    return sorted(muted)


def _kick(janus: Janus, room: int, owners: set[int] | None, janus_ids: set[int] | None) -> None:
    """Send people out of both rooms numbered `room`: by owner (user id) or by Janus id."""
    secret = room_secret(room)
    for plugin in _plugins():
        data = janus.request(plugin, {"request": "listparticipants", "room": room}, ok=NO_SUCH_ROOM)
        for participant in data.get("participants") or []:
            pid = int(participant["id"])
            if (owners is not None and owner_of(pid) in owners) or (
                janus_ids is not None and pid in janus_ids
            ):
                janus.request(
                    plugin,
                    {"request": "kick", "room": room, "secret": secret, "id": pid},
                    ok=NO_SUCH_USER,
                )


def media_kick(*, meeting_id: int, janus_ids: set[int], groups=(None,)) -> None:
    """These connections (Janus ids) are sent out of the meeting's rooms; the token stays."""
    with Janus(server_for(meeting_id).api) as janus:
        for group in groups:
            _kick(janus, room_number(meeting_id, group), None, janus_ids)


def media_revoke(*, meeting_id: int, user_id: int, groups=(None,)) -> None:
    """The person's tokens no longer open the meeting's rooms (read from the rooms' own
    `allowed` lists, so also tokens this process never saw), and they are sent out of them."""
    cache.delete(_token_key(meeting_id, user_id))
    with Janus(server_for(meeting_id).api) as janus:
        for group in groups:
            room = room_number(meeting_id, group)
            secret = room_secret(room)
            for plugin in _plugins():
                data = janus.request(
                    plugin,
                    {
                        "request": "allowed",
                        "room": room,
                        "secret": secret,
                        "action": "add",
                        "allowed": [],
                    },
                    ok=NO_SUCH_ROOM,
                )
                theirs = [t for t in data.get("allowed") or [] if token_owner(t) == user_id]
                if theirs:
                    janus.request(
                        plugin,
                        {
                            "request": "allowed",
                            "room": room,
                            "secret": secret,
                            "action": "remove",
                            "allowed": theirs,
                        },
                        ok=NO_SUCH_ROOM,
                    )
            _kick(janus, room, {user_id}, None)

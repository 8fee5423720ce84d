"""Voice in the room: who gets into the meeting's media room, through a real Janus.

Janus runs on loopback from the project's own configuration (`janus_server`); a "browser" here
joins over Janus' HTTP API with the token from `welcome.media` (tests.janus.JanusClient), so
what is checked is what Janus itself lets in, reports muted, kicks and destroys.
"""

import asyncio
import time

import pytest
from asgiref.sync import sync_to_async
from django.utils import timezone

from accounts.sockets import sockets_recheck
from courses.groups.services import membership_remove
from courses.models import Meeting
from courses.privacy.services import erasure_confirm, erasure_request
from live_sessions import close_codes, media, protocol, schema
from tests.factories import UserFactory, make_cohort, make_programme, member_of
from tests.janus import JanusClient, free_port
from tests.live_sessions.conftest import connect, start_meeting
from tests.live_sessions.test_sockets_follow_access import logged_in_client, open_with

pytestmark = pytest.mark.django_db(transaction=True)

JOINED = "joined"
NOT_ALLOWED = 489  # AudioBridge: "Unauthorized (not in the allowed list)"


def _run(function, *args, **kwargs):
    """Janus calls block: off the event loop the consumers run on."""
    return sync_to_async(function, thread_sensitive=False)(*args, **kwargs)


async def _eventually(check, timeout=5.0):
    deadline = time.monotonic() + timeout
    while True:
        value = await _run(check)
        if value or time.monotonic() > deadline:
            return value
        await asyncio.sleep(0.1)


async def _join(janus_server, socket_media, room=None):
    """Join as the browser would: (the client, the AudioBridge's answer)."""
    client = JanusClient(janus_server.api, socket_media["token"])
    answer = await _run(
        client.join,
        room=room if room is not None else socket_media["room"],
        id=socket_media["user_id"],
        display=socket_media["display"],
    )
    return client, answer


def _participants(meeting_id, group=None):
    return {p["id"]: p for p in media.media_participants(meeting_id=meeting_id, group=group)}


def _owners_allowed(meeting_id, group=None):
    return {media.token_owner(t) for t in media.media_allowed(meeting_id=meeting_id, group=group)}


async def test_without_a_media_server_welcome_media_is_null(room, settings):
    settings.MEDIA_SERVER_URLS = []
    settings.MEDIA_SERVER_URL = ""
    anouk = await connect(room.people[0], room.meeting.pk)
    assert anouk.welcome["media"] is None
    assert schema.check(anouk.welcome) == []
    await anouk.close()


async def test_the_first_hello_creates_the_private_room_and_lets_the_member_in(room, media_on):
    assert not await _run(media.media_room_exists, meeting_id=room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    given = anouk.welcome["media"]
    assert schema.check(anouk.welcome) == []
    assert given["url"] == media_on.url
    assert given["room"] == media.room_number(room.meeting.pk)
    assert given["ice_servers"] == []
    assert given["plugin"] == media.AUDIO and given["recorded"] is False
    assert given["display"] == "Anouk" and media.owner_of(given["user_id"]) == room.people[0].pk
    assert await _run(media.media_room_exists, meeting_id=room.meeting.pk)
    assert await _run(_owners_allowed, room.meeting.pk) == {room.people[0].pk}

    # a second member's hello: the same room (created once), their own token added
    leader = await connect(room.leader, room.meeting.pk)
    assert leader.welcome["media"]["room"] == given["room"]
    assert leader.welcome["media"]["token"] != given["token"]
    assert await _run(_owners_allowed, room.meeting.pk) == {room.people[0].pk, room.leader.pk}

    client, answer = await _join(media_on, given)
    assert answer["audiobridge"] == JOINED, answer
    assert given["user_id"] in await _run(_participants, room.meeting.pk)
    await _run(client.close)
    await anouk.close()
    await leader.close()


async def test_a_token_without_its_signature_or_out_of_the_list_gets_nowhere(room, media_on):
    anouk = await connect(room.people[0], room.meeting.pk)
    given = anouk.welcome["media"]
    # Janus' core refuses a forged token (the signature is made with MEDIA_SECRET)
    forged = JanusClient(media_on.api, given["token"].rsplit(":", 1)[0] + ":AAAA")
    assert (await _run(forged.attach)).get("janus") == "error"
    # a validly signed token that is not in the room's allowed list does not join
    stranger = JanusClient(media_on.api, media.signed_token(ttl=60, user_id=room.outsider.pk))
    answer = await _run(stranger.join, room=given["room"], id=room.outsider.pk * 1000 + 1)
    assert answer.get("error_code") == NOT_ALLOWED
    await _run(stranger.close)
    await anouk.close()


async def test_a_non_member_gets_no_media(room, media_on):
    outsider = await connect(room.outsider, room.meeting.pk, hello=False)
    assert await outsider.close_code() == close_codes.FORBIDDEN
    await outsider.close()
    anouk = await connect(room.people[0], room.meeting.pk)
    assert room.outsider.pk not in await _run(_owners_allowed, room.meeting.pk)
    await anouk.close()


def _other_meeting(room):
    other_leader = UserFactory(roles=["leader"], display_name="Sanne")
    cohort = make_cohort(
        make_programme("other", steps=1),
        location=room.location,
        participants=[UserFactory(roles=["participant"], display_name="Dirk")],
        leaders=[other_leader],
    )
    meeting = Meeting.objects.create(cohort=cohort, step_number=1, starts_at=timezone.now())
    return other_leader, meeting


async def test_a_token_of_one_meeting_does_not_open_another(room, media_on):
    other_leader, other = await sync_to_async(_other_meeting)(room)
    anouk = await connect(room.people[0], room.meeting.pk)
    sanne = await connect(other_leader, other.pk)
    assert sanne.welcome["media"]["room"] != anouk.welcome["media"]["room"]
    assert room.people[0].pk not in await _run(_owners_allowed, other.pk)
    client, answer = await _join(
        media_on, anouk.welcome["media"], room=sanne.welcome["media"]["room"]
    )
    assert answer.get("error_code") == NOT_ALLOWED
    await _run(client.close)
    await anouk.close()
    await sanne.close()


def _remove(room, person):
    coordinator = member_of(room.location, UserFactory(roles=["coordinator"]), coordinator=True)
    membership_remove(cohort=room.cohort, user=person, by=coordinator)


async def _in_the_room(room, media_on, person):
    socket = await connect(person, room.meeting.pk)
    client, answer = await _join(media_on, socket.welcome["media"])
    assert answer["audiobridge"] == JOINED
    return socket, client


async def test_removal_withdraws_the_token_and_kicks_also_without_an_open_socket(room, media_on):
    anouk, client = await _in_the_room(room, media_on, room.people[0])
    token = anouk.welcome["media"]
    await anouk.close()  # the room tab is closed; the voice connection is still there
    bram = await connect(room.people[1], room.meeting.pk)

    await sync_to_async(_remove)(room, room.people[0])

    def gone():
        return token["user_id"] not in _participants(room.meeting.pk)

    assert await _eventually(gone)
    assert await _run(_owners_allowed, room.meeting.pk) == {room.people[1].pk}
    again, answer = await _join(media_on, token)
    assert answer.get("error_code") == NOT_ALLOWED
    for c in (client, again):
        await _run(c.close)
    await bram.close()


async def test_a_socket_closed_with_4403_takes_the_person_out_of_the_media_room(room, media_on):
    anouk, client = await _in_the_room(room, media_on, room.people[0])
    user_id = anouk.welcome["media"]["user_id"]

    def deactivate():
        person = room.people[0]
        person.is_active = False
        person.save(update_fields=["is_active"])
        sockets_recheck(user_ids=[person.pk])

    await sync_to_async(deactivate)()
    assert await anouk.close_code() == close_codes.FORBIDDEN
    assert await _eventually(lambda: user_id not in _participants(room.meeting.pk))
    assert room.people[0].pk not in await _run(_owners_allowed, room.meeting.pk)
    await _run(client.close)
    await anouk.close()


async def test_erasure_withdraws_the_token_and_kicks(room, media_on):
    anouk, client = await _in_the_room(room, media_on, room.people[0])
    user_id = anouk.welcome["media"]["user_id"]

    def erase():
        coordinator = member_of(room.location, UserFactory(roles=["coordinator"]), coordinator=True)
        erasure_confirm(erasure=erasure_request(user=room.people[0]), coordinator=coordinator)

    await sync_to_async(erase)()
    assert await _eventually(lambda: user_id not in _participants(room.meeting.pk))
    assert room.people[0].pk not in await _run(_owners_allowed, room.meeting.pk)
    await _run(client.close)
    await anouk.close()


async def test_the_leaders_mute_is_enforced_by_the_media_server(room, media_on):
    await sync_to_async(start_meeting)(room.meeting)
    leader, leader_client = await _in_the_room(room, media_on, room.leader)
    anouk, anouk_client = await _in_the_room(room, media_on, room.people[0])
    anouk_id = anouk.welcome["media"]["user_id"]
    assert (await _run(_participants, room.meeting.pk))[anouk_id]["muted"] is False

    await anouk.send("media.mute", user=room.leader.pk)  # only the leader may
    assert (await anouk.recv_until("error"))["code"] == "forbidden"

    await leader.send("media.mute", user=room.people[0].pk)
    muted = await leader.recv_until("media.muted")
    assert schema.check(muted) == [] and muted["user"] == room.people[0].pk
    assert (await anouk.recv_until("media.muted"))["user"] == room.people[0].pk
    # Janus itself reports her muted (the event is sent only after Janus did it)
    assert (await _run(_participants, room.meeting.pk))[anouk_id]["muted"] is True
    for c in (leader_client, anouk_client):
        await _run(c.close)
    await leader.close()
    await anouk.close()


async def test_mute_all_mutes_everyone_but_the_leader(room, media_on):
    await sync_to_async(start_meeting)(room.meeting)
    leader, leader_client = await _in_the_room(room, media_on, room.leader)
    anouk, anouk_client = await _in_the_room(room, media_on, room.people[0])
    bram, bram_client = await _in_the_room(room, media_on, room.people[1])

    await leader.send("media.mute_all")
    event = await bram.recv_until("media.all_muted")
    assert schema.check(event) == []
    assert event["users"] == sorted([room.people[0].pk, room.people[1].pk])
    now = await _run(_participants, room.meeting.pk)
    assert now[anouk.welcome["media"]["user_id"]]["muted"] is True
    assert now[bram.welcome["media"]["user_id"]]["muted"] is True
    assert now[leader.welcome["media"]["user_id"]]["muted"] is False
    for c in (leader_client, anouk_client, bram_client):
        await _run(c.close)
    for s in (leader, anouk, bram):
        await s.close()


async def test_floor_lowers_the_hand_and_media_state_is_for_everyone(room, media_on):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    anouk = await connect(room.people[0], room.meeting.pk)
    await anouk.send("hand.raise")
    await leader.recv_until("hand.raised")
    await anouk.send("media.floor", user=room.people[0].pk)
    assert (await anouk.recv_until("error"))["code"] == "forbidden"

    await leader.send("media.floor", user=room.people[0].pk)
    floor = await anouk.recv_until("media.floor_given")
    assert schema.check(floor) == []
    assert floor["user"] == room.people[0].pk and floor["hands"] == []

    await anouk.send("media.state", audio=True, video=False)
    state = await leader.recv_until("media.state_changed")
    assert schema.check(state) == []
    assert (state["user"], state["audio"], state["video"]) == (room.people[0].pk, True, False)
    await anouk.send("media.state", audio="ja", video=False)
    assert (await anouk.recv_until("error"))["code"] == "bad_fields"
    await leader.close()
    await anouk.close()


async def test_breakout_rooms_get_their_own_media_room_and_come_back(room, media_on):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    people = [await connect(p, room.meeting.pk) for p in room.people]
    main = leader.welcome["media"]["room"]

    await leader.send("breakout.open", size=2)
    opened = await leader.recv_until("breakout.opened")
    groups = opened["rooms"]
    moved = {}
    for person, socket in zip(room.people, people, strict=True):
        changed = await socket.recv_until("media.changed")
        assert schema.check(changed) == []
        moved[person.pk] = changed["media"]
    for index, members in enumerate(groups):
        for uid in members:
            assert moved[uid]["group"] == index
            assert moved[uid]["room"] == media.room_number(room.meeting.pk, index)
        allowed = await _run(_owners_allowed, room.meeting.pk, index)
        assert allowed == set(members)  # a pair's room lets only the pair in
    # a page that comes back during the breakout is sent to its group's room at once
    again = await connect(room.people[0], room.meeting.pk)
    own_group = next(i for i, members in enumerate(groups) if room.people[0].pk in members)
    assert again.welcome["media"]["room"] == media.room_number(room.meeting.pk, own_group)
    await again.close()
    first = groups[0][0]
    client, answer = await _join(media_on, moved[first])
    assert answer["audiobridge"] == JOINED
    other_group = media.room_number(room.meeting.pk, 0 if len(groups) == 1 else 1)
    if len(groups) > 1:
        stranger, answer = await _join(media_on, moved[first], room=other_group)
        assert answer.get("error_code") == NOT_ALLOWED
        await _run(stranger.close)

    await leader.send("breakout.close")
    for socket in people:
        back = await socket.recv_until("media.changed")
        assert back["media"]["room"] == main and back["media"]["group"] is None
    for index in range(len(groups)):
        assert not await _run(media.media_room_exists, meeting_id=room.meeting.pk, group=index)
    await _run(client.close)
    await leader.close()
    for socket in people:
        await socket.close()


async def test_the_end_of_the_meeting_destroys_its_media_room(room, media_on):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    anouk, client = await _in_the_room(room, media_on, room.people[0])
    assert await _run(media.media_room_exists, meeting_id=room.meeting.pk)

    await leader.send("session.end")
    changed = await anouk.recv_until("media.changed")
    assert changed["media"] is None
    assert not await _run(media.media_room_exists, meeting_id=room.meeting.pk)
    # a hello after the end does not make it again
    late = await connect(room.people[1], room.meeting.pk)
    assert late.welcome["media"] is None
    assert not await _run(media.media_room_exists, meeting_id=room.meeting.pk)
    await _run(client.close)
    for s in (leader, anouk, late):
        await s.close()


async def test_voice_commands_without_a_media_server_are_refused_plainly(room, settings):
    settings.MEDIA_SERVER_URLS = []
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    await leader.send("media.mute", user=room.people[0].pk)
    error = await leader.recv_until("error")
    assert error["code"] == "not_allowed_now"
    assert error["detail"] == str(protocol.MEDIA_OFF_DETAIL)
    await leader.send("media.state", audio=True, video=False)
    assert (await leader.recv_until("error"))["code"] == "not_allowed_now"
    await leader.close()


async def test_janus_away_leaves_the_room_working_without_voice(room, media_on, settings):
    settings.MEDIA_ADMIN_URLS = [f"http://127.0.0.1:{free_port()}/janus"]  # nobody listens
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    assert leader.welcome["media"] is None
    await leader.send("media.mute_all")
    assert (await leader.recv_until("error"))["code"] == "server_busy"
    await leader.send("chat.send", text="Zonder geluid gaat het ook.")
    assert "Zonder geluid" in (await leader.recv_until("chat.message"))["html"]
    await leader.close()


async def test_janus_back_after_a_moment_sends_the_media_room_without_a_new_hello(
    room, media_on, settings, monkeypatch
):
    """A media server that did not answer at the `hello` (busy, restarting) does not silence the
    person for the rest of the meeting: `media_wait` says so, and the socket asks again."""
    from live_sessions import consumers

    monkeypatch.setattr(consumers, "MEDIA_RETRY_SECONDS", (0.2,))
    working = settings.MEDIA_ADMIN_URLS
    settings.MEDIA_ADMIN_URLS = [f"http://127.0.0.1:{free_port()}/janus"]  # nobody listens
    anouk = await connect(room.people[0], room.meeting.pk)
    assert anouk.welcome["media"] is None and anouk.welcome["media_wait"] is True
    assert schema.check(anouk.welcome) == []
    await asyncio.sleep(0.5)  # a few retries against the silent address: nothing sent meanwhile
    settings.MEDIA_ADMIN_URLS = working
    changed = await anouk.recv_until("media.changed", timeout=8)
    assert schema.check(changed) == []
    assert changed["media_wait"] is False
    assert changed["media"]["room"] == media.room_number(room.meeting.pk)
    client, answer = await _join(media_on, changed["media"])
    assert answer["audiobridge"] == JOINED, answer
    await _run(client.close)
    await anouk.close()


async def test_no_media_server_configured_means_no_waiting(room, settings):
    settings.MEDIA_SERVER_URLS = []
    settings.MEDIA_SERVER_URL = ""
    anouk = await connect(room.people[0], room.meeting.pk)
    assert anouk.welcome["media"] is None and anouk.welcome["media_wait"] is False
    await anouk.close()


async def test_the_video_room_admits_the_same_token_and_kicks_on_removal(room, media_on):
    anouk = await connect(room.people[0], room.meeting.pk)
    given = anouk.welcome["media"]
    assert given["video_plugin"] == media.VIDEO
    video = JanusClient(media_on.api, given["token"])
    answer = await _run(video.join, room=given["room"], id=given["user_id"], plugin=media.VIDEO)
    assert answer.get("videoroom") == JOINED, answer
    await anouk.close()

    await sync_to_async(_remove)(room, room.people[0])

    def video_ids():
        with media.Janus(media_on.api) as janus:
            data = janus.request(
                media.VIDEO, {"request": "listparticipants", "room": given["room"]}
            )
        return {p["id"] for p in data.get("participants") or []}

    assert await _eventually(lambda: given["user_id"] not in video_ids())
    again = JanusClient(media_on.api, given["token"])
    answer = await _run(again.join, room=given["room"], id=given["user_id"], plugin=media.VIDEO)
    assert answer.get("error_code") == 433  # VideoRoom: unauthorized (not in the allowed list)
    for c in (video, again):
        await _run(c.close)


VIDEO_NOT_ALLOWED = 433  # VideoRoom: unauthorized (not in the allowed list)


async def test_the_video_room_lets_in_this_meetings_tokens_and_watchers_need_a_publisher(
    room, media_on
):
    """A camera (publisher) passes the same gate as the voice: the member's token, not another
    meeting's. Watching (a subscriber) must name the private id of a publisher in the room
    (`require_pvtid`; a subscriber without one is refused in the browser scenarios, with a real
    camera): no token of this meeting, no watching."""
    other_leader, other = await sync_to_async(_other_meeting)(room)
    anouk = await connect(room.people[0], room.meeting.pk)
    sanne = await connect(other_leader, other.pk)
    mine, theirs = anouk.welcome["media"], sanne.welcome["media"]
    clients = []
    for token, expected in ((mine["token"], JOINED), (theirs["token"], VIDEO_NOT_ALLOWED)):
        camera = JanusClient(media_on.api, token)
        clients.append(camera)
        answer = await _run(
            camera.join, room=mine["room"], id=mine["user_id"] + len(clients), plugin=media.VIDEO
        )
        assert answer.get("error_code", answer.get("videoroom")) == expected, answer

    def video_room():
        with media.Janus(media_on.api) as janus:
            data = janus.request(
                media.VIDEO, {"request": "list", "admin_key": media.derived_secret("admin")}
            )
        return next(r for r in data["list"] if r["room"] == mine["room"])

    listed = await _run(video_room)
    assert listed["require_pvtid"] is True, listed
    for c in clients:
        await _run(c.close)
    await anouk.close()
    await sanne.close()


async def test_video_follows_the_person_into_a_breakout_room(room, media_on):
    await sync_to_async(start_meeting)(room.meeting)
    leader = await connect(room.leader, room.meeting.pk)
    people = [await connect(p, room.meeting.pk) for p in room.people]
    await leader.send("breakout.open", size=2)
    groups = (await leader.recv_until("breakout.opened"))["rooms"]
    moved = {}
    for person, socket in zip(room.people, people, strict=True):
        moved[person.pk] = (await socket.recv_until("media.changed"))["media"]
    first = groups[0][0]
    given = moved[first]
    assert given["video_plugin"] == media.VIDEO and given["group"] == 0
    camera = JanusClient(media_on.api, given["token"])
    answer = await _run(camera.join, room=given["room"], id=given["user_id"], plugin=media.VIDEO)
    assert answer.get("videoroom") == JOINED, answer  # the pair's own VideoRoom
    clients = [camera]
    if len(groups) > 1:  # and not the other pair's
        stranger = JanusClient(media_on.api, given["token"])
        clients.append(stranger)
        answer = await _run(
            stranger.join,
            room=media.room_number(room.meeting.pk, 1),
            id=given["user_id"] + 1,
            plugin=media.VIDEO,
        )
        assert answer.get("error_code") == VIDEO_NOT_ALLOWED, answer
    await leader.send("breakout.close")
    for socket in people:
        await socket.recv_until("media.changed")

    def video_room_exists():
        with media.Janus(media_on.api) as janus:
            data = janus.request(media.VIDEO, {"request": "exists", "room": given["room"]})
        return bool(data.get("exists"))

    assert await _eventually(lambda: not video_room_exists())  # closed with the breakout
    for c in clients:
        await _run(c.close)
    await leader.close()
    for socket in people:
        await socket.close()


async def test_hello_again_on_the_same_socket_makes_the_room_again(room, media_on):
    """After Janus restarted (its rooms gone), the page says `hello` again for a fresh `media`."""
    anouk = await connect(room.people[0], room.meeting.pk)
    first = anouk.welcome["media"]
    await _run(media.media_room_destroy, meeting_id=room.meeting.pk)  # as after a restart
    await anouk.send("hello", last_seq=anouk.welcome["last_seq"])
    fresh = (await anouk.recv_until("welcome"))["media"]
    assert fresh["room"] == first["room"] and fresh["token"] == first["token"]
    assert await _run(media.media_room_exists, meeting_id=room.meeting.pk)
    client, answer = await _join(media_on, fresh)
    assert answer["audiobridge"] == JOINED
    await _run(client.close)
    await anouk.close()


async def test_logging_out_one_browser_kicks_only_that_browsers_voice(room, media_on):
    client, cookie = await sync_to_async(logged_in_client)(room.people[0])
    mine = await open_with(cookie, room.meeting.pk)
    mine_voice, answer = await _join(media_on, mine.welcome["media"])
    assert answer["audiobridge"] == JOINED
    other, other_voice = await _in_the_room(room, media_on, room.people[0])  # another browser

    await sync_to_async(client.post)("/logout/")
    assert await mine.close_code() == close_codes.FORBIDDEN
    gone = mine.welcome["media"]["user_id"]
    assert await _eventually(lambda: gone not in _participants(room.meeting.pk))
    # still a member: the other browser's voice and the token stay
    assert other.welcome["media"]["user_id"] in await _run(_participants, room.meeting.pk)
    assert room.people[0].pk in await _run(_owners_allowed, room.meeting.pk)
    for c in (mine_voice, other_voice):
        await _run(c.close)
    await mine.close()
    await other.close()

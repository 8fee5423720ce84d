"""Guests in a meeting (issue #19): a leader invites a guest to one meeting; the link works only
for that meeting and only during it, without an account; the guest reaches that room and
nothing else; the retention job erases the guest the day after."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.models import User
from courses.groups.models import Meeting
from courses.network import guests
from courses.network.access import meeting_for_member
from courses.network.models import GuestInvite
from courses.privacy.services import retention_purge_all
from live_sessions.models import MeetingEvent
from tests.factories import (
    LocationFactory,
    UserFactory,
    make_cohort,
    make_programme,
    member_of,
)
from toolkit.permissions import NotPermitted

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Opening links is counted per client address in the cache; each test starts at zero."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world():
    location = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    programme = make_programme(steps=3)
    lotte = member_of(location, UserFactory(display_name="Lotte", roles=["leader"]))
    karel = member_of(location, UserFactory(display_name="Karel", roles=["leader"]))
    pia = member_of(location, UserFactory(display_name="Pia", roles=["participant"]))
    cohort = make_cohort(programme, location=location, participants=[pia], leaders=[lotte])
    other = make_cohort(programme, location=location, leaders=[karel], name="Andere groep")
    now = timezone.now()
    meeting = Meeting.objects.create(
        cohort=cohort, step_number=1, starts_at=now + datetime.timedelta(minutes=10)
    )
    next_week = Meeting.objects.create(
        cohort=cohort, step_number=2, starts_at=now + datetime.timedelta(days=7)
    )
    other_meeting = Meeting.objects.create(cohort=other, step_number=1, starts_at=now)

    class World:
        pass

    w = World()
    w.__dict__.update(
        location=location,
        lotte=lotte,
        karel=karel,
        pia=pia,
        cohort=cohort,
        meeting=meeting,
        next_week=next_week,
        other_meeting=other_meeting,
    )
    return w


def invite_link(client, leader, meeting, name="Ahmed (ondernemer)"):
    client.force_login(leader)
    page = client.post(f"/bijeenkomsten/{meeting.pk}/gasten/", {"guest_name": name}, follow=True)
    assert page.status_code == 200, page.text
    client.logout()
    return re.search(r'value="https?://[^/"]+(/gast/[^/"]+/)"', page.text).group(1)


def test_the_leader_makes_a_link_shown_once_and_only_its_hash_is_kept(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    invite = GuestInvite.objects.get()
    token = link.split("/")[2]
    assert token not in invite.token_hash and len(invite.token_hash) == 64
    assert invite.created_by == world.lotte and invite.guest_name == "Ahmed (ondernemer)"
    client.force_login(world.lotte)
    assert token not in client.get(f"/bijeenkomsten/{world.meeting.pk}/gasten/").text


def test_the_guest_opens_the_link_and_lands_in_the_room_without_an_account(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == f"/bijeenkomsten/{world.meeting.pk}/"
    guest = GuestInvite.objects.get().user
    assert guest.is_guest and not guest.has_usable_password() and not guest.has_email
    assert guest.name == "Ahmed (ondernemer)"
    room = client.get(response["Location"])
    assert room.status_code == 200
    assert 'data-role="guest"' in room.text
    # opened again (another tab): the same guest, no second account
    client.post(link)
    assert User.objects.filter(email__endswith="@gast.invalid").count() == 1


def test_the_link_works_only_for_that_meeting(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    guest = GuestInvite.objects.get().user
    for meeting in (world.next_week, world.other_meeting):
        assert client.get(f"/bijeenkomsten/{meeting.pk}/").status_code == 404
        with pytest.raises(NotPermitted):
            meeting_for_member(user=guest, meeting_id=meeting.pk)


def test_not_before_and_not_after_the_window(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    meeting = world.meeting
    meeting.starts_at = timezone.now() + datetime.timedelta(minutes=20)  # 15 minutes before: no
    meeting.save()
    page = client.post(link)
    assert page.status_code == 403
    assert "Deze link werkt alleen tijdens de bijeenkomst van" in page.text
    assert not GuestInvite.objects.get().user  # no account made outside the window
    meeting.starts_at = timezone.now() - datetime.timedelta(minutes=121)  # 120 minutes: over
    meeting.save()
    assert client.post(link).status_code == 403
    meeting.status = Meeting.Status.LIVE  # the leader runs late: still open while live
    meeting.save()
    assert client.post(link).status_code == 302
    meeting.status = Meeting.Status.ENDED  # ended by the leader: closed, also for the room
    meeting.save()
    assert client.post(link).status_code == 403
    assert client.get(f"/bijeenkomsten/{meeting.pk}/").status_code == 404


def test_a_revoked_or_wrong_token_gets_the_same_neutral_page(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    invite = GuestInvite.objects.get()
    client.force_login(world.lotte)
    client.post(
        f"/bijeenkomsten/{world.meeting.pk}/gasten/", {"action": "revoke", "invite": invite.pk}
    )
    client.logout()
    invite.refresh_from_db()
    assert invite.revoked_at is not None
    revoked = client.post(link)
    wrong = client.get("/gast/dit-is-geen-token/")
    very_long = client.get("/gast/" + "x" * 500 + "/")
    for page in (revoked, wrong, very_long):
        assert page.status_code == 403
        assert "Deze link werkt nu niet" in page.text
    with pytest.raises(NotPermitted):
        meeting_for_member(user=invite.user, meeting_id=world.meeting.pk)


def test_the_guest_reaches_no_other_page_nor_the_api(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    home = client.get("/")
    assert home.status_code == 302 and home["Location"] == f"/bijeenkomsten/{world.meeting.pk}/"
    for url in (
        f"/groepen/{world.cohort.pk}/",
        "/mijn-map/",
        "/mijn-certificaten/",
        "/mijn-gegevens/",
        "/workshops/",
        f"/bijeenkomsten/{world.meeting.pk}/presentie/",
        f"/bijeenkomsten/{world.meeting.pk}/gasten/",
        "/admin/",
        "/api/v1/me",
        "/api/v1/cohorts/",
    ):
        assert client.get(url).status_code == 403, url
    assert client.post(f"/bijeenkomsten/{world.meeting.pk}/gasten/", {}).status_code == 403


def test_the_room_hides_the_groups_memory_from_a_guest(world, client):
    from live_sessions.models import GroupNote

    GroupNote.objects.create(
        cohort=world.cohort, meeting=world.meeting, author=world.lotte, html="<p>Geheim</p>"
    )
    link = invite_link(client, world.lotte, world.meeting)
    room = client.get(client.post(link)["Location"])
    assert "Geheim" not in room.text


def test_only_a_leader_of_the_group_invites_and_at_most_five_links(world, client):
    url = f"/bijeenkomsten/{world.meeting.pk}/gasten/"
    coordinator = member_of(world.location, UserFactory(roles=["coordinator"]), coordinator=True)
    for someone in (world.karel, world.pia, coordinator):  # karel leads another group
        client.force_login(someone)
        assert client.post(url, {"guest_name": "X"}).status_code == 404
    assert not GuestInvite.objects.exists()
    for n in range(guests.GUEST_LINKS_PER_MEETING):
        guests.guest_invite_create(meeting=world.meeting, by=world.lotte, guest_name=f"Gast {n}")
    with pytest.raises(ValidationError) as refused:
        guests.guest_invite_create(meeting=world.meeting, by=world.lotte, guest_name="Nog een")
    assert refused.value.code == "too_many"
    with pytest.raises(ValidationError):
        guests.guest_invite_create(meeting=world.next_week, by=world.lotte, guest_name="  ")


def test_no_link_for_a_meeting_that_is_over(world):
    world.meeting.status = Meeting.Status.ENDED
    world.meeting.save()
    with pytest.raises(ValidationError) as refused:
        guests.guest_invite_create(meeting=world.meeting, by=world.lotte, guest_name="Ahmed")
    assert refused.value.code == "meeting_over"


def test_the_retention_job_erases_the_guest_the_day_after(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    invite = GuestInvite.objects.get()
    guest = invite.user
    MeetingEvent.objects.create(
        meeting=world.meeting,
        seq=1,
        type="chat.message",
        actor=guest,
        actor_role="guest",
        payload={"html": "<p>Ik ben Ahmed, ik heb een bakkerij.</p>", "client_id": ""},
    )
    MeetingEvent.objects.create(
        meeting=world.meeting,
        seq=2,
        type="chat.message",
        actor=world.pia,
        actor_role="participant",
        payload={"html": "<p>Dank je Ahmed!</p>", "client_id": ""},
    )
    # the same day: nothing yet
    retention_purge_all(now=world.meeting.starts_at + datetime.timedelta(minutes=1))
    assert GuestInvite.objects.filter(pk=invite.pk).exists()
    counts = retention_purge_all(now=world.meeting.starts_at + datetime.timedelta(days=1))
    assert counts["courses.GuestInvite"] == 1
    assert not GuestInvite.objects.exists()
    guest.refresh_from_db()
    assert guest.anonymised_at and not guest.is_active and guest.display_name == "Gast"
    assert "ahmed" not in guest.email.lower() and not guest.is_guest
    own, others = MeetingEvent.objects.order_by("seq")
    assert "bakkerij" not in str(own.payload)  # what the guest wrote is gone (a tombstone)
    assert "Ahmed" not in others.payload["html"]  # and their name from what others wrote
    assert "Dank je" in others.payload["html"]
    # the guest's browser is let out too
    assert client.get(f"/bijeenkomsten/{world.meeting.pk}/").status_code in (302, 404)


def test_an_unopened_link_is_deleted_the_day_after(world):
    guests.guest_invite_create(meeting=world.meeting, by=world.lotte, guest_name="Ahmed")
    retention_purge_all(now=world.meeting.starts_at + datetime.timedelta(days=1))
    assert not GuestInvite.objects.exists()


def test_the_guest_exports_their_invitation_and_a_leaders_erasure_unlinks_it(world):
    from accounts.personal_data import erase_all, erasure_for, export_all

    invite, _token = guests.guest_invite_create(
        meeting=world.meeting, by=world.lotte, guest_name="Ahmed"
    )
    guest = guests.guest_user_for(invite=invite)
    rows = {s.key: s.rows for s in export_all(user=guest)}["guest_invites"]
    assert rows[0]["guest_name"] == "Ahmed"
    erase_all(erasure=erasure_for(user=world.lotte))
    invite.refresh_from_db()
    assert invite.created_by is None


def test_too_many_tries_from_one_address_get_the_neutral_page(world, client):
    from django.core.cache import cache

    from courses.network import guest_views

    link = invite_link(client, world.lotte, world.meeting)
    for _n in range(guest_views.OPEN_LIMIT):
        assert client.get("/gast/geraden-token/").status_code == 403
    page = client.post(link)  # the right link, but after too many tries
    assert page.status_code == 403 and "Deze link werkt nu niet" in page.text
    assert GuestInvite.objects.get().user is None
    cache.clear()
    assert client.post(link).status_code == 302


def test_opening_the_link_in_a_browser_signed_in_as_someone_else_signs_them_out(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.force_login(world.pia)
    client.post(link)
    assert int(client.session["_auth_user_id"]) == GuestInvite.objects.get().user_id


# --- After the review (2026-12-05) ----------------------------------------------------------------


def test_opening_the_link_shows_a_button_and_logs_nobody_in(world, client):
    """Only pressing the button (a POST with a CSRF token) logs in: a link previewer or another
    site sending a browser to the link makes no account and signs nobody out."""
    link = invite_link(client, world.lotte, world.meeting)
    client.force_login(world.pia)
    page = client.get(link)
    assert page.status_code == 200
    assert "Naar de bijeenkomst" in page.text and 'name="csrfmiddlewaretoken"' in page.text
    assert "word je daar eerst uitgelogd" in page.text
    assert GuestInvite.objects.get().user is None
    assert client.get("/").wsgi_request.user == world.pia  # still signed in as herself


def test_a_meeting_left_live_keeps_its_guest_no_longer_than_two_hours_after_its_end(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    guest = GuestInvite.objects.get().user
    meeting = world.meeting
    meeting.status = Meeting.Status.LIVE
    meeting.starts_at = timezone.now() - datetime.timedelta(minutes=120 + 100)  # ran 100 min late
    meeting.save()
    assert client.post(link).status_code == 302
    meeting.starts_at = timezone.now() - datetime.timedelta(days=10)  # nobody ended it
    meeting.save()
    client.logout()
    assert client.post(link).status_code == 403
    assert world.cohort.name not in client.get(link).text  # over: the group is not named
    retention_purge_all()
    guest.refresh_from_db()
    assert guest.anonymised_at is not None and not guest.is_active


def test_erasing_a_guest_takes_their_name_out_of_the_groups_notes(world, client):
    from live_sessions.models import GroupNote

    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    note = GroupNote.objects.create(
        cohort=world.cohort,
        meeting=world.meeting,
        author=world.lotte,
        text="Ahmed (ondernemer) neemt Pia mee naar de bakkerij.",
        html="<p>Ahmed (ondernemer) neemt Pia mee naar de bakkerij.</p>",
    )
    retention_purge_all(now=world.meeting.starts_at + datetime.timedelta(days=1))
    note.refresh_from_db()
    assert "Ahmed" not in note.text and "Ahmed" not in note.html
    assert "bakkerij" in note.text


def test_the_guest_does_not_get_the_groups_video_link(world, client):
    world.cohort.video_link = "https://video.example.org/vaste-kamer"
    world.cohort.save()
    client.force_login(world.pia)
    assert "vaste-kamer" in client.get(f"/bijeenkomsten/{world.meeting.pk}/").text
    client.logout()
    link = invite_link(client, world.lotte, world.meeting)
    room = client.get(client.post(link)["Location"])
    assert room.status_code == 200 and "vaste-kamer" not in room.text


def test_a_guest_account_whose_meeting_was_deleted_is_erased_too(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.post(link)
    guest = GuestInvite.objects.get().user
    world.meeting.delete()  # its invitations go with it
    retention_purge_all()
    guest.refresh_from_db()
    assert guest.anonymised_at is not None and not guest.is_active


def test_loading_the_page_again_after_making_a_link_makes_no_second_link(world, client):
    link = invite_link(client, world.lotte, world.meeting)
    client.force_login(world.lotte)
    again = client.get(f"/bijeenkomsten/{world.meeting.pk}/gasten/")
    assert link not in again.text  # shown once
    assert GuestInvite.objects.count() == 1

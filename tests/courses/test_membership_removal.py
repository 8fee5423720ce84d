"""A coordinator takes someone out of a running group (issue #12, point 4 "removal from the
group"): the membership ends, the seat is free, the person no longer reaches the group, its
meetings or the API, their answers stay in Mijn map but the group no longer sees them, the privacy
log says who did it, and an open socket of theirs in the meeting's room closes with 4403 within
5 seconds, through the real routed ASGI app. Nobody else can do it, and a GET changes nothing."""

import time

import pytest
from asgiref.sync import sync_to_async
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEntry
from courses import errors
from courses.groups.access import cohort_for_member
from courses.groups.services import cohort_add_member, membership_remove
from courses.models import MAX_PARTICIPANTS, Answer, CohortMembership, Meeting
from courses.network.access import meeting_for_member
from courses.workbook.access import answer_for_viewer
from courses.workbook.selectors import leader_overview
from live_sessions import close_codes
from tests.courses.conftest import exercise_id
from tests.factories import UserFactory, member_of
from tests.live_sessions import conftest as live
from tests.live_sessions.conftest import connect
from toolkit.permissions import NotPermitted

# The live room's fixtures, shared with tests/live_sessions/.
room = live.room
_fresh_channel_layer = live._fresh_channel_layer
_fresh_cache = live._fresh_cache


def remove_url(cohort, membership) -> str:
    return reverse("courses_admin_membership_remove", args=[cohort.pk, membership.pk])


def membership_of(world, user) -> CohortMembership:
    return CohortMembership.objects.get(cohort=world.cohort, user=user)


def is_member(world, user) -> bool:
    return CohortMembership.objects.filter(cohort=world.cohort, user=user).exists()


def shared_answers(world) -> dict[str, Answer]:
    """Anouk's answers: one shared with the group, one with the leaders, one private."""
    client = Client()
    client.force_login(world.anouk)
    answers = {}
    for number, sharing in enumerate(("group", "leaders", "private"), start=1):
        block = exercise_id(world.cohort, number, "reflection")
        response = client.put(
            f"/api/v1/cohorts/{world.cohort.pk}/steps/{number}/answers/{block}",
            data={"value": {"text": f"Mijn antwoord {sharing}"}, "sharing": sharing},
            content_type="application/json",
        )
        assert response.status_code == 200, response.content
        answers[sharing] = Answer.objects.get(participant=world.anouk, block_id=block)
    return answers


# --- the coordinator's screens ---------------------------------------------------------------


@pytest.mark.django_db
def test_the_group_page_has_a_removal_button_per_member(client, world):
    client.force_login(world.carla)
    html = client.get(reverse("courses_admin_group", args=[world.cohort.pk])).content.decode()
    for user in (world.anouk, world.bram, world.lotte):
        assert remove_url(world.cohort, membership_of(world, user)) in html
    assert "Uit de groep halen" in html


@pytest.mark.django_db
def test_get_shows_what_happens_and_removes_nobody(client, world):
    client.force_login(world.carla)
    response = client.get(remove_url(world.cohort, membership_of(world, world.anouk)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Anouk" in html
    assert "De plaats in de groep is weer vrij." in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert is_member(world, world.anouk)
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.MEMBER_REMOVED).exists()


@pytest.mark.django_db
def test_the_coordinator_removes_a_participant(client, world):
    answers = shared_answers(world)
    meeting = Meeting.objects.create(cohort=world.cohort, step_number=1, starts_at=timezone.now())
    anouk = Client()
    anouk.force_login(world.anouk)
    assert anouk.get(reverse("workbook", args=[world.cohort.pk])).status_code == 200

    client.force_login(world.carla)
    response = client.post(
        remove_url(world.cohort, membership_of(world, world.anouk)),
        {"reason": "Heeft werk gevonden"},
    )

    assert response.status_code == 302
    assert response.url == reverse("courses_admin_group", args=[world.cohort.pk])
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert "Anouk (Deelnemer) zit niet meer in " in message
    assert "De plaats is vrij." in message
    assert not is_member(world, world.anouk)
    # the seat is free
    page = client.get(reverse("courses_admin_group", args=[world.cohort.pk])).content.decode()
    assert f"1/{MAX_PARTICIPANTS} deelnemers" in page
    # the group, its workbook, its meeting and the API are gone for her (404, like any stranger)
    for url in (
        reverse("workbook", args=[world.cohort.pk]),
        reverse("leader_view", args=[world.cohort.pk]),
        reverse("meeting_detail", args=[meeting.pk]),
        f"/api/v1/cohorts/{world.cohort.pk}/answers",
        f"/api/v1/cohorts/{world.cohort.pk}/progress",
    ):
        assert anouk.get(url).status_code == 404, url
    with pytest.raises(NotPermitted):
        cohort_for_member(user=world.anouk, cohort_id=world.cohort.pk)
    with pytest.raises(NotPermitted):
        meeting_for_member(user=world.anouk, meeting_id=meeting.pk)
    # her answers stay hers (Mijn map), but the group and its leaders no longer see them
    folder = anouk.get(reverse("my_folder")).content.decode()
    for sharing in ("group", "leaders", "private"):
        assert f"Mijn antwoord {sharing}" in folder
        assert answer_for_viewer(user=world.anouk, answer_id=answers[sharing].pk)
        for other in (world.bram, world.lotte):
            with pytest.raises(NotPermitted):
                answer_for_viewer(user=other, answer_id=answers[sharing].pk)
    assert leader_overview(cohort=world.cohort).shared == []
    # the privacy log: who, whom, which group and why
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MEMBER_REMOVED)
    assert (entry.actor, entry.subject) == (world.carla, world.anouk)
    assert world.cohort.name in entry.detail and "Heeft werk gevonden" in entry.detail


@pytest.mark.django_db
def test_a_full_group_has_a_seat_again_after_a_removal(world):
    newcomers = [UserFactory(roles=["participant"]) for _ in range(MAX_PARTICIPANTS - 2)]
    for user in newcomers:
        cohort_add_member(cohort=world.cohort, user=user, role="participant")
    late = UserFactory(roles=["participant"])
    with pytest.raises(ValidationError):
        cohort_add_member(cohort=world.cohort, user=late, role="participant")
    membership_remove(cohort=world.cohort, user=world.anouk, by=world.carla)
    cohort_add_member(cohort=world.cohort, user=late, role="participant")
    assert world.cohort.memberships.filter(role="participant").count() == MAX_PARTICIPANTS


@pytest.mark.django_db
def test_a_coordinator_of_another_location_gets_404_and_nothing_changes(client, world):
    client.force_login(world.utrecht_coordinator)
    url = remove_url(world.cohort, membership_of(world, world.anouk))
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert is_member(world, world.anouk)
    # nor through their own group's URL with a membership of another group
    own = reverse(
        "courses_admin_membership_remove",
        args=[world.other_cohort.pk, membership_of(world, world.anouk).pk],
    )
    assert client.post(own).status_code == 404
    assert is_member(world, world.anouk)
    with pytest.raises(PermissionDenied):
        membership_remove(cohort=world.cohort, user=world.anouk, by=world.utrecht_coordinator)
    assert is_member(world, world.anouk)
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.MEMBER_REMOVED).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["bram", "lotte", "anouk"])
def test_participants_and_leaders_cannot_remove_anyone(client, world, who):
    client.force_login(getattr(world, who))
    for target in (world.anouk, world.bram):
        response = client.post(remove_url(world.cohort, membership_of(world, target)))
        assert response.status_code in (302, 403, 404)  # the admin sends them to its login
        with pytest.raises(PermissionDenied):
            membership_remove(cohort=world.cohort, user=target, by=getattr(world, who))
    assert is_member(world, world.anouk) and is_member(world, world.bram)
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.MEMBER_REMOVED).exists()


@pytest.mark.django_db
def test_the_only_leader_of_a_running_group_stays_with_a_clear_message(client, world):
    client.force_login(world.carla)
    response = client.post(remove_url(world.cohort, membership_of(world, world.lotte)), follow=True)
    assert str(errors.REMOVAL_LAST_LEADER) in response.content.decode()
    assert is_member(world, world.lotte)
    # with a second leader, either can go
    second = UserFactory(roles=["leader"], display_name="Sem")
    cohort_add_member(cohort=world.cohort, user=second, role="leader")
    membership_remove(cohort=world.cohort, user=world.lotte, by=world.carla)
    assert not is_member(world, world.lotte)


@pytest.mark.django_db
def test_a_finished_group_keeps_its_members(world):
    world.cohort.status = "finished"
    world.cohort.save(update_fields=["status"])
    with pytest.raises(ValidationError) as refused:
        membership_remove(cohort=world.cohort, user=world.anouk, by=world.carla)
    assert refused.value.messages == [str(errors.REMOVAL_GROUP_FINISHED)]
    assert is_member(world, world.anouk)


# --- the open socket --------------------------------------------------------------------------


def _coordinator_removes(room, person) -> int:
    coordinator = member_of(room.location, UserFactory(roles=["coordinator"]), coordinator=True)
    client = Client()
    client.force_login(coordinator)
    membership = CohortMembership.objects.get(cohort=room.cohort, user=person)
    return client.post(
        reverse("courses_admin_membership_remove", args=[room.cohort.pk, membership.pk])
    ).status_code


@pytest.mark.django_db(transaction=True)
async def test_the_removed_persons_open_socket_closes_with_4403_within_5_seconds(room):
    anouk = await connect(room.people[0], room.meeting.pk)
    bram = await connect(room.people[1], room.meeting.pk)
    started = time.monotonic()
    assert await sync_to_async(_coordinator_removes)(room, room.people[0]) == 302
    assert await anouk.close_code(timeout=5) == close_codes.FORBIDDEN
    assert time.monotonic() - started < 5
    await bram.send("ping")  # the others stay
    assert (await bram.recv_until("pong")) == {"type": "pong"}
    await anouk.close()
    await bram.close()

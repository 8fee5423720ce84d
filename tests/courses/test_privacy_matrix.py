"""Who may see what: roles × resources, decided by the one access layer (the rooms' access.py modules, courses/*/access.py)."""

import pytest
from django.urls import reverse

from accounts import services as account_services
from courses.models import Answer, Feedback
from tests.courses.conftest import exercise_id
from tests.factories import UserFactory, make_cohort

pytestmark = pytest.mark.django_db

ROLES = [
    "owner",  # the participant who wrote the answers
    "other_participant",  # in the same group
    "leader",
    "other_leader",  # leads another group
    "buddy",
    "coordinator",  # of this location
    "other_coordinator",  # of another location
    "editor",
    "anonymous",
    "guest",  # a guest of one meeting of the group (courses.network.guests), its link open now
]

# resource → roles allowed
ALLOWED = {
    "workbook": {"owner", "other_participant", "leader", "coordinator"},
    "answer_private": {"owner"},
    "answer_leaders": {"owner", "leader"},
    "answer_group": {"owner", "other_participant", "leader"},
    "give_feedback": {"leader"},
    "my_folder_has_answer": {"owner"},
    "export_has_answer": {"owner"},
    "leader_view": {"leader"},
    "group_admin": {"coordinator"},
    # the owner's intake, trajectory and buddy match (each read by someone else is logged)
    "intake": {"owner", "coordinator"},
    "trajectory": {"coordinator"},
    "buddy_match": {"owner", "buddy", "coordinator"},
    # the owner's whole path (intake, groups, buddy, trajectory, referrals): only the coordinator
    # of the location; the owner has her folder and download instead
    "path": {"coordinator"},
    # the online room of that match: the two of them only, not the coordinator (private talk)
    "buddy_room": {"owner", "buddy"},
    # the owner's self-assessment answers (courses.impact.access): only the owner; a
    # coordinator sees only the location's figures in the outcome report
    "self_assessment": {"owner"},
    # scoped lookups: who finds the owner by e-mail address or id (courses.groups.access)
    "find_owner_by_address": {"coordinator"},
    "find_owner_by_id": {"coordinator"},
    # taking a member (the other participant) out of the group: the confirm screen, then the
    # POST. Last, because it changes the group.
    # the owner's erasure request: listed for, and confirmable by, the location's coordinator
    "erasure_request_listed": {"coordinator"},
    "erasure_confirm_screen": {"coordinator"},
    # the live room of the group's meeting, and what only its leaders do on a meeting (issue #19)
    "meeting_room": {"owner", "other_participant", "leader", "coordinator", "guest"},
    "meeting_guests": {"leader"},
    "meeting_shadowing": {"leader"},
    "remove_member_screen": {"coordinator"},
    "remove_member": {"coordinator"},
}


@pytest.fixture
def scene(world, client):
    """Three answers of Anouk: private, shared with leaders, shared with the group."""
    client.force_login(world.anouk)
    texts = {"private": "GEHEIM-privé", "leaders": "GEDEELD-leiders", "group": "GEDEELD-groep"}
    answers = {}
    for number, (sharing, text) in enumerate(texts.items(), start=1):
        block = exercise_id(world.cohort, number, "reflection")
        client.put(
            f"/api/v1/cohorts/{world.cohort.pk}/steps/{number}/answers/{block}",
            data={"value": {"text": text}, "sharing": sharing},
            content_type="application/json",
        )
        answers[sharing] = Answer.objects.get(block_id=block, participant=world.anouk)
    client.logout()
    other_leader = UserFactory(roles=["leader"])
    make_cohort(world.programme, location=world.utrecht, leaders=[other_leader], name="Utrecht 2")
    buddy = UserFactory(roles=["buddy"])
    account_services.location_add_member(location=world.zoetermeer, user=buddy)
    world.records = _records(world, buddy)
    guest = _guest(world)
    people = {
        "owner": world.anouk,
        "other_participant": world.bram,
        "leader": world.lotte,
        "other_leader": other_leader,
        "buddy": buddy,
        "coordinator": world.carla,
        "other_coordinator": world.utrecht_coordinator,
        "editor": world.editor,
        "anonymous": None,
        "guest": guest,
    }
    return world, answers, texts, people


def _guest(world):
    from django.utils import timezone

    from courses.models import Meeting
    from courses.network import guests

    world.meeting = Meeting.objects.create(
        cohort=world.cohort, step_number=1, starts_at=timezone.now()
    )
    invite, _token = guests.guest_invite_create(
        meeting=world.meeting, by=world.lotte, guest_name="Ahmed (ondernemer)"
    )
    return guests.guest_user_for(invite=invite)


def _records(world, buddy) -> dict:
    """Anouk's intake, trajectory and buddy match (with `buddy`, certified for it)."""
    import datetime

    from django.utils import timezone

    from courses.trajectories.intake import start_intake
    from courses.trajectories.services import trajectory_start
    from courses.volunteers import buddies
    from courses.volunteers.models import Certificate, ConductCertificate

    today = timezone.localdate()
    Certificate.objects.create(
        user=buddy,
        role="buddy",
        programme=world.programme,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
    )
    ConductCertificate.objects.create(user=buddy, issued_on=today, checked_on=today)
    records = {
        "intake": start_intake(by=world.anouk, location=world.zoetermeer, person=world.anouk),
        "trajectory": trajectory_start(
            participant=world.anouk, location=world.zoetermeer, intake_date=today, intake_rung=2
        ),
        "buddy_match": buddies.buddy_match(
            coordinator=world.carla,
            participant=world.anouk,
            buddy=buddy,
            consent_given_on=today,
            location=world.zoetermeer,
        ),
    }
    records["buddy_room"] = buddies.buddy_meeting_plan(
        buddy=buddy,
        match=records["buddy_match"],
        starts_at=timezone.now() + datetime.timedelta(hours=1),
        duration_minutes=30,
    )
    return records


def check(client, world, answers, texts, resource) -> bool:
    cohort = world.cohort
    if resource == "workbook":
        return client.get(f"/groepen/{cohort.pk}/werkboek/").status_code == 200
    if resource.startswith("answer_"):
        from django.contrib.auth.models import AnonymousUser

        from courses.workbook.access import answer_for_viewer
        from toolkit.permissions import NotPermitted

        user = client.session.get("_auth_user_id")
        viewer = world.anouk.__class__.objects.get(pk=user) if user else AnonymousUser()
        try:
            answer_for_viewer(user=viewer, answer_id=answers[resource.removeprefix("answer_")].pk)
        except NotPermitted:
            return False
        return True
    if resource == "give_feedback":
        before = Feedback.objects.count()
        client.post(
            f"/groepen/{cohort.pk}/antwoorden/{answers['leaders'].pk}/reactie/", {"text": "Mooi!"}
        )
        return Feedback.objects.count() == before + 1
    if resource == "my_folder_has_answer":
        response = client.get("/mijn-map/")
        return response.status_code == 200 and texts["private"] in response.content.decode()
    if resource == "export_has_answer":
        response = client.get("/mijn-gegevens/download/")
        return response.status_code == 200 and texts["private"].encode() in _unzip(response.content)
    if resource == "meeting_room":
        return client.get(f"/bijeenkomsten/{world.meeting.pk}/").status_code == 200
    if resource == "meeting_guests":
        return client.get(f"/bijeenkomsten/{world.meeting.pk}/gasten/").status_code == 200
    if resource == "meeting_shadowing":
        return client.get(f"/bijeenkomsten/{world.meeting.pk}/meedraaien/").status_code == 200
    if resource == "leader_view":
        return client.get(f"/groepen/{cohort.pk}/leiding/").status_code == 200
    if resource in ("intake", "trajectory", "buddy_match", "buddy_room"):
        url = {
            "intake": "intake_detail",
            "trajectory": "trajectory_detail",
            "buddy_match": "buddy_match",
            "buddy_room": "meeting_detail",
        }[resource]
        return client.get(reverse(url, args=[world.records[resource].pk])).status_code == 200
    if resource == "path":
        return client.get(reverse("participant_path", args=[world.anouk.pk])).status_code == 200
    if resource == "self_assessment":
        return _sees_self_assessment(client, world)
    if resource.startswith("find_owner_by_"):
        from django.core.exceptions import ValidationError

        from courses.groups.access import person_for_coordinator

        user = client.session.get("_auth_user_id")
        if not user:
            return False
        viewer = world.anouk.__class__.objects.get(pk=user)
        by = (
            {"email": world.anouk.email}
            if resource.endswith("address")
            else {"person_id": world.anouk.pk}
        )
        try:
            return person_for_coordinator(user=viewer, **by) == world.anouk
        except ValidationError:
            return False
    if resource == "group_admin":
        from django.contrib.auth.models import AnonymousUser

        from courses.groups.access import may_manage_cohort

        user = client.session.get("_auth_user_id")
        viewer = world.anouk.__class__.objects.get(pk=user) if user else AnonymousUser()
        return may_manage_cohort(user=viewer, cohort=cohort)
    if resource.startswith("erasure_"):
        from courses.models import ErasureRequest
        from courses.privacy.services import erasure_request

        erasure = ErasureRequest.objects.filter(user=world.anouk).first() or erasure_request(
            user=world.anouk
        )
        if resource == "erasure_request_listed":
            response = client.get(reverse("courses_admin_erasures"))
            return response.status_code == 200 and world.anouk.email in response.content.decode()
        response = client.get(reverse("courses_admin_erasure_confirm", args=[erasure.pk]))
        return response.status_code == 200 and "irreversible" in response.content.decode()
    if resource.startswith("remove_member"):
        from courses.models import CohortMembership

        membership = CohortMembership.objects.filter(cohort=cohort, user=world.bram).first()
        assert membership is not None
        url = reverse("courses_admin_membership_remove", args=[cohort.pk, membership.pk])
        if resource == "remove_member_screen":
            return client.get(url).status_code == 200
        client.post(url)
        return not CohortMembership.objects.filter(pk=membership.pk).exists()
    raise AssertionError(resource)


def _sees_self_assessment(client, world) -> bool:
    """Anouk answered the start of her group (9, nee, 3, 2); does this viewer see her answers?"""
    import datetime

    from django.utils import timezone

    from courses.groups.services import cohort_schedule_meetings
    from courses.impact import selectors, services
    from courses.impact.models import SelfAssessment

    cohort = world.cohort
    if not SelfAssessment.objects.filter(participant=world.anouk).exists():
        first = timezone.now() - datetime.timedelta(hours=1)
        cohort_schedule_meetings(cohort=cohort, first_starts_at=first)
        services.self_assessment_save(
            user=world.anouk,
            window=selectors.group_windows(cohort)["start"],
            self_image="9",
            alone="no",
            knows_what_i_want="3",
            network="2",
        )
    response = client.get(reverse("start_self_assessment", args=[cohort.pk]))
    page = response.content.decode()
    return response.status_code == 200 and "<dd>9</dd>" in page and "<dd>3</dd>" in page


def _unzip(content: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read("mijn-gegevens.json")


@pytest.mark.parametrize("role", ROLES)
def test_role_resource_matrix(client, scene, role):
    world, answers, texts, people = scene
    if people[role] is not None:
        client.force_login(people[role])
    result = {resource: check(client, world, answers, texts, resource) for resource in ALLOWED}
    expected = {resource: role in roles for resource, roles in ALLOWED.items()}
    assert result == expected


@pytest.mark.parametrize("role", ["leader", "coordinator", "other_participant"])
def test_private_answers_never_appear_on_any_page_for_others(client, scene, role):
    world, answers, texts, people = scene
    client.force_login(people[role])
    pages = [
        f"/groepen/{world.cohort.pk}/werkboek/stap/1/",
        f"/groepen/{world.cohort.pk}/werkboek/print/?antwoorden=1",
        f"/groepen/{world.cohort.pk}/leiding/",
        "/mijn-map/",
        "/",
        f"/api/v1/cohorts/{world.cohort.pk}/answers",
    ]
    for url in pages:
        assert texts["private"] not in client.get(url).content.decode(), url


def test_leader_feedback_shows_beside_the_answer(client, scene):
    world, answers, texts, people = scene
    client.force_login(world.lotte)
    overview = client.get(f"/groepen/{world.cohort.pk}/leiding/").content.decode()
    assert texts["leaders"] in overview and texts["group"] in overview
    assert texts["private"] not in overview
    client.post(
        f"/groepen/{world.cohort.pk}/antwoorden/{answers['leaders'].pk}/reactie/",
        {"text": "Sterk **verwoord**! <script>alert(1)</script>"},
    )
    refused = client.post(
        f"/groepen/{world.cohort.pk}/antwoorden/{answers['private'].pk}/reactie/", {"text": "x"}
    )
    assert refused.status_code == 302
    assert not Feedback.objects.filter(answer=answers["private"]).exists()
    client.force_login(world.anouk)
    step = client.get(f"/groepen/{world.cohort.pk}/werkboek/stap/2/").content.decode()
    assert "Reactie van Lotte" in step
    assert "<strong>verwoord</strong>" in step
    assert "<script>alert(1)</script>" not in step
    api = client.get(f"/api/v1/cohorts/{world.cohort.pk}/answers").json()
    assert any(a["feedback"] for a in api if a["sharing"] == "leaders")


def test_staff_reading_shared_answers_is_logged(client, scene):
    from accounts.models import AuditEntry

    world, answers, texts, people = scene
    client.force_login(world.lotte)
    client.get(f"/groepen/{world.cohort.pk}/leiding/")
    entry = AuditEntry.objects.get(action="read_answer")
    assert entry.actor == world.lotte and entry.subject == world.anouk


def test_sharing_is_chosen_by_the_participant(client, world):
    client.force_login(world.anouk)
    block = exercise_id(world.cohort, 1, "reflection")
    url = f"/api/v1/cohorts/{world.cohort.pk}/steps/1/answers/{block}"
    assert (
        client.patch(
            url + "/sharing", data={"sharing": "group"}, content_type="application/json"
        ).status_code
        == 422
    )
    client.put(url, data={"value": {"text": "x"}}, content_type="application/json")
    assert Answer.objects.get().sharing == "private"  # the default
    response = client.patch(
        url + "/sharing", data={"sharing": "leaders"}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["sharing"] == "leaders"
    bad = client.patch(
        url + "/sharing", data={"sharing": "everyone"}, content_type="application/json"
    )
    assert bad.status_code == 422
    assert Answer.objects.get().sharing == "leaders"
    client.force_login(world.bram)  # someone else cannot change it
    client.patch(url + "/sharing", data={"sharing": "group"}, content_type="application/json")
    assert Answer.objects.get().sharing == "leaders"

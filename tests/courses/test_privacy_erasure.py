"""Erasure removes everything of the person, copies included, asks a second confirmation, and an
intake-only request reaches the coordinators of the intake's location (and only them)."""

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from accounts.models import AuditEntry
from courses.groups.invitations import invitation_accept, invitations_create
from courses.groups.services import cohort_add_member
from courses.models import (
    MAX_PARTICIPANTS,
    Answer,
    CohortMembership,
    ErasureRequest,
    Feedback,
    Invitation,
    LeaderMessage,
)
from courses.privacy.services import erasure_confirm, erasure_request
from courses.trajectories import intake as intakes
from live_sessions.models import GroupNote
from tests.factories import TEST_PASSWORD, UserFactory, member_of

pytestmark = pytest.mark.django_db

ERASURES = "/admin/groepen/verwijderverzoeken/"
NINA = "nina.jansen@example.org"


def _confirm_url(request) -> str:
    return f"{ERASURES}{request.pk}/bevestigen/"


def _invited_nina(world, on_commit):
    """Nina joins by invitation, as people do; the group then fills up to 12."""
    with on_commit(execute=True):
        invitations_create(
            cohort=world.cohort, text=NINA, invited_by=world.carla, base_url="http://testserver"
        )
    token = re.search(r"/uitnodiging/([^/\s]+)/", mail.outbox[-1].body).group(1)
    nina = invitation_accept(token=token, display_name="Nina Jansen", password=TEST_PASSWORD)
    while (
        CohortMembership.objects.filter(cohort=world.cohort, role="participant").count()
        < MAX_PARTICIPANTS
    ):
        cohort_add_member(cohort=world.cohort, user=UserFactory(), role="participant")
    return nina


def test_erasure_frees_the_seat_and_leaves_no_address_on_the_group_page(
    client, world, django_capture_on_commit_callbacks
):
    nina = _invited_nina(world, django_capture_on_commit_callbacks)
    client.force_login(world.carla)
    group_page = f"/admin/groepen/{world.cohort.pk}/"
    before = client.get(group_page).content.decode()
    assert NINA in before and "12/12" in before
    assert "vol" in client.get("/admin/groepen/").content.decode()

    request = erasure_request(user=nina)
    response = client.post(_confirm_url(request), {"irreversible": "on"}, follow=True)
    assert response.redirect_chain == [(ERASURES, 302)]  # the one-time notice is read there

    after = client.get(group_page).content.decode()
    assert NINA not in after and "nina" not in after.lower()
    assert "11/12" in after
    index = client.get("/admin/groepen/").content.decode()
    assert "11/12" in index and "<strong>vol</strong>" not in index
    assert not Invitation.objects.filter(email__iexact=NINA).exists()
    # The freed seat can be taken again.
    cohort_add_member(cohort=world.cohort, user=UserFactory(), role="participant")


def test_erasure_takes_the_name_out_of_what_others_wrote(world, django_capture_on_commit_callbacks):
    nina = _invited_nina(world, django_capture_on_commit_callbacks)
    note = GroupNote.objects.create(
        cohort=world.cohort,
        author=world.lotte,
        text="Nina Jansen belt de schuldhulp. nina komt later.",
        html="<p>Nina Jansen belt de schuldhulp. nina komt later.</p>",
    )
    message = LeaderMessage.objects.create(
        cohort=world.cohort, author=world.lotte, text="Welkom Nina!", html="<p>Welkom Nina!</p>"
    )
    bram_answer = Answer.objects.create(
        participant=world.bram,
        cohort=world.cohort,
        edition=world.cohort.edition,
        block_id="b1",
        step_number=1,
        block_type="reflection",
        value={"text": "Ik werk samen met Nina."},
        sharing="leaders",
    )
    feedback = Feedback.objects.create(
        answer=bram_answer,
        author=world.lotte,
        text="Net als Nina, goed!",
        html="<p>Net als Nina, goed!</p>",
    )
    own_feedback_target = Answer.objects.create(
        participant=nina,
        cohort=world.cohort,
        edition=world.cohort.edition,
        block_id="n1",
        step_number=1,
        block_type="reflection",
        value={"text": "Mijn schulden"},
    )
    Feedback.objects.create(answer=own_feedback_target, author=world.lotte, text="Sterk, Nina")

    erasure_confirm(erasure=erasure_request(user=nina), coordinator=world.carla)

    note.refresh_from_db()
    message.refresh_from_db()
    feedback.refresh_from_db()
    for text in (note.text, note.html, message.text, message.html, feedback.text, feedback.html):
        assert "nina" not in text.lower() and "jansen" not in text.lower()
    assert note.text == "[naam verwijderd] belt de schuldhulp. [naam verwijderd] komt later."
    assert "Bram" in world.bram.name  # others keep their names
    assert not Answer.objects.filter(participant=nina).exists()
    assert not Feedback.objects.filter(text__icontains="Sterk").exists()


def test_erasure_asks_a_second_confirmation(client, world):
    request = erasure_request(user=world.anouk)
    client.force_login(world.carla)
    listing = client.get(ERASURES).content.decode()
    assert _confirm_url(request) in listing
    screen = client.get(_confirm_url(request))
    assert screen.status_code == 200 and "Ik weet dat dit niet terug kan" in screen.content.decode()
    refused = client.post(_confirm_url(request), {})
    assert refused.status_code == 400
    assert "Er is nog niets verwijderd" in refused.content.decode()
    world.anouk.refresh_from_db()
    assert world.anouk.anonymised_at is None and world.anouk.is_active
    assert ErasureRequest.objects.get(pk=request.pk).confirmed_at is None
    assert client.post(_confirm_url(request), {"irreversible": "on"}).status_code == 302
    world.anouk.refresh_from_db()
    assert world.anouk.anonymised_at is not None


def test_an_intake_only_erasure_reaches_the_coordinators_of_the_intake_location(client, world):
    person = UserFactory(display_name="Samira Intake")
    intake = intakes.start_intake(by=person, location=world.utrecht, person=person)
    request = erasure_request(user=person)

    client.force_login(world.carla)  # coordinates Zoetermeer only
    assert "Samira" not in client.get(ERASURES).content.decode()
    assert client.get(_confirm_url(request)).status_code == 404
    assert client.post(_confirm_url(request), {"irreversible": "on"}).status_code == 404
    with pytest.raises(PermissionDenied):
        erasure_confirm(erasure=request, coordinator=world.carla)
    person.refresh_from_db()
    assert person.anonymised_at is None

    client.force_login(world.utrecht_coordinator)
    listing = client.get(ERASURES).content.decode()
    assert "Samira" in listing and "Alleen intake (Utrecht)" in listing
    assert client.post(_confirm_url(request), {"irreversible": "on"}).status_code == 302
    person.refresh_from_db()
    assert person.anonymised_at is not None
    assert not type(intake).objects.filter(pk=intake.pk).exists()
    assert AuditEntry.objects.filter(
        action="erasure_confirmed", actor=world.utrecht_coordinator, subject=person
    ).exists()


def test_an_erasure_of_a_location_member_without_a_group_reaches_that_location(client, world):
    person = member_of(world.utrecht, UserFactory(display_name="Joost Wacht"))
    request = erasure_request(user=person)
    client.force_login(world.carla)
    assert "Joost" not in client.get(ERASURES).content.decode()
    assert client.get(_confirm_url(request)).status_code == 404
    client.force_login(world.utrecht_coordinator)
    assert "Joost" in client.get(ERASURES).content.decode()
    assert client.post(_confirm_url(request), {"irreversible": "on"}).status_code == 302
    person.refresh_from_db()
    assert person.anonymised_at is not None

"""The intake advice: known answer sets give known advice, drafts are never lost, the check is
content with its own revisions, only the person and the location's coordinators see an intake."""

import pytest
from django.urls import reverse

from content.models import LanguageCheckPage
from content.seed_data.language_check import LANGUAGE_CHECK
from content.services import language_check_load_seed
from courses.trajectories import intake as intakes
from courses.trajectories.models import Advice, Intake
from tests.factories import LocationFactory, UserFactory, ensure_wagtail_tree, member_of

# The seed check: the right option per question (see content/seed_data/language_check.toml).
RIGHT = [1, 0, 1, 1, 0]
WRONG = [0, 1, 0, 0, 1]

BASE = {
    "first_language_dutch": ["yes"],
    "reading_self": ["good"],
    "work_background": ["employed"],
    "group_ready": ["yes"],
    "device": ["phone"],
    "obstacles": ["none"],
    "goals": ["Werk in de zorg."],
}


def form(base=BASE, check=RIGHT, **changes):
    data = {**base, **{k: v if isinstance(v, list) else [v] for k, v in changes.items()}}
    for n, index in enumerate(check):
        if index is not None:
            data[f"check_{n}"] = [str(index)]
    return data


@pytest.fixture
def check_page(db):
    ensure_wagtail_tree()
    return language_check_load_seed(LANGUAGE_CHECK)


@pytest.fixture
def place(check_page):
    location = LocationFactory(name="Zoetermeer")
    coordinator = member_of(location, UserFactory(display_name="Cor"), coordinator=True)
    person = member_of(location, UserFactory(display_name="Samira"))
    return location, coordinator, person


def send(intake, data):
    problems = intakes.save_intake(intake=intake, raw=data, send=True)
    intake.refresh_from_db()
    return problems


@pytest.mark.parametrize(
    ("changes", "check", "advice", "reasons"),
    [
        ({}, RIGHT, Advice.REGULAR, ["regular_fits"]),
        # 2 of 5 right = 40 %: below the buddy line (50 %).
        ({"first_language_dutch": "no"}, [1, 0, 0, 0, 1], Advice.BUDDY_FIRST, ["language_hard"]),
        # 3 of 5 = 60 %: above the buddy line, below the iWIN line (80 %), not a native speaker.
        ({"first_language_dutch": "no"}, [1, 0, 1, 0, 1], Advice.IWIN, ["language_support"]),
        # The same score for a native speaker: the check alone does not make it iWIN.
        ({}, [1, 0, 1, 0, 1], Advice.REGULAR, ["regular_fits"]),
        # All right, but reading is hard by one's own account and Dutch is not the first language.
        (
            {"first_language_dutch": "no", "reading_self": "hard"},
            RIGHT,
            Advice.IWIN,
            ["language_support"],
        ),
        (
            {"work_background": "self_employed", "entrepreneur_doubt": "yes"},
            RIGHT,
            Advice.ZZP,
            ["entrepreneur"],
        ),
        (
            {"work_background": "self_employed", "entrepreneur_doubt": "no"},
            RIGHT,
            Advice.REGULAR,
            ["regular_fits"],
        ),
        ({"obstacles": ["debts", "health"]}, RIGHT, Advice.BUDDY_FIRST, ["many_obstacles"]),
        ({"obstacles": ["debts"]}, RIGHT, Advice.REGULAR, ["regular_fits"]),
        ({"group_ready": "no"}, RIGHT, Advice.BUDDY_FIRST, ["no_group"]),
        (
            {"device": "none", "obstacles": ["housing", "care"], "group_ready": "no"},
            WRONG,
            Advice.BUDDY_FIRST,
            ["language_hard", "many_obstacles", "no_group", "no_device"],
        ),
        # A migrant freelancer with weak Dutch: iWIN first, the ZZP wish is noted by the reasons.
        (
            {
                "first_language_dutch": "no",
                "work_background": "self_employed",
                "entrepreneur_doubt": "yes",
            },
            [1, 0, 1, 0, 1],
            Advice.IWIN,
            ["language_support"],
        ),
    ],
)
def test_known_answer_sets_give_known_advice(place, changes, check, advice, reasons):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    assert send(intake, form(check=check, **changes)) == {}
    assert intake.status == Intake.Status.SENT
    assert (intake.advice, intake.advice_reasons) == (advice, reasons)


def test_incomplete_answers_stay_a_draft_and_are_kept(place):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    partial = {"first_language_dutch": ["no"], "goals": ["Iets met mensen."], "check_0": ["1"]}
    problems = send(intake, partial)
    assert intake.status == Intake.Status.DRAFT
    assert {"reading_self", "work_background", "check_1", "check_4"} <= set(problems)
    assert "goals" not in problems and "check_0" not in problems
    assert intake.answers["first_language_dutch"] == "no"
    assert intake.answers["goals"] == "Iets met mensen."
    assert intake.answers["check"][:2] == [1, None]


def test_a_freelancer_must_answer_the_entrepreneur_question(place):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    problems = send(intake, form(work_background="self_employed"))
    assert "entrepreneur_doubt" in problems and intake.status == Intake.Status.DRAFT


def test_wrong_values_are_refused_and_change_nothing_else(place):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    problems = send(intake, form(device="tablet", check=[9, 0, 1, 1, 0]))
    assert problems["device"] == intakes.NOT_A_CHOICE
    assert problems["check_0"] == intakes.NOT_A_CHOICE
    assert "device" not in intake.answers and intake.status == Intake.Status.DRAFT


def test_a_sent_intake_cannot_be_changed(place):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    send(intake, form())
    with pytest.raises(intakes.ValidationError):
        intakes.save_intake(intake=intake, raw=form(group_ready="no"), send=False)
    intake.refresh_from_db()
    assert intake.advice == Advice.REGULAR


def test_the_coordinator_decides_and_an_override_needs_a_reason(place):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    with pytest.raises(intakes.ValidationError):
        intakes.decide_intake(intake=intake, by=coordinator, decision=Advice.REGULAR)  # a draft
    send(intake, form())
    with pytest.raises(intakes.ValidationError) as refused:
        intakes.decide_intake(intake=intake, by=coordinator, decision=Advice.IWIN)
    assert "decision_note" in refused.value.message_dict
    intakes.decide_intake(
        intake=intake, by=coordinator, decision=Advice.IWIN, note="Wil eerst haar taal oefenen."
    )
    intake.refresh_from_db()
    assert intake.decision == Advice.IWIN and intake.is_override
    assert intake.status == Intake.Status.DECIDED and intake.decided_by == coordinator


def test_an_edited_check_does_not_change_a_started_intake(place, check_page):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    page = LanguageCheckPage.objects.get(pk=check_page.pk)
    questions = page.questions.raw_data
    options = [o.get("value", o) for o in questions[0]["value"]["options"]]  # list items
    for n, option in enumerate(options):  # now the first option is the right one
        option["correct"] = n == 0
    page.questions = questions
    page.save_revision().publish()
    send(intake, form())
    assert intake.language_score == 100  # scored on the revision it was started on
    newer = intakes.start_intake(by=coordinator, location=location, person_name="Nieuw")
    assert newer.check_revision_id != intake.check_revision_id
    send(newer, form())
    assert newer.language_score == 80


def test_a_coordinator_starts_intakes_only_at_their_locations(place):
    location, coordinator, person = place
    elsewhere = LocationFactory(name="Utrecht")
    with pytest.raises(intakes.ValidationError):
        intakes.start_intake(by=coordinator, location=elsewhere, person_name="Kandidaat")
    with pytest.raises(intakes.ValidationError):
        intakes.start_intake(by=coordinator, location=location, person_name="  ")
    assert not Intake.objects.exists()


@pytest.mark.parametrize(
    ("viewer", "sees", "may_decide"),
    [
        ("person", True, False),
        ("coordinator", True, True),
        ("other_coordinator", False, False),
        ("leader", False, False),
        ("other_participant", False, False),
    ],
)
def test_who_sees_an_intake(client, place, viewer, sees, may_decide):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    send(intake, form(goals="Geheim doel"))
    people = {
        "person": person,
        "coordinator": coordinator,
        "other_coordinator": member_of(LocationFactory(), UserFactory(), coordinator=True),
        "leader": member_of(location, UserFactory(roles=["leader"])),
        "other_participant": member_of(location, UserFactory()),
    }
    client.force_login(people[viewer])
    page = client.get(reverse("intake_detail", args=[intake.pk]))
    assert page.status_code == (200 if sees else 404)
    decided = client.post(reverse("intake_decide", args=[intake.pk]), {"decision": Advice.REGULAR})
    intake.refresh_from_db()
    assert (intake.decision == Advice.REGULAR) == may_decide
    if not may_decide:
        assert decided.status_code == 404 or viewer == "person"
    if viewer == "coordinator":
        assert "Geheim doel" in page.content.decode()


def test_participant_fills_in_saves_a_draft_and_sends_through_the_pages(client, place):
    location, coordinator, person = place
    client.force_login(person)
    start = client.get(reverse("my_intake"))
    assert start.status_code == 200
    created = client.post(reverse("my_intake"))
    intake = Intake.objects.get(person=person)
    assert created.url == reverse("intake_detail", args=[intake.pk])
    page = client.get(created.url)
    body = page.content.decode()
    assert "Samira woont in Zoetermeer" in body and 'class="read-aloud"' in body
    assert "correct" not in body  # the key is never sent to the browser

    draft = client.post(created.url, {"action": "send", "goals": "Werk in een winkel"})
    assert draft.status_code == 422
    assert "Er missen nog antwoorden" in draft.content.decode()
    intake.refresh_from_db()
    assert intake.status == Intake.Status.DRAFT and intake.answers["goals"] == "Werk in een winkel"

    data = form()
    data["action"] = "send"
    sent = client.post(created.url, data)
    assert sent.status_code == 302
    result = client.get(created.url).content.decode()
    assert "Advies" in result and str(Advice.REGULAR.label) in result
    assert client.get(reverse("my_intake")).url == created.url  # no second intake


def test_coordinator_list_and_new_intake(client, place):
    location, coordinator, person = place
    other = LocationFactory(name="Utrecht")
    intakes.start_intake(
        by=member_of(other, UserFactory(), coordinator=True), location=other, person_name="Elders"
    )
    client.force_login(coordinator)
    refused = client.post(reverse("intake_new"), {"person_name": "Nora", "location": other.pk})
    assert refused.status_code == 422 and not Intake.objects.filter(person_name="Nora").exists()
    made = client.post(reverse("intake_new"), {"person_name": "Nora", "location": location.pk})
    assert made.status_code == 302
    listing = client.get(reverse("intake_list")).content.decode()
    assert "Nora" in listing and "Elders" not in listing
    client.force_login(person)
    assert client.get(reverse("intake_list")).status_code == 404


def test_the_intake_is_in_the_export_and_goes_with_erasure(place):
    import io
    import json
    import zipfile

    from courses.models import CohortMembership
    from courses.privacy.services import data_export, erasure_confirm, erasure_request
    from tests.factories import make_cohort, make_programme

    location, coordinator, person = place
    make_cohort(make_programme("intake", steps=1), location=location, participants=[person])
    assert CohortMembership.objects.filter(user=person).exists()
    intake = intakes.start_intake(by=person, location=location, person=person)
    send(intake, form(goals="Werk als kok"))
    archive = zipfile.ZipFile(io.BytesIO(data_export(user=person)))
    exported = json.loads(archive.read("mijn-gegevens.json"))
    assert exported["intakes"][0]["answers"]["goals"] == "Werk als kok"
    erasure_confirm(erasure=erasure_request(user=person), coordinator=coordinator)
    assert not Intake.objects.filter(pk=intake.pk).exists()


def test_the_coordinator_reads_sent_answers_as_text_not_as_disabled_controls(client, place):
    location, coordinator, person = place
    intake = intakes.start_intake(by=person, location=location, person=person)
    send(intake, form(obstacles=["debts", "health"], device="phone", goals="Werk in de zorg."))
    client.force_login(coordinator)
    body = client.get(reverse("intake_detail", args=[intake.pk])).content.decode()
    answers = body.split('id="answers-heading"', 1)[1].split("</section>", 1)[0]
    assert "<input" not in answers and "disabled" not in answers
    assert "<dl" in answers
    assert "<dd>Schulden of geldzorgen, Gezondheid</dd>" in answers
    assert "<dd>Telefoon</dd>" in answers
    assert "Werk in de zorg." in answers
    # an option that was not chosen is not shown at all
    assert "Huisvesting" not in answers

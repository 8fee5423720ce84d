"""The self-assessment (#19, impact): when it is asked, the service's checks, who may answer
(only the participant), the participant's page and home card, the before/after figures in the
outcome report with small numbers hidden (page and CSV), and the privacy registry."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import personal_data
from accounts.personal_data import Erasure
from courses.groups.services import cohort_schedule_meetings
from courses.impact import selectors, services
from courses.impact.access import window_for_participant
from courses.impact.models import Moment, SelfAssessment
from courses.models import Trajectory
from courses.privacy.personal_data import retention_for
from courses.trajectories.reports import (
    MASK,
    NOT_SHOWN,
    impact_csv,
    impact_report,
    impact_year,
)
from tests.factories import LocationFactory, UserFactory, make_cohort
from toolkit.permissions import NotPermitted

pytestmark = pytest.mark.django_db

GOOD = {"self_image": "6", "alone": "somewhat", "knows_what_i_want": "5", "network": "4"}


@pytest.fixture
def started(world):
    """The world's group (3 steps) had its first meeting an hour ago: the start is open."""
    first = timezone.now() - datetime.timedelta(hours=1)
    world.meetings = cohort_schedule_meetings(cohort=world.cohort, first_starts_at=first)
    return world


def start_url(world):
    return reverse("start_self_assessment", args=[world.cohort.pk])


# --- When it is asked ---------------------------------------------------------------------------


def test_the_start_is_open_from_the_first_meeting_until_the_second(started):
    windows = selectors.group_windows(started.cohort)
    start, end = windows[Moment.START], windows[Moment.END]
    first, second, last = (m.starts_at for m in started.meetings)
    assert (start.opens_at, start.closes_at) == (first, second)
    assert start.is_open() and not end.is_open()
    assert not start.is_open(second) and start.is_open(second - datetime.timedelta(seconds=1))
    assert end.opens_at == last
    assert end.closes_at == last + datetime.timedelta(days=selectors.END_OPEN_DAYS)
    assert end.is_open(last + datetime.timedelta(days=3))


def test_a_group_without_meetings_or_a_training_asks_nothing(world):
    assert selectors.group_windows(world.cohort) == {}
    assert selectors.open_self_assessments(user=world.anouk) == []


def test_the_aftercare_one_opens_two_weeks_before_aftercare_ends(world):
    today = timezone.localdate()
    trajectory = Trajectory.objects.create(
        participant=world.anouk,
        location=world.zoetermeer,
        intake_date=today - datetime.timedelta(days=400),
        intake_rung=2,
        outcome="work",
        outcome_date=today - datetime.timedelta(days=300),
        aftercare_start=today - datetime.timedelta(days=270),
        aftercare_end=today + datetime.timedelta(days=10),
    )
    window = selectors.aftercare_window(trajectory)
    assert window.is_open()
    assert window.closes_on == today + datetime.timedelta(days=10 + selectors.AFTERCARE_OPEN_DAYS)
    trajectory.aftercare_end = today + datetime.timedelta(days=20)
    assert not selectors.aftercare_window(trajectory).is_open()
    trajectory.closing_talk_on = today  # aftercare ended early: ask now
    assert selectors.aftercare_window(trajectory).is_open()
    trajectory.save()
    [item] = selectors.open_self_assessments(user=world.anouk)
    assert item.window.moment == Moment.AFTERCARE and item.answer is None


# --- The service ----------------------------------------------------------------------------------


def test_answers_are_saved_and_answering_again_changes_them(started):
    window = window_for_participant(
        user=started.anouk, moment=Moment.START, owner_id=started.cohort.pk
    )
    first = services.self_assessment_save(user=started.anouk, window=window, **GOOD)
    assert (first.self_image, first.alone, first.location) == (6, "somewhat", started.zoetermeer)
    again = services.self_assessment_save(
        user=started.anouk, window=window, **{**GOOD, "self_image": 8, "alone": "no"}
    )
    assert again.pk == first.pk
    assert SelfAssessment.objects.get().self_image == 8
    assert SelfAssessment.objects.get().alone == "no"


@pytest.mark.parametrize(
    "bad, fields",
    [
        ({"self_image": "elf"}, {"self_image"}),
        ({"self_image": "0", "network": "11"}, {"self_image", "network"}),
        ({"knows_what_i_want": ""}, {"knows_what_i_want"}),
        ({"alone": "misschien"}, {"alone"}),
        ({"alone": "", "self_image": True}, {"alone", "self_image"}),
    ],
)
def test_bad_answers_get_a_dutch_message_per_field_and_change_nothing(started, bad, fields):
    window = selectors.group_windows(started.cohort)[Moment.START]
    services.self_assessment_save(user=started.anouk, window=window, **GOOD)
    with pytest.raises(ValidationError) as caught:
        services.self_assessment_save(user=started.anouk, window=window, **{**GOOD, **bad})
    assert set(caught.value.message_dict) == fields
    assert any("Kies" in m for messages in caught.value.message_dict.values() for m in messages)
    saved = SelfAssessment.objects.get()
    assert (saved.self_image, saved.alone, saved.network) == (6, "somewhat", 4)


def test_nothing_is_saved_before_or_after_the_moment(started):
    window = selectors.group_windows(started.cohort)[Moment.END]
    with pytest.raises(ValidationError, match="nog niet"):
        services.self_assessment_save(user=started.anouk, window=window, **GOOD)
    start = selectors.group_windows(started.cohort)[Moment.START]
    with pytest.raises(ValidationError, match="niet meer"):
        services.self_assessment_save(user=started.anouk, window=start, now=start.closes_at, **GOOD)
    assert not SelfAssessment.objects.exists()


def test_the_database_holds_one_per_person_group_and_moment(started):
    row = {
        "participant": started.anouk,
        "moment": "start",
        "cohort": started.cohort,
        "location": started.zoetermeer,
        "self_image": 5,
        "alone": "yes",
        "knows_what_i_want": 5,
        "network": 5,
        "answered_at": timezone.now(),
    }
    SelfAssessment.objects.create(**row)
    with pytest.raises(IntegrityError), transaction.atomic():
        SelfAssessment.objects.create(**row)
    with pytest.raises(IntegrityError), transaction.atomic():
        SelfAssessment.objects.create(**{**row, "participant": started.bram, "self_image": 11})


# --- Who may answer (the access matrix) ---------------------------------------------------------


@pytest.mark.parametrize(
    "who, status",
    [
        ("anouk", 200),  # a participant of the group: their own answers
        ("bram", 200),
        ("outsider", 404),  # a participant of another group
        ("lotte", 404),  # the group's leader
        ("carla", 404),  # the location's coordinator
        ("utrecht_coordinator", 404),
        ("editor", 404),
    ],
)
def test_only_the_groups_participants_get_the_page(started, client, who, status):
    client.force_login(getattr(started, who))
    assert client.get(start_url(started)).status_code == status


def test_a_participant_sees_only_their_own_answers(started, client):
    window = selectors.group_windows(started.cohort)[Moment.START]
    services.self_assessment_save(user=started.anouk, window=window, **{**GOOD, "self_image": "9"})
    client.force_login(started.bram)
    page = client.get(start_url(started)).content.decode()
    assert "Jouw antwoorden" not in page
    client.force_login(started.anouk)
    page = client.get(start_url(started)).content.decode()
    assert "Jouw antwoorden" in page and "<dd>9</dd>" in page


def test_someone_elses_aftercare_is_a_404(world, client):
    today = timezone.localdate()
    trajectory = Trajectory.objects.create(
        participant=world.anouk,
        location=world.zoetermeer,
        intake_date=today - datetime.timedelta(days=400),
        intake_rung=2,
        aftercare_start=today - datetime.timedelta(days=270),
        aftercare_end=today,
    )
    url = reverse("aftercare_self_assessment", args=[trajectory.pk])
    for person in (world.bram, world.carla, world.lotte):
        client.force_login(person)
        assert client.get(url).status_code == 404
    client.force_login(world.anouk)
    assert client.get(url).status_code == 200
    with pytest.raises(NotPermitted):
        window_for_participant(user=world.bram, moment=Moment.AFTERCARE, owner_id=trajectory.pk)


def test_a_leader_or_coordinator_cannot_open_or_answer_the_page_and_the_report_has_no_mark(
    started, client
):
    window = selectors.group_windows(started.cohort)[Moment.START]
    services.self_assessment_save(user=started.anouk, window=window, **GOOD)
    for person in (started.lotte, started.carla):
        client.force_login(person)
        assert client.get(start_url(started)).status_code == 404
        assert selectors.open_self_assessments(user=person) == []
    # The report shows the location's figures only: one answer is "<5", no mark.
    client.force_login(started.carla)
    page = client.get(reverse("outcome_report")).content.decode()
    assert "Zelfbeoordeling" in page
    assert ">6,0<" not in page and ">6.0<" not in page


# --- The page -----------------------------------------------------------------------------------


def test_the_page_saves_good_answers_and_refuses_bad_ones(started, client):
    client.force_login(started.anouk)
    page = client.get(start_url(started))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Voel je je alleen bij het zoeken naar werk?" in text
    assert 'data-read="zelfbeoordeling-uitleg"' in text
    bad = client.post(start_url(started), {**GOOD, "self_image": "11", "alone": "soms"})
    assert bad.status_code == 400
    assert "Kies een cijfer van 1 tot en met 10." in bad.content.decode()
    assert "Kies ja, een beetje of nee." in bad.content.decode()
    assert not SelfAssessment.objects.exists()
    good = client.post(start_url(started), GOOD)
    assert good.status_code == 302
    saved = SelfAssessment.objects.get(participant=started.anouk)
    assert (saved.self_image, saved.alone, saved.knows_what_i_want, saved.network) == (
        6,
        "somewhat",
        5,
        4,
    )
    again = client.get(start_url(started)).content.decode()
    assert "Antwoorden veranderen" in again
    assert 'data-read="zelfbeoordeling-antwoorden" data-read-private' in again


def test_the_end_page_says_when_it_opens_and_takes_no_answers_yet(started, client):
    client.force_login(started.anouk)
    url = reverse("end_self_assessment", args=[started.cohort.pk])
    page = client.get(url).content.decode()
    assert "Je kunt deze vragen invullen vanaf" in page and 'name="self_image"' not in page
    refused = client.post(url, GOOD)
    assert refused.status_code == 400
    assert "Je kunt deze vragen nog niet invullen." in refused.content.decode()
    assert not SelfAssessment.objects.exists()


def test_the_home_page_shows_an_open_one_until_it_is_answered(started, client):
    client.force_login(started.anouk)
    home = client.get(reverse("home")).content.decode()
    assert "Vier korte vragen" in home and start_url(started) in home
    client.post(start_url(started), GOOD)
    assert "Vier korte vragen" not in client.get(reverse("home")).content.decode()
    client.force_login(started.lotte)
    assert "Vier korte vragen" not in client.get(reverse("home")).content.decode()


# --- The report -----------------------------------------------------------------------------------

D = datetime.date


MID_2025 = D(2025, 6, 1)


def answers(location, moment, marks_and_alone, *, cohort, on=MID_2025):
    """Self-assessments of new participants of `cohort` at `location`."""
    at = timezone.make_aware(datetime.datetime.combine(on, datetime.time(12)))
    for self_image, alone in marks_and_alone:
        SelfAssessment.objects.create(
            participant=UserFactory(roles=["participant"]),
            moment=moment,
            cohort=cohort,
            location=location,
            self_image=self_image,
            alone=alone,
            knows_what_i_want=self_image,
            network=4,
            answered_at=at,
        )


@pytest.fixture
def measured(world):
    """Zoetermeer: 6 at the start (average 5,5; 1 not alone), 6 at the end (7,5; 5 not alone).
    Utrecht: 3 at the start, 5 at the end (4 not alone, 1 alone). Gouda: 5 at the start, 11 at
    the end (6 not alone). One answer outside the period."""
    gouda = LocationFactory(name="Gouda", slug="gouda")
    gouda_cohort = make_cohort(world.programme, location=gouda, name="Gouda 1")
    start = [(5, "yes"), (6, "yes"), (5, "somewhat"), (6, "yes"), (5, "no"), (6, "somewhat")]
    end = [(8, "no"), (7, "no"), (8, "no"), (7, "no"), (8, "no"), (7, "somewhat")]
    answers(world.zoetermeer, "start", start, cohort=world.cohort)
    answers(world.zoetermeer, "end", end, cohort=world.cohort)
    answers(world.utrecht, "start", [(4, "yes")] * 3, cohort=world.other_cohort)
    answers(world.utrecht, "end", [(7, "no")] * 4 + [(6, "yes")], cohort=world.other_cohort)
    answers(gouda, "start", [(6, "no")] * 5, cohort=gouda_cohort)
    answers(gouda, "end", [(9, "no")] * 6 + [(9, "somewhat")] * 5, cohort=gouda_cohort)
    answers(world.zoetermeer, "start", [(1, "yes")], cohort=world.cohort, on=D(2024, 12, 31))
    world.gouda = gouda
    return world


MARK_CELLS = ("self_image", "not_alone", "knows_what_i_want", "network")


def by_label(rows):
    return {row.label: row.cells for row in rows}


END_2025 = D(2025, 12, 31)


def test_before_and_after_per_location_with_small_numbers_hidden(measured):
    w = measured
    rows = by_label(impact_report(locations=[w.gouda, w.utrecht, w.zoetermeer], end=END_2025))
    zoetermeer = rows["Zoetermeer"]
    # 6 answered: the count is shown, but averages and the share only from 10 people on
    assert zoetermeer["start"] == {"count": "6", **dict.fromkeys(MARK_CELLS, NOT_SHOWN)}
    assert zoetermeer["end"] == {"count": "6", **dict.fromkeys(MARK_CELLS, NOT_SHOWN)}
    assert zoetermeer["aftercare"]["count"] == "0"
    # Utrecht's 3 at the start are hidden; and since the others would give them away, the
    # smallest other location at the start (Gouda, 5) is hidden too.
    assert rows["Utrecht"]["start"] == {"count": MASK, **dict.fromkeys(MARK_CELLS, NOT_SHOWN)}
    assert rows["Gouda"]["start"]["count"] == MASK
    assert rows["Utrecht"]["end"]["count"] == "5"
    assert rows["Gouda"]["end"] == {
        "count": "11",
        "self_image": "9,0",
        "not_alone": "55%",  # 6 of 11
        "knows_what_i_want": "9,0",
        "network": "4,0",
    }
    # No total: all locations minus the shown ones would give the hidden ones away.
    assert "Totaal" not in rows


def test_comparing_all_locations_with_one_tells_nothing_about_another(measured):
    """The reviewer's attack: the total of all locations minus one location's figures was the
    small location's answer. With a location hidden or under 10, there is no total."""
    w = measured
    both = by_label(impact_report(locations=[w.gouda, w.utrecht], end=END_2025))
    assert "Totaal" not in both
    gouda = by_label(impact_report(locations=[w.gouda], end=END_2025))
    assert gouda["Totaal"] == gouda["Gouda"]  # one location: its total is itself


def test_the_totals_show_when_no_location_hides_anything(world):
    leiden = LocationFactory(name="Leiden", slug="leiden")
    delft = LocationFactory(name="Delft", slug="delft")
    on = D(2026, 8, 1)
    answers(
        leiden, "end", [(8, "no")] * 10, cohort=make_cohort(world.programme, location=leiden), on=on
    )
    answers(
        delft,
        "end",
        [(6, "no")] * 5 + [(6, "yes")] * 5,
        cohort=make_cohort(world.programme, location=delft),
        on=on,
    )
    rows = by_label(impact_report(locations=[leiden, delft], end=D(2026, 9, 30)))
    assert rows["Totaal"]["end"]["count"] == "20"
    assert rows["Totaal"]["end"]["self_image"] == "7,0"
    assert rows["Totaal"]["end"]["not_alone"] == "75%"  # 15 of 20


def test_the_figures_are_always_of_one_whole_year(measured):
    """A report to 15 May and one to 31 December show the same year: two reports that differ by
    a day cannot single out the person who answered on that day."""
    w = measured
    assert impact_year(D(2025, 5, 15)) == (D(2025, 1, 1), D(2025, 12, 31))
    may = impact_report(locations=[w.zoetermeer], end=D(2025, 5, 15))
    december = impact_report(locations=[w.zoetermeer], end=END_2025)
    assert may == december
    # the answer of 31 December 2024 is in another year
    rows = by_label(impact_report(locations=[w.zoetermeer], end=D(2024, 12, 1)))
    assert rows["Zoetermeer"]["start"]["count"] == MASK


def test_the_csv_has_the_same_masking(measured):
    w = measured
    text = impact_csv(impact_report(locations=[w.utrecht, w.zoetermeer], end=END_2025))
    lines = text.splitlines()
    assert lines[0] == (
        "Locatie;Moment;Ingevuld door (aantal);Zelfbeeld (gemiddeld cijfer);"
        "Voelt zich niet alleen bij het zoeken;Weet wat ik wil (gemiddeld cijfer);"
        "Eigen netwerk (gemiddeld cijfer)"
    )
    assert "Utrecht;Begin van de groep;<5;–;–;–;–" in lines
    assert "Zoetermeer;Einde van de groep;6;–;–;–;–" in lines


def test_the_report_page_and_csv_show_the_figures_to_the_coordinator(measured, client):
    client.force_login(measured.carla)
    query = "?van=2025-06-01&tot=2025-06-30"
    page = client.get(reverse("outcome_report") + query).content.decode()
    assert "Zelfbeoordeling: begin en einde" in page and "Altijd een heel jaar: 2025" in page
    response = client.get(reverse("impact_report_csv") + query)
    assert response.status_code == 200
    assert "Zoetermeer;Einde van de groep;6;–" in response.content.decode("utf-8-sig")
    client.force_login(measured.anouk)
    assert client.get(reverse("impact_report_csv") + query).status_code == 404


# --- Privacy --------------------------------------------------------------------------------------


def test_export_erasure_and_retention(started, settings):
    window = selectors.group_windows(started.cohort)[Moment.START]
    services.self_assessment_save(user=started.anouk, window=window, **GOOD)
    services.self_assessment_save(user=started.bram, window=window, **GOOD)
    entry = personal_data.registered()["courses.SelfAssessment"]
    [row] = entry.export(started.anouk)
    assert row["self_image"] == 6 and row["alone_label"] == "Een beetje"
    assert row["group"] == started.cohort.name
    entry.erase(Erasure(user=started.anouk, names=("Anouk",), email=started.anouk.email))
    assert list(SelfAssessment.objects.values_list("participant", flat=True)) == [started.bram.pk]
    started.cohort.status = "finished"
    started.cohort.finished_on = timezone.localdate() - datetime.timedelta(days=400)
    started.cohort.save()
    assert entry.purge(retention_for()) == 1
    assert not SelfAssessment.objects.exists()


def test_retention_deletes_aftercare_answers_from_before_the_cutoff(world):
    today = timezone.localdate()
    trajectory = Trajectory.objects.create(
        participant=world.anouk,
        location=world.zoetermeer,
        intake_date=today - datetime.timedelta(days=900),
        intake_rung=2,
        aftercare_end=today - datetime.timedelta(days=500),
    )
    for days_ago in (500, 10):
        SelfAssessment.objects.create(
            participant=world.anouk if days_ago == 500 else world.bram,
            moment="aftercare",
            trajectory=trajectory,
            location=world.zoetermeer,
            self_image=7,
            alone="no",
            knows_what_i_want=7,
            network=7,
            answered_at=timezone.now() - datetime.timedelta(days=days_ago),
        )
    entry = personal_data.registered()["courses.SelfAssessment"]
    assert entry.purge(retention_for()) == 1
    assert list(SelfAssessment.objects.values_list("participant", flat=True)) == [world.bram.pk]


def test_a_mark_in_other_digits_is_a_clear_error_not_a_server_error(started, client):
    """'²' and '١' are digits to Python's isdigit(), not to int(): refused like any bad mark."""
    window = selectors.group_windows(started.cohort)[Moment.START]
    for odd in ("²", "١", "５"):
        with pytest.raises(ValidationError):
            services.self_assessment_save(
                user=started.anouk, window=window, **(GOOD | {"self_image": odd})
            )
    assert not SelfAssessment.objects.exists()

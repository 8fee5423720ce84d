import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.groups.services import cohort_schedule_meetings
from courses.models import Attendance, LeaderMessage, Meeting
from tests.courses.conftest import exercise_id
from tests.factories import ALL_EXERCISES, UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db


def test_participant_home_shows_next_meeting_step_homework_progress_and_messages(client, world):
    now = timezone.now()
    cohort_schedule_meetings(cohort=world.cohort, first_starts_at=now - datetime.timedelta(weeks=1))
    LeaderMessage.objects.create(
        cohort=world.cohort, author=world.lotte, text="x", html="<p>Neem je cv mee!</p>"
    )
    client.force_login(world.anouk)
    html = client.get("/").content.decode()
    assert "Volgende bijeenkomst" in html
    meeting_2 = Meeting.objects.get(cohort=world.cohort, step_number=2)
    assert f"/bijeenkomsten/{meeting_2.pk}/" in html  # the join button
    assert "Naar stap 2 in het werkboek" in html
    assert "Nog te doen voor stap 1" in html and "Upload je cv." in html
    assert f'id="progress-{world.cohort.pk}"' in html
    assert "Neem je cv mee!" in html
    assert client.get(f"/bijeenkomsten/{meeting_2.pk}/").status_code == 200
    client.force_login(world.outsider)
    assert client.get(f"/bijeenkomsten/{meeting_2.pk}/").status_code == 404


def test_leader_view_check_in_list_is_a_nudge(client, world):
    now = timezone.now()
    meetings = cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=now - datetime.timedelta(weeks=2, hours=3)
    )
    # Bram came to nothing, Anouk came to everything and did step 1 homework.
    for meeting in meetings:
        Attendance.objects.create(meeting=meeting, user=world.anouk, joined_at=meeting.starts_at)
    client.force_login(world.lotte)
    html = client.get(f"/groepen/{world.cohort.pk}/leiding/").content.decode()
    assert "Even bellen of appen?" in html
    section = html.split("Even bellen of appen?")[1].split("</section>")[0]
    assert "Bram" in section and "3 keer niet bij een bijeenkomst" in section
    anouk_line = section.split("<strong>Anouk</strong>:")[1].split("</li>")[0]
    assert "niet bij een bijeenkomst" not in anouk_line  # she came every time
    assert "2 keer het huiswerk niet af" in anouk_line
    assert "aanwezig" in html and "afwezig" in html


def test_leader_message_reaches_the_participants(client, world):
    client.force_login(world.lotte)
    client.post(f"/groepen/{world.cohort.pk}/berichten/", {"text": "Tot **dinsdag**!"})
    client.force_login(world.anouk)
    assert "Tot <strong>dinsdag</strong>!" in client.get("/").content.decode()
    client.force_login(world.anouk)
    client.post(f"/groepen/{world.cohort.pk}/berichten/", {"text": "ik ben geen leider"})
    assert LeaderMessage.objects.count() == 1


@pytest.fixture
def full_group(db):
    programme = make_programme(
        "vol", steps=7, deepening=ALL_EXERCISES[:2], homework=ALL_EXERCISES[2:]
    )
    participants = UserFactory.create_batch(12)
    leader = UserFactory(roles=["leader"])
    cohort = make_cohort(programme, participants=participants, leaders=[leader])
    meetings = cohort_schedule_meetings(
        cohort=cohort, first_starts_at=timezone.now() - datetime.timedelta(weeks=3)
    )
    for user in participants[:6]:
        for meeting in meetings[:3]:
            Attendance.objects.create(meeting=meeting, user=user, joined_at=meeting.starts_at)
    return cohort, participants, leader


def count_queries(client, url):
    client.get(url)  # warm the content cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_counts_for_a_full_group(client, full_group):
    cohort, participants, leader = full_group
    client.force_login(participants[0])
    home = count_queries(client, "/")
    client.force_login(leader)
    leader_view = count_queries(client, f"/groepen/{cohort.pk}/leiding/")
    # Pinned: they do not grow with the 12 participants or the 7 meetings. One session query and
    # no permission queries for the menu's admin link (a cached flag). 11: one for the online
    # meetings with a buddy, two for the open self-assessments (the groups' meetings, the
    # trajectories; the answers only when one is open).
    assert home <= 11, home
    assert leader_view <= 9, leader_view  # 9: with the register and the room connections
    # Shared answers add a fixed number of queries, not one per answer.
    for user in participants:
        client.force_login(user)
        block = exercise_id(cohort, 1, "reflection")
        client.put(
            f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{block}",
            data={"value": {"text": "gedeeld"}, "sharing": "leaders"},
            content_type="application/json",
        )
    client.force_login(leader)
    with_shared = count_queries(client, f"/groepen/{cohort.pk}/leiding/")
    # the answers, their feedback, and one bulk insert into the privacy log
    assert with_shared - leader_view <= 3


def test_a_finished_groups_card_asks_for_no_homework(client, world):
    from courses.models import Cohort

    cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=timezone.now() - datetime.timedelta(weeks=1)
    )
    client.force_login(world.anouk)
    assert "Nog te doen voor stap 1" in client.get("/").content.decode()  # running: asked
    Cohort.objects.filter(pk=world.cohort.pk).update(status=Cohort.Status.FINISHED)
    html = client.get("/").content.decode()
    card = html.split(f'id="group-{world.cohort.pk}"', 1)[1].split("</section>", 1)[0]
    assert "Huiswerk" not in card and "Nog te doen" not in card and "Naar het huiswerk" not in card
    assert "Groepskanaal" in card  # what a finished group offers instead


def test_the_room_marks_hard_words_in_the_part_text(client, world):
    """The glossary (content.glossary) is shown on tap in the room's part text too."""
    import re

    from content.selectors import edition_step_content
    from content.services import glossary_term_save

    meeting = Meeting.objects.create(cohort=world.cohort, step_number=1, starts_at=timezone.now())
    part = edition_step_content(edition=world.cohort.edition, number=1).parts[0]
    text = re.sub(r"<[^>]+>", " ", str(part.text_html))
    word = next(w for w in re.findall(r"[A-Za-z]{6,}", text))
    glossary_term_save(term=word.lower(), variants="", explanation_nl="Een moeilijk woord.")
    client.force_login(world.anouk)
    html = client.get(f"/bijeenkomsten/{meeting.pk}/").content.decode()
    region = html.split(f'id="part-now-{part.name}"', 1)[1].split("</div>", 1)[0]
    assert 'class="term"' in region and "Een moeilijk woord." in html

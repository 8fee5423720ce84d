"""After the meeting, in the live room: the homework review shows every kind of answer readably,
and the group's memory (agreements, notes) comes back at the next meeting."""

import html as html_lib
import re

import pytest
from asgiref.sync import sync_to_async
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from content.blocks import quiz_seed
from courses.groups.access import cohort_for_member
from courses.models import Answer, Meeting
from courses.workbook.services import answer_save, answer_set_sharing, answer_upload
from live_sessions import schema
from tests.factories import ALL_EXERCISES, LocationFactory, UserFactory, make_cohort, make_programme
from tests.live_sessions.conftest import connect

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def text_of(html: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def group(transactional_db):
    """A group with every kind of exercise as homework of step 1, met for step 2 now."""
    programme = make_programme("nabespreken", steps=2, homework=ALL_EXERCISES)
    leader = UserFactory(roles=["leader"], display_name="Lotte")
    anouk = UserFactory(roles=["participant"], display_name="Anouk")
    bram = UserFactory(roles=["participant"], display_name="Bram")
    cohort = make_cohort(
        programme, location=LocationFactory(), participants=[anouk, bram], leaders=[leader]
    )
    first = Meeting.objects.create(
        cohort=cohort, step_number=1, starts_at=timezone.now() - timezone.timedelta(minutes=10)
    )
    second = Meeting.objects.create(cohort=cohort, step_number=2, starts_at=timezone.now())
    return cohort, leader, anouk, bram, first, second


def _share_every_kind(cohort, anouk) -> dict[str, Answer]:
    """Anouk's homework of step 1, every kind, through the real services, shared with the group."""
    from content.selectors import edition_step_content

    access = cohort_for_member(user=anouk, cohort_id=cohort.pk)
    step = edition_step_content(edition=cohort.edition, number=1)
    homework = {e.type: e for e in step.answerable if e.part == "homework"}
    quiz = homework["quiz"]
    values = {
        "rating_grid": {
            "scores": {"Werk": 4, "Relaties": 8},
            "own": [{"label": "Sport", "score": 6}],
        },
        "list": {"items": {"Werk": ["Kok worden"], "Vrije tijd": ["Zwemmen"]}},
        "choice": {"selected": ["Plannen", "Rekenen"]},
        # the positions Anouk saw of the content's options 0 ("12") and 1 ("Niemand")
        "quiz": quiz.block.to_shown(
            quiz.config,
            {"answers": [0, 1]},
            seed=quiz_seed(user_id=anouk.pk, block_id=quiz.id),
        ),
        "action_plan": {
            "rows": [{"goal": "Cv af", "step": "Vandaag beginnen", "date": "2026-12-01"}]
        },
    }
    answers = {}
    for kind, value in values.items():
        answers[kind] = answer_save(
            access=access,
            user=anouk,
            step_number=1,
            block_id=homework[kind].id,
            value=value,
            sharing="group",
        )
    answer_upload(
        access=access,
        user=anouk,
        step_number=1,
        block_id=homework["upload"].id,
        upload=SimpleUploadedFile("mijn-cv.pdf", PDF, content_type="application/pdf"),
    )
    answers["upload"] = answer_set_sharing(
        access=access, user=anouk, block_id=homework["upload"].id, sharing="group"
    )
    return answers


EXPECTED = {
    "rating_grid": ["Hoe tevreden ben je", "Werk: 4", "Relaties: 8", "Sport: 6"],
    "list": ["Wat wil je nog doen?", "Werk", "Kok worden", "Vrije tijd", "Zwemmen"],
    "choice": ["Wat kun je goed?", "Plannen", "Rekenen"],
    "quiz": [
        "Hoeveel deelnemers heeft een groep hoogstens?: 12",
        "Wie leidt de groep?: Niemand",
        "Score: 50%",
    ],
    "action_plan": ["Wat ga je doen?", "Cv af → Vandaag beginnen (2026-12-01)"],
    "upload": ["Upload je cv.", "mijn-cv.pdf"],
}


async def test_the_homework_review_shows_every_kind_of_answer_readably(group):
    cohort, leader_user, anouk_user, bram_user, _first, second = group
    answers = await sync_to_async(_share_every_kind)(cohort, anouk_user)
    leader = await connect(leader_user, second.pk)
    bram = await connect(bram_user, second.pk)
    await leader.send("session.start")
    await bram.recv_until("session.started")
    await leader.send("block.goto", block="homework_review")
    await bram.recv_until("block.changed")
    for kind, answer in answers.items():
        await leader.send("homework.show", answer=answer.pk)
        shown = await bram.recv_until("homework.shown")
        assert schema.check(shown) == [], shown
        assert shown["answer"] == answer.pk and shown["participant"] == "Anouk"
        assert shown["step"] == 1 and shown["block_type"] == kind and shown["title"]
        text = text_of(shown["html"])
        for expected in EXPECTED[kind]:
            assert expected in text, (kind, text)
        # never the flattened "- key: value" lines of the raw answer
        assert "scores:" not in text and "selected" not in text and "rows" not in text
        if kind == "upload":
            # the name in the html, without a link (a coordinator looking in may not open it);
            # the link for the group's members comes with the event
            assert "href" not in shown["html"]
            assert shown["file_name"] == "mijn-cv.pdf"
            assert shown["file_url"] == reverse("answer_file", args=[answer.pk])
        else:
            assert shown["file_url"] == "" and shown["file_name"] == ""
    await leader.close()
    await bram.close()


async def test_a_shared_upload_opens_for_the_group_but_not_for_others(group, client):
    cohort, leader_user, anouk_user, bram_user, _first, _second = group
    answers = await sync_to_async(_share_every_kind)(cohort, anouk_user)
    url = reverse("answer_file", args=[answers["upload"].pk])
    outsider = await sync_to_async(UserFactory)(roles=["participant"])

    def get_as(user):
        client.force_login(user)
        return client.get(url)

    for member in (bram_user, leader_user, anouk_user):
        response = await sync_to_async(get_as)(member)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert (await sync_to_async(get_as)(outsider)).status_code == 404


async def test_the_groups_memory_comes_back_at_the_next_meeting(group, client):
    cohort, leader_user, anouk_user, _bram, first, second = group
    # This week's meeting now, the next one a week later.
    second.starts_at = timezone.now() + timezone.timedelta(days=7)
    await sync_to_async(second.save)()
    first.starts_at = timezone.now()
    await sync_to_async(first.save)()
    leader = await connect(leader_user, first.pk)
    anouk = await connect(anouk_user, first.pk)
    await leader.send("session.start")
    await anouk.recv_until("session.started")
    await leader.send("note.add", text="Afspraak: iedereen neemt volgende week een **cv** mee.")
    await anouk.recv_until("note.added")
    await leader.send("session.end")
    await anouk.recv_until("session.ended")
    await leader.close()
    await anouk.close()

    def room_page(user, meeting):
        client.force_login(user)
        response = client.get(reverse("meeting_detail", args=[meeting.pk]))
        assert response.status_code == 200
        return response.content.decode()

    # At the second meeting both see it up front, under "Afspraken van vorige keer".
    for user in (anouk_user, leader_user):
        page = await sync_to_async(room_page)(user, second)
        memory = page.split('id="earlier-notes"', 1)[1].split("</section>", 1)[0]
        assert "Afspraken van vorige keer" in memory
        assert "iedereen neemt volgende week een <strong>cv</strong> mee" in memory
        assert "stap 1" in memory
    # In the meeting where it was written it is in the notes, not "from last time".
    page = await sync_to_async(room_page)(anouk_user, first)
    assert 'id="earlier-notes"' not in page
    assert "iedereen neemt volgende week een <strong>cv</strong> mee" in page

"""The vacancy step links the group's vacancy board (issue #19): step 5 of a regular JobGroup and
of iWIN, step 7 of ZZP; not on other steps, not in a volunteer training."""

import pytest
from django.urls import reverse

from courses.groups.selectors import VACANCY_STEP, vacancy_step_of
from tests.factories import UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db

CARD = "Deel een vacature met je groep"


def test_step_5_of_the_regular_jobgroup_links_the_board(client, world):
    programme = make_programme("vac-regular", steps=7)
    anouk = UserFactory(roles=["participant"])
    cohort = make_cohort(programme, location=world.zoetermeer, participants=[anouk])
    client.force_login(anouk)
    board = reverse("vacancy_board", args=[cohort.pk])
    for number in range(1, 8):
        html = client.get(reverse("workbook_step", args=[cohort.pk, number])).content.decode()
        assert (CARD in html) == (number == 5), number
        assert (board in html) == (number == 5), number
    # the board the card leads to opens for the participant
    assert client.get(board).status_code == 200
    # and the group's workbook page links it too
    assert board in client.get(reverse("workbook", args=[cohort.pk])).content.decode()


def test_leaders_see_the_card_too(client, world):
    programme = make_programme("vac-lead", steps=5)
    leader = UserFactory(roles=["leader"])
    cohort = make_cohort(programme, location=world.zoetermeer, leaders=[leader])
    client.force_login(leader)
    html = client.get(reverse("workbook_step", args=[cohort.pk, 5])).content.decode()
    assert CARD in html


@pytest.mark.parametrize(("variant", "step"), [("iwin", 5), ("zzp", 7)])
def test_variants_link_the_board_on_their_vacancy_step(client, world, variant, step):
    programme = make_programme(f"vac-{variant}", steps=10, variant=variant)
    person = UserFactory(roles=["participant"])
    cohort = make_cohort(programme, location=world.zoetermeer, participants=[person])
    assert vacancy_step_of(cohort=cohort) == step == VACANCY_STEP[variant]
    client.force_login(person)
    assert CARD in client.get(reverse("workbook_step", args=[cohort.pk, step])).content.decode()
    other = 6 if step == 5 else 5
    assert (
        CARD not in client.get(reverse("workbook_step", args=[cohort.pk, other])).content.decode()
    )


def test_no_card_in_a_volunteer_training(client, world):
    programme = make_programme(
        "vac-training", steps=5, kind="volunteer_course", variant="buddy_training"
    )
    person = UserFactory(roles=["buddy"])
    cohort = make_cohort(programme, location=world.zoetermeer, participants=[person])
    assert vacancy_step_of(cohort=cohort) is None
    client.force_login(person)
    assert CARD not in client.get(reverse("workbook_step", args=[cohort.pk, 5])).content.decode()
    assert (
        reverse("vacancy_board", args=[cohort.pk])
        not in client.get(reverse("workbook", args=[cohort.pk])).content.decode()
    )


def test_outsiders_do_not_get_the_step_at_all(client, world):
    client.force_login(world.outsider)
    assert client.get(reverse("workbook_step", args=[world.cohort.pk, 1])).status_code == 404

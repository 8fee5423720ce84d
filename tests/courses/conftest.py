import pytest

from accounts import services as account_services
from tests.factories import ALL_EXERCISES, LocationFactory, UserFactory, make_cohort, make_programme


@pytest.fixture
def world(db):
    """One running group with a participant and a leader, plus everyone around it."""
    zoetermeer = LocationFactory(name="Zoetermeer", slug="zoetermeer")
    utrecht = LocationFactory(name="Utrecht", slug="utrecht")
    programme = make_programme(
        "jobgroup-test", steps=3, deepening=ALL_EXERCISES[:2], homework=ALL_EXERCISES[2:]
    )
    anouk = UserFactory(roles=["participant"], display_name="Anouk")
    bram = UserFactory(roles=["participant"], display_name="Bram")
    lotte = UserFactory(roles=["leader"], display_name="Lotte")
    carla = UserFactory(roles=["coordinator"], display_name="Carla")
    account_services.location_add_member(location=zoetermeer, user=carla, is_coordinator=True)
    utrecht_coordinator = UserFactory(roles=["coordinator"], display_name="Ursula")
    account_services.location_add_member(
        location=utrecht, user=utrecht_coordinator, is_coordinator=True
    )
    cohort = make_cohort(
        programme, location=zoetermeer, participants=[anouk, bram], leaders=[lotte]
    )
    outsider = UserFactory(roles=["participant"], display_name="Olaf")
    other_cohort = make_cohort(
        programme, location=utrecht, participants=[outsider], name="Utrecht 1"
    )
    editor = UserFactory(roles=["editor"], display_name="Eva")

    class World:
        pass

    w = World()
    w.__dict__.update(locals())
    return w


def exercise_id(cohort, number, kind):
    from content.selectors import edition_step_content

    step = edition_step_content(edition=cohort.edition, number=number)
    return next(e.id for e in step.exercises if e.type == kind)

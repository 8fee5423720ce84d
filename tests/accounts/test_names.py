"""Names carry no control or direction characters: stripped at every write, and names stored
before are shown (and migrated) stripped."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from accounts.models import User
from accounts.names import clean_name
from accounts.services import user_create_or_update, user_update_profile
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

RLO = "\u202e"  # right-to-left override
BIDI = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
]
OTHER_INVISIBLE = ["\u200b", "\u200d", "\u2060", "\ufeff", "\x00", "\x07", "\x1b", "\u00ad"]
SPOOF = f"Lotte{RLO}redieL"  # reads as "Lotte Leider" to others


@pytest.mark.parametrize("char", BIDI + OTHER_INVISIBLE)
def test_every_direction_and_format_character_is_removed(char):
    assert clean_name(f"An{char}ouk") == "Anouk"


def test_line_breaks_and_tabs_become_one_space_and_letters_stay():
    assert clean_name(" Anouk\t\nde   Vries\u2028") == "Anouk de Vries"
    assert clean_name("Zoë Çelik-Øster 李") == "Zoë Çelik-Øster 李"
    assert clean_name("محمد") == "محمد"  # right-to-left letters themselves are fine
    assert clean_name(None) == ""


def test_services_write_names_clean():
    user = user_create_or_update(email="a@example.org", display_name=SPOOF)
    assert user.display_name == "LotteredieL"
    user_update_profile(user=user, display_name=f"{RLO}Anouk\u2066")
    user.refresh_from_db()
    assert user.display_name == "Anouk"
    with pytest.raises(ValueError):
        user_update_profile(user=user, display_name=f"{RLO}\u200f")


def test_the_api_refuses_a_name_of_only_invisible_characters_and_cleans_others(client):
    user = UserFactory(display_name="Anouk")
    client.force_login(user)
    refused = client.patch(
        "/api/v1/me", data={"display_name": f"{RLO}\u2066"}, content_type="application/json"
    )
    assert refused.status_code == 422
    response = client.patch(
        "/api/v1/me", data={"display_name": SPOOF}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json()["display_name"] == "LotteredieL"
    user.refresh_from_db()
    assert user.display_name == "LotteredieL"


def test_model_forms_clean_names_too():
    """The Wagtail user screens are model forms: they call the model's clean()."""
    user = UserFactory.build(
        email="b@example.org", display_name=SPOOF, first_name=f"Lot{RLO}te", last_name="\u2067X"
    )
    user.full_clean(exclude=["password"])
    assert (user.display_name, user.first_name, user.last_name) == ("LotteredieL", "Lotte", "X")


def test_names_stored_before_are_shown_stripped():
    user = UserFactory(display_name="Anouk")
    User.objects.filter(pk=user.pk).update(display_name=SPOOF)
    user.refresh_from_db()
    assert user.name == "LotteredieL"
    assert str(user) == "LotteredieL"
    User.objects.filter(pk=user.pk).update(display_name="", first_name=f"{RLO}Kim", last_name="")
    user.refresh_from_db()
    assert user.name == "Kim"


def test_the_migration_cleans_stored_names():
    user = UserFactory(display_name="Anouk")
    User.objects.filter(pk=user.pk).update(
        display_name=SPOOF, first_name=f"A{RLO}n", last_name="B\u200fC"
    )
    untouched = UserFactory(display_name="Bram")
    migration = importlib.import_module("accounts.migrations.0003_read_record_and_clean_names")
    migration.clean_stored_names(apps, None)
    user.refresh_from_db()
    assert (user.display_name, user.first_name, user.last_name) == ("LotteredieL", "An", "BC")
    untouched.refresh_from_db()
    assert untouched.display_name == "Bram"


def test_accepting_an_invitation_cleans_the_name(client, django_capture_on_commit_callbacks):
    import re

    from django.core import mail

    from courses.groups.invitations import invitations_create
    from tests.factories import make_cohort, make_programme

    cohort = make_cohort(make_programme(steps=1), name="Groep")
    with django_capture_on_commit_callbacks(execute=True):
        invitations_create(
            cohort=cohort, text="nieuw@example.org", invited_by=None, base_url="http://testserver"
        )
    link = re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", mail.outbox[0].body).group(1)
    refused = client.post(link, {"display_name": f"{RLO}\u2066", "how": "link"})
    assert refused.status_code != 302
    assert not User.objects.filter(email="nieuw@example.org").exists()
    response = client.post(link, {"display_name": SPOOF, "how": "link"})
    assert response.status_code == 302
    assert User.objects.get(email="nieuw@example.org").display_name == "LotteredieL"


def test_an_intake_name_is_written_and_shown_clean(client):
    from courses.trajectories import intake as intakes
    from courses.trajectories.models import Intake
    from tests.factories import LocationFactory, member_of

    location = LocationFactory()
    coordinator = member_of(location, UserFactory(roles=["coordinator"]), coordinator=True)
    intake = intakes.start_intake(by=coordinator, location=location, person_name=SPOOF)
    assert intake.person_name == "LotteredieL"
    Intake.objects.filter(pk=intake.pk).update(person_name=f"Kim{RLO}")  # stored before
    client.force_login(coordinator)
    for url in (reverse("intake_list"), reverse("intake_detail", args=[intake.pk])):
        html = client.get(url).content.decode()
        assert "Kim" in html and RLO not in html, url

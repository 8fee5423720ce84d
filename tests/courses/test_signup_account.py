"""An accepted volunteer gets an account for the trainings (issue #19): "Account maken en
uitnodigen" on the sign-up. The account (buddy role, the sign-up's location), the invitation mail
with a link to choose a password, no duplicate accounts, a clear refusal without e-mail, and the
sign-up's retention unchanged."""

import datetime
import re

import pytest
from django.utils import timezone

from accounts.models import LocationMembership, User
from accounts.roles import Role
from courses.models import SignUp
from courses.privacy.services import retention_purge_all
from courses.signups import services
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def volunteer(world, *, email="henk@example.org", status=SignUp.Status.ACCEPTED, **extra):
    return SignUp.objects.create(
        kind=SignUp.Kind.VOLUNTEER,
        location=world.zoetermeer,
        name="Henk Jansen",
        email=email,
        role=SignUp.Role.BUDDY,
        status=status,
        **extra,
    )


def url(signup):
    return f"/aanmeldingen/{signup.pk}/account/"


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST as in a real request: the mail goes once the transaction commits."""

    def send(path, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data or {})

    return send


def test_the_coordinator_makes_the_account_and_the_volunteer_chooses_a_password(
    client, post, world, mailoutbox
):
    signup = volunteer(world)
    client.force_login(world.carla)
    page = client.get(f"/aanmeldingen/{signup.pk}/").content.decode()
    assert "Account maken en uitnodigen" in page
    response = post(url(signup))
    assert response.status_code == 302

    signup.refresh_from_db()
    henk = signup.user
    assert henk is not None and henk.email == "henk@example.org"
    assert henk.name == "Henk Jansen"
    assert not henk.has_usable_password()
    assert henk.role_assignments.filter(role=Role.BUDDY).exists()
    membership = LocationMembership.objects.get(user=henk)
    assert (membership.location, membership.is_coordinator) == (world.zoetermeer, False)

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["henk@example.org"]
    link = re.search(r"https?://\S+/wachtwoord-nieuw/\S+/", mail.body).group(0)
    assert "/inloggen-met-link/" in mail.body

    # the link lets Henk choose a password, and then he logs in with it
    client.logout()
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    done = client.post(
        set_url, {"new_password1": "Zonnebloem-2026!", "new_password2": "Zonnebloem-2026!"}
    )
    assert done.status_code == 302
    henk.refresh_from_db()
    assert henk.check_password("Zonnebloem-2026!")


def test_twice_makes_no_second_account(client, post, world, mailoutbox):
    signup = volunteer(world)
    client.force_login(world.carla)
    post(url(signup))
    post(url(signup))  # a double click, or "send the invitation again"
    assert User.objects.filter(email__iexact="henk@example.org").count() == 1
    assert len(mailoutbox) == 2  # he never logged in: the invitation goes again
    henk = User.objects.get(email="henk@example.org")
    henk.last_login = timezone.now()
    henk.save()
    post(url(signup))
    assert len(mailoutbox) == 2  # he has logged in: no more invitations
    assert User.objects.filter(email__iexact="henk@example.org").count() == 1


def test_an_existing_account_is_linked_not_duplicated(client, post, world, mailoutbox):
    from accounts import services as account_services

    existing = UserFactory(email="Henk@Example.org", display_name="Henk J.", roles=["participant"])
    existing.last_login = timezone.now()
    existing.save()
    account_services.location_add_member(location=world.zoetermeer, user=existing)
    signup = volunteer(world)
    users = User.objects.count()
    client.force_login(world.carla)
    post(url(signup))
    signup.refresh_from_db()
    assert signup.user == existing
    assert User.objects.count() == users
    assert existing.role_assignments.filter(role=Role.BUDDY).exists()
    assert existing.role_assignments.filter(role=Role.PARTICIPANT).exists()
    assert mailoutbox == []  # they know how to log in


def test_an_account_of_another_location_is_neither_linked_nor_moved(
    client, post, world, mailoutbox
):
    """The address came from a public form: someone of another location must not become a
    member of this one (their data visible to this coordinator) because a stranger typed it."""
    olaf = world.outsider  # a participant in Utrecht
    signup = volunteer(world, email=olaf.email)
    client.force_login(world.carla)
    response = post(url(signup))
    assert response.status_code == 422
    assert str(services.ACCOUNT_ELSEWHERE) in response.content.decode()
    signup.refresh_from_db()
    assert signup.user is None
    assert not LocationMembership.objects.filter(user=olaf, location=world.zoetermeer).exists()
    assert not olaf.role_assignments.filter(role=Role.BUDDY).exists()
    assert mailoutbox == []


def test_a_coordinator_linked_as_volunteer_stays_coordinator(world):
    signup = volunteer(world, email=world.carla.email)
    services.signup_volunteer_account(signup=signup, by=world.carla, base_url="http://x")
    assert LocationMembership.objects.get(
        user=world.carla, location=world.zoetermeer
    ).is_coordinator


def test_without_email_the_coordinator_is_told_an_address_is_needed(
    client, post, world, mailoutbox
):
    signup = volunteer(world, email="", phone="+31612345678")
    users = User.objects.count()
    client.force_login(world.carla)
    response = post(url(signup))
    assert response.status_code == 422
    assert str(services.EMAIL_NEEDED) in response.content.decode()
    assert User.objects.count() == users and mailoutbox == []
    # the coordinator asked for it and types it in
    response = post(url(signup), {"email": "Henk@Example.org"})
    assert response.status_code == 302
    signup.refresh_from_db()
    assert signup.email == "henk@example.org"
    assert signup.user.email == "henk@example.org"
    assert len(mailoutbox) == 1


def test_a_bad_typed_address_is_refused(client, post, world):
    signup = volunteer(world, email="")
    client.force_login(world.carla)
    response = post(url(signup), {"email": "henk@"})
    assert response.status_code == 422
    signup.refresh_from_db()
    assert signup.user is None


@pytest.mark.parametrize("case", ["new", "declined", "job_seeker"])
def test_only_for_an_accepted_volunteer(client, post, world, case):
    if case == "job_seeker":
        signup = volunteer(world)
        SignUp.objects.filter(pk=signup.pk).update(kind=SignUp.Kind.JOB_SEEKER)
    else:
        signup = volunteer(world, status=case)
    client.force_login(world.carla)
    response = post(url(signup))
    assert response.status_code == 422
    assert not User.objects.filter(email="henk@example.org").exists()


@pytest.mark.parametrize("who", ["utrecht_coordinator", "anouk", "lotte"])
def test_others_cannot_make_the_account(client, post, world, who):
    signup = volunteer(world)
    client.force_login(getattr(world, who))
    assert post(url(signup)).status_code == 404
    assert not User.objects.filter(email="henk@example.org").exists()


def test_the_sign_up_still_goes_after_its_retention_and_the_account_stays(client, post, world):
    signup = volunteer(world)
    client.force_login(world.carla)
    post(url(signup))
    henk = User.objects.get(email="henk@example.org")
    SignUp.objects.filter(pk=signup.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=200)
    )
    assert retention_purge_all().get("courses.SignUp") == 1
    assert not SignUp.objects.exists()
    assert User.objects.filter(pk=henk.pk, is_active=True).exists()

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import User
from courses import errors
from courses.groups.invitations import invitation_resend, invitation_withdraw, invitations_create
from courses.models import CohortMembership, Invitation
from tests.factories import (
    TEST_PASSWORD,
    UserFactory,
    make_cohort,
    make_programme,
    member_of,
    shadowed,
)

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


@pytest.fixture
def cohort(db):
    return make_cohort(make_programme(steps=2), name="JobGroup Gouda")


def invite(cohort, text, capture, **kwargs):
    with capture(execute=True):
        return invitations_create(
            cohort=cohort, text=text, invited_by=None, base_url=BASE, **kwargs
        )


def link_from(message) -> str:
    return re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", message.body).group(1)


def test_a_pasted_list_is_invited_once_each(cohort, django_capture_on_commit_callbacks):
    sent, problems = invite(
        cohort,
        "ali@example.org, Bea@Example.org;\nnotanemail\nali@example.org",
        django_capture_on_commit_callbacks,
    )
    assert [i.email for i in sent] == ["ali@example.org", "bea@example.org"]
    assert problems == [str(errors.INVALID_EMAIL % {"email": "notanemail"})]
    assert sorted(m.to[0] for m in mail.outbox) == ["ali@example.org", "bea@example.org"]
    assert "JobGroup Gouda" in mail.outbox[0].subject
    # only a hash is stored: the link in the mail is not in the database
    token = link_from(mail.outbox[0]).split("/")[2]
    assert not Invitation.objects.filter(token_hash=token).exists()


def test_accept_with_a_password_lands_in_the_group(
    client, cohort, django_capture_on_commit_callbacks
):
    invite(cohort, "ali@example.org", django_capture_on_commit_callbacks)
    link = link_from(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == 200 and "JobGroup Gouda" in page.content.decode()
    response = client.post(
        link,
        {
            "display_name": "Ali",
            "how": "password",
            "password1": "een-Sterk-wachtwoord-9",
            "password2": "een-Sterk-wachtwoord-9",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"/groepen/{cohort.pk}/werkboek/"
    user = User.objects.get(email="ali@example.org")
    assert user.check_password("een-Sterk-wachtwoord-9") and user.display_name == "Ali"
    assert CohortMembership.objects.filter(cohort=cohort, user=user, role="participant").exists()
    assert client.get("/").context["user"] == user
    # single use
    client.post("/logout/")
    again = client.get(link)
    assert again.status_code == 410
    assert str(errors.INVITATION_USED) in again.content.decode()


def test_accept_without_a_password_and_log_in_with_a_link(
    client, cohort, django_capture_on_commit_callbacks
):
    invite(cohort, "bea@example.org", django_capture_on_commit_callbacks)
    link = link_from(mail.outbox[0])
    assert client.post(link, {"display_name": "Bea", "how": "link"}).status_code == 302
    user = User.objects.get(email="bea@example.org")
    assert not user.has_usable_password()
    client.post("/logout/")
    mail.outbox.clear()
    client.post("/inloggen-met-link/", {"email": "BEA@example.org"})
    client.post(
        "/inloggen-met-link/", {"email": "nobody@example.org"}
    )  # says the same, sends nothing
    assert len(mail.outbox) == 1
    login_link = re.search(
        r"http://testserver(/inloggen-met-link/[^/\s]+/)", mail.outbox[0].body
    ).group(1)
    assert client.get(login_link).status_code == 200  # a button, not yet logged in
    assert "_auth_user_id" not in client.session
    assert client.post(login_link).status_code == 302
    assert client.get("/").context["user"] == user
    client.post("/logout/")
    assert client.post(login_link).status_code == 400  # used up


def test_expired_and_withdrawn_invitations_are_refused(
    client, cohort, django_capture_on_commit_callbacks
):
    invite(cohort, "ali@example.org\nbea@example.org", django_capture_on_commit_callbacks)
    ali_link, bea_link = (link_from(m) for m in sorted(mail.outbox, key=lambda m: m.to[0]))
    Invitation.objects.filter(email="ali@example.org").update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    invitation_withdraw(invitation=Invitation.objects.get(email="bea@example.org"))
    for link, message in (
        (ali_link, errors.INVITATION_EXPIRED),
        (bea_link, errors.INVITATION_WITHDRAWN),
    ):
        response = client.post(link, {"display_name": "X", "how": "link"})
        assert response.status_code == 410
        assert str(message) in response.content.decode()
    assert not User.objects.filter(email__in=["ali@example.org", "bea@example.org"]).exists()
    assert client.get("/uitnodiging/onzin/").status_code == 410


def test_resend_gives_a_new_link_and_the_old_one_stops(
    client, cohort, django_capture_on_commit_callbacks
):
    invite(cohort, "ali@example.org", django_capture_on_commit_callbacks)
    old = link_from(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        invitation_resend(invitation=Invitation.objects.get(), base_url=BASE)
    new = link_from(mail.outbox[1])
    assert old != new
    assert client.get(old).status_code == 410
    assert client.get(new).status_code == 200


def test_accepting_when_the_group_is_full_fails_clearly(
    client, cohort, django_capture_on_commit_callbacks
):
    invite(cohort, "ali@example.org", django_capture_on_commit_callbacks)
    link = link_from(mail.outbox[0])
    for user in UserFactory.create_batch(12):
        CohortMembership.objects.create(cohort=cohort, user=user, role="participant")
    response = client.post(link, {"display_name": "Ali", "how": "link"})
    assert response.status_code == 409
    assert "Deze groep is vol" in response.content.decode()
    assert not User.objects.filter(email="ali@example.org").exists()  # nothing changed
    assert Invitation.objects.get().accepted_at is None


def test_existing_account_accepts_after_logging_in(
    client, cohort, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="ali@example.org")
    invite(cohort, "ali@example.org", django_capture_on_commit_callbacks)
    link = link_from(mail.outbox[0])
    refused = client.post(link, {"display_name": "Ali", "how": "link"})
    assert str(errors.INVITATION_EXISTING_ACCOUNT) in refused.content.decode()
    client.force_login(UserFactory())  # someone else
    assert str(errors.INVITATION_OTHER_ACCOUNT) in client.post(link).content.decode()
    client.force_login(existing)
    assert client.post(link).status_code == 302
    assert cohort.memberships.filter(user=existing).exists()


def test_password_rules_apply(client, cohort, django_capture_on_commit_callbacks):
    invite(cohort, "ali@example.org", django_capture_on_commit_callbacks)
    link = link_from(mail.outbox[0])
    response = client.post(
        link, {"display_name": "Ali", "how": "password", "password1": "123", "password2": "123"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    assert not User.objects.filter(email="ali@example.org").exists()
    assert TEST_PASSWORD


def test_only_a_certified_volunteer_with_a_vog_accepts_a_leader_invitation(
    client, cohort, django_capture_on_commit_callbacks
):
    """Checked when inviting (see the coordinator admin tests) and again when accepting: a VOG
    may have expired or been removed in between."""
    import datetime

    from courses.volunteers.models import Certificate, ConductCertificate

    volunteer = UserFactory(email="lotte@example.org", display_name="Lotte")
    member_of(cohort.location, volunteer)  # leaders are looked up at the group's location only
    today = timezone.localdate()
    Certificate.objects.create(
        user=volunteer,
        role="leader",
        programme=cohort.programme,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
        verification_code="ABCDEFGH23",
    )
    vog = ConductCertificate.objects.create(user=volunteer, issued_on=today, checked_on=today)
    shadowed(volunteer)
    sent, problems = invite(
        cohort, "lotte@example.org", django_capture_on_commit_callbacks, role="leader"
    )
    assert len(sent) == 1 and problems == []
    link = link_from(mail.outbox[0])
    vog.delete()
    client.force_login(volunteer)
    refused = client.post(link)
    assert refused.status_code == 409
    assert "geen geldige VOG" in refused.content.decode()
    assert not cohort.memberships.filter(user=volunteer).exists()
    ConductCertificate.objects.create(user=volunteer, issued_on=today, checked_on=today)
    assert client.post(link).status_code == 302
    assert cohort.memberships.get(user=volunteer).role == "leader"

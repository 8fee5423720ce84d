"""Login-link and password-reset mails are limited per address asked for and per client address
(mail bombing). Beyond the limit the page answers exactly as before, but nothing is sent."""

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def ask(client, which, email):
    url = {
        "login link": reverse("login_link_request"),
        "password reset": reverse("password_reset"),
        "admin password reset": reverse("wagtailadmin_password_reset"),
    }[which]
    response = client.post(url, {"email": email}, follow=True)
    assert response.status_code == 200
    return response


WHICH = ["login link", "password reset", "admin password reset"]


@pytest.mark.parametrize("which", WHICH)
@override_settings(LOGIN_MAIL_MAX_PER_ADDRESS=3, LOGIN_MAIL_MAX_PER_CLIENT=50)
def test_at_most_three_mails_per_address(client, participant, which):
    answers = [ask(Client(REMOTE_ADDR=f"192.0.2.{n}"), which, participant.email) for n in range(5)]
    assert len(mail.outbox) == 3
    assert {m.to[0] for m in mail.outbox} == {participant.email}
    # The fourth and fifth answer say exactly what the first did.
    first = answers[0]
    for later in answers[3:]:
        assert later.redirect_chain == first.redirect_chain
        assert [str(m) for m in later.context["messages"]] == [
            str(m) for m in first.context["messages"]
        ]


@pytest.mark.parametrize("which", WHICH)
@override_settings(LOGIN_MAIL_MAX_PER_ADDRESS=3, LOGIN_MAIL_MAX_PER_CLIENT=2)
def test_at_most_so_many_mails_per_client_address(client, which):
    people = UserFactory.create_batch(4)
    for person in people:
        ask(client, which, person.email)
    assert [m.to[0] for m in mail.outbox] == [people[0].email, people[1].email]
    # Another client address is not held back.
    ask(Client(REMOTE_ADDR="192.0.2.99"), which, people[3].email)
    assert mail.outbox[-1].to == [people[3].email]


@override_settings(LOGIN_MAIL_MAX_PER_ADDRESS=2, LOGIN_MAIL_MAX_PER_CLIENT=50)
def test_unknown_addresses_use_up_their_count_the_same_way(client, participant):
    """So the limit itself reveals nothing about who has an account."""
    known = [ask(client, "login link", participant.email) for _ in range(3)]
    unknown = [ask(client, "login link", "nobody@example.org") for _ in range(3)]
    assert len(mail.outbox) == 2
    for a, b in zip(known, unknown, strict=True):
        assert a.redirect_chain == b.redirect_chain
        assert [str(m) for m in a.context["messages"]] == [str(m) for m in b.context["messages"]]


@override_settings(LOGIN_MAIL_MAX_PER_ADDRESS=1, LOGIN_MAIL_MAX_PER_CLIENT=50)
def test_login_links_and_resets_are_counted_apart(client, participant):
    ask(client, "login link", participant.email)
    ask(client, "password reset", participant.email)
    ask(client, "login link", participant.email)
    assert len(mail.outbox) == 2


@override_settings(LOGIN_MAIL_MAX_PER_ADDRESS=1, LOGIN_MAIL_MAX_PER_CLIENT=1)
def test_a_forwarded_for_header_does_not_give_more_mails(client):
    people = UserFactory.create_batch(3)
    for n, person in enumerate(people):
        ask(Client(HTTP_X_FORWARDED_FOR=f"203.0.113.{n}"), "password reset", person.email)
    assert len(mail.outbox) == 1

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError

from accounts.models import User


def test_custom_user_model_is_active():
    assert get_user_model() is User
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(User, "username") or User.username is None


@pytest.mark.django_db
def test_email_is_the_login_and_case_does_not_matter():
    User.objects.create_user("Anouk@Example.org", "geheim-wachtwoord-1")
    user = User.objects.get()
    assert user.email == "anouk@example.org"
    assert authenticate(username="ANOUK@example.org", password="geheim-wachtwoord-1") == user
    assert authenticate(username="anouk@example.org", password="wrong") is None


@pytest.mark.django_db
def test_email_is_unique():
    User.objects.create_user("a@example.org", "x")
    with pytest.raises(IntegrityError):
        User.objects.create_user("a@example.org", "y")


@pytest.mark.django_db
def test_name_falls_back_to_email_local_part():
    user = User.objects.create_user("jan.jansen@example.org", "x")
    assert user.name == "jan.jansen"
    user.display_name = "Jan"
    assert str(user) == "Jan"
    assert user.preferred_language == "nl"

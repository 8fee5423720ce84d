"""Factories for the tests (factory_boy). They go through the real models."""

import factory

from accounts.models import Location, User
from accounts.roles import Role
from accounts.services import location_add_member, user_grant_role

TEST_PASSWORD = "a-Long-test-password-42"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Persoon {n}")
    password = factory.django.Password(TEST_PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or []:
            user_grant_role(user=self, role=Role(role))


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Plaats {n}")
    slug = factory.Sequence(lambda n: f"plaats-{n}")


def member_of(location: Location, user: User, *, coordinator: bool = False) -> User:
    location_add_member(location=location, user=user, is_coordinator=coordinator)
    return user

import pytest
from django.contrib.auth.models import Group

from accounts import services
from accounts.access import user_has_role, user_may_use_admin
from accounts.models import Location, RoleAssignment
from accounts.roles import Role
from accounts.selectors import user_locations, user_roles
from tests.factories import LocationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_roles_are_granted_once_and_listed_in_fixed_order():
    user = UserFactory()
    services.user_grant_role(user=user, role=Role.LEADER)
    services.user_grant_role(user=user, role=Role.BUDDY)
    services.user_grant_role(user=user, role=Role.LEADER)
    assert RoleAssignment.objects.filter(user=user).count() == 2
    assert user_roles(user=user) == ["buddy", "leader"]
    assert user_has_role(user=user, role=Role.BUDDY)
    assert not user_has_role(user=user, role=Role.COORDINATOR)


@pytest.mark.parametrize(
    ("role", "may_use_admin"),
    [
        (Role.PARTICIPANT, False),
        (Role.BUDDY, False),
        (Role.LEADER, False),
        (Role.COORDINATOR, True),
        (Role.EDITOR, True),
        (Role.ADMIN, True),
    ],
)
def test_only_office_roles_reach_the_wagtail_admin(role, may_use_admin):
    user = UserFactory(roles=[role])
    user = type(user).objects.get(pk=user.pk)  # fresh permission cache
    assert user_may_use_admin(user=user) is may_use_admin


def test_editor_joins_wagtail_editors_group():
    user = UserFactory(roles=[Role.EDITOR])
    assert user.groups.filter(name=services.EDITORS_GROUP).exists()
    assert (
        Group.objects.get(name=services.EDITORS_GROUP)
        .permissions.filter(codename="access_admin")
        .exists()
    )


def test_admin_role_makes_superuser():
    user = UserFactory(roles=[Role.ADMIN])
    user.refresh_from_db()
    assert user.is_superuser and user.is_staff


def test_locations_with_coordinators():
    zoetermeer = services.location_create_or_update(name="Zoetermeer", slug="zoetermeer")
    utrecht = LocationFactory(name="Utrecht", slug="utrecht")
    carla = UserFactory(roles=[Role.COORDINATOR])
    services.location_add_member(location=zoetermeer, user=carla, is_coordinator=True)
    services.location_add_member(location=utrecht, user=carla)
    assert user_locations(user=carla) == [
        {"slug": "utrecht", "name": "Utrecht", "is_coordinator": False},
        {"slug": "zoetermeer", "name": "Zoetermeer", "is_coordinator": True},
    ]
    # Adding again updates, never duplicates.
    services.location_add_member(location=utrecht, user=carla, is_coordinator=True)
    assert carla.location_memberships.count() == 2
    assert Location.objects.get(slug="utrecht").memberships.get().is_coordinator


def test_user_create_or_update_is_idempotent():
    first = services.user_create_or_update(email="X@Example.org", display_name="X", password="pw")
    again = services.user_create_or_update(
        email="x@example.org", display_name="Xander", password="pw"
    )
    assert first.pk == again.pk
    again.refresh_from_db()
    assert again.display_name == "Xander"
    assert again.check_password("pw")


def test_update_profile_refuses_unknown_language_and_blank_name():
    user = UserFactory()
    with pytest.raises(ValueError):
        services.user_update_profile(user=user, preferred_language="fr")
    with pytest.raises(ValueError):
        services.user_update_profile(user=user, display_name="   ")
    user.refresh_from_db()
    assert user.preferred_language == "nl"

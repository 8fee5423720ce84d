"""The menu's link to the admin comes from a cached per-user flag (accounts.access
.user_sees_admin_link) instead of two permission queries per page; whatever changes who may use
the admin forgets the flag at once."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import services
from accounts.access import user_sees_admin_link
from accounts.roles import Role
from accounts.services import COORDINATORS_GROUP, EDITORS_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADMIN_HREF = 'href="/admin/"'


def shows_admin_link(client, user) -> bool:
    client.force_login(user)
    return ADMIN_HREF in client.get("/").content.decode()


def permission_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return sum("auth_permission" in q["sql"] for q in queries.captured_queries)


def test_office_roles_see_the_link_and_participants_do_not(client):
    assert shows_admin_link(client, UserFactory(roles=[Role.EDITOR]))
    assert shows_admin_link(client, UserFactory(roles=[Role.COORDINATOR]))
    assert shows_admin_link(client, UserFactory(roles=[Role.ADMIN]))
    assert not shows_admin_link(client, UserFactory(roles=[Role.PARTICIPANT]))
    assert not shows_admin_link(client, UserFactory(roles=[Role.LEADER]))


def test_the_flag_is_computed_once_per_user_not_per_page(client):
    for user in (UserFactory(roles=[Role.EDITOR]), UserFactory(roles=[Role.PARTICIPANT])):
        client.force_login(user)
        client.get("/")  # computes and caches the flag
        assert permission_queries(client) == 0


def test_leaving_the_editors_group_removes_the_link_at_once(client):
    editor = UserFactory(roles=[Role.EDITOR])
    assert shows_admin_link(client, editor)
    editor.groups.remove(Group.objects.get(name=EDITORS_GROUP))
    assert not shows_admin_link(client, editor)
    # and from the group's side (the admin's group screen)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    assert shows_admin_link(client, editor)
    Group.objects.get(name=EDITORS_GROUP).user_set.clear()
    assert not shows_admin_link(client, editor)


def test_a_group_losing_the_admin_permission_loses_the_link_for_its_members(client):
    coordinator = UserFactory(roles=[Role.COORDINATOR])
    assert shows_admin_link(client, coordinator)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    Group.objects.get(name=COORDINATORS_GROUP).permissions.remove(access_admin)
    assert not shows_admin_link(client, coordinator)
    access_admin.group_set.add(Group.objects.get(name=COORDINATORS_GROUP))
    assert shows_admin_link(client, coordinator)
    Group.objects.get(name=COORDINATORS_GROUP).delete()
    assert not shows_admin_link(client, coordinator)


def test_a_permission_given_to_the_person_directly_counts_too(client):
    user = UserFactory(roles=[Role.PARTICIPANT])
    assert not shows_admin_link(client, user)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    user.user_permissions.add(access_admin)
    assert shows_admin_link(client, user)
    user.user_permissions.remove(access_admin)
    assert not shows_admin_link(client, user)


def test_superuser_and_inactive_are_read_from_the_user_row_not_the_cache():
    user = UserFactory(roles=[Role.EDITOR])
    assert user_sees_admin_link(user=user)  # cached: True
    user.is_active = False
    assert not user_sees_admin_link(user=user)
    plain = UserFactory(roles=[Role.PARTICIPANT])
    assert not user_sees_admin_link(user=plain)  # cached: False
    services.user_grant_role(user=plain, role=Role.ADMIN)  # superuser on the row
    assert user_sees_admin_link(user=plain)

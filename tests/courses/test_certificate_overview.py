"""The coordinator's overview of certificates and VOGs per location, with links to act, and the
issue and revoke pages linked from the group page in the admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from accounts.services import user_grant_role
from courses.volunteers import services as certification
from courses.volunteers.models import Certificate, ConductCertificate
from tests.courses import test_certificate_admin
from tests.factories import UserFactory, member_of

pytestmark = pytest.mark.django_db
course = test_certificate_admin.course  # the same fixture: a leader training at Zoetermeer
TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)
_codes = iter(range(10**6))


def certificate(user, programme, *, valid_until, revoked=False, role="leader"):
    return Certificate.objects.create(
        user=user,
        role=role,
        programme=programme,
        issued_on=valid_until - 700 * DAY,
        valid_until=valid_until,
        verification_code=f"OV{next(_codes):06d}",  # 10 characters at most (PostgreSQL enforces it)
        revoked_at=timezone.now() if revoked else None,
    )


@pytest.fixture
def scene(course):
    z, p = course.zoetermeer, course.programme
    people = {
        name: member_of(z, UserFactory(display_name=name, roles=["leader"]))
        for name in ("Dirk", "Lena", "Rik", "Vera", "Sam", "Nina")
    }
    certificate(people["Dirk"], p, valid_until=TODAY + 30 * DAY)  # due
    certificate(people["Lena"], p, valid_until=TODAY - 10 * DAY)  # lapsed
    certificate(people["Rik"], p, valid_until=TODAY - 10 * DAY)  # lapsed, but renewed:
    certificate(people["Rik"], p, valid_until=TODAY + 700 * DAY)
    certificate(people["Vera"], p, valid_until=TODAY + 300 * DAY, revoked=True)  # revoked
    certificate(people["Sam"], p, valid_until=TODAY + 700 * DAY)  # fine
    for name in ("Dirk", "Lena", "Rik", "Vera", "Sam"):
        ConductCertificate.objects.create(
            user=people[name], issued_on=TODAY - 30 * DAY, checked_on=TODAY
        )
    # Nina: a leader without a VOG. Jan: a job seeker (needs no VOG). Olaf: another location.
    member_of(z, UserFactory(display_name="Jan", roles=["participant"]))
    olaf = member_of(course.utrecht, UserFactory(display_name="Olaf", roles=["leader"]))
    certificate(olaf, p, valid_until=TODAY - 5 * DAY)
    course.people = people
    course.olaf = olaf
    return course


def names(rows):
    return sorted(
        getattr(r, "user", None) and r.user.display_name or r.person.display_name for r in rows
    )


def test_the_overview_lists_due_lapsed_revoked_and_missing_vogs_of_ones_locations(scene):
    [zoetermeer] = certification.certificate_overview(user=scene.carla)
    assert zoetermeer.location == scene.zoetermeer
    assert names(zoetermeer.due) == ["Dirk"]
    assert names(zoetermeer.lapsed) == ["Lena"]  # Rik renewed
    assert names(zoetermeer.revoked) == ["Vera"]
    assert names(zoetermeer.without_vog) == ["Nina"]  # not Jan, a job seeker
    [utrecht] = certification.certificate_overview(user=scene.ursula)
    assert names(utrecht.lapsed) == ["Olaf"] and not utrecht.due


def test_the_page_links_to_act_and_is_for_coordinators_only(scene, client):
    client.force_login(scene.carla)
    page = client.get(reverse("certificate_overview"))
    assert page.status_code == 200
    html = page.content.decode()
    lena = Certificate.objects.get(user=scene.people["Lena"])
    assert reverse("certificate_manage", args=[lena.pk]) in html
    assert f"{reverse('vog')}?person={scene.people['Nina'].pk}" in html
    assert "Olaf" not in html
    # the VOG link preselects the person
    vog = client.get(f"{reverse('vog')}?person={scene.people['Nina'].pk}")
    assert vog.context["form"]["person"].value() == str(scene.people["Nina"].pk)
    client.force_login(scene.anna)
    assert client.get(reverse("certificate_overview")).status_code == 404


def test_the_group_page_links_to_the_issue_and_revoke_pages(scene, client):
    user_grant_role(user=scene.carla, role=Role.COORDINATOR)  # the admin needs the role
    issued = certificate(scene.anna, scene.programme, valid_until=TODAY + 700 * DAY)
    Certificate.objects.filter(pk=issued.pk).update(cohort=scene.cohort)
    client.force_login(scene.carla)
    html = client.get(reverse("courses_admin_group", args=[scene.cohort.pk])).content.decode()
    assert reverse("cohort_certificates", args=[scene.cohort.pk]) in html
    assert reverse("certificate_manage", args=[issued.pk]) in html
    assert reverse("certificate_overview") in html
    admin_home = client.get(reverse("courses_admin_groups")).content.decode()
    assert reverse("certificate_overview") in admin_home


def test_the_national_office_sees_every_location(scene, client):
    office = UserFactory(roles=["admin"], display_name="Landelijk bureau")  # no location of its own
    rows = certification.certificate_overview(user=office, today=TODAY)
    assert [row.location for row in rows] == sorted(
        [scene.utrecht, scene.zoetermeer], key=lambda location: location.name
    )
    by_location = {row.location: row for row in rows}
    assert names(by_location[scene.zoetermeer].lapsed) == ["Lena"]
    assert names(by_location[scene.utrecht].lapsed) == ["Olaf"]
    client.force_login(office)
    page = client.get(reverse("certificate_overview"))
    assert page.status_code == 200
    assert "Olaf" in page.content.decode() and "Lena" in page.content.decode()

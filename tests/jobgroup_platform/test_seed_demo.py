import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from accounts.models import Location, LocationMembership, RoleAssignment, User
from accounts.selectors import user_roles
from jobgroup_platform.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

DEMO_LOGINS = [
    "coordinator@demo.jobgroup.nl",
    "redacteur@demo.jobgroup.nl",
    "redacteur2@demo.jobgroup.nl",
    "leider@demo.jobgroup.nl",
    "maatje@demo.jobgroup.nl",
    *[f"deelnemer{n}@demo.jobgroup.nl" for n in range(1, 9)],
]


def seed(**kwargs):
    from io import StringIO

    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=out, **kwargs)
    return out.getvalue()


def test_creates_the_demo_logins_with_password_demo():
    output = seed()
    for email in DEMO_LOGINS:
        user = User.objects.get(email=email)
        assert user.check_password(DEMO_PASSWORD)
        assert email in output  # the logins are printed
    assert user_roles(user=User.objects.get(email="leider@demo.jobgroup.nl")) == ["leader"]
    assert user_roles(user=User.objects.get(email="deelnemer3@demo.jobgroup.nl")) == ["participant"]
    zoetermeer = Location.objects.get(name="Zoetermeer")
    coordinator = User.objects.get(email="coordinator@demo.jobgroup.nl")
    assert zoetermeer.memberships.get(user=coordinator).is_coordinator
    assert zoetermeer.memberships.filter(user__email__startswith="deelnemer").count() == 8


def test_is_idempotent_and_deterministic():
    seed()
    counts = (
        User.objects.count(),
        RoleAssignment.objects.count(),
        Location.objects.count(),
        LocationMembership.objects.count(),
    )
    names = list(User.objects.order_by("email").values_list("email", "display_name"))
    seed()
    assert counts == (
        User.objects.count(),
        RoleAssignment.objects.count(),
        Location.objects.count(),
        LocationMembership.objects.count(),
    )
    assert names == list(User.objects.order_by("email").values_list("email", "display_name"))


def test_refuses_with_debug_off_unless_forced():
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert not User.objects.exists()
    with override_settings(DEBUG=False):
        call_command("seed_demo", "--force", stdout=__import__("io").StringIO())
    assert User.objects.filter(email__in=DEMO_LOGINS).count() == len(DEMO_LOGINS)


def test_creates_a_running_regular_jobgroup_in_zoetermeer():
    from courses.models import Cohort

    seed()
    cohort = Cohort.objects.get()
    assert cohort.status == "running"
    assert cohort.location.name == "Zoetermeer"
    assert cohort.programme.variant == "regular"
    assert cohort.edition.number == 1
    members = dict(cohort.memberships.values_list("user__email", "role"))
    assert members["leider@demo.jobgroup.nl"] == "leader"
    participants = [e for e in DEMO_LOGINS if e.startswith("deelnemer")]
    assert sorted(e for e, r in members.items() if r == "participant") == sorted(participants)
    seed()
    assert Cohort.objects.count() == 1


def test_demo_leader_and_buddy_pass_the_gates():
    from courses.volunteers.services import buddy_gate, leader_gate

    seed()
    seed()
    assert leader_gate(user=User.objects.get(email="leider@demo.jobgroup.nl")) is None
    assert buddy_gate(user=User.objects.get(email="maatje@demo.jobgroup.nl")) is None
    assert leader_gate(
        user=User.objects.get(email="maatje@demo.jobgroup.nl")
    )  # a buddy, not a leader

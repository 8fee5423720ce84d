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
    cohort = Cohort.objects.get(name="JobGroup Zoetermeer – najaar 2026")
    assert cohort.status == "running"
    assert cohort.mode == "online"
    assert cohort.location.name == "Zoetermeer"
    assert cohort.programme.variant == "regular"
    assert cohort.edition.number == 1
    members = dict(cohort.memberships.values_list("user__email", "role"))
    assert members["leider@demo.jobgroup.nl"] == "leader"
    participants = [e for e in DEMO_LOGINS if e.startswith("deelnemer")]
    assert sorted(e for e, r in members.items() if r == "participant") == sorted(participants)
    seed()
    # and the hybrid group and the finished spring group (self-assessment)
    assert Cohort.objects.filter(programme__kind="jobgroup").count() == 3


def test_creates_a_hybrid_group_whose_on_site_meeting_has_a_filled_register():
    from courses.groups.selectors import meeting_attendance
    from courses.models import Cohort, Meeting

    seed()
    seed()  # idempotent: still one register row per person
    cohort = Cohort.objects.get(mode="hybrid")
    assert cohort.location.address.startswith("Bibliotheek Forum")
    assert cohort.memberships.filter(role="leader").get().user.email == "leider2@demo.jobgroup.nl"
    first, second = Meeting.objects.filter(cohort=cohort).order_by("step_number")[:2]
    assert first.status == second.status == "ended"
    rows = {p.user.display_name: (p.status, p.source) for p in meeting_attendance(meeting=first)}
    assert rows == {
        "Ilse": ("present", "register"),
        "Jamal": ("present", "register"),
        "Kees": ("late", "register"),
        "Lina": ("excused", "register"),
        "Mo": ("absent", "register"),
        "Noor": ("present", "check_in"),
        "Samira": ("present", "register"),  # no e-mail: she signs in with her login card
    }
    second_rows = {p.user.display_name: p for p in meeting_attendance(meeting=second)}
    assert second_rows["Mo"].status == "excused" and second_rows["Mo"].reason
    assert (second_rows["Ilse"].status, second_rows["Ilse"].source) == ("present", "room")
    assert second_rows["Kees"].status == "unknown"  # the leader has not finished this one


def test_demo_leader_and_buddy_pass_the_gates():
    from courses.volunteers.services import buddy_gate, leader_gate

    seed()
    seed()
    assert leader_gate(user=User.objects.get(email="leider@demo.jobgroup.nl")) is None
    assert leader_gate(user=User.objects.get(email="leider2@demo.jobgroup.nl")) is None
    assert buddy_gate(user=User.objects.get(email="maatje@demo.jobgroup.nl")) is None
    assert leader_gate(
        user=User.objects.get(email="maatje@demo.jobgroup.nl")
    )  # a buddy, not a leader


def test_the_demo_trainer_runs_national_trainings_with_ratings():
    from accounts.access import is_national_office
    from courses.models import Cohort, Meeting
    from courses.trainings.selectors import ratings_overview
    from courses.volunteers.services import trainer_gate

    seed()
    seed()
    trainer = User.objects.get(email="trainer@demo.jobgroup.nl")
    assert trainer.check_password(DEMO_PASSWORD)
    assert user_roles(user=trainer) == ["trainer"] and trainer_gate(user=trainer) is None
    trainings = Cohort.objects.filter(programme__kind="volunteer_course")
    assert trainings.count() == 2
    for training in trainings:
        assert training.memberships.get(role="leader").user == trainer
        assert training.location.slug == "landelijk"
        locations = set(
            training.memberships.filter(role="participant").values_list(
                "user__locations__slug", flat=True
            )
        )
        assert locations == {"zoetermeer", "utrecht"}  # volunteers of two locations
    # nobody of them was moved to the national location
    assert not LocationMembership.objects.filter(location__slug="landelijk").exists()
    upcoming = trainings.get(status="running")
    assert upcoming.meetings.filter(step_number=1, status=Meeting.Status.PLANNED).exists()
    (row,) = ratings_overview().trainings
    assert row.figures.count == 5 and row.figures.lowest == 7 and row.trainers == ["Tineke Trainer"]
    assert not is_national_office(user=User.objects.get(email="coordinator@demo.jobgroup.nl"))


def test_prints_the_url_of_the_meeting_to_join_now():
    from django.urls import reverse

    from courses.models import Meeting

    output = seed()
    meeting = Meeting.objects.get(cohort__name="JobGroup Zoetermeer – najaar 2026", step_number=4)
    assert f"http://127.0.0.1:8000{reverse('meeting_detail', args=[meeting.pk])}" in output


def test_each_demo_leader_shadowed_the_other_and_a_guest_link_is_printed(client):
    import re

    from courses.models import GuestInvite, Meeting, Shadowing

    seed()
    output = seed()
    leider = User.objects.get(email="leider@demo.jobgroup.nl")
    leider2 = User.objects.get(email="leider2@demo.jobgroup.nl")
    shadowing = Shadowing.objects.get(volunteer=leider)
    assert shadowing.recorded_by == leider2
    assert shadowing.meeting.cohort.memberships.filter(user=leider2, role="leader").exists()
    assert Shadowing.objects.get(volunteer=leider2).recorded_by == leider
    meeting = Meeting.objects.get(cohort__name="JobGroup Zoetermeer – najaar 2026", step_number=4)
    assert GuestInvite.objects.filter(meeting=meeting).count() == 1  # idempotent
    link = re.search(r"http://127\.0\.0\.1:8000(/gast/[^/\s]+/)", output).group(1)
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == f"/bijeenkomsten/{meeting.pk}/"
    assert GuestInvite.objects.get(meeting=meeting).user.display_name == "Ahmed (ondernemer)"


def test_the_demo_participant_without_email_signs_in_with_her_card():
    from accounts import cards
    from accounts.models import LoginCard
    from courses.models import Cohort
    from jobgroup_platform.demo import DEMO_CARD_CODE, DEMO_CARD_PICTURES

    output = seed()
    seed()  # idempotent: the same person, card and code
    card = LoginCard.objects.select_related("user").get(user__display_name="Samira")
    assert not card.user.has_email and card.user.phone == "+31612345678"
    assert User.objects.filter(display_name="Samira").count() == 1
    assert Cohort.objects.get(mode="hybrid").memberships.filter(user=card.user).exists()
    assert f"?kaart={card.card_id}" in output and "PARK 4679" in output
    check = cards.card_check(
        card_id=card.card_id, code=DEMO_CARD_CODE, pictures=DEMO_CARD_PICTURES, client_ip="1.2.3.4"
    )
    assert check.card == card and not check.choose_pictures


def test_the_demo_shows_referrals_and_a_whole_path_once(client):
    from django.urls import reverse

    from courses.trajectories.models import Referral, Trajectory
    from courses.volunteers.models import BuddyMatch

    seed()
    seed()  # idempotent: still one trajectory, two referrals, one buddy match
    ilse = User.objects.get(email="hybride1@demo.jobgroup.nl")
    (trajectory,) = Trajectory.objects.filter(participant=ilse)
    referrals = list(trajectory.referrals.order_by("referred_on", "pk"))
    assert [(r.partner_kind, r.outcome) for r in referrals] == [
        (Referral.PartnerKind.DEBT_HELP, Referral.Outcome.STARTED),
        (Referral.PartnerKind.LANGUAGE_COURSE, Referral.Outcome.OPEN),
    ]
    assert BuddyMatch.objects.filter(participant=ilse).count() == 1
    client.force_login(User.objects.get(email="coordinator@demo.jobgroup.nl"))
    detail = client.get(reverse("trajectory_detail", args=[trajectory.pk])).content.decode()
    path_url = reverse("participant_path", args=[ilse.pk])
    assert path_url in detail
    page = client.get(path_url).content.decode()
    assert "SchuldHulpMaatje Zoetermeer" in page and "Mustafa Maatje" in page


def test_the_demo_buddy_has_an_online_meeting_planned_with_his_participant():
    from courses.groups.models import Meeting
    from courses.volunteers.models import BuddyMatch

    seed()
    seed()  # idempotent: one match, one planned meeting
    match = BuddyMatch.objects.get(
        ended_on__isnull=True, participant__email="deelnemer4@demo.jobgroup.nl"
    )
    assert (match.buddy.email, match.participant.email) == (
        "maatje@demo.jobgroup.nl",
        "deelnemer4@demo.jobgroup.nl",
    )
    meetings = Meeting.objects.filter(kind=Meeting.Kind.BUDDY, buddy_match=match)
    assert meetings.count() == 1
    assert meetings.get().status == Meeting.Status.PLANNED


def test_the_demo_shows_self_assessments_before_and_after_and_one_open_for_petra(client):

    from django.urls import reverse
    from django.utils import timezone

    from courses.impact.selectors import open_self_assessments
    from courses.models import Cohort, SelfAssessment
    from courses.trajectories.reports import impact_report

    seed()
    seed()  # idempotent: still one answer per person and moment
    spring = Cohort.objects.get(name="JobGroup Zoetermeer – voorjaar 2026")
    assert spring.status == "finished"
    assert SelfAssessment.objects.filter(cohort=spring, moment="start").count() == 10
    assert SelfAssessment.objects.filter(cohort=spring, moment="end").count() == 10
    zoetermeer = Location.objects.get(slug="zoetermeer")
    # the figures are of a calendar year: the year of the group's end answers
    answered = SelfAssessment.objects.filter(cohort=spring, moment="end").first().answered_at
    [row, _total] = impact_report(locations=[zoetermeer], end=timezone.localdate(answered))
    assert row.cells["start"]["count"] == "10" and row.cells["end"]["count"] == "10"
    assert (row.cells["start"]["self_image"], row.cells["end"]["self_image"]) == ("5,5", "7,4")
    assert (row.cells["start"]["not_alone"], row.cells["end"]["not_alone"]) == ("0%", "50%")
    petra = User.objects.get(email="voorjaar1@demo.jobgroup.nl")
    [open_one] = open_self_assessments(user=petra)
    assert open_one.window.moment == "aftercare" and open_one.answer is None
    client.force_login(petra)
    assert "Vier korte vragen" in client.get(reverse("home")).content.decode()

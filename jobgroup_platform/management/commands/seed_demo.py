import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts import cards, services
from accounts.models import NO_EMAIL_DOMAIN, Location, LoginCard, User
from accounts.roles import Role
from accounts.tokens import new_token
from content.seed_data import all_programmes, glossary_from_file
from content.seed_data.language_check import LANGUAGE_CHECK
from content.services import glossary_load_seed, language_check_load_seed, programme_load_seed
from courses.groups.services import (
    AMSTERDAM,
    check_in,
    check_in_code,
    cohort_add_member,
    cohort_create_or_update,
    cohort_schedule_meetings,
    meeting_reschedule,
    register_set,
)
from courses.models import (
    Attendance,
    AttendanceRecord,
    Cohort,
    CohortMembership,
    ConductCertificate,
    Meeting,
    SelfAssessment,
    TrainingRating,
    Trajectory,
    VacancyPost,
)
from courses.network import intervision, workshops
from courses.network.models import GuestInvite
from courses.signups.services import signup_seed
from courses.trainings.services import training_rate
from courses.trajectories.models import Referral
from courses.trajectories.referrals import referral_record, referral_set_outcome
from courses.trajectories.services import ladder_measure, trajectory_start
from courses.volunteers import buddies
from courses.volunteers.buddies import buddy_contact_add, buddy_match
from courses.volunteers.models import BuddyMatch, Shadowing
from courses.volunteers.services import certificate_record_earlier, vog_record
from jobgroup_platform.demo import (
    DEMO_ADDRESSES,
    DEMO_CARD_CODE,
    DEMO_CARD_NAME,
    DEMO_CARD_PERSON,
    DEMO_CARD_PHONE,
    DEMO_CARD_PICTURES,
    DEMO_LOCATIONS,
    DEMO_PASSWORD,
    DEMO_PEOPLE,
    DEMO_SIGNUPS,
    DEMO_VACANCIES,
    demo_email,
)

REFUSED_WITHOUT_DEBUG = (
    "seed_demo creates logins with the well-known password 'demo' and refuses to run with "
    "DEBUG off. Run it with DEBUG=1 (as `make run` does), or add --force if you really want "
    "demo logins on this installation."
)


DEMO_COHORT_NAME = "JobGroup Zoetermeer – najaar 2026"
DEMO_COHORT_START = datetime.date(2026, 11, 2)
DEMO_CURRENT_STEP = 4
DEMO_CERTIFIED_ON = datetime.date(2026, 3, 2)
DEMO_SERIES_TITLE = "NetWerken Zoetermeer"
DEMO_GUEST_NAME = "Ahmed (ondernemer)"
DEMO_CIRCLE_NAME = "Intervisie JobGroupleiders Zoetermeer"
# A past national recertification day (ended, rated) and a national leader training whose first
# day starts at the hour seed_demo runs (so the trainer's room can be tried now).
DEMO_PAST_TRAINING = "Hercertificering landelijk – najaar 2026"
DEMO_PAST_TRAINING_DAY = datetime.datetime(2026, 10, 10, 10, 0, tzinfo=AMSTERDAM)
# They rated the day, as the newsletter reports it (content, trainers, remark); the buddy of the
# demo took part too and has not rated yet, so the rating form can be tried.
DEMO_RATINGS = {
    "vrijwilliger1": (
        9,
        10,
        "Heel praktisch, en fijn om collega's van andere locaties te spreken.",
    ),
    "vrijwilliger2": (8, 9, ""),
    "vrijwilliger3": (7, 8, "Liever op locatie dan online."),
    "vrijwilliger4": (10, 10, ""),
    "vrijwilliger5": (9, 9, "De casussen waren herkenbaar."),
}
DEMO_PAST_TRAINEES = [*DEMO_RATINGS, "maatje"]
DEMO_NEXT_TRAINING = "JobGroupleiderstraining landelijk – voorjaar 2027"
DEMO_NEXT_TRAINEES = ["vrijwilliger3", "vrijwilliger5", "vrijwilliger1"]
DEMO_HYBRID_COHORT_NAME = "JobGroup Zoetermeer – hybride najaar 2026"
DEMO_HYBRID_START = datetime.date(2026, 11, 16)
DEMO_HYBRID_PEOPLE = [f"hybride{n}" for n in range(1, 7)]
# Whose trajectory, referrals and whole path the demo shows.
DEMO_PATH_PERSON = "hybride1"
# A finished spring group whose ten participants answered the self-assessment at the start and
# at the end (#19, impact): enough people for the report's before/after figures to show (fewer
# than 5 would show "<5"). (name, start: mark, alone; end: mark, alone); the other two marks
# follow the first, a little lower.
DEMO_SPRING_COHORT_NAME = "JobGroup Zoetermeer – voorjaar 2026"
DEMO_SPRING_PEOPLE = [
    ("voorjaar1", "Petra", (5, "yes"), (8, "no")),
    ("voorjaar2", "Quinten", (6, "somewhat"), (7, "no")),
    ("voorjaar3", "Rachida", (5, "yes"), (8, "somewhat")),
    ("voorjaar4", "Sander", (6, "yes"), (7, "no")),
    ("voorjaar5", "Tamara", (5, "somewhat"), (7, "somewhat")),
    ("voorjaar6", "Umut", (6, "yes"), (8, "no")),
    ("voorjaar7", "Vera", (5, "yes"), (7, "somewhat")),
    ("voorjaar8", "Wessel", (6, "somewhat"), (8, "somewhat")),
    ("voorjaar9", "Yara", (5, "yes"), (7, "no")),
    ("voorjaar10", "Zeger", (6, "somewhat"), (7, "somewhat")),
]
# Petra's aftercare (after work found through an earlier group) ends next week: her home page
# asks the aftercare self-assessment, so the form can be tried (voorjaar1@, password demo).
DEMO_AFTERCARE_PERSON = "voorjaar1"


class Command(BaseCommand):
    help = "Create the demo locations and logins (deterministic and idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even when DEBUG is off (never in production)."
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(REFUSED_WITHOUT_DEBUG)
        with transaction.atomic():
            locations = {
                slug: services.location_create_or_update(
                    name=name, slug=slug, address=DEMO_ADDRESSES.get(slug, "")
                )
                for name, slug in DEMO_LOCATIONS
            }
            for local_part, name, roles, location_slug, is_coordinator in DEMO_PEOPLE:
                user = services.user_create_or_update(
                    email=demo_email(local_part), display_name=name, password=DEMO_PASSWORD
                )
                for role in roles:
                    services.user_grant_role(user=user, role=role)
                if location_slug:
                    services.location_add_member(
                        location=locations[location_slug], user=user, is_coordinator=is_coordinator
                    )
            self._workbooks_and_group(locations["zoetermeer"])
            for data in DEMO_SIGNUPS:
                signup_seed(location=locations["zoetermeer"], data=data)
            self.stdout.write(f"Sign-ups: {len(DEMO_SIGNUPS)} waiting at Zoetermeer.")
        self.stdout.write(
            self.style.SUCCESS("Demo data ready. Log in at /login/ with password 'demo':")
        )
        for local_part, _name, roles, _slug, _coord in DEMO_PEOPLE:
            role_names = ", ".join(str(role.label) for role in roles)
            self.stdout.write(f"  {demo_email(local_part):<34} {role_names}")
        card = LoginCard.objects.filter(user__email=f"{DEMO_CARD_PERSON}@{NO_EMAIL_DOMAIN}").first()
        if card is not None:
            site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            self.stdout.write(
                f"  {DEMO_CARD_NAME} (no e-mail) signs in with her card at "
                f"{site}{reverse('card_login')}?kaart={card.card_id} : code "
                f"{cards.code_grouped(DEMO_CARD_CODE)}, pictures {', '.join(DEMO_CARD_PICTURES)}"
            )
        meeting = Meeting.objects.filter(
            cohort__name=DEMO_COHORT_NAME, step_number=DEMO_CURRENT_STEP
        ).first()
        if meeting is not None:
            site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            self.stdout.write(
                f"Meeting to join now (step {DEMO_CURRENT_STEP}, as leider@ or deelnemer1-8@): "
                f"{site}{reverse('meeting_detail', args=[meeting.pk])}"
            )
        if getattr(self, "guest_link", None):
            site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            self.stdout.write(
                f"Guest link for that meeting ({DEMO_GUEST_NAME}, no account; works from 15 "
                f"minutes before the start until its end; open it in a private window): "
                f"{site}{self.guest_link}"
            )

    def _workbooks_and_group(self, zoetermeer):
        programmes = [programme_load_seed(data) for data in all_programmes()]
        self.stdout.write(f"Workbooks: {len(programmes)} programmes, edition 1 released.")
        language_check_load_seed(LANGUAGE_CHECK)
        glossary_load_seed(glossary_from_file())
        regular = next(p for p in programmes if p.variant == "regular")
        cohort = cohort_create_or_update(
            name=DEMO_COHORT_NAME,
            edition=regular.editions.get(number=1),
            location=zoetermeer,
            start_date=DEMO_COHORT_START,
            status=Cohort.Status.RUNNING,
        )
        cohort_add_member(
            cohort=cohort,
            user=User.objects.get(email=demo_email("leider")),
            role=CohortMembership.Role.LEADER,
        )
        for n in range(1, 9):
            cohort_add_member(
                cohort=cohort,
                user=User.objects.get(email=demo_email(f"deelnemer{n}")),
                role=CohortMembership.Role.PARTICIPANT,
            )
        self._schedule(cohort)
        self._vacancies(cohort)
        self._volunteers(programmes)
        self._buddy(zoetermeer)
        self._hybrid_group(regular, zoetermeer)
        self._beyond_the_group(zoetermeer)
        self._trainings(programmes)
        self._trajectory_and_referrals(zoetermeer)
        self._self_assessments(regular, zoetermeer)
        self._shadowing_and_guest(cohort)

    def _shadowing_and_guest(self, cohort):
        """Each demo leader once took part in the other's group ("meedraaien", the leader gate
        asks for it), recorded by that group's leader. And a guest, an entrepreneur, invited to
        the meeting that runs now: only the hash of a guest link is stored, so each run gives
        the demo guest a fresh link and prints it (the old one stops working)."""
        leader = User.objects.get(email=demo_email("leider"))
        leader2 = User.objects.get(email=demo_email("leider2"))
        hybrid = Cohort.objects.get(name=DEMO_HYBRID_COHORT_NAME)
        for volunteer, group, recorded_by in ((leader, hybrid, leader2), (leader2, cohort, leader)):
            meeting = Meeting.objects.get(cohort=group, step_number=1)
            Shadowing.objects.get_or_create(
                volunteer=volunteer, meeting=meeting, defaults={"recorded_by": recorded_by}
            )
        meeting = Meeting.objects.get(cohort=cohort, step_number=DEMO_CURRENT_STEP)
        token, digest = new_token()
        invite = GuestInvite.objects.filter(meeting=meeting, guest_name=DEMO_GUEST_NAME).first()
        if invite is None:
            GuestInvite.objects.create(
                meeting=meeting, guest_name=DEMO_GUEST_NAME, token_hash=digest, created_by=leader
            )
        else:
            invite.token_hash = digest
            invite.revoked_at = None
            invite.save(update_fields=["token_hash", "revoked_at"])
        self.guest_link = reverse("guest_open", args=[token])
        self.stdout.write("Shadowing: both demo leaders once took part in the other's group.")

    def _vacancies(self, cohort):
        """Two vacancies on the running group's board (kept once, however often this runs)."""
        for local_part, title, link, for_whom, note in DEMO_VACANCIES:
            VacancyPost.objects.get_or_create(
                cohort=cohort,
                title=title,
                defaults={
                    "author": User.objects.get(email=demo_email(local_part)),
                    "link": link,
                    "for_whom": for_whom,
                    "note": note,
                },
            )

    def _trainings(self, programmes):
        """National trainings run by the demo trainer, with volunteers of Zoetermeer and Utrecht
        (who stay at their own locations): a recertification day that ended and was rated, and a
        leader training whose first day starts this hour."""
        by_variant = {p.variant: p for p in programmes}
        national = Location.objects.get(slug="landelijk")
        trainer = User.objects.get(email=demo_email("trainer"))
        coordinator = User.objects.get(email=demo_email("coordinator"))
        if not ConductCertificate.objects.filter(user=trainer).exists():
            vog_record(user=trainer, issued_on=DEMO_CERTIFIED_ON, checked_by=coordinator)
        past = cohort_create_or_update(
            name=DEMO_PAST_TRAINING,
            edition=by_variant["recertification"].editions.get(number=1),
            location=national,
            start_date=DEMO_PAST_TRAINING_DAY.date(),
            status=Cohort.Status.FINISHED,
            finished_on=DEMO_PAST_TRAINING_DAY.date(),
        )
        cohort_add_member(cohort=past, user=trainer, role=CohortMembership.Role.LEADER)
        Meeting.objects.update_or_create(
            cohort=past,
            step_number=1,
            kind=Meeting.Kind.JOBGROUP,
            defaults={
                "starts_at": DEMO_PAST_TRAINING_DAY,
                "duration_minutes": 180,
                "status": Meeting.Status.ENDED,
            },
        )
        for local_part in DEMO_PAST_TRAINEES:
            volunteer = User.objects.get(email=demo_email(local_part))
            cohort_add_member(cohort=past, user=volunteer, role=CohortMembership.Role.PARTICIPANT)
            rated = TrainingRating.objects.filter(cohort=past, user=volunteer).exists()
            if local_part in DEMO_RATINGS and not rated:
                content, trainers, remark = DEMO_RATINGS[local_part]
                training_rate(
                    user=volunteer, cohort=past, content=content, trainers=trainers, remark=remark
                )
        upcoming = cohort_create_or_update(
            name=DEMO_NEXT_TRAINING,
            edition=by_variant["leader_training"].editions.get(number=1),
            location=national,
            start_date=timezone.localdate(),
            status=Cohort.Status.RUNNING,
        )
        cohort_add_member(cohort=upcoming, user=trainer, role=CohortMembership.Role.LEADER)
        for local_part in DEMO_NEXT_TRAINEES:
            volunteer = User.objects.get(email=demo_email(local_part))
            cohort_add_member(
                cohort=upcoming, user=volunteer, role=CohortMembership.Role.PARTICIPANT
            )
        self._schedule(upcoming, current_step=1)
        self.stdout.write("Trainings: a rated national recertification day and a leader training.")

    def _hybrid_group(self, regular, zoetermeer):
        """A hybrid group (at the library and online) with its own leader. Its first meeting,
        two weeks ago, was on site: the register is filled (present, late, excused with a
        reason, absent, and one self check-in). The second, last week, is half filled: the room
        suggests two people, one sent word, the rest is for the leader. The third is today at
        18:30."""
        leader = User.objects.get(email=demo_email("leider2"))
        people = [User.objects.get(email=demo_email(p)) for p in DEMO_HYBRID_PEOPLE]
        samira = self._card_person(zoetermeer)
        cohort = cohort_create_or_update(
            name=DEMO_HYBRID_COHORT_NAME,
            edition=regular.editions.get(number=1),
            location=zoetermeer,
            start_date=DEMO_HYBRID_START,
            status=Cohort.Status.RUNNING,
            mode=Cohort.Mode.HYBRID,
        )
        cohort_add_member(cohort=cohort, user=leader, role=CohortMembership.Role.LEADER)
        for person in [*people, samira]:
            cohort_add_member(cohort=cohort, user=person, role=CohortMembership.Role.PARTICIPANT)
        today = timezone.localtime(timezone.now(), AMSTERDAM).date()
        first = datetime.datetime.combine(
            today - datetime.timedelta(weeks=2), datetime.time(18, 30), tzinfo=AMSTERDAM
        )
        meetings = cohort_schedule_meetings(cohort=cohort, first_starts_at=first)
        for meeting in meetings:
            expected = datetime.datetime.combine(
                first.date() + datetime.timedelta(weeks=meeting.step_number - 1),
                datetime.time(18, 30),
                tzinfo=AMSTERDAM,
            )
            if meeting.starts_at != expected:
                meeting.status = Meeting.Status.PLANNED
                meeting.save(update_fields=["status"])
                meeting_reschedule(meeting=meeting, starts_at=expected)
        on_site, mixed = meetings[0], meetings[1]
        ilse, jamal, kees, lina, mo, noor = people
        # Noor checked herself in with the code at the door, five minutes before the start.
        if not AttendanceRecord.objects.filter(meeting=on_site, user=noor).exists():
            check_in(
                meeting=on_site,
                user=noor,
                code=check_in_code(meeting=on_site),
                now=on_site.starts_at - datetime.timedelta(minutes=5),
            )
        for person, status, reason in (
            (ilse, "present", ""),
            (jamal, "present", ""),
            (kees, "late", ""),
            (lina, "excused", "Zieke dochter, heeft het huiswerk wel gedaan."),
            (mo, "absent", ""),
            (samira, "present", ""),
        ):
            register_set(
                meeting=on_site, user_id=person.pk, status=status, reason=reason, by=leader
            )
        # Last week Ilse and Jamal joined online (the room suggests them) and Mo sent word; the
        # leader has not finished this register yet.
        for person in (ilse, jamal):
            if not Attendance.objects.filter(meeting=mixed, user=person).exists():
                Attendance.objects.create(
                    meeting=mixed,
                    user=person,
                    joined_at=mixed.starts_at + datetime.timedelta(minutes=2),
                    left_at=mixed.starts_at + datetime.timedelta(minutes=115),
                )
        register_set(
            meeting=mixed,
            user_id=mo.pk,
            status="excused",
            reason="Sollicitatiegesprek bij de gemeente.",
            by=leader,
        )
        for meeting in (on_site, mixed):
            if meeting.status != Meeting.Status.ENDED:
                meeting.status = Meeting.Status.ENDED
                meeting.save(update_fields=["status"])
        self.stdout.write("A hybrid group with a filled register for its past meetings.")

    def _self_assessments(self, regular, zoetermeer):
        """A finished spring group (first meeting 16 weeks ago) whose ten participants answered
        at the start and at the end, and Petra's aftercare that ends next week."""
        today = timezone.localtime(timezone.now(), AMSTERDAM).date()
        first_day = today - datetime.timedelta(weeks=16)
        steps = regular.number_of_steps
        last_day = first_day + datetime.timedelta(weeks=steps - 1)
        if last_day.year != first_day.year:
            # The report's self-assessment figures are per calendar year: start and end in one.
            first_day = datetime.date(first_day.year, 11, 1)
            last_day = first_day + datetime.timedelta(weeks=steps - 1)
        cohort = cohort_create_or_update(
            name=DEMO_SPRING_COHORT_NAME,
            edition=regular.editions.get(number=1),
            location=zoetermeer,
            start_date=first_day,
            status=Cohort.Status.RUNNING,
        )
        people = []
        for local_part, name, _start, _end in DEMO_SPRING_PEOPLE:
            person = services.user_create_or_update(
                email=demo_email(local_part), display_name=name, password=DEMO_PASSWORD
            )
            services.user_grant_role(user=person, role=Role.PARTICIPANT)
            services.location_add_member(location=zoetermeer, user=person)
            cohort_add_member(cohort=cohort, user=person, role=CohortMembership.Role.PARTICIPANT)
            people.append(person)
        first = datetime.datetime.combine(first_day, datetime.time(10, 0), tzinfo=AMSTERDAM)
        meetings = cohort_schedule_meetings(cohort=cohort, first_starts_at=first)
        Meeting.objects.filter(pk__in=[m.pk for m in meetings]).update(status=Meeting.Status.ENDED)
        Cohort.objects.filter(pk=cohort.pk).update(
            status=Cohort.Status.FINISHED, finished_on=last_day
        )
        starts = sorted(m.starts_at for m in meetings)
        for person, (_lp, _name, start, end) in zip(people, DEMO_SPRING_PEOPLE, strict=True):
            for moment, (mark, alone), at in (
                ("start", start, starts[0] + datetime.timedelta(hours=2)),
                ("end", end, starts[-1] + datetime.timedelta(hours=2)),
            ):
                SelfAssessment.objects.update_or_create(
                    participant=person,
                    cohort=cohort,
                    moment=moment,
                    defaults={
                        "location": zoetermeer,
                        "self_image": mark,
                        "alone": alone,
                        "knows_what_i_want": max(mark - 1, 1),
                        "network": max(mark - 2, 1),
                        "answered_at": at,
                    },
                )
        petra = people[0]
        Trajectory.objects.update_or_create(
            participant=petra,
            location=zoetermeer,
            defaults={
                "programme": regular,
                # More than two years ago: never in last year's figures, which the report's
                # browser test counts (tests/browser/test_report.py).
                "intake_date": today - datetime.timedelta(days=800),
                "intake_rung": 3,
                "outcome": Trajectory.Outcome.WORK,
                "outcome_date": today - datetime.timedelta(days=266),
                "aftercare_start": today - datetime.timedelta(days=266),
                "aftercare_end": today + datetime.timedelta(days=7),
                "checkin_planned_on": today - datetime.timedelta(days=206),
                "closing_talk_on": None,
            },
        )
        self.stdout.write(
            "Self-assessment: a finished spring group answered at the start and the end; "
            f"{demo_email(DEMO_AFTERCARE_PERSON)} is asked now (end of aftercare)."
        )

    def _card_person(self, zoetermeer):
        """Samira has no e-mail: a login card with a fixed code and three chosen pictures."""
        user = User.objects.filter(email=f"{DEMO_CARD_PERSON}@{NO_EMAIL_DOMAIN}").first()
        if user is None:
            user = cards.user_create_without_email(
                first_name=DEMO_CARD_NAME, phone=DEMO_CARD_PHONE, local_part=DEMO_CARD_PERSON
            )
        services.user_grant_role(user=user, role=Role.PARTICIPANT)
        services.location_add_member(location=zoetermeer, user=user)
        card = LoginCard.objects.filter(user=user).first()
        if card is None or card.code_hash != cards.code_hash(DEMO_CARD_CODE):
            card = cards.card_issue(user=user, code=DEMO_CARD_CODE).card
        if not cards.card_pictures_match(card=card, pictures=DEMO_CARD_PICTURES):
            cards.card_pictures_set(card=card, pictures=DEMO_CARD_PICTURES)
        return user

    def _beyond_the_group(self, zoetermeer):
        """An open workshop series with a workshop starting within the hour (so the room can be
        tried now) and one next week, and an intervision circle of the leader and the buddy."""
        coordinator = User.objects.get(email=demo_email("coordinator"))
        buddy = User.objects.get(email=demo_email("maatje"))
        leader = User.objects.get(email=demo_email("leider"))
        series = workshops.WorkshopSeries.objects.filter(title=DEMO_SERIES_TITLE).first()
        if series is None:
            series = workshops.series_create(
                by=coordinator,
                title=DEMO_SERIES_TITLE,
                description="Elke week een thema uit de JobGroup, samen met de bibliotheek.",
                locations=[zoetermeer],
            )
        series.published = True
        series.save(update_fields=["published"])
        soon = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(minutes=30)
        for title, starts_at, guest in (
            ("Hoe vind ik? Netwerken met LinkedIn", soon, "Iemand van de bibliotheek"),
            ("Dit ben ik! Je pitch", soon + datetime.timedelta(weeks=1), ""),
        ):
            workshop = series.workshops.filter(title=title).first()
            if workshop is None:
                workshops.workshop_create(
                    series=series,
                    title=title,
                    starts_at=starts_at,
                    capacity=12,
                    hosts=[buddy],
                    guest_speaker=guest,
                )
            elif workshop.starts_at < timezone.now():
                workshop.starts_at = starts_at
                workshop.save(update_fields=["starts_at"])
                workshop.meeting.starts_at = starts_at
                workshop.meeting.save(update_fields=["starts_at"])
        if not intervision.IntervisionCircle.objects.filter(name=DEMO_CIRCLE_NAME).exists():
            circle = intervision.circle_create(
                by=coordinator,
                name=DEMO_CIRCLE_NAME,
                audience=intervision.IntervisionCircle.Audience.LEADERS,
                members=[leader],
            )
            intervision.meeting_plan(circle=circle, starts_at=soon)
        self.stdout.write("Workshops and intervision: a demo series and circle.")

    def _trajectory_and_referrals(self, zoetermeer):
        """Ilse (hybride1, in the hybrid group) has a trajectory with a ladder measurement, two
        referrals along the chain (debt help: begun; a language course: still open) and the demo
        buddy, so the trajectory page and her whole path (/deelnemers/<id>/pad/) show every part.
        Dates are relative to today and stay in this year (none in the future; last year's
        report, which the browser tests count, stays as it was). Made once, however often this
        runs. Not deelnemer1-8: tests start their own trajectories for them."""
        coordinator = User.objects.get(email=demo_email("coordinator"))
        ilse = User.objects.get(email=demo_email(DEMO_PATH_PERSON))
        today = timezone.localdate()
        intake = max(datetime.date(today.year, 1, 1), today - datetime.timedelta(days=60))

        def day(days: int) -> datetime.date:
            return min(intake + datetime.timedelta(days=days), today)

        trajectory = Trajectory.objects.filter(participant=ilse, location=zoetermeer).first()
        if trajectory is None:
            trajectory = trajectory_start(
                participant=ilse,
                location=zoetermeer,
                intake_date=intake,
                intake_rung=2,
                cohort=Cohort.objects.filter(name=DEMO_HYBRID_COHORT_NAME).first(),
            )
        if not trajectory.measurements.exists():
            ladder_measure(trajectory=trajectory, measured_on=day(53), rung=3)
        if not trajectory.referrals.exists():
            debt = referral_record(
                trajectory=trajectory,
                by=coordinator,
                partner_kind=Referral.PartnerKind.DEBT_HELP,
                partner_name="SchuldHulpMaatje Zoetermeer",
                consent_given=True,
                consent_on=day(3),
                referred_on=day(3),
                note="Eerste gesprek samen met het maatje voorbereid.",
            )
            referral_set_outcome(
                referral=debt, outcome=Referral.Outcome.STARTED, outcome_on=day(17)
            )
            referral_record(
                trajectory=trajectory,
                by=coordinator,
                partner_kind=Referral.PartnerKind.LANGUAGE_COURSE,
                partner_name="Taalhuis bibliotheek",
                consent_given=True,
                consent_on=day(10),
                referred_on=day(10),
            )
        if not BuddyMatch.objects.filter(participant=ilse).exists():
            buddy = User.objects.get(email=demo_email("maatje"))
            match = buddy_match(
                coordinator=coordinator,
                participant=ilse,
                buddy=buddy,
                consent_given_on=today,
                location=zoetermeer,
            )
            buddy_contact_add(buddy=buddy, match=match, contact_on=today, kind="phone")
        self.stdout.write("Trajectory: Ilse, with two referrals and a buddy.")

    def _volunteers(self, programmes):
        """The demo leader and buddy are certified, with a VOG the coordinator has seen."""
        coordinator = User.objects.get(email=demo_email("coordinator"))
        by_variant = {p.variant: p for p in programmes}
        for local_part, variant, code in (
            ("leider", "leader_training", "DEMLEDR234"),
            ("leider2", "leader_training", "DEMLEDR235"),
            ("maatje", "buddy_training", "DEMMATJ234"),
        ):
            volunteer = User.objects.get(email=demo_email(local_part))
            certificate_record_earlier(
                user=volunteer,
                programme=by_variant[variant],
                issued_on=DEMO_CERTIFIED_ON,
                verification_code=code,
            )
            if not ConductCertificate.objects.filter(user=volunteer).exists():
                vog_record(user=volunteer, issued_on=DEMO_CERTIFIED_ON, checked_by=coordinator)

    def _buddy(self, zoetermeer):
        """The demo buddy (Mustafa) is matched with Dirk (deelnemer4), and has an online meeting
        with him planned in the next hour (the buddy room: both see "Meedoen")."""
        coordinator = User.objects.get(email=demo_email("coordinator"))
        buddy = User.objects.get(email=demo_email("maatje"))
        dirk = User.objects.get(email=demo_email("deelnemer4"))
        match = buddies.open_match_of_participant(participant=dirk)
        if match is None:
            match = buddies.buddy_match(
                coordinator=coordinator,
                participant=dirk,
                buddy=buddy,
                consent_given_on=DEMO_CERTIFIED_ON,
                location=zoetermeer,
            )
        if match.buddy_id == buddy.pk and not buddies.upcoming_buddy_meetings(user=buddy):
            start = timezone.localtime(timezone.now(), AMSTERDAM).replace(
                minute=0, second=0, microsecond=0
            ) + datetime.timedelta(hours=1)
            buddies.buddy_meeting_plan(
                buddy=buddy, match=match, starts_at=start, duration_minutes=45
            )
        self.stdout.write("Buddy: maatje@ and deelnemer4@ have an online meeting planned.")

    def _schedule(self, cohort, current_step=DEMO_CURRENT_STEP):
        """Weekly meetings, with the meeting of step 4 (a training: day 1) starting this hour so
        it can be joined now (the only part of the demo that depends on when it is loaded)."""
        now = timezone.localtime(timezone.now(), AMSTERDAM).replace(
            minute=0, second=0, microsecond=0
        )
        first = now - datetime.timedelta(weeks=current_step - 1)
        meetings = cohort_schedule_meetings(cohort=cohort, first_starts_at=first)
        for meeting in meetings:
            local = first + datetime.timedelta(weeks=meeting.step_number - 1)
            expected = local.replace(tzinfo=None).replace(tzinfo=AMSTERDAM)
            if meeting.starts_at != expected or meeting.status != Meeting.Status.PLANNED:
                meeting.status = Meeting.Status.PLANNED
                meeting.save(update_fields=["status"])
                meeting_reschedule(meeting=meeting, starts_at=expected)

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


# --- Workbooks and groups ---------------------------------------------------------------------

PARTS = (
    "welcome",
    "homework_review",
    "group_talk",
    "deepening",
    "homework",
    "reflection",
    "after_talk",
)

VIERKANT = {
    "type": "rating_grid",
    "prompt": "Hoe tevreden ben je over deze vier delen van je leven?",
    "items": ["Werk", "Relaties", "Gezondheid", "Wonen en geld"],
    "allow_own_items": True,
}
ALL_EXERCISES = [
    VIERKANT,
    {
        "type": "instruction",
        "text": "Kies er twee en praat erover met je buur.",
        "grouping": "pairs",
    },
    {"type": "list", "prompt": "Wat wil je nog doen?", "categories": ["Werk", "Vrije tijd"]},
    {
        "type": "choice",
        "prompt": "Wat kun je goed?",
        "options": ["Plannen", "Luisteren", "Rekenen"],
        "multiple": True,
    },
    {"type": "upload", "prompt": "Upload je cv.", "file_types": ["pdf", "docx"], "max_mb": 1},
    {
        "type": "quiz",
        "pass_mark": 50,
        "questions": [
            {
                "question": "Hoeveel deelnemers heeft een groep hoogstens?",
                "options": [{"text": "12", "correct": True}, {"text": "20", "correct": False}],
            },
            {
                "question": "Wie leidt de groep?",
                "options": [
                    {"text": "Twee leiders", "correct": True},
                    {"text": "Niemand", "correct": False},
                ],
            },
        ],
    },
    {"type": "action_plan", "prompt": "Wat ga je doen?", "rows": 2},
]
REFLECTION = {"type": "reflection", "prompt": "Wat neem je mee van vandaag?", "help": ""}


def step_data(number: int, *, deepening=None, homework=None) -> dict:
    def part(name, exercises=()):
        return {
            "text": f"<p>Tekst voor {name} in stap {number}.</p>",
            "leader_notes": f"<p>Leidersnotitie {name} {number}.</p>",
            "minutes": 15,
            "exercises": list(exercises),
        }

    parts = {name: part(name) for name in PARTS}
    parts["deepening"] = part("deepening", [VIERKANT] if deepening is None else deepening)
    parts["homework"] = part("homework", homework or [])
    parts["reflection"] = part("reflection", [REFLECTION])
    return {
        "number": number,
        "title": f"Stap {number}",
        "learning_goal": f"Leerdoel van stap {number}.",
        "parts": parts,
    }


def programme_data(slug="proef", *, steps=2, kind="jobgroup", variant="regular", **step_kwargs):
    return {
        "slug": slug,
        "title": f"Programma {slug}",
        "kind": kind,
        "variant": variant,
        "intro": "<p>Inleiding.</p>",
        "target_group": "Werkzoekenden.",
        "certifies_role": "buddy" if kind == "volunteer_course" else None,
        "certificate_valid_months": 24 if kind == "volunteer_course" else None,
        "steps": [step_data(n, **step_kwargs) for n in range(1, steps + 1)],
    }


def ensure_wagtail_tree():
    """Transactional tests flush the database, including what Wagtail's migrations created (the
    locale, the root page, the default site): put it back when it is gone."""
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Site.objects.exists():
        Site.objects.create(hostname="localhost", root_page=root, is_default_site=True)


def make_programme(slug="proef", **kwargs):
    from content.services import programme_load_seed

    ensure_wagtail_tree()
    return programme_load_seed(programme_data(slug, **kwargs))


def make_cohort(programme, *, location=None, participants=(), leaders=(), name=None):
    import datetime

    from courses.groups.services import cohort_add_member, cohort_create_or_update

    location = location or LocationFactory()
    cohort = cohort_create_or_update(
        name=name or f"Groep {programme.slug} {location.slug}",
        edition=programme.editions.order_by("number").first(),
        location=location,
        start_date=datetime.date(2026, 11, 2),
        status="running",
    )
    for user in participants:
        cohort_add_member(cohort=cohort, user=user, role="participant")
    for user in leaders:
        cohort_add_member(cohort=cohort, user=user, role="leader")
    return cohort


SHADOW_GROUP_NAME = "Meedraaigroep"


def shadowed(user: User, *, meeting=None) -> User:
    """Record that `user` once took part in another leader's group ("meedraaien"), as the leader
    gate asks. Without `meeting`: a started meeting of one shared group for this purpose."""
    import datetime

    from django.utils import timezone

    from courses.groups.models import Cohort, Meeting
    from courses.volunteers.models import Shadowing

    if meeting is None:
        cohort = Cohort.objects.filter(name=SHADOW_GROUP_NAME).first() or make_cohort(
            make_programme("meedraaien", steps=1), name=SHADOW_GROUP_NAME
        )
        meeting, _ = Meeting.objects.get_or_create(
            cohort=cohort,
            step_number=1,
            kind=Meeting.Kind.JOBGROUP,
            defaults={"starts_at": timezone.now() - datetime.timedelta(days=7)},
        )
    Shadowing.objects.get_or_create(volunteer=user, meeting=meeting)
    return user


def second_location_with_people(programme, *, name="Utrecht", slug="utrecht"):
    """Another location with its own coordinator, a participant in a running group, a certified
    leader and a buddy: the people a coordinator elsewhere must never find or add."""
    import datetime

    from django.utils import timezone

    from courses.volunteers.models import Certificate, ConductCertificate

    location = LocationFactory(name=name, slug=slug)
    coordinator = member_of(
        location,
        UserFactory(display_name=f"Coördinator {name}", roles=["coordinator"]),
        coordinator=True,
    )
    participant = member_of(
        location, UserFactory(display_name=f"Deelnemer {name}", roles=["participant"])
    )
    leader = member_of(location, UserFactory(display_name=f"Leider {name}", roles=["leader"]))
    buddy = member_of(location, UserFactory(display_name=f"Maatje {name}", roles=["buddy"]))
    today = timezone.localdate()
    Certificate.objects.create(
        user=leader,
        role="leader",
        programme=programme,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
    )
    ConductCertificate.objects.create(user=leader, issued_on=today, checked_on=today)
    ConductCertificate.objects.create(user=buddy, issued_on=today, checked_on=today)
    shadowed(leader)
    cohort = make_cohort(programme, location=location, participants=[participant], name=f"{name} 1")

    class Second:
        pass

    second = Second()
    second.__dict__.update(
        location=location,
        coordinator=coordinator,
        participant=participant,
        leader=leader,
        buddy=buddy,
        cohort=cohort,
        people=[coordinator, participant, leader, buddy],
    )
    return second


def publish_a_change(programme, *, number=1, text="<p>Een nieuwe welkomsttekst.</p>"):
    """Publish a new welcome text in one step (a release needs something changed)."""
    from content.models import StepPage

    step = StepPage.objects.child_of(programme).get(number=number)
    page = step.get_latest_revision_as_object()
    raw = page.plan.raw_data
    raw[0]["value"]["text"] = text
    page.plan = list(raw)
    page.save_revision().publish()

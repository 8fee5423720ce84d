"""The demo people and places of `seed_demo` (the interfaces spec names these logins)."""

from accounts.roles import Role

DEMO_PASSWORD = "demo"  # noqa: S105  (documented demo password, refused without DEBUG)
DEMO_DOMAIN = "demo.jobgroup.nl"

DEMO_LOCATIONS = [
    ("Zoetermeer", "zoetermeer"),
    ("Utrecht", "utrecht"),
    ("Landelijk bureau", "landelijk"),  # organises national trainings
]

# (local part, display name, roles, location slug, coordinator of that location)
DEMO_PEOPLE = [
    ("coordinator", "Carla de Coördinator", [Role.COORDINATOR], "zoetermeer", True),
    ("redacteur", "Ruud Redacteur", [Role.EDITOR], None, False),
    # A second editor: every change is approved by an editor other than its author.
    ("redacteur2", "Renske Redacteur", [Role.EDITOR], None, False),
    ("leider", "Lotte Leider", [Role.LEADER], "zoetermeer", False),
    ("maatje", "Mustafa Maatje", [Role.BUDDY], "zoetermeer", False),
    ("deelnemer1", "Anouk", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer2", "Bram", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer3", "Chaima", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer4", "Dirk", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer5", "Esra", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer6", "Frank", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer7", "Gloria", [Role.PARTICIPANT], "zoetermeer", False),
    ("deelnemer8", "Hamid", [Role.PARTICIPANT], "zoetermeer", False),
    # Trains volunteers (national trainings); a volunteer of Zoetermeer, with a VOG.
    ("trainer", "Tineke Trainer", [Role.TRAINER], "zoetermeer", False),
    # Volunteers of two locations in the demo trainings.
    ("vrijwilliger1", "Vincent", [Role.BUDDY], "utrecht", False),
    ("vrijwilliger2", "Wendy", [Role.BUDDY], "utrecht", False),
    ("vrijwilliger3", "Yusuf", [Role.LEADER], "utrecht", False),
    ("vrijwilliger4", "Zoë", [Role.BUDDY], "zoetermeer", False),
    ("vrijwilliger5", "Inge", [Role.LEADER], "zoetermeer", False),
    # The hybrid group (meets at the library and online), with its own leader.
    ("leider2", "Karim Leider", [Role.LEADER], "zoetermeer", False),
    ("hybride1", "Ilse", [Role.PARTICIPANT], "zoetermeer", False),
    ("hybride2", "Jamal", [Role.PARTICIPANT], "zoetermeer", False),
    ("hybride3", "Kees", [Role.PARTICIPANT], "zoetermeer", False),
    ("hybride4", "Lina", [Role.PARTICIPANT], "zoetermeer", False),
    ("hybride5", "Mo", [Role.PARTICIPANT], "zoetermeer", False),
    ("hybride6", "Noor", [Role.PARTICIPANT], "zoetermeer", False),
]

# Where groups meet on site (Location.address).
DEMO_ADDRESSES = {"zoetermeer": "Bibliotheek Forum, Stadhuisplein 2, 2711 EC Zoetermeer"}


def demo_email(local_part: str) -> str:
    return f"{local_part}@{DEMO_DOMAIN}"


# A participant without e-mail (in the hybrid group): she signs in at /inloggen/kaart/ with the
# code of her login card and her three pictures (docs/decisions.md, "Login cards").
DEMO_CARD_PERSON = "samira"  # her reserved address: samira@geen-email.invalid
DEMO_CARD_NAME = "Samira"
DEMO_CARD_PHONE = "+31612345678"
DEMO_CARD_CODE = "PARK4679"  # printed as PARK 4679
DEMO_CARD_PICTURES = ("kat", "fiets", "zon")
# Two sign-ups without an invitation waiting at Zoetermeer (the coordinator's "Aanmeldingen").
# Phone numbers in the 06-12 34 56 xx range are fictional.
DEMO_SIGNUPS = [
    {
        "kind": "job_seeker",
        "name": "Priya Sewdien",
        "phone": "06 12345601",
        "email": "",
        "work_wish": "Administratief werk, het liefst parttime.",
        "heard_from": "municipality",
        "call_time": "morning",
    },
    {
        "kind": "volunteer",
        "name": "Henk Jansen",
        "phone": "",
        "email": "henk.jansen@example.org",
        "role": "buddy",
        "experience": "Veertig jaar personeelszaken; nu met pensioen.",
        "availability": "Maandag en donderdag overdag",
    },
]

# The running group's vacancy board (issue #19): (author's local part, title, link, for whom, note).
DEMO_VACANCIES = [
    (
        "deelnemer2",
        "Medewerker magazijn, 24 uur per week",
        "https://www.werk.nl/",
        "voor Anouk",
        "Je hoeft geen diploma te hebben. Ze leren je alles op de werkvloer.",
    ),
    (
        "leider",
        "Baliemedewerker bibliotheek",
        "",
        "voor iedereen",
        "Hangt op het prikbord bij de ingang van de bibliotheek.",
    ),
]

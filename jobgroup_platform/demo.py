"""The demo people and places of `seed_demo` (the interfaces spec names these logins)."""

from accounts.roles import Role

DEMO_PASSWORD = "demo"  # noqa: S105  (documented demo password, refused without DEBUG)
DEMO_DOMAIN = "demo.jobgroup.nl"

DEMO_LOCATIONS = [
    ("Zoetermeer", "zoetermeer"),
    ("Utrecht", "utrecht"),
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
]


def demo_email(local_part: str) -> str:
    return f"{local_part}@{DEMO_DOMAIN}"

"""The personal-data registry: one place that knows, per model, how a person's data is exported,
erased and purged after the retention period.

Every app registers its own models from its `personal_data.py`, imported in its
`AppConfig.ready()`, so a higher app (`live_sessions`) registers its models without a lower one
(`courses`) importing upward. The person's download (`courses.privacy.services.data_export`), erasure
(`courses.privacy.services.erasure_confirm`) and retention (`courses.privacy.services.retention_purge`, command
`purge_answers`) run through `export_all`, `erase_all` and `purge_all`; nothing else decides what
is personal. `tests/accounts/test_personal_data_registry.py` fails when a model that links to a
person or holds text is not registered here (or on its reasoned allow-list).

Order: the download lists the apps from the lowest up, each in registration order. Erasure and
retention run exactly the other way round (`live_sessions` first, `accounts` last; within an app
the last registration first), so a copy (a room event quoting an answer) is found while the
original still exists, and the account, registered first, is anonymised at the very end.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import (
    AuditEntry,
    LocationMembership,
    LoginCard,
    LoginToken,
    RoleAssignment,
    User,
)
from .roles import Role
from .selectors import user_locations, user_roles

# The printable page shows times as people in the Netherlands read them.
PAGE_TIME_ZONE = "Europe/Amsterdam"

# Stored data, not interface text: the same in every language the page is shown in.
# What an erased name becomes in other people's texts (group notes, chat, feedback).
NAME_REMOVED = "[naam verwijderd]"
# The display name of an erased person; the room and the group pages show this.
ERASED_NAME = "Oud-deelnemer"


@dataclass(frozen=True)
class Erasure:
    """What the erasers share: the person, and their names as they were before erasure (to remove
    them from texts other people wrote)."""

    user: object
    names: tuple[str, ...]
    email: str


@dataclass(frozen=True)
class Retention:
    """One retention run: `now`, and the day before which finished groups' data expires."""

    now: datetime
    cutoff: date


@dataclass(frozen=True)
class Section:
    """One part of the download: its key in the JSON file, its Dutch title on the printable page,
    and Dutch labels for the row keys the page shows (in this order)."""

    key: str
    title: str
    labels: dict[str, str]
    rows: list[dict] | dict


@dataclass
class Entry:
    model: type
    # Export: (key, Dutch title, labels) and a function user -> rows (a list of dicts, or one
    # dict for the account). None: the model's data is exported with another entry (`covered_by`).
    key: str = ""
    title: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    export: Callable | None = None
    # Files for the zip: user -> [(path in the zip, an open-able FieldFile)].
    files: Callable | None = None
    erase: Callable[[Erasure], None] | None = None
    purge: Callable[[Retention], int] | None = None
    # For the documentation and for readers of the registry: what erasure keeps, and why.
    kept: str = ""
    covered_by: str = ""

    @property
    def label(self) -> str:
        return self.model._meta.label


_registry: dict[str, Entry] = {}


def register(model, **options) -> Entry:
    """Register how `model`'s personal data is exported, erased and purged. Registering a model
    twice is a mistake (two places would decide)."""
    entry = Entry(model=model, **options)
    if entry.label in _registry:
        raise ValueError(f"{entry.label} is already in the personal-data registry")
    if not (entry.export or entry.erase or entry.purge or entry.covered_by):
        raise ValueError(f"{entry.label}: say how it is exported, erased or purged")
    _registry[entry.label] = entry
    return entry


def registered() -> dict[str, Entry]:
    return dict(_registry)


def _app_rank(entry: Entry) -> int:
    labels = [config.label for config in apps.get_app_configs()]
    return labels.index(entry.model._meta.app_label)


def _in_order(*, higher_first: bool) -> list[Entry]:
    """Export: lowest app first, in registration order. Erasure and retention: exactly the
    reverse (highest app first, and within an app the last registered first)."""
    entries = sorted(_registry.values(), key=_app_rank)  # stable: registration order kept
    return entries[::-1] if higher_first else entries


# --- Export --------------------------------------------------------------------------------------


def export_all(*, user) -> list[Section]:
    """Every registered part of the person's data, lowest app first (the account on top)."""
    sections = []
    for entry in _in_order(higher_first=False):
        if entry.export is None:
            continue
        sections.append(
            Section(
                key=entry.key,
                title=str(entry.title),
                labels={k: str(v) for k, v in entry.labels.items()},
                rows=entry.export(user),
            )
        )
    return sections


def export_files(*, user) -> list[tuple[str, object]]:
    found = []
    for entry in _in_order(higher_first=False):
        if entry.files is not None:
            found.extend(entry.files(user))
    return found


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)?$")


def _readable_date(value: str) -> str:
    """An ISO date or moment as people read it ("3 december 2026, 09:19"), in Dutch time."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if "T" not in value:
        return date_format(moment.date(), "j F Y")
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment, ZoneInfo(PAGE_TIME_ZONE))
    return date_format(moment, "j F Y, H:i")


def readable(value) -> str:
    """A value of an export row as plain Dutch text for the printable page."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return str(_("ja")) if value else str(_("nee"))
    if isinstance(value, str) and ISO_DATE.match(value):
        return _readable_date(value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {readable(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "\n".join(
            " · ".join(readable(v) for v in item.values() if v not in (None, ""))
            if isinstance(item, dict)
            else readable(item)
            for item in value
        )
    return str(value)


# --- Erasure and retention ---------------------------------------------------------------------


# Parts of a name that are not a name on their own ("Anouk van der Berg": not "van", "der").
NAME_PARTICLES = {"van", "der", "den", "de", "het", "ter", "ten", "te", "la", "le", "du", "da"}


def erasure_for(*, user) -> Erasure:
    """The person and every form of their name that others may have written: the whole name
    and each part of it ("Anouk", "Vries")."""
    whole = {user.display_name, user.get_full_name(), user.first_name, user.last_name, user.name}
    parts = {
        part
        for name in whole
        for part in (name or "").split()
        if len(part) >= 3 and part.casefold() not in NAME_PARTICLES
    }
    names = whole | parts
    return Erasure(
        user=user,
        # Longest first, so "Anouk de Vries" goes before "Anouk" would leave "[…] de Vries".
        names=tuple(sorted((n.strip() for n in names if n and len(n.strip()) >= 2), key=len))[::-1],
        email=user.email,
    )


def erase_all(*, erasure: Erasure) -> None:
    """Run every registered eraser, the highest app first. Call inside one transaction."""
    for entry in _in_order(higher_first=True):
        if entry.erase is not None:
            entry.erase(erasure)


def purge_all(*, retention: Retention) -> dict[str, int]:
    """Run every registered retention purge, the highest app first: model label → rows."""
    counts = {}
    for entry in _in_order(higher_first=True):
        if entry.purge is not None:
            counts[entry.label] = entry.purge(retention)
    return counts


def unlink(model, *fields: str) -> Callable[[Erasure], None]:
    """An eraser that empties these nullable links to the person (who issued, checked, invited,
    wrote ...): the record stays, it no longer points at them."""

    def erase(erasure: Erasure) -> None:
        for name in fields:
            model.objects.filter(**{name: erasure.user}).update(**{name: None})

    return erase


def together(*erasers: Callable[[Erasure], None]) -> Callable[[Erasure], None]:
    """Several erasers of one model, run in this order."""

    def erase(erasure: Erasure) -> None:
        for eraser in erasers:
            eraser(erasure)

    return erase


def _name_pattern(names, *, html: bool) -> re.Pattern | None:
    variants = []
    for name in names:
        variants.append(re.escape(escape(name, quote=True) if html else name))
        if html and escape(name, quote=False) != escape(name, quote=True):
            variants.append(re.escape(escape(name, quote=False)))
    if not variants:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(variants) + r")(?!\w)", re.IGNORECASE)


def scrub_names(text: str, names, *, html: bool = False) -> str:
    """`text` with each of `names` (whole words, any case) replaced by NAME_REMOVED."""
    pattern = _name_pattern(names, html=html)
    if not text or pattern is None:
        return text
    return pattern.sub(NAME_REMOVED, text)


# --- The accounts app's own models (registered when `AccountsConfig.ready()` imports this) -----


def _export_account(user) -> dict:
    roles = user_roles(user=user)
    locations = user_locations(user=user)
    return {
        "email": user.email if user.has_email else "",
        "phone": user.phone,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "language_label": str(dict(settings.LANGUAGES).get(user.preferred_language, "")),
        "reminders_enabled": user.reminders_enabled,
        "date_joined": user.date_joined.isoformat(),
        "roles": roles,
        "role_labels": [str(Role(role).label) for role in roles],
        "locations": locations,
        "location_names": [location["name"] for location in locations],
    }


def _anonymise_user(erasure: Erasure) -> None:
    user = erasure.user
    user.email = f"verwijderd-{user.pk}@anoniem.invalid"
    user.phone = ""
    user.display_name = ERASED_NAME
    user.first_name = user.last_name = ""
    user.is_active = False
    user.reminders_enabled = False
    user.set_unusable_password()
    user.anonymised_at = timezone.now()
    user.save()


def _export_audit(user) -> list[dict]:
    entries = AuditEntry.objects.filter(subject=user).select_related("actor")
    return [
        {
            "at": entry.created_at.isoformat(),
            "action": entry.action,
            "what": str(entry.get_action_display()),
            "by": entry.actor.name if entry.actor else "",
            "detail": entry.detail,
        }
        for entry in entries
    ]


def _erase_audit(erasure: Erasure) -> None:
    # The rows stay (they prove who read what, and that the erasure happened); a detail naming
    # the person does not.
    for entry in AuditEntry.objects.filter(subject=erasure.user).exclude(detail=""):
        detail = scrub_names(entry.detail, erasure.names)
        if detail != entry.detail:
            AuditEntry.objects.filter(pk=entry.pk).update(detail=detail[:255])


register(  # first: shown on top, anonymised last
    User,
    key="account",
    title=_("Je account"),
    labels={
        "email": _("E-mailadres"),
        "phone": _("Mobiel nummer"),
        "display_name": _("Naam"),
        "first_name": _("Voornaam"),
        "last_name": _("Achternaam"),
        "language_label": _("Taal"),
        "reminders_enabled": _("Herinneringen per e-mail"),
        "date_joined": _("Account gemaakt op"),
        "role_labels": _("Rollen"),
        "location_names": _("Locaties"),
    },
    export=_export_account,
    erase=_anonymise_user,
    kept="Een leeg account 'Oud-deelnemer' blijft, zodat de groep klopt.",
)
register(
    RoleAssignment,
    covered_by="accounts.User",
    erase=lambda e: RoleAssignment.objects.filter(user=e.user).delete(),
)
register(
    LocationMembership,
    covered_by="accounts.User",
    erase=lambda e: LocationMembership.objects.filter(user=e.user).delete(),
)
register(LoginToken, erase=lambda e: LoginToken.objects.filter(user=e.user).delete())


def _export_login_card(user) -> list[dict]:
    # The code and the pictures exist only as hashes: the download says that there is a card,
    # not what is on it.
    return [
        {
            "issued_at": card.issued_at.isoformat(),
            "last_used_at": card.last_used_at.isoformat() if card.last_used_at else "",
            "has_pictures": card.has_pictures,
        }
        for card in LoginCard.objects.filter(user=user)
    ]


def _purge_login_cards(retention: Retention) -> int:
    """A card of an account that no longer signs in (deactivated or erased) goes."""
    deleted, _details = LoginCard.objects.filter(user__is_active=False).delete()
    return deleted


register(
    LoginCard,
    key="login_card",
    title=_("Je inlogkaart"),
    labels={
        "issued_at": _("Gemaakt op"),
        "last_used_at": _("Laatst gebruikt"),
        "has_pictures": _("Plaatjes gekozen"),
    },
    export=_export_login_card,
    # The card (code and pictures) goes at once: an erased person's card stops working.
    erase=together(
        lambda e: LoginCard.objects.filter(user=e.user).delete(),
        unlink(LoginCard, "issued_by"),
    ),
    purge=_purge_login_cards,
)
register(
    AuditEntry,
    key="privacy_log",
    title=_("Privacylog: wie jouw gegevens las of veranderde"),
    labels={"at": _("Wanneer"), "what": _("Wat"), "by": _("Door wie"), "detail": _("Extra")},
    export=_export_audit,
    erase=_erase_audit,
    kept="De regels blijven: ze laten zien wie wat las en dat er is verwijderd.",
)

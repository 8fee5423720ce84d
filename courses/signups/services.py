"""Writes of the sign-up room: checking and storing a sign-up (with its spam protection), and what
a coordinator does with it (start an intake, accept a volunteer, decline, keep the volunteer path).

Spam protection (docs/decisions.md, "Sign up without an invitation"):
- a honeypot field: filled in → the sender sees the thank-you page, nothing is stored;
- a signed timestamp rendered with the form: sent within `SIGNUP_MIN_SECONDS` (or without a valid
  stamp) → nothing stored, the form asks to send again;
- counts per client address and per contact (phone or e-mail) in the cache, as for login.
"""

import datetime
import hashlib
import ipaddress
import re
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from accounts import services as account_services
from accounts.models import Location, LocationMembership, User
from accounts.names import clean_name
from accounts.roles import Role
from courses.groups.access import people_managed_by
from courses.signups.models import MAX_NAME, MAX_SHORT, MAX_TEXT, SignUp
from courses.trajectories.services import start_intake
from toolkit.mail import send_templated_mail

# --- Settings (overridable in settings) ------------------------------------------------------------

# Read at call time, so a setting (or a test's override) wins.
DEFAULTS = {
    "SIGNUP_MIN_SECONDS": 3,  # a form sent sooner after it was shown is a robot
    # sign-ups stored per client address (IPv6: per /64) per hour; high enough for a location's
    # own computer at an information morning and for phones behind one carrier address
    "SIGNUP_MAX_PER_CLIENT": 20,
    "SIGNUP_MAX_PER_CONTACT": 3,  # sign-ups stored per phone number or e-mail per day
    "SIGNUP_RETENTION_DAYS": 183,  # see docs/privacy.md
}
MAX_AGE_SECONDS = 24 * 3600
PER_CLIENT_WINDOW = 3600
PER_CONTACT_WINDOW = 24 * 3600


def setting(name: str) -> int:
    return getattr(settings, name, DEFAULTS[name])


HONEYPOT_FIELD = "website"
STAMP_FIELD = "started"
_SALT = "courses.signups.form-stamp"

# --- Messages --------------------------------------------------------------------------------------

NAME_MISSING = _("Vul je naam in.")
TOO_LONG = _("Dit is te lang. Gebruik hoogstens %(max)s tekens.")
CONTACT_MISSING = _("Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.")
PHONE_INVALID = _("Dit is geen goed mobiel nummer. Schrijf het zo: 06 12345678.")
EMAIL_INVALID = _("Dit is geen goed e-mailadres. Schrijf het zo: naam@voorbeeld.nl.")
LOCATION_MISSING = _("Kies een locatie bij jou in de buurt.")
NOT_A_CHOICE = _("Kies een van de antwoorden.")
TOO_FAST = _(
    "Je formulier is niet verstuurd. Kijk je gegevens nog even na en klik dan opnieuw op versturen."
)
TOO_MANY = _(
    "Er zijn het afgelopen uur te veel aanmeldingen via deze internetverbinding gestuurd. "
    "Je aanmelding is niet bewaard. Probeer het over een uur opnieuw, of bel de locatie."
)
TOO_MANY_FOR_CONTACT = _(
    "Met dit telefoonnummer of e-mailadres is vandaag al een paar keer aangemeld. "
    "Je aanmelding is niet bewaard. Probeer het morgen opnieuw, of bel de locatie."
)
STAMP_USED = _(
    "Dit formulier is al verstuurd. Wil je nog iemand aanmelden? Vul het formulier dan opnieuw in."
)
NOT_NEW = _("Deze aanmelding is al behandeld.")
NOT_ACCEPTED_VOLUNTEER = _("Een account maak je voor een vrijwilliger die is aangenomen.")
EMAIL_NEEDED = _(
    "Voor een account is een e-mailadres nodig. Vraag het de vrijwilliger en vul het hier in."
)
ACCOUNT_ELSEWHERE = _(
    "Met dit e-mailadres is al een account bij een andere locatie. Dat kun je hier niet koppelen. "
    "Vraag het landelijk bureau om hulp."
)
ACCOUNT_INACTIVE = _(
    "Er is al een account met dit e-mailadres, maar het is uitgezet. Vraag het landelijk "
    "bureau om hulp."
)
WRONG_KIND = _("Dit kan alleen bij een andere soort aanmelding.")
NOTE_TOO_LONG = TOO_LONG
DATE_INVALID = _("Dit is geen goede datum.")


# --- The form's stamp ------------------------------------------------------------------------------


def form_stamp(*, issued_at: float | None = None) -> str:
    """A signed moment the form was shown, with a random part; sending checks how long ago that
    was, and a stamp stores one sign-up only (`_use_stamp`)."""
    moment = issued_at if issued_at is not None else time.time()
    return signing.dumps({"t": moment, "n": secrets.token_urlsafe(9)}, salt=_SALT)


def _use_stamp(stamp: str) -> bool:
    """True the first time a (valid) stamp stores a sign-up; False ever after, within its day."""
    key = f"signups:stamp:{hashlib.sha256(stamp.encode()).hexdigest()[:32]}"
    return cache.add(key, 1, timeout=MAX_AGE_SECONDS + 60)


def stamp_ok(stamp: str, *, now: float | None = None) -> bool:
    """True if the stamp is ours, at least SIGNUP_MIN_SECONDS and at most a day old."""
    try:
        issued = float(signing.loads(stamp or "", salt=_SALT, max_age=MAX_AGE_SECONDS)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return False
    elapsed = (now if now is not None else time.time()) - issued
    return setting("SIGNUP_MIN_SECONDS") <= elapsed <= MAX_AGE_SECONDS


# --- Cleaning --------------------------------------------------------------------------------------

_PHONE_NOISE = re.compile(r"[\s\-().\u00a0/]")


def normalise_phone(value: str) -> str:
    """A Dutch mobile number (06…, +316…, 00316…) as +316XXXXXXXX; raises ValueError otherwise."""
    digits = _PHONE_NOISE.sub("", value or "")
    if digits.startswith("+31"):
        rest = digits[3:]
    elif digits.startswith("0031"):
        rest = digits[4:]
    elif digits.startswith("0"):
        rest = digits[1:]
    else:
        raise ValueError("not a Dutch number")
    if rest.startswith("0"):  # +31 (0)6 …
        rest = rest[1:]
    if not (len(rest) == 9 and rest.startswith("6") and rest.isascii() and rest.isdigit()):
        raise ValueError("not a Dutch mobile number")
    return "+31" + rest


def signup_locations():
    """Locations one can sign up for: those with a coordinator (someone who will call back)."""
    return Location.objects.filter(memberships__is_coordinator=True).distinct().order_by("name")


def _first(raw, name: str) -> str:
    value = raw.get(name, "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def clean_signup(*, kind: str, raw) -> tuple[dict, dict]:
    """The fields of a sign-up from form data, and the errors per field (Dutch)."""
    data: dict = {"kind": kind}
    errors: dict = {}

    name = clean_name(_first(raw, "name"))
    if not name:
        errors["name"] = NAME_MISSING
    elif len(name) > MAX_NAME:
        errors["name"] = TOO_LONG % {"max": MAX_NAME}
    data["name"] = name

    location_id = _first(raw, "location").strip()
    location = None
    if location_id.isascii() and location_id.isdigit() and len(location_id) < 12:
        location = signup_locations().filter(pk=int(location_id)).first()
    if location is None:
        errors["location"] = LOCATION_MISSING
    data["location"] = location

    phone_raw = _first(raw, "phone").strip()
    email = _first(raw, "email").strip()
    data["phone"], data["email"] = "", ""
    if phone_raw:
        try:
            data["phone"] = normalise_phone(phone_raw[:40])
        except ValueError:
            errors["phone"] = PHONE_INVALID
    if email:
        # Lower case first: a few letters grow when lowered (İ → i̇), so the length and the
        # address are checked as stored. A quoted local part or a control character is never
        # a real person's address.
        email = email.lower()
        try:
            if len(email) > 254 or '"' in email or any(ord(c) < 32 or c == "\x7f" for c in email):
                raise ValidationError("not an address we can use")
            validate_email(email)
        except ValidationError:
            errors["email"] = EMAIL_INVALID
        else:
            data["email"] = email
    if not phone_raw and not email:
        errors["contact"] = CONTACT_MISSING

    def text(field, limit, *, multiline=True):
        value = _first(raw, field).strip()
        value = value.replace("\x00", "")
        if not multiline:
            value = " ".join(value.split())
        if len(value) > limit:
            errors[field] = TOO_LONG % {"max": limit}
        data[field] = value[:limit]

    def choice(field, choices):
        value = _first(raw, field)
        if value and value not in dict(choices):
            errors[field] = NOT_A_CHOICE
            value = ""
        data[field] = value

    if kind == SignUp.Kind.JOB_SEEKER:
        text("work_wish", MAX_TEXT)
        choice("heard_from", SignUp.HeardFrom.choices)
        choice("call_time", SignUp.CallTime.choices)
    else:
        choice("role", SignUp.Role.choices)
        text("experience", MAX_TEXT)
        text("availability", MAX_SHORT, multiline=False)
    return data, errors


# --- Rate limits -----------------------------------------------------------------------------------


def _count_key(kind: str, value: str) -> str:
    return f"signups:{kind}:{hashlib.sha256(value.encode()).hexdigest()[:32]}"


def _take(key: str, window: int) -> int:
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1


def client_network(client_ip: str) -> str:
    """What one sender is: an IPv4 address, or the /64 network of an IPv6 address (one home or
    phone gets a whole /64 and can pick any address in it)."""
    try:
        address = ipaddress.ip_address(client_ip)
    except ValueError:
        return client_ip
    if address.version == 4:
        return str(address)
    if address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(ipaddress.ip_network(f"{address}/64", strict=False))


def signup_reserve(*, client_ip: str, contacts: list[str]) -> str | None:
    """Take a place for one sign-up from this client (network) and for these contacts. None when
    allowed; else the message for the limit that was reached (then nothing is stored)."""
    refused = None
    if client_ip and _take(
        _count_key("client", client_network(client_ip)), PER_CLIENT_WINDOW
    ) > setting("SIGNUP_MAX_PER_CLIENT"):
        refused = TOO_MANY
    for contact in contacts:
        if contact and _take(_count_key("contact", contact), PER_CONTACT_WINDOW) > setting(
            "SIGNUP_MAX_PER_CONTACT"
        ):
            refused = refused or TOO_MANY_FOR_CONTACT
    return refused


# --- Services --------------------------------------------------------------------------------------


class RateLimited(Exception):
    """Too many sign-ups for now; `message` says which limit (Dutch)."""

    def __init__(self, message=TOO_MANY):
        super().__init__(str(message))
        self.message = message


def signup_submit(*, kind: str, raw, client_ip: str) -> tuple[SignUp | None, dict]:
    """Check and store one sign-up from a public form. Returns (the sign-up, {}) or
    (None, errors). A filled honeypot returns (None, {}): the sender is thanked, nothing kept.
    Raises RateLimited when the client or the contact has sent too many."""
    if _first(raw, HONEYPOT_FIELD).strip():
        return None, {}
    if not stamp_ok(_first(raw, STAMP_FIELD)):
        return None, {"form": TOO_FAST}
    data, errors = clean_signup(kind=kind, raw=raw)
    if errors:
        return None, errors
    if not _use_stamp(_first(raw, STAMP_FIELD)):
        return None, {"form": STAMP_USED}
    refused = signup_reserve(client_ip=client_ip, contacts=[data["phone"], data["email"]])
    if refused:
        raise RateLimited(refused)
    return SignUp.objects.create(**data), {}


def _lock_new(signup: SignUp, kind: str) -> SignUp:
    locked = SignUp.objects.select_for_update().get(pk=signup.pk)
    if locked.status != SignUp.Status.NEW:
        raise ValidationError(NOT_NEW)
    if locked.kind != kind:
        raise ValidationError(WRONG_KIND)
    return locked


def signup_start_intake(*, signup: SignUp, by):
    """A job seeker's sign-up becomes an intake at its location (the coordinator's own draft,
    with the person's name); the sign-up is accepted and points at it."""
    with transaction.atomic():
        signup = _lock_new(signup, SignUp.Kind.JOB_SEEKER)
        intake = start_intake(by=by, location=signup.location, person_name=signup.name)
        signup.intake = intake
        signup.status = SignUp.Status.ACCEPTED
        signup.handled_by, signup.handled_at = by, timezone.now()
        signup.save()
    return intake


def signup_accept_volunteer(*, signup: SignUp, by) -> SignUp:
    """A volunteer is welcome: the volunteer path starts (a checklist on the sign-up). No account
    is made here (docs/decisions.md)."""
    with transaction.atomic():
        signup = _lock_new(signup, SignUp.Kind.VOLUNTEER)
        if signup.email and signup.user_id is None:
            # Someone who already has an account at a location this coordinator coordinates
            # (say, a former participant): link it, so the path shows their VOG records. The
            # address was typed by whoever sent the form and is not checked: an account
            # elsewhere is never linked, or a stranger could show a coordinator another
            # location's VOG records and tie their sign-up to someone else's data.
            signup.user = (
                people_managed_by(user=by)
                .filter(email__iexact=signup.email, is_active=True, anonymised_at__isnull=True)
                .first()
            )
        signup.status = SignUp.Status.ACCEPTED
        signup.handled_by, signup.handled_at = by, timezone.now()
        signup.save()
    return signup


@dataclass(frozen=True)
class AccountResult:
    """What `signup_volunteer_account` did: `made` a new account, `linked` an existing one (or
    the sign-up had it already: `already`), and whether the invitation mail went out."""

    user: User
    made: bool
    already: bool
    invited: bool


def signup_volunteer_account(
    *, signup: SignUp, by, base_url: str, email: str = ""
) -> AccountResult:
    """ "Account maken en uitnodigen" for an accepted volunteer: the account (role buddy, the
    base volunteer role; member of the sign-up's location), linked as `signup.user`, and the
    invitation mail with a link to choose a password (the password-reset link Django checks;
    `PASSWORD_RESET_TIMEOUT`). An active account with that e-mail address is linked instead: no
    second account. Idempotent: a sign-up with an account gets no new one; the mail goes again
    only while its person never logged in. The e-mail address is required: the sign-up's own, or
    `email` typed by the coordinator (then kept on the sign-up)."""
    typed = (email or "").strip().lower()
    with transaction.atomic():
        locked = (
            SignUp.objects.select_for_update(of=("self",)).select_related("user").get(pk=signup.pk)
        )
        if locked.kind != SignUp.Kind.VOLUNTEER or locked.status != SignUp.Status.ACCEPTED:
            raise ValidationError(NOT_ACCEPTED_VOLUNTEER, code="not_accepted")
        if locked.user_id is not None and locked.user.anonymised_at is None:
            user, made, already = locked.user, False, True
        else:
            address = typed or locked.email.strip().lower()
            if not address:
                raise ValidationError({"email": EMAIL_NEEDED}, code="email_needed")
            try:
                validate_email(address)
            except ValidationError:
                raise ValidationError({"email": EMAIL_INVALID}, code="email_invalid") from None
            existing = User.objects.filter(
                email__iexact=address, anonymised_at__isnull=True
            ).first()
            if existing is not None and not existing.is_active:
                raise ValidationError({"email": ACCOUNT_INACTIVE}, code="account_inactive")
            if (
                existing is not None
                and not people_managed_by(user=by).filter(pk=existing.pk).exists()
            ):
                # The address came from a public form: linking it would make someone of another
                # location a member of this one (and their data visible here).
                raise ValidationError({"email": ACCOUNT_ELSEWHERE}, code="account_elsewhere")
            made, already = existing is None, False
            user = existing or account_services.user_create_or_update(
                email=address, display_name=clean_name(locked.name)
            )
            if not locked.email:
                locked.email = address
            locked.user = user
            locked.save(update_fields=["user", "email", "updated_at"])
        account_services.user_grant_role(user=user, role=Role.BUDDY)
        # get_or_create: a coordinator of that location stays one
        LocationMembership.objects.get_or_create(location=locked.location, user=user)
        invited = user.last_login is None
        if invited:
            transaction.on_commit(lambda: _send_account_invitation(user, by, base_url))
    signup.user = user
    return AccountResult(user=user, made=made, already=already, invited=invited)


def _send_account_invitation(user: User, by, base_url: str) -> None:
    user.refresh_from_db()  # the token hashes the stored password and last login
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    context = {
        "user": user,
        "coordinator": by.name if by is not None else "",
        "link": base_url + reverse("password_reset_confirm", args=[uid, token]),
        "login_link": base_url + reverse("login_link_request"),
        "hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    send_templated_mail(
        "courses/email/volunteer_account", context, user.email, language=user.preferred_language
    )


def signup_decline(*, signup: SignUp, by, note: str = "") -> SignUp:
    note = (note or "").replace("\x00", "").strip()
    if len(note) > MAX_TEXT:
        raise ValidationError({"decline_note": TOO_LONG % {"max": MAX_TEXT}})
    with transaction.atomic():
        locked = SignUp.objects.select_for_update().get(pk=signup.pk)
        if locked.status != SignUp.Status.NEW:
            raise ValidationError(NOT_NEW)
        locked.status = SignUp.Status.DECLINED
        locked.decline_note = note
        locked.handled_by, locked.handled_at = by, timezone.now()
        locked.save()
    return locked


def signup_delete(*, signup: SignUp) -> None:
    """The person asked to be forgotten (they have no account to ask with): the sign-up goes.
    An intake started from it stays (it has its own erasure)."""
    signup.delete()


def _date(value: str, field: str, errors: dict):
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10]) if len(value) == 10 else _bad(field, errors)
    except ValueError:
        return _bad(field, errors)


def _bad(field, errors):
    errors[field] = DATE_INVALID
    return None


def signup_update_path(*, signup: SignUp, raw) -> dict:
    """Save the volunteer path's checklist (dates and the chosen training). Returns errors per
    field; with errors nothing is changed."""
    if signup.kind != SignUp.Kind.VOLUNTEER or signup.status != SignUp.Status.ACCEPTED:
        return {"form": WRONG_KIND}
    errors: dict = {}
    values = {
        field: _date(_first(raw, field), field, errors)
        for field in ("interview_on", "vog_requested_on", "vog_received_on")
    }
    training = " ".join(_first(raw, "training_note").replace("\x00", "").split())
    if len(training) > MAX_SHORT:
        errors["training_note"] = TOO_LONG % {"max": MAX_SHORT}
    if errors:
        return errors
    for field, value in values.items():
        setattr(signup, field, value)
    signup.training_note = training
    signup.save()
    return {}


def signup_seed(*, location, data: dict) -> SignUp:
    """A demo sign-up (seed_demo): checked like a form's, made once (same name, kind, location)."""
    clean, errors = clean_signup(kind=data["kind"], raw={**data, "location": str(location.pk)})
    if errors:
        raise ValidationError(errors)
    existing = SignUp.objects.filter(
        kind=clean["kind"], name=clean["name"], location=location
    ).first()
    return existing or SignUp.objects.create(**clean)

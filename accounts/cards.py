"""Login cards: signing in without e-mail, with a printed card (its code) and three pictures.

A coordinator creates the person (`user_create_without_email`) and hands over a printed card
(`card_issue`): a QR code opens the card-login page with the public card id filled in, and the
card shows a personal code of 8 characters from an alphabet without look-alikes. The code is
stored only as an HMAC with the site's secret key (so that the code alone finds the card, when
someone types the site's address instead of scanning), the pictures only as a Django password
hash. Issuing a card again replaces the code (the old one stops working) and keeps the pictures;
`card_pictures_reset` lets the person choose new ones at the next sign-in.

Every sign-in attempt takes a place in the same kind of counts as the e-mail login (per card and
per client address, `LOGIN_MAX_FAILURES` and `LOGIN_MAX_FAILURES_PER_CLIENT` in
`LOGIN_FAILURE_WINDOW_SECONDS`); a wrong code and wrong pictures give the same answer.
"""

import contextlib
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from . import services
from .models import NO_EMAIL_DOMAIN, AuditEntry, LoginCard, User
from .names import clean_name
from .phones import phone_normalise
from .pictures import PICTURES, PICTURES_PER_PASSWORD, pictures_secret

# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: what is left cannot be mistaken when read from paper.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 8
CARD_ID_BYTES = 12
THROTTLE_SCOPE = "card-login"


def code_normalise(code: str) -> str:
    """What was typed, without spaces or dashes, in capitals."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def code_hash(code: str) -> str:
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, b"login-card:" + code_normalise(code).encode(), hashlib.sha256).hexdigest()


def code_grouped(code: str) -> str:
    """`ABCD EFGH`: easier to read and to type over."""
    code = code_normalise(code)
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@transaction.atomic
def user_create_without_email(
    *, first_name: str, last_name: str = "", phone: str = "", local_part: str = ""
) -> User:
    """A person who signs in with a card: no e-mail address (a reserved one stands in), no
    password, a phone number only when given (normalised; a wrong one raises PHONE_INVALID
    before anything is made). `local_part` fixes the reserved address (the demo only)."""
    phone = phone_normalise(phone)
    first_name = clean_name(first_name)
    if not first_name:
        raise ValueError("first_name must not be blank")
    user = User(
        email=f"{local_part or 'kaart-' + secrets.token_hex(8)}@{NO_EMAIL_DOMAIN}",
        first_name=first_name,
        last_name=clean_name(last_name),
        display_name=first_name,
        phone=phone,
    )
    user.set_unusable_password()
    user.save()
    return user


@dataclass(frozen=True)
class IssuedCard:
    card: LoginCard
    code: str  # in plain text only here, to print it once

    @property
    def code_grouped(self) -> str:
        return code_grouped(self.code)


@transaction.atomic
def card_issue(*, user: User, issued_by=None, code: str | None = None) -> IssuedCard:
    """Issue (or issue again) the login card of a person without e-mail. A new card id and code;
    the old ones stop working. The pictures stay. `code` is for the demo only."""
    if user.has_email or not user.is_active:
        raise ValueError("login cards are for active people without an e-mail address")
    code = code_normalise(code) if code else _new_code()
    card, _created = LoginCard.objects.update_or_create(
        user=user,
        defaults={
            "card_id": secrets.token_urlsafe(CARD_ID_BYTES),
            "code_hash": code_hash(code),
            "issued_at": timezone.now(),
            "issued_by": issued_by
            if issued_by is not None and issued_by.is_authenticated
            else None,
        },
    )
    if issued_by is not None:
        services.audit_record(actor=issued_by, subject=user, action=AuditEntry.Action.CARD_ISSUED)
    return IssuedCard(card=card, code=code)


@transaction.atomic
def card_pictures_reset(*, user: User, by=None) -> bool:
    """Forget the person's pictures: they choose new ones at the next sign-in."""
    changed = LoginCard.objects.filter(user=user).exclude(pictures_hash="").update(pictures_hash="")
    if changed and by is not None:
        services.audit_record(actor=by, subject=user, action=AuditEntry.Action.CARD_PICTURES_RESET)
    return bool(changed)


def pictures_valid(keys) -> bool:
    keys = list(keys)
    return len(keys) == PICTURES_PER_PASSWORD == len(set(keys)) and all(k in PICTURES for k in keys)


def card_pictures_set(*, card: LoginCard, pictures) -> None:
    if not pictures_valid(pictures):
        raise ValueError("choose exactly three different pictures")
    card.pictures_hash = make_password(pictures_secret(pictures))
    card.save(update_fields=["pictures_hash"])


def card_pictures_match(*, card: LoginCard, pictures) -> bool:
    return (
        card.has_pictures
        and pictures_valid(pictures)
        and check_password(pictures_secret(pictures), card.pictures_hash)
    )


# --- Signing in ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardCheck:
    """The outcome of one sign-in attempt. `card` is set only when the code was right and either
    the pictures were right (`choose_pictures` False) or none are chosen yet (True)."""

    card: LoginCard | None = None
    choose_pictures: bool = False
    throttled: bool = False


def _throttle_key(card_id: str, code: str) -> str:
    return card_id or code_hash(code)


def card_check(*, card_id: str, code: str, pictures, client_ip: str) -> CardCheck:
    """Check a code (and the card id from the QR code, when there) with the pictures. Each call
    takes a place in the counts per card and per client address, before anything is checked."""
    card_id = (card_id or "").strip()[:64]
    if not services._counters_take(
        scope=THROTTLE_SCOPE,
        limits={
            "card": (_throttle_key(card_id, code), settings.LOGIN_MAX_FAILURES),
            "client": (client_ip or "", settings.LOGIN_MAX_FAILURES_PER_CLIENT),
        },
        window=settings.LOGIN_FAILURE_WINDOW_SECONDS,
    ):
        return CardCheck(throttled=True)
    cards = LoginCard.objects.select_related("user").filter(
        code_hash=code_hash(code), user__is_active=True, user__anonymised_at__isnull=True
    )
    if card_id:
        cards = cards.filter(card_id=card_id)
    card = cards.first()
    pictures = list(pictures or [])
    if card is None:
        # As much work as a right code with pictures, so the answer time tells nothing.
        make_password(pictures_secret(pictures))
        return CardCheck()
    if not card.has_pictures:
        return CardCheck(card=card, choose_pictures=True)
    if not card_pictures_match(card=card, pictures=pictures):
        return CardCheck()
    card_check_succeeded(card=card, typed_card_id=card_id, code=code, client_ip=client_ip)
    return CardCheck(card=card)


def card_check_succeeded(*, card: LoginCard, typed_card_id: str, code: str, client_ip: str) -> None:
    """Signed in: the card counts afresh, the client gets back this attempt's place."""
    cache.delete(
        services._counter_key(
            scope=THROTTLE_SCOPE, kind="card", value=_throttle_key(typed_card_id, code)
        )
    )
    if client_ip:
        key = services._counter_key(scope=THROTTLE_SCOPE, kind="client", value=client_ip)
        with contextlib.suppress(ValueError):  # already expired
            cache.decr(key)
    card.last_used_at = timezone.now()
    card.save(update_fields=["last_used_at"])

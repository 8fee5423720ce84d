"""Writes of the accounts app: users, roles, locations, login attempts."""

import datetime
import hashlib
import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from toolkit.mail import send_templated_mail

from .models import AuditEntry, Location, LocationMembership, LoginToken, RoleAssignment, User
from .names import clean_name
from .roles import Role
from .tokens import new_token, token_hash

COORDINATORS_GROUP = "Coördinatoren"
EDITORS_GROUP = "Editors"  # created by Wagtail's own migrations

logger = logging.getLogger(__name__)


@transaction.atomic
def user_create_or_update(
    *,
    email: str,
    display_name: str = "",
    password: str | None = None,
    preferred_language: str = "nl",
) -> User:
    """Create the user with this e-mail address, or bring an existing one up to date."""
    email = User.objects.normalize_email(email).lower()
    user, _created = User.objects.get_or_create(email=email)
    user.display_name = clean_name(display_name)
    user.preferred_language = preferred_language
    if password is None:
        user.set_unusable_password()
    else:
        user.set_password(password)
    user.save()
    return user


def _admin_group(name: str) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created or not group.permissions.filter(codename="access_admin").exists():
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    return group


@transaction.atomic
def user_grant_role(*, user: User, role: Role) -> RoleAssignment:
    """Give a user a role, with the admin access that role needs."""
    assignment, _created = RoleAssignment.objects.get_or_create(user=user, role=role)
    if role == Role.EDITOR:
        user.groups.add(_admin_group(EDITORS_GROUP))
    elif role == Role.COORDINATOR:
        user.groups.add(_admin_group(COORDINATORS_GROUP))
    elif role == Role.ADMIN and not (user.is_staff and user.is_superuser):
        user.is_staff = True
        user.is_superuser = True
        user.save(update_fields=["is_staff", "is_superuser"])
    return assignment


@transaction.atomic
def user_revoke_role(*, user: User, role: Role) -> bool:
    """Take a role away, with the admin group that came with it (True when the user held it)."""
    deleted, _details = RoleAssignment.objects.filter(user=user, role=role).delete()
    group_name = {Role.EDITOR: EDITORS_GROUP, Role.COORDINATOR: COORDINATORS_GROUP}.get(role)
    if group_name:
        user.groups.remove(*Group.objects.filter(name=group_name))
    elif role == Role.ADMIN and (user.is_staff or user.is_superuser):
        user.is_staff = False
        user.is_superuser = False
        user.save(update_fields=["is_staff", "is_superuser"])
    return bool(deleted)


@transaction.atomic
def location_create_or_update(*, name: str, slug: str, address: str | None = None) -> Location:
    defaults = {"name": name}
    if address is not None:
        defaults["address"] = address.strip()
    location, _created = Location.objects.update_or_create(slug=slug, defaults=defaults)
    return location


@transaction.atomic
def location_add_member(
    *, location: Location, user: User, is_coordinator: bool = False
) -> LocationMembership:
    membership, _created = LocationMembership.objects.update_or_create(
        location=location, user=user, defaults={"is_coordinator": is_coordinator}
    )
    return membership


def user_set_language(*, user: User, language: str) -> None:
    if language in dict(settings.LANGUAGES) and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])


def user_update_profile(
    *, user: User, display_name: str | None = None, preferred_language: str | None = None
) -> User:
    """Change what a user may change about themselves. Unknown languages are refused."""
    fields = []
    if display_name is not None:
        cleaned = clean_name(display_name)
        if not cleaned:
            raise ValueError("display_name must not be blank")
        user.display_name = cleaned
        fields.append("display_name")
    if preferred_language is not None:
        if preferred_language not in dict(settings.LANGUAGES):
            raise ValueError(f"unknown language {preferred_language!r}")
        user.preferred_language = preferred_language
        fields.append("preferred_language")
    if fields:
        user.save(update_fields=fields)
    return user


# --- Login attempts and mail requests --------------------------------------------------------
# Counted in the cache (Redis when REDIS_URL is set, so every web process shares the count), per
# account (the e-mail address typed) and per client address. The key holds a hash, never the
# address. An attempt first takes its place in the count (`add` + `incr`, atomic on Redis and in
# local memory), and only an attempt whose place lies within the limit may go on: so at most the
# limit is ever checked in a window, however many arrive at the same moment.


def _counter_key(*, scope: str, kind: str, value: str) -> str:
    digest = hashlib.sha256(value.encode()).hexdigest()[:32]
    return f"{scope}:{kind}:{digest}"


def _counter_take(*, key: str, window: int) -> int:
    """Add one to the count under `key`, which lives `window` seconds from its first use; return
    the new count, this attempt included."""
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr(): this attempt starts a new window
        return 1 if cache.add(key, 1, timeout=window) else _counter_take(key=key, window=window)
    if count == 1:
        # Redis' incr() on a key that expired after Django's exists() check creates it anew,
        # without an expiry: give it one, or the count would never end.
        cache.touch(key, timeout=window)
    return count


def _counters_take(*, scope: str, limits: dict[str, tuple[str, int]], window: int) -> bool:
    """Take a place in every count; True if each place lies within its limit."""
    allowed = True
    for kind, (value, limit) in limits.items():
        if not value:
            continue
        count = _counter_take(key=_counter_key(scope=scope, kind=kind, value=value), window=window)
        if count > limit:
            allowed = False
    return allowed


def _normalised(email: str) -> str:
    return (email or "").strip().lower()


def login_attempt_reserve(*, email: str, client_ip: str) -> bool:
    """Take a place for one password check; False when the account or the client address has
    used up its tries for now (then the password must not be checked at all)."""
    return _counters_take(
        scope="login-attempts",
        limits={
            "account": (_normalised(email), settings.LOGIN_MAX_FAILURES),
            "client": (client_ip or "", settings.LOGIN_MAX_FAILURES_PER_CLIENT),
        },
        window=settings.LOGIN_FAILURE_WINDOW_SECONDS,
    )


def login_attempt_succeeded(*, email: str, client_ip: str) -> None:
    """A right password: the account starts counting afresh, and the client address gets back
    the place this attempt took (the places others took stay taken)."""
    cache.delete(_counter_key(scope="login-attempts", kind="account", value=_normalised(email)))
    if client_ip:
        key = _counter_key(scope="login-attempts", kind="client", value=client_ip)
        try:
            if cache.decr(key) < 1:
                cache.touch(key, timeout=settings.LOGIN_FAILURE_WINDOW_SECONDS)
        except ValueError:  # already expired
            pass


def login_mail_reserve(*, kind: str, email: str, client_ip: str) -> bool:
    """Take a place for one login-link or password-reset mail (`kind`); False when the address
    asked for, or the client address, has had enough of them for now: then no mail is sent.
    Counted whether or not the address belongs to anyone, so the answer reveals nothing."""
    allowed = _counters_take(
        scope=f"login-mail:{kind}",
        limits={
            "address": (_normalised(email), settings.LOGIN_MAIL_MAX_PER_ADDRESS),
            "client": (client_ip or "", settings.LOGIN_MAIL_MAX_PER_CLIENT),
        },
        window=settings.LOGIN_MAIL_WINDOW_SECONDS,
    )
    if not allowed:
        logger.warning("%s mail not sent: too many requests", kind)
    return allowed


# --- Login links and the privacy log ----------------------------------------------------------


def audit_record(*, actor, subject, action: str, detail: str = "") -> None:
    AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        subject=subject,
        action=action,
        detail=detail[:255],
    )


def audit_record_many(*, actor, subjects, action: str, detail: str = "") -> None:
    AuditEntry.objects.bulk_create(
        AuditEntry(
            actor=actor if actor is not None and actor.is_authenticated else None,
            subject=subject,
            action=action,
            detail=detail[:255],
        )
        for subject in subjects
    )


def login_link_send(*, email: str, base_url: str, client_ip: str = "") -> None:
    """E-mail a single-use login link. Says nothing about whether the address is known, and
    sends nothing once the address or the client has asked too often (`login_mail_reserve`)."""
    if not login_mail_reserve(kind="login-link", email=email, client_ip=client_ip):
        return
    user = User.objects.filter(email__iexact=(email or "").strip(), is_active=True).first()
    if user is None:
        return
    token, digest = new_token()
    LoginToken.objects.create(
        user=user,
        token_hash=digest,
        expires_at=timezone.now() + datetime.timedelta(minutes=settings.LOGIN_LINK_VALID_MINUTES),
    )
    context = {
        "user": user,
        "link": base_url + reverse("login_link_confirm", args=[token]),
        "minutes": settings.LOGIN_LINK_VALID_MINUTES,
    }
    send_templated_mail(
        "accounts/email/login_link", context, user.email, language=user.preferred_language
    )


@transaction.atomic
def login_link_use(*, token: str) -> User | None:
    """The user of a valid, unused, unexpired link (which is then used up), or None."""
    login_token = (
        LoginToken.objects.select_for_update()
        .select_related("user")
        .filter(token_hash=token_hash(token), used_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )
    if login_token is None or not login_token.user.is_active:
        return None
    login_token.used_at = timezone.now()
    login_token.save(update_fields=["used_at"])
    return login_token.user

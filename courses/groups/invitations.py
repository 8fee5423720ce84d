"""Invitations to a group: sent by a coordinator, accepted once by the invitee."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from accounts import services as account_services
from accounts.models import User
from accounts.roles import Role
from accounts.tokens import new_token, token_hash
from courses import errors
from courses.groups.access import people_managed_by, people_of_locations
from courses.groups.models import Cohort, CohortMembership, Invitation
from courses.groups.services import cohort_add_member
from courses.volunteers.services import (
    MAY_NOT_LEAD,
    MAY_NOT_TRAIN,
    NO_LEADER_CERTIFICATE,
    NO_SHADOWING,
    NO_TRAINER_ROLE,
    NO_VALID_VOG,
    joined_reasons,
    lead_gate_for,
    leader_gate,
    trainer_gate,
)
from toolkit.mail import send_templated_mail


def parse_emails(text: str) -> tuple[list[str], list[str]]:
    """A pasted list (commas, semicolons, spaces or lines) → (valid addresses, problems)."""
    valid, problems = [], []
    for raw in text.replace(";", "\n").replace(",", "\n").split():
        email = raw.strip().strip("<>").lower()
        if not email:
            continue
        try:
            validate_email(email)
        except ValidationError:
            problems.append(str(errors.INVALID_EMAIL % {"email": raw}))
            continue
        if email not in valid:
            valid.append(email)
    return valid, problems


def _leader_reason(email: str, *, cohort: Cohort, invited_by) -> str | None:
    """Why this address cannot be chosen as a leader (the coordinator reads it), or None.
    The address is looked up only among the people of the group's location and the locations
    the coordinator runs; anyone else reads exactly as an unknown address, and the message names
    the address, never a person."""

    scope = people_of_locations(locations=[cohort.location_id])
    if invited_by is not None:
        scope = scope | people_managed_by(user=invited_by)
    # A national training's trainer may come from any location: the national office invites
    # them (its scope is everyone); a location coordinator finds only trainers of their own
    # locations, so nobody learns a trainer's VOG status elsewhere.
    training = cohort.is_training
    user = scope.filter(email__iexact=email).first()
    gate, missing = (
        (trainer_gate, NO_TRAINER_ROLE) if training else (leader_gate, NO_LEADER_CERTIFICATE)
    )
    if user is None:
        # Reads exactly as a known person who has nothing yet.
        reason = joined_reasons(
            [missing, NO_VALID_VOG] if training else [missing, NO_VALID_VOG, NO_SHADOWING]
        )
    else:
        reason = gate(user=user)
    sentence = MAY_NOT_TRAIN if training else MAY_NOT_LEAD
    return str(sentence % {"name": email, "reason": reason}) if reason else None


def _send(invitation: Invitation, token: str, base_url: str) -> None:
    context = {
        "invitation": invitation,
        "cohort": invitation.cohort,
        "link": f"{base_url}/uitnodiging/{token}/",
        "days": settings.INVITATION_VALID_DAYS,
    }
    send_templated_mail("courses/email/invitation", context, invitation.email)


def _fresh_token(invitation: Invitation) -> str:
    token, digest = new_token()
    now = timezone.now()
    invitation.token_hash = digest
    invitation.sent_at = now
    invitation.expires_at = now + datetime.timedelta(days=settings.INVITATION_VALID_DAYS)
    return token


@transaction.atomic
def invitations_create(
    *, cohort: Cohort, text: str, invited_by, base_url: str, role: str = "participant"
) -> tuple[list[Invitation], list[str]]:
    """Invite every address in `text`. Returns the invitations sent and what was skipped."""
    emails, problems = parse_emails(text)
    members = set(
        CohortMembership.objects.filter(cohort=cohort, user__email__in=emails).values_list(
            "user__email", flat=True
        )
    )
    sent = []
    for email in emails:
        if email in members:
            problems.append(str(errors.ALREADY_MEMBER % {"email": email}))
            continue
        if role == CohortMembership.Role.LEADER:
            reason = _leader_reason(email, cohort=cohort, invited_by=invited_by)
            if reason:
                problems.append(reason)
                continue
        # A new invitation replaces an open one to the same address.
        Invitation.objects.filter(
            cohort=cohort, email=email, accepted_at__isnull=True, withdrawn_at__isnull=True
        ).update(withdrawn_at=timezone.now())
        invitation = Invitation(cohort=cohort, email=email, role=role, invited_by=invited_by)
        token = _fresh_token(invitation)
        invitation.save()
        transaction.on_commit(lambda i=invitation, t=token: _send(i, t, base_url))
        sent.append(invitation)
    return sent, problems


@transaction.atomic
def invitation_resend(*, invitation: Invitation, base_url: str) -> Invitation:
    if invitation.accepted_at:
        raise ValidationError(errors.INVITATION_USED)
    invitation.withdrawn_at = None
    token = _fresh_token(invitation)
    invitation.save()
    transaction.on_commit(lambda: _send(invitation, token, base_url))
    return invitation


@transaction.atomic
def invitation_withdraw(*, invitation: Invitation) -> Invitation:
    if invitation.accepted_at:
        raise ValidationError(errors.INVITATION_USED)
    invitation.withdrawn_at = timezone.now()
    invitation.save(update_fields=["withdrawn_at"])
    return invitation


def invitation_for_token(token: str, *, for_update: bool = False) -> Invitation:
    """The open invitation behind a link, or a ValidationError that says what is wrong."""
    invitations = Invitation.objects.select_related(
        "cohort__edition__programme", "cohort__location"
    )
    if for_update:
        invitations = invitations.select_for_update()
    invitation = invitations.filter(token_hash=token_hash(token)).first()
    if invitation is None:
        raise ValidationError(errors.INVITATION_UNKNOWN)
    status = invitation.status
    if status == "accepted":
        raise ValidationError(errors.INVITATION_USED)
    if status == "withdrawn":
        raise ValidationError(errors.INVITATION_WITHDRAWN)
    if status == "expired":
        raise ValidationError(errors.INVITATION_EXPIRED)
    return invitation


@transaction.atomic
def invitation_accept(
    *, token: str, current_user=None, display_name: str = "", password: str | None = None
) -> User:
    """Accept an invitation: a new account (with a password, or none for login links), or the
    signed-in account with the invited address. Refused when the group is full."""
    invitation = invitation_for_token(token, for_update=True)
    existing = User.objects.filter(email__iexact=invitation.email).first()
    if current_user is not None and current_user.is_authenticated:
        if current_user.email.lower() != invitation.email.lower():
            raise ValidationError(errors.INVITATION_OTHER_ACCOUNT)
        user = current_user
    elif existing is not None:
        raise ValidationError(errors.INVITATION_EXISTING_ACCOUNT)
    else:
        user = account_services.user_create_or_update(
            email=invitation.email, display_name=display_name.strip(), password=password
        )
    cohort = invitation.cohort
    if invitation.role == CohortMembership.Role.LEADER:
        # A group's leader passes the leader gate (certificate and VOG); a training's trainer
        # the trainer gate (trainer role and VOG).
        refusal = lead_gate_for(cohort=cohort, user=user)
        if refusal:
            raise ValidationError(refusal)
    cohort_add_member(cohort=cohort, user=user, role=invitation.role)
    if not cohort.is_training:
        account_services.user_grant_role(
            user=user, role=Role.LEADER if invitation.role == "leader" else Role.PARTICIPANT
        )
        account_services.location_add_member(location=cohort.location, user=user)
    elif not user.location_memberships.exists():
        # Someone new to the platform belongs somewhere: the training's own location.
        account_services.location_add_member(location=cohort.location, user=user)
    # A training is no JobGroup: its volunteers get no participant role and stay at their own
    # location (a national training takes volunteers of several locations; the trainer already
    # holds the trainer role).
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return user

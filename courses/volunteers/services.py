"""Certificates of volunteer courses and the VOG (certificate of conduct).

One module for models, reads, gates and writes of certification:

- `Certificate`: what a volunteer course gives (buddy, leader, coordinator, migrant coaching),
  valid for the months the programme says, renewed by the recertification course.
- `ConductCertificate`: a VOG the office has seen. No document is stored, only the dates.
- Gates: `leader_gate` and `buddy_gate` say why someone may not (yet) lead a group or be a buddy.
- Services: `certificate_issue`, `certificate_revoke`, `vog_record`, `certificate_reminders_send`.

A revoked certificate (`revoked_at` set) is never valid again: it counts for no gate, is not
renewed, gets no reminders, and the public verification page shows only name, role and
"Ingetrokken".

A certificate is valid up to and including `valid_until`. A VOG is valid up to and including
the day `VOG_VALID_YEARS` years after it was issued.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from accounts.access import is_national_office, user_has_role
from accounts.models import Location, LocationMembership
from accounts.roles import Role
from accounts.services import user_grant_role
from content.models import CertifiedRole, ProgrammeKind
from content.selectors import edition_all_content
from courses.groups.access import coordinated_locations, may_manage_cohort
from courses.groups.models import Cohort, CohortMembership, Meeting
from courses.groups.selectors import participant_attendance
from courses.volunteers.models import (
    CODE_LENGTH,
    RENEWAL_GRACE_MONTHS,
    REVOKED_REASON_MAX_LENGTH,
    Certificate,
    ConductCertificate,
    Shadowing,
    _today,
    add_months,
    new_verification_code,
    vog_valid_years,
)
from courses.workbook.selectors import answers_by_block, step_answered_count
from toolkit.mail import send_templated_mail
from toolkit.permissions import NotPermitted

logger = logging.getLogger(__name__)

# --- Messages (shared with the tests) ----------------------------------------------------------

NOT_A_COURSE = _("Alleen een training voor vrijwilligers geeft een certificaat.")
NOT_A_PARTICIPANT = _("Alleen deelnemers van deze training krijgen een certificaat.")
NOT_ALLOWED_TO_ISSUE = _(
    "Alleen de leiders van de groep en de coördinator kunnen een certificaat uitreiken."
)
ALREADY_ISSUED = _("Het certificaat voor deze training is al uitgereikt.")
NO_VALIDITY = _(
    "Bij deze training staat niet hoe lang het certificaat geldig is. "
    "Vraag de beheerder om dit in te vullen."
)
MISSED_MEETINGS = _("Nog niet klaar: niet aanwezig geweest bij de bijeenkomst van stap %(steps)s.")
UNCONFIRMED_CHECK_INS = _(
    "Nog niet klaar: de trainer moet nog bevestigen dat je er was bij stap %(steps)s "
    "(je hebt zelf ingecheckt)."
)
OPEN_EXERCISES = _("Nog niet klaar: nog niet alle opdrachten zijn gemaakt (stap %(steps)s).")
QUIZ_NOT_PASSED = _("Nog niet klaar: de toets is nog niet gehaald (stap %(steps)s).")
NOTHING_TO_RENEW = _(
    "Er is geen certificaat om te vernieuwen. Een certificaat dat langer dan een jaar verlopen "
    "is, krijg je alleen terug door de training opnieuw te doen."
)
VOG_IN_FUTURE = _("De datum van de VOG kan niet in de toekomst liggen.")
VOG_TOO_OLD = _("Deze VOG is ouder dan %(years)s jaar en dus niet meer geldig.")
VOG_NOT_ALLOWED = _("Alleen de coördinator van de locatie van deze persoon kan een VOG invoeren.")

# Reasons of the gates: short, so they fit in a sentence ("Anna kan geen groep leiden: …").
NO_LEADER_CERTIFICATE = _("geen actief leiderscertificaat")
NO_BUDDY_CERTIFICATE = _("geen actief maatjescertificaat")
NO_VALID_VOG = _("geen geldige VOG")
NO_TRAINER_ROLE = _("geen trainer (het landelijk bureau maakt iemand trainer)")
NO_SHADOWING = _("nog niet meegedraaid met de groep van een andere leider")
BOTH_REASONS = _("%(first)s en %(second)s")
# The step as the volunteer reads it on their own page ("Mijn certificaten").
SHADOW_FIRST = _("Draai eerst een keer mee met de groep van een andere leider.")
# For the callers of the gates (cohort_add_member, buddy matching).
MAY_NOT_LEAD = _("%(name)s kan (nog) geen groep leiden: %(reason)s.")
MAY_NOT_TRAIN = _("%(name)s kan (nog) geen training geven: %(reason)s.")
MAY_NOT_BE_BUDDY = _("%(name)s kan (nog) geen maatje zijn: %(reason)s.")

REVOKE_REASON_MISSING = _("Schrijf kort op waarom het certificaat wordt ingetrokken.")
REVOKE_REASON_TOO_LONG = _("Houd de reden kort: hoogstens %(limit)s tekens.")
NOT_ALLOWED_TO_REVOKE = _(
    "Alleen de coördinator van de locatie van deze persoon kan een certificaat intrekken."
)
ALREADY_REVOKED = _("Dit certificaat is al ingetrokken.")
REVOKED_NOT_REISSUED = _(
    "Het certificaat voor deze training is ingetrokken en wordt niet opnieuw uitgereikt."
)

UNKNOWN_CODE = _("Onbekende code")

# --- Settings and constants --------------------------------------------------------------------

REMINDER_DAYS = (90, 30, 7)

# The accounts role a certificate gives; migrant coaching is an extra, not a role of its own.
ROLE_FOR_CERTIFICATE = {
    CertifiedRole.BUDDY: Role.BUDDY,
    CertifiedRole.LEADER: Role.LEADER,
    CertifiedRole.COORDINATOR: Role.COORDINATOR,
}


def normalise_code(code: str) -> str:
    """What people type or read aloud: spaces, dashes and lower case do not matter."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


# --- Models ------------------------------------------------------------------------------------


# --- Selectors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateSummary:
    """One certificate as its holder sees it on "Mijn certificaten"."""

    certificate: Certificate
    status: str
    status_label: str
    advice: str
    superseded: bool


def _date(day: datetime.date) -> str:
    return formats.date_format(day, "j F Y")


def _advice(certificate: Certificate, status: str, today: datetime.date, superseded: bool) -> str:
    if status == Certificate.Status.REVOKED:
        return gettext(
            "Dit certificaat is ingetrokken op %(date)s en telt niet meer. Heb je vragen? "
            "Neem contact op met de coördinator van je locatie."
        ) % {"date": _date(timezone.localdate(certificate.revoked_at))}
    if superseded:
        return gettext(
            "Je hebt een nieuwer certificaat voor deze rol; dit certificaat telt niet meer."
        )
    if status == Certificate.Status.ACTIVE:
        return gettext("Geldig tot en met %(date)s. Je hoeft nu niets te doen.") % {
            "date": _date(certificate.valid_until)
        }
    if status == Certificate.Status.DUE:
        days = certificate.days_left(today=today)
        if days == 0:
            return gettext("Verloopt vandaag: meld je aan voor de hercertificering.")
        return ngettext(
            "Verloopt over %(days)s dag: meld je aan voor de hercertificering.",
            "Verloopt over %(days)s dagen: meld je aan voor de hercertificering.",
            days,
        ) % {"days": days}
    lapsed_on = _date(certificate.valid_until + datetime.timedelta(days=1))
    if today <= certificate.renewable_until():
        return gettext(
            "Niet meer geldig sinds %(date)s. Doe uiterlijk %(deadline)s de hercertificering, "
            "dan wordt het weer geldig."
        ) % {"date": lapsed_on, "deadline": _date(certificate.renewable_until())}
    return gettext(
        "Niet meer geldig sinds %(date)s. Doe de training opnieuw om weer een certificaat te "
        "krijgen."
    ) % {"date": lapsed_on}


def certificates_of_holder(*, user, today: datetime.date | None = None) -> list[CertificateSummary]:
    """The user's certificates, newest first, each with its status and what to do."""
    today = _today(today)
    certificates = list(
        Certificate.objects.filter(user=user)
        .select_related("programme")
        .order_by("-valid_until", "-pk")
    )
    seen_roles: set[str] = set()
    summaries = []
    for certificate in certificates:
        # A revoked certificate never replaces another one (nor is it "replaced": it is revoked).
        superseded = not certificate.is_revoked and certificate.role in seen_roles
        if not certificate.is_revoked:
            seen_roles.add(certificate.role)
        status = certificate.status_on(today)
        summaries.append(
            CertificateSummary(
                certificate=certificate,
                status=status,
                status_label=str(Certificate.Status(status).label),
                advice=_advice(certificate, status, today, superseded),
                superseded=superseded,
            )
        )
    return summaries


def vog_latest(*, user) -> ConductCertificate | None:
    return ConductCertificate.objects.filter(user=user).order_by("-issued_on", "-pk").first()


def course_completion_problems(*, user, cohort: Cohort) -> list[ValidationError]:
    """What the participant still has to do before the course is complete (empty: complete):
    present (or late, or excused) at every meeting that has started, every answerable exercise answered, every quiz
    passed."""

    problems = []
    started = list(
        Meeting.objects.filter(cohort=cohort).filter(
            Q(starts_at__lte=timezone.now()) | ~Q(status=Meeting.Status.PLANNED)
        )
    )
    # From the register (courses.groups.selectors): there, late or excused counts; absent, or
    # nothing known yet, does not. A self check-in counts once the register confirmed it.
    presences = participant_attendance(meetings=started, user=user)
    missed = sorted(p.meeting.step_number for p in presences if not p.counts_as_attended)
    unconfirmed = sorted(
        p.meeting.step_number
        for p in presences
        if p.counts_as_attended and not p.counts_for_certificate
    )
    if missed:
        problems.append(
            ValidationError(
                MISSED_MEETINGS,
                code="missed_meeting",
                params={"steps": ", ".join(map(str, missed))},
            )
        )
    if unconfirmed:
        problems.append(
            ValidationError(
                UNCONFIRMED_CHECK_INS,
                code="unconfirmed_check_in",
                params={"steps": ", ".join(map(str, unconfirmed))},
            )
        )
    answers = answers_by_block(cohort=cohort, user=user)
    open_steps, failed_steps = [], []
    for step in edition_all_content(edition=cohort.edition):
        if step_answered_count(step, answers) < len(step.answerable):
            open_steps.append(step.number)
        for exercise in step.answerable:
            answer = answers.get(exercise.id)
            answered_quiz = exercise.type == "quiz" and answer is not None
            if answered_quiz and not (answer.value or {}).get("passed"):
                failed_steps.append(step.number)
    if open_steps:
        problems.append(
            ValidationError(
                OPEN_EXERCISES,
                code="open_exercise",
                params={"steps": ", ".join(map(str, sorted(set(open_steps))))},
            )
        )
    if failed_steps:
        problems.append(
            ValidationError(
                QUIZ_NOT_PASSED,
                code="quiz_not_passed",
                params={"steps": ", ".join(map(str, sorted(set(failed_steps))))},
            )
        )
    return problems


@dataclass(frozen=True)
class PublicCertificate:
    """All that the public verification page shows: never the e-mail address. Of a revoked
    certificate only the name, the role and the status: `valid_until` is None."""

    holder_name: str
    role_label: str
    valid_until: datetime.date | None
    status: str
    status_label: str

    @property
    def is_revoked(self) -> bool:
        return self.status == Certificate.Status.REVOKED


def certificate_public_view(
    *, code: str, today: datetime.date | None = None
) -> PublicCertificate | None:
    """The certificate with this code, as anyone may see it; None for an unknown code (and for
    the certificates of people whose data were erased)."""
    code = normalise_code(code)
    if len(code) != CODE_LENGTH:
        return None
    certificate = (
        Certificate.objects.select_related("user")
        .filter(verification_code=code, user__anonymised_at__isnull=True)
        .first()
    )
    if certificate is None:
        return None
    status = certificate.status_on(_today(today))
    return PublicCertificate(
        holder_name=certificate.holder_name,
        role_label=str(certificate.get_role_display()),
        valid_until=None if certificate.is_revoked else certificate.valid_until,
        status=status,
        status_label=str(Certificate.Status(status).label),
    )


@dataclass(frozen=True)
class ParticipantCertificates:
    """One participant of a course on the issuing page, with what the course gave them: the
    certificate of this course, or, for a recertification, the certificates it renewed."""

    participant: object
    certificates: list[Certificate]


def cohort_certificate_rows(*, cohort: Cohort) -> list[ParticipantCertificates]:
    """The participants of a course, by name, each with their certificates of it. Two queries."""
    memberships = (
        CohortMembership.objects.filter(cohort=cohort, role=CohortMembership.Role.PARTICIPANT)
        .select_related("user")
        .order_by("user__display_name", "user__email")
    )
    participants = [membership.user for membership in memberships]
    by_user: dict[int, list[Certificate]] = {}
    certificates = (
        Certificate.objects.filter(Q(cohort=cohort) | Q(renewed_with=cohort))
        .filter(user__in=participants)
        .order_by("role", "pk")
    )
    for certificate in certificates:
        by_user.setdefault(certificate.user_id, []).append(certificate)
    return [
        ParticipantCertificates(participant=user, certificates=by_user.get(user.pk, []))
        for user in participants
    ]


def cohort_participant(*, cohort: Cohort, user_id) -> object | None:
    """The participant of this course with this id (as posted by a form), or None."""
    try:
        user_id = int(user_id)
    except (TypeError, ValueError):
        return None
    membership = (
        CohortMembership.objects.select_related("user")
        .filter(cohort=cohort, user_id=user_id, role=CohortMembership.Role.PARTICIPANT)
        .first()
    )
    return membership.user if membership else None


@dataclass(frozen=True)
class VogStatus:
    """A person on the coordinator's VOG page, with their latest VOG (if any)."""

    person: object
    issued_on: datetime.date | None
    valid_until: datetime.date | None
    is_valid: bool


# The roles that make someone a volunteer (and so need a VOG), beside being trained as one.
VOLUNTEER_ROLES = (Role.BUDDY, Role.LEADER, Role.COORDINATOR)


def volunteers_q() -> Q:
    """Volunteers: who holds a volunteer role or a certificate, leads a group, or is trained in
    a volunteer course. For the choices of coordinators' forms (a VOG is for volunteers only)."""
    return (
        Q(role_assignments__role__in=VOLUNTEER_ROLES)
        | Q(certificates__isnull=False)
        | Q(cohort_memberships__role=CohortMembership.Role.LEADER)
        | Q(cohort_memberships__cohort__programme__kind=ProgrammeKind.VOLUNTEER_COURSE)
    )


def job_seekers_of_locations(*, locations):
    """The job seekers of `locations` a coordinator may choose (a buddy match, a trajectory):
    people of those locations or participants of their groups, never a volunteer."""
    users = get_user_model().objects.filter(is_active=True, anonymised_at__isnull=True)
    return (
        users.filter(
            Q(
                location_memberships__location__in=locations,
                location_memberships__is_coordinator=False,
            )
            | Q(
                cohort_memberships__cohort__location__in=locations,
                cohort_memberships__role=CohortMembership.Role.PARTICIPANT,
            )
        )
        .exclude(pk__in=users.filter(volunteers_q()).values("pk"))
        .distinct()
        .order_by("display_name", "email")
    )


def vog_overview(*, people, today: datetime.date | None = None) -> list[VogStatus]:
    """Each person with the date of their latest VOG and whether it is valid today. One query."""
    today = _today(today)
    rows = []
    for person in people.annotate(latest_vog=models.Max("conduct_certificates__issued_on")):
        issued_on = person.latest_vog
        valid_until = add_months(issued_on, 12 * vog_valid_years()) if issued_on else None
        rows.append(
            VogStatus(
                person=person,
                issued_on=issued_on,
                valid_until=valid_until,
                is_valid=bool(issued_on and issued_on <= today <= valid_until),
            )
        )
    return rows


# --- Access and gates --------------------------------------------------------------------------


def cohort_for_issuer(*, user, cohort_id: int) -> Cohort:
    """The one gate for the issuing page of a course: a volunteer course, and a user who may
    issue its certificates. Anything else (also a JobGroup) is a 404."""

    if not user.is_authenticated:
        raise NotPermitted
    cohort = (
        Cohort.objects.select_related("programme", "location", "edition")
        .filter(pk=cohort_id)
        .first()
    )
    if cohort is None or cohort.programme.kind != ProgrammeKind.VOLUNTEER_COURSE:
        raise NotPermitted
    if not may_issue_certificate(user=user, cohort=cohort):
        raise NotPermitted
    return cohort


def certificate_for_owner(*, user, certificate_id: int) -> Certificate:
    """The one gate for a certificate page: only its holder; anyone else gets a 404."""

    if not user.is_authenticated:
        raise NotPermitted
    certificate = (
        Certificate.objects.select_related("programme", "user")
        .filter(pk=certificate_id, user=user)
        .first()
    )
    if certificate is None:
        raise NotPermitted
    return certificate


def has_active_certificate(*, user, role: str, today: datetime.date | None = None) -> bool:
    """A certificate for this role that is still valid today ("due" counts: it is still valid)
    and not revoked."""
    return Certificate.objects.filter(
        user=user, role=role, valid_until__gte=_today(today), revoked_at__isnull=True
    ).exists()


def has_valid_vog(*, user, today: datetime.date | None = None) -> bool:
    today = _today(today)
    oldest_valid = add_months(today, -12 * vog_valid_years())
    return ConductCertificate.objects.filter(
        user=user, issued_on__gte=oldest_valid, issued_on__lte=today
    ).exists()


def joined_reasons(reasons) -> str | None:
    """ "a", "a en b", "a, b en c"; None for no reasons."""
    reasons = [str(reason) for reason in reasons]
    if not reasons:
        return None
    if len(reasons) == 1:
        return reasons[0]
    return str(BOTH_REASONS) % {"first": ", ".join(reasons[:-1]), "second": reasons[-1]}


def has_shadowed(*, user) -> bool:
    """Has this person taken part once in a meeting of another leader's group (recorded by a
    leader of that group)?"""
    return Shadowing.objects.filter(volunteer=user).exists()


def _gate_reasons(
    *, user, role: str, missing_certificate, today: datetime.date | None
) -> list[str]:
    reasons = []
    if not has_active_certificate(user=user, role=role, today=today):
        reasons.append(str(missing_certificate))
    if not has_valid_vog(user=user, today=today):
        reasons.append(str(NO_VALID_VOG))
    return reasons


def _gate(*, user, role: str, missing_certificate, today: datetime.date | None) -> str | None:
    return joined_reasons(
        _gate_reasons(user=user, role=role, missing_certificate=missing_certificate, today=today)
    )


def leader_gate(*, user, today: datetime.date | None = None) -> str | None:
    """None when the user may lead a new group; else the reason, in Dutch: an active leader's
    certificate, a valid VOG, and once taken part in another leader's group ("meedraaien")."""
    reasons = _gate_reasons(
        user=user, role=CertifiedRole.LEADER, missing_certificate=NO_LEADER_CERTIFICATE, today=today
    )
    if not has_shadowed(user=user):
        reasons.append(str(NO_SHADOWING))
    return joined_reasons(reasons)


def trainer_gate(*, user, today: datetime.date | None = None) -> str | None:
    """None when the user may run a volunteer training; else the reason, in Dutch. A trainer
    holds the trainer role (granted by the national office) and a valid VOG, like every
    volunteer; the JobGroupleider certificate is not asked."""
    reasons = []
    if not user_has_role(user=user, role=Role.TRAINER):
        reasons.append(str(NO_TRAINER_ROLE))
    if not has_valid_vog(user=user, today=today):
        reasons.append(str(NO_VALID_VOG))
    if len(reasons) == 2:
        return str(BOTH_REASONS) % {"first": reasons[0], "second": reasons[1]}
    return reasons[0] if reasons else None


def lead_gate_for(*, cohort: Cohort, user, today: datetime.date | None = None) -> str | None:
    """The gate for the leader membership of `cohort`, with the sentence the callers show: a
    training's trainer passes the trainer gate, a JobGroup's leader the leader gate."""
    if cohort.is_training:
        reason = trainer_gate(user=user, today=today)
        return str(MAY_NOT_TRAIN % {"name": user.name, "reason": reason}) if reason else None
    reason = leader_gate(user=user, today=today)
    return str(MAY_NOT_LEAD % {"name": user.name, "reason": reason}) if reason else None


def buddy_gate(*, user, today: datetime.date | None = None) -> str | None:
    """None when the user may be matched as a buddy; else the reason, in Dutch."""
    return _gate(
        user=user, role=CertifiedRole.BUDDY, missing_certificate=NO_BUDDY_CERTIFICATE, today=today
    )


def may_issue_certificate(*, user, cohort: Cohort) -> bool:
    """The group's leaders, the coordinators of its location, and admins."""

    if not user.is_authenticated:
        return False
    is_leader = CohortMembership.objects.filter(
        cohort=cohort, user=user, role=CohortMembership.Role.LEADER
    ).exists()
    return is_leader or may_manage_cohort(user=user, cohort=cohort)


def may_record_vog(*, checked_by, user) -> bool:
    """Admins, and coordinators of a location the person belongs to; never for oneself."""
    if not checked_by.is_authenticated or checked_by.pk == user.pk:
        return False
    if checked_by.is_superuser:
        return True
    locations = LocationMembership.objects.filter(user=user).values("location_id")
    return LocationMembership.objects.filter(
        user=checked_by, is_coordinator=True, location_id__in=locations
    ).exists()


def may_revoke_certificate(*, user, certificate: Certificate) -> bool:
    """Admins, and coordinators of a location the holder belongs to (as a member of the location,
    or as a participant of the course at that location); never for one's own certificate."""
    if not user.is_authenticated or user.pk == certificate.user_id:
        return False
    if user.is_superuser:
        return True
    locations = Q(
        location_id__in=LocationMembership.objects.filter(user_id=certificate.user_id).values(
            "location_id"
        )
    )
    if certificate.cohort_id is not None:
        locations |= Q(location__cohorts__pk=certificate.cohort_id)
    return LocationMembership.objects.filter(locations, user=user, is_coordinator=True).exists()


def certificate_for_coordinator(*, user, certificate_id: int) -> Certificate:
    """The one gate for the coordinator's page of a certificate: whoever may revoke it (even when
    it is revoked already). Anyone else gets a 404, as for an unknown certificate."""

    if not user.is_authenticated:
        raise NotPermitted
    certificate = (
        Certificate.objects.select_related("programme", "user", "cohort", "issued_by", "revoked_by")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None or not may_revoke_certificate(user=user, certificate=certificate):
        raise NotPermitted
    return certificate


# --- Services ----------------------------------------------------------------------------------


def _new_certificate(**fields) -> Certificate:
    """Create with a fresh code; a (very unlikely) clash of codes just draws a new one."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    verification_code=new_verification_code(), **fields
                )
        except IntegrityError:
            if Certificate.objects.filter(user=fields["user"], cohort=fields["cohort"]).exists():
                raise ValidationError(ALREADY_ISSUED, code="already_issued") from None
    raise RuntimeError("no free verification code after 5 attempts")


@transaction.atomic
def certificate_issue(
    *, user, cohort: Cohort, issued_by, today: datetime.date | None = None
) -> list[Certificate]:
    """Give a participant who completed a volunteer course its certificate and role.

    A recertification course (no role of its own) instead renews every certificate of the user
    that is active, due, or lapsed less than a year ago. Returns the certificates issued or
    renewed. Nothing changes when the course is not complete.
    """

    today = _today(today)
    if not may_issue_certificate(user=issued_by, cohort=cohort):
        raise PermissionDenied(NOT_ALLOWED_TO_ISSUE)
    programme = cohort.programme
    if programme.kind != ProgrammeKind.VOLUNTEER_COURSE:
        raise ValidationError(NOT_A_COURSE, code="not_a_course")
    membership = (
        CohortMembership.objects.select_for_update()
        .filter(cohort=cohort, user=user, role=CohortMembership.Role.PARTICIPANT)
        .first()
    )
    if membership is None:
        raise ValidationError(NOT_A_PARTICIPANT, code="not_a_participant")
    problems = course_completion_problems(user=user, cohort=cohort)
    if problems:
        raise ValidationError(problems)

    if not programme.certifies_role:
        return _certificates_renew(user=user, cohort=cohort, today=today)

    if not programme.certificate_valid_months:
        raise ValidationError(NO_VALIDITY, code="no_validity")
    existing = Certificate.objects.filter(user=user, cohort=cohort).first()
    if existing is not None and existing.is_revoked:
        raise ValidationError(REVOKED_NOT_REISSUED, code="revoked")
    if existing is not None:
        raise ValidationError(ALREADY_ISSUED, code="already_issued")
    certificate = _new_certificate(
        user=user,
        role=programme.certifies_role,
        programme=programme,
        cohort=cohort,
        issued_on=today,
        valid_until=add_months(today, programme.certificate_valid_months),
        issued_by=issued_by,
    )
    role = ROLE_FOR_CERTIFICATE.get(programme.certifies_role)
    if role is not None:
        user_grant_role(user=user, role=role)
    return [certificate]


def _certificates_renew(*, user, cohort: Cohort, today: datetime.date) -> list[Certificate]:
    if Certificate.objects.filter(user=user, renewed_with=cohort).exists():
        raise ValidationError(ALREADY_ISSUED, code="already_issued")
    oldest_renewable = add_months(today, -RENEWAL_GRACE_MONTHS)
    certificates = list(
        Certificate.objects.select_for_update()
        .select_related("programme")
        .filter(user=user, valid_until__gte=oldest_renewable, revoked_at__isnull=True)
    )
    if not certificates:
        raise ValidationError(NOTHING_TO_RENEW, code="nothing_to_renew")
    now = timezone.now()
    for certificate in certificates:
        months = (
            certificate.programme.certificate_valid_months
            or cohort.programme.certificate_valid_months
        )
        if not months:
            raise ValidationError(NO_VALIDITY, code="no_validity")
        certificate.valid_until = add_months(today, months)
        certificate.renewed_at = now
        certificate.renewed_with = cohort
        certificate.save(update_fields=["valid_until", "renewed_at", "renewed_with"])
    return certificates


@transaction.atomic
def vog_record(
    *, user, issued_on: datetime.date, checked_by, today: datetime.date | None = None
) -> ConductCertificate:
    """Note that the office has seen a VOG of this date. No document is kept."""
    today = _today(today)
    if not may_record_vog(checked_by=checked_by, user=user):
        raise PermissionDenied(VOG_NOT_ALLOWED)
    if issued_on > today:
        raise ValidationError(VOG_IN_FUTURE, code="vog_in_future")
    if add_months(issued_on, 12 * vog_valid_years()) < today:
        raise ValidationError(VOG_TOO_OLD, code="vog_too_old", params={"years": vog_valid_years()})
    return ConductCertificate.objects.create(
        user=user, issued_on=issued_on, checked_by=checked_by, checked_on=today
    )


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by, reason: str) -> Certificate:
    """Withdraw a certificate for good, with a short reason (shown to coordinators, never on the
    public page). Only a coordinator of a location of the holder, or an admin. The role the
    certificate gave stays: the gates look at the certificates, not at the role."""
    if not may_revoke_certificate(user=by, certificate=certificate):
        raise PermissionDenied(NOT_ALLOWED_TO_REVOKE)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(
            {"reason": ValidationError(REVOKE_REASON_MISSING, code="reason_missing")}
        )
    if len(reason) > REVOKED_REASON_MAX_LENGTH:
        raise ValidationError(
            {
                "reason": ValidationError(
                    REVOKE_REASON_TOO_LONG,
                    code="reason_too_long",
                    params={"limit": REVOKED_REASON_MAX_LENGTH},
                )
            }
        )
    current = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if current.is_revoked:
        raise ValidationError(ALREADY_REVOKED, code="already_revoked")
    current.revoked_at = timezone.now()
    current.revoked_reason = reason
    current.revoked_by = by
    current.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    for field in ("revoked_at", "revoked_reason", "revoked_by"):
        setattr(certificate, field, getattr(current, field))
    logger.info("certificate %s revoked by user %s", current.pk, by.pk)
    return current


# --- Reminders ---------------------------------------------------------------------------------


def _reminder_mark(certificate: Certificate, days: int) -> str:
    # Tied to the end date: a renewed certificate gets its own reminders again.
    return f"{certificate.valid_until.isoformat()}:{days}"


def certificates_due_for_reminder(*, today: datetime.date | None = None) -> list[Certificate]:
    """Certificates with exactly 90, 30 or 7 days left, of active people, that are the newest of
    their holder for that role, and whose reminder for today was not sent yet."""
    today = _today(today)
    days_by_date = {today + datetime.timedelta(days=d): d for d in REMINDER_DAYS}
    candidates = Certificate.objects.select_related("user", "programme").filter(
        valid_until__in=list(days_by_date),
        user__is_active=True,
        user__anonymised_at__isnull=True,
        revoked_at__isnull=True,
    )
    due = []
    for certificate in candidates:
        newer = Certificate.objects.filter(
            user_id=certificate.user_id,
            role=certificate.role,
            valid_until__gt=certificate.valid_until,
            revoked_at__isnull=True,
        ).exists()
        mark = _reminder_mark(certificate, days_by_date[certificate.valid_until])
        if not newer and mark not in certificate.reminders_sent:
            due.append(certificate)
    return due


def _send_reminder(certificate: Certificate, days: int) -> None:
    user = certificate.user
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "user": user,
        "certificate": certificate,
        "days": days,
        "link": base_url + reverse("my_certificates"),
    }
    send_templated_mail(
        "courses/certificates/reminder", context, user.email, language=user.preferred_language
    )


def certificate_reminders_send(*, today: datetime.date | None = None) -> int:
    """E-mail holders whose certificate has exactly 90, 30 or 7 days left on `today`. Safe to
    run more than once a day: each reminder is marked on the certificate when it is sent. A
    caught-up run for a past day (the scheduler was down) counts the days in the mail from the
    real today, so it never says "nog 30 dagen" when fewer are left; a certificate that has
    lapsed since gets no reminder (it is marked, so no later run sends it either)."""
    today = _today(today)
    sent_on = max(today, timezone.localdate())
    sent = 0
    for candidate in certificates_due_for_reminder(today=today):
        try:
            with transaction.atomic():
                certificate = (
                    Certificate.objects.select_for_update()
                    .select_related("user", "programme")
                    .get(pk=candidate.pk)
                )
                days = certificate.days_left(today=today)
                mark = _reminder_mark(certificate, days)
                if (
                    days not in REMINDER_DAYS
                    or mark in certificate.reminders_sent
                    or certificate.is_revoked
                ):
                    continue  # renewed, revoked or sent by a run at the same time
                days_when_sent = certificate.days_left(today=sent_on)
                if days_when_sent >= 0:
                    _send_reminder(certificate, days_when_sent)
                    sent += 1
                certificate.reminders_sent = [*certificate.reminders_sent, mark]
                certificate.save(update_fields=["reminders_sent"])
        except Exception:
            # One failing address must not stop the others; the next run tries again.
            logger.exception("certificate %s: reminder not sent", candidate.pk)
    return sent


@transaction.atomic
def certificate_record_earlier(
    *, user, programme, issued_on: datetime.date, verification_code: str | None = None
) -> Certificate:
    """A certificate earned before the platform existed (moving volunteers over, and the demo
    data). Idempotent per user, programme and issue date."""
    existing = Certificate.objects.filter(
        user=user, programme=programme, issued_on=issued_on
    ).first()
    if existing is not None:
        return existing
    certificate = _new_certificate(
        user=user,
        role=programme.certifies_role,
        programme=programme,
        cohort=None,
        issued_on=issued_on,
        valid_until=add_months(issued_on, programme.certificate_valid_months),
    )
    if verification_code:
        certificate.verification_code = verification_code
        certificate.save(update_fields=["verification_code"])
    return certificate


# --- The coordinator's overview of certificates and VOGs ------------------------------------------


@dataclass
class LocationCertificates:
    """One location on the coordinator's overview: what needs acting on."""

    location: object
    due: list  # certificates in their renewal window (status "Bijna verlopen")
    lapsed: list  # lapsed, with no newer certificate for the same role
    revoked: list  # revoked, with no newer certificate for the same role
    without_vog: list  # VogStatus rows of volunteers without a valid VOG

    @property
    def is_empty(self) -> bool:
        return not (self.due or self.lapsed or self.revoked or self.without_vog)


def certificate_overview(*, user, today: datetime.date | None = None) -> list[LocationCertificates]:
    """Per location the user coordinates (all for national office): certificates due within the
    renewal window (CERTIFICATE_RENEWAL_WINDOW_DAYS, the window of "Bijna verlopen" in which
    the reminders are sent), lapsed and revoked ones nobody has renewed, and volunteers without
    a valid VOG."""
    today = _today(today)
    overview = []
    locations = (
        Location.objects.all() if is_national_office(user=user) else coordinated_locations(user)
    )
    for location in locations.order_by("name"):
        members = get_user_model().objects.filter(
            is_active=True,
            anonymised_at__isnull=True,
            location_memberships__location=location,
        )
        certificates = (
            Certificate.objects.filter(user__in=members.values("pk"))
            .select_related("user", "programme")
            .order_by("valid_until", "pk")
        )
        latest: dict[tuple[int, str], Certificate] = {}
        for certificate in certificates:
            key = (certificate.user_id, certificate.role)
            current = latest.get(key)
            if current is None or certificate.valid_until >= current.valid_until:
                latest[key] = certificate
        rows = {"due": [], "lapsed": [], "revoked": []}
        for certificate in sorted(latest.values(), key=lambda c: (c.valid_until, c.pk)):
            status = certificate.status_on(today)
            if status == Certificate.Status.DUE:
                rows["due"].append(certificate)
            elif status == Certificate.Status.LAPSED:
                rows["lapsed"].append(certificate)
            elif status == Certificate.Status.REVOKED:
                rows["revoked"].append(certificate)
        volunteers = (
            members.filter(pk__in=get_user_model().objects.filter(volunteers_q()).values("pk"))
            .exclude(pk=user.pk)
            .distinct()
            .order_by("display_name", "email")
        )
        without_vog = [
            row for row in vog_overview(people=volunteers, today=today) if not row.is_valid
        ]
        overview.append(LocationCertificates(location, without_vog=without_vog, **rows))
    return overview

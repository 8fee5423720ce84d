"""What the courses app holds about a person, registered with `accounts.personal_data`: how each
model is exported (with Dutch labels for the printable page), erased and purged.

Imported once by `CoursesConfig.ready()`. The registrations run in the download's order; erasure
and retention run them the other way round (see `accounts.personal_data`)."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import GUEST_EMAIL_DOMAIN, AuditEntry, User
from accounts.personal_data import (
    Erasure,
    Retention,
    erase_all,
    erasure_for,
    register,
    scrub_names,
    together,
    unlink,
)
from accounts.services import audit_record
from courses.groups.models import (
    Attendance,
    AttendanceRecord,
    Cohort,
    CohortMembership,
    Invitation,
    LeaderMessage,
    VacancyPost,
)
from courses.impact.models import SelfAssessment
from courses.network.models import (
    GUEST_NAME_ERASED,
    GuestInvite,
    IntervisionCircle,
    IntervisionMembership,
    NetworkMembership,
    Workshop,
    WorkshopSeries,
    WorkshopSignup,
)
from courses.network.selectors import GUEST_LIVE_GRACE, guest_window
from courses.privacy.models import ErasureRequest
from courses.trainings.models import TrainingRating
from courses.trajectories.models import (
    MULTI_QUESTIONS,
    SITUATION_QUESTIONS,
    TEXT_QUESTIONS,
    Intake,
    LadderMeasurement,
    Referral,
    Trajectory,
)
from courses.volunteers.models import (
    BuddyContact,
    BuddyMatch,
    BuddyShare,
    Certificate,
    ConductCertificate,
    Shadowing,
)
from courses.workbook.models import Answer, Feedback
from courses.workbook.selectors import answer_exercise, readable_answer, readable_text


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def cohorts_of(user) -> list[int]:
    """Ids of every group the person is or was in, or was a guest of (erasers scrub their name
    in these groups)."""
    return list(
        Cohort.objects.filter(Q(memberships__user=user) | Q(meetings__guest_invites__user=user))
        .values_list("pk", flat=True)
        .distinct()
    )


def cohorts_past_retention(*, retention: Retention):
    """Groups that finished before the retention cutoff: their answers and copies expire."""
    return Cohort.objects.filter(status=Cohort.Status.FINISHED, finished_on__lt=retention.cutoff)


def retention_for(*, now: datetime.datetime | None = None) -> Retention:
    now = now or timezone.now()
    return Retention(
        now=now, cutoff=(now - datetime.timedelta(days=settings.ANSWER_RETENTION_DAYS)).date()
    )


# --- Groups ------------------------------------------------------------------------------------


def _export_groups(user) -> list[dict]:
    return [
        {
            "name": m.cohort.name,
            "programme": m.cohort.edition.programme.title,
            "edition": m.cohort.edition.number,
            "location": m.cohort.location.name,
            "role": m.role,
            "role_label": str(m.get_role_display()),
        }
        for m in CohortMembership.objects.filter(user=user).select_related(
            "cohort__edition__programme", "cohort__location"
        )
    ]


def _free_seats(erasure: Erasure) -> None:
    """Groups that have not finished get the place back; a finished group keeps its anonymous
    former member, so its history (attendance, figures) still adds up."""
    CohortMembership.objects.filter(user=erasure.user).exclude(
        cohort__status=Cohort.Status.FINISHED
    ).delete()


register(
    CohortMembership,
    key="groups",
    title=_("Je groepen"),
    labels={
        "name": _("Groep"),
        "programme": _("Programma"),
        "edition": _("Editie"),
        "location": _("Locatie"),
        "role_label": _("Rol"),
    },
    export=_export_groups,
    erase=_free_seats,
    kept="Lidmaatschap van afgelopen groepen, als 'Oud-deelnemer'.",
)


# --- Answers -----------------------------------------------------------------------------------


def answer_as_text(*, block_type: str, value: dict, config: dict | None = None) -> str:
    """An answer as plain text a person can read (the printable page and the JSON file): the
    workbook's one readable form of every kind of answer."""
    return readable_text(readable_answer(block_type=block_type, value=value, config=config))


def _upload_path(answer: Answer) -> str:
    return f"uploads/{answer.pk}-{answer.file_name}"


def _export_answers(user) -> list[dict]:
    rows = []
    answers = (
        Answer.objects.filter(participant=user)
        .select_related("cohort", "edition")
        .prefetch_related("feedback")
        .order_by("cohort_id", "step_number", "created_at")
    )
    for answer in answers:
        question, exercise, config = answer_exercise(answer)
        text = answer_as_text(block_type=answer.block_type, value=answer.value, config=config)
        rows.append(
            {
                "group": answer.cohort.name,
                "step": answer.step_number,
                "exercise": answer.block_type,
                "exercise_name": exercise,
                "block_id": answer.block_id,
                "question": question,
                "answer": text,
                "value": answer.value,
                "file": _upload_path(answer) if answer.file else None,
                "shared_with": answer.sharing,
                "shared_with_label": str(answer.get_sharing_display()),
                "updated_at": answer.updated_at.isoformat(),
                "feedback": [
                    {"text": f.text, "at": f.created_at.isoformat()} for f in answer.feedback.all()
                ],
            }
        )
    return rows


def _answer_files(user) -> list[tuple[str, object]]:
    return [
        (_upload_path(answer), answer.file)
        for answer in Answer.objects.filter(participant=user).exclude(file="")
    ]


def delete_answers(answers) -> int:
    count = 0
    for answer in answers:
        if answer.file:
            answer.file.delete(save=False)
        count += 1
    answers.delete()
    return count


def _purge_answers(retention: Retention) -> int:
    answers = Answer.objects.filter(cohort__in=cohorts_past_retention(retention=retention))
    subjects = set(answers.values_list("participant_id", flat=True))
    count = delete_answers(answers)
    for user_id in subjects:
        audit_record(
            actor=None,
            subject=User(pk=user_id),
            action=AuditEntry.Action.RETENTION,
            detail=f"bewaartermijn {settings.ANSWER_RETENTION_DAYS} dagen",
        )
    return count


register(
    Answer,
    key="answers",
    title=_("Je antwoorden in het werkboek"),
    labels={
        "group": _("Groep"),
        "step": _("Stap"),
        "exercise_name": _("Opdracht"),
        "question": _("Vraag"),
        "answer": _("Jouw antwoord"),
        "file": _("Bestand"),
        "shared_with_label": _("Wie mag het zien"),
        "updated_at": _("Laatst veranderd"),
        "feedback": _("Reacties van je leiders"),
    },
    export=_export_answers,
    files=_answer_files,
    erase=lambda e: delete_answers(Answer.objects.filter(participant=e.user)),
    purge=_purge_answers,
)
register(BuddyShare, covered_by="courses.Answer")  # goes with the answer (cascade)


def _export_feedback_written(user) -> list[dict]:
    return [
        {"group": f.answer.cohort.name, "text": f.text, "at": f.created_at.isoformat()}
        for f in Feedback.objects.filter(author=user).select_related("answer__cohort")
    ]


def _erase_feedback(erasure: Erasure) -> None:
    Feedback.objects.filter(author=erasure.user).delete()
    _scrub(Feedback.objects.filter(answer__cohort_id__in=cohorts_of(erasure.user)), erasure)


def _scrub(queryset, erasure: Erasure) -> None:
    """Take the person's name out of texts others wrote (`text` and its `html`)."""
    for item in queryset.only("pk", "text", "html"):
        text = scrub_names(item.text, erasure.names)
        html = scrub_names(item.html, erasure.names, html=True)
        if (text, html) != (item.text, item.html):
            type(item).objects.filter(pk=item.pk).update(text=text, html=html)


register(
    Feedback,
    key="feedback_written",
    title=_("Reacties die jij schreef"),
    labels={"group": _("Groep"), "text": _("Reactie"), "at": _("Wanneer")},
    export=_export_feedback_written,
    erase=_erase_feedback,
    kept="Reacties van anderen blijven, zonder de naam van de persoon.",
)


# --- Meetings and invitations --------------------------------------------------------------------


def _export_attendance(user) -> list[dict]:
    return [
        {
            "kind": att.meeting.kind,
            "kind_label": str(att.meeting.get_kind_display()),
            "group": str(att.meeting.cohort or att.meeting),
            "step": att.meeting.step_number,
            "joined_at": att.joined_at.isoformat(),
            "left_at": _iso(att.left_at),
        }
        for att in Attendance.objects.filter(user=user).select_related(
            "meeting__cohort",
            "meeting__workshop__series",
            "meeting__circle",
            "meeting__network_of",
        )
    ]


register(
    Attendance,
    key="attendance",
    title=_("Bijeenkomsten waar je was"),
    labels={
        "kind_label": _("Soort"),
        "group": _("Groep"),
        "step": _("Stap"),
        "joined_at": _("Binnen om"),
        "left_at": _("Weg om"),
    },
    export=_export_attendance,
    kept="Aanwezigheid blijft, van een anonieme 'Oud-deelnemer' (de groep klopt dan nog).",
)


def _export_register(user) -> list[dict]:
    return [
        {
            "group": str(record.meeting.cohort),
            "step": record.meeting.step_number,
            "starts_at": record.meeting.starts_at.isoformat(),
            "status": record.status,
            "status_label": str(record.get_status_display()),
            "reason": record.reason,
            "source_label": str(record.get_source_display()),
            "checked_in_at": _iso(record.checked_in_at),
        }
        for record in AttendanceRecord.objects.filter(user=user)
        .select_related("meeting__cohort")
        .order_by("meeting__starts_at")
    ]


def _purge_register_reasons(retention: Retention) -> int:
    """Why someone was excused is their own story: gone with the group's other texts."""
    return (
        AttendanceRecord.objects.filter(
            meeting__cohort__in=cohorts_past_retention(retention=retention)
        )
        .exclude(reason="")
        .update(reason="")
    )


register(
    AttendanceRecord,
    key="attendance_register",
    title=_("Presentielijst: aanwezig, te laat, afwezig of afgemeld"),
    labels={
        "group": _("Groep"),
        "step": _("Stap"),
        "starts_at": _("Bijeenkomst op"),
        "status_label": _("Aanwezigheid"),
        "reason": _("Reden van afmelden"),
        "source_label": _("Ingevuld via"),
        "checked_in_at": _("Zelf ingecheckt om"),
    },
    export=_export_register,
    erase=together(
        lambda e: AttendanceRecord.objects.filter(user=e.user).update(reason=""),
        unlink(AttendanceRecord, "set_by"),
    ),
    purge=_purge_register_reasons,
    kept="Aanwezigheid blijft, zonder reden, van een anonieme 'Oud-deelnemer' (de groep klopt dan nog).",
)


def _invitations_of(user):
    return Invitation.objects.filter(Q(email__iexact=user.email) | Q(accepted_by=user))


def _export_invitations(user) -> list[dict]:
    return [
        {
            "group": invitation.cohort.name,
            "email": invitation.email,
            "role": invitation.role,
            "sent_at": invitation.sent_at.isoformat(),
            "status": invitation.status,
            "accepted_at": _iso(invitation.accepted_at),
        }
        for invitation in _invitations_of(user).select_related("cohort")
    ]


register(
    Invitation,
    key="invitations",
    title=_("Uitnodigingen voor een groep"),
    labels={
        "group": _("Groep"),
        "email": _("Naar e-mailadres"),
        "sent_at": _("Verstuurd op"),
        "accepted_at": _("Aangenomen op"),
    },
    export=_export_invitations,
    erase=together(
        # By address too: an invitation that was never accepted also names the person.
        lambda e: Invitation.objects.filter(
            Q(email__iexact=e.email) | Q(accepted_by=e.user)
        ).delete(),
        unlink(Invitation, "invited_by"),
    ),
)


def _export_messages_written(user) -> list[dict]:
    return [
        {"group": m.cohort.name, "text": m.text, "at": m.created_at.isoformat()}
        for m in LeaderMessage.objects.filter(author=user).select_related("cohort")
    ]


def _erase_messages(erasure: Erasure) -> None:
    LeaderMessage.objects.filter(author=erasure.user).delete()
    _scrub(LeaderMessage.objects.filter(cohort_id__in=cohorts_of(erasure.user)), erasure)


register(
    LeaderMessage,
    key="messages_written",
    title=_("Berichten die jij aan een groep schreef"),
    labels={"group": _("Groep"), "text": _("Bericht"), "at": _("Wanneer")},
    export=_export_messages_written,
    erase=_erase_messages,
    kept="Berichten van anderen blijven, zonder de naam van de persoon.",
)


def _export_vacancies(user) -> list[dict]:
    return [
        {
            "group": post.cohort.name,
            "title": post.title,
            "link": post.link,
            "for_whom": post.for_whom,
            "note": post.note,
            "at": post.created_at.isoformat(),
        }
        for post in VacancyPost.objects.filter(author=user).select_related("cohort")
    ]


def _erase_vacancies(erasure: Erasure) -> None:
    """Their own posts go; in others' posts of their groups ("voor Samira") the name goes."""
    VacancyPost.objects.filter(author=erasure.user).delete()
    fields = ("title", "for_whom", "note")
    others = VacancyPost.objects.filter(cohort_id__in=cohorts_of(erasure.user))
    for post in others.only("pk", *fields):
        scrubbed = {f: scrub_names(getattr(post, f), erasure.names) for f in fields}
        if any(scrubbed[f] != getattr(post, f) for f in fields):
            VacancyPost.objects.filter(pk=post.pk).update(**scrubbed)


def _purge_vacancies(retention: Retention) -> int:
    """The group's vacancy board goes with the group's other texts."""
    count, _rows = VacancyPost.objects.filter(
        cohort__in=cohorts_past_retention(retention=retention)
    ).delete()
    return count


register(
    VacancyPost,
    key="vacancies_shared",
    title=_("Vacatures die jij in een groep deelde"),
    labels={
        "group": _("Groep"),
        "title": _("Titel"),
        "link": _("Link"),
        "for_whom": _("Voor wie"),
        "note": _("Opmerking"),
        "at": _("Wanneer"),
    },
    export=_export_vacancies,
    erase=_erase_vacancies,
    purge=_purge_vacancies,
    kept="Vacatures van anderen blijven, zonder de naam van de persoon.",
)
register(
    ErasureRequest,
    key="erasure_requests",
    title=_("Je verzoeken om verwijdering"),
    labels={"requested_at": _("Gevraagd op"), "confirmed_at": _("Bevestigd op")},
    export=lambda user: [
        {"requested_at": r.requested_at.isoformat(), "confirmed_at": _iso(r.confirmed_at)}
        for r in ErasureRequest.objects.filter(user=user)
    ],
    erase=unlink(ErasureRequest, "confirmed_by"),
    kept="Het verzoek zelf blijft: het bewijst dat er is verwijderd.",
)


# --- Intake, workshops, channels, intervision ---------------------------------------------------


def _intake_answers_text(answers: dict) -> list[str]:
    """The intake's answers as "question: answer" in words (the language check as its score)."""
    lines = []
    for key, (question, choices) in {**SITUATION_QUESTIONS, **MULTI_QUESTIONS}.items():
        value = answers.get(key)
        if value:
            labels = dict(choices)
            chosen = value if isinstance(value, list) else [value]
            lines.append(f"{question} {', '.join(str(labels.get(c, c)) for c in chosen)}")
    for key, (question, _required) in TEXT_QUESTIONS.items():
        if answers.get(key):
            lines.append(f"{question} {answers[key]}")
    return lines


def _export_intakes(user) -> list[dict]:
    return [
        {
            "location": i.location.name,
            "status": i.status,
            "answers": i.answers,
            "answers_text": _intake_answers_text(i.answers),
            "language_score": i.language_score,
            "advice": i.advice,
            "reasons": i.advice_reasons,
            "reason_texts": [str(text) for text in i.reason_texts],
            "decision": i.decision,
            "decision_label": str(i.get_decision_display()) if i.decision else "",
            "decision_note": i.decision_note,
            "created_at": i.created_at.isoformat(),
        }
        for i in Intake.objects.filter(person=user).select_related("location")
    ]


register(
    Intake,
    key="intakes",
    title=_("Je intake"),
    labels={
        "location": _("Locatie"),
        "created_at": _("Gemaakt op"),
        "answers_text": _("Jouw antwoorden"),
        "language_score": _("Taaltoets (punten)"),
        "reason_texts": _("Waarom dit advies"),
        "decision_label": _("Besluit"),
        "decision_note": _("Toelichting bij het besluit"),
    },
    export=_export_intakes,
    erase=together(
        lambda e: Intake.objects.filter(person=e.user).delete(),
        unlink(Intake, "started_by", "decided_by"),
    ),
)
register(WorkshopSeries, erase=unlink(WorkshopSeries, "created_by"))


def _export_hosted(user) -> list[dict]:
    return [
        {"workshop": str(w), "starts_at": w.starts_at.isoformat()}
        for w in Workshop.objects.filter(hosts=user).select_related("series")
    ]


def _stop_hosting(erasure: Erasure) -> None:
    for workshop in Workshop.objects.filter(hosts=erasure.user):
        workshop.hosts.remove(erasure.user)


register(
    Workshop,
    key="workshops_hosted",
    title=_("Workshops die je leidde"),
    labels={"workshop": _("Workshop"), "starts_at": _("Begint om")},
    export=_export_hosted,
    erase=_stop_hosting,
)


def _cancel_signups(erasure: Erasure) -> None:
    WorkshopSignup.objects.filter(user=erasure.user).exclude(
        status=WorkshopSignup.Status.CANCELLED
    ).update(status=WorkshopSignup.Status.CANCELLED)


register(
    WorkshopSignup,
    key="workshops",
    title=_("Workshops waarvoor je je aanmeldde"),
    labels={"workshop": _("Workshop"), "starts_at": _("Begint om"), "status_label": _("Status")},
    export=lambda user: [
        {
            "workshop": str(s.workshop),
            "starts_at": s.workshop.starts_at.isoformat(),
            "status": s.status,
            "status_label": str(s.get_status_display()),
        }
        for s in WorkshopSignup.objects.filter(user=user).select_related("workshop__series")
    ],
    erase=together(_cancel_signups, unlink(WorkshopSignup, "invited_by")),
    kept="De aanmelding blijft (afgemeld), van een anonieme 'Oud-deelnemer'.",
)
register(
    NetworkMembership,
    key="group_channels",
    title=_("Groepskanalen"),
    labels={
        "group": _("Groep"),
        "joined_at": _("Lid sinds"),
        "left_at": _("Gestopt op"),
        "hide_last_name": _("Achternaam verborgen"),
    },
    export=lambda user: [
        {
            "group": str(m.meeting.network_of),
            "joined_at": m.joined_at.isoformat(),
            "left_at": _iso(m.left_at),
            "hide_last_name": m.hide_last_name,
        }
        for m in NetworkMembership.objects.filter(user=user).select_related("meeting__network_of")
    ],
    erase=lambda e: NetworkMembership.objects.filter(user=e.user, left_at__isnull=True).update(
        left_at=timezone.now()
    ),
    kept="Het lidmaatschap blijft (gestopt), van een anonieme 'Oud-deelnemer'.",
)
register(IntervisionCircle, erase=unlink(IntervisionCircle, "created_by"))
register(
    IntervisionMembership,
    key="intervision",
    title=_("Intervisiegroepen"),
    labels={"circle": _("Intervisiegroep"), "is_facilitator": _("Gespreksleider")},
    export=lambda user: [
        {"circle": m.circle.name, "is_facilitator": m.is_facilitator}
        for m in IntervisionMembership.objects.filter(user=user).select_related("circle")
    ],
    erase=lambda e: IntervisionMembership.objects.filter(user=e.user).delete(),
)


# --- The volunteer track -------------------------------------------------------------------------


def _export_trajectories(user) -> list[dict]:
    return [
        {
            "location": t.location.name,
            "intake_date": t.intake_date.isoformat(),
            "intake_rung": t.intake_rung,
            "measurements": [
                {"on": m.measured_on.isoformat(), "rung": m.rung} for m in t.measurements.all()
            ],
            "outcome": t.outcome,
            "outcome_label": str(t.get_outcome_display()) if t.outcome else "",
            "outcome_date": _iso(t.outcome_date),
            "dropout_reason": t.dropout_reason,
            "aftercare_start": _iso(t.aftercare_start),
            "aftercare_end": _iso(t.aftercare_end),
            "closing_talk_on": _iso(t.closing_talk_on),
        }
        for t in Trajectory.objects.filter(participant=user)
        .select_related("location")
        .prefetch_related("measurements")
    ]


register(
    Trajectory,
    key="trajectories",
    title=_("Je traject"),
    labels={
        "location": _("Locatie"),
        "intake_date": _("Intake op"),
        "intake_rung": _("Trede bij de intake"),
        "measurements": _("Metingen (datum, trede)"),
        "outcome_label": _("Uitkomst"),
        "outcome_date": _("Uitkomst op"),
        "dropout_reason": _("Reden van stoppen"),
        "aftercare_start": _("Nazorg vanaf"),
        "aftercare_end": _("Nazorg tot"),
        "closing_talk_on": _("Eindgesprek op"),
    },
    export=_export_trajectories,
    erase=lambda e: Trajectory.objects.filter(participant=e.user).update(dropout_reason=""),
    kept="Datums, treden en uitkomst blijven, anoniem, voor de cijfers van de locatie.",
)
register(LadderMeasurement, covered_by="courses.Trajectory")


def _export_referrals(user) -> list[dict]:
    return [
        {
            "location": r.trajectory.location.name,
            "partner_kind": r.partner_kind,
            "partner_label": str(r.get_partner_kind_display()),
            "partner_name": r.partner_name,
            "consent_on": r.consent_on.isoformat(),
            "referred_on": r.referred_on.isoformat(),
            "outcome": r.outcome,
            "outcome_label": str(r.get_outcome_display()),
            "outcome_on": _iso(r.outcome_on),
            "note": r.note,
        }
        for r in Referral.objects.filter(trajectory__participant=user)
        .select_related("trajectory__location")
        .order_by("referred_on", "pk")
    ]


register(
    Referral,
    key="referrals",
    title=_("Je verwijzingen naar partners"),
    labels={
        "location": _("Locatie"),
        "partner_label": _("Soort partner"),
        "partner_name": _("Partner"),
        "consent_on": _("Toestemming gegeven op"),
        "referred_on": _("Verwezen op"),
        "outcome_label": _("Resultaat"),
        "outcome_on": _("Resultaat op"),
        "note": _("Notitie"),
    },
    export=_export_referrals,
    # Retention: a referral belongs to its trajectory and goes when the trajectory goes (cascade).
    erase=together(
        lambda e: Referral.objects.filter(trajectory__participant=e.user).update(
            note="", partner_name=""
        ),
        unlink(Referral, "created_by"),
    ),
    kept="Soort partner, datums en resultaat blijven, anoniem, bij het traject, voor de cijfers.",
)


def _export_self_assessments(user) -> list[dict]:
    return [
        {
            "moment": a.moment,
            "moment_label": str(a.get_moment_display()),
            "group": a.cohort.name if a.cohort else "",
            "location": a.location.name,
            "self_image": a.self_image,
            "alone": a.alone,
            "alone_label": str(a.get_alone_display()),
            "knows_what_i_want": a.knows_what_i_want,
            "network": a.network,
            "answered_at": a.answered_at.isoformat(),
        }
        for a in SelfAssessment.objects.filter(participant=user).select_related(
            "cohort", "location"
        )
    ]


def _purge_self_assessments(retention: Retention) -> int:
    """A group's self-assessments go with its answers (`cohorts_past_retention`); those at the
    end of aftercare when answered before the cutoff."""
    count, _rows = SelfAssessment.objects.filter(
        Q(cohort__in=cohorts_past_retention(retention=retention))
        | Q(answered_at__date__lt=retention.cutoff, moment="aftercare")
    ).delete()
    return count


register(
    SelfAssessment,
    key="self_assessments",
    title=_("Hoe je ervoor stond (zelfbeoordeling)"),
    labels={
        "moment_label": _("Moment"),
        "group": _("Groep"),
        "location": _("Locatie"),
        "self_image": _("Cijfer voor jezelf"),
        "alone_label": _("Alleen bij het zoeken naar werk"),
        "knows_what_i_want": _("Weet wat voor werk je wilt"),
        "network": _("Mensen die je helpen"),
        "answered_at": _("Ingevuld op"),
    },
    export=_export_self_assessments,
    erase=lambda e: SelfAssessment.objects.filter(participant=e.user).delete(),
    purge=_purge_self_assessments,
)
register(
    Certificate,
    key="certificates",
    title=_("Je certificaten"),
    labels={
        "role_label": _("Rol"),
        "programme": _("Training"),
        "issued_on": _("Uitgereikt op"),
        "valid_until": _("Geldig tot en met"),
        "verification_code": _("Controlecode"),
        "revoked": _("Ingetrokken"),
        "revoked_reason": _("Reden van intrekken"),
    },
    export=lambda user: [
        {
            "role": c.role,
            "role_label": str(c.get_role_display()),
            "programme": c.programme.title,
            "issued_on": c.issued_on.isoformat(),
            "valid_until": c.valid_until.isoformat(),
            "verification_code": c.verification_code,
            "revoked": bool(c.revoked_at),
            "revoked_reason": c.revoked_reason,
        }
        for c in Certificate.objects.filter(user=user).select_related("programme")
    ],
    erase=together(
        lambda e: Certificate.objects.filter(user=e.user).update(revoked_reason=""),
        unlink(Certificate, "issued_by", "revoked_by"),
    ),
    kept="Rol en datums blijven; de openbare controle toont een gewist account niet.",
)
register(
    ConductCertificate,
    key="vog_dates",
    title=_("Je VOG"),
    labels={"issued_on": _("Datum van de VOG"), "checked_on": _("Gecontroleerd op")},
    export=lambda user: [
        {"issued_on": v.issued_on.isoformat(), "checked_on": v.checked_on.isoformat()}
        for v in ConductCertificate.objects.filter(user=user)
    ],
    erase=together(
        lambda e: ConductCertificate.objects.filter(user=e.user).delete(),
        unlink(ConductCertificate, "checked_by"),
    ),
)


def _export_shadowings(user) -> list[dict]:
    return [
        {
            "group": row.meeting.cohort.name if row.meeting.cohort_id else "",
            "step": row.meeting.step_number,
            "meeting_on": _iso(timezone.localdate(row.meeting.starts_at)),
            "recorded_by": row.recorded_by.name if row.recorded_by_id else "",
            "recorded_at": row.recorded_at.isoformat(),
        }
        for row in Shadowing.objects.filter(volunteer=user).select_related(
            "meeting__cohort", "recorded_by"
        )
    ]


register(
    Shadowing,
    key="shadowings",
    title=_("Meegedraaid met een andere groep"),
    labels={
        "group": _("Groep"),
        "step": _("Stap"),
        "meeting_on": _("Datum"),
        "recorded_by": _("Vastgelegd door"),
    },
    export=_export_shadowings,
    erase=together(
        lambda e: Shadowing.objects.filter(volunteer=e.user).delete(),
        unlink(Shadowing, "recorded_by"),
    ),
    kept="Niets van de vrijwilliger; bij wie vastlegde, blijft het record zonder die naam.",
)


def _export_guest_invites(user) -> list[dict]:
    return [
        {
            "guest_name": invite.guest_name,
            "group": invite.meeting.cohort.name if invite.meeting.cohort_id else "",
            "meeting_at": invite.meeting.starts_at.isoformat(),
        }
        for invite in GuestInvite.objects.filter(user=user).select_related("meeting__cohort")
    ]


def purge_guests(retention: Retention) -> int:
    """The day after the meeting, every guest of it is erased like any erasure (what they wrote
    in the room becomes a tombstone, their name leaves others' texts; the account is anonymous,
    named "Gast", and cannot log in) and the invitations, opened or not, are deleted."""
    today = timezone.localdate(retention.now)
    midnight = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    # Meetings of an earlier day whose guest window has closed, whatever their status (one
    # left "live" counts too: the window ends GUEST_LIVE_GRACE after the planned end).
    expired_ids = [
        invite.pk
        for invite in GuestInvite.objects.filter(meeting__starts_at__lt=midnight).select_related(
            "meeting"
        )
        if guest_window(invite.meeting)[1] + GUEST_LIVE_GRACE < retention.now
    ]
    expired = GuestInvite.objects.filter(pk__in=expired_ids)
    count = len(expired_ids)
    # ... and guest accounts whose invitation is gone (its meeting was deleted)
    guests = User.objects.filter(
        Q(pk__in=expired.values("user_id"))
        | Q(email__endswith="@" + GUEST_EMAIL_DOMAIN, guest_invite__isnull=True),
        anonymised_at__isnull=True,
    ).distinct()
    for guest in list(guests):  # each erasure deletes that guest's invitation too
        erase_all(erasure=erasure_for(user=guest))
        guest.display_name = GUEST_NAME_ERASED
        guest.save(update_fields=["display_name"])
    expired.delete()
    return count


register(
    GuestInvite,
    key="guest_invites",
    title=_("Gast bij een bijeenkomst"),
    labels={"guest_name": _("Naam"), "group": _("Groep"), "meeting_at": _("Bijeenkomst")},
    export=_export_guest_invites,
    erase=together(
        lambda e: GuestInvite.objects.filter(user=e.user).delete(),
        unlink(GuestInvite, "created_by"),
    ),
    purge=purge_guests,
    kept="Niets: de gast en de uitnodiging worden de dag na de bijeenkomst gewist.",
)


def _export_buddy_matches(user) -> list[dict]:
    return [
        {
            "as": "participant" if m.participant_id == user.pk else "buddy",
            "with": (m.buddy if m.participant_id == user.pk else m.participant).name,
            "consent_given_on": m.consent_given_on.isoformat(),
            "started_on": _iso(m.started_on),
            "ended_on": _iso(m.ended_on),
            "contacts": [
                {"on": c.contact_on.isoformat(), "kind": c.kind, "note": c.note}
                for c in m.contacts.all()
            ],
        }
        for m in BuddyMatch.objects.filter(Q(participant=user) | Q(buddy=user))
        .select_related("participant", "buddy")
        .prefetch_related("contacts")
    ]


register(
    BuddyMatch,
    key="buddy_matches",
    title=_("Maatjes"),
    labels={
        "with": _("Met"),
        "consent_given_on": _("Toestemming gegeven op"),
        "started_on": _("Begonnen op"),
        "ended_on": _("Gestopt op"),
        "contacts": _("Contacten"),
    },
    export=_export_buddy_matches,
    erase=together(
        lambda e: BuddyMatch.objects.filter(
            Q(participant=e.user) | Q(buddy=e.user), ended_on__isnull=True
        ).update(ended_on=timezone.localdate()),
        unlink(BuddyMatch, "consent_recorded_by", "matched_by"),
    ),
    kept="De match blijft (gestopt), met datums, van een anonieme 'Oud-deelnemer'.",
)
register(
    BuddyContact,
    covered_by="courses.BuddyMatch",
    erase=together(
        lambda e: BuddyContact.objects.filter(
            Q(match__participant=e.user) | Q(match__buddy=e.user)
        ).update(note=""),
        unlink(BuddyContact, "author"),
    ),
)


# --- Ratings of trainings ------------------------------------------------------------------------


def _export_training_ratings(user) -> list[dict]:
    return [
        {
            "training": f"{rating.cohort.programme.title} – {rating.cohort.name}",
            "content": rating.content_score,
            "trainers": rating.trainer_score,
            "remark": rating.remark,
            "at": rating.created_at.isoformat(),
        }
        for rating in TrainingRating.objects.filter(user=user).select_related("cohort__programme")
    ]


def _purge_training_remarks(retention: Retention) -> int:
    """After the retention period a finished training's ratings lose their rater and remark;
    the scores stay in the figures."""
    return (
        TrainingRating.objects.filter(cohort__in=cohorts_past_retention(retention=retention))
        .filter(Q(user__isnull=False) | ~Q(remark=""))
        .update(user=None, remark="")
    )


register(
    TrainingRating,
    key="training_ratings",
    title=_("Je cijfers voor trainingen"),
    labels={
        "training": _("Training"),
        "content": _("Inhoud"),
        "trainers": _("Trainers"),
        "remark": _("Opmerking"),
        "at": _("Wanneer"),
    },
    export=_export_training_ratings,
    erase=lambda e: TrainingRating.objects.filter(user=e.user).update(user=None, remark=""),
    purge=_purge_training_remarks,
    kept="De cijfers blijven zonder naam in de gemiddelden; de opmerking wordt verwijderd.",
)

"""What the content app holds about a person, registered with `accounts.personal_data`: who
released an edition, and what editors leave in Wagtail (revisions, history, comments, profile).
Imported once by `ContentConfig.ready()`."""

from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Comment,
    CommentReply,
    ModelLogEntry,
    PageLogEntry,
    PageSubscription,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.users.models import UserProfile

from accounts.personal_data import register, together, unlink

from .models import Edition

register(
    Edition,
    key="editions_released",
    title=_("Edities die je hebt uitgebracht"),
    labels={"edition": _("Editie"), "released_at": _("Uitgebracht op")},
    export=lambda user: [
        {"edition": str(edition), "released_at": edition.released_at.isoformat()}
        for edition in Edition.objects.filter(released_by=user).select_related("programme")
    ],
    erase=unlink(Edition, "released_by"),
    kept="De editie en wat er veranderde blijven; wie haar uitbracht niet.",
)


# --- What an editor leaves in Wagtail ---------------------------------------------------------
# Wagtail keeps who saved each revision, who did what to a page (its history, including the
# second editor's unpublish requests, content.review), who asked for and who finished a review,
# the editors' comments on a draft, and their admin profile (avatar). An editor's erasure keeps
# the workbook and its history, but no longer links them to it; what they wrote themselves
# (comments) and their profile go.


register(
    Revision,
    key="cms_revisions",
    title=_("Versies die je opsloeg in het beheer"),
    labels={"what": _("Wat"), "saved_at": _("Opgeslagen op")},
    export=lambda user: [
        {"what": revision.object_str, "saved_at": revision.created_at.isoformat()}
        for revision in Revision.objects.filter(user=user).order_by("created_at")
    ],
    erase=unlink(Revision, "user"),
    kept="De versie blijft (het werkboek heeft haar nodig); wie haar opsloeg niet.",
)


def _export_history(user) -> list[dict]:
    rows = []
    for model in (PageLogEntry, ModelLogEntry):
        rows += [
            {"what": entry.label, "action": entry.action, "at": entry.timestamp.isoformat()}
            for entry in model.objects.filter(user_id=user.pk)
        ]
    return sorted(rows, key=lambda row: row["at"])


register(
    PageLogEntry,
    key="cms_history",
    title=_("Wat je deed in het beheer"),
    labels={"what": _("Wat"), "action": _("Handeling"), "at": _("Wanneer")},
    export=_export_history,
    # the log's link has no database constraint: empty it, never leave it pointing at the person
    erase=unlink(PageLogEntry, "user"),
    kept="De geschiedenis van de pagina blijft; wie iets deed niet. Een open verzoek om een "
    "publicatie in te trekken telt daarna niet meer als tweede redacteur.",
)
register(
    ModelLogEntry,
    covered_by="wagtailcore.PageLogEntry",
    erase=unlink(ModelLogEntry, "user"),
    kept="De geschiedenis van fragmenten blijft; wie iets deed niet.",
)
register(
    WorkflowState,
    covered_by="wagtailcore.PageLogEntry",
    erase=unlink(WorkflowState, "requested_by"),
    kept="De beoordeling blijft; wie haar aanvroeg niet.",
)
register(
    TaskState,
    covered_by="wagtailcore.PageLogEntry",
    erase=unlink(TaskState, "finished_by"),
    kept="De stap van de beoordeling blijft, met de opmerking; wie haar afrondde niet.",
)


def _export_comments(user) -> list[dict]:
    rows = [
        {"text": comment.text, "at": comment.created_at.isoformat()}
        for comment in Comment.objects.filter(user=user)
    ] + [
        {"text": reply.text, "at": reply.created_at.isoformat()}
        for reply in CommentReply.objects.filter(user=user)
    ]
    return sorted(rows, key=lambda row: row["at"])


register(
    Comment,
    key="cms_comments",
    title=_("Je opmerkingen bij concepten"),
    labels={"text": _("Opmerking"), "at": _("Geschreven op")},
    export=_export_comments,
    erase=together(
        lambda erasure: Comment.objects.filter(user=erasure.user).delete(),
        unlink(Comment, "resolved_by"),
    ),
    kept="Niets: je opmerkingen en de antwoorden erop worden verwijderd.",
)
register(
    CommentReply,
    covered_by="wagtailcore.Comment",
    erase=lambda erasure: CommentReply.objects.filter(user=erasure.user).delete(),
    kept="Niets.",
)
register(
    PageSubscription,
    covered_by="wagtailcore.PageLogEntry",
    erase=lambda erasure: PageSubscription.objects.filter(user=erasure.user).delete(),
    kept="Niets.",
)


def _erase_profile(erasure) -> None:
    for profile in UserProfile.objects.filter(user=erasure.user):
        if profile.avatar:
            default_storage.delete(profile.avatar.name)
        profile.delete()


register(
    UserProfile,
    key="cms_profile",
    title=_("Je instellingen in het beheer"),
    labels={"language": _("Taal"), "avatar": _("Profielfoto")},
    export=lambda user: [
        {"language": profile.preferred_language, "avatar": profile.avatar.name or ""}
        for profile in UserProfile.objects.filter(user=user)
    ],
    erase=_erase_profile,
    kept="Niets: het profiel en de profielfoto worden verwijderd.",
)

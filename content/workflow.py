"""Editorial review by a second editor (a Wagtail workflow task)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .plain_language import is_iwin, long_sentences

SECOND_EDITOR_ONLY = _("Een andere redacteur moet je wijziging beoordelen.")
NOTE_REQUIRED = _(
    "Deze iWIN-tekst heeft zinnen die te lang zijn. Kies 'Goedkeuren met toelichting' en "
    "schrijf waarom de tekst zo goed is."
)
APPROVE_WITH_NOTE = _("Goedkeuren met toelichting")


def _requested_by_id(obj):
    state = getattr(obj, "current_workflow_state", None)
    return state.requested_by_id if state else None


def _version_in_review(obj, task_state=None):
    if task_state is not None and task_state.revision_id:
        return task_state.revision.as_object()
    return obj.get_latest_revision_as_object()


def needs_reviewer_note(obj, task_state=None) -> bool:
    """iWIN texts above the sentence limit are approved only with the reviewer's note."""
    version = _version_in_review(obj, task_state)
    return is_iwin(version) and bool(long_sentences(version))


class SecondEditorReviewTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but whoever submitted a change cannot approve it, and an
    iWIN text above the sentence limit needs the reviewer's note (content/plain_language.py)."""

    def get_actions(self, obj, user):
        if user.pk is not None and user.pk == _requested_by_id(obj):
            return []
        actions = super().get_actions(obj, user)
        if actions and needs_reviewer_note(obj):
            # Only the approval that asks for a note (Wagtail's modal with a comment field).
            actions = [
                (name, APPROVE_WITH_NOTE if name == "approve" else label, modal)
                for name, label, modal in actions
                if name != "approve" or modal
            ]
        return actions

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    def on_action(self, task_state: TaskState, user, action_name, **kwargs):
        if action_name == "approve":
            if user.pk == task_state.workflow_state.requested_by_id:
                raise PermissionDenied(SECOND_EDITOR_ONLY)
            content_object = task_state.workflow_state.content_object
            if not (kwargs.get("comment") or "").strip() and needs_reviewer_note(
                content_object, task_state
            ):
                raise PermissionDenied(NOTE_REQUIRED)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Een tweede redacteur uit de gekozen groepen keurt de wijziging goed.")

    class Meta:
        verbose_name = _("beoordeling door een tweede redacteur")
        verbose_name_plural = _("beoordelingen door een tweede redacteur")

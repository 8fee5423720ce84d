"""Editorial review by a second editor (a Wagtail workflow task)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

SECOND_EDITOR_ONLY = _("Een andere redacteur moet je wijziging beoordelen.")


def _requested_by_id(obj):
    state = getattr(obj, "current_workflow_state", None)
    return state.requested_by_id if state else None


class SecondEditorReviewTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but whoever submitted a change cannot approve it."""

    def get_actions(self, obj, user):
        if user.pk is not None and user.pk == _requested_by_id(obj):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
        )

    def on_action(self, task_state: TaskState, user, action_name, **kwargs):
        if action_name == "approve" and user.pk == task_state.workflow_state.requested_by_id:
            raise PermissionDenied(SECOND_EDITOR_ONLY)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Een tweede redacteur uit de gekozen groepen keurt de wijziging goed.")

    class Meta:
        verbose_name = _("beoordeling door een tweede redacteur")
        verbose_name_plural = _("beoordelingen door een tweede redacteur")

"""Changes to a user in the Wagtail admin (deactivated, active state set in bulk) make that
person's open live sockets re-check access (`accounts.sockets.sockets_recheck`). A deleted user's
sockets close on their next heartbeat (their session no longer finds a user)."""

from django.contrib.auth import get_user_model
from wagtail import hooks

from accounts.sockets import sockets_recheck


@hooks.register("after_edit_user")
def recheck_sockets_after_edit(request, user):
    sockets_recheck(user_ids=[user.pk])


@hooks.register("after_bulk_action")
def recheck_sockets_after_bulk_action(request, action_type, objects, action_class_instance):
    if objects and isinstance(objects[0], get_user_model()):
        sockets_recheck(user_ids=[user.pk for user in objects])

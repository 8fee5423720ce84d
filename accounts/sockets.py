"""Telling a person's open live sockets that their access may have changed.

Every live socket of a signed-in person also listens on that person's own channel-layer group
(`person_group_name`). A service that takes access away (logout, removal from a group,
deactivation, erasure, leaving a group channel) calls `sockets_recheck` after its change; once the
transaction commits, each of the person's sockets checks its gate again and closes with 4403
when the person no longer belongs. The sockets' heartbeat checks too, so a lost message costs a
few seconds, never access.

This module sits in the lowest app and knows only the channel layer, so any app may call it.
"""

import logging
from collections.abc import Iterable

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)

ACCESS_RECHECK = "access.recheck"


def person_group_name(user_id: int) -> str:
    return f"person-{int(user_id)}"


def _send(user_ids: list[int]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    for user_id in user_ids:
        try:
            async_to_sync(layer.group_send)(person_group_name(user_id), {"type": ACCESS_RECHECK})
        except Exception as exc:  # the heartbeat re-checks; a layer outage must not fail a write
            logger.warning("access recheck for person %s not sent: %r", user_id, exc)


def sockets_recheck(*, user_ids: Iterable[int]) -> None:
    """After the current transaction commits, make these people's open sockets re-check access."""
    ids = sorted({int(u) for u in user_ids if u is not None})
    if ids:
        transaction.on_commit(lambda: _send(ids))

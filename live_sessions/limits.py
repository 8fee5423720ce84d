"""Limits per person in a live room, across all their sockets and server processes
(docs/live-protocol.md, "Limits").

Both live in the cache, which is Redis when `REDIS_URL` is set (the same Redis as the channel
layer, so every process sees the same counts) and local memory otherwise (one process only):

- **Sockets per person per meeting**: at most `LIVE_SOCKETS_PER_PERSON`. A socket holds one of
  that many numbered slots (`cache.add`, atomic: only one socket gets a free slot) and renews it
  on every second heartbeat (one `touch`); a slot of a process that died expires after `slot_ttl()`.
- **Messages per person per meeting**: at most `LIVE_PERSON_RATE_LIMIT` stored commands per
  `LIVE_PERSON_RATE_WINDOW_SECONDS`, counted with an atomic `cache.incr` on a key per window.

When the cache is away both fail open (logged): the per-socket token bucket
(`protocol.RateLimiter`) still applies, and a live room keeps working.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

_cache = None


def _shared_cache():
    """One cache client for the whole process. `django.core.cache.cache` is one object per
    thread or async context, so with Redis every socket would hold a connection of its own; this
    one shares a single connection pool (local memory: the same store as `cache`)."""
    global _cache
    if _cache is None:
        _cache = caches.create_connection("default")
    return _cache


UNTRACKED = -1  # the cache was away when the socket opened: it holds no slot


def slot_ttl() -> float:
    """How long a slot outlives its socket's last heartbeat (a process that died)."""
    return settings.LIVE_HEARTBEAT_SECONDS * 3 + 15


def _slot_key(meeting_id: int, user_id: int, slot: int) -> str:
    return f"live:socket:{meeting_id}:{user_id}:{slot}"


def socket_slot_claim(*, meeting_id: int, user_id: int, channel_name: str) -> int | None:
    """A free slot for this socket (its number), `UNTRACKED` when the cache is away, or None
    when the person already has `LIVE_SOCKETS_PER_PERSON` sockets open in this meeting."""
    cache = _shared_cache()
    try:
        for slot in range(settings.LIVE_SOCKETS_PER_PERSON):
            if cache.add(_slot_key(meeting_id, user_id, slot), channel_name, timeout=slot_ttl()):
                return slot
    except Exception as exc:
        logger.warning("socket limit not checked (cache away): %r", exc)
        return UNTRACKED
    return None


def socket_slot_renew(*, meeting_id: int, user_id: int, slot: int, channel_name: str) -> None:
    if slot == UNTRACKED:
        return
    key = _slot_key(meeting_id, user_id, slot)
    cache = _shared_cache()
    try:
        # one round trip while the slot is there (Redis: EXPIRE); gone (expired): taken again
        # unless another socket has it by now (`add` is atomic)
        if not cache.touch(key, timeout=slot_ttl()):
            cache.add(key, channel_name, timeout=slot_ttl())
    except Exception as exc:
        logger.warning("socket slot not renewed (cache away): %r", exc)


def socket_slot_release(*, meeting_id: int, user_id: int, slot: int, channel_name: str) -> None:
    if slot == UNTRACKED:
        return
    key = _slot_key(meeting_id, user_id, slot)
    cache = _shared_cache()
    try:
        if cache.get(key) == channel_name:
            cache.delete(key)
    except Exception as exc:
        logger.warning("socket slot not released (cache away; it expires): %r", exc)


def other_sockets_open(*, meeting_id: int, user_id: int, channel_name: str) -> bool:
    """Whether this person has another socket open in this meeting (any process)."""
    keys = [_slot_key(meeting_id, user_id, s) for s in range(settings.LIVE_SOCKETS_PER_PERSON)]
    try:
        held = _shared_cache().get_many(keys).values()
    except Exception as exc:
        logger.warning("open sockets not known (cache away): %r", exc)
        return False
    return any(value and value != channel_name for value in held)


def message_allowed(*, meeting_id: int, user_id: int) -> bool:
    """Count one command of this person in this meeting; False when over the limit."""
    window = settings.LIVE_PERSON_RATE_WINDOW_SECONDS
    key = f"live:rate:{meeting_id}:{user_id}:{int(time.time() // window)}"
    cache = _shared_cache()
    try:
        try:  # the window's key is there after a person's first command in it: one incr
            count = cache.incr(key)
        except ValueError:  # the first command in this window (or the key expired)
            count = 1 if cache.add(key, 1, timeout=window * 2) else cache.incr(key)
    except Exception as exc:
        logger.warning("message limit not checked (cache away): %r", exc)
        return True
    return count <= settings.LIVE_PERSON_RATE_LIMIT

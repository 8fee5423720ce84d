"""Channel layers. The Redis layer with a bounded connection pool that waits instead of failing,
and the in-memory layer (one process, no Redis) with a throttled expiry sweep.


channels_redis builds a plain redis-py pool per event loop. Without a limit (redis-py's default
is 2**31) a burst of work, such as a thousand sockets closing at once and each calling
`group_discard`, opens a thousand Redis connections at once; with a limit, the plain pool raises
`MaxConnectionsError` as soon as it is reached. A blocking pool keeps at most `max_connections`
open and lets the others wait up to `pool_timeout` seconds for a free one.
"""

import time

from channels.layers import InMemoryChannelLayer
from channels_redis.core import RedisChannelLayer as _RedisChannelLayer
from redis import asyncio as aioredis


class RedisChannelLayer(_RedisChannelLayer):
    def __init__(self, *, max_connections: int = 100, pool_timeout: float = 10, **config):
        super().__init__(**config)
        self.max_connections = max_connections
        self.pool_timeout = pool_timeout

    def create_pool(self, index):
        host = dict(self.hosts[index])
        if "address" not in host:  # a sentinel or a host/port dict: channels_redis' own pool
            return super().create_pool(index)
        return aioredis.BlockingConnectionPool.from_url(
            host.pop("address"),
            max_connections=self.max_connections,
            timeout=self.pool_timeout,
            **host,
        )


class ThrottledInMemoryChannelLayer(InMemoryChannelLayer):
    """The in-memory layer (one process, no Redis) with its expiry sweep at most once per
    `clean_interval` seconds. Channels' own layer walks every channel and every group membership
    on *each* send and receive, so its cost grows with the square of the sockets (at 1,300 sockets
    a third of the event loop's time went there). Expired messages and memberships are still
    removed, a little later."""

    def __init__(self, *args, clean_interval: float = 1.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.clean_interval = clean_interval
        self._cleaned_at = 0.0

    def _clean_expired(self):
        now = time.monotonic()
        if now - self._cleaned_at < self.clean_interval:
            return
        self._cleaned_at = now
        super()._clean_expired()

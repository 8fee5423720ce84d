"""Settings for the live-socket benchmarks: the test settings (as tests/servers.py uses), plus
switches that only the benchmarks flip, to measure a candidate configuration before proposing it.

- BENCH_LAYER=pubsub: channels_redis.pubsub.RedisPubSubChannelLayer instead of the core
  RedisChannelLayer (only with REDIS_URL).
- BENCH_LAYER=throttled: jobgroup_platform.channel_layers.ThrottledInMemoryChannelLayer instead of Channels'
  InMemoryChannelLayer (only without REDIS_URL).
- BENCH_ASYNC_CATCH_UP=1: the live room's catch-ups on the async connection too
  (`LIVE_ASYNC_CATCH_UP = True`; PostgreSQL; off by default).
- BENCH_CACHE=locmem: each process its own local-memory cache, also with REDIS_URL (a
  diagnosis of the cache thread's cost; socket slots and message limits are then per process).
- BENCH_CONN_MAX_AGE=<seconds>: keep database connections open (with health checks) instead of
  Django's default of a new connection for every database_sync_to_async call.
"""

import os

from jobgroup_platform.settings.test import *  # noqa: F403
from jobgroup_platform.settings.test import DATABASES, REDIS_URL

if REDIS_URL and os.environ.get("BENCH_LAYER") == "pubsub":
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }

if os.environ.get("BENCH_CONN_MAX_AGE"):
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ["BENCH_CONN_MAX_AGE"])
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

if not REDIS_URL and os.environ.get("BENCH_LAYER") == "throttled":
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "jobgroup_platform.channel_layers.ThrottledInMemoryChannelLayer"}
    }

if os.environ.get("BENCH_ASYNC_CATCH_UP") == "1":
    LIVE_ASYNC_CATCH_UP = True

if os.environ.get("BENCH_CACHE") == "locmem":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

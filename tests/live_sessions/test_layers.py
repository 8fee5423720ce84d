"""The in-memory channel layer with a rate-limited expiry sweep (jobgroup_platform/channel_layers.py)."""

import asyncio

from jobgroup_platform.channel_layers import ThrottledInMemoryChannelLayer


async def test_group_send_reaches_members_and_sweeps_at_most_once_per_interval(monkeypatch):
    layer = ThrottledInMemoryChannelLayer(clean_interval=60)
    sweeps = []
    original = ThrottledInMemoryChannelLayer.__mro__[1]._clean_expired
    monkeypatch.setattr(
        ThrottledInMemoryChannelLayer.__mro__[1],
        "_clean_expired",
        lambda self: sweeps.append(1) or original(self),
    )
    channels = [await layer.new_channel() for _ in range(3)]
    for name in channels:
        await layer.group_add("meeting.1", name)
    for n in range(5):
        await layer.group_send("meeting.1", {"type": "meeting.event", "seq": n})
    for name in channels:
        got = [(await asyncio.wait_for(layer.receive(name), 1))["seq"] for _ in range(5)]
        assert got == [0, 1, 2, 3, 4]
    assert len(sweeps) == 1  # 5 sends + 15 receives, one sweep


async def test_expired_messages_and_their_memberships_still_go():
    layer = ThrottledInMemoryChannelLayer(clean_interval=0, expiry=0)
    name = await layer.new_channel()
    await layer.group_add("meeting.1", name)
    await layer.send(name, {"type": "x"})
    await asyncio.sleep(0.01)
    layer._clean_expired()
    assert name not in layer.channels
    assert name not in layer.groups.get("meeting.1", {})

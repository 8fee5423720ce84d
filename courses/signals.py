"""Signals the courses app sends for the apps above it (the live room), which it must not import.

`membership_removed` is sent inside `services.membership_remove`'s transaction, after the
membership is gone, with `cohort`, `user` and `answer_ids` (all of the person's answers in that
group, now private again). The live room turns the copies of those answers in the group's log
(`homework.shown`) into tombstones, so a replay no longer shows them to the group.
"""

from django.dispatch import Signal

membership_removed = Signal()

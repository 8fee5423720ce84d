"""The fixed build of every meeting (vaste opbouw): seven parts, always in this order.

The names are also the `block` values of the live protocol (`block.goto`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Part(models.TextChoices):
    WELCOME = "welcome", _("Welkom en leerdoel")
    HOMEWORK_REVIEW = "homework_review", _("Huiswerk bespreken")
    GROUP_TALK = "group_talk", _("Groepsgesprek")
    DEEPENING = "deepening", _("Verdieping")
    HOMEWORK = "homework", _("Huiswerk")
    REFLECTION = "reflection", _("Wat hebben we geleerd")
    AFTER_TALK = "after_talk", _("Napraten")


FIXED_BUILD: tuple[str, ...] = tuple(part.value for part in Part)

"""Role names: the constants tests and code share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PARTICIPANT = "participant", _("Deelnemer")
    BUDDY = "buddy", _("Maatje")
    LEADER = "leader", _("JobGroupleider")
    COORDINATOR = "coordinator", _("Coördinator")
    EDITOR = "editor", _("Redacteur")
    ADMIN = "admin", _("Beheerder")
    TRAINER = "trainer", _("Trainer")


# Roles that work in the Wagtail admin (/admin/).
ADMIN_ROLES = frozenset({Role.COORDINATOR, Role.EDITOR, Role.ADMIN})

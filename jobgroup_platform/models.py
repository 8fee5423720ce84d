"""The project's own bookkeeping: when each daily job last ran (the `scheduler` process)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DailyJobRun(models.Model):
    """One row per daily job: the last day (local date) the scheduler enqueued it. A restart the
    same day finds today here and enqueues nothing twice."""

    job = models.CharField(_("taak"), max_length=60, unique=True)
    last_run_on = models.DateField(_("laatst gestart op"), null=True, blank=True)
    last_enqueued_at = models.DateTimeField(_("laatst in de wachtrij gezet"), null=True, blank=True)

    class Meta:
        verbose_name = _("dagelijkse taak")
        verbose_name_plural = _("dagelijkse taken")

    def __str__(self):
        return f"{self.job}: {self.last_run_on or '-'}"

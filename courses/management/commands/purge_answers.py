from django.conf import settings
from django.core.management.base import BaseCommand

from courses.privacy.services import retention_purge_all


class Command(BaseCommand):
    help = (
        "Remove what expires after ANSWER_RETENTION_DAYS (the personal-data registry): answers "
        "of long-finished groups and their copies in the room's log, and those groups' notes."
    )

    def handle(self, *args, **options):
        counts = retention_purge_all()
        self.stdout.write(
            f"{counts.get('courses.Answer', 0)} answers removed "
            f"(retention {settings.ANSWER_RETENTION_DAYS} days)."
        )
        for label, count in sorted(counts.items()):
            if label != "courses.Answer":
                self.stdout.write(f"{label}: {count}")

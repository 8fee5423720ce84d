from django.conf import settings
from django.core.management.base import BaseCommand

from courses.privacy import retention_purge


class Command(BaseCommand):
    help = "Delete personal answers of groups finished longer ago than ANSWER_RETENTION_DAYS."

    def handle(self, *args, **options):
        count = retention_purge()
        self.stdout.write(
            f"{count} answers removed (retention {settings.ANSWER_RETENTION_DAYS} days)."
        )

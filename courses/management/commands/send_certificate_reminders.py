import datetime

from django.core.management.base import BaseCommand, CommandError

from courses.volunteers.services import REMINDER_DAYS, certificate_reminders_send


class Command(BaseCommand):
    help = (
        "E-mail holders whose certificate has exactly 90, 30 or 7 days left. Run once a day; "
        "running it again the same day sends nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="Act as if today is this date (YYYY-MM-DD), e.g. to catch up on a missed day.",
        )

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as exc:
                raise CommandError("--date must be YYYY-MM-DD") from exc
        sent = certificate_reminders_send(today=today)
        days = "/".join(map(str, REMINDER_DAYS))
        self.stdout.write(f"{sent} certificate reminders sent ({days} days left).")

"""Daily: e-mail members of group channels the new messages (live_sessions.digests.digests_send)."""

from django.core.management.base import BaseCommand

from live_sessions.digests import digests_send


class Command(BaseCommand):
    help = "E-mail members of group channels the messages they have not had yet (daily)."

    def handle(self, *args, **options):
        sent = digests_send()
        self.stdout.write(f"{sent} digest e-mail(s) sent.")

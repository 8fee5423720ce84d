"""Make an account an editor (or a reviewer), or take that away again."""

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from content.services import editor_grant, editor_revoke

UNKNOWN_EMAIL = (
    "There is no account with the e-mail address {email}. The person first needs an account "
    "(sign-up, or an administrator creates one); then run this command again."
)


class Command(BaseCommand):
    help = (
        "Make an existing account an editor of the workbooks (edits, approves another editor's "
        "change, releases editions), or with --reviewer only a reviewer (approves or rejects "
        "changes). --revoke takes the role away again."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="E-mail address of an existing account.")
        parser.add_argument(
            "--reviewer",
            action="store_true",
            help="Only review changes (approve or reject), no editing role or editions.",
        )
        parser.add_argument(
            "--revoke", action="store_true", help="Take the editor or reviewer role away."
        )

    def handle(self, *args, email: str, reviewer: bool, revoke: bool, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(UNKNOWN_EMAIL.format(email=email))
        what = "reviewer" if reviewer else "editor"
        if revoke:
            editor_revoke(user=user, reviewer_only=reviewer)
            self.stdout.write(self.style.SUCCESS(f"{user.email} is no longer {what}."))
        else:
            editor_grant(user=user, reviewer_only=reviewer)
            self.stdout.write(self.style.SUCCESS(f"{user.email} is now {what}."))

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import services
from accounts.demo import DEMO_LOCATIONS, DEMO_PASSWORD, DEMO_PEOPLE, demo_email

REFUSED_WITHOUT_DEBUG = (
    "seed_demo creates logins with the well-known password 'demo' and refuses to run with "
    "DEBUG off. Run it with DEBUG=1 (as `make run` does), or add --force if you really want "
    "demo logins on this installation."
)


class Command(BaseCommand):
    help = "Create the demo locations and logins (deterministic and idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even when DEBUG is off (never in production)."
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(REFUSED_WITHOUT_DEBUG)
        with transaction.atomic():
            locations = {
                slug: services.location_create_or_update(name=name, slug=slug)
                for name, slug in DEMO_LOCATIONS
            }
            for local_part, name, roles, location_slug, is_coordinator in DEMO_PEOPLE:
                user = services.user_create_or_update(
                    email=demo_email(local_part), display_name=name, password=DEMO_PASSWORD
                )
                for role in roles:
                    services.user_grant_role(user=user, role=role)
                if location_slug:
                    services.location_add_member(
                        location=locations[location_slug], user=user, is_coordinator=is_coordinator
                    )
        self.stdout.write(
            self.style.SUCCESS("Demo data ready. Log in at /login/ with password 'demo':")
        )
        for local_part, _name, roles, _slug, _coord in DEMO_PEOPLE:
            role_names = ", ".join(str(role.label) for role in roles)
            self.stdout.write(f"  {demo_email(local_part):<34} {role_names}")

"""User-facing messages of the accounts app, shared with the tests."""

from django.utils.translation import gettext_lazy as _

INVALID_LOGIN = _(
    "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw."
)
TOO_MANY_ATTEMPTS = _(
    "Te vaak een verkeerd wachtwoord. Wacht een kwartier en probeer het dan opnieuw, "
    "of vraag een nieuw wachtwoord aan."
)
LOGIN_LINK_INVALID = _("Deze inloglink werkt niet meer. Vraag een nieuwe link aan.")

"""User-facing messages of the accounts app, shared with the tests."""

from django.utils.translation import gettext_lazy as _

INVALID_LOGIN = _(
    "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw."
)
# The same words whether or not the account exists.
TOO_MANY_ATTEMPTS = _("Te veel pogingen. Probeer het over 15 minuten opnieuw.")
LOGIN_LINK_INVALID = _("Deze inloglink werkt niet meer. Vraag een nieuwe link aan.")

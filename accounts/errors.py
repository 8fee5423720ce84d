"""User-facing messages of the accounts app, shared with the tests."""

from django.utils.translation import gettext_lazy as _

INVALID_LOGIN = _(
    "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw."
)
# The same words whether or not the account exists.
TOO_MANY_ATTEMPTS = _("Te veel pogingen. Probeer het over 15 minuten opnieuw.")
LOGIN_LINK_INVALID = _("Deze inloglink werkt niet meer. Vraag een nieuwe link aan.")
PHONE_INVALID = _(
    "Dit is geen Nederlands mobiel nummer. Een goed nummer begint met 06 of +316 en heeft "
    "daarna 8 cijfers, zoals 06 12345678."
)
# The same words for a wrong code and for wrong pictures: nobody learns which part was right.
CARD_LOGIN_INVALID = _(
    "Dit klopt niet. Kijk goed naar de code op je kaart en kies je 3 plaatjes. Probeer het opnieuw."
)
CARD_PICTURES_COUNT = _("Kies precies 3 plaatjes.")
CARD_SESSION_EXPIRED = _("Dit duurde te lang. Tik je code opnieuw in.")

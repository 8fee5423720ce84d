"""Messages of the courses app, shared with the tests."""

from django.utils.translation import gettext_lazy as _

UPLOAD_WRONG_TYPE = _("Dit soort bestand kan hier niet. Kies een bestand van het type: %(types)s.")
UPLOAD_TOO_LARGE = _("Dit bestand is te groot. Het mag hoogstens %(mb)s MB zijn.")
UPLOAD_EMPTY = _("Het bestand is leeg. Kies een ander bestand.")
UPLOAD_NOT_AN_UPLOAD = _("Bij deze opdracht hoort geen bestand.")
EXERCISE_UNKNOWN = _("Deze opdracht bestaat niet (meer) in het werkboek van je groep.")
ONLY_PARTICIPANTS_ANSWER = _("Alleen deelnemers vullen het werkboek in.")
COHORT_FULL = _("Deze groep is vol: er kunnen hoogstens %(max)s deelnemers in een groep.")
TOO_MANY_LEADERS = _("Een groep heeft hoogstens twee leiders.")
INVITATION_UNKNOWN = _("Deze uitnodiging bestaat niet. Controleer de link in je e-mail.")
INVITATION_USED = _("Deze uitnodiging is al gebruikt. Log in met je e-mailadres.")
INVITATION_EXPIRED = _(
    "Deze uitnodiging is verlopen. Vraag de coördinator om een nieuwe uitnodiging."
)
INVITATION_WITHDRAWN = _("Deze uitnodiging is ingetrokken. Neem contact op met de coördinator.")
INVITATION_EXISTING_ACCOUNT = _(
    "Er is al een account met dit e-mailadres. Log eerst in; daarna kun je de uitnodiging aannemen."
)
INVITATION_OTHER_ACCOUNT = _(
    "Deze uitnodiging is voor een ander e-mailadres. Log uit en open de link opnieuw."
)
INVALID_EMAIL = _("Dit is geen geldig e-mailadres: %(email)s")
ALREADY_MEMBER = _("Zit al in de groep: %(email)s")
SHARING_PRIVATE_FEEDBACK = _("Je kunt alleen reageren op antwoorden die met jou gedeeld zijn.")
ONLY_LEADERS = _("Alleen de leiders van de groep kunnen dit doen.")
EMPTY_TEXT = _("Schrijf eerst iets.")
ERASURE_ALREADY_DONE = _("Deze persoon is al geanonimiseerd.")
SHARING_UNKNOWN = _("Kies wie dit mag zien: alleen ik, mijn leiders of de groep.")
ANSWER_FIRST = _("Vul eerst iets in; daarna kun je kiezen met wie je het deelt.")
TEXT_TOO_LONG = _("Dit is te lang: hoogstens %(max)s tekens.")
MEETING_NOT_PLANNED = _(
    "Deze bijeenkomst is al begonnen of afgelopen; de tijd kan niet meer veranderen."
)
PERSON_NOT_FOUND = _(
    "We vinden niemand met dit gegeven bij de locaties waar je coördinator bent. "
    "Controleer wat je hebt ingevuld."
)
NOT_IN_THIS_GROUP = _("Deze persoon zit niet (meer) in deze groep.")
REMOVAL_GROUP_FINISHED = _(
    "Deze groep is al afgelopen. Je kunt dan niemand meer uit de groep halen."
)
REMOVAL_LAST_LEADER = _(
    "Dit is de enige leider van deze groep, en de groep loopt. Voeg eerst een andere leider "
    "toe. Daarna kun je deze leider uit de groep halen."
)

# The register and self check-in of a meeting.
NOT_A_MEMBER = _("Deze persoon zit niet als deelnemer in deze groep.")
EXCUSED_NEEDS_REASON = _("Schrijf kort waarom deze persoon zich heeft afgemeld.")
UNKNOWN_STATUS = _("Kies aanwezig, te laat, afwezig of afgemeld.")
REASON_TOO_LONG = _("De reden is te lang: hoogstens %(max)s tekens.")
CHECK_IN_CLOSED = _(
    "Inchecken kan alleen vanaf een half uur voor de bijeenkomst tot het einde ervan."
)
CHECK_IN_WRONG_CODE = _("Deze code klopt niet. Kijk nog eens naar de code van je leider.")
CHECK_IN_TOO_MANY = _("Je hebt te vaak een verkeerde code ingevuld. Probeer het over een kwartier.")
REGISTER_NOT_YET = _(
    "Deze bijeenkomst is nog niet begonnen. Je kunt nu alleen invullen wie zich heeft afgemeld."
)

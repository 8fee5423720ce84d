"""Messages of the courses app, shared with the tests."""

from django.utils.translation import gettext_lazy as _

UPLOAD_WRONG_TYPE = _("Dit soort bestand kan hier niet. Kies een bestand van het type: %(types)s.")
UPLOAD_TOO_LARGE = _("Dit bestand is te groot. Het mag hoogstens %(mb)s MB zijn.")
UPLOAD_EMPTY = _("Het bestand is leeg. Kies een ander bestand.")
UPLOAD_NOT_AN_UPLOAD = _("Bij deze opdracht hoort geen bestand.")
EXERCISE_UNKNOWN = _("Deze opdracht bestaat niet (meer) in het werkboek van uw groep.")
ONLY_PARTICIPANTS_ANSWER = _("Alleen deelnemers vullen het werkboek in.")

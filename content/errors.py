"""Messages of the content app (editors' and participants' errors), shared with the tests."""

from django.utils.translation import gettext_lazy as _

PART_MISSING = _(
    "Elke bijeenkomst heeft alle zeven onderdelen. Dit onderdeel ontbreekt: %(parts)s."
)
PART_ORDER = _(
    "De onderdelen staan in een vaste volgorde: welkom, huiswerk bespreken, groepsgesprek, "
    "verdieping, huiswerk, wat hebben we geleerd, napraten."
)
ALT_REQUIRED = _("Schrijf wat er op de afbeelding staat (alt-tekst). Dat is verplicht.")
QUIZ_NO_CORRECT = _("Geef bij elke vraag minstens één goed antwoord aan.")
QUIZ_TOO_FEW_OPTIONS = _("Geef bij elke vraag minstens twee antwoorden.")
CHOICE_TOO_FEW_OPTIONS = _("Geef minstens twee keuzes.")
RATING_NO_ITEMS = _("Geef minstens één onderdeel om een cijfer aan te geven.")
UPLOAD_NO_TYPES = _("Kies minstens één soort bestand.")

EDITION_STEP_NOT_PUBLISHED = _("Stap %(number)s is nog niet gepubliceerd.")
EDITION_STEP_COUNT = _(
    "Dit programma heeft %(expected)s stappen, maar er zijn er %(found)s gepubliceerd."
)
EDITION_STEP_NUMBERS = _("De stappen moeten genummerd zijn van 1 tot en met %(expected)s.")
EDITION_NOTES_REQUIRED = _("Schrijf kort wat er in deze editie is veranderd.")
EDITION_IN_REVIEW = _(
    "Er wordt nog een wijziging beoordeeld (%(pages)s). Breng de editie uit als de beoordeling "
    "klaar is."
)
EDITION_NOTHING_CHANGED = _(
    "Er is niets veranderd sinds de vorige editie. Een nieuwe editie is dan niet nodig."
)
EDITION_NOTES_MISS_STEPS = _(
    "Noem in 'Wat is er veranderd?' elke gewijzigde stap (bijvoorbeeld 'stap 3'). Nog niet "
    "genoemd: %(steps)s."
)

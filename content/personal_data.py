"""What the content app holds about a person, registered with `accounts.personal_data`: only who
released an edition (editors). Imported once by `ContentConfig.ready()`."""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import register, unlink

from .models import Edition

register(
    Edition,
    key="editions_released",
    title=_("Edities die je hebt uitgebracht"),
    labels={"edition": _("Editie"), "released_at": _("Uitgebracht op")},
    export=lambda user: [
        {"edition": str(edition), "released_at": edition.released_at.isoformat()}
        for edition in Edition.objects.filter(released_by=user).select_related("programme")
    ],
    erase=unlink(Edition, "released_by"),
    kept="De editie en wat er veranderde blijven; wie haar uitbracht niet.",
)

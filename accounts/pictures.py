"""The pictures of the picture password: twelve simple, clearly different pictograms.

Each has a stable key (stored, hashed, as part of a person's pictures; never change a key), a
Dutch label (the alt text and the word under the picture) and a drawing in
`accounts/static/accounts/pictures/<key>.svg`. The three pictures a person chose form a set: the
order of tapping does not matter (docs/decisions.md)."""

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

PICTURES = {
    "kat": _("kat"),
    "vis": _("vis"),
    "fiets": _("fiets"),
    "auto": _("auto"),
    "huis": _("huis"),
    "boom": _("boom"),
    "bloem": _("bloem"),
    "appel": _("appel"),
    "zon": _("zon"),
    "maan": _("maan"),
    "ster": _("ster"),
    "hart": _("hart"),
}
PICTURES_PER_PASSWORD = 3


def picture_choices() -> list[tuple[str, str]]:
    return [(key, str(label)) for key, label in PICTURES.items()]


def picture_url(key: str) -> str:
    return static(f"accounts/pictures/{key}.svg")


def pictures_secret(keys) -> str:
    """The form in which a set of pictures is hashed: sorted keys, joined."""
    return ",".join(sorted(keys))

"""The group's vacancy board (issue #19, step 5): members share vacancies with each other.

Services and reads for `VacancyPost`; the access decisions are in `courses.groups.access`."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.groups.models import VacancyPost
from toolkit.sanitize import plain_text_to_html

MAX_POSTS_PER_DAY = 20
TITLE_MAX = 150
FOR_WHOM_MAX = 150
NOTE_MAX = 500
LINK_MAX = 500


def vacancies_of(*, cohort) -> list[VacancyPost]:
    """The group's board, newest first; each post's note as safe HTML (`note_html`)."""
    posts = list(
        VacancyPost.objects.filter(cohort=cohort)
        .select_related("author")
        .order_by("-created_at", "-pk")
    )
    for post in posts:
        post.note_html = plain_text_to_html(post.note) if post.note else ""
    return posts


def clean_link(value: str) -> str:
    """An http(s) URL or nothing; any other scheme (javascript:, data:, ...) is refused."""
    link = (value or "").replace("\x00", "").strip()
    if not link:
        return ""
    if len(link) > LINK_MAX:
        raise ValidationError(_("De link is te lang."), code="link_too_long")
    scheme = link.split(":", 1)[0].lower() if ":" in link else ""
    if scheme not in ("http", "https"):
        raise ValidationError(
            _("Een link moet beginnen met https:// of http://. Andere links kunnen niet."),
            code="link_scheme",
        )
    try:
        URLValidator(schemes=["http", "https"])(link)
    except ValidationError:
        raise ValidationError(
            _("Dit is geen goede link. Kopieer de link uit je browser."), code="link_invalid"
        ) from None
    return link


def _clean_text(value: str, *, limit: int, too_long: str) -> str:
    # A NUL cannot be stored in PostgreSQL text and is never meant: left out.
    text = (value or "").replace("\x00", "").strip()
    if len(text) > limit:
        raise ValidationError(too_long, code="too_long")
    return text


def vacancy_add(
    *, cohort, author, title: str, link: str = "", for_whom: str = "", note: str = ""
) -> VacancyPost:
    """Share one vacancy with the group. Raises ValidationError (Dutch) and stores nothing on bad
    input or when the author already shared MAX_POSTS_PER_DAY in the last 24 hours."""
    title = _clean_text(
        title,
        limit=TITLE_MAX,
        too_long=_("De titel is te lang: hoogstens %(n)s tekens.") % {"n": TITLE_MAX},
    )
    if not title:
        raise ValidationError(_("Vul de titel van de vacature in."), code="title_required")
    for_whom = _clean_text(
        for_whom,
        limit=FOR_WHOM_MAX,
        too_long=_("'Voor wie' is te lang: hoogstens %(n)s tekens.") % {"n": FOR_WHOM_MAX},
    )
    note = _clean_text(
        note,
        limit=NOTE_MAX,
        too_long=_("De opmerking is te lang: hoogstens %(n)s tekens.") % {"n": NOTE_MAX},
    )
    link = clean_link(link)
    with transaction.atomic():
        since = timezone.now() - datetime.timedelta(days=1)
        if (
            VacancyPost.objects.filter(author=author, created_at__gte=since).count()
            >= MAX_POSTS_PER_DAY
        ):
            raise ValidationError(
                _(
                    "Je hebt vandaag al %(n)s vacatures gedeeld. Dat is het maximum. "
                    "Probeer het morgen weer."
                )
                % {"n": MAX_POSTS_PER_DAY},
                code="rate_limited",
            )
        return VacancyPost.objects.create(
            cohort=cohort, author=author, title=title, link=link, for_whom=for_whom, note=note
        )


def vacancy_delete(*, post: VacancyPost) -> None:
    post.delete()

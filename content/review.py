"""The review by a second editor, beyond Wagtail's workflow: who must go through it, the names
of the buttons in its messages, and unpublishing by two editors.

Wagtail's workflow only reviews publishing. Unpublishing a live step would otherwise be one
editor's click, so here the first editor's "Publicatie intrekken" is recorded as a request (an
entry in the page's history) and only another editor's "Publicatie intrekken" carries it out.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

UNPUBLISH_REQUEST_ACTION = "content.unpublish_request"

UNPUBLISH_BUTTON = _("Publicatie intrekken")  # Wagtail's Dutch label of "Unpublish"
UNPUBLISH_REQUESTED = _(
    "Je verzoek om de publicatie in te trekken is opgeslagen. Een andere redacteur kiest ook "
    "'Publicatie intrekken' om het uit te voeren."
)
UNPUBLISH_ONE_BY_ONE = _(
    "Publicaties trek je per pagina in, met een tweede redacteur: kies bij de pagina "
    "'Publicatie intrekken'."
)


def review_required(page, user) -> bool:
    """Every change of a page under the review workflow goes through a second editor; only an
    administrator (emergency fixes) may publish or unpublish directly."""
    return not user.is_superuser and page.get_workflow() is not None


def submit_button_label(page) -> str:
    """The review button as Wagtail labels it: "Stuur door naar <workflow>"."""
    workflow = page.get_workflow()
    # Wagtail's own message id, so the label matches the button in every language.
    return gettext("Submit to %(workflow_name)s") % {"workflow_name": workflow.name}


def review_required_message(page) -> str:
    return gettext("Deze pagina gaat eerst langs een tweede redacteur. Kies '%(button)s'.") % {
        "button": submit_button_label(page)
    }


def _open_requests(page):
    requests = PageLogEntry.objects.filter(page=page, action=UNPUBLISH_REQUEST_ACTION)
    if page.last_published_at:
        requests = requests.filter(timestamp__gte=page.last_published_at)
    return requests


def unpublish_request(*, page, user) -> None:
    if not _open_requests(page).filter(user=user).exists():
        log(instance=page, action=UNPUBLISH_REQUEST_ACTION, user=user)


def unpublish_confirmed_by(*, page, user) -> bool:
    """True when another editor asked for this unpublishing since the page was last published."""
    return _open_requests(page).exclude(user=user).exclude(user__isnull=True).exists()


def unpublish_requests_for(*, user, limit: int = 50) -> list[PageLogEntry]:
    """Open requests of other editors that this user can carry out (the page is still live and
    was not published again since)."""
    entries = (
        PageLogEntry.objects.filter(action=UNPUBLISH_REQUEST_ACTION, page__live=True)
        .exclude(user=user)
        .select_related("page", "user")
        .order_by("-timestamp")[:limit]
    )
    return [
        entry
        for entry in entries
        if not entry.page.last_published_at or entry.timestamp >= entry.page.last_published_at
    ]

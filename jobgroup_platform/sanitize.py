"""The one place where text becomes HTML that is safe to show.

- `user_markdown_to_html`: everything users write (chat, answers shown to others, feedback):
  Markdown in, a small allow-list of tags out, links made safe.
- `clean_editor_html`: rich text written by editors in Wagtail: a wider allow-list, never script,
  styles or event handlers.
"""

from functools import partial

import bleach
import markdown
from bleach.linkifier import Linker

USER_TAGS = frozenset(
    {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
)
USER_ATTRIBUTES = {"a": ["href", "title", "rel", "target"]}

EDITOR_TAGS = USER_TAGS | {"h2", "h3", "h4", "hr", "img", "figure", "figcaption", "span"}
EDITOR_ATTRIBUTES = {
    "a": ["href", "title", "rel", "target"],
    "img": ["src", "alt", "width", "height", "class"],
    "span": ["lang"],
}
PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})
MAX_USER_TEXT = 20_000


def _safe_link(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    attrs[(None, "target")] = "_blank"
    return attrs


_user_cleaner = bleach.Cleaner(
    tags=USER_TAGS,
    attributes=USER_ATTRIBUTES,
    protocols=PROTOCOLS,
    strip=True,
    strip_comments=True,
)
_linker = Linker(callbacks=[_safe_link], skip_tags={"pre", "code"})
_markdown = partial(markdown.markdown, extensions=["sane_lists", "nl2br"], output_format="html")


def user_markdown_to_html(text: str) -> str:
    """Markdown written by a user, as safe HTML. Raw HTML in the input is escaped, not rendered."""
    text = (text or "")[:MAX_USER_TEXT]
    # Escape the user's own HTML first: it is shown as text, never interpreted.
    escaped = bleach.clean(text, tags=set(), strip=False)
    html = _markdown(escaped)
    return _linker.linkify(_user_cleaner.clean(html))


def clean_editor_html(html: str) -> str:
    """Editors' rich text, with script, styles, event handlers and unknown tags removed."""
    return bleach.clean(
        html or "",
        tags=EDITOR_TAGS,
        attributes=EDITOR_ATTRIBUTES,
        protocols=PROTOCOLS,
        strip=True,
        strip_comments=True,
    )

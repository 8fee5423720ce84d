"""The one place where text becomes HTML that is safe to show (docs/security.md, "Escaping and
CSP"). Every function here returns a `SafeString`, so templates print the result without `|safe`;
anything else a template prints is escaped by Django.

- `user_markdown_to_html`: everything users write (chat, answers shown to others, feedback):
  Markdown in, a small allow-list of tags out, links made safe.
- `clean_user_html`: HTML that `user_markdown_to_html` made earlier and that was stored, cleaned
  again with the same allow-list on the way out (templates: `{{ value|user_html }}`).
- `clean_editor_html`: rich text written by editors in Wagtail: a wider allow-list, never script,
  styles or event handlers.
- `plain_text_to_html`: plain text (a workshop's description, fixed texts): escaped, with its
  paragraphs and line breaks kept.

Links keep their `href` (images their `src`) only with an allowed protocol or none at all
(relative): `javascript:`, `data:`, `vbscript:` and every other scheme lose it, however they are
written (upper case, HTML entities, control characters or white space inside).
"""

import html
import re
from functools import partial

import bleach
import markdown
from bleach.linkifier import Linker
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe

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
URL_ATTRIBUTES = frozenset({"href", "src"})
MAX_USER_TEXT = 20_000

# What a browser skips or drops while it reads a URL's scheme (WHATWG URL: leading C0 controls
# and spaces, tabs and newlines anywhere), and more: removing all of it can only make a scheme
# easier to see.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f-\xa0\s`\u200b-\u200f\u2028-\u202e\ufeff]+")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")


def url_is_allowed(value: str) -> bool:
    """A URL with an allowed protocol, or a relative one (no scheme at all)."""
    url = _IGNORED_IN_URL.sub("", html.unescape(value or "")).lower()
    scheme = _SCHEME.match(url)
    return scheme is None or scheme.group(1) in PROTOCOLS


def _attribute_filter(allowed: dict[str, list[str]]):
    def allow(tag: str, name: str, value: str) -> bool:
        if name not in allowed.get(tag, ()):
            return False
        return url_is_allowed(value) if name in URL_ATTRIBUTES else True

    return allow


def _safe_link(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    attrs[(None, "target")] = "_blank"
    return attrs


_user_cleaner = bleach.Cleaner(
    tags=USER_TAGS,
    attributes=_attribute_filter(USER_ATTRIBUTES),
    protocols=PROTOCOLS,
    strip=True,
    strip_comments=True,
)
_editor_cleaner = bleach.Cleaner(
    tags=EDITOR_TAGS,
    attributes=_attribute_filter(EDITOR_ATTRIBUTES),
    protocols=PROTOCOLS,
    strip=True,
    strip_comments=True,
)
_linker = Linker(callbacks=[_safe_link], skip_tags={"pre", "code"})
_markdown = partial(markdown.markdown, extensions=["sane_lists", "nl2br"], output_format="html")


def user_markdown_to_html(text: str) -> SafeString:
    """Markdown written by a user, as safe HTML. Raw HTML in the input is escaped, not rendered."""
    text = (text or "")[:MAX_USER_TEXT]
    # Escape the user's own HTML first: it is shown as text, never interpreted.
    escaped = bleach.clean(text, tags=set(), strip=False)
    html_out = _markdown(escaped)
    # Links are made first and cleaned after, so that no link escapes the allow-list.
    return mark_safe(_user_cleaner.clean(_linker.linkify(html_out)))  # noqa: S308


def clean_user_html(stored_html: str) -> SafeString:
    """Stored HTML of users' writing (made by `user_markdown_to_html`), cleaned again with the
    same allow-list before it is shown: a row written before a fix, or changed outside the
    platform, is safe too."""
    return mark_safe(_user_cleaner.clean(stored_html or ""))  # noqa: S308


def clean_editor_html(editor_html: str) -> SafeString:
    """Editors' rich text, with script, styles, event handlers and unknown tags removed."""
    return mark_safe(_editor_cleaner.clean(editor_html or ""))  # noqa: S308


def plain_text_to_html(text: str) -> SafeString:
    """Plain text as HTML: everything escaped, blank lines become paragraphs."""
    return mark_safe(linebreaks(text or "", autoescape=True)) if text else SafeString("")  # noqa: S308

"""Template filters that show stored HTML through `toolkit.sanitize`, never `|safe`."""

from django import template
from wagtail.rich_text import expand_db_html

from toolkit import sanitize

register = template.Library()


@register.filter
def user_html(stored_html):
    """`{{ message.html|user_html }}`: HTML of users' writing, cleaned again on the way out."""
    return sanitize.clean_user_html(stored_html)


@register.filter
def editor_html(rich_text):
    """`{{ value.text|editor_html }}`: an editor's rich text (a Wagtail `RichText` or its source),
    with page and image links expanded and cleaned, instead of Wagtail's own unsanitised
    `RichText.__html__`."""
    source = getattr(rich_text, "source", rich_text) or ""
    return sanitize.clean_editor_html(expand_db_html(source))

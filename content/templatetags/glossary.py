"""`{% glossary text scope %}`: participant text with its glossary words marked (content/glossary.py).

The English line is shown in the English interface and where the view asks for it
(`glossary_english` in the context: iWIN groups)."""

from django import template
from django.utils.translation import get_language

from content.glossary import glossary as current_glossary
from content.glossary import mark_terms

register = template.Library()


def english_wanted(context) -> bool:
    return bool(context.get("glossary_english")) or (get_language() or "").startswith("en")


@register.simple_tag(takes_context=True)
def glossary(context, text, *scope):
    """`scope`: one or more values that make the explanations' ids unique on the page. Words in
    `glossary_seen` (the context: marked above, in the same part) are not marked again."""
    return mark_terms(
        text,
        glossary=current_glossary(),
        scope="-".join(str(part) for part in scope),
        english=english_wanted(context),
        seen=set(context.get("glossary_seen") or ()),
    )

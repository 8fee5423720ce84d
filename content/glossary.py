"""The glossary in participant text: hard words marked where they appear, with a plain
explanation shown on tap (docs/glossary.md, "Hard words explained on tap").

`mark_terms` takes HTML that is already safe (editors' rich text after `clean_editor_html`, or
escaped plain text) and wraps the first occurrence of each glossary word in a disclosure button:

    <span class="term-wrap"><button type="button" class="term" aria-expanded="false"
    aria-controls="gl-…">word</button><span class="term-note" id="gl-…" hidden>…</span></span>

`jobgroup_platform/static/js/glossary.js` opens and closes it. Words are only found in text
between tags, never inside a tag or attribute, never inside a link, button, heading or form
field, and never inside a longer word. The explanations are escaped.

The terms come from the database once and are then kept in the cache (`glossary`); every
change of a term goes through `glossary_changed()` (content.services and the snippet hooks in
content/wagtail_hooks.py), which forgets them.
"""

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from django.core.cache import cache
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from .models import GlossaryTerm

CACHE_KEY = "content:glossary:v1"

# Text inside these elements is never marked: links and buttons already do something on tap,
# headings are labels, form fields and code are not reading text.
SKIPPED_ELEMENTS = frozenset(
    {
        "a",
        "button",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "label",
        "summary",
        "textarea",
        "select",
        "option",
        "script",
        "style",
        "code",
        "pre",
        "title",
    }
)
VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


@dataclass(frozen=True)
class Term:
    key: str  # a stable slug of the term, part of the element ids
    term: str
    forms: tuple[str, ...]
    explanation_nl: str
    explanation_en: str


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    version: str  # changes whenever a term changes: part of the keys of kept renderings
    pattern: re.Pattern | None
    by_form: dict

    def find(self, text: str) -> Term | None:
        return self.by_form.get(_normal(text))


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _term_key(term: str, used: set) -> str:
    base = slugify(term) or "term"
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return key


@lru_cache(maxsize=8)
def _compile(rows: tuple) -> Glossary:
    used: set = set()
    terms = tuple(Term(_term_key(term, used), term, forms, nl, en) for term, forms, nl, en in rows)
    by_form = {}
    for term in terms:
        for form in term.forms:
            by_form.setdefault(_normal(form), term)
    version = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
    if not by_form:
        return Glossary(terms, version, None, by_form)
    # Longest first, so "elevator pitch" wins over "pitch"; spaces in a form match any white
    # space (a line break in the source); never a part of a longer word.
    forms = sorted(by_form, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in forms)
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return Glossary(terms, version, pattern, by_form)


def _rows_from_database() -> tuple:
    return tuple(
        (term.term, tuple(term.forms()), term.explanation_nl, term.explanation_en)
        for term in GlossaryTerm.objects.order_by("term")
    )


def glossary() -> Glossary:
    """The current glossary: from the cache, from the database once after a change."""
    rows = cache.get(CACHE_KEY)
    if rows is None:
        rows = _rows_from_database()
        cache.set(CACHE_KEY, rows, None)
    return _compile(rows)


def glossary_changed() -> None:
    """Forget the kept glossary: call after any term was added, changed or deleted."""
    cache.delete(CACHE_KEY)


def term_html(term: Term, text: str, *, note_id: str, english: bool) -> str:
    """One marked word: `text` is the word as it stands (already safe HTML text)."""
    note = '<span class="term-nl">' + escape(term.explanation_nl) + "</span>"
    if english and term.explanation_en:
        note += ' <span class="term-en" lang="en">' + escape(term.explanation_en) + "</span>"
    return (
        '<span class="term-wrap"><button type="button" class="term" aria-expanded="false" '
        f'aria-controls="{escape(note_id)}">{text}</button>'
        f'<span class="term-note" id="{escape(note_id)}" hidden>{note}</span></span>'
    )


class _Marker(HTMLParser):
    def __init__(self, glossary: Glossary, *, scope: str, english: bool, seen: set):
        super().__init__(convert_charrefs=False)
        self.glossary = glossary
        self.scope = scope
        self.english = english
        self.seen = seen
        self.out: list[str] = []
        self.skipping: list[str] = []  # open skipped elements

    # Tags and everything that is not text are copied as they were written.
    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in SKIPPED_ELEMENTS:
            self.skipping.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def handle_data(self, data):
        if self.skipping or self.glossary.pattern is None:
            self.out.append(data)
            return
        position = 0
        for match in self.glossary.pattern.finditer(data):
            term = self.glossary.find(match.group(0))
            if term is None or term.key in self.seen:
                continue
            self.seen.add(term.key)
            self.out.append(data[position : match.start()])
            self.out.append(
                term_html(
                    term,
                    match.group(0),
                    note_id=f"gl-{self.scope}-{term.key}",
                    english=self.english,
                )
            )
            position = match.end()
        self.out.append(data[position:])


def mark_terms(
    html, *, glossary: Glossary, scope: str, english: bool = False, seen: set | None = None
) -> SafeString:
    """`html` with the first occurrence of every glossary word marked. Text that is not yet
    safe HTML is escaped first. `scope` makes the ids unique on the page (a part's name, an
    exercise's id); `seen` (term keys) carries "already marked" over several texts of one part."""
    html = conditional_escape(html or "")
    if glossary.pattern is None or not glossary.pattern.search(str(html)):
        return mark_safe(html)  # noqa: S308 - safe HTML in, unchanged
    marker = _Marker(
        glossary, scope=slugify(scope) or "x", english=english, seen=set() if seen is None else seen
    )
    marker.feed(str(html))
    marker.close()
    # Only text between tags was changed, and every inserted string is escaped: still safe.
    return mark_safe("".join(marker.out))  # noqa: S308

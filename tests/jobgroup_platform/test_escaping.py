"""One escaping rule (docs/security.md, "Escaping and CSP"): nothing from the database reaches a
page unescaped except through `toolkit.sanitize`.

- Every place in the project that prints HTML without escaping it (`|safe`, `mark_safe`,
  `format_html`, `{% autoescape off %}`, a filter that is `is_safe`, `innerHTML` in the static
  JavaScript...) is listed below with the reason it is safe; a new one fails until it is added
  here with its reason, and a listed one that is gone fails too, so the list stays true.
- Links with a disallowed protocol lose their `href`, however they are written.
- A workshop's description, written by a coordinator, is text in the live room.
- Stored HTML of users' writing is cleaned again when it is shown.
"""

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from live_sessions.formats import room_plan
from toolkit import sanitize

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_DIRS = {
    ".venv",
    "venv",
    "node_modules",
    "migrations",
    "staticfiles",
    "tests",  # test code is not served; the audit itself names every pattern
    "bench",
    "test-artifacts",
    ".git",
    ".test-media",
    "media",
    "private-media",
    "locale",
}

# Constructs that put text into a page without Django escaping it.
PYTHON_UNESCAPED = re.compile(
    r"mark_safe|format_html|SafeString|SafeText|SafeData|html_safe|is_safe\s*=|"
    r"needs_autoescape|def __html__|\blinebreaks\(|\burlize\w*\("
)
TEMPLATE_UNESCAPED = re.compile(r"\|\s*safe(seq)?\b|\{%\s*autoescape\s+off")
JS_UNESCAPED = re.compile(
    r"\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\("
)

# (file, the line as written, why it is safe). A line that occurs twice in a file is listed twice.
ALLOWED = [
    ("content/templatetags/pictograms.py", "mark_safe(PEN),  # noqa: S308 - a constant", "again"),
    # Pictograms: the project's own static SVG sprite inlined; the key, viewBox and label go
    # through format_html (escaped), the pen attributes are a constant.
    ("content/templatetags/pictograms.py", "from django.utils.html import format_html", "escapes"),
    (
        "content/templatetags/pictograms.py",
        "from django.utils.safestring import mark_safe",
        "below",
    ),
    (
        "content/templatetags/pictograms.py",
        "mark_safe(PEN),  # noqa: S308 - a constant",
        "constant",
    ),
    ("content/templatetags/pictograms.py", "start = format_html(", "key, box, label escaped"),
    ("content/templatetags/pictograms.py", "start = format_html(", "the same, without a label"),
    (
        "content/templatetags/pictograms.py",
        'return mark_safe(f"{start}{body}</svg>")  # noqa: S308',
        "start is format_html's output; body is a symbol of the shipped sprite, nobody's input",
    ),
    # The editor's plain-language panel: a script tag whose attributes format_html escapes.
    (
        "content/wagtail_hooks.py",
        "from django.utils.html import format_html",
        "format_html escapes every value it puts in the script tag",
    ),
    (
        "content/wagtail_hooks.py",
        "return format_html(",
        "static URL, reversed URL and translated labels, each escaped by format_html",
    ),
    # The sanitising module itself: every function returns a SafeString of cleaned HTML.
    (
        "toolkit/sanitize.py",
        'CSP"). Every function here returns a `SafeString`, so templates print the result without '
        "`|safe`;",
        "the module's docstring",
    ),
    (
        "toolkit/sanitize.py",
        "from django.utils.safestring import SafeString, mark_safe",
        "the one module that marks HTML safe, after cleaning it",
    ),
    (
        "toolkit/sanitize.py",
        "def user_markdown_to_html(text: str) -> SafeString:",
        "return type: cleaned by the user allow-list",
    ),
    (
        "toolkit/sanitize.py",
        "return mark_safe(_user_cleaner.clean(_linker.linkify(html_out)))  # noqa: S308",
        "output of the user allow-list cleaner",
    ),
    (
        "toolkit/sanitize.py",
        "def clean_user_html(stored_html: str) -> SafeString:",
        "return type: cleaned by the user allow-list",
    ),
    (
        "toolkit/sanitize.py",
        'return mark_safe(_user_cleaner.clean(stored_html or ""))  # noqa: S308',
        "output of the user allow-list cleaner",
    ),
    (
        "toolkit/sanitize.py",
        "def clean_editor_html(editor_html: str) -> SafeString:",
        "return type: cleaned by the editor allow-list",
    ),
    (
        "toolkit/sanitize.py",
        'return mark_safe(_editor_cleaner.clean(editor_html or ""))  # noqa: S308',
        "output of the editor allow-list cleaner",
    ),
    (
        "toolkit/sanitize.py",
        "def plain_text_to_html(text: str) -> SafeString:",
        "return type: escaped text in paragraphs",
    ),
    (
        "toolkit/sanitize.py",
        'return mark_safe(linebreaks(text or "", autoescape=True)) if text else SafeString("")  # noqa: S308',
        "linebreaks with autoescape=True escapes the text before adding <p> and <br>",
    ),
    # Rendered templates put together: every part was rendered with autoescaping on.
    (
        "courses/workbook/step_body.py",
        "from django.utils.safestring import SafeString, mark_safe",
        "import for the lines below",
    ),
    (
        "courses/workbook/step_body.py",
        '_SAVE_URL = mark_safe("<@save-url@>")  # noqa: S308',
        "a constant placeholder, replaced by an escaped URL",
    ),
    (
        "courses/workbook/step_body.py",
        '_EXERCISE = mark_safe("<@exercise@>")  # noqa: S308',
        "a constant placeholder between rendered templates",
    ),
    (
        "courses/workbook/step_body.py",
        ") -> SafeString:",
        "return type of step_body_html: templates rendered with autoescaping",
    ),
    (
        "courses/workbook/step_body.py",
        'return mark_safe("".join(out).replace(_SAVE_URL, escape(save_url)))  # noqa: S308',
        "joins templates rendered with autoescaping; the URL is escaped",
    ),
    # The glossary's marked words: safe HTML in (conditional_escape), only text between tags
    # changed, every inserted string escaped (tests/content/test_glossary.py).
    (
        "content/glossary.py",
        "from django.utils.safestring import SafeString, mark_safe",
        "import for the lines below",
    ),
    ("content/glossary.py", ") -> SafeString:", "return type of mark_terms"),
    (
        "content/glossary.py",
        "return mark_safe(html)  # noqa: S308 - safe HTML in, unchanged",
        "the input went through conditional_escape just above",
    ),
    (
        "content/glossary.py",
        'return mark_safe("".join(marker.out))  # noqa: S308',
        "escaped input re-joined; inserted term markup escapes the explanation and ids",
    ),
    # The check-in QR code: an SVG drawn by segno (paths only; it escapes the title itself).
    (
        "courses/groups/attendance_views.py",
        "from django.utils.html import mark_safe",
        "import for the line below",
    ),
    (
        "courses/groups/attendance_views.py",
        "qr_svg = mark_safe(  # noqa: S308",
        "segno's SVG of our own check-in URL: the URL becomes path data, never text",
    ),
    # The login card's QR code: segno's SVG of the card-login URL with a random card id.
    (
        "courses/groups/admin_views.py",
        "from django.utils.safestring import mark_safe",
        "import for the line below",
    ),
    (
        "courses/groups/admin_views.py",
        "qr_svg = mark_safe(  # noqa: S308",
        "segno's SVG of our own card-login URL: the URL becomes path data, never text",
    ),
    # The live room: HTML that arrives over the socket was made by sanitize.user_markdown_to_html
    # when the event was stored (live_sessions.services); the rest only empties a list.
    ("jobgroup_platform/static/js/room.js", 'list.innerHTML = "";', "empties the list"),
    ("jobgroup_platform/static/js/room.js", 'handList.innerHTML = "";', "empties the list"),
    (
        "jobgroup_platform/static/js/room.js",
        "if (event.hidden) { body.textContent = T.hidden; } else { body.innerHTML = event.html; }"
        " // html is sanitised by the server",
        "chat html: sanitize.user_markdown_to_html at write time",
    ),
    (
        "jobgroup_platform/static/js/room.js",
        "body.innerHTML = event.html;",
        "answer.posted html: sanitize.user_markdown_to_html at write time",
    ),
    (
        "jobgroup_platform/static/js/room.js",
        "li.innerHTML = event.html;",
        "note.added html: sanitize.user_markdown_to_html at write time",
    ),
    ("jobgroup_platform/static/js/room.js", 'panel.innerHTML = "";', "empties the panel"),
    (
        "jobgroup_platform/static/js/room.js",
        "body.innerHTML = event.html;",
        "homework.shown html: sanitize.user_markdown_to_html at write time",
    ),
    # Attendance in the register and the leader view: fixed markup around translated texts and
    # numbers, each through escape() (tests/courses/test_presence_status_tag.py).
    (
        "courses/templatetags/workbook.py",
        "from django.utils.safestring import mark_safe",
        "for the two tags below",
    ),
    (
        "courses/templatetags/workbook.py",
        "return mark_safe(html)  # noqa: S308 - every text in it is escaped",
        "translated status texts, escaped",
    ),
    (
        "courses/templatetags/workbook.py",
        'return mark_safe("".join(cells))  # noqa: S308 - every text in it is escaped',
        "translated labels, step numbers and homework counts, escaped",
    ),
]


def project_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            # .txt templates are plain-text mail and SMS, never HTML: every one of them turns
            # escaping off (tests/toolkit/test_mail.py), so they are not scanned here.
            if path.suffix in {".py", ".html", ".xml", ".js"}:
                yield path.relative_to(ROOT), path


def unescaped_uses() -> Counter:
    found = Counter()
    for relative, path in project_files():
        pattern = {
            ".py": PYTHON_UNESCAPED,
            ".js": JS_UNESCAPED,
        }.get(path.suffix, TEMPLATE_UNESCAPED)
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if pattern.search(line):
                found[(relative.as_posix(), line.strip())] += 1
    return found


def test_every_unescaped_output_in_the_project_is_listed_with_a_reason():
    allowed = Counter((path, line) for path, line, _reason in ALLOWED)
    found = unescaped_uses()
    new = found - allowed
    assert not new, (
        "HTML printed without escaping, not in the allow-list of "
        "tests/jobgroup_platform/test_escaping.py. Use toolkit.sanitize (templates: "
        "{% load safe_html %} and |user_html or |editor_html), or add the line with the reason "
        "it is safe:\n" + "\n".join(f"{path}: {line}" for path, line in sorted(new))
    )
    gone = allowed - found
    assert not gone, "Listed but no longer in the code; remove from the allow-list:\n" + "\n".join(
        f"{path}: {line}" for path, line in sorted(gone)
    )
    assert all(reason.strip() for _path, _line, reason in ALLOWED)


def test_the_audit_sees_the_constructs_it_looks_for():
    """The patterns themselves: a test that finds nothing proves nothing."""
    assert TEMPLATE_UNESCAPED.search("{{ message.html|safe }}")
    assert TEMPLATE_UNESCAPED.search("{{ items|safeseq }}")
    assert TEMPLATE_UNESCAPED.search("{% autoescape off %}")
    assert not TEMPLATE_UNESCAPED.search("{{ message.html|user_html }}")
    assert PYTHON_UNESCAPED.search("return linebreaks(value)")
    assert PYTHON_UNESCAPED.search('format_html("<p>{}</p>", x)')
    assert PYTHON_UNESCAPED.search("@register.filter(is_safe=True)")
    assert JS_UNESCAPED.search("el.innerHTML = text;")
    assert JS_UNESCAPED.search("el.insertAdjacentHTML('beforeend', x)")
    assert (
        "toolkit/sanitize.py",
        "def clean_user_html(stored_html: str) -> SafeString:",
    ) in (unescaped_uses())


# Links -------------------------------------------------------------------------------------

DISALLOWED_LINKS = [
    "[q](javascript:1)",
    "[q](javascript:alert(1))",
    "[q](JAVASCRIPT:1)",
    "[q](&#106;avascript:1)",
    "[q](javascript:1//werk.nl)",
    "[q](JaVaScRiPt:alert(1))",
    "[q](&#106;avascript:alert(1))",
    "[q](&#x6A;avascript:alert(1))",
    "[q](javascript&#58;alert(1))",
    "[q](java&#x09;script:alert(1))",
    "[q](java&#10;script:alert(1))",
    "[q]( javascript:alert(1))",
    "[q](%20javascript:alert(1))",
    "[q](\x01javascript:alert(1))",
    "[q](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[q](DATA:text/html,x)",
    "[q](vbscript:msgbox(1))",
    "[q](file:///etc/passwd)",
    '[q](javascript:alert(1) "titel")',
    "<javascript:alert(1)>",
]


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def browser_sees(href: str) -> str:
    """What the browser reads: entities decoded, and what the URL parser drops removed."""
    import html as html_module

    return re.sub(r"[\x00-\x20]", "", html_module.unescape(href)).lower()


@pytest.mark.parametrize("text", DISALLOWED_LINKS)
def test_a_link_with_a_disallowed_protocol_loses_its_href(text):
    html = sanitize.user_markdown_to_html(text)
    for href in hrefs(html):
        seen = browser_sees(href)
        assert not re.match(r"[a-z][a-z0-9+.\-]*:", seen) or seen.split(":")[0] in {
            "http",
            "https",
            "mailto",
            "tel",
        }, (text, html)
    assert "q" in html or "alert" in html  # the text itself stays


@pytest.mark.parametrize(
    "href",
    [
        "javascript:1",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "java&#x09;script:alert(1)",
        "java\nscript:alert(1)",
        "\u0001javascript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "javascript&colon;alert(1)",
    ],
)
def test_stored_and_editor_html_lose_a_disallowed_href_too(href):
    html = f'<a href="{href}">q</a><img src="{href}" alt="b">'
    for cleaned in (sanitize.clean_editor_html(html), sanitize.clean_user_html(html)):
        assert "href=" not in cleaned and "src=" not in cleaned, cleaned
        assert ">q</a>" in cleaned


def test_the_reported_link_loses_its_href():
    assert sanitize.user_markdown_to_html("[q](javascript:1)") == (
        '<p><a rel="nofollow noopener noreferrer" target="_blank">q</a></p>'
    )


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("[q](https://werk.nl/vacature?id=1)", "https://werk.nl/vacature?id=1"),
        ("[q](http://werk.nl)", "http://werk.nl"),
        ("[q](mailto:jan@example.org)", "mailto:jan@example.org"),
        ("[q](tel:0201234567)", "tel:0201234567"),
        ("[q](/groepen/1/werkboek/)", "/groepen/1/werkboek/"),
        ("[q](#stap-2)", "#stap-2"),
        ("zie www.werk.nl", "http://www.werk.nl"),
    ],
)
def test_allowed_and_relative_links_keep_their_href(text, href):
    assert hrefs(sanitize.user_markdown_to_html(text)) == [href]


def test_text_made_into_a_link_passes_the_same_protocol_check():
    """Links are made from plain text before cleaning, so none escapes the allow-list."""
    html = sanitize.user_markdown_to_html("zie ftp://example.org/x en https://werk.nl")
    assert hrefs(html) == ["https://werk.nl"]
    assert "ftp://example.org/x" in html


# What the functions return -----------------------------------------------------------------


def test_every_sanitising_function_returns_safe_html_and_plain_text_is_escaped():
    assert isinstance(sanitize.user_markdown_to_html("a"), SafeString)
    assert isinstance(sanitize.clean_user_html("<p>a</p>"), SafeString)
    assert isinstance(sanitize.clean_editor_html("<p>a</p>"), SafeString)
    assert isinstance(sanitize.plain_text_to_html("a"), SafeString)
    assert sanitize.plain_text_to_html("a <b>\n\n<script>x</script>") == (
        "<p>a &lt;b&gt;</p>\n\n<p>&lt;script&gt;x&lt;/script&gt;</p>"
    )


def test_stored_user_html_is_cleaned_again_when_a_template_shows_it():
    stored = '<p>Hoi</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:1">q</a>'
    shown = Template("{% load safe_html %}{{ html|user_html }}").render(Context({"html": stored}))
    assert "<p>Hoi</p>" in shown
    assert "<img" not in shown and "<script" not in shown and "javascript" not in shown


def test_a_template_that_forgets_the_filter_escapes_the_stored_html():
    shown = Template("{{ html }}").render(Context({"html": "<script>alert(1)</script>"}))
    assert shown == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_editor_rich_text_in_a_block_template_is_cleaned():
    from wagtail.rich_text import RichText

    value = RichText('<p>Lees</p><p onclick="alert(1)">x<script>alert(2)</script></p>')
    shown = Template("{% load safe_html %}{{ text|editor_html }}").render(Context({"text": value}))
    assert "<p>Lees</p>" in shown
    assert "onclick" not in shown and "<script" not in shown


# The workshop description in the live room (issue #12, point 2) ----------------------------

XSS_DESCRIPTION = "Welkom!\n\n<img src=x onerror=alert(1)><script>alert(2)</script>"


@pytest.fixture
def workshop_with_a_hostile_description(db):
    import datetime

    from courses.network import workshops
    from tests.factories import LocationFactory, UserFactory, ensure_wagtail_tree, member_of

    ensure_wagtail_tree()
    location = LocationFactory()
    coordinator = member_of(location, UserFactory(roles=["coordinator"]), coordinator=True)
    host = member_of(location, UserFactory(display_name="Mia", roles=["buddy"]))
    participant = member_of(location, UserFactory(display_name="An", roles=["participant"]))
    series = workshops.series_create(by=coordinator, title="NetWerken", locations=[location])
    series.published = True
    series.save()
    workshop = workshops.workshop_create(
        series=series,
        title="Solliciteren",
        starts_at=timezone.now() + datetime.timedelta(hours=1),
        hosts=[host],
        description=XSS_DESCRIPTION,
        guest_speaker="<b onmouseover=alert(3)>Bob</b>",
    )
    workshops.sign_up(user=participant, workshop=workshop)
    return workshop, host, participant


def test_a_workshop_description_is_text_in_the_room_plan(workshop_with_a_hostile_description):
    workshop, _host, _participant = workshop_with_a_hostile_description
    theme = next(p for p in room_plan(workshop.meeting).parts if p.name == "group_talk").text_html
    assert "<script" not in theme and "<img" not in theme and "<b " not in theme
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in theme
    assert "<p>Welkom!</p>" in theme
    assert "Gastspreker: &lt;b onmouseover=alert(3)&gt;Bob&lt;/b&gt;" in theme


def test_a_workshop_description_is_text_in_the_room_page_for_host_and_participant(
    client, workshop_with_a_hostile_description
):
    workshop, host, participant = workshop_with_a_hostile_description
    url = reverse("meeting_detail", args=[workshop.meeting.pk])
    for person in (host, participant):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert "<script>alert(2)" not in page
        assert "<img src=x onerror" not in page
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page

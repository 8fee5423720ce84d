"""One readable form of every kind of answer (courses.workbook.answers_display), the same in the
live room, Mijn map, the leader's overview and the download."""

import pytest

from courses.privacy.personal_data import answer_as_text
from courses.workbook.selectors import readable_answer, readable_html, readable_text

QUIZ_CONFIG = {
    "questions": [
        {"question": "Hoeveel?", "options": [{"text": "12"}, {"text": "20"}]},
        {"question": "Wie?", "options": [{"text": "Twee leiders"}, {"text": "Niemand"}]},
    ]
}

CASES = [
    ("reflection", {"text": "Regel een\nRegel twee"}, {}, "Regel een\nRegel twee"),
    (
        "rating_grid",
        {"scores": {"Werk": 4, "Relaties": None}, "own": [{"label": "Sport", "score": 6}]},
        {},
        "Werk: 4\nRelaties: —\nSport: 6",
    ),
    (
        "list",
        {"items": {"Werk": ["Kok worden", " "], "": ["Zonder kopje"]}},
        {},
        "Werk:\n- Kok worden\n- Zonder kopje",
    ),
    ("choice", {"selected": ["Plannen", "Rekenen"]}, {}, "Plannen\nRekenen"),
    (
        "quiz",
        {"answers": [0, 1], "correct": 1, "score": 50, "passed": True},
        QUIZ_CONFIG,
        "Hoeveel?: 12\nWie?: Niemand\nScore: 50% (geslaagd)",
    ),
    (
        "action_plan",
        {"rows": [{"goal": "Cv af", "step": "Beginnen", "date": "2026-12-01"}, {"goal": ""}]},
        {},
        "Cv af → Beginnen (2026-12-01)",
    ),
    ("timeline", {"start": "2026", "count": 3, "nested": {"x": 1}}, {}, "start: 2026\ncount: 3"),
]


@pytest.mark.parametrize(("kind", "value", "config", "text"), CASES)
def test_every_kind_of_answer_reads_as_text(kind, value, config, text):
    readable = readable_answer(block_type=kind, value=value, config=config)
    assert readable_text(readable) == text
    # the download uses the same form: one copy
    assert answer_as_text(block_type=kind, value=value, config=config) == text


@pytest.mark.parametrize(("kind", "value", "config", "text"), CASES)
def test_every_kind_of_answer_reads_as_html_with_its_words(kind, value, config, text):
    html = readable_html(
        readable_answer(block_type=kind, value=value, config=config, question="De vraag?"),
        with_question=True,
    )
    assert "De vraag?" in html
    for line in text.splitlines():
        words = line.removeprefix("- ").rstrip(":").split(" (")[0]
        assert words in html, (line, html)


def test_an_upload_shows_its_name_and_a_link_only_when_given():
    readable = readable_answer(block_type="upload", value={}, file_name="mijn-cv.pdf")
    assert readable_text(readable) == "mijn-cv.pdf"
    plain = readable_html(readable)
    assert "mijn-cv.pdf" in plain and "<a " not in plain
    linked = readable_html(readable, file_url="/mijn-map/bestand/7/")
    assert '<a href="/mijn-map/bestand/7/">mijn-cv.pdf</a>' in linked


def test_nothing_written_yet_says_so():
    html = readable_html(readable_answer(block_type="choice", value={"selected": []}))
    assert "Nog niets ingevuld." in html


def test_what_people_wrote_is_escaped_everywhere():
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    values = {
        "reflection": {"text": evil},
        "list": {"items": {evil: [evil]}},
        "rating_grid": {"scores": {evil: 3}, "own": [{"label": evil, "score": 1}]},
        "choice": {"selected": [evil]},
        "action_plan": {"rows": [{"goal": evil, "step": evil, "date": ""}]},
    }
    for kind, value in values.items():
        html = readable_html(
            readable_answer(block_type=kind, value=value, question=evil), with_question=True
        )
        assert "<script" not in html and "<img" not in html, kind
        assert "&lt;script&gt;" in html, kind
    upload = readable_answer(block_type="upload", value={}, file_name=evil)
    html = readable_html(upload, file_url='javascript:alert(1)" onclick="x')
    assert "<script" not in html and "javascript:" not in html and "onclick" not in html

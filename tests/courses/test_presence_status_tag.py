"""The attendance status the register and the leader view show (courses/templatetags/workbook.py
presence_status; it replaced an included template with the same output)."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template

from courses.templatetags.workbook import homework_done, leader_row_cells, presence_status


def presence(status, source=None, missed=False):
    return SimpleNamespace(status=status, source=source, is_missed=missed)


@pytest.mark.parametrize(
    ("status", "source", "missed", "html"),
    [
        ("present", "register", False, "aanwezig"),
        ("late", "check_in", False, 'te laat <span class="muted">(zelf ingecheckt)</span>'),
        ("absent", None, True, "<strong>afwezig</strong>"),
        ("excused", None, False, "afgemeld"),
        (
            "unknown",
            None,
            True,
            '<strong>afwezig</strong> <span class="muted">(niet ingevuld)</span>',
        ),
        (
            "unknown",
            "room",
            False,
            '<span class="muted">nog niet bekend</span> '
            '<span class="muted">(voorstel: was online)</span>',
        ),
    ],
)
def test_each_status_and_source(status, source, missed, html):
    assert presence_status(presence(status, source, missed)) == html


def test_the_include_and_the_leader_cells_render_it_unescaped():
    include = Template('{% include "courses/attendance/_status.html" with presence=p %}').render(
        Context({"p": presence("absent")})
    )
    assert include == "<strong>afwezig</strong>\n"
    row = SimpleNamespace(
        attended=[presence("absent"), None],
        homework=[SimpleNamespace(done=1, total=3), None],
    )
    meetings = [SimpleNamespace(step_number=1), SimpleNamespace(step_number=2)]
    cells = leader_row_cells(row, meetings)
    assert cells.count("<td") == 2
    assert 'Stap 1</span><span class="cell-value"><strong>afwezig</strong>' in cells
    assert f'<span class="muted">{homework_done(row.homework[0])}</span>' in cells
    assert homework_done(row.homework[0]) == "huiswerk 1/3"
    assert 'Stap 2</span><span class="cell-value"><span class="muted">–</span>' in cells

from django import template
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from courses.workbook.selectors import readable_for, readable_html

register = template.Library()


@register.filter
def answer_for(answers, block_id):
    """The participant's answer to one exercise, or None."""
    return answers.get(block_id) if answers else None


@register.filter
def value_of(answer):
    return answer.value if answer is not None else {}


@register.filter
def get(mapping, key):
    if not isinstance(mapping, dict):
        return None
    return mapping.get(key)


@register.filter
def lines(items):
    return "\n".join(items or [])


@register.filter
def at(sequence, index):
    try:
        return sequence[index]
    except (IndexError, KeyError, TypeError):
        return None


@register.simple_tag
def score_options():
    return range(11)


@register.filter
def plan_rows(answer_value, count):
    rows = list((answer_value or {}).get("rows") or [])
    while len(rows) < int(count or 0):
        rows.append({"goal": "", "step": "", "date": ""})
    return rows


@register.filter
def own_rows(answer_value, extra=2):
    rows = list((answer_value or {}).get("own") or [])
    return rows + [{"label": "", "score": None}] * int(extra)


@register.simple_tag
def answer_readable(answer, with_question=False):
    """Any kind of answer, readable (courses.workbook.answers_display), as cleaned HTML. The
    pages that use it show answers only to people `answer_for_viewer` lets download the file."""
    readable = readable_for(answer)
    file_url = reverse("answer_file", args=[answer.pk]) if readable.file_name else ""
    return readable_html(readable, file_url=file_url, with_question=with_question)


@register.simple_tag
def quiz_questions(exercise, answer, shown=None):
    """A quiz's questions with their options in the reader's order (`shown`, put in by
    courses.workbook.step_body); without it, in the content's order."""
    if shown:  # a missing context variable arrives as ""
        return shown
    value = answer.value if answer is not None else None
    return exercise.block.shown_questions(exercise.config, seed=None, value=value)


# One member's attendance at one meeting, as the register and the leader view show it. In Python
# rather than an included template: the leader view shows it in every cell (12 people x 7 steps),
# where an include with its translation tags per cell was most of the page's rendering time.
# Built as plain strings with every text through escape(), marked safe once at the end.
def _muted(text: str) -> str:
    return '<span class="muted">' + escape(text) + "</span>"


def _strong(text: str) -> str:
    return "<strong>" + escape(text) + "</strong>"


def _presence_html(presence, in_register: bool = False) -> str:
    # Every gettext call stands on its own (not inside an f-string), or makemessages misses it.
    status = getattr(presence, "status", None)
    if status == "present":
        html = escape(gettext("aanwezig"))
    elif status == "late":
        html = escape(gettext("te laat"))
    elif status == "absent":
        html = _strong(gettext("afwezig"))
    elif status == "excused":
        html = escape(gettext("afgemeld"))
    elif getattr(presence, "is_missed", False):
        not_filled = gettext("niet ingevuld")
        html = _strong(gettext("afwezig")) + " " + _muted(f"({not_filled})")
    else:
        html = _muted(gettext("nog niet bekend"))
    source = getattr(presence, "source", None)
    note = ""
    if source == "room":
        note = gettext("voorstel: was online")
    elif source == "check_in" and in_register:
        # On the register a check-in waits for the leader's or trainer's confirmation.
        note = gettext("zelf ingecheckt, nog bevestigen")
    elif source == "check_in":
        note = gettext("zelf ingecheckt")
    if note:
        html += " " + _muted(f"({note})")
    return html


@register.simple_tag
def presence_status(presence, in_register=False):
    html = _presence_html(presence, in_register=bool(in_register))
    return mark_safe(html)  # noqa: S308 - every text in it is escaped


@register.simple_tag
def homework_done(hw):
    """ "huiswerk 3/4" under a leader-view cell (the msgid of the template it replaces)."""
    return gettext("huiswerk %(done)s/%(total)s") % {"done": hw.done, "total": hw.total}


@register.simple_tag
def leader_row_cells(row, meetings):
    """The cells of one participant's row in the leader view, a step each: attendance and
    homework. One call per row instead of template tags per cell (12 people x 7 steps)."""
    step_label = escape(gettext("Stap"))
    cells = []
    for index, attended in enumerate(row.attended):
        meeting = at(meetings, index)
        hw = at(row.homework, index)
        if attended is None:
            status = '<span class="muted">–</span>'
        else:
            status = _presence_html(attended) + "\n"
        homework = f"<br>{_muted(homework_done(hw))}" if hw and hw.total else ""
        number = escape(meeting.step_number) if meeting is not None else ""
        cells.append(
            f'\n          <td role="cell"><span class="cell-label" aria-hidden="true">'
            f'{step_label} {number}</span><span class="cell-value">{status}\n            '
            f"{homework}</span></td>\n        "
        )
    return mark_safe("".join(cells))  # noqa: S308 - every text in it is escaped

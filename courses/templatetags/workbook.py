from django import template
from django.urls import reverse

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

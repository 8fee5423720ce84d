from django import template

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

"""The pictograms: one drawing for every part of a meeting and every exercise kind, rendered by
one tag; an unknown key is an error, never an empty space."""

import pytest
from django.template import Context, Template

from content.blocks import ExercisesBlock
from content.parts import Part
from content.templatetags.pictograms import UnknownPictogram, pictogram_keys, pictogram_svg

PART_KEYS = [("part", part.value) for part in Part]
EXERCISE_KEYS = [("exercise", kind) for kind in ExercisesBlock().child_blocks]


def render(source: str, **context) -> str:
    return Template("{% load pictograms %}" + source).render(Context(context))


def test_the_keys_are_the_seven_parts_and_every_exercise_kind():
    assert len(PART_KEYS) == 7 and len(EXERCISE_KEYS) == 8
    assert pictogram_keys() == [f"{group}-{name}" for group, name in PART_KEYS + EXERCISE_KEYS]


@pytest.mark.parametrize(("group", "name"), PART_KEYS + EXERCISE_KEYS)
def test_every_part_and_exercise_kind_has_a_drawing(group, name):
    html = render("{% pictogram group name %}", group=group, name=name)
    assert html.startswith(f'<svg class="pictogram pictogram-{group}-{name}"')
    assert 'aria-hidden="true"' in html and 'focusable="false"' in html
    assert "<title>" not in html  # beside visible text: hidden from screen readers
    assert html.endswith("</svg>")
    assert "<path" in html or "<circle" in html or "<rect" in html  # something is drawn


def test_the_drawings_differ():
    drawings = {pictogram_svg(g, n).split(">", 1)[1] for g, n in PART_KEYS + EXERCISE_KEYS}
    assert len(drawings) == len(PART_KEYS + EXERCISE_KEYS)


def test_a_pictogram_on_its_own_has_an_escaped_title():
    html = render('{% pictogram "exercise" "quiz" label=label %}', label="Toets <b>1</b>")
    assert 'role="img"' in html and 'aria-hidden="true"' not in html
    assert "<title>Toets &lt;b&gt;1&lt;/b&gt;</title>" in html


@pytest.mark.parametrize(
    ("group", "name"),
    [("part", "lunch"), ("exercise", "welcome"), ("part", "list"), ("room", "welcome"), ("", "")],
)
def test_an_unknown_key_fails_loudly(group, name):
    with pytest.raises(UnknownPictogram):
        render("{% pictogram group name %}", group=group, name=name)

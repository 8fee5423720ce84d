"""The glossary (content/glossary.py): hard words marked in participant text, with a plain
explanation on tap; kept in the cache and forgotten when a term changes."""

import re

import pytest
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from content.glossary import glossary, mark_terms
from content.models import GlossaryTerm
from content.seed_data import glossary_from_file
from content.services import glossary_load_seed, glossary_term_save
from tests.factories import (
    REFLECTION,
    UserFactory,
    make_cohort,
    programme_data,
)

pytestmark = pytest.mark.django_db

ISSUE_WORDS = [
    "competenties",
    "verbeterruimte",
    "mededeelnemer",
    "bucketlist",
    "elevator pitch",
    "achteruitkijkspiegel",
]


@pytest.fixture
def terms(db):
    glossary_term_save(
        term="competentie",
        variants="competenties",
        explanation_nl="Iets wat je goed kunt.",
        explanation_en="Something you are good at.",
    )
    glossary_term_save(
        term="elevator pitch",
        variants="elevatorpitch, pitch",
        explanation_nl="Een korte uitleg over jezelf.",
        explanation_en="A short talk about yourself.",
    )
    return glossary()


def buttons(html: str) -> list[str]:
    return re.findall(r'<button type="button" class="term"[^>]*>([^<]*)</button>', html)


# --- Marking ------------------------------------------------------------------------------------


def test_first_occurrence_only_with_a_disclosure_button(terms):
    html = mark_terms(
        mark_safe("<p>Je competenties tellen. Ken je competenties? Competentie!</p>"),
        glossary=terms,
        scope="welcome",
    )
    assert isinstance(html, SafeString)
    assert buttons(html) == ["competenties"]
    assert (
        '<button type="button" class="term" aria-expanded="false" '
        'aria-controls="gl-welcome-competentie">competenties</button>'
        '<span class="term-note" id="gl-welcome-competentie" hidden>'
        '<span class="term-nl">Iets wat je goed kunt.</span></span>'
    ) in html
    # The rest of the text stays as it was.
    assert html.endswith("tellen. Ken je competenties? Competentie!</p>")


def test_case_and_inflection_variants(terms):
    assert buttons(mark_terms("COMPETENTIE", glossary=terms, scope="a")) == ["COMPETENTIE"]
    assert buttons(mark_terms("Competenties", glossary=terms, scope="a")) == ["Competenties"]
    # One term, many forms: the first form met is marked, the others are the same word.
    html = mark_terms("Een Elevatorpitch en een pitch.", glossary=terms, scope="a")
    assert buttons(html) == ["Elevatorpitch"]
    # A form of several words matches across a line break, the longest form wins.
    html = mark_terms("Oefen je elevator\npitch.", glossary=terms, scope="a")
    assert buttons(html) == ["elevator\npitch"]


def test_never_inside_a_longer_word(terms):
    html = mark_terms(
        "Competentiekaart, supercompetenties, pitch-deck, pitches", glossary=terms, scope="a"
    )
    assert buttons(html) == []


def test_never_inside_links_headings_tags_or_attributes(terms):
    source = mark_safe(
        '<h3>Competenties</h3><p><a href="/competenties" title="competenties">je '
        'competenties</a> <img alt="competenties" src="/x.png"> '
        "<strong>competenties</strong></p>"
    )
    html = mark_terms(source, glossary=terms, scope="a")
    assert buttons(html) == ["competenties"]
    # The one marked is the bold one, after the link and the image.
    assert '<strong><span class="term-wrap"><button' in html
    assert (
        '<h3>Competenties</h3><p><a href="/competenties" title="competenties">je competenties</a>'
        in html
    )
    assert '<img alt="competenties" src="/x.png">' in html


def test_scope_carries_over_several_texts(terms):
    seen = set()
    first = mark_terms("competenties", glossary=terms, scope="a", seen=seen)
    second = mark_terms("competenties", glossary=terms, scope="b", seen=seen)
    assert buttons(first) == ["competenties"]
    assert buttons(second) == []


def test_plain_text_is_escaped_and_explanations_cannot_inject(db):
    glossary_term_save(
        term="cv",
        explanation_nl='<script>alert(1)</script> "x" & <img src=x onerror=alert(2)>',
        explanation_en="<b>bold</b>",
    )
    terms = glossary()
    html = mark_terms("<i>cv</i> & cv", glossary=terms, scope='"><script>', english=True)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;i&gt;" in html  # the text itself, escaped because it was not safe HTML
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &lt;img" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    # The scope only ever gives a slug in the ids.
    assert 'aria-controls="gl-script-cv"' in html


def test_entities_and_comments_are_kept(terms):
    source = mark_safe("<p>Tom &amp; Jerry&#39;s competenties<!-- note --> &nbsp;pitch</p>")
    html = mark_terms(source, glossary=terms, scope="a")
    assert buttons(html) == ["competenties", "pitch"]
    assert "Tom &amp; Jerry&#39;s " in html and "<!-- note --> &nbsp;" in html


def test_english_line_only_when_asked(terms):
    dutch = mark_terms("competenties", glossary=terms, scope="a")
    english = mark_terms("competenties", glossary=terms, scope="a", english=True)
    assert 'lang="en"' not in dutch
    assert '<span class="term-en" lang="en">Something you are good at.</span>' in english


def test_without_terms_the_text_is_unchanged(db):
    source = mark_safe("<p>competenties</p>")
    assert mark_terms(source, glossary=glossary(), scope="a") == source


# --- Cache --------------------------------------------------------------------------------------


def test_glossary_costs_no_query_once_kept(terms, django_assert_num_queries):
    glossary()
    with django_assert_num_queries(0):
        for _ in range(5):
            glossary()


def test_a_changed_term_is_seen_at_once(terms, django_assert_num_queries):
    before = glossary()
    glossary_term_save(term="competentie", variants="", explanation_nl="Wat je kunt.")
    after = glossary()
    assert after.version != before.version
    html = mark_terms("competenties competentie", glossary=after, scope="a")
    assert buttons(html) == ["competentie"]
    assert "Wat je kunt." in html


def test_editing_in_wagtail_forgets_the_kept_glossary(client, terms):
    client.force_login(UserFactory(roles=["editor"]))
    term = GlossaryTerm.objects.get(term="competentie")
    url = f"/admin/snippets/content/glossaryterm/edit/{term.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "term": "competentie",
            "variants": "competenties",
            "explanation_nl": "Nieuwe uitleg.",
            "explanation_en": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Nieuwe uitleg." in mark_terms("competenties", glossary=glossary(), scope="a")
    # A revision was kept.
    term.refresh_from_db()
    assert term.latest_revision is not None
    # Deleting it forgets it too.
    delete = client.post(f"/admin/snippets/content/glossaryterm/delete/{term.pk}/")
    assert delete.status_code == 302
    assert buttons(mark_terms("competenties", glossary=glossary(), scope="a")) == []


def test_adding_in_wagtail_forgets_the_kept_glossary(client, terms):
    client.force_login(UserFactory(roles=["editor"]))
    response = client.post(
        "/admin/snippets/content/glossaryterm/add/",
        {"term": "vacature", "variants": "vacatures", "explanation_nl": "Een vrije baan."},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert buttons(mark_terms("Twee vacatures", glossary=glossary(), scope="a")) == ["vacatures"]


# --- The seed -----------------------------------------------------------------------------------


def test_seed_explains_the_issue_words_and_more(db):
    seed = glossary_from_file()
    assert len(seed) >= 26
    assert all(item["nl"] and item["en"] for item in seed)
    assert glossary_load_seed(seed) == len(seed)
    assert glossary_load_seed(seed) == 0  # idempotent, editors' changes stay
    terms = glossary()
    for word in ISSUE_WORDS:
        assert terms.find(word) is not None, word


# --- In the workbook ----------------------------------------------------------------------------


def _programme(slug, variant, **exercise):
    from content.services import programme_load_seed
    from tests.factories import ensure_wagtail_tree

    data = programme_data(
        slug,
        steps=1,
        variant=variant,
        homework=[REFLECTION | {"prompt": "Noem drie competenties."} | exercise],
    )
    data["steps"][0]["parts"]["welcome"]["text"] = (
        '<p>Vandaag: je competenties. <a href="/x">competenties</a></p>'
    )
    ensure_wagtail_tree()
    return programme_load_seed(data)


def _step_html(client, user, cohort):
    client.force_login(user)
    response = client.get(f"/groepen/{cohort.pk}/werkboek/stap/1/")
    assert response.status_code == 200
    return response.content.decode()


def test_step_page_marks_part_text_and_questions(client, terms):
    user = UserFactory()
    cohort = make_cohort(_programme("proef", "regular"), participants=[user])
    html = _step_html(client, user, cohort)
    welcome = html.split('id="part-welcome-text">', 1)[1].split("</div>", 1)[0]
    assert buttons(welcome) == ["competenties"]
    assert '<a href="/x">competenties</a>' in welcome
    homework = html.split('id="part-homework"', 1)[1].split("</section>", 1)[0]
    assert buttons(homework) == ["competenties"]
    assert 'class="term-en"' not in html  # a regular group in the Dutch interface
    # Every explanation's id is unique on the page.
    ids = re.findall(r'class="term-note" id="([^"]+)"', html)
    assert len(ids) == len(set(ids)) == 2
    assert "js/glossary.js" in html


def test_iwin_group_and_english_interface_get_the_english_line(client, terms):
    user = UserFactory()
    iwin = make_cohort(_programme("iwin-proef", "iwin"), participants=[user])
    regular = make_cohort(_programme("gewoon", "regular"), participants=[user])
    assert "Something you are good at." in _step_html(client, user, iwin)
    assert "Something you are good at." not in _step_html(client, user, regular)
    with translation.override("en"):
        html = mark_terms("competenties", glossary=glossary(), scope="a", english=False)
    assert "Something" not in html  # the function itself only follows its argument
    from django.template import Context, Template

    template = Template("{% load glossary %}{% glossary text 'x' %}")
    with translation.override("en"):
        assert "Something you are good at." in template.render(Context({"text": "competenties"}))
    with translation.override("nl"):
        assert "Something" not in template.render(Context({"text": "competenties"}))


def test_kept_step_rendering_follows_a_changed_term(client, terms):
    user = UserFactory()
    cohort = make_cohort(_programme("proef", "regular"), participants=[user])
    assert "Iets wat je goed kunt." in _step_html(client, user, cohort)
    glossary_term_save(
        term="competentie", variants="competenties", explanation_nl="Dingen die je kunt."
    )
    html = _step_html(client, user, cohort)
    assert "Dingen die je kunt." in html and "Iets wat je goed kunt." not in html


def test_a_word_is_marked_once_per_part_also_across_its_questions(client, terms):
    from content.selectors import edition_step_content
    from content.services import programme_load_seed
    from tests.factories import ensure_wagtail_tree

    data = programme_data("eenmaal", steps=1)
    welcome = data["steps"][0]["parts"]["welcome"]
    welcome["text"] = "<p>Vandaag: je competenties.</p>"
    welcome["exercises"] = [
        REFLECTION | {"prompt": "Noem twee competenties en oefen je pitch."},
        REFLECTION | {"prompt": "Hoe ging je pitch?"},
    ]
    ensure_wagtail_tree()
    programme = programme_load_seed(data)
    user = UserFactory()
    cohort = make_cohort(programme, participants=[user])

    def welcome_part(html):
        return html.split('id="part-welcome"', 1)[1].split('id="part-homework_review"', 1)[0]

    part = welcome_part(_step_html(client, user, cohort))
    assert buttons(part) == ["competenties", "pitch"]
    # Answered, the second question is rendered again for this reader: still not marked there.
    step = edition_step_content(edition=cohort.edition, number=1)
    second = [e for e in step.exercises if e.part == "welcome"][1]
    response = client.put(
        f"/api/v1/cohorts/{cohort.pk}/steps/1/answers/{second.id}",
        data={"value": {"text": "Goed"}, "sharing": "private"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    part = welcome_part(_step_html(client, user, cohort))
    assert "Goed</textarea>" in part
    assert buttons(part) == ["competenties", "pitch"]


def test_my_folder_marks_the_questions_too(client, terms):
    """Mijn map shows each answer under its question: hard words there get the same explanation
    as on the step page, with ids unique on the page."""
    from courses.groups.access import cohort_for_member
    from courses.workbook.services import answer_save
    from tests.courses.conftest import exercise_id

    user = UserFactory()
    cohort = make_cohort(
        _programme("map", "regular", title="Je sterke punten"), participants=[user]
    )
    answer_save(
        access=cohort_for_member(user=user, cohort_id=cohort.pk),
        user=user,
        step_number=1,
        block_id=exercise_id(cohort, 1, "reflection"),
        value={"text": "Luisteren, plannen en <b>koken</b>."},
        sharing="private",
    )
    client.force_login(user)
    html = client.get("/mijn-map/").content.decode()
    prompt = html.split('<p class="prompt">', 1)[1].split("</p>", 1)[0]
    assert buttons(prompt) == ["competenties"]
    assert "Noem drie" in prompt
    ids = re.findall(r'class="term-note" id="([^"]+)"', html)
    assert len(ids) == len(set(ids)) == 1
    assert "&lt;b&gt;koken" in html or "<b>koken" not in html  # the answer is not marked up

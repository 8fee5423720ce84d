"""The one helper that sends every templated e-mail (toolkit/mail.py)."""

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation

from toolkit.mail import send_templated_mail


def _templates(tmp_path, files: dict[str, str]) -> list[dict]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [tmp_path],
            "APP_DIRS": True,
            "OPTIONS": {},
        }
    ]


def test_subject_is_one_stripped_line_and_body_is_the_text_template(tmp_path):
    templates = _templates(
        tmp_path,
        {
            "t/hello_subject.txt": "\n  Hallo   {{ name }}\n  en welkom \n",
            "t/hello.txt": "Beste {{ name }},\nTot morgen.\n",
        },
    )
    with override_settings(TEMPLATES=templates):
        sent = send_templated_mail("t/hello", {"name": "Anouk"}, "anouk@example.nl")
    assert sent == 1
    [message] = mail.outbox
    assert message.subject == "Hallo Anouk en welkom"
    assert message.body == "Beste Anouk,\nTot morgen.\n"
    assert message.to == ["anouk@example.nl"]
    assert message.alternatives == []


def test_an_html_template_beside_the_text_becomes_an_alternative(tmp_path):
    templates = _templates(
        tmp_path,
        {
            "t/hi_subject.txt": "Hoi",
            "t/hi.txt": "Hoi {{ name }}",
            "t/hi.html": "<p>Hoi {{ name }}</p>",
        },
    )
    with override_settings(TEMPLATES=templates):
        send_templated_mail("t/hi", {"name": "<b>Bo</b>"}, ["a@example.nl", "b@example.nl"])
    [message] = mail.outbox
    assert message.to == ["a@example.nl", "b@example.nl"]
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert html == "<p>Hoi &lt;b&gt;Bo&lt;/b&gt;</p>"  # autoescaped in HTML


@pytest.mark.parametrize(
    ("language", "subject"),
    [("en", "Your login link for Digital JobGroup"), ("nl", "Je inloglink voor Digitale JobGroup")],
)
def test_the_mail_is_written_in_the_language_given_and_the_caller_keeps_its_own(language, subject):
    with translation.override("nl"):
        send_templated_mail(
            "accounts/email/login_link",
            {"user": None, "link": "https://x/", "minutes": 30},
            "x@example.nl",
            language=language,
        )
        assert translation.get_language() == "nl"
    assert mail.outbox[0].subject == subject


def test_no_recipients_sends_nothing():
    assert send_templated_mail("accounts/email/login_link", {}, []) == 0
    assert mail.outbox == []


# --- Plain-text mails are not HTML-escaped -------------------------------------------------------

TEXT_TEMPLATE_ROOTS = ("accounts", "courses", "content", "live_sessions", "jobgroup_platform")


def _text_templates():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for package in TEXT_TEMPLATE_ROOTS:
        yield from sorted((root / package).glob("**/templates/**/*.txt"))


def test_every_plain_text_template_turns_html_escaping_off():
    """A .txt mail or SMS is not HTML: with Django's autoescape a name like O'Brien arrives as
    O&#x27;Brien. Every text template says `{% autoescape off %}` (a new one without it fails)."""
    found = list(_text_templates())
    assert len(found) > 10
    missing = [str(path) for path in found if "{% autoescape off %}" not in path.read_text()]
    assert missing == []


@pytest.mark.django_db
def test_a_name_with_an_apostrophe_and_ampersand_arrives_as_written():
    from types import SimpleNamespace

    user = SimpleNamespace(name="Anne-Marie O'Brien & Zn <3")
    with translation.override("nl"):
        send_templated_mail(
            "accounts/email/login_link",
            {"user": user, "link": "https://example.org/l/a?b=1&c=2", "minutes": 15},
            "anne@example.org",
        )
    [message] = mail.outbox
    assert "Hallo Anne-Marie O'Brien & Zn <3," in message.body
    assert "https://example.org/l/a?b=1&c=2" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body

"""Every interface text has an English translation, and the compiled file is up to date."""

import gettext
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "jobgroup_platform" / "locale"
PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
MO = LOCALE / "en" / "LC_MESSAGES" / "django.mo"


def test_every_message_is_translated():
    po = polib.pofile(str(PO))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def test_compiled_messages_match_the_po_file():
    po = polib.pofile(str(PO))
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for e in po.translated_entries():
        if e.msgid_plural:
            forms = [compiled.ngettext(e.msgid, e.msgid_plural, n) for n in (1, 2)]
            if forms != [e.msgstr_plural[0], e.msgstr_plural[1]]:
                stale.append(e.msgid)
        elif compiled.gettext(e.msgid) != e.msgstr:
            stale.append(e.msgid)
    assert stale == [], "run `make messages` to recompile"


def test_every_interface_text_in_the_code_is_in_the_message_file(tmp_path):
    """Runs makemessages on a copy of the source: nothing a user reads is left untranslated."""
    import os
    import shutil
    import subprocess
    import sys

    root = LOCALE.parents[1]
    for name in ("toolkit", "accounts", "content", "courses", "live_sessions", "jobgroup_platform"):
        shutil.copytree(
            root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
        )
    shutil.copy(root / "manage.py", tmp_path / "manage.py")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jobgroup_platform.settings.dev",
        "DEBUG": "1",
        "PYTHONPATH": str(tmp_path),
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    generated = polib.pofile(str(tmp_path / "jobgroup_platform/locale/en/LC_MESSAGES/django.po"))
    committed = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(PO))}
    missing = [
        e.msgid
        for e in generated
        if (e.msgctxt, e.msgid) not in committed
        or not (
            committed[(e.msgctxt, e.msgid)].msgstr or committed[(e.msgctxt, e.msgid)].msgstr_plural
        )
    ]
    assert missing == [], "run `make messages` and translate the new texts"

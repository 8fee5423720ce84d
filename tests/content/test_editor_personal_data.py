"""What an editor leaves in Wagtail is in the personal-data registry: the download shows it, and
an erasure unlinks the history (the workbook stays) and removes what they wrote themselves."""

import os

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Comment, CommentReply, PageLogEntry
from wagtail.users.models import UserProfile

from accounts import personal_data
from content import review
from content.models import StepPage
from tests.factories import UserFactory, make_programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def trail(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    make_programme("redactie", steps=1)
    page = StepPage.objects.first()
    editor = UserFactory(roles=["editor"], display_name="Ruud")
    other = UserFactory(roles=["editor"], display_name="Rana")
    page.title = "Stap 1: wie ben ik (nieuw)"
    revision = page.save_revision(user=editor)
    review.unpublish_request(page=page, user=editor)
    comment = Comment.objects.create(
        page=page,
        user=editor,
        text="Dit zinnetje is te lang.",
        contentpath="title",
        revision_created=revision,
    )
    CommentReply.objects.create(comment=comment, user=other, text="Eens.")
    CommentReply.objects.create(comment=comment, user=editor, text="Ik pas het aan.")
    profile = UserProfile.get_for_user(editor)
    profile.avatar.save("ruud.png", ContentFile(b"\x89PNG fake"), save=True)
    return page, editor, other, revision, profile


def test_the_download_shows_what_an_editor_did_in_wagtail(trail):
    page, editor, _other, _revision, _profile = trail
    sections = {s.key: s.rows for s in personal_data.export_all(user=editor)}
    assert [row["what"] for row in sections["cms_revisions"]] == [page.title]
    assert review.UNPUBLISH_REQUEST_ACTION in {row["action"] for row in sections["cms_history"]}
    assert {row["text"] for row in sections["cms_comments"]} == {
        "Dit zinnetje is te lang.",
        "Ik pas het aan.",
    }
    assert sections["cms_profile"][0]["avatar"].endswith(".png")


def test_erasure_unlinks_the_history_and_removes_comments_and_profile(trail):
    page, editor, other, revision, profile = trail
    avatar = profile.avatar.path
    personal_data.erase_all(erasure=personal_data.erasure_for(user=editor))

    revision.refresh_from_db()
    assert revision.user_id is None and revision.content  # the version itself stays
    assert not PageLogEntry.objects.filter(user_id=editor.pk).exists()
    assert PageLogEntry.objects.filter(page=page, action=review.UNPUBLISH_REQUEST_ACTION).exists()
    # the erased editor's open request no longer counts as the first of two editors
    assert not review.unpublish_confirmed_by(page=page, user=other)
    assert not Comment.objects.filter(user=editor).exists()
    assert not CommentReply.objects.filter(user=editor).exists()
    assert not UserProfile.objects.filter(user=editor).exists()
    assert not os.path.exists(avatar)
    assert personal_data.export_all(user=editor)  # the download still works, now empty of it
    rows = {s.key: s.rows for s in personal_data.export_all(user=editor)}
    assert rows["cms_revisions"] == rows["cms_history"] == rows["cms_comments"] == []

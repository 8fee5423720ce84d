"""The personal-data registry is complete: every model of the project's apps that links to a person
or holds text is registered (how it is exported, erased and purged), or is on the allow-list
below with the reason it holds no personal data."""

from django.apps import apps
from django.conf import settings
from django.db import models

from accounts import personal_data

PROJECT_APPS = ("accounts", "content", "courses", "live_sessions")

# Models that link to a person or hold text, but no personal data. Each with its reason; adding
# one here needs the same care as registering it.
NO_PERSONAL_DATA = {
    "accounts.Location": "a branch's name and address slug; its members are LocationMembership",
    "content.ProgrammeIndexPage": "workbook content written by editors (Wagtail keeps authorship)",
    "content.ProgrammePage": "workbook content written by editors (Wagtail keeps authorship)",
    "content.StepPage": "workbook content written by editors (Wagtail keeps authorship)",
    "content.LanguageCheckPage": "the intake's reading text and questions, written by editors",
    "content.EditionStep": "which revision of a step an edition holds; no person",
    "content.SecondEditorReviewTask": "a Wagtail workflow step; no person",
    "courses.Cohort": "a group's name, dates and place; its people are CohortMembership",
    "courses.Meeting": "when a group, workshop or circle meets; its people are Attendance",
    "content.GlossaryTerm": "hard words and their plain explanations, written by editors",
}

# Field kinds that can hold what a person wrote or a copy of a name or address.
TEXT_FIELDS = (models.TextField, models.JSONField, models.EmailField, models.FileField)
NAME_LIKE = ("name", "email", "note", "reason", "detail", "speaker")


def _personal_fields(model) -> list[str]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = []
    for field in model._meta.get_fields():
        if not (field.concrete or field.many_to_many) or field.auto_created:
            continue
        if field.model is not model and field.model._meta.app_label not in PROJECT_APPS:
            continue  # inherited from Wagtail's own tables (page owner, lock)
        links_to_person = field.is_relation and field.related_model is user_model
        holds_text = isinstance(field, TEXT_FIELDS) or (
            isinstance(field, models.CharField) and any(n in field.name for n in NAME_LIKE)
        )
        if links_to_person or holds_text:
            found.append(field.name)
    return found


def _project_models():
    return [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS]


def test_every_model_with_personal_data_is_registered():
    registered = personal_data.registered()
    missing = {
        model._meta.label: _personal_fields(model)
        for model in _project_models()
        if _personal_fields(model)
        and model._meta.label not in registered
        and model._meta.label not in NO_PERSONAL_DATA
    }
    assert missing == {}, (
        "These models link to a person or hold text but are not in the personal-data registry "
        "(accounts/personal_data.py; register them in their app's personal_data.py) nor on the "
        f"reasoned allow-list: {missing}"
    )


def test_the_allow_list_holds_only_models_that_exist_and_are_not_registered():
    labels = {model._meta.label for model in _project_models()}
    registered = personal_data.registered()
    assert set(NO_PERSONAL_DATA) <= labels
    assert not set(NO_PERSONAL_DATA) & set(registered)
    for reason in NO_PERSONAL_DATA.values():
        assert reason.strip()


def test_the_check_sees_a_model_that_links_to_a_person():
    """The introspection itself works: a model with a link to a person is found."""
    from courses.models import Answer, Invitation
    from live_sessions.models import MeetingEvent

    assert "participant" in _personal_fields(Answer)
    assert "email" in _personal_fields(Invitation)
    assert {"actor", "payload"} <= set(_personal_fields(MeetingEvent))


def test_every_registration_says_how_and_exports_with_dutch_labels():
    for label, entry in personal_data.registered().items():
        assert entry.export or entry.erase or entry.purge or entry.covered_by, label
        if entry.covered_by:
            assert entry.covered_by in personal_data.registered(), label
        if entry.export:
            assert entry.key and str(entry.title), label
            assert entry.labels, label


def test_each_app_registers_its_own_models():
    for label, entry in personal_data.registered().items():
        assert entry.model._meta.app_label == label.split(".")[0]
    apps_with_models = {label.split(".")[0] for label in personal_data.registered()}
    assert {"accounts", "content", "courses", "live_sessions"} <= apps_with_models

"""Trainings: the trainer role (granted by the national office only), the trainer gate, a
training day's own agenda (room and print view), national trainings across locations, and
participants' ratings with the national office's averages."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accounts.access import is_national_office
from accounts.models import RoleAssignment
from accounts.roles import Role
from content.services import programme_load_seed
from courses.groups.access import cohort_for_member, people_managed_by
from courses.groups.invitations import invitations_create
from courses.models import Cohort, CohortMembership, ConductCertificate, Meeting, TrainingRating
from courses.trainings import services
from courses.trainings.selectors import MIN_RATINGS_SHOWN, ratings_overview
from courses.volunteers.models import Certificate
from live_sessions import formats
from tests.factories import (
    LocationFactory,
    UserFactory,
    ensure_wagtail_tree,
    make_cohort,
    make_programme,
    member_of,
    programme_data,
    shadowed,
)
from toolkit.permissions import NotPermitted

pytestmark = pytest.mark.django_db
BASE = "http://testserver"

AGENDA = [
    {"title": "Welkom", "minutes": 15, "description": "Wie zijn we?"},
    {"title": "Nieuw in de methode", "minutes": 40, "description": ""},
    {"title": "Leren van elkaar", "minutes": 45, "description": "In groepjes van drie."},
]


def make_training(slug="hercertificering-proef", *, agenda=AGENDA, steps=1):
    ensure_wagtail_tree()
    data = programme_data(slug, steps=steps, kind="volunteer_course", variant="leader_training")
    for step in data["steps"]:
        step["agenda"] = [dict(item) for item in agenda]
    return programme_load_seed(data)


def with_vog(user):
    today = timezone.localdate()
    ConductCertificate.objects.create(user=user, issued_on=today, checked_on=today)
    return user


def certified_leader(user):
    today = timezone.localdate()
    Certificate.objects.create(
        user=user,
        role="leader",
        programme=make_programme("leiders-cert", steps=1),
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
    )
    return with_vog(shadowed(user))


@pytest.fixture
def office():
    return UserFactory(is_superuser=True, is_staff=True, display_name="Landelijk bureau")


@pytest.fixture
def coordinator():
    return member_of(
        LocationFactory(slug="gouda"), UserFactory(roles=["coordinator"]), coordinator=True
    )


def invite_and_accept(client, cohort, user, role, capture, *, invited_by=None):
    with capture(execute=True):
        sent, problems = invitations_create(
            cohort=cohort, text=user.email, invited_by=invited_by, base_url=BASE, role=role
        )
    link = re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", mail.outbox[-1].body).group(1)
    client.force_login(user)
    return problems, client.post(link, {"how": "account"})


# --- The trainer role -----------------------------------------------------------------------


def test_the_national_office_grants_and_revokes_the_trainer_role(office):
    volunteer = UserFactory(roles=["buddy"])
    admin = UserFactory(roles=["admin"])
    assert is_national_office(user=office) and is_national_office(user=admin)
    services.trainer_role_grant(by=office, user=volunteer)
    assert RoleAssignment.objects.filter(user=volunteer, role=Role.TRAINER).exists()
    assert services.trainer_role_revoke(by=admin, user=volunteer) is True
    assert not RoleAssignment.objects.filter(user=volunteer, role=Role.TRAINER).exists()


def test_a_location_coordinator_cannot_grant_the_trainer_role(client, coordinator):
    volunteer = member_of(coordinator.locations.first(), UserFactory())
    assert not is_national_office(user=coordinator)
    with pytest.raises(PermissionDenied):
        services.trainer_role_grant(by=coordinator, user=volunteer)
    client.force_login(coordinator)
    assert client.get("/admin/trainers/").status_code == 404
    assert client.post("/admin/trainers/", {"email": volunteer.email}).status_code == 404
    assert not RoleAssignment.objects.filter(user=volunteer, role=Role.TRAINER).exists()


def test_the_admin_screen_grants_by_email_and_refuses_an_unknown_address(client, office):
    volunteer = UserFactory(email="tess@example.org", display_name="Tess", roles=["leader"])
    client.force_login(office)
    refused = client.post("/admin/trainers/", {"email": "niemand@example.org"})
    assert refused.status_code == 400 and "Er is niemand met dit e-mailadres" in refused.text
    assert client.post("/admin/trainers/", {"email": "TESS@example.org"}).status_code == 302
    assert "Tess" in client.get("/admin/trainers/").text
    assert RoleAssignment.objects.filter(user=volunteer, role=Role.TRAINER).exists()
    client.post(f"/admin/trainers/{volunteer.pk}/intrekken/")
    assert not RoleAssignment.objects.filter(user=volunteer, role=Role.TRAINER).exists()


# --- The trainer gate -------------------------------------------------------------------------


def test_a_trainer_runs_a_training_without_a_leader_certificate(
    client, office, django_capture_on_commit_callbacks
):
    training = make_cohort(make_training(), name="Hercertificering mei")
    trainer = member_of(
        LocationFactory(slug="delft"),
        with_vog(UserFactory(roles=["trainer"], display_name="Tineke Trainer")),
    )
    # a coordinator of the training's location does not find a trainer of another location
    coordinator = member_of(training.location, UserFactory(roles=["coordinator"]), coordinator=True)
    with django_capture_on_commit_callbacks(execute=True):
        sent, problems = invitations_create(
            cohort=training,
            text=trainer.email,
            invited_by=coordinator,
            base_url=BASE,
            role="leader",
        )
    assert sent == [] and "geen trainer" in problems[0] and "Tineke" not in problems[0]
    # the national office does
    problems, response = invite_and_accept(
        client, training, trainer, "leader", django_capture_on_commit_callbacks, invited_by=office
    )
    assert problems == [] and response.status_code == 302
    assert training.memberships.get(user=trainer).role == CohortMembership.Role.LEADER
    # a trainer gets no JobGroupleider role from a training, and stays at their own location
    assert not RoleAssignment.objects.filter(user=trainer, role=Role.LEADER).exists()
    assert list(trainer.locations.values_list("slug", flat=True)) == ["delft"]


def test_a_certified_leader_without_the_trainer_role_may_not_train(
    client, django_capture_on_commit_callbacks
):
    training = make_cohort(make_training())
    leader = certified_leader(member_of(training.location, UserFactory(roles=["leader"])))
    with django_capture_on_commit_callbacks(execute=True):
        sent, problems = invitations_create(
            cohort=training, text=leader.email, invited_by=None, base_url=BASE, role="leader"
        )
    assert sent == [] and "kan (nog) geen training geven" in problems[0]
    assert "geen trainer" in problems[0]


def test_a_trainer_without_a_vog_is_refused_when_accepting(
    client, django_capture_on_commit_callbacks
):
    training = make_cohort(make_training())
    trainer = member_of(training.location, UserFactory(roles=["trainer"]))
    with_vog(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_create(
            cohort=training, text=trainer.email, invited_by=None, base_url=BASE, role="leader"
        )
    ConductCertificate.objects.filter(user=trainer).delete()  # lapsed before accepting
    link = re.search(r"(/uitnodiging/[^/\s]+/)", mail.outbox[-1].body).group(1)
    client.force_login(trainer)
    response = client.post(link, {"how": "account"})
    assert "geen geldige VOG" in response.text
    assert not training.memberships.filter(user=trainer).exists()


def test_the_jobgroup_leader_gate_is_unchanged_for_a_trainer(django_capture_on_commit_callbacks):
    jobgroup = make_cohort(make_programme(steps=1))
    trainer = member_of(jobgroup.location, with_vog(UserFactory(roles=["trainer"])))
    with django_capture_on_commit_callbacks(execute=True):
        sent, problems = invitations_create(
            cohort=jobgroup, text=trainer.email, invited_by=None, base_url=BASE, role="leader"
        )
    assert sent == [] and "geen actief leiderscertificaat" in problems[0]


# --- National trainings across locations -------------------------------------------------------


def test_a_national_training_takes_volunteers_of_two_locations_without_moving_them(
    client, django_capture_on_commit_callbacks
):
    national = LocationFactory(name="Landelijk", slug="landelijk")
    zoetermeer, utrecht = LocationFactory(slug="zoetermeer"), LocationFactory(slug="utrecht")
    coordinator_z = member_of(zoetermeer, UserFactory(roles=["coordinator"]), coordinator=True)
    coordinator_u = member_of(utrecht, UserFactory(roles=["coordinator"]), coordinator=True)
    anna = member_of(zoetermeer, UserFactory(roles=["buddy"], display_name="Anna"))
    bert = member_of(utrecht, UserFactory(roles=["leader"], display_name="Bert"))
    training = make_cohort(make_training(), location=national, name="Landelijke training")
    for volunteer in (anna, bert):
        problems, response = invite_and_accept(
            client, training, volunteer, "participant", django_capture_on_commit_callbacks
        )
        assert problems == [] and response.status_code == 302
    assert set(training.memberships.values_list("user__display_name", flat=True)) == {
        "Anna",
        "Bert",
    }
    # nobody moved: each keeps exactly their own location, and gets no participant role
    assert list(anna.locations.values_list("slug", flat=True)) == ["zoetermeer"]
    assert list(bert.locations.values_list("slug", flat=True)) == ["utrecht"]
    assert not RoleAssignment.objects.filter(user__in=[anna, bert], role=Role.PARTICIPANT).exists()
    # their own coordinators still find their volunteers, and only their own
    assert list(people_managed_by(user=coordinator_z).filter(pk__in=[anna.pk, bert.pk])) == [anna]
    assert list(people_managed_by(user=coordinator_u).filter(pk__in=[anna.pk, bert.pk])) == [bert]
    # but they do not get into the national training itself
    for coordinator in (coordinator_z, coordinator_u):
        with pytest.raises(NotPermitted):
            cohort_for_member(user=coordinator, cohort_id=training.pk)
    assert cohort_for_member(user=anna, cohort_id=training.pk).is_participant
    # what they need: each records the VOG of, and may revoke a training certificate of, their
    # own volunteer only
    from courses.volunteers.services import may_record_vog, may_revoke_certificate

    assert may_record_vog(checked_by=coordinator_u, user=bert)
    assert not may_record_vog(checked_by=coordinator_z, user=bert)
    today = timezone.localdate()
    certificate = Certificate.objects.create(
        user=bert,
        role="leader",
        programme=training.programme,
        cohort=training,
        issued_on=today,
        valid_until=today + datetime.timedelta(days=700),
    )
    assert may_revoke_certificate(user=coordinator_u, certificate=certificate)
    assert not may_revoke_certificate(user=coordinator_z, certificate=certificate)


def test_someone_new_to_the_platform_belongs_to_the_training_location(
    client, django_capture_on_commit_callbacks
):
    national = LocationFactory(name="Landelijk", slug="landelijk")
    training = make_cohort(make_training(), location=national)
    newcomer = UserFactory()
    invite_and_accept(client, training, newcomer, "participant", django_capture_on_commit_callbacks)
    assert list(newcomer.locations.values_list("slug", flat=True)) == ["landelijk"]


# --- The training day's agenda: room and print view ---------------------------------------------


def test_the_room_of_a_training_follows_its_agenda(client):
    trainer = UserFactory(roles=["trainer"], display_name="Tineke")
    volunteer = UserFactory(display_name="Vera")
    training = make_cohort(make_training(), participants=[volunteer], leaders=[trainer])
    meeting = Meeting.objects.create(cohort=training, step_number=1, starts_at=timezone.now())
    plan = formats.room_plan(meeting)
    assert [(p.name, p.label, p.minutes) for p in plan.parts] == [
        ("welcome", "Welkom", 15),
        ("homework_review", "Nieuw in de methode", 40),
        ("group_talk", "Leren van elkaar", 45),
    ]
    assert plan.blocks == {"welcome", "homework_review", "group_talk"}  # block.goto elsewhere: bad
    assert plan.heading.startswith("Trainingsdag 1")
    client.force_login(trainer)
    page = client.get(f"/bijeenkomsten/{meeting.pk}/").text
    assert "Nieuw in de methode" in page and "(40 min)" in page
    assert "Huiswerk bespreken" not in page  # the seven parts' labels are not the agenda
    assert '"leader": "trainer"' in page


def test_a_jobgroup_room_keeps_the_seven_parts():
    jobgroup = make_cohort(make_programme(steps=1))
    meeting = Meeting.objects.create(cohort=jobgroup, step_number=1, starts_at=timezone.now())
    plan = formats.room_plan(meeting)
    assert [p.name for p in plan.parts] == [
        "welcome",
        "homework_review",
        "group_talk",
        "deepening",
        "homework",
        "reflection",
        "after_talk",
    ]
    assert plan.parts[1].label == "Huiswerk bespreken"


def test_the_agenda_comes_from_the_edition_the_training_is_on():
    programme = make_training()
    training = make_cohort(programme)
    step = programme.get_children().specific().first()
    step.agenda = [("item", {"title": "Nieuw onderdeel", "minutes": 5, "description": ""})]
    step.save_revision().publish()  # published, but not released in an edition
    meeting = Meeting.objects.create(cohort=training, step_number=1, starts_at=timezone.now())
    assert [p.label for p in formats.room_plan(meeting).parts][0] == "Welkom"


def test_the_print_view_shows_the_agenda(client):
    volunteer = UserFactory()
    training = make_cohort(make_training(), participants=[volunteer])
    client.force_login(volunteer)
    page = client.get(f"/groepen/{training.pk}/werkboek/print/").text
    assert "Programma van de dag" in page
    assert "Leren van elkaar" in page and "In groepjes van drie." in page
    assert ">100<" in page  # the day's minutes together
    jobgroup_member = UserFactory()
    jobgroup = make_cohort(make_programme(steps=1), participants=[jobgroup_member])
    client.force_login(jobgroup_member)
    assert "Programma van de dag" not in client.get(f"/groepen/{jobgroup.pk}/werkboek/print/").text


# --- Ratings ----------------------------------------------------------------------------------


def finished_training(programme=None, *, people=6, trainers=(), name=None):
    programme = programme or make_training()
    volunteers = [UserFactory(display_name=f"Vrijwilliger {n}") for n in range(people)]
    training = make_cohort(programme, participants=volunteers, leaders=list(trainers), name=name)
    Meeting.objects.create(
        cohort=training, step_number=1, starts_at=timezone.now(), status=Meeting.Status.ENDED
    )
    return training, volunteers


def test_a_participant_rates_once_after_the_training(client):
    training, (vera, *_rest) = finished_training()
    client.force_login(vera)
    url = f"/trainingen/{training.pk}/waardering/"
    assert url in client.get(f"/groepen/{training.pk}/werkboek/").text  # found from the workbook
    assert "Welk cijfer geef je de inhoud" in client.get(url).text
    response = client.post(url, {"content": "9", "trainers": "10", "remark": "<b>Top</b>!"})
    assert response.status_code == 302
    rating = TrainingRating.objects.get(cohort=training, user=vera)
    assert (rating.content_score, rating.trainer_score) == (9, 10)
    page = client.get(url).text
    assert "al een cijfer gegeven" in page and "&lt;b&gt;Top&lt;/b&gt;!" in page  # escaped
    again = client.post(url, {"content": "1", "trainers": "1"})
    assert again.status_code == 200
    assert TrainingRating.objects.get(cohort=training, user=vera).content_score == 9
    with pytest.raises(ValidationError, match="al een cijfer"):
        services.training_rate(user=vera, cohort=training, content=5, trainers=5)


@pytest.mark.parametrize(
    "content,trainers,field",
    [
        ("0", "8", "content"),
        ("11", "8", "content"),
        ("8", "tien", "trainers"),
        ("", "8", "content"),
    ],
)
def test_a_wrong_score_gets_a_clear_error_and_nothing_is_saved(client, content, trainers, field):
    training, (vera, *_rest) = finished_training()
    client.force_login(vera)
    response = client.post(
        f"/trainingen/{training.pk}/waardering/", {"content": content, "trainers": trainers}
    )
    assert response.status_code == 400
    assert "Kies een cijfer van 1 tot en met 10." in response.text
    assert not TrainingRating.objects.exists()
    with pytest.raises(ValidationError) as info:
        services.training_rate(user=vera, cohort=training, content=content, trainers=trainers)
    assert field in info.value.error_dict


def test_no_rating_before_the_training_is_over_nor_by_the_trainer():
    trainer = UserFactory(roles=["trainer"])
    vera = UserFactory()
    training = make_cohort(make_training(), participants=[vera], leaders=[trainer])
    meeting = Meeting.objects.create(cohort=training, step_number=1, starts_at=timezone.now())
    with pytest.raises(ValidationError, match="als de training voorbij is"):
        services.training_rate(user=vera, cohort=training, content=8, trainers=8)
    meeting.status = Meeting.Status.ENDED
    meeting.save()
    services.training_rate(user=vera, cohort=training, content=8, trainers=8)
    from courses.trainings.access import training_for_rater

    with pytest.raises(NotPermitted):
        training_for_rater(user=trainer, cohort_id=training.pk)
    jobgroup = make_cohort(make_programme(steps=1), participants=[vera])
    with pytest.raises(NotPermitted):
        training_for_rater(user=vera, cohort_id=jobgroup.pk)


def test_averages_per_training_programme_and_trainer():
    tineke = UserFactory(display_name="Tineke", roles=["trainer"])
    tom = UserFactory(display_name="Tom", roles=["trainer"])
    programme = make_training()
    first, people1 = finished_training(programme, people=5, trainers=[tineke], name="Mei")
    second, people2 = finished_training(programme, people=5, trainers=[tineke, tom], name="Juni")
    small, people3 = finished_training(programme, people=2, trainers=[tom], name="Juli")
    for person, (c, t) in zip(people1, [(7, 8), (8, 9), (9, 10), (10, 10), (8, 8)], strict=True):
        services.training_rate(user=person, cohort=first, content=c, trainers=t, remark="Fijn")
    for person in people2:
        services.training_rate(user=person, cohort=second, content=6, trainers=7)
    for person in people3:
        services.training_rate(user=person, cohort=small, content=1, trainers=1, remark="Saai")
    overview = ratings_overview()
    rows = {row.cohort.name: row for row in overview.trainings}
    assert rows["Mei"].figures.content_average == 8.4
    assert rows["Mei"].figures.trainer_average == 9.0
    assert (rows["Mei"].figures.lowest, rows["Mei"].figures.highest) == (7, 10)
    assert rows["Mei"].remarks == ["Fijn"] * 5
    assert rows["Mei"].trainers == ["Tineke"]
    # fewer than five ratings: only the count, no scores, no remarks, not in the averages
    assert MIN_RATINGS_SHOWN == 5
    assert rows["Juli"].figures.count == 2
    assert rows["Juli"].figures.content_average is None and rows["Juli"].remarks == []
    trainers = {row.name: row for row in overview.trainers}
    assert trainers["Tineke"].figures.count == 10 and trainers["Tineke"].trainings == 2
    assert trainers["Tineke"].figures.trainer_average == 8.0  # (45 + 35) / 10
    assert trainers["Tom"].figures.count == 5  # Juli does not count
    assert trainers["Tom"].figures.trainer_average == 7.0 and trainers["Tom"].figures.lowest == 6
    (programme_row,) = overview.programmes
    assert programme_row.figures.count == 10 and programme_row.figures.content_average == 7.2


def test_only_the_national_office_sees_the_averages(client, office, coordinator):
    training, people = finished_training(trainers=[UserFactory(display_name="Tineke")])
    for person in people[:5]:
        services.training_rate(user=person, cohort=training, content=7, trainers=9)
    for user in (coordinator, UserFactory(roles=["trainer"]), people[0]):
        client.force_login(user)
        assert client.get("/admin/trainingen/waardering/").status_code in (302, 404)
    client.force_login(office)
    page = client.get("/admin/trainingen/waardering/")
    assert page.status_code == 200
    assert "Tineke" in page.text
    assert re.search(r'data-average="content">7[,.]0<', page.text)
    assert re.search(r'data-average="trainers">9[,.]0<', page.text)


def test_erasure_keeps_the_scores_without_the_person_or_remark():
    from accounts.personal_data import erase_all, erasure_for, export_all

    training, (vera, *_rest) = finished_training()
    services.training_rate(user=vera, cohort=training, content=8, trainers=9, remark="Ik, Vera")
    sections = export_all(user=vera)
    assert any(s.key == "training_ratings" and s.rows[0]["remark"] == "Ik, Vera" for s in sections)
    erase_all(erasure=erasure_for(user=vera))
    rating = TrainingRating.objects.get(cohort=training)
    assert rating.user is None and rating.remark == "" and rating.content_score == 8


def test_finished_cohort_can_be_rated_too():
    vera = UserFactory()
    training = make_cohort(make_training(), participants=[vera])
    Cohort.objects.filter(pk=training.pk).update(status=Cohort.Status.FINISHED)
    training.refresh_from_db()
    assert services.training_rate(user=vera, cohort=training, content="7", trainers=" 8 ")


# --- The agenda as content: editions, the difference between them, JobGroups ---------------------


def test_a_new_edition_brings_the_new_agenda_and_the_diff_names_it():
    from content.diff import edition_diff
    from content.models import StepPage
    from content.selectors import edition_step_content
    from content.services import edition_release

    programme = make_training()
    step = StepPage.objects.child_of(programme).get(number=1)
    step.agenda = [("item", {"title": "Alles anders", "minutes": 90, "description": "Nieuw."})]
    step.save_revision().publish()
    old = programme.editions.get(number=1)
    new = edition_release(programme=programme, release_notes="Nieuw dagprogramma.")
    assert [i.label for i in edition_step_content(edition=old, number=1).agenda][0] == "Welkom"
    assert [
        (i.name, i.label, i.minutes) for i in edition_step_content(edition=new, number=1).agenda
    ] == [("welcome", "Alles anders", 90)]
    (diff,) = edition_diff(old=old, new=new)
    change = next(c for c in diff.changes if c.what == "Dagprogramma")
    assert "Leren van elkaar (45 min)" in change.before and "Alles anders (90 min)" in change.after


def test_a_jobgroup_step_refuses_an_agenda():
    from content.models import StepPage

    step = StepPage.objects.child_of(make_programme(steps=1)).get(number=1)
    step.agenda = [("item", {"title": "Eigen programma", "minutes": 30, "description": ""})]
    with pytest.raises(ValidationError) as info:
        step.full_clean()
    assert "alleen voor trainingen" in str(info.value.message_dict["agenda"])
    training_step = StepPage.objects.child_of(make_training()).get(number=1)
    training_step.full_clean()  # a training's agenda is fine


def test_the_group_screen_of_a_training_says_trainer(client, office):
    trainer = UserFactory(roles=["trainer"], display_name="Tineke")
    training = make_cohort(make_training(), leaders=[trainer])
    client.force_login(office)
    page = client.get(f"/admin/groepen/{training.pk}/").text
    assert re.search(r"Tineke</td><td>[^<]*</td><td>Trainer</td>", page)
    assert 'value="leader"' in page and "Trainer</label>" in page.replace("\n", "")


def test_retention_takes_the_person_and_remark_off_old_ratings(settings):
    from accounts.personal_data import purge_all
    from courses.privacy.personal_data import retention_for

    settings.ANSWER_RETENTION_DAYS = 30
    old, (vera, *_r) = finished_training(name="Oud")
    recent, (wim, *_s) = finished_training(name="Recent")
    for person, cohort in ((vera, old), (wim, recent)):
        services.training_rate(user=person, cohort=cohort, content=8, trainers=9, remark="Goed")
    today = timezone.localdate()
    Cohort.objects.filter(pk=old.pk).update(
        status=Cohort.Status.FINISHED, finished_on=today - datetime.timedelta(days=60)
    )
    Cohort.objects.filter(pk=recent.pk).update(
        status=Cohort.Status.FINISHED, finished_on=today - datetime.timedelta(days=5)
    )
    purge_all(retention=retention_for())
    old_rating = TrainingRating.objects.get(cohort=old)
    assert old_rating.user is None and old_rating.remark == "" and old_rating.trainer_score == 9
    assert TrainingRating.objects.get(cohort=recent).user == wim


def test_a_remark_that_is_too_long_or_no_text_is_refused():
    training, (vera, *_rest) = finished_training()
    with pytest.raises(ValidationError) as info:
        services.training_rate(user=vera, cohort=training, content=8, trainers=8, remark="x" * 1001)
    assert "hoogstens 1000 tekens" in str(info.value.error_dict["remark"])
    with pytest.raises(ValidationError) as info:
        services.training_rate(user=vera, cohort=training, content=8, trainers=8, remark=["a"])
    assert "gewone tekst" in str(info.value.error_dict["remark"])
    with pytest.raises(ValidationError) as info:
        services.training_rate(user=vera, cohort=training, content=True, trainers=8.5)
    assert set(info.value.error_dict) == {"content", "trainers"}
    assert not TrainingRating.objects.exists()


def test_nobody_rates_twice_after_retention_took_the_names_off(settings, client):
    from accounts.personal_data import purge_all
    from courses.privacy.personal_data import retention_for

    settings.ANSWER_RETENTION_DAYS = 30
    training, (vera, wim, *_r) = finished_training(name="Oud")
    services.training_rate(user=vera, cohort=training, content=8, trainers=9, remark="Goed")
    Cohort.objects.filter(pk=training.pk).update(
        status=Cohort.Status.FINISHED,
        finished_on=timezone.localdate() - datetime.timedelta(days=60),
    )
    training.refresh_from_db()
    purge_all(retention=retention_for())
    assert TrainingRating.objects.get(cohort=training).user is None
    for person in (vera, wim):
        with pytest.raises(ValidationError, match="te lang geleden"):
            services.training_rate(user=person, cohort=training, content=1, trainers=1)
    assert TrainingRating.objects.filter(cohort=training).count() == 1
    client.force_login(vera)
    page = client.get(f"/trainingen/{training.pk}/waardering/").text
    assert "te lang geleden" in page and "Cijfers versturen" not in page
    refused = client.post(f"/trainingen/{training.pk}/waardering/", {"content": 1, "trainers": 1})
    assert refused.status_code == 400 and "te lang geleden" in refused.text
    assert TrainingRating.objects.filter(cohort=training).count() == 1


def test_an_on_site_training_can_be_rated_once_its_planned_end_has_passed():
    vera = UserFactory()
    training = make_cohort(make_training(), participants=[vera])
    meeting = Meeting.objects.create(
        cohort=training, step_number=1, starts_at=timezone.now() - datetime.timedelta(minutes=30)
    )
    with pytest.raises(ValidationError, match="als de training voorbij is"):
        services.training_rate(user=vera, cohort=training, content=8, trainers=8)
    meeting.starts_at = timezone.now() - datetime.timedelta(minutes=meeting.duration_minutes + 1)
    meeting.save()
    assert meeting.status == Meeting.Status.PLANNED  # nobody ended a room
    assert services.training_rate(user=vera, cohort=training, content=8, trainers=8)


def test_the_trainer_role_is_only_for_volunteers(client, office):
    job_seeker = UserFactory(email="jan@example.org", display_name="Jan", roles=["participant"])
    with pytest.raises(ValidationError, match="Jan is geen vrijwilliger"):
        services.trainer_role_grant(by=office, user=job_seeker)
    client.force_login(office)
    refused = client.post("/admin/trainers/", {"email": "jan@example.org"})
    assert refused.status_code == 400
    assert "Jan is geen vrijwilliger" in refused.text
    assert not RoleAssignment.objects.filter(user=job_seeker, role=Role.TRAINER).exists()
    # one who trained in a volunteer course is a volunteer (volunteers_q)
    trained = UserFactory(display_name="Tom")
    make_cohort(make_training(), participants=[trained])
    services.trainer_role_grant(by=office, user=trained)
    assert RoleAssignment.objects.filter(user=trained, role=Role.TRAINER).exists()
    services.trainer_role_grant(by=office, user=trained)  # again: still fine


def test_the_check_in_page_of_a_training_names_the_trainer(client):
    vera = UserFactory()
    training = make_cohort(
        make_training(), participants=[vera], leaders=[UserFactory(roles=["trainer"])]
    )
    Cohort.objects.filter(pk=training.pk).update(mode=Cohort.Mode.ON_SITE)
    meeting = Meeting.objects.create(cohort=training, step_number=1, starts_at=timezone.now())
    client.force_login(vera)
    page = client.get(f"/bijeenkomsten/{meeting.pk}/inchecken/").text
    assert "Code van je trainer" in page and "Je trainer laat de code zien." in page
    assert "leider" not in page.lower()

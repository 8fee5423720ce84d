"""Attendance that is true: the register API, the register page, self check-in, the group's mode
on the home page, and the consumers that read the register (leader overview, outcome report)."""

import datetime
import json

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from accounts import services as account_services
from courses.errors import CHECK_IN_CLOSED, CHECK_IN_WRONG_CODE, EXCUSED_NEEDS_REASON
from courses.groups import attendance
from courses.groups.models import Attendance, AttendanceRecord, Cohort, Meeting
from courses.groups.services import AMSTERDAM, cohort_schedule_meetings
from courses.network import intervision
from courses.trajectories.reports import attendance_summary
from courses.workbook.selectors import leader_overview
from tests.factories import UserFactory
from toolkit import error_codes

pytestmark = pytest.mark.django_db


def meeting_at(world, starts_at, *, step=1, status=Meeting.Status.PLANNED):
    return Meeting.objects.create(
        cohort=world.cohort, step_number=step, starts_at=starts_at, status=status
    )


@pytest.fixture
def meeting(world):
    """Step 1 started ten minutes ago (it runs two hours)."""
    return meeting_at(world, timezone.now() - datetime.timedelta(minutes=10))


@pytest.fixture
def buddy(world):
    user = UserFactory(roles=["buddy"], display_name="Mustafa")
    account_services.location_add_member(location=world.zoetermeer, user=user)
    return user


def url(meeting, user=None):
    base = f"/api/v1/meetings/{meeting.pk}/attendance"
    return f"{base}/{user.pk if hasattr(user, 'pk') else user}" if user is not None else base


def put(client, meeting, user, body):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.put(url(meeting, user), data=data, content_type="application/json")


def rows_by_name(response):
    return {row["name"]: row for row in response.json()}


# --- The API: who may read and write -----------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("lotte", 200),  # the group's leader
        ("carla", 200),  # the coordinator of the group's location
        ("utrecht_coordinator", 404),  # a coordinator elsewhere
        ("anouk", 403),  # a participant of the group: not hers to keep
        ("outsider", 404),  # a participant of another group
        ("buddy", 404),
        ("anonymous", 401),
    ],
)
def test_who_may_read_and_write_the_register(client, world, meeting, buddy, who, status):
    if who == "buddy":
        client.force_login(buddy)
    elif who != "anonymous":
        client.force_login(getattr(world, who))
    read = client.get(url(meeting))
    assert read.status_code == status
    write = put(client, meeting, world.bram, {"status": "absent"})
    assert write.status_code == status
    if status != 200:
        assert write.json()["code"] in {
            error_codes.NOT_AUTHENTICATED,
            error_codes.FORBIDDEN,
            error_codes.NOT_FOUND,
        }
        assert not AttendanceRecord.objects.exists()
    else:
        assert write.json()["status"] == "absent"
        assert write.json()["source"] == "register"
        record = AttendanceRecord.objects.get()
        assert (record.user, record.status, record.set_by_id) == (
            world.bram,
            "absent",
            getattr(world, who).pk,
        )


def test_the_register_lists_every_participant_with_status_and_source(client, world, meeting):
    client.force_login(world.lotte)
    rows = rows_by_name(client.get(url(meeting)))
    assert set(rows) == {"Anouk", "Bram"}  # participants only, not the leader
    assert rows["Anouk"] == {
        "user": world.anouk.pk,
        "name": "Anouk",
        "status": "unknown",
        "source": None,
        "reason": "",
        "suggestion": None,
    }
    # Anouk's room connection suggests present; Bram's late connection suggests late.
    Attendance.objects.create(meeting=meeting, user=world.anouk, joined_at=meeting.starts_at)
    Attendance.objects.create(
        meeting=meeting,
        user=world.bram,
        joined_at=meeting.starts_at + datetime.timedelta(minutes=20),
    )
    rows = rows_by_name(client.get(url(meeting)))
    assert (rows["Anouk"]["status"], rows["Anouk"]["source"]) == ("present", "room")
    assert (rows["Bram"]["status"], rows["Bram"]["source"]) == ("late", "room")
    # The register decides: Anouk was in the room for a minute but the leader marks her absent.
    assert put(client, meeting, world.anouk, {"status": "absent"}).status_code == 200
    rows = rows_by_name(client.get(url(meeting)))
    assert rows["Anouk"]["status"] == "absent"
    assert rows["Anouk"]["source"] == "register"
    assert rows["Anouk"]["suggestion"] == "present"  # the room's word stays visible


def test_excused_needs_a_reason_and_keeps_it(client, world, meeting):
    client.force_login(world.lotte)
    refused = put(client, meeting, world.bram, {"status": "excused"})
    assert refused.status_code == 422
    assert refused.json()["code"] == error_codes.VALIDATION_ERROR
    assert str(EXCUSED_NEEDS_REASON) in refused.json()["detail"]
    assert not AttendanceRecord.objects.exists()
    ok = put(client, meeting, world.bram, {"status": "excused", "reason": "  naar de  dokter "})
    assert ok.status_code == 200
    assert ok.json()["reason"] == "naar de dokter"
    # Another status drops the reason.
    assert put(client, meeting, world.bram, {"status": "present"}).json()["reason"] == ""


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ("{not json", 400, error_codes.MALFORMED_JSON),
        ("[1, 2]", 400, error_codes.MALFORMED_JSON),
        ({}, 422, error_codes.VALIDATION_ERROR),
        ({"status": "maybe"}, 422, error_codes.VALIDATION_ERROR),
        ({"status": "unknown"}, 422, error_codes.VALIDATION_ERROR),
        ({"status": 3}, 422, error_codes.VALIDATION_ERROR),
        ({"status": "excused", "reason": "x" * 301}, 422, error_codes.VALIDATION_ERROR),
    ],
)
def test_malformed_input_changes_nothing(client, world, meeting, body, status, code):
    client.force_login(world.lotte)
    response = put(client, meeting, world.bram, body)
    assert response.status_code == status
    assert response.json()["code"] == code
    assert response.json()["detail"]
    assert not AttendanceRecord.objects.exists()


@pytest.mark.parametrize("target", ["lotte", "outsider", "carla"])
def test_only_participants_of_the_group_are_in_the_register(client, world, meeting, target):
    client.force_login(world.lotte)
    response = put(client, meeting, getattr(world, target), {"status": "present"})
    assert response.status_code == 422
    assert response.json()["code"] == error_codes.VALIDATION_ERROR
    assert not AttendanceRecord.objects.exists()


def test_unknown_ids_and_other_kinds_of_meeting_are_not_found(client, world, meeting):
    client.force_login(world.carla)
    assert put(client, meeting, "abc", {"status": "present"}).status_code == 422
    assert put(client, meeting, 999999, {"status": "present"}).status_code == 422
    missing = client.get(f"/api/v1/meetings/{meeting.pk + 1000}/attendance")
    assert (missing.status_code, missing.json()["code"]) == (404, error_codes.NOT_FOUND)
    circle = intervision.circle_create(
        by=world.carla, name="Intervisie", audience="leaders", members=[world.lotte]
    )
    other_kind = intervision.meeting_plan(circle=circle, starts_at=timezone.now())
    client.force_login(world.lotte)
    assert client.get(url(other_kind)).status_code == 404
    assert put(client, other_kind, world.bram, {"status": "present"}).status_code == 404


HUGE = "9" * 23  # more than 2**63: OverflowError on SQLite if it reached a lookup


def test_oversized_ids_are_not_found_or_refused_never_a_500(client, world, meeting):
    client.force_login(world.lotte)
    response = put(client, meeting, HUGE, {"status": "present"})
    assert (response.status_code, response.json()["code"]) == (422, error_codes.VALIDATION_ERROR)
    response = client.put(
        f"/api/v1/meetings/{HUGE}/attendance/{world.bram.pk}",
        data=json.dumps({"status": "present"}),
        content_type="application/json",
    )
    assert response.status_code in (404, 422)
    assert client.get(f"/api/v1/meetings/{HUGE}/attendance").status_code in (404, 422)
    assert client.get(f"/bijeenkomsten/{HUGE}/presentie/").status_code == 404
    assert client.get(f"/bijeenkomsten/{2**63}/presentie/").status_code == 404
    refused = client.post(
        f"/bijeenkomsten/{meeting.pk}/presentie/", {"user": HUGE, "status": "present"}
    )
    assert refused.status_code == 400
    assert not AttendanceRecord.objects.exists()


def test_session_writes_need_the_csrf_token(world, meeting):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.lotte)
    response = put(client, meeting, world.bram, {"status": "present"})
    assert response.status_code == 403
    assert response.json()["code"] == error_codes.CSRF_FAILED
    assert not AttendanceRecord.objects.exists()


# --- The register page (works without JavaScript) ----------------------------------------------


def test_all_present_then_exceptions_on_the_register_page(client, world, meeting):
    Attendance.objects.create(
        meeting=meeting,
        user=world.bram,
        joined_at=meeting.starts_at + datetime.timedelta(minutes=30),
    )
    client.force_login(world.lotte)
    page = client.get(f"/bijeenkomsten/{meeting.pk}/presentie/")
    assert page.status_code == 200
    assert "Iedereen aanwezig" in page.content.decode()
    assert "voorstel: was online" in page.content.decode()
    response = client.post(
        f"/bijeenkomsten/{meeting.pk}/presentie/", {"action": "all_present"}, follow=True
    )
    assert response.redirect_chain[0][1] == 302
    assert "Wie nog niet was ingevuld, staat nu op aanwezig." in response.content.decode()
    assert "zonder uitzondering" not in response.content.decode()
    statuses = dict(AttendanceRecord.objects.values_list("user__display_name", "status"))
    assert statuses == {"Anouk": "present", "Bram": "late"}  # Bram's late arrival is kept
    # An exception without a reason is refused and changes nothing.
    refused = client.post(
        f"/bijeenkomsten/{meeting.pk}/presentie/", {"user": world.anouk.pk, "status": "excused"}
    )
    assert refused.status_code == 400
    assert str(EXCUSED_NEEDS_REASON) in refused.content.decode()
    assert AttendanceRecord.objects.get(user=world.anouk).status == "present"
    client.post(
        f"/bijeenkomsten/{meeting.pk}/presentie/",
        {"user": world.anouk.pk, "status": "excused", "reason": "sollicitatiegesprek"},
    )
    record = AttendanceRecord.objects.get(user=world.anouk)
    assert (record.status, record.reason) == ("excused", "sollicitatiegesprek")
    # "Iedereen aanwezig" again leaves what the leader set.
    client.post(f"/bijeenkomsten/{meeting.pk}/presentie/", {"action": "all_present"})
    assert AttendanceRecord.objects.get(user=world.anouk).status == "excused"


def test_participants_cannot_open_the_register_or_the_code(client, world, meeting):
    # Pages answer every refusal with the site's 404 (the API says 403 to members).
    client.force_login(world.anouk)
    assert client.get(f"/bijeenkomsten/{meeting.pk}/presentie/").status_code == 404
    assert client.get(f"/bijeenkomsten/{meeting.pk}/code/").status_code == 404
    assert (
        client.post(
            f"/bijeenkomsten/{meeting.pk}/presentie/", {"action": "all_present"}
        ).status_code
        == 404
    )
    assert not AttendanceRecord.objects.exists()
    client.force_login(world.utrecht_coordinator)
    assert client.get(f"/bijeenkomsten/{meeting.pk}/presentie/").status_code == 404


# --- Self check-in ------------------------------------------------------------------------------


@pytest.fixture
def on_site(world):
    world.cohort.mode = Cohort.Mode.ON_SITE
    world.cohort.save()
    world.zoetermeer.address = "Bibliotheek Forum, Stadhuisplein 2, Zoetermeer"
    world.zoetermeer.save()
    cache.clear()
    return world


def test_the_leader_shows_a_code_and_a_qr_code(client, on_site, meeting):
    client.force_login(on_site.lotte)
    page = client.get(f"/bijeenkomsten/{meeting.pk}/code/")
    assert page.status_code == 200
    meeting.refresh_from_db()
    code = meeting.check_in_code
    assert len(code) == attendance.CODE_LENGTH
    assert set(code) <= set(attendance.CODE_ALPHABET)
    html = page.content.decode()
    assert code in html and "<svg" in html
    assert f"/bijeenkomsten/{meeting.pk}/inchecken/?code={code}" in html
    client.get(f"/bijeenkomsten/{meeting.pk}/code/")
    meeting.refresh_from_db()
    assert meeting.check_in_code == code  # the same code all meeting long


def test_check_in_with_the_code_during_the_meeting(client, on_site, meeting):
    code = attendance.check_in_code(meeting=meeting)
    client.force_login(on_site.anouk)
    # The QR link fills the code in; opening it changes nothing yet.
    form = client.get(f"/bijeenkomsten/{meeting.pk}/inchecken/?code={code}")
    assert "Code van je leider" in form.content.decode()  # a JobGroup: no trainer
    assert form.status_code == 200 and code in form.content.decode()
    assert not AttendanceRecord.objects.exists()
    response = client.post(
        f"/bijeenkomsten/{meeting.pk}/inchecken/", {"code": code.lower()[:3] + " " + code[3:]}
    )
    assert response.status_code == 302
    record = AttendanceRecord.objects.get()
    assert (record.user, record.status, record.source) == (on_site.anouk, "present", "check_in")
    client.force_login(on_site.lotte)
    rows = rows_by_name(client.get(url(meeting)))
    assert (rows["Anouk"]["status"], rows["Anouk"]["source"]) == ("present", "check_in")


@pytest.mark.parametrize(
    ("minutes_from_start", "status", "expected"),
    [
        (-29, Meeting.Status.PLANNED, "present"),  # half an hour before: open
        (20, Meeting.Status.LIVE, "late"),  # after a quarter of an hour: late
        (119, Meeting.Status.LIVE, "late"),  # last minute
        (-31, Meeting.Status.PLANNED, None),  # too early
        (121, Meeting.Status.LIVE, None),  # after the planned end
        (30, Meeting.Status.ENDED, None),  # the leader ended it
    ],
)
def test_check_in_only_within_the_meeting_window(on_site, minutes_from_start, status, expected):
    now = timezone.now()
    meeting = meeting_at(
        on_site, now - datetime.timedelta(minutes=minutes_from_start), status=status
    )
    code = attendance.check_in_code(meeting=meeting)
    if expected is None:
        with pytest.raises(ValidationError) as exc:
            attendance.check_in(meeting=meeting, user=on_site.bram, code=code, now=now)
        assert exc.value.messages == [str(CHECK_IN_CLOSED)]
        assert not AttendanceRecord.objects.exists()
    else:
        attendance.check_in(meeting=meeting, user=on_site.bram, code=code, now=now)
        assert AttendanceRecord.objects.get().status == expected


def test_a_wrong_code_is_refused_and_attempts_are_limited(client, on_site, meeting):
    code = attendance.check_in_code(meeting=meeting)
    client.force_login(on_site.bram)
    wrong = client.post(f"/bijeenkomsten/{meeting.pk}/inchecken/", {"code": "AAAAAA"})
    assert wrong.status_code == 400
    assert str(CHECK_IN_WRONG_CODE) in wrong.content.decode()
    for _ in range(attendance.CHECK_IN_MAX_FAILURES - 1):
        client.post(f"/bijeenkomsten/{meeting.pk}/inchecken/", {"code": "AAAAAA"})
    # Now even the right code waits: no guessing through all the codes.
    limited = client.post(f"/bijeenkomsten/{meeting.pk}/inchecken/", {"code": code})
    assert limited.status_code == 429
    assert not AttendanceRecord.objects.exists()


def test_the_register_decides_over_a_check_in(on_site, meeting):
    code = attendance.check_in_code(meeting=meeting)
    attendance.register_set(
        meeting=meeting, user_id=on_site.anouk.pk, status="absent", by=on_site.lotte
    )
    attendance.check_in(meeting=meeting, user=on_site.anouk, code=code)
    [anouk, _bram] = attendance.meeting_attendance(meeting=meeting)
    assert (anouk.status, anouk.source, anouk.checked_in) == ("absent", "register", True)


def test_only_participants_of_the_group_check_in(client, on_site, meeting):
    code = attendance.check_in_code(meeting=meeting)
    for user in (on_site.outsider, on_site.lotte, on_site.carla):
        client.force_login(user)
        response = client.post(f"/bijeenkomsten/{meeting.pk}/inchecken/", {"code": code})
        assert response.status_code == 404
    assert not AttendanceRecord.objects.exists()


# --- The group's mode on the home page ----------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "join_button", "address", "check_in"),
    [
        (Cohort.Mode.ONLINE, True, False, False),
        (Cohort.Mode.ON_SITE, False, True, True),
        (Cohort.Mode.HYBRID, True, True, True),
    ],
)
def test_the_mode_decides_what_the_home_page_shows(
    client, world, meeting, mode, join_button, address, check_in
):
    world.cohort.mode = mode
    world.cohort.save()
    world.zoetermeer.address = "Stadhuisplein 2, Zoetermeer"
    world.zoetermeer.save()
    client.force_login(world.anouk)
    html = client.get("/").content.decode()
    assert ("Meedoen" in html) is join_button
    assert ("Stadhuisplein 2, Zoetermeer" in html) is address
    assert (f"/bijeenkomsten/{meeting.pk}/inchecken/" in html) is check_in
    assert "Presentielijst" not in html  # that is for the leaders
    client.force_login(world.lotte)
    assert f"/bijeenkomsten/{meeting.pk}/presentie/" in client.get("/").content.decode()


def test_a_meeting_elsewhere_shows_its_own_place(client, world, meeting):
    world.cohort.mode = Cohort.Mode.ON_SITE
    world.cohort.save()
    world.zoetermeer.address = "Stadhuisplein 2, Zoetermeer"
    world.zoetermeer.save()
    meeting.place = "Werkplein, Kruisweg 1, Zoetermeer"
    meeting.save()
    client.force_login(world.bram)
    html = client.get("/").content.decode()
    assert "Werkplein, Kruisweg 1, Zoetermeer" in html
    assert "Stadhuisplein 2" not in html


# --- The leader overview, the check-in list and the outcome report read the register ------------


def test_excused_is_not_missed_on_the_check_in_list(world):
    now = timezone.now()
    meetings = cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=now - datetime.timedelta(weeks=2, hours=3)
    )
    for meeting in meetings:
        attendance.register_set(
            meeting=meeting,
            user_id=world.anouk.pk,
            status="excused",
            reason="ziek",
            by=world.lotte,
        )
        attendance.register_set(
            meeting=meeting, user_id=world.bram.pk, status="absent", by=world.lotte
        )
    overview = leader_overview(cohort=world.cohort)
    names = {row.user.display_name: row for row in overview.check_in}
    assert (
        "Bram" in names and "3 keer niet bij een bijeenkomst" in names["Bram"].check_in_reasons[0]
    )
    anouk = next(row for row in overview.rows if row.user == world.anouk)
    assert all(not reason.startswith("was ") for reason in anouk.check_in_reasons)
    assert [p.status for p in anouk.attended] == ["excused"] * 3


def test_a_group_that_met_on_site_is_not_marked_absent(world):
    """Nobody opened the online room, but the register says everyone was there."""
    now = timezone.now()
    meetings = cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=now - datetime.timedelta(weeks=2, hours=3)
    )
    for meeting in meetings:
        attendance.register_all_present(meeting=meeting, by=world.carla)
    overview = leader_overview(cohort=world.cohort)
    assert overview.check_in == [] or all(
        not r.startswith("was ") for row in overview.check_in for r in row.check_in_reasons
    )
    assert all(p.status == "present" for row in overview.rows for p in row.attended)


def test_the_outcome_report_counts_attendance_from_the_register(world):
    now = timezone.now()
    people = [UserFactory(roles=["participant"], display_name=f"P{n}") for n in range(4)]
    for person in people:
        account_services.location_add_member(location=world.zoetermeer, user=person)
        world.cohort.memberships.create(user=person, role="participant")
    meetings = cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=now - datetime.timedelta(weeks=2, hours=3)
    )
    participants = [world.anouk, world.bram, *people]
    for meeting in meetings:
        for person in participants:
            attendance.register_set(
                meeting=meeting, user_id=person.pk, status="present", by=world.lotte
            )
    # At the last meeting Bram was excused and P0 absent; P1 was only in the online room
    # (no register row): that counts as there.
    last = meetings[-1]
    attendance.register_set(
        meeting=last, user_id=world.bram.pk, status="excused", reason="werk", by=world.lotte
    )
    attendance.register_set(meeting=last, user_id=people[0].pk, status="absent", by=world.lotte)
    AttendanceRecord.objects.filter(meeting=last, user=people[1]).delete()
    Attendance.objects.create(meeting=last, user=people[1], joined_at=last.starts_at)
    today = timezone.localdate()
    rows = attendance_summary(
        locations=[world.zoetermeer, world.utrecht],
        start=today - datetime.timedelta(days=30),
        end=today,
    )
    zoetermeer, utrecht, total = rows
    # 3 meetings × 6 participants = 18: 16 there, 1 excused (shown as <5), 1 absent (<5).
    assert zoetermeer.cells["meetings"] == "3"
    assert zoetermeer.cells["there"] == "16"
    assert zoetermeer.cells["excused"] == "<5" and zoetermeer.cells["missed"] == "<5"
    assert zoetermeer.cells["turnout"] == "–"  # would give the hidden numbers away
    assert utrecht.cells == {
        "meetings": "0",
        "there": "0",
        "excused": "0",
        "missed": "0",
        "turnout": "–",
    }
    assert total.cells["there"] == "16"


def test_turnout_is_shown_when_no_count_is_hidden(world):
    now = timezone.now()
    people = [UserFactory(roles=["participant"], display_name=f"P{n}") for n in range(8)]
    for person in people:
        world.cohort.memberships.create(user=person, role="participant")
    meetings = cohort_schedule_meetings(
        cohort=world.cohort, first_starts_at=now - datetime.timedelta(weeks=1, hours=3)
    )
    for meeting in meetings[:2]:
        for person in (world.anouk, world.bram, *people[:3]):
            attendance.register_set(
                meeting=meeting, user_id=person.pk, status="excused", reason="x", by=world.lotte
            )
        # the other five have no register row and were not in the room: missed (meeting over)
    today = timezone.localdate()
    zoetermeer, *_rest = attendance_summary(
        locations=[world.zoetermeer], start=today - datetime.timedelta(days=30), end=today
    )
    # 2 meetings × 10: 10 excused, 10 missed, 0 there.
    assert zoetermeer.cells == {
        "meetings": "2",
        "there": "0",
        "excused": "10",
        "missed": "10",
        "turnout": "0%",
    }


# --- Privacy: the register is personal data ------------------------------------------------------


def test_the_register_is_exported_erased_and_purged(world, meeting):
    from accounts.personal_data import Erasure, Retention, erase_all, export_all, purge_all

    attendance.register_set(
        meeting=meeting,
        user_id=world.anouk.pk,
        status="excused",
        reason="ziekenhuis",
        by=world.lotte,
    )
    [section] = [s for s in export_all(user=world.anouk) if s.key == "attendance_register"]
    assert section.rows[0]["status"] == "excused"
    assert section.rows[0]["reason"] == "ziekenhuis"

    # Erasing Anouk keeps the status (group figures) but not her reason.
    erase_all(erasure=Erasure(user=world.anouk, names=("Anouk",), email=world.anouk.email))
    record = AttendanceRecord.objects.get(user=world.anouk)
    assert (record.status, record.reason) == ("excused", "")

    # Erasing the leader empties "set by"; the row stays.
    attendance.register_set(
        meeting=meeting, user_id=world.bram.pk, status="excused", reason="werk", by=world.lotte
    )
    erase_all(erasure=Erasure(user=world.lotte, names=("Lotte",), email=world.lotte.email))
    assert AttendanceRecord.objects.get(user=world.bram).set_by is None

    # Retention: the reasons of a group that finished long ago go.
    world.cohort.status = Cohort.Status.FINISHED
    world.cohort.finished_on = datetime.date(2020, 1, 1)
    world.cohort.save()
    counts = purge_all(retention=Retention(now=timezone.now(), cutoff=datetime.date(2021, 1, 1)))
    assert counts["courses.AttendanceRecord"] == 1
    assert AttendanceRecord.objects.get(user=world.bram).reason == ""
    assert AttendanceRecord.objects.get(user=world.bram).status == "excused"


def test_before_the_meeting_only_excused_can_be_written(client, world):
    from courses.errors import REGISTER_NOT_YET

    next_week = meeting_at(world, timezone.now() + datetime.timedelta(days=7))
    client.force_login(world.lotte)
    refused = put(client, next_week, world.bram, {"status": "present"})
    assert refused.status_code == 422
    assert str(REGISTER_NOT_YET) in refused.json()["detail"]
    page = client.post(f"/bijeenkomsten/{next_week.pk}/presentie/", {"action": "all_present"})
    assert page.status_code == 400
    assert not AttendanceRecord.objects.exists()
    assert (
        "Iedereen aanwezig"
        not in client.get(f"/bijeenkomsten/{next_week.pk}/presentie/").content.decode()
    )
    # Someone who sends word in advance can be marked excused at once.
    ok = put(client, next_week, world.bram, {"status": "excused", "reason": "op vakantie"})
    assert ok.status_code == 200 and ok.json()["status"] == "excused"


def test_the_coordinator_and_the_leader_find_the_register(client, world, meeting):
    register = f"/bijeenkomsten/{meeting.pk}/presentie/"
    client.force_login(world.carla)
    assert register in client.get(f"/admin/groepen/{world.cohort.pk}/").content.decode()
    assert client.get(register).status_code == 200
    client.force_login(world.lotte)
    assert register in client.get(f"/groepen/{world.cohort.pk}/leiding/").content.decode()


def test_the_coordinator_sets_another_place_for_one_meeting(client, world, meeting):
    client.force_login(world.carla)
    local = timezone.localtime(meeting.starts_at, AMSTERDAM) + datetime.timedelta(days=7)
    response = client.post(
        f"/admin/groepen/{world.cohort.pk}/bijeenkomsten/{meeting.pk}/",
        {
            f"meeting-{meeting.pk}-starts_at": local.strftime("%Y-%m-%dT%H:%M"),
            f"meeting-{meeting.pk}-place": "Werkplein, Kruisweg 1",
        },
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.place == "Werkplein, Kruisweg 1"
    assert attendance.meeting_place(meeting) == "Werkplein, Kruisweg 1"

# ruff: noqa: F811  (the `course` fixture is imported from test_certification)
"""Certification of a training reads the register: a whole day on site certifies without the
online room; excused is not missed; the register's "absent" beats a room connection."""

import pytest
from django.core.exceptions import ValidationError

from courses.groups import attendance
from courses.models import Attendance, Certificate
from courses.volunteers.services import certificate_issue, course_completion_problems
from tests.courses.test_certification import TODAY, complete, course  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def held(course):
    return list(course.cohort.meetings.filter(status="ended").order_by("step_number"))


def test_a_training_on_site_certifies_from_the_register(course):
    complete(course.cohort, course.anna)
    Attendance.objects.filter(user=course.anna).delete()  # nobody opened the online room
    assert [p.code for p in course_completion_problems(user=course.anna, cohort=course.cohort)] == [
        "missed_meeting"
    ]
    for meeting in held(course):
        attendance.register_set(
            meeting=meeting, user_id=course.anna.pk, status="present", by=course.lotte
        )
    [certificate] = certificate_issue(
        user=course.anna, cohort=course.cohort, issued_by=course.lotte, today=TODAY
    )
    assert certificate.user == course.anna


def test_excused_is_not_missed_for_certification(course):
    complete(course.cohort, course.anna, skip_meeting=2)
    second = held(course)[1]
    attendance.register_set(
        meeting=second,
        user_id=course.anna.pk,
        status="excused",
        reason="mantelzorg",
        by=course.lotte,
    )
    assert course_completion_problems(user=course.anna, cohort=course.cohort) == []


def test_late_counts_as_there(course):
    complete(course.cohort, course.anna)
    attendance.register_set(
        meeting=held(course)[0], user_id=course.anna.pk, status="late", by=course.lotte
    )
    assert course_completion_problems(user=course.anna, cohort=course.cohort) == []


def test_the_register_beats_a_room_connection(course):
    complete(course.cohort, course.anna)  # connected to both meetings
    attendance.register_set(
        meeting=held(course)[1], user_id=course.anna.pk, status="absent", by=course.lotte
    )
    with pytest.raises(ValidationError) as exc:
        certificate_issue(
            user=course.anna, cohort=course.cohort, issued_by=course.lotte, today=TODAY
        )
    assert [e.code for e in exc.value.error_list] == ["missed_meeting"]
    assert "stap 2" in exc.value.messages[0]
    assert not Certificate.objects.exists()


def test_a_self_check_in_certifies_only_once_the_register_confirmed_it(course, client):
    from courses.groups.models import AttendanceRecord

    complete(course.cohort, course.anna)
    Attendance.objects.filter(user=course.anna).delete()  # on site: no room connection
    first, second = held(course)
    for meeting in (first, second):  # checked in with a link someone shared
        AttendanceRecord.objects.create(
            meeting=meeting,
            user=course.anna,
            status="present",
            source="check_in",
            set_by=course.anna,
            set_at=meeting.starts_at,
            checked_in_at=meeting.starts_at,
        )
    problems = course_completion_problems(user=course.anna, cohort=course.cohort)
    assert [p.code for p in problems] == ["unconfirmed_check_in"]
    assert "stap 1, 2" in problems[0].messages[0]
    # for the JobGroup figures a check-in stays present
    assert all(
        p.counts_as_attended
        for p in attendance.participant_attendance(meetings=held(course), user=course.anna)
    )
    client.force_login(course.lotte)
    page = client.get(f"/bijeenkomsten/{first.pk}/presentie/").text
    assert "zelf ingecheckt, nog bevestigen" in page
    # per person: saving the row confirms it; "Iedereen aanwezig" confirms the rest
    attendance.register_set(
        meeting=first, user_id=course.anna.pk, status="present", by=course.lotte
    )
    problems = course_completion_problems(user=course.anna, cohort=course.cohort)
    assert [p.code for p in problems] == ["unconfirmed_check_in"]
    assert "stap 2" in problems[0].messages[0]
    attendance.register_all_present(meeting=second, by=course.lotte)
    assert course_completion_problems(user=course.anna, cohort=course.cohort) == []
    assert "nog bevestigen" not in client.get(f"/bijeenkomsten/{second.pk}/presentie/").text

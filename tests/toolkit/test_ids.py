"""Ids from requests are bounded to what the database holds."""

import pytest
from django.urls import resolve
from django.urls.exceptions import Resolver404

from toolkit.ids import MAX_ID, bounded_id


@pytest.mark.parametrize(
    "value,expected",
    [
        ("12", 12),
        (" 7 ", 7),
        (12, 12),
        (str(MAX_ID), MAX_ID),
        (str(MAX_ID + 1), None),
        ("9" * 30, None),
        ("0", None),
        (0, None),
        (-3, None),
        ("-3", None),
        ("1.5", None),
        ("", None),
        (None, None),
        (True, None),
        (["1"], None),
    ],
)
def test_bounded_id(value, expected):
    assert bounded_id(value) == expected


def test_the_id_path_converter_does_not_match_outside_the_bound():
    assert resolve(f"/bijeenkomsten/{MAX_ID}/presentie/").kwargs == {"meeting_id": MAX_ID}
    for value in (MAX_ID + 1, 0, "9" * 25):
        with pytest.raises(Resolver404):
            resolve(f"/bijeenkomsten/{value}/presentie/")


HUGE = "9" * 23


@pytest.mark.django_db
@pytest.mark.parametrize(
    "method,path",
    [
        ("get", f"/api/v1/editions/{HUGE}"),
        ("get", f"/api/v1/editions/1/steps/{HUGE}"),
        ("get", f"/api/v1/cohorts/{HUGE}/answers"),
        ("get", f"/api/v1/cohorts/{HUGE}/progress"),
        ("put", f"/api/v1/cohorts/{HUGE}/steps/1/answers/abc"),
        ("put", f"/api/v1/cohorts/1/steps/{HUGE}/answers/abc"),
        ("get", f"/api/v1/meetings/{HUGE}/attendance"),
        ("put", f"/api/v1/meetings/1/attendance/{HUGE}"),
    ],
)
def test_oversized_ids_in_the_api_are_refused_as_json_never_a_500(client, method, path):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    if method == "get":
        response = client.get(path)
    else:
        response = client.put(path, data="{}", content_type="application/json")
    assert response.status_code in (404, 422)
    assert response.json()["code"] in ("not_found", "validation_error")

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

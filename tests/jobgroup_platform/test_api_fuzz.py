"""Schemathesis against /api/v1/openapi.json: a few thousand generated requests, as a participant
of a group (session cookie + CSRF token), as a leader, without a CSRF token, and anonymous.

No request may get a 5xx, and every response must be what the OpenAPI document declares: its
status code, its content type and its body (errors included: {"code", "detail"}).

The application runs in-process behind its WSGI handler (Django's full request cycle: middleware,
sessions, CSRF), so the requests see the rows this test creates. Generation is derandomized: CI
sends the same requests on every run.
"""

import datetime
import logging
from collections import Counter
from contextlib import contextmanager

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode

from content.selectors import edition_step_content
from courses.groups.services import cohort_schedule_meetings
from courses.models import Answer
from tests.factories import ALL_EXERCISES, REFLECTION, UserFactory, make_cohort, make_programme

pytestmark = pytest.mark.django_db

CSRF_SECRET = "Fz" * 16  # a well-formed CSRF secret, sent as the cookie and as X-CSRFToken
RESPONSE_CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
]
NEGATIVE_CHECKS = [*RESPONSE_CHECKS, schemathesis.checks.negative_data_rejection]

# Requests per operation (the API has ten; the two without inputs need only one or two):
# about 2,400 in all.
PARTICIPANT_OWN_IDS = 120  # path parameters: the participant's group, edition and exercises
PARTICIPANT_ANY_IDS = 40  # path parameters as generated from the schema
PARTICIPANT_NEGATIVE = 80  # requests that violate the schema
LEADER_OWN_IDS = 20  # a leader may read, not answer (403)
NO_CSRF_TOKEN = 20  # signed in, but no CSRF token: unsafe methods are refused (403)
ANONYMOUS = 20
MINIMUM_REQUESTS = 2_000


@contextmanager
def one_database_connection():
    """Django's request cycle closes the database connection after each request, and this test's
    transaction lives on that connection. Django's own test client keeps it open the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@contextmanager
def quiet_request_log():
    """Thousands of 4xx answers each log a warning: keep the test output readable."""
    loggers = [logging.getLogger(name) for name in ("django.request", "django.security.csrf")]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, previous, strict=True):
            logger.setLevel(level)


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


@pytest.fixture
def api_world(db):
    """A group whose edition has every exercise type, with a participant, a leader and meetings;
    and another group the participant is not in."""
    programme = make_programme(
        "fuzz", steps=2, deepening=ALL_EXERCISES[:4], homework=[*ALL_EXERCISES[4:], REFLECTION]
    )
    participant = UserFactory(roles=["participant"], display_name="Fenna")
    leader = UserFactory(roles=["leader"], display_name="Lotte")
    cohort = make_cohort(programme, participants=[participant], leaders=[leader])
    cohort_schedule_meetings(
        cohort=cohort, first_starts_at=datetime.datetime(2026, 11, 2, 10, tzinfo=datetime.UTC)
    )
    other = make_cohort(make_programme("ander", steps=1), participants=[UserFactory()])
    blocks = [
        (number, exercise.id)
        for number in (1, 2)
        for exercise in edition_step_content(edition=cohort.edition, number=number).exercises
    ]
    assert len(blocks) >= len(ALL_EXERCISES)

    class World:
        pass

    world = World()
    world.participant, world.leader = participant, leader
    world.cohort, world.other, world.blocks = cohort, other, blocks
    return world


@pytest.fixture
def schema():
    document = Client().get("/api/v1/openapi.json").json()
    # The session cookie is the API's security scheme; the test sends a real one (or none), so
    # schemathesis does not make one up.
    config = schemathesis.Config.from_dict({"generation": {"with-security-parameters": False}})
    loaded = schemathesis.openapi.from_dict(document, config=config)
    loaded.app = get_wsgi_application()
    return loaded


def own_path_parameters(world, operation):
    """Path parameters that reach the deep code: the group, edition and exercises of the user
    (now and then a group they are not in, or a step that does not hold the exercise)."""
    names = {parameter.name for parameter in operation.path_parameters}
    if not names:
        return st.just(None)
    cohorts = st.sampled_from([world.cohort] * 4 + [world.other])
    blocks = st.sampled_from(world.blocks) | st.tuples(
        st.integers(-1, 3), st.sampled_from([block for _, block in world.blocks])
    )

    def build(cohort, block):
        number, block_id = block
        values = {
            "cohort_id": cohort.pk,
            "edition_id": cohort.edition_id,
            "number": number,
            "block_id": block_id,
        }
        return {name: value for name, value in values.items() if name in names}

    return st.builds(build, cohorts, blocks)


def has_inputs(operation) -> bool:
    return bool([*operation.path_parameters, *operation.query, *operation.body])


def fuzz(operation, strategy, *, max_examples, identity, checks, label, tally, failures):
    headers, cookies = identity

    @settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=["explicit", "generate"],
    )
    @given(case=strategy)
    def run(case):
        response = case.call(headers=headers, cookies=cookies)
        tally[response.status_code] += 1
        try:
            case.validate_response(response, checks=checks, headers=headers)
        except FailureGroup as group:
            failures.append(f"[{label}] {operation.label}\n{group}")

    run()


def test_api_answers_thousands_of_generated_requests_as_declared(api_world, schema):
    participant = session_cookie(api_world.participant)
    leader = session_cookie(api_world.leader)
    csrf = {"X-CSRFToken": CSRF_SECRET}
    identities = {
        "participant": (csrf, {"sessionid": participant, "csrftoken": CSRF_SECRET}),
        "leader": (csrf, {"sessionid": leader, "csrftoken": CSRF_SECRET}),
        "participant without CSRF token": ({}, {"sessionid": participant}),
        "anonymous": (csrf, {"csrftoken": CSRF_SECRET}),
    }
    tally = Counter()
    failures = []
    with one_database_connection(), quiet_request_log():
        for result in schema.get_all_operations():
            operation = result.ok()
            own_ids = own_path_parameters(api_world, operation).flatmap(
                lambda params, op=operation: op.as_strategy(path_parameters=params)
            )
            positive = operation.as_strategy()
            runs = [
                ("participant", own_ids, PARTICIPANT_OWN_IDS, RESPONSE_CHECKS),
                ("participant", positive, PARTICIPANT_ANY_IDS, RESPONSE_CHECKS),
                ("leader", own_ids, LEADER_OWN_IDS, RESPONSE_CHECKS),
                ("participant without CSRF token", own_ids, NO_CSRF_TOKEN, RESPONSE_CHECKS),
                ("anonymous", positive, ANONYMOUS, RESPONSE_CHECKS),
            ]
            if has_inputs(operation):  # GET /me has nothing that could violate the schema
                negative = operation.as_strategy(generation_mode=GenerationMode.NEGATIVE)
                runs.append(("participant", negative, PARTICIPANT_NEGATIVE, NEGATIVE_CHECKS))
            for label, strategy, examples, checks in runs:
                fuzz(
                    operation,
                    strategy,
                    max_examples=examples,
                    identity=identities[label],
                    checks=checks,
                    label=label,
                    tally=tally,
                    failures=failures,
                )

    assert failures == [], f"{len(failures)} failing requests; the first:\n\n" + "\n".join(
        failures[:5]
    )
    assert sum(tally.values()) >= MINIMUM_REQUESTS, tally
    assert not [status for status in tally if status >= 500], tally
    # The generated requests went past the front door: answers were stored, and every kind of
    # refusal the API declares was met.
    assert tally[200] > 300, tally
    assert {400, 401, 403, 404, 422} <= set(tally), tally
    # Answers of several kinds were stored. Known open question (2026-12-04): run alone, the same
    # derandomized requests also store reflections (7 answers); after the whole suite ran before
    # it, they do not (4: rating grids, action plan, list). Order-dependent; not found yet.
    stored = set(
        Answer.objects.filter(participant=api_world.participant).values_list(
            "block_type", flat=True
        )
    )
    assert len(stored) >= 3, stored

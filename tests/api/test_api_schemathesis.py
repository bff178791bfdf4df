"""Schemathesis drives every operation of /api/schema/ in-process (WSGI), as an anonymous reader
and as an editor, and fails on any 5xx or any answer (status, body or content type) its documented
schema does not describe.

Bounded: a few examples per operation and no shrinking, about a minute in all. For a deeper
search, FUZZ_EXAMPLES=200 sets the examples per operation.
"""

import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from rest_framework.authtoken.models import Token
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup, ServerError
from schemathesis.openapi.checks import JsonSchemaError
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from attribution.api import views
from attribution.models import Attribution

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance]
BOUNDED = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "10")),
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


# Loaded when the tests are collected: a schema the app cannot serve fails the run right there.
# (The lazy `schemathesis.pytest.from_fixture` loader does not work with pytest 9.)
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@pytest.fixture
def fuzzed_database(newsroom, monkeypatch):
    """Approved and pending rows with every relation (ids 1, 2, … exist, so generated ids often
    hit rows), and no throttling: the fuzzer sends far more than 100 requests a minute."""
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": None, "user": None})
    newsroom.full_rows(3)
    newsroom.full_rows(2, status=Attribution.Status.PENDING)
    # The WSGI app closes the database connection after each request, as in production; inside
    # the test's transaction that would close it under the test (PostgreSQL). Django's own test
    # client turns this off the same way.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.schemathesis
@schema.parametrize()
@BOUNDED
def test_no_anonymous_request_breaks_the_api_or_its_schema(case, fuzzed_database):
    case.call_and_validate(checks=CHECKS)


@pytest.mark.schemathesis
@schema.parametrize()
@BOUNDED
def test_no_editor_request_breaks_the_api_or_its_schema(case, fuzzed_database, editor):
    token = Token.objects.get_or_create(user=editor)[0].key
    case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)


@pytest.mark.schemathesis
def test_the_fuzzing_checks_fail_on_a_server_error(fuzzed_database, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views.OutletViewSet, "list", broken)
    case = schema["/api/outlets/"]["GET"].Case()
    with pytest.raises(FailureGroup) as failures:
        case.call_and_validate(checks=CHECKS)
    assert failures.group_contains(ServerError)


@pytest.mark.schemathesis
def test_the_fuzzing_checks_fail_on_an_answer_the_schema_does_not_describe(fuzzed_database, monkeypatch):
    monkeypatch.setattr(views.OutletViewSet, "list", lambda self, request, *args, **kwargs: Response({"surprise": 1}))
    case = schema["/api/outlets/"]["GET"].Case()
    with pytest.raises(FailureGroup) as failures:
        case.call_and_validate(checks=CHECKS)
    assert failures.group_contains(JsonSchemaError)

"""Editors' merges that cross, run for real: two API requests in two threads, each with its own
database connection, against the same database (SQLite file or PostgreSQL).

Both requests read their rows (as the API does before calling the service), then the merges run:
one first and the other second, or both at once. Whatever the order, one merge goes through and
the other answers 409, and no merged-away row comes back."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from attribution import services
from attribution.models import Attribution, Claim, Source

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The first request merges A into B, the second C into A.
ORDERS = ["a-into-b-first", "c-into-a-first", "together"]
WAIT_SECONDS = 30


@pytest.fixture
def second_editor(django_user_model):
    user = django_user_model.objects.create_user("second-editor", password="second-pass-123")
    user.groups.add(Group.objects.get(name=services.EDITORS_GROUP))
    return user


def crossing(monkeypatch, service_name, order):
    """Patches the service so that both requests have read their rows before either merges;
    then they merge in `order`. Returns run(request_one, request_two) -> their responses."""
    current = getattr(services, service_name)
    real = getattr(current, "unpatched", current)  # the service itself, not an earlier round's patch
    both_read = threading.Barrier(2, timeout=WAIT_SECONDS)
    done = [threading.Event(), threading.Event()]
    turn = threading.local()

    def merge_in_turn(**kwargs):
        both_read.wait()
        waits_for = {"a-into-b-first": 0, "c-into-a-first": 1}.get(order)
        if waits_for is not None and turn.number != waits_for:
            assert done[waits_for].wait(WAIT_SECONDS)
        return real(**kwargs)

    merge_in_turn.unpatched = real
    monkeypatch.setattr(services, service_name, merge_in_turn)

    def run(*requests):
        responses = [None, None]

        def worker(number, request):
            turn.number = number
            try:
                responses[number] = request()
            finally:
                done[number].set()
                connection.close()

        threads = [threading.Thread(target=worker, args=(n, r)) for n, r in enumerate(requests)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT_SECONDS)
        return responses

    return run


def editor_client(user):
    """A token client that answers a server error with a 500 response instead of raising it."""
    client = APIClient(raise_request_exception=False)
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def merge_request(client, kind, row, into):
    return lambda: client.post(f"/api/{kind}/{row.pk}/merge/", {"into": into.pk, "version": row.version}, format="json")


def test_crossing_source_merges_never_bring_a_merged_source_back(monkeypatch, newsroom, editor, second_editor):
    # One test for the three orders: each transactional test empties the database, which is slow on PostgreSQL.
    for order in ORDERS:
        a, b, c = newsroom.source(), newsroom.source(), newsroom.source()
        said = [newsroom.attribution(article=newsroom.article(), speaker=source) for source in (a, b, c)]
        run = crossing(monkeypatch, "source_merge", order)
        a_into_b, c_into_a = run(
            merge_request(editor_client(editor), "sources", a, b),
            merge_request(editor_client(second_editor), "sources", c, a),
        )

        statuses = sorted([a_into_b.status_code, c_into_a.status_code])
        assert statuses == [200, 409], (order, a_into_b.content, c_into_a.content)
        # Every attribution still has a speaker that exists, and each merged-away source stays gone.
        speakers = set(Attribution.objects.filter(pk__in=[x.pk for x in said]).values_list("speaker_id", flat=True))
        assert speakers <= set(Source.objects.values_list("pk", flat=True))
        if a_into_b.status_code == 200:
            assert not Source.objects.filter(pk=a.pk).exists(), order
            assert speakers == {b.pk, c.pk}
            assert "no longer exists" in c_into_a.json()["detail"] and c_into_a.json()["current_version"] is None
        else:
            assert not Source.objects.filter(pk=c.pk).exists(), order
            assert speakers == {a.pk, b.pk}
        # Created once: never deleted and then created again by a stale save.
        history = list(Source.history.filter(id=a.pk).values_list("history_type", flat=True))
        assert history.count("+") == 1, order


def test_crossing_claim_merges_answer_409_not_500(monkeypatch, newsroom, editor, second_editor):
    for order in ORDERS:
        reports = [newsroom.attribution(article=newsroom.article()) for _ in range(3)]
        a, b, c = (Claim.objects.get(pk=report.claim_id) for report in reports)
        run = crossing(monkeypatch, "claim_merge", order)
        a_into_b, c_into_a = run(
            merge_request(editor_client(editor), "claims", a, b),
            merge_request(editor_client(second_editor), "claims", c, a),
        )

        statuses = sorted([a_into_b.status_code, c_into_a.status_code])
        assert statuses == [200, 409], (order, a_into_b.content, c_into_a.content)
        kept = b if a_into_b.status_code == 200 else a
        gone = a if a_into_b.status_code == 200 else c
        assert not Claim.objects.filter(pk=gone.pk).exists(), order
        claims = set(Attribution.objects.filter(pk__in=[r.pk for r in reports]).values_list("claim_id", flat=True))
        assert claims <= set(Claim.objects.values_list("pk", flat=True))
        assert kept.pk in claims and gone.pk not in claims, order

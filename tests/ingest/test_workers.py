"""Real Celery workers on Redis and PostgreSQL: four worker processes ingest 200 articles that
share outlets, speakers and claims, at once. Afterwards nothing is duplicated (one row per
outlet, source, article and claim) and nothing is lost (every extracted attribution and relay
hop is stored, every job is done). One outlet's articles go through `manage.py ingest` in
another process, which waits for the workers with its progress bar.

PostgreSQL only (the locks that make this safe are PostgreSQL's; SQLite has one writer at a
time). Needs Redis: TEST_REDIS_URL (default redis://127.0.0.1:6379/3); .ci/run starts one and
sets REQUIRE_REDIS=1, so in CI a missing Redis fails instead of skipping.
"""

import os
import subprocess
import sys
import time
import uuid
from collections import Counter

import pytest
from django.conf import settings
from django.db import connection

from attribution import extraction, services
from attribution.models import Article, Attribution, Claim, IngestJob, Outlet, RelayHop, Source
from tests.ingest import synthetic

BROKER = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/3")
WORKERS = 4
DEADLINE_SECONDS = 180

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent ingest is checked on PostgreSQL"),
]


def redis_reachable():
    import redis

    try:
        return redis.Redis.from_url(BROKER, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def queue_name():
    if not redis_reachable():
        if os.environ.get("REQUIRE_REDIS"):
            pytest.fail(f"No Redis at {BROKER} (REQUIRE_REDIS is set).")
        pytest.skip(f"No Redis at {BROKER}")
    return f"test-ingest-{uuid.uuid4().hex[:8]}"


def worker_environment(queue):
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return {
        **os.environ, "DATABASE_URL": url, "CELERY_BROKER_URL": BROKER, "CELERY_TASK_DEFAULT_QUEUE": queue,
        "DB_CONN_MAX_AGE": "600",
    }


@pytest.fixture
def redis_queue(queue_name):
    """This process sends to Redis, on a queue of this test's own."""
    from project.celery import app
    from tests.conftest import celery_configured

    saved = celery_configured(app, task_always_eager=False, broker_url=BROKER, task_default_queue=queue_name)
    yield queue_name
    celery_configured(app, **saved)
    import redis

    redis.Redis.from_url(BROKER).delete(queue_name)


@pytest.fixture
def workers(redis_queue):
    env = worker_environment(redis_queue)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "project", "worker", "--pool=solo", "-Q", redis_queue,
             "-n", f"test{n}-{redis_queue}@%h", "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--loglevel=WARNING"],
            cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        for n in range(WORKERS)
    ]
    yield processes
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
    # Their database sessions end a moment after them: wait, so the test database can be dropped.
    deadline = time.monotonic() + 10
    while other_sessions() and time.monotonic() < deadline:
        time.sleep(0.1)


def other_sessions():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def expected_counts(articles):
    """What ingesting the articles one by one stores, from the extractor's output alone."""
    attributions = relay_hops = 0
    quotes, sources, outlets = set(), set(), {outlet for outlet, _ in articles}
    for _, text in articles:
        found = extraction.extract(text)
        attributions += len(found)
        for item in found:
            relay_hops += len(item.relay)
            quotes.add(item.quote)
            if item.speaker and item.speaker.kind != "unnamed":
                sources.add((item.speaker.kind, item.speaker.name.lower()))
            outlets.update(hop.name for hop in item.relay if hop.kind == "outlet")
    return {"attributions": attributions, "relay_hops": relay_hops, "claims": len(quotes), "sources": len(sources),
            "outlets": len(outlets)}


def test_four_workers_ingesting_overlapping_articles_duplicate_nothing_and_lose_nothing(workers, redis_queue, tmp_path):
    articles = synthetic.articles(events=20, outlets=10)
    expected = expected_counts(articles)
    # One outlet's files through `manage.py ingest` in another process, waiting on the workers...
    by_command = [text for outlet, text in articles if outlet == synthetic.OUTLETS[0]]
    for n, text in enumerate(by_command):
        (tmp_path / f"{n:03}.txt").write_text(text, encoding="utf-8")
    command = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(tmp_path), "--outlet", synthetic.OUTLETS[0]],
        cwd=settings.BASE_DIR, env=worker_environment(redis_queue), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    # ...and the rest from here, as the API would queue them.
    jobs = [
        services.ingest_job_for_text(text=text, outlet=outlet).job
        for outlet, text in articles if outlet != synthetic.OUTLETS[0]
    ]
    services.ingest_jobs_enqueue(jobs)
    out, err = command.communicate(timeout=DEADLINE_SECONDS)
    assert command.returncode == 0, err
    assert f"{len(by_command)} file(s): {len(by_command)} new article(s), 0 already known, 0 failed." in out
    deadline = time.monotonic() + DEADLINE_SECONDS
    while services.ingest_jobs_counts([job.pk for job in jobs])["finished"] < len(jobs):
        assert time.monotonic() < deadline, "the workers did not finish in time"
        assert all(worker.poll() is None for worker in workers), workers[0].stderr.read()
        time.sleep(0.2)

    statuses = Counter(IngestJob.objects.values_list("status", flat=True))
    assert statuses == {"done": len(articles)}, list(IngestJob.objects.exclude(status="done").values_list("error", flat=True))
    assert Article.objects.count() == len(articles)
    assert Attribution.objects.count() == expected["attributions"]
    assert RelayHop.objects.count() == expected["relay_hops"]
    # One claim per quote (the same words, from the same speaker, in every outlet's article).
    assert Claim.objects.count() == expected["claims"]
    assert Claim.objects.filter(attributions__isnull=True).count() == 0
    assert Outlet.objects.count() == expected["outlets"]
    assert Source.objects.exclude(kind="unnamed").count() == expected["sources"]
    assert not Attribution.objects.filter(claim__isnull=True).exists()

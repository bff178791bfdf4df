"""Ingest throughput through the task queue (a benchmark, not a test).

    DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:5432/NAME CELERY_BROKER_URL=redis://127.0.0.1:6379/3 \\
        .venv/bin/python bench/ingest_queue.py [--events 30] [--outlets 10]

On a throwaway PostgreSQL database (test_NAME, created and dropped here) it ingests the same
`events` x `outlets` short articles (tests/ingest/synthetic.py: every event reported by every
outlet around the same quotes, speakers shared across events) three times, from empty tables:

  - through Redis with 1 worker process (`celery -A project worker --pool=solo`),
  - through Redis with 2 worker processes,
  - inline, one after another in this process (what `manage.py ingest` does without a broker).

Queue throughput counts from the first job a worker starts to the last one it finishes, so
worker start-up is left out; each is run --repeat times, alternately, and the fastest counts. Prints articles per second for each, and the 2-worker / 1-worker
ratio (the aim on two cores: >= 1.7), and the share of the workers' job time spent waiting for
each other's locks (what limits the ratio whatever the machine; with LOCK_LOG_LEVEL=DEBUG the
workers log each wait). Timings on a shared machine are noisy: run it twice.
"""

import argparse
import os
import re
import subprocess
import tempfile
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TABLES = [
    "attribution_ingestjob", "attribution_relayhop", "attribution_claimkey", "attribution_attribution",
    "attribution_claim", "attribution_source", "attribution_article", "attribution_outlet",
    "attribution_historicalattribution", "attribution_historicalclaim", "attribution_historicalsource",
    "attribution_historicalarticle", "attribution_historicaloutlet",
]


def empty_tables():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")


def worker_processes(count, *, database_url, broker, queue, log):
    env = {
        **os.environ, "DATABASE_URL": database_url, "CELERY_BROKER_URL": broker, "CELERY_TASK_DEFAULT_QUEUE": queue,
        "DB_CONN_MAX_AGE": "600",  # a worker keeps its database connection from task to task
        "LOCK_LOG_LEVEL": "DEBUG",  # each ingest logs how long it waited for the others' locks (services.locks)
    }
    return [
        subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "project", "worker", "--pool=solo", "-Q", queue,
             "-n", f"bench{n}-{queue}@%h", "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--loglevel=INFO"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
        for n in range(count)
    ]


def lock_wait_ms(log_path):
    """The milliseconds the workers spent waiting for ingest locks, from their DEBUG lines."""
    text = Path(log_path).read_text(encoding="utf-8", errors="replace")
    return sum(float(ms) for ms in re.findall(r"lock wait \w+ ([0-9.]+) ms", text))


def cpu_seconds(pid):
    """User and system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def workers_ready(log_path, count, processes, timeout=120):
    deadline = time.monotonic() + timeout
    while Path(log_path).read_text(encoding="utf-8", errors="replace").count(" ready.") < count:
        if time.monotonic() > deadline or any(process.poll() is not None for process in processes):
            raise SystemExit(f"The workers did not start: see {log_path}")
        time.sleep(0.2)


def through_the_queue(articles, workers, *, database_url, broker):
    from django.db.models import Max, Min

    from attribution import services
    from attribution.models import IngestJob
    from project.celery import app

    empty_tables()
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    app.conf.update(task_always_eager=False, broker_url=broker, task_default_queue=queue)
    jobs = [services.ingest_job_for_text(text=text, outlet=outlet).job for outlet, text in articles]
    ids = [job.pk for job in jobs]
    log = tempfile.NamedTemporaryFile(prefix="bench-workers-", suffix=".log", delete=False)
    processes = worker_processes(workers, database_url=database_url, broker=broker, queue=queue, log=log)
    try:
        workers_ready(log.name, workers, processes)
        cpu_before = sum(cpu_seconds(process.pid) for process in processes)
        services.ingest_jobs_enqueue(jobs)  # the rows exist already: only the messages are sent now
        while services.ingest_jobs_counts(ids)["finished"] < len(ids):
            if any(process.poll() is not None for process in processes):
                raise SystemExit(f"A worker stopped: see {log.name}")
            time.sleep(0.2)
        cpu = sum(cpu_seconds(process.pid) for process in processes) - cpu_before
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        log.close()
    waited = lock_wait_ms(log.name)
    os.unlink(log.name)
    failed = IngestJob.objects.filter(status="failed").count()
    if failed:
        raise SystemExit(f"{failed} job(s) failed: {IngestJob.objects.filter(status='failed').first().error}")
    span = IngestJob.objects.aggregate(first=Min("started_at"), last=Max("finished_at"))
    busy = sum((job.finished_at - job.started_at).total_seconds() for job in IngestJob.objects.all()) * 1000
    seconds = (span["last"] - span["first"]).total_seconds()
    return {
        "rate": len(articles) / seconds, "job_ms": busy / len(articles), "waiting": waited / busy,
        "cpu_ms": cpu * 1000 / len(articles),
    }


def inline(articles):
    from attribution import services

    empty_tables()
    begin = time.perf_counter()
    for outlet, text in articles:
        services.article_ingest(text=text, outlet=outlet)
    return len(articles) / (time.perf_counter() - begin)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts")
    args = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL", "")
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not database_url.startswith("postgres") or not broker.startswith("redis"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server and CELERY_BROKER_URL to a Redis (see --help).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-queue-only")

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from tests.ingest import synthetic

    databases = setup_databases(verbosity=0, interactive=False)
    try:
        db = connection.settings_dict
        test_url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        articles = synthetic.articles(events=args.events, outlets=args.outlets)
        runs = {1: [], 2: []}
        for _ in range(args.repeat):
            for workers in (1, 2):
                runs[workers].append(through_the_queue(articles, workers, database_url=test_url, broker=broker))
        one, two = (max(runs[workers], key=lambda run: run["rate"]) for workers in (1, 2))
        alone = max(inline(articles) for _ in range(args.repeat))
    finally:
        connection.close()
        teardown_databases(databases, verbosity=0)
    print(f"$ {' '.join(sys.argv)}   ({len(articles)} articles, {os.cpu_count()} cores, fastest of {args.repeat} runs each)")
    for label, run in (("queue, 1 worker: ", one), ("queue, 2 workers:", two)):
        print(f"{label} {run['rate']:6.1f} articles/s   ({run['job_ms']:.0f} ms in each job, "
              f"{run['waiting']:.1%} of it waiting for another ingest's locks; worker CPU {run['cpu_ms']:.0f} ms an article)")
    print(f"2 workers / 1 worker: x{two['rate'] / one['rate']:.2f} (aim >= 1.7)")
    print(f"inline:           {alone:6.1f} articles/s")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: other processes take CPU from the workers)")


if __name__ == "__main__":
    main()

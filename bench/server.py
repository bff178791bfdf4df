"""The production server under load, over loopback (a benchmark, not a test).

    .venv/bin/python bench/server.py [--datasets demo,100k] [--connections 50] [--seconds 30] [--ingests 16]
                                     [--claims 20] [--readers 1000] [--cache-url redis://127.0.0.1:6379/0]

For each dataset it builds a throwaway SQLite database in a temporary folder (`demo`: the demo
articles, as `make run` loads them; `100k`: 100,000 attributions shaped like ingested ones, as
bench/api.py builds them), starts gunicorn exactly as `make serve` does (project/gunicorn.conf.py,
DEBUG=0, WAL, the rate limits' counts in the cache `--cache-url` names, shared by its processes)
on a free port of 127.0.0.1, and drives it with `--connections` concurrent keep-alive connections
(aiohttp) for `--seconds` each on

  - the attribution list API (/api/attributions/, 20 a page, anonymous reader),
  - a claim page (/claims/<id>/, anonymous reader; `--claims` claims with 3+ appearances in turn),

then keeps the same read load on the claim page while `--ingests` editors ingest an article each,
all at once (each a new text of about 20 quotes), and counts what failed.

It prints, with the command line and the load average (the machine is shared), requests per
second, p50/p95/p99 latency and the answers by status. Targets: no 5xx at all; claim page p95
< 200 ms at 50 connections. The rate limits stay as configured (100 API and 120 page requests a
minute per address): the server is told it sits behind one proxy (NUM_PROXIES=1) and each request
comes from one of `--readers` reader addresses in X-Forwarded-For, as many readers behind a
load balancer would. Bounded: loopback only, `--seconds` at most 120, `--connections` at most 200.
"""

import argparse
import asyncio
import os
import random
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CLAIM_PAGE_P95_TARGET_MS = 200
MAX_SECONDS, MAX_CONNECTIONS = 120, 200


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def article_text(n, rng):
    """A new article of about 20 quoted claims, in sentences written for this bench."""
    places = "bridge school clinic harbour depot library station market tunnel dam".split()
    speakers = ["the mayor", "Anna White, the council leader", "a police spokeswoman", "officials", "Ben Weber"]
    paragraphs = [f"Council report {n}"]
    for i in range(20):
        place = rng.choice(places)
        paragraphs.append(
            f"“The {place} on road {n}-{i} will reopen in {rng.choice(['May', 'June', 'July'])} after the repairs "
            f"are finished,” {rng.choice(speakers)} said on Tuesday. Work began {i + 2} weeks ago."
        )
    return "\n\n".join(paragraphs)


def prepare(dataset, folder, attributions, claims_wanted):
    """Build the database; return (DATABASE_URL, claim ids to request, editor token)."""
    url = f"sqlite:///{folder}/{dataset}.sqlite3"
    os.environ["DATABASE_URL"] = url
    import django
    from django.conf import settings

    if not settings.configured:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
        django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection, connections
    from django.db.models import Count, Exists, OuterRef
    from rest_framework.authtoken.models import Token

    from attribution import services
    from attribution.models import Article, Attribution, Claim, Publication

    connections.close_all()
    connection.settings_dict["NAME"] = url.removeprefix("sqlite:///")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    if dataset == "demo":
        call_command("demo_load", verbosity=0, stdout=open(os.devnull, "w"))
        Attribution.objects.update(status=Attribution.Status.APPROVED)  # readers see the whole demo
    else:
        from api import load  # bench/api.py

        load(attributions, random.Random(7))
        # As the data migration does for stored articles: each gets its first publication.
        Publication.objects.bulk_create(
            [article.own_publication() for article in Article.objects.defer("text").iterator(chunk_size=5000)],
            batch_size=5000,
        )
    services.database_statistics_refresh()
    approved = Attribution.objects.filter(claim=OuterRef("pk"), status="approved")
    claims = Claim.objects.annotate(n=Count("attributions")).filter(n__gte=3).filter(Exists(approved))
    claim_ids = list(claims.values_list("pk", flat=True)[:claims_wanted]) or list(
        Claim.objects.filter(Exists(approved)).values_list("pk", flat=True)[:claims_wanted]
    )
    editor, _ = User.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name=services.EDITORS_GROUP))
    token = Token.objects.get_or_create(user=editor)[0].key
    print(
        f"{dataset}: {Attribution.objects.count():,} attributions, {Article.objects.count():,} articles, "
        f"{len(claim_ids)} claims with 3+ appearances requested in turn (built in {time.perf_counter() - started:.0f} s)"
    )
    connections.close_all()
    return url, claim_ids, token


class Server:
    """gunicorn as `make serve` starts it, on a free loopback port."""

    def __init__(self, database_url, folder, cache_url):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "DEBUG": "0",
            "SECRET_KEY": "bench-server-only-not-a-real-secret",
            "DATABASE_URL": database_url,
            "CACHE_URL": cache_url or f"file://{folder}/cache",
            "BIND": f"127.0.0.1:{self.port}",
            "ALLOWED_HOSTS": "127.0.0.1",
            "NUM_PROXIES": "1",
            "GUNICORN_LOG_LEVEL": "warning",
        }
        self.log = open(Path(folder) / "gunicorn.log", "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "project/gunicorn.conf.py", "project.wsgi"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )

    async def ready(self, session):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                async with session.get(f"{self.base}/health/") as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None:
                break
            await asyncio.sleep(0.2)
        raise SystemExit(f"gunicorn did not start; see {self.log.name}")

    def cpu_seconds(self):
        """CPU time the server has used so far: the master, its live workers and the workers it has
        reaped (restarted after max_requests). Unlike latency, this barely depends on what else
        the machine is running."""
        ticks = os.sysconf("SC_CLK_TCK")

        def times(pid, with_children=False):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                return 0
            used = int(fields[11]) + int(fields[12])  # utime, stime
            return used + (int(fields[13]) + int(fields[14]) if with_children else 0)  # cutime, cstime

        master = self.process.pid
        try:
            workers = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        except OSError:
            workers = []
        return (times(master, with_children=True) + sum(times(pid) for pid in workers)) / ticks

    def stop(self):
        self.process.send_signal(signal.SIGINT)  # quick shutdown
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            print(f"gunicorn did not stop within 60 s of SIGINT; killed (log: {self.log.name})", file=sys.stderr)
            self.process.kill()
            self.process.wait()
        self.log.close()


class Results:
    def __init__(self):
        self.latencies, self.answers = [], Counter()
        self.started = self.ended = 0.0
        self.server_cpu = None  # seconds the server spent
        self.client_cpu = None  # seconds this process (the load generator) spent

    def add(self, started, answer):
        self.latencies.append(time.perf_counter() - started)
        self.answers[answer] += 1

    @property
    def server_errors(self):
        return sum(n for answer, n in self.answers.items() if not isinstance(answer, int) or answer >= 500)

    def line(self, label):
        ms = sorted(1000 * x for x in self.latencies)
        cuts = statistics.quantiles(ms, n=100) if len(ms) > 1 else ms * 99
        seconds = self.ended - self.started
        answers = ", ".join(f"{n} × {answer}" for answer, n in sorted(self.answers.items(), key=str))
        cpu = "".join(
            f"{1000 * spent / len(ms):>7.1f}" if spent is not None else f"{'':>7}"
            for spent in (self.server_cpu, self.client_cpu)
        )
        return (
            f"{label:<34} {len(ms):>7} {len(ms) / seconds:>8.1f} {cuts[49]:>8.1f} {cuts[94]:>8.1f} {cuts[98]:>8.1f}"
            f"{cpu}   {answers}"
        )


async def hammer(session, urls, *, connections, seconds, results, readers, stop=None):
    """`connections` workers, each sending its next request as soon as the last one answered,
    each request from the next of `readers` addresses (X-Forwarded-For, as a proxy adds it)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    results.started = time.perf_counter()

    async def worker(n):
        i = n
        while loop.time() < deadline and not (stop and stop.is_set()):
            url = urls[i % len(urls)]
            reader = f"10.{i % readers // 65536 % 256}.{i % readers // 256 % 256}.{i % readers % 256}"
            i += connections
            started = time.perf_counter()
            try:
                async with session.get(url, headers={"X-Forwarded-For": reader}) as response:
                    await response.read()
                    results.add(started, response.status)
            except (OSError, asyncio.TimeoutError) as error:  # aiohttp's errors are OSErrors
                results.add(started, type(error).__name__)

    await asyncio.gather(*(worker(n) for n in range(connections)))
    results.ended = time.perf_counter()


async def ingest_all(session, base, token, count):
    headers = {"Authorization": f"Token {token}"}
    results = Results()
    results.started = time.perf_counter()
    run = time.time_ns()

    async def one(n):
        body = {"text": article_text(f"{run}-{n}", random.Random(n)), "outlet": f"Bench Gazette {n % 4}"}
        started = time.perf_counter()
        try:
            async with session.post(f"{base}/api/articles/", json=body, headers=headers) as response:
                await response.read()
                results.add(started, response.status)
        except (OSError, asyncio.TimeoutError) as error:
            results.add(started, type(error).__name__)

    await asyncio.gather(*(one(n) for n in range(count)))
    results.ended = time.perf_counter()
    return results


async def run_dataset(prepared, args, folder):
    import aiohttp

    database_url, claim_ids, token = prepared
    server = Server(database_url, folder, args.cache_url)
    connector = aiohttp.TCPConnector(limit=args.connections)
    timeout = aiohttp.ClientTimeout(total=180)
    lines = []
    try:
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            await server.ready(session)
            lists = [f"{server.base}/api/attributions/"]
            claims = [f"{server.base}/claims/{pk}/" for pk in claim_ids]
            # Warm up every worker process (imports, templates, SQLite's page cache).
            await hammer(
                session, lists + claims, connections=args.connections, seconds=3, results=Results(), readers=args.readers
            )
            for label, urls in (("list API /api/attributions/", lists), ("claim page /claims/<id>/", claims)):
                load_before, cpu_before, client_before = os.getloadavg()[0], server.cpu_seconds(), time.process_time()
                results = Results()
                await hammer(
                    session, urls, connections=args.connections, seconds=args.seconds, results=results,
                    readers=args.readers,
                )
                results.server_cpu = server.cpu_seconds() - cpu_before
                results.client_cpu = time.process_time() - client_before
                lines.append((results.line(label), load_before, os.getloadavg()[0], results))
            if args.ingests:
                load_before = os.getloadavg()[0]
                stop, reads = asyncio.Event(), Results()
                reading = asyncio.create_task(
                    hammer(
                        session, claims, connections=args.connections, seconds=MAX_SECONDS, results=reads,
                        readers=args.readers, stop=stop,
                    )
                )
                await asyncio.sleep(1)
                ingests = await ingest_all(session, server.base, token, args.ingests)
                stop.set()
                await reading
                load_after = os.getloadavg()[0]
                lines.append((reads.line("claim page, during the ingests"), load_before, load_after, reads))
                lines.append((ingests.line(f"{args.ingests} ingests at once (POST)"), load_before, load_after, ingests))
    finally:
        server.stop()
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", default="demo,100k", help="comma-separated: demo, 100k")
    parser.add_argument("--attributions", type=int, default=100_000, help="size of the 100k dataset")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--ingests", type=int, default=16, help="concurrent ingests under read load (0: none)")
    parser.add_argument("--claims", type=int, default=20, help="claim pages requested in turn")
    parser.add_argument("--readers", type=int, default=1000, help="reader addresses the requests come from")
    parser.add_argument(
        "--cache-url", default="", help="the server's CACHE_URL (default: a file cache in the temporary folder)"
    )
    args = parser.parse_args()
    datasets = [name.strip() for name in args.datasets.split(",") if name.strip()]
    if not set(datasets) <= {"demo", "100k"} or not datasets:
        parser.error("--datasets takes demo and/or 100k")
    if not (0 < args.seconds <= MAX_SECONDS and 0 < args.connections <= MAX_CONNECTIONS) or args.readers < 1:
        parser.error(f"--seconds must be in (0, {MAX_SECONDS}] and --connections in (0, {MAX_CONNECTIONS}]")

    command = " ".join(shlex.quote(part) for part in [".venv/bin/python", "bench/server.py", *sys.argv[1:]])
    workers = os.getenv("WEB_CONCURRENCY", f"{os.cpu_count() * 2 + 1} (default)")
    print(f"$ {command}")
    print(
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; gunicorn gthread, "
        f"{workers} processes × {os.getenv('GUNICORN_THREADS', '4')} threads; SQLite (WAL); "
        f"{args.connections} connections × {args.seconds:g} s per run from {args.readers} reader addresses; "
        f"cache {args.cache_url or 'file (temporary folder)'}\n"
    )
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-server-") as folder:
        for dataset in datasets:
            prepared = prepare(dataset, folder, args.attributions, args.claims)
            lines = asyncio.run(run_dataset(prepared, args, folder))
            print(
                f"\n{'':<34} {'requests':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'server':>7}"
                f"{'client':>7}   answers (server, client: CPU ms per request)"
            )
            for line, load_before, load_after, results in lines:
                print(f"{line}   (load {load_before:.1f} → {load_after:.1f})")
                failed |= results.server_errors > 0
                if line.startswith("claim page /claims"):
                    p95 = statistics.quantiles([1000 * x for x in results.latencies], n=100)[94]
                    met = p95 < CLAIM_PAGE_P95_TARGET_MS
                    failed |= not met
                    print(f"{'':<34} claim page p95 target < {CLAIM_PAGE_P95_TARGET_MS} ms: {'met' if met else 'MISSED'}")
            print()
    print("targets (no 5xx, claim page p95): " + ("MISSED" if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

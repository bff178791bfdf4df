"""The production server as `make serve` runs it: gunicorn with two worker processes, DEBUG=0 and
settings from the environment, against the test database (SQLite file or PostgreSQL). Real
requests over loopback, from several threads at once."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from rest_framework.authtoken.models import Token

from attribution import services
from attribution.models import Article

PAGES_RATE = 10
INGESTS = 4
BOOT_SECONDS = 60


def database_url():
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(url, *, data=None, headers=None):
    """(status, headers, body) of one request; never raises for an HTTP error status."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        url_of_database = database_url()
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "a-test-only-secret-key-for-the-production-server-test",
        "DATABASE_URL": url_of_database,
        "CACHE_URL": f"file://{tmp_path_factory.mktemp('cache')}",
        "PAGES_ANON_RATE": f"{PAGES_RATE}/min",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "4",
        "ALLOWED_HOSTS": "127.0.0.1",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    log = tmp_path_factory.mktemp("log") / "gunicorn.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "project/gunicorn.conf.py", "project.wsgi"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + BOOT_SECONDS
        while True:
            try:
                if call(f"{base}/health/")[0] == 200:
                    break
            except OSError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        process.wait(30)


def test_the_health_endpoint_checks_the_database(server):
    status, headers, body = call(f"{server}/health/")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "database": "ok"}
    assert "no-cache" in headers["Cache-Control"]
    # DEBUG is off: an unknown page is the tracker's own 404, not Django's debug page.
    status, _, body = call(f"{server}/no-such-page/")
    assert status == 404 and b"URLconf" not in body


# The server reads what this test commits: a transaction of its own would hide it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_ingests_under_read_load_all_succeed(server, editor):
    editor.groups.add(Group.objects.get(name=services.EDITORS_GROUP))
    token = Token.objects.create(user=editor).key
    auth = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    ingests, reads = [], []
    done = threading.Event()

    def ingest(n):
        paragraphs = [f"Council meeting {n}"] + [
            f"“The bridge on road {n}-{i} will reopen in May after the repairs,” the mayor said on Tuesday."
            for i in range(4)
        ]
        body = json.dumps({"text": "\n\n".join(paragraphs), "outlet": f"Gazette {n % 3}"}).encode()
        ingests.append(call(f"{server}/api/articles/", data=body, headers=auth)[0])

    def read():
        while not done.is_set():
            reads.append(call(f"{server}/api/claims/?page_size=20", headers={"Authorization": f"Token {token}"})[0])

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=ingest, args=(n,)) for n in range(INGESTS)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join(120)
    done.set()
    for thread in readers:
        thread.join(60)

    assert ingests == [201] * INGESTS
    assert reads and set(reads) == {200}
    assert Article.objects.count() == INGESTS


def test_forged_forwarded_headers_share_one_page_limit_across_worker_processes(server):
    forged = [
        call(f"{server}/compare/", headers={"X-Forwarded-For": f"203.0.113.{n}"})
        for n in range(PAGES_RATE + 5)
    ]
    assert [status for status, _, _ in forged] == [200] * PAGES_RATE + [429] * 5
    status, headers, body = forged[-1]
    assert int(headers["Retry-After"]) > 0 and b"Too many pages at once" in body

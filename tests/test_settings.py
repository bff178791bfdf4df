import os
import subprocess
import sys

import pytest

from django.conf import settings


def run_python(code, **env):
    """Run code in a fresh interpreter with the given environment changes (None removes a variable)."""
    environment = {**os.environ, **env}
    environment = {key: value for key, value in environment.items() if value is not None}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )


@pytest.mark.parametrize("secret_key", [None, "", "   "])
def test_production_mode_refuses_to_start_without_a_real_secret_key(secret_key):
    result = run_python("import project.settings", DEBUG="0", SECRET_KEY=secret_key)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_mode_starts_with_a_secret_key():
    assert run_python("import project.settings", DEBUG="0", SECRET_KEY="a-real-one").returncode == 0


def test_database_url_selects_postgresql():
    code = "import project.settings as s; print(s.DATABASES['default']['ENGINE'])"
    result = run_python(code, DATABASE_URL="postgres://u:p@127.0.0.1:5432/db")
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_without_database_url_the_database_is_sqlite():
    code = "import project.settings as s; print(s.DATABASES['default']['ENGINE'])"
    assert run_python(code, DATABASE_URL=None).stdout.strip() == "django.db.backends.sqlite3"


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        # Readers and the one writer no longer block each other; a writer waits for the lock.
        assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] == 120_000


def test_an_unknown_cache_url_is_refused():
    result = run_python("import project.settings", CACHE_URL="memcached://127.0.0.1")
    assert result.returncode != 0 and "CACHE_URL" in result.stderr


def test_a_file_cache_url_shares_throttle_counts_between_processes(tmp_path):
    code = "import project.settings as s; print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'])"
    result = run_python(code, CACHE_URL=f"file://{tmp_path}")
    assert result.stdout.split() == ["django.core.cache.backends.filebased.FileBasedCache", str(tmp_path)]


def test_a_redis_cache_url_shares_throttle_counts_between_processes():
    code = "import project.settings as s; print(s.CACHES['default']['BACKEND'], s.CACHES['pages']['BACKEND'])"
    result = run_python(code, CACHE_URL="redis://127.0.0.1:6379/0")
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache", "django.core.cache.backends.locmem.LocMemCache"
    ]


def test_an_empty_rate_turns_that_limit_off():
    code = "import project.settings as s; print(s.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES'], s.PAGES_ANON_RATE)"
    result = run_python(code, API_ANON_RATE="", PAGES_ANON_RATE="")
    assert result.stdout.strip() == "{'anon': None, 'user': '1000/min'} None"

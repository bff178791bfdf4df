import importlib.util
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from hypothesis import settings as hypothesis_settings

from attribution import services

SEED_ARTICLE = "00-khusham-attack.txt"

# The same generated examples on every run, so the suite never turns red by luck. To search
# further: `pytest --hypothesis-profile=explore` (fresh random examples each run).
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile("repeatable")


@pytest.fixture(autouse=True)
def pages_rendered_afresh(settings):
    """Tests build rows with the ORM, and a bulk update records no history, so the pages cache
    (keyed by the newest history records) could not see it: pages are rendered afresh unless a
    test turns the cache on (tests/pages/test_pages_cache.py)."""
    settings.PAGES_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits count requests in the cache, and reader pages are cached: both outlive a test.
    Each test starts with empty caches."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="editor-pass-123", is_staff=True)
    user.groups.add(Group.objects.get(name=services.EDITORS_GROUP))
    return user


@pytest.fixture
def staff_non_editor(django_user_model):
    """Staff who may look at everything in admin but is not in the editors group."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("staff", password="staff-pass-123", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="attribution", codename__in=["view_attribution", "change_attribution", "view_source"]
        )
    )
    return user


@pytest.fixture
def seed_text(settings):
    return (settings.BASE_DIR / "demo" / "articles" / SEED_ARTICLE).read_text(encoding="utf-8")


@pytest.fixture
def seed_article(db, seed_text):
    return services.article_ingest(text=seed_text, outlet="Seed publisher").article


@pytest.fixture(autouse=True)
def nothing_leaves_the_machine(monkeypatch):
    """Fetches may reach loopback (the tests' own web server) and nothing else: any other host
    name is "not found" without asking DNS, and an address literal is checked but never resolved."""
    import ipaddress

    from attribution import fetching

    real = fetching._addresses

    def local_only(host, port):
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        if host == "localhost":
            return real(host, port)
        raise fetching.FetchError(f"The host {host} could not be found (tests stay on this machine).", retryable=True)

    monkeypatch.setattr(fetching, "_addresses", local_only)


@pytest.fixture
def web(httpserver, settings):
    """A web server in the test process (pytest-httpserver) that fetches may reach: loopback is
    allowed as INGEST_ALLOW_PRIVATE_URLS=1 allows it."""
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    return httpserver


def celery_configured(app, **conf):
    """Change the Celery app's settings for a test; returns the settings to restore. Its
    connection pools are dropped, so the next message goes to the broker named now, not to the
    one an earlier test connected to."""
    saved = {key: app.conf[key] for key in conf}
    app.conf.update(conf)
    app._pool = None
    if "amqp" in app.__dict__:
        app.amqp._producer_pool = None
    return saved


@pytest.fixture
def task_queue(settings):
    """A broker (in memory) instead of running tasks inline: what is sent waits there, as it
    would for a worker; a test runs it with `task.apply()`."""
    from project.celery import app

    saved = celery_configured(app, task_always_eager=False, broker_url="memory://localhost/")
    yield app
    celery_configured(app, **saved)


@pytest.fixture(scope="session")
def bench_module():
    """A script of bench/ loaded as a module, for tests of its pure functions (bench/ is no package: its
    scripts run as files)."""

    def load(name):
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "bench" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load

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

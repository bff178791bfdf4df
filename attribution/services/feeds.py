"""Feeds: outlets' RSS and Atom feeds, polled for new articles.

A poll fetches the feed with a conditional GET (its last ETag and Last-Modified: an unchanged
feed answers 304 and costs nothing), parses it with feedparser and queues an ingest job for
each entry whose page is not known yet. A feed that fails records why on its row and the poll
goes on with the next one.
"""

import logging
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin

import feedparser
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from attribution import fetching
from attribution.models import Feed, IngestJob
from attribution.services.jobs import ingest_job_for_url, ingest_jobs_enqueue, queue_runs_inline
from attribution.services.sources import outlet_get_or_create

logger = logging.getLogger(__name__)


@transaction.atomic
def feed_add(*, url, outlet, interval_minutes=None):
    """Add the feed at `url` for `outlet` (an Outlet, or a name: found or created)."""
    try:
        url = fetching.url_check(url)
    except fetching.FetchError as error:
        raise ValidationError({"url": str(error)}) from None
    interval = settings.FEED_DEFAULT_INTERVAL_MINUTES if interval_minutes is None else interval_minutes
    if Feed.objects.filter(url=url).exists():
        raise ValidationError({"url": f"The feed {url} is already added."}, code="duplicate")
    if isinstance(outlet, str):
        outlet = outlet_get_or_create(name=outlet)
    feed = Feed(url=url, outlet=outlet, interval_minutes=interval)
    feed.full_clean()
    try:
        with transaction.atomic():
            feed.save()
    except IntegrityError:
        raise ValidationError({"url": f"The feed {url} is already added."}, code="duplicate") from None
    return feed


@dataclass
class FeedPollResult:
    feed: Feed
    polled: bool = True  # False: not due, or another poller has it
    not_modified: bool = False
    entries: int = 0
    jobs: list = field(default_factory=list)  # the new entries' ingest jobs
    error: str = ""


def feed_poll(*, feed, force=False):
    """Poll one feed (if it is due, or `force`) and queue its new entries; never raises for a
    feed that fails: the error is on the result and on the feed's row (last_error)."""
    now = timezone.now()
    if not _feed_take(feed, now=now, force=force):
        return FeedPollResult(feed=feed, polled=False)
    try:
        result = _feed_read(feed)
    except (fetching.FetchError, FeedError) as error:
        result = FeedPollResult(feed=feed, error=str(error))
    except Exception as error:  # noqa: BLE001 - one broken feed must never stop the others
        logger.exception("Polling feed %s failed", feed.url)
        result = FeedPollResult(feed=feed, error=f"Unexpected error: {type(error).__name__}: {error}")
    feed.last_error = result.error
    feed.last_new_entries = len(result.jobs)
    feed.save(update_fields=["last_error", "last_new_entries", "etag", "last_modified"])
    ingest_jobs_enqueue([request.job for request in result.jobs if request.created])
    return result


def feeds_poll(*, force=False, progress=None):
    """Poll every active feed that is due (all of them with `force`), one after another."""
    feeds = list(Feed.objects.filter(is_active=True).select_related("outlet").order_by("pk"))
    results = []
    for feed in progress(feeds) if progress else feeds:
        results.append(feed_poll(feed=feed, force=force))
    return results


def feeds_due():
    now = timezone.now()
    return [feed for feed in Feed.objects.filter(is_active=True).order_by("pk") if feed.is_due(now)]


def _feed_take(feed, *, now, force):
    """Mark the feed polled now, unless it is not due or another poller took it first
    (compare-and-set on last_polled_at, so two schedulers never poll one feed twice)."""
    if not feed.is_active or (not force and not feed.is_due(now)):
        return False
    taken = Feed.objects.filter(pk=feed.pk, last_polled_at=feed.last_polled_at).update(last_polled_at=now)
    if taken:
        feed.last_polled_at = now
    return bool(taken)


class FeedError(Exception):
    pass


# A feed labelled with the wrong encoding or content type is still read; broken XML is not.
TOLERATED_FEED_PROBLEMS = (
    feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown, feedparser.NonXMLContentType,
)


def _feed_read(feed):

    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    fetched = fetching.fetch(feed.url, accept=fetching.FEED_TYPES, headers=headers)
    if fetched.not_modified:
        return FeedPollResult(feed=feed, not_modified=True)
    # Bytes, never a URL: feedparser must not fetch anything itself.
    parsed = feedparser.parse(fetched.content)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no channel or entries"
        raise FeedError(f"{feed.url} is not an RSS or Atom feed ({reason}).")
    # A feed cut off half-way may hold wrong last entries.
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and not isinstance(problem, TOLERATED_FEED_PROBLEMS):
        raise FeedError(f"{feed.url} is not an RSS or Atom feed: its XML is broken ({problem}).")
    feed.etag, feed.last_modified = fetched.etag[:500], fetched.last_modified[:100]
    result = FeedPollResult(feed=feed, entries=len(parsed.entries))
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        # A relative link is relative to the feed's own address.
        link = urljoin(fetched.url, link) if link else ""
        if IngestJob.objects.filter(url=link).exists():
            continue  # seen before: ingested, under way, or failed (an editor may retry it)
        try:
            request = ingest_job_for_url(
                url=link, outlet=feed.outlet.name, title=entry.get("title"), published=_entry_date(entry), feed=feed
            )
        except ValidationError:
            continue  # an entry without a fetchable link has nothing to ingest
        if request.created:
            result.jobs.append(request)
    return result


def _entry_date(entry):
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(*parsed[:3])
    except (TypeError, ValueError):
        return None


def feed_update(*, feed, interval_minutes=None, is_active=None):
    """Change how often the feed is polled, or pause (is_active=False) and resume it."""
    if interval_minutes is not None:
        feed.interval_minutes = interval_minutes
    if is_active is not None:
        feed.is_active = is_active
    feed.full_clean()
    feed.save(update_fields=["interval_minutes", "is_active"])
    return feed


def feed_remove(*, feed):
    """Stop following the feed; the articles and jobs it brought stay."""
    feed.delete()


def feed_poll_soon(*, feed):
    """Poll the feed now, whether due or not: inline without a broker, else by a worker."""
    from attribution import tasks

    if not feed.is_active:
        raise ValidationError("This feed is paused (is_active is false): resume it first.")
    if queue_runs_inline():
        return feed_poll(feed=feed, force=True)
    transaction.on_commit(lambda: tasks.feed_poll.delay(feed.pk, force=True))
    return None

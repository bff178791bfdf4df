"""Celery tasks: thin, each calls a service (attribution.services) that does the work.

Started by `celery -A project worker`; feeds_poll_due runs on the schedule that
`celery -A project beat` keeps (CELERY_BEAT_SCHEDULE). Without a broker they run inline.
"""

from celery import shared_task
from django.conf import settings

from attribution import fetching, services
from attribution.models import Feed


@shared_task(bind=True, max_retries=settings.INGEST_FETCH_RETRIES)
def ingest_job_run(self, job_id):
    """Ingest one job's page or text. A fetch error that may pass is retried with exponential
    backoff (INGEST_RETRY_BACKOFF seconds, then twice that, ...); the last attempt's failure
    stays on the job."""
    # Without a broker there is no later: the first attempt is the last.
    final_attempt = services.queue_runs_inline() or self.request.retries >= self.max_retries
    try:
        services.ingest_job_run(job_id=job_id, final_attempt=final_attempt)
    except fetching.FetchError as error:
        raise self.retry(exc=error, countdown=settings.INGEST_RETRY_BACKOFF * 2**self.request.retries) from None


@shared_task
def feed_poll(feed_id, force=False):
    feed = Feed.objects.select_related("outlet").filter(pk=feed_id).first()
    if feed is not None:
        services.feed_poll(feed=feed, force=force)


@shared_task
def feeds_poll_due():
    """The scheduler's tick: each due feed is polled by a task of its own, on any worker."""
    for feed in services.feeds_due():
        feed_poll.delay(feed.pk)

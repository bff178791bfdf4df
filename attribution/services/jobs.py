"""Ingest jobs: an article to ingest, from text or from a URL, as the task queue runs it.

A job is created (or the one already there for the same page or text is found), handed to the
queue, and run by a worker (attribution.tasks), which records its outcome on it: the article,
or the error that stopped it. Without a broker (CELERY_BROKER_URL unset) the queue runs each
job inline, in the process that asked.
"""

from dataclasses import dataclass

from celery import current_app
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from attribution import fetching
from attribution.models import Article, IngestJob
from attribution.services.articles import (
    article_ingest,
    article_ingest_url,
    article_text_fingerprint,
    article_text_normalize,
)

ACTIVE = [IngestJob.Status.QUEUED, IngestJob.Status.RUNNING]


def queue_runs_inline():
    """True when there is no broker: every task runs at once in the process that sends it."""
    return bool(current_app.conf.task_always_eager)


@dataclass(frozen=True)
class JobRequest:
    job: IngestJob
    created: bool  # False: the page or text was already queued, running or ingested


def ingest_job_for_url(*, url, outlet=None, title=None, published=None, byline=None, feed=None, by=None):
    """The job that ingests the page at `url`: the one already queued, running or done for it,
    or for an article already stored under that URL one recorded as done; else a new queued
    job. ValidationError for a URL that cannot be fetched at all (not http(s), no host)."""
    try:
        url = fetching.url_check(url)
    except fetching.FetchError as error:
        raise ValidationError({"url": str(error)}) from None
    found = _job_for_url(url)
    if found is not None:
        return JobRequest(job=found, created=False)
    known = Article.objects.filter(Q(url=url) | Q(publications__url=url)).order_by("pk").first()
    fields = {
        "kind": IngestJob.Kind.URL, "url": url, "outlet_name": (outlet or "").strip()[:200], "title": (title or "")[:500],
        "byline": (byline or "")[:300], "published": published, "feed": feed, "requested_by": by,
    }
    if known is not None:
        return JobRequest(job=_job_already_done(known, **fields), created=False)
    return _job_create(fields, lookup=lambda: _job_for_url(url))


def ingest_job_for_text(*, text, outlet, title=None, url=None, published=None, byline=None, by=None):
    """The job that ingests `text` (checked here: ValidationError on the `text` or `outlet`
    field), or, when the same text is already stored, one recorded as done with that article."""
    try:
        text = article_text_normalize(text)
    except ValidationError as error:
        raise ValidationError({"text": error.error_list}) from None
    if not (outlet or "").strip():
        raise ValidationError({"outlet": "An outlet needs a name."})
    url = (url or "").strip()
    fields = {
        "kind": IngestJob.Kind.TEXT, "text": text, "url": url, "outlet_name": outlet.strip()[:200],
        "title": (title or "")[:500], "byline": (byline or "")[:300], "published": published, "requested_by": by,
    }
    known = Article.objects.filter(text_sha256=article_text_fingerprint(text)).first()
    if known is not None:
        # Nothing to extract, but this outlet's publication of it (an agency story it carried)
        # is stored now, so no report is dropped.
        result = article_ingest(
            text=text, outlet=outlet, title=title, url=url or None, published=published, byline=byline
        )
        return JobRequest(job=_job_already_done(result.article, **fields), created=False)
    return _job_create(fields, lookup=lambda: _job_for_url(url) if url else None)


def _job_for_url(url):
    """The job queued or running for `url`, else the latest done one that has its article."""
    jobs = IngestJob.objects.filter(url=url)
    return (
        jobs.filter(status__in=ACTIVE).first()
        or jobs.filter(status=IngestJob.Status.DONE, article__isnull=False).order_by("-pk").first()
    )


def _job_create(fields, *, lookup):
    try:
        with transaction.atomic():
            return JobRequest(job=IngestJob.objects.create(**fields), created=True)
    except IntegrityError:
        # Another request queued the same page between our look and our write.
        found = lookup()
        if found is None:
            raise
        return JobRequest(job=found, created=False)


def _job_already_done(article, **fields):
    now = timezone.now()
    fields["text"] = ""
    return IngestJob.objects.create(
        **fields, status=IngestJob.Status.DONE, article=article, article_created=False, started_at=now, finished_at=now
    )


def ingest_jobs_enqueue(jobs):
    """Hand the queued jobs to the task queue (each once its row is committed, so a worker
    finds it), or, without a broker, run them now, one after the other."""
    from attribution import tasks  # tasks call these services

    for job in jobs:
        if job.status != IngestJob.Status.QUEUED:
            continue
        if queue_runs_inline():
            tasks.ingest_job_run.delay(job.pk)
        else:
            transaction.on_commit(lambda pk=job.pk: tasks.ingest_job_run.delay(pk))


def ingest_job_run(*, job_id, final_attempt=True):
    """Run the job: fetch and ingest its page, or ingest its text, and record the outcome.

    A fetch error that may pass (timeout, unreachable host, 5xx) is raised again for the task
    to retry later, unless this is the final attempt; every other failure marks the job
    failed with its error (an unexpected one is raised again too, after being recorded)."""
    job = _job_start(job_id)
    if job is None or job.is_finished:
        return job
    try:
        result = _job_ingest(job)
    except fetching.FetchError as error:
        if error.retryable and not final_attempt:
            _job_record(job, status=IngestJob.Status.QUEUED, error=f"Attempt {job.attempts} failed, will retry: {error}")
            raise
        return _job_fail(job, str(error))
    except ValidationError as error:
        return _job_fail(job, " ".join(error.messages))
    except Exception as error:
        _job_fail(job, f"Unexpected error: {type(error).__name__}: {error}")
        raise
    return _job_record(
        job, status=IngestJob.Status.DONE, article=result.article, article_created=result.created, error="", text="",
        finished_at=timezone.now(),
    )


def _job_start(job_id):
    """Mark the job running (one more attempt) and return it; a finished one as it is.
    A job left running by a worker that died is started again: its ingest never committed."""
    IngestJob.objects.filter(pk=job_id, status__in=ACTIVE).update(
        status=IngestJob.Status.RUNNING, attempts=F("attempts") + 1, started_at=timezone.now()
    )
    return IngestJob.objects.filter(pk=job_id).first()


def _job_ingest(job):
    metadata = {"title": job.title or None, "published": job.published, "byline": job.byline or None}
    if job.kind == IngestJob.Kind.URL:
        return article_ingest_url(url=job.url, outlet=job.outlet_name or None, **metadata)
    return article_ingest(text=job.text, outlet=job.outlet_name, url=job.url or None, **metadata)


def _job_fail(job, error):
    return _job_record(job, status=IngestJob.Status.FAILED, error=error or "Failed without a message.", finished_at=timezone.now())


def _job_record(job, **changes):
    for name, value in changes.items():
        setattr(job, name, value)
    job.save(update_fields=list(changes))
    return job


def ingest_job_retry(*, job):
    """Queue a failed job again (an editor's "try again"); ValidationError for any other."""
    if job.status != IngestJob.Status.FAILED:
        raise ValidationError(f"Only a failed job can be tried again; this one is {job.status}.")
    if job.url and IngestJob.objects.filter(url=job.url, status__in=ACTIVE).exclude(pk=job.pk).exists():
        raise ValidationError("Another job for this URL is already queued or running.")
    _job_record(job, status=IngestJob.Status.QUEUED, finished_at=None)
    ingest_jobs_enqueue([job])
    return job


def ingest_jobs_counts(job_ids):
    """How many of the jobs are done and failed, and both together: finished (for progress bars)."""
    counts = IngestJob.objects.filter(pk__in=job_ids).aggregate(
        done=Count("pk", filter=Q(status=IngestJob.Status.DONE)),
        failed=Count("pk", filter=Q(status=IngestJob.Status.FAILED)),
    )
    return {**counts, "finished": counts["done"] + counts["failed"]}

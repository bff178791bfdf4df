"""What the ingest commands share: waiting for queued jobs with a progress bar, and reporting them."""

import time

from tqdm import tqdm

from attribution import services
from attribution.models import IngestJob

POLL_SECONDS = 0.5


def jobs_wait(jobs, *, stderr):
    """Wait until every job is done or failed, showing how many are (the workers run them)."""
    ids = [job.pk for job in jobs]
    with tqdm(total=len(ids), unit="article", file=stderr, disable=len(ids) < 2) as bar:
        while True:
            finished = services.ingest_jobs_counts(ids)["finished"]
            bar.update(finished - bar.n)
            if finished >= len(ids):
                break
            time.sleep(POLL_SECONDS)
    return list(IngestJob.objects.filter(pk__in=ids).select_related("article").order_by("pk"))


def job_line(job, name, *, known=False):
    """One line on what became of the job (`known`: it was found, not created, for this request)."""
    if job.status == IngestJob.Status.FAILED:
        return f"{name}: failed: {job.error}"
    if job.status != IngestJob.Status.DONE:
        return f"{name}: {job.status} (job {job.pk})"
    if job.article is None:
        return f"{name}: done, but its article has since been deleted."
    if known or not job.article_created:
        return f"{name}: already known as article {job.article_id}."
    count = job.article.attributions.count()
    return f"{name}: article {job.article_id} “{job.article.title}”, {count} attribution(s) extracted."

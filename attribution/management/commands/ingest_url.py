from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from attribution import services
from attribution.management.arguments import iso_date
from attribution.management.queue import job_line, jobs_wait


class Command(BaseCommand):
    help = (
        "Fetch web pages and ingest their article text (trafilatura) with extraction. Through the task "
        "queue when CELERY_BROKER_URL is set (waits for the workers unless --no-wait), else inline."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+", metavar="URL")
        parser.add_argument("--outlet", help="The outlet that published them; default: each page's site name.")
        parser.add_argument("--published", type=iso_date, help="Publication date, YYYY-MM-DD; default: the page's.")
        parser.add_argument("--no-wait", action="store_true", help="Queue the pages and return at once.")

    def handle(self, *args, urls, outlet, published, no_wait, **options):
        jobs, found, refused = [], set(), 0
        for url in urls:
            try:
                request = services.ingest_job_for_url(url=url, outlet=outlet, published=published)
            except ValidationError as error:
                refused += 1
                self.stderr.write(f"{url}: refused: {' '.join(error.messages)}")
                continue
            jobs.append(request.job)
            if not request.created:
                found.add(request.job.pk)
        services.ingest_jobs_enqueue(jobs)
        if no_wait and not services.queue_runs_inline():
            self.stdout.write(f"{len(jobs)} page(s) queued (jobs {', '.join(str(job.pk) for job in jobs)}).")
        else:
            jobs = jobs_wait(jobs, stderr=self.stderr)
            for job in jobs:
                self.stdout.write(job_line(job, job.url, known=job.pk in found))
        failed = refused + sum(job.status == job.Status.FAILED for job in jobs)
        if failed:
            raise CommandError(f"{failed} of {len(urls)} page(s) could not be ingested (see above).")

from collections import Counter
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from attribution import services
from attribution.management.arguments import iso_date, raw_stream, site_url
from attribution.management.queue import jobs_wait


class Command(BaseCommand):
    help = (
        "Store articles from text files (or folders of .txt files) and extract their attributions for review. "
        "With CELERY_BROKER_URL set, the files are queued for the workers and a progress bar shows them "
        "done (--no-wait returns at once); else they are ingested here."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
        parser.add_argument("--outlet", required=True, help="The outlet that published the articles.")
        parser.add_argument("--url", help="The article's URL (one file only).")
        parser.add_argument("--title", help="The article's title (one file only); default: its first line.")
        parser.add_argument("--published", type=iso_date, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--no-wait", action="store_true", help="With a broker: queue the files and return at once.")

    def handle(self, *args, paths, outlet, url, title, published, no_wait, **options):
        files = _text_files(paths)
        if len(files) > 1 and (url or title):
            raise CommandError("--url and --title describe one article: give one file with them.")
        if not services.queue_runs_inline():
            return self._through_the_queue(files, outlet=outlet, url=url, title=title, published=published, wait=not no_wait)
        new = copies = known = attributions = failed = 0
        progress = tqdm(files, unit="article", disable=len(files) < 2, file=raw_stream(self.stderr))
        for path in progress:
            try:
                result = services.article_ingest(
                    text=path.read_bytes(), outlet=outlet, url=url, title=title, published=published
                )
            except ValidationError as error:
                failed += 1
                progress.write(f"{path}: not ingested: {' '.join(error.messages)}", file=raw_stream(self.stderr))
                continue
            new += result.created
            copies += result.publication_created and not result.created
            known += not result.stored_anything
            attributions += result.attribution_count if result.created else 0
            article = result.article
            if result.created:
                state = f"{result.attribution_count} attribution(s) extracted"
            elif result.publication_created:
                state = f"stored before; this outlet's publication of it added ({result.publication.outlet.name})"
            else:
                state = "already known"
            with tqdm.external_write_mode(file=raw_stream(self.stderr)):
                self.stdout.write(f"{path}: article {article.pk}, {state}: {site_url('pages:article', article.pk)}")
        if new:
            services.database_statistics_refresh()
        self.stdout.write(
            f"{len(files)} file(s): {new} new article(s), {known} already known, "
            f"{copies} new publication(s) of a stored article, "
            f"{attributions} attribution(s) extracted, {failed} failed."
        )
        if failed:
            raise CommandError(f"{failed} file(s) could not be ingested (see above).")

    def _through_the_queue(self, files, *, wait, **fields):
        jobs, paths, refused = [], {}, 0
        for path in files:
            try:
                job = services.ingest_job_for_text(text=path.read_bytes(), **fields).job
                jobs.append(job)
                paths[job.pk] = path
            except ValidationError as error:
                refused += 1
                self.stderr.write(f"{path}: not ingested: {' '.join(error.messages)}")
        services.ingest_jobs_enqueue(jobs)
        if not wait:
            self.stdout.write(f"{len(files)} file(s): {len(jobs)} queued, {refused} refused.")
        else:
            jobs = jobs_wait(jobs, stderr=self.stderr)
            by_status = Counter(job.status for job in jobs)
            new = sum(job.status == job.Status.DONE and job.article_created for job in jobs)
            for job in jobs:
                if job.status == job.Status.FAILED:
                    self.stderr.write(f"{paths[job.pk]}: not ingested: {job.error}")
                elif job.article_id is not None:
                    state = "new" if job.article_created else "already known"
                    self.stdout.write(f"{paths[job.pk]}: article {job.article_id}, {state}: {site_url('pages:article', job.article_id)}")
            self.stdout.write(
                f"{len(files)} file(s): {new} new article(s), {by_status['done'] - new} already known, "
                f"{by_status['failed'] + refused} failed."
            )
            refused += by_status["failed"]
        if refused:
            raise CommandError(f"{refused} file(s) could not be ingested (see above).")


def _text_files(paths):
    files = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.glob("*.txt")))
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{name}: no such file or folder.")
    if not files:
        raise CommandError("No .txt files found.")
    return files


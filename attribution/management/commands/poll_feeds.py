from django.core.management.base import BaseCommand, CommandError

from attribution import services


class Command(BaseCommand):
    help = (
        "Poll the feeds that are due (or --all) and ingest their new entries: through the task queue "
        "when CELERY_BROKER_URL is set, else inline. A broken feed is reported and the others go on."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Poll every active feed, due or not.")

    def handle(self, *args, all, **options):
        results = services.feeds_poll(force=all)
        polled = [result for result in results if result.polled]
        for result in polled:
            if result.error:
                self.stderr.write(f"{result.feed.url}: error: {result.error}")
            elif result.not_modified:
                self.stdout.write(f"{result.feed.url}: not modified since the last poll.")
            else:
                failed = services.ingest_jobs_counts([request.job.pk for request in result.jobs])["failed"]
                line = f"{result.feed.url}: {result.entries} entries, {len(result.jobs)} new"
                if services.queue_runs_inline():
                    line += f" ({len(result.jobs) - failed} ingested, {failed} failed)"
                else:
                    line += " queued"
                self.stdout.write(line + ".")
        broken = sum(bool(result.error) for result in polled)
        self.stdout.write(f"{len(polled)} feed(s) polled, {len(results) - len(polled)} not due, {broken} failed.")
        if broken:
            raise CommandError(f"{broken} feed(s) could not be read (see above).")

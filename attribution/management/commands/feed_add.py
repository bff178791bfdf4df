from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


from attribution import services


class Command(BaseCommand):
    help = "Add an RSS or Atom feed to poll for new articles (manage.py poll_feeds, or the scheduler)."

    def add_arguments(self, parser):
        parser.add_argument("url", metavar="URL")
        parser.add_argument("--outlet", required=True, help="The outlet whose feed it is (created if unknown).")
        parser.add_argument("--interval", type=int, metavar="MINUTES", help="Poll at most this often (default 30).")

    def handle(self, *args, url, outlet, interval, **options):
        try:
            feed = services.feed_add(url=url, outlet=outlet, interval_minutes=interval)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            f"Feed {feed.pk} added: {feed.url} for {feed.outlet.name}, polled every {feed.interval_minutes} minutes."
        )

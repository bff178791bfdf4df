from datetime import date

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from attribution import services


class Command(BaseCommand):
    help = (
        "Run claim matching again over stored attributions (after CLAIM_MATCHING thresholds change). "
        "Attributions an editor merged or split stay where the editor put them; running it twice "
        "changes nothing the second time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", help="Only attributions stored on or after this day, YYYY-MM-DD.")

    def handle(self, *args, since, **options):
        since_date = _parse_date(since)

        def progress(items, total):
            return tqdm(items, total=total, unit="attribution", desc="rematch", file=self.stderr)

        result = services.claims_rematch(since=since_date, progress=progress)
        self.stdout.write(
            f"{result.checked} attribution(s) checked: {result.moved} moved to another claim, "
            f"{result.claims_created} claim(s) created, {result.claims_removed} emptied claim(s) removed."
        )


def _parse_date(value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--since {value!r} is not a date in the form YYYY-MM-DD.") from None

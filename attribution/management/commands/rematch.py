from django.core.management.base import BaseCommand
from tqdm import tqdm

from attribution import services
from attribution.management.arguments import iso_date


class Command(BaseCommand):
    help = (
        "Run claim matching again over stored attributions (after CLAIM_MATCHING thresholds change). "
        "Attributions an editor merged or split stay where the editor put them; running it twice "
        "changes nothing the second time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", type=iso_date, help="Only attributions stored on or after this day, YYYY-MM-DD.")

    def handle(self, *args, since, **options):
        def progress(items, total):
            return tqdm(items, total=total, unit="attribution", desc="rematch", file=self.stderr)

        result = services.claims_rematch(since=since, progress=progress)
        self.stdout.write(
            f"{result.checked} attribution(s) checked: {result.moved} moved to another claim, "
            f"{result.claims_created} claim(s) created, {result.claims_removed} emptied claim(s) removed."
        )


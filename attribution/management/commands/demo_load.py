import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from tqdm import tqdm

from attribution import services
from attribution.management.arguments import raw_stream, site_url

DEMO_ARTICLES = Path(settings.BASE_DIR) / "demo" / "articles"
UNNAMED_PUBLISHER = "Unnamed publisher"


class Command(BaseCommand):
    help = (
        "Load the demo articles (demo/articles), create an admin account and print its login. "
        "Safe to run again: known articles, review decisions and the admin's password are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("--folder", default=str(DEMO_ARTICLES))
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--password", help="Set this password. Default: a random one for a new account, printed; an existing "
            "account keeps its password."
        )

    def handle(self, *args, folder, username, password, **options):
        files = sorted(Path(folder).glob("*.txt"))
        loaded = []
        for path in tqdm(files, unit="article", file=raw_stream(self.stderr), desc="demo articles"):
            meta = _meta_for(path)
            result = services.article_ingest(
                text=path.read_bytes(),
                outlet=meta.get("publisher") or UNNAMED_PUBLISHER,
                url=meta.get("source_url"),
                published=date.fromisoformat(meta["published"]) if meta.get("published") else None,
                is_illustrative=bool(meta.get("illustrative")),
            )
            if result.created:
                loaded.append(result.article)
        admin, password = services.user_admin_ensure(username=username, password=password)
        approved = 0
        if loaded:
            # Matching is incremental: a claim's later reports can link earlier ones, so match again.
            services.claims_rematch()
            approved = services.claims_shared_approve(by=admin, articles=loaded)
            services.database_statistics_refresh()
        self.stdout.write(
            f"Demo data: {len(files)} article(s), {len(loaded)} new; {approved} attribution(s) of claims "
            "reported by two or more outlets approved for readers, the rest wait for review."
        )
        login = f"{username} / {password}" if password else f"{username} (password unchanged; `manage.py changepassword {username}` sets a new one)"
        self.stdout.write(self.style.SUCCESS(f"Admin login: {login}  ({site_url('admin:index')})"))


def _meta_for(path):
    meta_path = path.with_suffix(".meta.json")
    return json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}

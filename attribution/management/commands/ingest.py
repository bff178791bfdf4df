from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from attribution import services
from attribution.management.arguments import iso_date, raw_stream, site_url


class Command(BaseCommand):
    help = "Store articles from text files (or folders of .txt files) and extract their attributions for review."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
        parser.add_argument("--outlet", required=True, help="The outlet that published the articles.")
        parser.add_argument("--url", help="The article's URL (one file only).")
        parser.add_argument("--title", help="The article's title (one file only); default: its first line.")
        parser.add_argument("--published", type=iso_date, help="Publication date, YYYY-MM-DD.")

    def handle(self, *args, paths, outlet, url, title, published, **options):
        files = _text_files(paths)
        if len(files) > 1 and (url or title):
            raise CommandError("--url and --title describe one article: give one file with them.")
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


"""python manage.py extract FILE... [--format jsonl|table] -- attributions of text files, no database."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from attribution.extraction import extract, to_json_row


def read_article(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise CommandError(f"{path}: is a folder, give text files.") from None
    except UnicodeDecodeError as error:
        raise CommandError(f"{path}: not UTF-8 text (byte {error.start}): convert it to UTF-8 first.") from None


class Command(BaseCommand):
    help = "Print the attributions found in text files, as JSON lines or a table."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--format", choices=("jsonl", "table"), default="table")

    def handle(self, *args, files, format, **options):
        for name in files:
            path = Path(name)
            text = read_article(path)
            article = path.name[:-4] if path.name.endswith(".txt") else path.name
            rows = [to_json_row(item, article) for item in extract(text)]
            if format == "jsonl":
                for row in rows:
                    self.stdout.write(json.dumps(row, ensure_ascii=False))
            else:
                self._table(article, rows)

    def _table(self, article, rows):
        self.stdout.write(f"{article}: {len(rows)} attribution(s)")
        for row in rows:
            quote = row["quote"].replace("\n", " ")
            quote = quote if len(quote) <= 70 else quote[:67] + "..."
            via = f" via {row['reported_by']}" if row["reported_by"] else ""
            self.stdout.write(
                f"  {row['start']:>6}-{row['end']:<6} {row['kind']:<8} {row['confidence']:.2f}  "
                f"{row['speaker'] or '?'} ({row['cue'] or '-'}){via}: {quote}"
            )

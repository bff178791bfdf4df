"""python manage.py evaluate --gold GOLD.jsonl [--articles DIR] [--json] -- score the extractor."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from attribution.extraction import extract, to_json_row
from attribution.extraction.evaluation import evaluate, format_report
from attribution.management.commands.extract import read_article


class Command(BaseCommand):
    help = "Score the extractor against gold attributions (precision, recall, F1, speaker accuracy)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--gold", required=True, help="gold annotations, one JSON object per line")
        parser.add_argument("--articles", help="folder of NAME.txt files (default: articles/ beside the gold file)")
        parser.add_argument("--json", action="store_true", dest="as_json", help="print the whole result, misses and extras included")

    def handle(self, *args, gold, articles, as_json, **options):
        gold_path = Path(gold)
        folder = Path(articles) if articles else gold_path.resolve().parent / "articles"
        gold_rows = self._gold(gold_path)
        texts, predicted = {}, []
        for article in sorted({row["article"] for row in gold_rows}):
            texts[article] = read_article(folder / f"{article}.txt")
            predicted.extend(to_json_row(item, article) for item in extract(texts[article]))
        result = evaluate(gold_rows, predicted, texts)
        if as_json:
            self.stdout.write(json.dumps(result, indent=1, ensure_ascii=False))
        else:
            self.stdout.write(format_report(result))

    @staticmethod
    def _gold(path: Path) -> list[dict]:
        text = read_article(path)
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as error:
                raise CommandError(f"{path}:{number}: not JSON ({error}).") from None
            if not isinstance(row, dict) or "article" not in row or "kind" not in row:
                raise CommandError(f"{path}:{number}: a gold row needs at least 'article', 'kind' and a span.")
            rows.append(row)
        if not rows:
            raise CommandError(f"{path}: no gold rows.")
        return rows


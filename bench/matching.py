"""Ingest-time claim matching cost as the number of stored attributions grows (not a test).

    .venv/bin/python bench/matching.py [--sizes 10000,100000,1000000] [--probes 300] [--db PATH]

Works on its own SQLite file (a temporary one unless --db names it), never on db.sqlite3.
Synthetic attributions (about two per claim: the same quote, one word changed, or truncated,
in articles of ten from 40 outlets and 3,000 speakers) are bulk-loaded up to each size (in
batches, with the index table's indexes rebuilt after each load), with their claims and index
keys computed by the real `attribution.matching.index_keys`. Then
`services.attribution_claim_assign` (what ingest runs for each new attribution) is timed on
probe attributions: half are reworded reports of stored claims (they must find them), half
say something new. It prints milliseconds per attribution at each size.
"""

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STOP = ["the", "of", "and", "to", "in", "a", "was", "that", "for", "on", "with", "by"]
SYLLABLES = "ka lo mer tis van dor pe ru sha gin tal bo nes qui ra zel fen lu mak ost".split()
FIRST_NAMES = "Dana Thomas Maria Ahmed Chen Olga Pierre Amara Luis Sara Kenji Ines".split()
BATCH = 5000


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="stored attributions at each step")
    parser.add_argument("--probes", type=int, default=300, help="attributions matched and timed at each step")
    parser.add_argument("--db", help="SQLite file to use (default: a new temporary file, removed at the end)")
    parser.add_argument("--seed", type=int, default=2018)
    return parser.parse_args()


def setup_django(db_path):
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    # DEBUG off: with it on, Django keeps the SQL of every bulk insert in memory.
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")


class Corpus:
    """Deterministic news-like quotes: Zipf-distributed pseudo-words with stop words between."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        vocabulary = set()
        while len(vocabulary) < 20000:
            vocabulary.add("".join(self.random.choice(SYLLABLES) for _ in range(self.random.randint(2, 4))))
        self.vocabulary = sorted(vocabulary)
        self.random.shuffle(self.vocabulary)
        weights = [1 / (rank + 1) for rank in range(len(self.vocabulary))]
        total, running, self.cumulative = sum(weights), 0.0, []
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)

    def quote(self):
        words = self.random.choices(self.vocabulary, cum_weights=self.cumulative, k=self.random.randint(12, 22))
        out = []
        for word in words:
            out.append(word)
            if self.random.random() < 0.35:
                out.append(self.random.choice(STOP))
        return " ".join(out).capitalize() + "."

    def variant(self, quote):
        words = quote.rstrip(".").split()
        roll = self.random.random()
        if roll < 0.4:
            return quote
        if roll < 0.75:
            words[self.random.randrange(len(words))] = self.random.choice(self.vocabulary)
        else:
            words = words[: max(6, len(words) - 4)]
        return " ".join(words) + "."


@contextmanager
def claim_key_indexes_dropped():
    """Drop the index table's indexes for a bulk load and build them again after, as a bulk
    load would: inserting millions of rows into B-trees keyed by random hashes is what makes
    loading slow, while building an index once is a sort."""
    from django.db import connection

    from attribution.models import ClaimKey

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s AND sql IS NOT NULL",
            [ClaimKey._meta.db_table],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for _, sql in indexes:
                cursor.execute(sql)
            cursor.execute("ANALYZE")


def load(corpus, target, outlets, speakers, day0):
    """Bulk-load claims, their attributions (in articles of ten) and index keys up to `target`
    stored attributions."""
    with claim_key_indexes_dropped():
        _load(corpus, target, outlets, speakers, day0)


def _load(corpus, target, outlets, speakers, day0):
    from django.db import connection, transaction

    from attribution import matching
    from attribution.models import Article, Attribution, Claim, ClaimKey

    stored = Attribution.objects.count()
    while stored < target:
        with transaction.atomic():
            claims, reports = [], []
            while len(reports) < min(BATCH, target - stored):
                base = corpus.quote()
                claims.append(Claim(canonical_text=base))
                for _ in range(corpus.random.choice((1, 2, 2, 3))):
                    reports.append((len(claims) - 1, corpus.variant(base)))
            reports = reports[: target - stored]
            Claim.objects.bulk_create(claims, batch_size=BATCH)
            articles, spans = [], []
            for first in range(0, len(reports), 10):
                chunk = reports[first : first + 10]
                text, offsets = "", []
                for _, quote in chunk:
                    offsets.append((len(text), len(text) + len(quote)))
                    text += quote + "\n\n"
                sha = hashlib.sha256(f"{stored + first}:{text}".encode()).hexdigest()
                articles.append(
                    Article(
                        outlet=corpus.random.choice(outlets),
                        title=f"Synthetic report {stored + first}",
                        published=day0 + timedelta(days=corpus.random.randrange(3000)),
                        text=text,
                        text_sha256=sha,
                        extractor_version="bench",
                    )
                )
                spans.append(offsets)
            Article.objects.bulk_create(articles, batch_size=BATCH)
            attributions, keys = [], {}
            for index, (claim_index, quote) in enumerate(reports):
                article, (start, end) = articles[index // 10], spans[index // 10][index % 10]
                claim = claims[claim_index]
                attributions.append(
                    Attribution(
                        article=article, claim=claim, start=start, end=end, quote=quote, kind="direct",
                        cue="said", speaker=speakers[claim_index % len(speakers)], extractor_version="bench",
                    )
                )
                keys.setdefault(claim.pk, set()).update(matching.index_keys(quote))
            Attribution.objects.bulk_create(attributions, batch_size=BATCH)
            # About 18 keys per attribution: building a model instance for each would take
            # most of the load time, so these rows go straight to sqlite3's executemany.
            connection.ensure_connection()
            connection.connection.executemany(
                f'INSERT INTO "{ClaimKey._meta.db_table}" ("claim_id", "key") VALUES (?, ?)',
                [(claim_id, key) for claim_id, claim_keys in keys.items() for key in claim_keys],
            )
        stored += len(reports)
        print(f"\r  loaded {stored:,} attributions", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def probe(corpus, count, outlets, speakers, day0):
    """Time matching for `count` new attributions; return (ms per attribution list, variants found)."""
    from attribution import services
    from attribution.models import Article, Attribution

    stored = list(
        Attribution.objects.filter(pk__in=[corpus.random.randint(1, Attribution.objects.count()) for _ in range(count)])
        .values_list("quote", "claim_id", "speaker_id")
    )
    timings, found, asked = [], 0, 0
    for n in range(count):
        reworded = n % 2 == 0 and stored
        if reworded:
            base, claim_id, speaker_id = stored[n % len(stored)]
            quote = corpus.variant(base) if len(base.split()) > 8 else base
        else:
            quote, claim_id, speaker_id = corpus.quote(), None, corpus.random.choice(speakers).pk
        text = f"{quote}\n\nprobe {n} {time.time_ns()}"
        article = Article.objects.create(
            outlet=corpus.random.choice(outlets), title=f"probe {n}", text=text,
            text_sha256=hashlib.sha256(text.encode()).hexdigest(), published=day0, extractor_version="bench",
        )
        attribution = Attribution.objects.create(
            article=article, start=0, end=len(quote), quote=quote, kind="direct", cue="said",
            speaker_id=speaker_id, extractor_version="bench",
        )
        started = time.perf_counter()
        claim = services.attribution_claim_assign(attribution=attribution)
        timings.append((time.perf_counter() - started) * 1000)
        if reworded:
            asked += 1
            found += claim.pk == claim_id
    return timings, found, asked


def main():
    args = parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    db_path = args.db or tempfile.mkstemp(prefix="bench-matching-", suffix=".sqlite3")[1]
    setup_django(db_path)
    from attribution.models import Outlet, Source

    corpus = Corpus(args.seed)
    outlets = Outlet.objects.bulk_create([Outlet(name=f"Outlet {n}", slug=f"outlet-{n}") for n in range(40)])
    outlets = list(Outlet.objects.all())
    Source.objects.bulk_create(
        [Source(kind="person", name=f"{FIRST_NAMES[n % len(FIRST_NAMES)]} Speaker{n}") for n in range(3000)]
    )
    speakers = list(Source.objects.all())
    day0 = date(2015, 1, 1)
    results = []
    try:
        for size in sizes:
            started = time.perf_counter()
            load(corpus, size, outlets, speakers, day0)
            loaded = time.perf_counter() - started
            timings, found, asked = probe(corpus, args.probes, outlets, speakers, day0)
            mean, p95 = statistics.fmean(timings), statistics.quantiles(timings, n=20)[-1]
            results.append((size, mean))
            print(
                f"{size:>9,} stored attributions: {mean:6.2f} ms per attribution (median "
                f"{statistics.median(timings):.2f}, p95 {p95:.2f}); reworded reports found their claim "
                f"{found}/{asked}; load took {loaded:.0f} s",
                flush=True,
            )
        if len(results) > 1:
            print(f"cost at {results[-1][0]:,} / cost at {results[0][0]:,}: {results[-1][1] / results[0][1]:.2f}x")
    finally:
        if not args.db:
            for suffix in ("", "-wal", "-shm"):
                Path(db_path + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()

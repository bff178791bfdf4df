"""Render time of the reader pages with many attributions loaded (a benchmark, not a test).

    .venv/bin/python bench/pages.py [--attributions 100000] [--requests 200]

Builds a throwaway SQLite database (in a temporary folder, or DATABASE_URL if set) holding
`--attributions` approved attributions: articles of 10 quotes each, claims of 10 appearances
each (one per outlet), a relay hop on every attribution. Then renders random claim comparison
pages (10 appearances), article pages and pages of the index pages (filtered and sorted)
through Django's test client and prints p50/p95/max.
Target: p95 under 100 ms for each page on SQLite.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUOTES_PER_ARTICLE = 10
APPEARANCES_PER_CLAIM = 10
TARGET_MS = 100


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attributions", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="renders per page kind")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory(prefix="bench-pages-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder.name}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-pages-only")

    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at", module="django.core.handlers.base")
    django.setup()
    from django.core.management import call_command

    print(f"database: {os.environ['DATABASE_URL']}")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    claim_ids, article_ids = load(args.attributions)
    print(f"loaded {args.attributions} attributions in {time.perf_counter() - started:.1f} s")

    from django.test import Client

    client = Client()
    rng = random.Random(7)
    results = {}
    pages = range(1, 51)  # index pages: one of the first 50 pages of 20 rows
    for name, ids, url in [
        ("claim comparison (10 appearances)", claim_ids, "/claims/{}/"),
        (f"article ({QUOTES_PER_ARTICLE} highlights)", article_ids, "/articles/{}/"),
        ("claims index, newest", pages, "/claims/?page={}"),
        ("claims index, most reports", pages, "/claims/?sort=most_reported&page={}"),
        ("claims index, 2+ outlets, speaker", pages, "/claims/?min_outlets=2&speaker=7&page={}"),
        ("claims index, words", pages, "/claims/?q=claim+1&page={}"),
        ("articles index, outlet, dates", pages, "/articles/?outlet=3&published_after=2018-03-01&page={}"),
        ("sources index, by name", pages, "/sources/?page={}"),
        ("sources index, most reports", pages, "/sources/?sort=most_reported&page={}"),
        ("outlets index, by name", [1, 2, 3], "/outlets/?page={}"),
    ]:
        client.get(url.format(ids[0]))  # warm the template cache
        wall, cpu = [], []
        for _ in range(args.requests):
            path = url.format(rng.choice(ids))
            begin, begin_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            wall.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        results[name] = wall, cpu
    # Wall time is what a reader waits; CPU time is the same work without the waits a busy
    # machine adds (SQLite runs in-process, so queries count in both).
    print(f"\n{'page':<36} {'wall p50':>9} {'wall p95':>9} {'wall max':>9} {'CPU p50':>8} {'CPU p95':>8}  ms, n={args.requests}")
    failed = False
    for name, (wall, cpu) in results.items():
        p95 = statistics.quantiles(wall, n=20)[-1]
        failed |= p95 >= TARGET_MS
        print(
            f"{name:<36} {statistics.median(wall):>9.1f} {p95:>9.1f} {max(wall):>9.1f}"
            f" {statistics.median(cpu):>8.1f} {statistics.quantiles(cpu, n=20)[-1]:>8.1f}"
        )
    print(f"\ntarget: wall p95 < {TARGET_MS} ms — {'MISSED' if failed else 'met'} (load average {os.getloadavg()[0]:.1f})")
    folder.cleanup()


def load(total):
    """Bulk-load the synthetic corpus; returns the claim ids and article ids to render."""
    from django.db import transaction

    from attribution.models import Article, Attribution, Claim, Outlet, RelayHop, Source
    from attribution.services import article_text_fingerprint

    rng = random.Random(42)
    article_count = max(total // QUOTES_PER_ARTICLE, APPEARANCES_PER_CLAIM)
    claim_count = max(total // APPEARANCES_PER_CLAIM, 1)
    words = "coalition forces strikes artillery officials statement attack base troops said minister report".split()
    with transaction.atomic():
        outlets = Outlet.objects.bulk_create(
            Outlet(name=f"Outlet {n}", slug=f"outlet-{n}") for n in range(APPEARANCES_PER_CLAIM * 5)
        )
        sources = Source.objects.bulk_create(
            Source(kind=Source.Kind.PERSON, name=f"Speaker {n}", role="a spokesperson") for n in range(2000)
        )
        claims = Claim.objects.bulk_create(
            Claim(canonical_text=f"claim {n}", first_seen=date(2018, 1, 1)) for n in range(claim_count)
        )
        quotes = {}
        articles = []
        for n in range(article_count):
            sentences = []
            for q in range(QUOTES_PER_ARTICLE):
                quote = f"Quote {n}-{q}: " + " ".join(rng.choice(words) for _ in range(18))
                quotes[(n, q)] = quote
                sentences.append(f"Background sentence {q} of article {n}.\n“{quote},” the speaker said.\n")
            text = "".join(sentences)
            articles.append(
                Article(
                    outlet=outlets[n % len(outlets)],
                    title=f"Article {n}",
                    published=date(2018, 1, 1) + timedelta(days=n % 365),
                    text=text,
                    text_sha256=article_text_fingerprint(text),
                )
            )
        articles = Article.objects.bulk_create(articles, batch_size=2000)
        attributions = []
        for n, article in enumerate(articles):
            for q in range(QUOTES_PER_ARTICLE):
                quote = quotes[(n, q)]
                start = article.text.index(quote)
                # Appearance q of article n joins claim (n // 10) * 10 + q: ten outlets per claim.
                claim = claims[((n // APPEARANCES_PER_CLAIM) * QUOTES_PER_ARTICLE + q) % claim_count]
                attributions.append(
                    Attribution(
                        article=article, claim=claim, start=start, end=start + len(quote), quote=quote,
                        kind=Attribution.Kind.DIRECT, cue=rng.choice(["said", "claimed", "insisted", "admitted"]),
                        speaker=sources[rng.randrange(len(sources))], speaker_mention="the speaker",
                        status=Attribution.Status.APPROVED, origin=Attribution.Origin.MANUAL,
                    )
                )
        attributions = Attribution.objects.bulk_create(attributions, batch_size=5000)
        RelayHop.objects.bulk_create(
            (RelayHop(attribution=a, position=0, outlet=outlets[a.pk % len(outlets)], cue="reported") for a in attributions),
            batch_size=5000,
        )
    return [c.pk for c in claims], [a.pk for a in articles]


if __name__ == "__main__":
    main()

"""Search latency at 100k attributions (a benchmark, not a test).

    DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:5432/NAME .venv/bin/python bench/search.py \\
        [--attributions 100000] [--searches 300] [--reuse]

Loads the database bench/api.py loads (`--attributions` shaped like ingested ones: 200 outlets,
720 named speakers, quotes of 8-18 words), but with words as news quotes have them: a vocabulary
of 20,000 content words with Zipf-like frequencies, the commonest in about 2 % of quotes
("government", "people"; stop words are not indexed). Unless --reuse finds it loaded. Runs
ANALYZE, then times the home page's
search as a reader: `selectors.attributions_search` over what a reader may see, counted and
cut to its first page of 20, whose rows are then loaded (what the home page does; each query's
fastest of --repeat runs, as the machine may be busy with other work), for a mix of queries: one
quote word (among the 2,000 commonest), two words in order from a stored quote, a speaker's
surname, a speaker's full name, an outlet's name, and words that match nothing; and,
separately, the worst case: each of the 20 commonest words. Also the whole page (GET /?q=...)
through Django's test client. Target on PostgreSQL: search p95 < 50 ms.
"""

import argparse
import os
import random
import statistics
import sys
import time

import itertools

import api
from api import FIRST_NAMES, LAST_NAMES, OUTLETS, load, percentile_95

TARGET_MS = 50
VOCABULARY_SIZE = 20_000
SYLLABLES = "ba de fi go ku la me ni ro su ta ve wi xo yu za".split()
# Word of rank r (0 = commonest) is drawn with weight 1 / (r + 100): the +100 leaves out the
# stop-word heads of real word counts, which full-text search does not index.
VOCABULARY = ["".join(parts) for parts in itertools.islice(itertools.product(SYLLABLES, repeat=4), VOCABULARY_SIZE)]
WEIGHTS = list(itertools.accumulate(1 / (rank + 100) for rank in range(VOCABULARY_SIZE)))


def news_quote(rng):
    words = rng.choices(VOCABULARY, cum_weights=WEIGHTS, k=rng.randint(8, 18))
    return " ".join(words).capitalize()


def queries(rng, count, quotes):
    """(kind, query) pairs, the kinds in turn."""
    makers = [
        ("a quote word", lambda: rng.choice(VOCABULARY[:2000])),
        ("two words in order", lambda: " ".join(rng.choice(quotes).lower().split()[3:5])),
        ("a surname", lambda: rng.choice(LAST_NAMES)),
        ("a full name", lambda: f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"),
        ("an outlet", lambda: f"Outlet {rng.randrange(OUTLETS)} News"),
        ("no match", lambda: rng.choice(["zeppelin", "quantum harbour", "marmalade"])),
    ]
    return [(makers[n % len(makers)][0], makers[n % len(makers)][1]()) for n in range(count)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attributions", type=int, default=100_000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="skip loading when the database already holds them")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query; its fastest counts")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (it is filled with bench rows).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-search-only")

    import django

    django.setup()
    from django.core.management import call_command
    from django.core.paginator import Paginator
    from django.db import connection
    from django.test import Client

    from attribution import selectors
    from attribution.models import Attribution

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    if args.reuse and Attribution.objects.count() >= args.attributions:
        print(f"reusing {Attribution.objects.count()} attributions")
    else:
        started = time.perf_counter()
        api.quote_text = news_quote  # bench/api.py's loader, with news-like words
        load(args.attributions, rng)
        print(f"loaded {Attribution.objects.count()} attributions in {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    def search(query):
        # As the home page does it (attribution.views._search_page): ranked and counted on bare
        # rows, then the page's 20 loaded with their relations.
        found = selectors.attributions_search(selectors.attribution_rows_on_pages(None), query=query)
        page = Paginator(found.only("id"), 20).get_page(1)
        rows = selectors.attributions_in_order([row.pk for row in page.object_list])
        return page.paginator.count, rows

    quotes = list(Attribution.objects.order_by("?").values_list("quote", flat=True)[:500])
    wanted = queries(rng, args.searches, quotes)
    search("warm up")

    def timed(queries):
        """Each query's fastest of --repeat runs (the others lost time to other processes), in ms."""
        timings, counts = [], []
        for query in queries:
            runs = []
            for _ in range(args.repeat):
                begin = time.perf_counter()
                count, _ = search(query)
                runs.append((time.perf_counter() - begin) * 1000)
            timings.append(min(runs))
            counts.append(count)
        return timings, counts

    timings, counts = timed([query for _, query in wanted])
    worst, worst_counts = timed(VOCABULARY[:20])
    client = Client()
    pages = []
    for _, query in wanted[: max(20, args.searches // 5)]:
        begin = time.perf_counter()
        assert client.get("/", {"q": query}).status_code == 200
        pages.append((time.perf_counter() - begin) * 1000)

    print(f"$ {' '.join(sys.argv)}   ({connection.vendor}, {Attribution.objects.count()} attributions, "
          f"each query's fastest of {args.repeat} runs)")
    print(f"queries: {len(wanted)}, results per query: median {statistics.median(counts):.0f}, max {max(counts)}")
    p95 = percentile_95(timings)
    verdict = "ok" if p95 < TARGET_MS else "MISSED"
    print(f"search (count + first 20):  p50 {statistics.median(timings):6.1f} ms   p95 {p95:6.1f} ms   "
          f"max {max(timings):6.1f} ms   target p95 < {TARGET_MS} ms: {verdict}")
    for kind in dict(wanted):
        mine = [timing for (k, _), timing in zip(wanted, timings) if k == kind]
        found = [count for (k, _), count in zip(wanted, counts) if k == kind]
        print(f"  {kind:<24}  p50 {statistics.median(mine):6.1f} ms   p95 {percentile_95(mine):6.1f} ms   "
              f"results: median {statistics.median(found):.0f}")
    print(f"the 20 commonest words:     p50 {statistics.median(worst):6.1f} ms   p95 {percentile_95(worst):6.1f} ms   "
          f"max {max(worst):6.1f} ms   ({min(worst_counts)}-{max(worst_counts)} results each)")
    print(f"home page GET /?q=...:      p50 {statistics.median(pages):6.1f} ms   p95 {percentile_95(pages):6.1f} ms")
    print(f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

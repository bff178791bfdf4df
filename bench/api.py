"""REST API latency over a large database (a benchmark, not a test).

    .venv/bin/python bench/api.py [--attributions 100000] [--requests 300] [--ingests 20]

Builds a throwaway SQLite database (in a temporary folder, or DATABASE_URL if set) with
`--attributions` attributions shaped like ingested ones: 200 outlets, articles of 5 quotes,
claims reported by 1-6 articles, speakers with titles, roles and affiliations, a relay hop on
a third of them; 60 % approved, 30 % pending, 10 % rejected. Then, through Django's test
client (the whole middleware and DRF stack, throttling off), it times:

  - the attribution list filtered by outlet and status (anonymous reader, 25 a page),
  - a claim's detail with its appearances and word diffs (anonymous reader),
  - ingesting the seed article as an editor (a new copy each time: extraction, claim matching,
    writes), and the same text again (recognised, answered 200).

Targets on SQLite: list p95 < 50 ms, claim detail p95 < 30 ms.
"""

import argparse
import itertools
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

OUTLETS = 200
QUOTES_PER_ARTICLE = 5
TARGETS_MS = {"list": 50, "claim": 30}
FIRST_NAMES = "Anna Ben Carla Dana Emil Fatima Gus Hana Ivan Jae Kofi Lena Marco Nia Omar Priya Quinn Rosa Sami Tomas".split()
LAST_NAMES = (
    "White Veale Okafor Silva Chen Novak Haddad Kim Larsen Moreau Patel Rossi Sato Tanaka Weber Young Zhou Ali "
    "Brown Costa Diaz Evans Fischer Garcia Horvat Ito Jensen Kowalski Lopez Meyer Nagy Olsen Park Quispe Reyes"
).split()
ROLES = ["a spokesman for the coalition", "the defence minister", "a senior official", "the mayor", "a police spokeswoman"]
CUES = ["said", "told reporters", "according to", "added", "claimed", "insisted", "said in a statement"]
WORDS = (
    "the forces attack city government talks ceasefire border troops vote budget bridge hospital power water "
    "report officials minister council plan deal prices strike court ruling election army police storm flood "
    "coalition base artillery rounds fighters aid convoy road school market port refinery pipeline tanks"
).split()


def percentile_95(values):
    return statistics.quantiles(values, n=20)[-1]


def quote_text(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize()


def load(total, rng):
    """Bulk-insert the database; returns (outlet ids, claim ids with 3+ appearances)."""
    from tqdm import tqdm

    from attribution.models import Article, Attribution, Claim, Outlet, RelayHop, Source
    from attribution.services import article_text_fingerprint

    outlets = Outlet.objects.bulk_create(
        [Outlet(name=f"Outlet {n} News", slug=f"outlet-{n}", homepage=f"https://outlet{n}.example/") for n in range(OUTLETS)]
    )
    organizations = Source.objects.bulk_create(
        [Source(kind="organization", name=f"Ministry of {w.capitalize()} {n}") for n, w in enumerate(WORDS)]
    )
    people = Source.objects.bulk_create(
        [
            Source(
                kind="person", name=f"{first} {last}", title=rng.choice(["", "", "Col.", "Dr.", "Gen."]),
                role=rng.choice(ROLES), affiliation=rng.choice(organizations),
            )
            for first, last in itertools.product(FIRST_NAMES, LAST_NAMES)
        ]
    )
    articles_needed = -(-total // QUOTES_PER_ARTICLE)
    # Each claim is reported by 1-6 articles (most by one or two): 2.35 on average.
    reports = rng.choices(range(1, 7), weights=[40, 20, 15, 10, 8, 7], k=total)
    claim_count, reported = 0, 0
    while reported < total:
        reported += reports[claim_count]
        claim_count += 1
    claims = Claim.objects.bulk_create(
        [Claim(canonical_text=quote_text(rng)) for _ in tqdm(range(claim_count), desc="claims", file=sys.stderr)],
        batch_size=5000,
    )
    slots = [claim for claim, times in zip(claims, reports) for _ in range(times)][:total]
    rng.shuffle(slots)
    slots = iter(slots)
    start_day = date(2018, 1, 1)
    made = 0
    progress = tqdm(total=total, desc="attributions", unit="row", file=sys.stderr)
    while made < total:
        batch = min(2000, articles_needed * QUOTES_PER_ARTICLE - made, total - made)
        articles, plans = [], []
        for _ in range(-(-batch // QUOTES_PER_ARTICLE)):
            picked = list(itertools.islice(slots, QUOTES_PER_ARTICLE))
            speakers = [rng.choice(people) for _ in picked]
            cues = [rng.choice(CUES) for _ in picked]
            paragraphs = [f"Report {made + len(articles)} from the region."]
            spans = []
            for claim, speaker, cue in zip(picked, speakers, cues):
                lead = f"{speaker.name} {cue}: “"
                offset = sum(len(p) + 2 for p in paragraphs) + len(lead)
                paragraphs.append(f"{lead}{claim.canonical_text}” on {rng.choice(WORDS)} day.")
                spans.append((offset, offset + len(claim.canonical_text)))
            text = "\n\n".join(paragraphs)
            articles.append(
                Article(
                    outlet=rng.choice(outlets), title=paragraphs[0], text=text,
                    text_sha256=article_text_fingerprint(text),
                    published=start_day + timedelta(days=rng.randrange(2000)), extractor_version="bench",
                )
            )
            plans.append(list(zip(picked, speakers, cues, spans)))
        Article.objects.bulk_create(articles)
        attributions = []
        for article, plan in zip(articles, plans):
            for claim, speaker, cue, (start, end) in plan:
                status = rng.choices(["approved", "pending", "rejected"], weights=[6, 3, 1])[0]
                attributions.append(
                    Attribution(
                        article=article, claim=claim, start=start, end=end, quote=article.text[start:end],
                        kind="direct", cue=cue, speaker=speaker, speaker_mention=speaker.name.split()[-1],
                        confidence=round(rng.uniform(0.5, 1), 2), extractor_version="bench", status=status,
                    )
                )
        attributions = attributions[: total - made]
        Attribution.objects.bulk_create(attributions)
        RelayHop.objects.bulk_create(
            [RelayHop(attribution=a, position=0, outlet=rng.choice(outlets), cue="reported") for a in attributions if rng.random() < 0.33]
        )
        made += len(attributions)
        progress.update(len(attributions))
    progress.close()
    return existing(rng)


def existing(rng):
    """Outlet ids, and ids of claims with three or more appearances one of which is approved."""
    from django.db.models import Count, Exists, OuterRef

    from attribution.models import Attribution, Claim, Outlet

    approved = Attribution.objects.filter(claim=OuterRef("pk"), status="approved")
    shared = list(
        Claim.objects.annotate(n=Count("attributions")).filter(n__gte=3).filter(Exists(approved))
        .values_list("pk", flat=True)[:2000]
    )
    return list(Outlet.objects.values_list("pk", flat=True)), shared


def timed(client, method, path, expected, **kwargs):
    """(wall ms, CPU ms), response. SQLite runs in-process, so its queries count in both; CPU time
    leaves out the waits other processes on a busy machine add."""
    begin, begin_cpu = time.perf_counter(), time.process_time()
    response = getattr(client, method)(path, **kwargs)
    elapsed = ((time.perf_counter() - begin) * 1000, (time.process_time() - begin_cpu) * 1000)
    assert response.status_code == expected, (path, response.status_code, response.content[:300])
    return elapsed, response


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attributions", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per read endpoint")
    parser.add_argument("--ingests", type=int, default=20, help="new-article ingests timed")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--reuse", action="store_true", help="with DATABASE_URL: skip loading when it already holds the attributions"
    )
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="run ANALYZE after loading, as `PRAGMA optimize` would in production: with statistics SQLite "
        "filters by outlet through the article index instead of scanning every approved row",
    )
    args = parser.parse_args()
    if args.requests < 2 or args.ingests < 2:
        parser.error("--requests and --ingests need at least 2 (for percentiles)")

    folder = tempfile.TemporaryDirectory(prefix="bench-api-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder.name}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "bench-api-only")

    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.test import Client
    from rest_framework.authtoken.models import Token
    from rest_framework.throttling import SimpleRateThrottle

    from attribution.models import Attribution

    SimpleRateThrottle.THROTTLE_RATES = {"anon": None, "user": None}  # measure the API, not the limiter
    print(f"database: {os.environ['DATABASE_URL']}")
    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    if args.reuse and Attribution.objects.count() >= args.attributions:
        outlet_ids, claim_ids = existing(rng)
        print(f"reusing {Attribution.objects.count()} attributions")
    else:
        started = time.perf_counter()
        outlet_ids, claim_ids = load(args.attributions, rng)
        print(f"loaded {Attribution.objects.count()} attributions in {time.perf_counter() - started:.1f} s")

    if args.analyze:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print("ran ANALYZE")

    editor, _ = User.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name="editors"))
    token = Token.objects.get_or_create(user=editor)[0].key
    reader, editor_client = Client(), Client(HTTP_AUTHORIZATION=f"Token {token}")

    results = {}
    reader.get("/api/attributions/")  # warm up imports and caches
    results["list"] = [
        timed(reader, "get", "/api/attributions/", 200, data={"outlet": rng.choice(outlet_ids), "status": "approved"})[0]
        for _ in range(args.requests)
    ]
    results["claim"] = [timed(reader, "get", f"/api/claims/{rng.choice(claim_ids)}/", 200)[0] for _ in range(args.requests)]

    seed = (ROOT / "demo" / "articles" / "00-khusham-attack.txt").read_text(encoding="utf-8")
    new_ingests, run = [], time.time_ns()
    for n in range(args.ingests):
        body = {"text": f"{seed}\n\nCopy {run}-{n}.", "outlet": "Seed publisher"}
        elapsed, response = timed(editor_client, "post", "/api/articles/", 201, data=body, content_type="application/json")
        new_ingests.append(elapsed)
    results["ingest"] = new_ingests
    body = {"text": f"{seed}\n\nCopy {run}-0.", "outlet": "Seed publisher"}
    results["ingest again"] = [
        timed(editor_client, "post", "/api/articles/", 200, data=body, content_type="application/json")[0]
        for _ in range(args.ingests)
    ]
    attributions_found = len(response.json()["attributions"])

    labels = {
        "list": "attribution list (outlet + status)",
        "claim": "claim detail (3+ appearances)",
        "ingest": f"ingest seed article ({attributions_found} attributions)",
        "ingest again": "same text again (200)",
    }
    print(f"\n{'endpoint':<44} {'n':>4} {'wall p50':>9} {'wall p95':>9} {'wall max':>9} {'CPU p50':>8} {'CPU p95':>8}  ms")
    failed = False
    for key, timings in results.items():
        wall, cpu = [w for w, _ in timings], [c for _, c in timings]
        p95 = percentile_95(wall)
        target = TARGETS_MS.get(key)
        verdict = "" if target is None else f"  target p95 < {target}: " + ("ok" if p95 < target else "MISSED")
        failed |= target is not None and p95 >= target
        print(
            f"{labels[key]:<44} {len(wall):>4} {statistics.median(wall):>9.1f} {p95:>9.1f} {max(wall):>9.1f}"
            f" {statistics.median(cpu):>8.1f} {percentile_95(cpu):>8.1f}{verdict}"
        )
    verdict = "MISSED" if failed else "met"
    print(f"\ntargets (wall p95): {verdict} (load average {os.getloadavg()[0]:.1f}; see the CPU columns on a busy machine)")


if __name__ == "__main__":
    main()

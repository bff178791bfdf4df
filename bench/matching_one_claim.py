"""The cost of one claim that many outlets report (not a test).

    .venv/bin/python bench/matching_one_claim.py [--sizes 100,300]

Works on its own temporary SQLite file. For each size N, N outlets each publish the same quote
of one speaker, in the same words (the worst case: no pair of them differs, so none can stop a
comparison early), matched as ingest matches them; then it
times `services.claim_flags_refresh` on that claim and `services.attribution_claim_assign` of
one more outlet's report, in milliseconds. Both should grow about linearly with N, not as N².
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching import setup_django  # noqa: E402  (bench/matching.py)

QUOTE = (
    "After 20-30 artillery and tank rounds landed within 500 meters of the SDF headquarters location, "
    "the SDF targeted the aggressors with a combination of air and artillery strikes."
)


def report(n, *, quote, speaker):
    from attribution import services
    from attribution.models import Article, Attribution

    text = f"{quote} Report {n}."
    article = Article.objects.create(
        outlet=services.outlet_get_or_create(name=f"Outlet {n}"),
        title=f"Report {n}",
        text=text,
        text_sha256=services.article_text_fingerprint(text),
    )
    return Attribution.objects.create(
        article=article, start=0, end=len(quote), quote=quote, kind="direct", cue="said", speaker=speaker,
        origin=Attribution.Origin.MANUAL,
    )


def timed(function, repeat=3):
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        elapsed = (time.perf_counter() - started) * 1000
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,300")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder) / "bench.sqlite3")
        from django.db import transaction

        from attribution import services
        from attribution.models import Attribution, Claim, Source

        speaker = Source.objects.create(name="Thomas Veale", kind=Source.Kind.PERSON)
        stored = 0
        for size in sizes:
            while stored < size:
                services.attribution_claim_assign(attribution=report(stored, quote=QUOTE, speaker=speaker))
                stored += 1
            claim = Claim.objects.get()
            refresh_ms = timed(lambda: services.claim_flags_refresh(claim=claim))

            def assign_one():
                with transaction.atomic():
                    attribution = report(f"probe {stored}", quote=QUOTE, speaker=speaker)
                    services.attribution_claim_assign(attribution=attribution)
                    transaction.set_rollback(True)

            assign_ms = timed(assign_one)
            count = Attribution.objects.filter(claim=claim).count()
            print(f"{size:>5} outlets in one claim ({count} appearances): "
                  f"claim_flags_refresh {refresh_ms:8.1f} ms, attribution_claim_assign {assign_ms:8.1f} ms")


if __name__ == "__main__":
    main()

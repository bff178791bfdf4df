"""Extraction throughput on one core: MB/s, articles/s and peak memory.

    .venv/bin/python bench/extraction.py [--megabytes 5] [--seed 7] [--repeat 3]
    .venv/bin/python bench/extraction.py --articles DIR [--repeat 3]

Builds a corpus of at least --megabytes by shuffling paragraphs of real article text (the
demo articles in demo/articles/ when present, else bench/extraction_paragraphs.txt) into
articles of 4-12 paragraphs, then runs extract() over every article, --repeat times, and
reports the fastest pass (other processes on a shared machine slow the rest). Not a test.
With --articles, the corpus is every *.txt file in DIR (or in DIR/articles, as in a PolNeAR
export), as published.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution.extraction import extract  # noqa: E402
from attribution.extraction.sentences import punkt_tokenizer  # noqa: E402


def source_paragraphs() -> list[str]:
    files = sorted((ROOT / "demo" / "articles").glob("*.txt")) or [ROOT / "bench" / "extraction_paragraphs.txt"]
    paragraphs = []
    for path in files:
        paragraphs.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
    return paragraphs


def build_corpus(megabytes: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        article = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(4, 12)))
        articles.append(article)
        size += len(article.encode("utf-8"))
    return articles


def read_articles(folder: Path) -> list[str]:
    if (folder / "articles").is_dir():
        folder = folder / "articles"
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt articles in {folder}")
    return [path.read_text(encoding="utf-8") for path in files]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the fastest is reported")
    parser.add_argument("--articles", type=Path, help="folder of real articles (*.txt) to run over instead of the built corpus")
    args = parser.parse_args(argv)

    articles = read_articles(args.articles) if args.articles else build_corpus(args.megabytes, args.seed)
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    punkt_tokenizer()  # built once per process; not part of the per-article cost
    extract(articles[0])

    passes = []
    for _ in range(max(1, args.repeat)):
        wall_began, cpu_began = time.perf_counter(), time.process_time()
        found = sum(len(extract(article)) for article in articles)
        passes.append((time.process_time() - cpu_began, time.perf_counter() - wall_began))
    cpu, wall = min(passes)

    # Peak memory in a separate pass: tracemalloc slows Python down several times over.
    sample = articles[:200]
    tracemalloc.start()
    for article in sample:
        extract(article)
    traced_peak = tracemalloc.get_traced_memory()[1] / 1000
    tracemalloc.stop()
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000  # kilobytes on Linux

    source = f"the articles in {args.articles}" if args.articles else "shuffled paragraphs"
    print(f"corpus: {megabytes:.2f} MB in {len(articles)} articles ({source}), {found} attributions")
    print(f"CPU time (one core, fastest of {len(passes)} passes): {cpu:.2f} s -> {megabytes / cpu:.2f} MB/s, "
          f"{len(articles) / cpu:.0f} articles/s; all passes: {', '.join(f'{megabytes / c:.2f}' for c, _ in passes)} MB/s")
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"wall time: {wall:.2f} s -> {megabytes / wall:.2f} MB/s (lower when the machine is busy)")
    print(f"peak memory: {traced_peak:.0f} kB allocated by extraction at its peak (tracemalloc, {len(sample)} articles), "
          f"{rss_peak:.0f} MB process peak RSS")


if __name__ == "__main__":
    main()

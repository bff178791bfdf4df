"""Test sentences must be our own: which string literals in the tests share a run of words with PolNeAR's articles.

    .venv/bin/python bench/text_overlap.py EXPORT_DIR [--words 8] [FILE ...]
    .venv/bin/python bench/text_overlap.py --basil BASIL [--words 8] [FILE ...]

EXPORT_DIR is a PolNeAR export (`polnear.py export`, see bench/polnear.py); with --basil, BASIL is a
BASIL checkout or the bare git directory a fetch gives (read by bench/basil_source.py), whose 300
articles the matching and speaker benches read too. Every string literal in the
given Python files (by default tests/**/*.py) is cut into runs of --words words; a run that also occurs
in an exported article (white space folded) is printed with its file and line. The articles are the
publishers' copyright and stay outside the repository, so this is a check to run before merging rule
work written from them, not part of the test suite. Exits 1 when it finds any.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def string_literals(source: str) -> list[tuple[int, str]]:
    return [(node.lineno, node.value) for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def shared_run(literal: str, corpus: str, words: int) -> str | None:
    """The first run of ``words`` words of ``literal`` that ``corpus`` also holds, or None."""
    tokens = literal.split()
    for start in range(len(tokens) - words + 1):
        run = " ".join(tokens[start:start + words])
        if run in corpus:
            return run
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export", type=Path, help="PolNeAR export, or with --basil a BASIL checkout or its git directory")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--words", type=int, default=8)
    parser.add_argument("--basil", action="store_true", help="EXPORT is BASIL, not a PolNeAR export")
    args = parser.parse_args(argv)
    if args.basil:
        sys.path.insert(0, str(ROOT / "bench"))
        from basil_source import BasilSource

        articles = [article.text for article in BasilSource(args.export).articles()]
    else:
        paths = sorted((args.export / "articles").glob("*.txt"))
        if not paths:
            raise SystemExit(f"{args.export} is not a PolNeAR export: no articles/*.txt")
        articles = [path.read_text(encoding="utf-8") for path in paths]
    corpus = folded("\n".join(articles))
    files = args.files or sorted((ROOT / "tests").rglob("*.py"))
    found = 0
    for path in files:
        for line, literal in string_literals(path.read_text(encoding="utf-8")):
            run = shared_run(literal, corpus, args.words)
            if run is not None:
                found += 1
                print(f"{path}:{line}: {run}")
    print(f"{found} string literal(s) share a run of {args.words} words with the {len(articles)} articles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

"""Claim matching on real reports: labelled cross-outlet quote pairs from PolNeAR (not a test).

    .venv/bin/python bench/matching_polnear.py PATH [--pairs FILE] [--mistakes] [--db FILE]
    .venv/bin/python bench/matching_polnear.py --basil BASIL [--mistakes] [--db FILE]

PATH is the PolNeAR train export (`polnear.py export`: PATH/articles/*.txt and PATH/meta.jsonl),
a PolNeAR checkout (PATH/data/train/text/*.txt and PATH/data/metadata.tsv) or its bare git
directory. The texts are the publishers' copyright: they are read from PATH, never stored here.

`bench/matching_polnear_pairs.jsonl` holds 232 pairs of quotes from two outlets, labelled by
reading their context, as file names and character offsets only: the same claim ("identical",
"truncated", "partial", "reworded") or a different one ("other speaker", "same speaker" with
another statement, the same "stock phrase" in unrelated statements).

`bench/matching_polnear_pairs_holdout.jsonl` (`--pairs`) holds 82 more pairs (ids 233-314), labelled
after the matching rules were tuned and committed before the matcher ever ran on them: a held-out
check that the figures on the first set are not over-fitted. Its candidates came from PolNeAR's gold
spans alone (two outlets within ten days, six weeks for quoted phrases: a shared run of words, rare
content words, or the same credited speaker), never from the app's matcher
(`bench/matching_polnear_candidates.py`).

`bench/matching_polnear_pairs_third.jsonl` (`--pairs`) holds a third set of 74 pairs (ids 315-388),
drawn the same way with both earlier sets excluded (`--exclude`) and labelled blind the same way,
committed before the matcher ran on them; from that round on the held-out set above was used for
tuning, so this third set's first figures are the estimate for unseen reports.

`bench/matching_polnear_pairs_fourth.jsonl` (`--pairs`) holds a fourth set of 67 pairs (ids 389-455),
drawn the same way with the three earlier sets excluded and labelled blind, committed before the
matcher ran on them; the third set was tuned on from then on, and this set was run once before and
once after that round's rules.

`bench/matching_polnear_pairs_fifth.jsonl` (`--pairs`) holds a fifth set of 75 pairs (ids
456-530; 19 of one claim: 9 identical, 4 partial, 6 reworded; 56 of different claims: 20 other
speaker, 26 same speaker, 10 stock phrase), drawn the same way with all four earlier sets excluded
and labelled blind, reading both articles around the spans, committed before the matcher ran on
them: its first figures are the matcher's on unseen pairs.

`bench/matching_polnear_pairs_sixth.jsonl` (`--pairs`) holds a sixth set of 75 pairs (ids 531-605;
7 of one claim: 6 identical, 1 reworded; 68 of different claims: 30 other speaker, 23 same speaker,
15 stock phrase), drawn the same way with all five earlier sets excluded and labelled blind,
reading both articles around the spans, committed before the matcher ran on them. Same-claim pairs
are scarce outside the stories already labelled: its six identical pairs are two statements (an FBI
director's two words, a department's two words) reported by several outlets, so its recall is an
indication only; its different-claim pairs are its weight.

`bench/matching_basil_pairs.jsonl` (`--basil PATH`, PATH a BASIL checkout or its bare git directory,
read by `bench/basil_source.py`) holds a seventh set of 114 pairs (ids 606-719) from another corpus,
BASIL: 100 events of 2010-2019, each told by the New York Times, Fox News and the Huffington Post;
the pairs name articles by BASIL's names. PolNeAR's train split had run out of same-claim pairs.
Its candidates came from BASIL's texts alone (`bench/matching_polnear_candidates.py --basil`): what
a plain pattern finds inside quotation marks within a paragraph, paired across two outlets of one
event by a shared run of words or shared rare content words, and across events by a shared run
(stock phrases); a random draw of them, at most a few per event, was labelled blind the same way,
reading both articles around the spans, and committed before the matcher ran on them. 41 of one
claim: 11 identical, 21 truncated, 7 partial, 2 reworded; 73 of different claims: 43 other speaker
(mostly others quoted in the same story), 15 same speaker (another line of the same speech,
interview or letter, or an older statement), 15 stock phrase (across events). Four candidates were
left out (a show's or a magazine cover's title in quotation marks, a group's words not told apart
from a blogger's, two press-conference lines that may or may not be one); in four pairs a span was
moved to the sentence of the same statement the other outlet quotes.
Its blind first figures, main's matcher (extractor 0.20.0) at 87b8d59, `--basil
/work/.mirror/launchnlp+BASIL/repo`: precision 1.000 (no different-claim pair joined), recall 0.730
on the 37 covered same-claim pairs and 0.659 on all 41 (identical 10 of 11, truncated 16 of 18
covered, partial 1 of 6, reworded 0 of 2). Of the ten misses on covered pairs, two are one
statement whose sentences ended in two claims (an outlet quoting two sentences as one quote joins
only one of them), three credit a fragment to the wrong voice or leave it unresolved, one covers
a statement by the report it quotes ("AP reports ..."), two are reworded lines, one is a lede's
word of a statement quoted in full further down (the fuller quote's index keys did not find the
word's claim), one two overlapping windows of one quote. Once the claims an article started are
candidates of its later quotes (`services.ingest_claims`, 94845b7), the same command gives
precision 1.000, recall 0.757 on covered pairs and 0.683 on all (partial 2 of 6); sets A-F unchanged.

`bench/matching_basil_pairs_eighth.jsonl` (`--basil PATH --pairs FILE`) holds an eighth set of 77 pairs
(ids 720-796) from BASIL, drawn the same way with every earlier set excluded (a seeded random draw of
the candidates, 42 of a shared run and 24 of shared words within one event, 16 of a shared run across
events, at most two per event) and labelled blind the same way, reading both articles around the
spans, committed before the matcher ran on them. 16 of one claim: 4 identical, 9 truncated, 3
partial; 61 of different claims: 25 other speaker, 20 same speaker (another line of the same
speech, interview, letter or tweets, or another occasion), 16 stock phrase. Five candidates were left
out (a magazine cover's title, an advertisement's title, a TV show's name, two one-word scare
quotes that could not be told to be one statement); in two pairs a span was moved to the sentence
of the same statement the other outlet quotes.
Its blind first figures (the matcher as of 42bd911, before round 18's matching rules; `--basil BASIL
--pairs bench/matching_basil_pairs_eighth.jsonl`): precision
0.857 (two same-speaker pairs joined: two statements of one voice read as one denial, through a name
they both hold and through "no matter how"), recall 0.800 on the 15 covered same-claim pairs and
0.750 on all 16. Once names and "no matter how" are no shared denial and a sentence an article
quotes in two pieces around its tag, in mid-sentence, is one claim: precision 1.000, recall 0.867 on
covered pairs and 0.812 on all; sets A-G unchanged.

Labelling guide (the held-out set was labelled this way, reading both articles, never the matcher's
output): a span is what the outlet puts inside quotation marks or, for a paraphrase, PolNeAR's gold
content span. The same claim when both report one statement of one speaker (a speech line, a tweet,
a written statement, one poll's finding), whoever the outlet credits: "identical" (the same words,
even one), "truncated" (one a stretch of the other, words in order), "partial" (a quoted fragment
inside the other's fuller quote or paraphrase), "reworded" (the same statement in other words). A
different claim when: "other speaker" (another person or body says something alike; a journalist's
question using the words; two polls with alike findings), "same speaker" (the same person or body on
another occasion or about another thing, however close in words or theme: a stump line in two
speeches, tweets on two attacks), "stock phrase" (the same phrase in statements unrelated in speaker
and subject). Pairs the two articles could not decide (a group credited, "other candidates and a
columnist"; a description of a claim rather than the claim) were left out.

The articles of the pairs are ingested as the app ingests them (`services.article_ingest`:
extraction, speakers, matching into claims), oldest first, into a temporary SQLite database.
Each labelled span is then found among the extracted attributions of its article: the one
covering the largest share of it (at least half of the shorter of the two spans), whatever
the extractor's ids or exact boundaries, so the labels stay valid while extraction changes.
A pair is joined when both attributions ended in the same claim.

Printed per kind of pair: how many pairs the extractor covers, how many are joined, and then
precision and recall over the pairs it covers (the matcher's own figures) and recall over all
pairs (what a reader sees, extraction gaps included).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching import setup_django  # noqa: E402  (bench/matching.py)

PAIRS = Path(__file__).resolve().parent / "matching_polnear_pairs.jsonl"
BASIL_PAIRS = Path(__file__).resolve().parent / "matching_basil_pairs.jsonl"
SAME_KINDS = ("identical", "truncated", "partial", "reworded")
DIFFERENT_KINDS = ("other speaker", "same speaker", "stock phrase")
TARGET_PRECISION, TARGET_RECALL, TARGET_KIND_RECALL = 0.95, 0.85, 0.75


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="PolNeAR train export, checkout, or bare git directory (BASIL's with --basil)")
    parser.add_argument("--basil", action="store_true", help=f"PATH is BASIL (default pairs: {BASIL_PAIRS.name})")
    parser.add_argument("--pairs", help=f"labelled pairs (default: {PAIRS.name})")
    parser.add_argument("--mistakes", action="store_true", help="print the pairs decided wrongly, with their quotes")
    parser.add_argument("--db", help="SQLite file to use (default: a new temporary file)")
    return parser.parse_args()


class Source:
    """Reads article texts and publication dates from an export, a checkout or a bare git dir."""

    def __init__(self, path):
        self.path = Path(path)
        if (self.path / "articles").is_dir():
            self.kind = "export"
            self.dates = {}
            with open(self.path / "meta.jsonl", encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        record = json.loads(line)
                        self.dates[record["article"]] = record.get("published")
        elif (self.path / "data" / "train" / "text").is_dir():
            self.kind = "checkout"
            self.dates = self._metadata((self.path / "data" / "metadata.tsv").read_text(encoding="utf-8"))
        elif (self.path / "HEAD").exists():
            self.kind = "git"
            self.dates = self._metadata(self._git("show", "HEAD:data/metadata.tsv"))
        else:
            sys.exit(f"{path}: neither a PolNeAR export (articles/, meta.jsonl) nor a checkout (data/train/text/)")

    def _git(self, *args):
        return subprocess.run(
            ["git", "--git-dir", str(self.path), *args], capture_output=True, text=True, check=True
        ).stdout

    @staticmethod
    def _metadata(tsv):
        lines = tsv.splitlines()
        head = lines[0].split("\t")
        rows = (dict(zip(head, line.split("\t"))) for line in lines[1:])
        return {row["filename"]: row.get("publication_date") for row in rows}

    def text(self, file_name):
        stem = file_name.removesuffix(".txt")
        if self.kind == "export":
            return (self.path / "articles" / file_name).read_text(encoding="utf-8")
        if self.kind == "checkout":
            return (self.path / "data" / "train" / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        return self._git("show", f"HEAD:data/train/text/{stem}.txt")

    def outlet(self, file_name):
        return file_name.split("_")[0]

    def published(self, file_name):
        from datetime import date

        value = self.dates.get(file_name.removesuffix(".txt")) or file_name.split("_")[1]
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None


class BasilTexts:
    """BASIL's articles by name (`bench/basil_source.py`), read the way Source reads PolNeAR's."""

    def __init__(self, path):
        from basil_source import BasilSource

        self.articles = {article.name: article for article in BasilSource(path).articles()}

    def text(self, name):
        return self.articles[name].text

    def outlet(self, name):
        return self.articles[name].outlet

    def published(self, name):
        from datetime import date

        return date.fromisoformat(self.articles[name].published)


def load_pairs(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def ingest(source, files):
    """Ingest the articles oldest first, as a newsroom would; {file name: Article}."""
    from attribution import services

    articles = {}
    for file_name in sorted(files, key=lambda name: (source.published(name) or "", name)):
        result = services.article_ingest(
            text=source.text(file_name), outlet=source.outlet(file_name), title=file_name, published=source.published(file_name)
        )
        articles[file_name] = result.article
    return articles


def covering(article, start, end):
    """The attribution of the article that covers the labelled span best, or None."""
    from attribution.models import Attribution

    best, best_rank = None, None
    for attribution in article.attributions.exclude(status=Attribution.Status.REJECTED):
        shared = min(end, attribution.end) - max(start, attribution.start)
        if shared <= 0:
            continue
        shorter = min(end - start, attribution.end - attribution.start)
        if shared < shorter / 2:
            continue
        # Most of the label covered first, then the tightest span around it.
        rank = (shared / (end - start), -abs((attribution.end - attribution.start) - (end - start)))
        if best_rank is None or rank > best_rank:
            best, best_rank = attribution, rank
    return best


def ratio(part, whole):
    return part / whole if whole else float("nan")


def main():
    args = parse_args()
    source = BasilTexts(args.path) if args.basil else Source(args.path)
    pairs = load_pairs(args.pairs or (BASIL_PAIRS if args.basil else PAIRS))
    with tempfile.TemporaryDirectory() as scratch:
        setup_django(args.db or os.path.join(scratch, "bench.sqlite3"))
        files = {side["file"] for pair in pairs for side in (pair["a"], pair["b"])}
        began = time.perf_counter()
        articles = ingest(source, files)
        seconds = time.perf_counter() - began
        from attribution.models import Attribution

        print(
            f"{len(pairs)} labelled pairs over {len(files)} articles; ingested with "
            f"{Attribution.objects.count()} attributions in {seconds:.1f} s"
        )
        counts = defaultdict(lambda: {"pairs": 0, "covered": 0, "joined": 0})
        mistakes = []
        for pair in pairs:
            first = covering(articles[pair["a"]["file"]], pair["a"]["start"], pair["a"]["end"])
            second = covering(articles[pair["b"]["file"]], pair["b"]["start"], pair["b"]["end"])
            entry = counts[pair["kind"]]
            entry["pairs"] += 1
            if first is None or second is None:
                if pair["same"]:
                    mistakes.append((pair, first, second, "not extracted"))
                continue
            entry["covered"] += 1
            joined = first.claim_id is not None and first.claim_id == second.claim_id
            entry["joined"] += joined
            if joined != pair["same"]:
                mistakes.append((pair, first, second, "joined" if joined else "apart"))
        report(counts)
        if args.mistakes:
            print_mistakes(mistakes)


def report(counts):
    print(f"\n{'kind':<15}{'pairs':>6}{'covered':>9}{'joined':>8}  figure on covered pairs (on all pairs)")
    for kind in (*SAME_KINDS, *DIFFERENT_KINDS):
        c = counts[kind]
        if kind in SAME_KINDS:
            figure = f"recall {ratio(c['joined'], c['covered']):.2f} ({ratio(c['joined'], c['pairs']):.2f})"
        else:
            figure = f"kept apart {ratio(c['covered'] - c['joined'], c['covered']):.2f}"
        print(f"{kind:<15}{c['pairs']:>6}{c['covered']:>9}{c['joined']:>8}  {figure}")
    same = {key: sum(counts[k][key] for k in SAME_KINDS) for key in ("pairs", "covered", "joined")}
    wrong = sum(counts[k]["joined"] for k in DIFFERENT_KINDS)
    precision = ratio(same["joined"], same["joined"] + wrong)
    recall, recall_all = ratio(same["joined"], same["covered"]), ratio(same["joined"], same["pairs"])
    kind_recalls = {k: ratio(counts[k]["joined"], counts[k]["covered"]) for k in SAME_KINDS}
    print(f"\nprecision {precision:.3f}  (target >= {TARGET_PRECISION}) {tick(precision >= TARGET_PRECISION)}")
    print(f"recall    {recall:.3f}  (target >= {TARGET_RECALL}) {tick(recall >= TARGET_RECALL)}"
          f"   over all pairs, extraction gaps included: {recall_all:.3f}")
    worst = min(kind_recalls, key=kind_recalls.get)
    print(f"each same-claim kind >= {TARGET_KIND_RECALL}: lowest {worst} {kind_recalls[worst]:.2f} "
          f"{tick(kind_recalls[worst] >= TARGET_KIND_RECALL)}")


def tick(passed):
    return "met" if passed else "NOT MET"


def print_mistakes(mistakes):
    print("\nMistakes (printed from your copy of the texts; nothing is stored):")
    for pair, first, second, what in mistakes:
        print(f"#{pair['id']} {pair['kind']}: {what}")
        for label, attribution in (("a", first), ("b", second)):
            side = pair[label]
            if attribution is None:
                print(f"   {label} {side['file']} {side['start']}-{side['end']}: no attribution covers it")
                continue
            speaker = attribution.speaker.name if attribution.speaker_id else "-"
            print(f"   {label} [{attribution.kind} <{speaker}> claim {attribution.claim_id}] {attribution.quote[:150]!r}")


if __name__ == "__main__":
    main()

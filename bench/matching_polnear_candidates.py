"""Candidate cross-outlet pairs for labelling, found from PolNeAR's gold spans alone (not a test).

    .venv/bin/python bench/matching_polnear_candidates.py PATH [--exclude FILE ...] [--show] > candidates.jsonl
    .venv/bin/python bench/matching_polnear_candidates.py --basil BASIL [--show] > candidates.jsonl

PATH is the PolNeAR train export (`polnear.py export`: PATH/articles/*.txt, PATH/meta.jsonl,
PATH/gold.jsonl); with --basil, BASIL is a BASIL checkout or its bare git directory
(`bench/basil_source.py`). Nothing of the app is imported: the candidates owe nothing to the matcher they
are meant to measure, so a set labelled from them is a fair check of it. This is how the held-out
set `bench/matching_polnear_pairs_holdout.jsonl` was found; each candidate was then judged by
reading both articles (the labelling guide is in `bench/matching_polnear.py`); the third set
`bench/matching_polnear_pairs_third.jsonl` was drawn from its output with both sets excluded, and
the fourth, `bench/matching_polnear_pairs_fourth.jsonl`, with all three excluded, the fifth,
`bench/matching_polnear_pairs_fifth.jsonl`, with all four excluded, and the sixth,
`bench/matching_polnear_pairs_sixth.jsonl`, with all five excluded.

A span is what the outlet puts inside quotation marks in a gold "quoted" attribution, or a gold
"unquoted" content span (a paraphrase). Two spans of two outlets are a candidate when
- "run": one of them quoted, they share a run of words holding two content words or more, three
  words with a rare one, or all of a quoted phrase with a content word ("unhinged"), within
  --phrase-days: the way one
  statement is quoted twice, and the way a stock phrase recurs;
- "overlap": they share two content words or more (compared by their first five letters), one of
  them rare in the export (in at most 10 % of its articles), within --days: paraphrases of one
  statement, and alike statements of others;
- "speaker": two quotations credited to the same surname within --days: the same speaker's
  other statements, the hardest pairs to keep apart.
BASIL has no gold spans: a span there is what a plain pattern finds inside quotation marks in one
paragraph, and two spans pair when their articles report the same event (BASIL's triplets) instead of
falling within --days; a shared quoted run also pairs across events (stock phrases). This is how
`bench/matching_basil_pairs.jsonl` was drawn, and the eighth set,
`bench/matching_basil_pairs_eighth.jsonl`, with it excluded.
Pairs of --exclude files (labelled sets, same format) are left out. Printed as JSON lines in the
labelled sets' format without a kind, with the reason and the share of the shorter span's content
words the other holds ("shared"), by reason and then the most content words shared first (up to
five, weighed by that share): read from the top of each reason, and take a mix of them. --show adds both texts for reading in the terminal only (the texts
are the publishers': never store them in the repository).
"""

import argparse
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

QUOTED = re.compile(r"“([^“”]{3,600}?)”|\"([^\"]{3,600}?)\"|(?:``|'')([^`'\"]{3,600}?)''")
QUOTED_IN_PARAGRAPH = re.compile(r"“([^“”\n]{3,600}?)”|\"([^\"\n]{3,600}?)\"")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOP = set(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its this that
    these those i you he she we they me him her us them my your his our their not no do does did have has had
    will would can could should may might must shall there here what which who whom whose when where why how all
    any some so than then too very just also about into over after before up down out off again more most such
    only own same s t don't i'm it's that's we're said says say going get got go one like know think people""".split()
)
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "his", "her", "who", "which", "that", "him"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="PolNeAR train export, or with --basil a BASIL checkout or git directory")
    parser.add_argument("--basil", action="store_true", help="PATH is BASIL: quoted spans, paired within an event")
    parser.add_argument("--exclude", nargs="*", default=[], help="labelled pair files whose pairs to leave out")
    parser.add_argument("--days", type=int, default=10, help="largest gap between the two articles (default 10)")
    parser.add_argument("--phrase-days", type=int, default=45, help="the same for a shared quoted run (default 45)")
    parser.add_argument("--show", action="store_true", help="add both texts (terminal only, never commit them)")
    return parser.parse_args()


def words(text):
    return WORD.findall(text.lower().replace("’", "'"))


def content(tokens):
    return [token for token in tokens if token not in STOP and len(token) > 2]


def surname(speaker):
    names = [part for part in (speaker or "").replace(",", " ").split() if part[:1].isupper()]
    if not names or speaker.strip().lower() in PRONOUNS:
        return None
    return names[-1].lower().rstrip("'’s")


def load_spans(root):
    meta = {}
    with open(root / "meta.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                meta[record["article"]] = record
    texts, spans, seen = {}, [], set()
    with open(root / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            gold = json.loads(line)
            article = gold["article"]
            text = texts.setdefault(article, (root / "articles" / f"{article}.txt").read_text(encoding="utf-8"))
            if gold["kind"] == "quoted":
                pieces = [(*piece, True) for piece in quoted_pieces(text, QUOTED, gold["start"], gold["end"])]
            else:
                pieces = [(gold["start"], gold["end"], False)]
            for start, end, quoted in pieces:
                if (article, start, end) in seen:
                    continue
                seen.add((article, start, end))
                spans.append(span_record(
                    f"{article}.txt", text, start, end, quoted, surname(gold.get("speaker")),
                    meta[article]["outlet"], date.fromisoformat(meta[article]["published"]),
                ))
    return spans, texts


def quoted_pieces(text, pattern, start=0, end=None):
    """(start, end) of what each pair of quotation marks holds, stripped of edge punctuation."""
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        group = next(index for index in range(1, pattern.groups + 1) if match.group(index) is not None)
        inner = match.group(group).strip(" ,.")
        if inner:
            begin = text.index(inner, match.start(group))
            yield begin, begin + len(inner)


def span_record(file, text, start, end, quoted, surname_, outlet, published, event=None):
    tokens = words(text[start:end])
    return {
        "file": file, "start": start, "end": end, "quoted": quoted, "words": tokens,
        "content": {word[:5] for word in content(tokens)}, "surname": surname_,
        "outlet": outlet, "date": published, "event": event,
    }


def load_basil_spans(path):
    """Quoted spans of BASIL's articles (a plain pattern, one paragraph at most) and the texts."""
    from basil_source import BasilSource

    texts, spans = {}, []
    for article in BasilSource(path).articles():
        texts[article.name] = article.text
        published = date.fromisoformat(article.published)
        for start, end in quoted_pieces(article.text, QUOTED_IN_PARAGRAPH):
            spans.append(span_record(article.name, article.text, start, end, True, None,
                                     article.outlet, published, article.event))
    return spans, texts


def longest_run(first, second):
    """The longest run of words the two share, as a list of words."""
    best, ending, previous = 0, 0, {}
    for i, word in enumerate(first):
        current = {}
        for j, other in enumerate(second):
            if word == other:
                current[j] = previous.get(j - 1, 0) + 1
                if current[j] > best:
                    best, ending = current[j], i + 1
        previous = current
    return first[ending - best:ending]


def main():
    args = parse_args()
    root = Path(args.path)
    spans, texts = load_basil_spans(root) if args.basil else load_spans(root)
    in_articles = Counter(word for text in texts.values() for word in set(words(text)))
    rare_limit = 0.10 * len(texts)
    rare = {word[:5] for word, count in in_articles.items() if count <= rare_limit and word not in STOP and len(word) > 2}
    excluded = set()
    for name in args.exclude:
        with open(name, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    pair = json.loads(line)
                    excluded.add(frozenset((pair[side]["file"], pair[side]["start"]) for side in "ab"))
    spans.sort(key=lambda span: span["date"])
    widest = max(args.days, args.phrase_days)
    found = []
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            gap = (b["date"] - a["date"]).days
            if args.basil:
                # An event is one story told by three outlets; a quoted run may recur in any story.
                gap = 0 if a["event"] == b["event"] else args.phrase_days
            elif gap > widest:
                break
            if a["outlet"] == b["outlet"] or frozenset((s["file"], s["start"]) for s in (a, b)) in excluded:
                continue
            shared = a["content"] & b["content"]
            reason = None
            if (a["quoted"] or b["quoted"]) and gap <= args.phrase_days and shared:
                run = longest_run(a["words"], b["words"])
                whole = any(s["quoted"] and len(run) == len(s["words"]) for s in (a, b))
                run_content = content(run)
                if (len(run_content) >= 2 or (whole and run_content)
                        or (len(run) >= 3 and {word[:5] for word in run_content} & rare)):
                    reason = "run: " + " ".join(run)
            if reason is None and gap <= args.days and len(shared) >= 2:
                if shared & rare:
                    reason = "overlap: " + " ".join(sorted(shared))
            if reason is None and gap <= args.days and a["quoted"] and b["quoted"]:
                if a["surname"] and a["surname"] == b["surname"]:
                    reason = "speaker: " + a["surname"]
            if reason is None:
                continue
            smaller = min(len(a["content"]), len(b["content"])) or 1
            record = {"reason": reason, "days": gap, "shared": round(len(shared) / smaller, 2),
                      "weight": min(len(shared), 5) * len(shared) / smaller}
            for side, span in (("a", a), ("b", b)):
                record[side] = {"file": span["file"], "start": span["start"], "end": span["end"]}
                if args.show:
                    record[side]["text"] = texts[span["file"].removesuffix(".txt")][span["start"]:span["end"]]
            found.append(record)
    found.sort(key=lambda record: (record["reason"].split(":")[0], -record.pop("weight")))
    for record in found:
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()

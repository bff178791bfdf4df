"""Reads BASIL (Fan et al., EMNLP 2019, github.com/launchnlp/BASIL): 100 news events from 2010-2019,
each reported by three outlets (the New York Times, Fox News, the Huffington Post), 300 articles.

Real news nobody tuned the extractor on, and the same events told by three outlets: what the
matching and speaker benchmarks need beside PolNeAR. The texts are the publishers' copyright: they
are read from a BASIL checkout or the bare git directory the tool library's `fetch` gives, never
stored here; labels made on them live here as article names and character offsets only.

An article's text is its body paragraphs joined by blank lines, the sentences of a paragraph by a
space. BASIL's phrase annotations (biased spans; `quote` says whether the span is a quotation and
`speaker` who said it) give offsets inside one sentence without saying which: a phrase is placed in
the first sentence whose text at those offsets is the phrase.
"""

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BasilPhrase:
    start: int
    end: int
    text: str
    quoted: bool
    speaker: str | None  # "Marco Rubio"; None when unnamed ("other_pro") or not a quotation


@dataclass(frozen=True)
class BasilArticle:
    name: str  # "<event uuid>_<1-3>", BASIL's own file stem
    outlet: str  # "nyt", "fox" or "hpo"
    published: str
    title: str
    event: str  # the event (triplet) the three outlets report
    text: str
    phrases: tuple[BasilPhrase, ...]


def speaker_name(label: str) -> str | None:
    """BASIL writes named speakers as "Ruth_Bader_Ginsburg" and unnamed ones as "other_pro"."""
    if not label or label.startswith("other"):
        return None
    return label.replace("_", " ")


def article_from_json(name: str, article: dict, annotation: dict | None) -> BasilArticle:
    sentence_starts: list[tuple[int, str]] = []
    paragraphs, at = [], 0
    for paragraph in article["body-paragraphs"]:
        pieces = []
        for sentence in paragraph:
            sentence_starts.append((at, sentence))
            pieces.append(sentence)
            at += len(sentence) + 1
        paragraphs.append(" ".join(pieces))
        at += 1  # the second newline between paragraphs (the first took the place of the space)
    text = "\n\n".join(paragraphs)
    phrases = []
    for raw in (annotation or {}).get("phrase-level-annotations", []):
        start, end, phrase = raw["start"], raw["end"], raw["txt"]
        offset = next((first for first, sentence in sentence_starts if sentence[start:end] == phrase), None)
        if offset is None:
            continue  # three of BASIL's 1,726 phrases match no sentence at their offsets
        quoted = raw.get("quote") == "yes"
        phrases.append(BasilPhrase(
            offset + start, offset + end, phrase, quoted, speaker_name(raw.get("speaker", "")) if quoted else None
        ))
    return BasilArticle(
        name=name,
        outlet=article["source"].lower(),
        published=article.get("date", ""),
        title=article.get("title", ""),
        event=article["triplet-uuid"],
        text=text,
        phrases=tuple(sorted(phrases, key=lambda phrase: (phrase.start, phrase.end))),
    )


class BasilSource:
    """The 300 articles of a BASIL checkout (PATH/articles/) or bare git directory (PATH/HEAD)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if (self.path / "articles").is_dir():
            self.git = False
        elif (self.path / "HEAD").exists():
            self.git = True
        else:
            raise SystemExit(f"{path}: neither a BASIL checkout (articles/) nor its git directory")

    def _paths(self) -> list[str]:
        if self.git:
            listing = subprocess.run(
                ["git", "--git-dir", str(self.path), "ls-tree", "-r", "--name-only", "HEAD", "articles"],
                capture_output=True, text=True, check=True,
            ).stdout
            return sorted(listing.split())
        return sorted(str(p.relative_to(self.path)) for p in (self.path / "articles").glob("*/*.json"))

    def _read(self, relative: str) -> str | None:
        if self.git:
            shown = subprocess.run(
                ["git", "--git-dir", str(self.path), "show", f"HEAD:{relative}"], capture_output=True, text=True
            )
            return shown.stdout if shown.returncode == 0 else None
        file = self.path / relative
        return file.read_text(encoding="utf-8") if file.exists() else None

    def articles(self) -> list[BasilArticle]:
        found = []
        for relative in self._paths():
            stem = Path(relative).stem
            annotation = self._read(relative.replace("articles/", "annotations/", 1).replace(".json", "_ann.json"))
            found.append(article_from_json(
                stem, json.loads(self._read(relative)), json.loads(annotation) if annotation else None
            ))
        return found

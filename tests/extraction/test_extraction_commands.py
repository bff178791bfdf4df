"""The thin management commands: no database needed."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

FIXTURES = Path(__file__).parent / "fixtures"
ROW_KEYS = {"article", "quote", "start", "end", "kind", "speaker", "speaker_mention", "speaker_type", "speaker_role", "cue", "reported_by", "confidence"}


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_extract_prints_one_json_object_per_attribution_with_exactly_the_agreed_keys():
    rows = [json.loads(line) for line in run("extract", str(FIXTURES / "tiny.txt"), "--format", "jsonl").splitlines()]
    assert rows and all(set(row) == ROW_KEYS for row in rows)
    assert rows[0]["article"] == "tiny" and rows[0]["speaker"] == "Ann Lee"


def test_extract_gives_the_mention_as_written_beside_the_speaker_it_names(tmp_path):
    path = tmp_path / "mention.txt"
    path.write_text('Ann Lee, the mayor of Dunmore, said the bridge would reopen. "We are nearly done," Lee said.', encoding="utf-8")
    rows = [json.loads(line) for line in run("extract", str(path), "--format", "jsonl").splitlines()]
    quoted = next(row for row in rows if row["quote"] == "We are nearly done,")
    assert (quoted["speaker"], quoted["speaker_mention"]) == ("Ann Lee", "Lee")


def test_extract_prints_a_table_by_default():
    assert "Ann Lee (said)" in run("extract", str(FIXTURES / "tiny.txt"))


def test_extract_refuses_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 owner said it was fine.".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        run("extract", str(path))


def test_evaluate_prints_the_scores_for_a_gold_file():
    output = run("evaluate", "--gold", str(FIXTURES / "tiny-gold.jsonl"), "--articles", str(FIXTURES))
    assert output.splitlines()[0].startswith("quote")
    assert "speaker accuracy on matched spans" in output

"""The JSON-lines row shape shared with the gold files and the scorer."""

from __future__ import annotations

from .model import Extracted

ROW_KEYS = ("article", "quote", "start", "end", "kind", "speaker", "speaker_mention", "speaker_type", "speaker_role", "cue", "reported_by", "confidence")


def to_json_row(item: Extracted, article_name: str) -> dict:
    speaker = item.speaker
    return {
        "article": article_name,
        "quote": item.quote,
        "start": item.start,
        "end": item.end,
        "kind": item.kind,
        "speaker": speaker.name if speaker else None,
        # The entity is what readers want; the mention is what the article printed, for checking the link.
        "speaker_mention": item.speaker_mention,
        "speaker_type": speaker.kind if speaker else None,
        "speaker_role": (speaker.role or speaker.title) if speaker else None,
        "cue": item.cue,
        "reported_by": item.reported_by,
        "confidence": item.confidence,
    }

"""Quote and attribution extraction from news text: pure Python + NLTK Punkt, no Django.

    from attribution.extraction import extract
    for item in extract(text):
        print(item.kind, item.speaker.name if item.speaker else None, item.quote)
"""

from .cues import cue_stance
from .engine import extract
from .model import Extracted, Hop, Speaker
from .outlets import outlet_record
from .rows import to_json_row
from .sentences import sentence_spans

EXTRACTOR_VERSION = "0.26.0"  # bump when behaviour changes

__all__ = ["EXTRACTOR_VERSION", "Extracted", "Hop", "Speaker", "cue_stance", "extract", "outlet_record", "sentence_spans", "to_json_row"]

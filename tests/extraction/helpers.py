from attribution.extraction import extract


def found(text):
    """(kind, quote, speaker name) for every attribution, in order."""
    return [(e.kind, e.quote, e.speaker.name if e.speaker else None) for e in extract(text)]


def only(text, kind=None):
    items = [e for e in extract(text) if kind is None or e.kind == kind]
    assert len(items) == 1, [(e.kind, e.quote) for e in items]
    return items[0]

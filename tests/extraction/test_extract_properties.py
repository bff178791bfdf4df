"""Whatever the input holds, extract never raises and every span is exact."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction import extract

NEWS_PIECES = [
    '"', "“", "”", "‘", "’", "'", "\u00a0", "\r\n", "\n", "\n\n", "&amp;", "&#8220;", "&nbsp;", " ", ", ", ". ",
    ": ", " — ", "(Reuters) - ", "said", " said ", " told reporters ", "According to ", "the BBC reported",
    "Col. Ann Lee", " he ", "She ", "officials", ", a spokesman for the army,", "that ", "We ", "I ",
    "U.S.", "Mr. Smith", "adding that", "in a statement", "In an interview with CNN, ", "the officials", "\u2028", "\t", "…", "<p>", "\u200b",
]
news_like_text = st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=12)), max_size=40).map("".join)


def check(text):
    items = extract(text)
    starts = [item.start for item in items]
    assert starts == sorted(starts)
    for item in items:
        assert text[item.start:item.end] == item.quote
        assert 0 <= item.start < item.end <= len(text)
        assert 0.0 <= item.confidence <= 1.0
        assert item.kind in ("direct", "partial", "indirect")


@settings(max_examples=200, deadline=None)
@given(news_like_text)
def test_extract_never_raises_and_spans_are_exact_on_news_like_text(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_extract_never_raises_on_any_text(text):
    check(text)


def test_extract_returns_nothing_for_empty_or_blank_text():
    assert extract("") == [] and extract(" \n\r\n ") == []

"""Work spared for speed gives the answers of the work it spares: the Q&A labels of an article counted from its colons
are those a search of every paragraph finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.engine import QA_LABEL, ArticleExtractor
from attribution.extraction.sentences import paragraph_spans

PIECES = st.lists(st.sampled_from([
    "Ottoline Marsh:", "MARSH:", "Q:", "A:", "Marsh", "said", "the", "plan", ":", "10:30", "yes.", "\u201cNo:", "Ann", "Birch-Vale:",
]), max_size=20).flatmap(lambda words: st.lists(st.sampled_from([" ", "", "\n", "\n\n", "  ", "\t", " \n "]), min_size=len(words),
                                                    max_size=len(words)).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


def paragraphs_searched(text, paragraphs):
    return sum(1 for start, end in paragraphs if QA_LABEL.match(text, start, end))


def test_it_counts_the_paragraphs_a_name_and_a_colon_open():
    text = ("Ottoline Marsh talks about the harbour plan.\n\nQ: When did it start?\n\nOttoline Marsh: In May, at 10:30 on a Monday.\n\n"
            "Q: And now?\n\nMarsh: We wait: nobody has signed.\n\nThe vote is on Friday.")
    paragraphs = paragraph_spans(text)
    assert ArticleExtractor(text)._labelled_paragraph_count(paragraphs) == 4
    assert ArticleExtractor(text)._labelled_paragraph_count(paragraphs[3:]) == 2


@settings(max_examples=400, deadline=None)
@given(PIECES, st.integers(0, 3))
def test_its_count_of_labelled_paragraphs_is_what_a_search_of_each_paragraph_finds(text, headlines):
    paragraphs = paragraph_spans(text)[headlines:]
    assert ArticleExtractor(text)._labelled_paragraph_count(paragraphs) == paragraphs_searched(text, paragraphs)

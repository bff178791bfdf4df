"""Index keys for finding candidate claims without scanning them all.

A claim is indexed under each of its content words and each pair of neighbouring content
words (word shingles), hashed to a short fixed-size string. A new appearance looks up its own
keys: a paraphrase shares words, a partial quote's words are all inside the longer quote, and a
shared word pair is rare enough to find an old claim among many that share common words.
"""

import hashlib

from attribution.matching.text import content_words

WORD_PREFIX = "w:"
PAIR_PREFIX = "p:"
KEY_LENGTH = 18


def _hashed(prefix, text):
    return prefix + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def index_keys(text, words=None):
    """The set of keys the claim is stored under for this wording."""
    words = content_words(text) if words is None else words
    keys = {_hashed(WORD_PREFIX, word) for word in words}
    keys.update(_hashed(PAIR_PREFIX, f"{a} {b}") for a, b in zip(words, words[1:]))
    return keys


def lookup_keys(text, words=None, limit=None):
    """The keys to look up for this wording, at most `limit`: half word pairs spread over the
    quote (rare, so they find the exact passage), half single words, longest first (they find
    paraphrases and short partial quotes; long words are the rarer ones)."""
    words = content_words(text) if words is None else words
    pairs = list(dict.fromkeys(_hashed(PAIR_PREFIX, f"{a} {b}") for a, b in zip(words, words[1:])))
    singles = [_hashed(WORD_PREFIX, word) for word in sorted(set(words), key=lambda w: (-len(w), w))]
    if limit is None or len(pairs) + len(singles) <= limit:
        return [*pairs, *singles]
    pair_share = min(len(pairs), limit // 2)
    step = len(pairs) / pair_share if pair_share else 1
    chosen_pairs = [pairs[int(i * step)] for i in range(pair_share)]
    return [*chosen_pairs, *singles[: limit - pair_share]]

"""A name nobody uses in passing, in the sentence that asks: when it is the only term there, the question
is about it even without "what is" ("psk on the guest wifi?", "privacy impact assessment, who writes it?"
stay offered; "RCE in the advisory, should I worry?" is a yes/no question and stays offered too).

Specific: several words, an acronym as written, or a word rarer than everyday English; never an everyday
word or a casing only a question allows. Its own sentence asks: a question word in it or a question mark
after it ("I-9? HR says I need documents for it": HR is in the story, not in the question).
"""

from __future__ import annotations

from glossary import common_words
from glossary.cue_words import EVERYDAY_RANK, QUESTION_CUES
from glossary.detect_types import Candidate
from glossary.textscan import Scan


def specific(s: Scan, span: Candidate) -> bool:
    """Whether `span` is a specific name in a sentence that asks."""
    if not specific_name(s, span):
        return False
    start, end = s.sentence_bounds(span.first)
    return s.marked(end - 1) or bool(QUESTION_CUES.intersection(s.norms[start:end]))


def specific_name(s: Scan, span: Candidate) -> bool:
    """Whether `span` is a name nobody uses in passing, wherever it stands: several words, an acronym as
    written, or a word rarer than everyday English."""
    return not (span.weak or span.loose) and (span.last > span.first or s.raws[span.first].isupper()
                                              or not common_words.is_common(s.norms[span.first], EVERYDAY_RANK))

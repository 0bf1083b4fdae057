"""Two names of a kind typed side by side with nothing between, in a message asking their difference: "levered
equity unlevered equity - diff pls", "american option european option difference?".

Typed fast, the "and" between two names ending in the same word is left out, and the comparison reader, which
needs a word joining the pair, then finds one name, or a longer name of both. Two names of several words each,
ending in the same word, with only a space between, are two of a kind listed; with a word for the difference in
their sentence (English's or another language's, glossary/world_compare.py) the message is read again with "and"
between them. Linear: one pass over the message's spans.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import foreign_words
from glossary.detect_types import Candidate
from glossary.normalize import words
from glossary.tail_words import tail_word
from glossary.textscan import Scan
from glossary.world_asks import JOINS
from glossary.world_compare import difference_words, english, is_difference_word, opens_difference_word

#: The small words and postpositions of the languages with tables that are no "and" or "or" ("ka", "di", "adalah")
_NOT_AND = frozenset(word for language in foreign_words.LANGUAGES
                     for word, english in (*language.small.items(), *language.after.items())
                     if english not in ("and", "or"))
#: English words asking whether two things are alike, beside the words for the difference (world_compare.py)
_LIKENESS = frozenset({"same", "similar", "different", "differ", "vs"})


def joined(text: str, spans: Callable[[str], tuple[Scan, list[Candidate]]]) -> str | None:
    """`text` with "and" between the first two names of a kind side by side, when it asks a difference; else None."""
    s, found = spans(text)
    differ = difference_words(s)
    if not differ:
        return None
    named = [span for span in found if not (span.weak or span.loose) and span.last > span.first]
    for prev, span in zip(named, named[1:], strict=False):
        first, end = s.sentence_bounds(span.first)
        first = s.sentence_bounds(first - 1)[0] if first else first  # "what's the difference? X Y": the one before
        if span.first == prev.last + 1 and prev.ids != span.ids and s.norms[prev.last] == s.norms[span.last] \
                and not s.text[s.ends[prev.last]:s.starts[span.first]].strip() \
                and any(first <= k < end for k in differ) and _closes(s, span.last):
            return f"{text[:s.ends[prev.last]]} and{text[s.ends[prev.last]:]}"
    return None


def compared(text: str, spans: Callable[[str], tuple[Scan, list[Candidate]]]) -> str | None:
    """`text` read again as a comparison in English words: the pair joined (above), then another language's words
    for the difference and "and" put in English ("X ani Y madhe farak kay?"); None when it asks no comparison. A
    message with no word for the difference costs one pass over its words."""
    said = words(text)  # split once for both tests
    if not opens_difference_word(said) and _LIKENESS.isdisjoint(said):
        return None
    apposed = joined(text, spans) or foreign_joined(text, spans)
    return english(apposed or text) or apposed


def foreign_joined(text: str, spans: Callable[[str], tuple[Scan, list[Candidate]]]) -> str | None:
    """`text` with "and" for the one word of no English joining two names, in a sentence asking whether they
    differ or are the same ("SAN au NAS re difference kana?", "SFTP au FTP same kina?": Odia "au", and); else None."""
    s, found = spans(text)
    named = [span for span in found if not (span.weak or span.loose)]
    alike = {s.sentence_bounds(j) for j, norm in enumerate(s.norms) if norm in _LIKENESS or is_difference_word(norm)}
    for prev, span in zip(named, named[1:], strict=False):
        k = prev.last + 1
        if span.first != k + 1 or prev.ids == span.ids or s.text[s.ends[prev.last]:s.starts[k]] != " " \
                or s.text[s.ends[k]:s.starts[span.first]] != " " or not tail_word(s, k) or s.norms[k] in JOINS \
                or s.norms[k] in _NOT_AND:
            continue  # a listed language's own "and" ("ane", "og") is read with its words (world_compare.py); a
            # table's small word or postposition is no "and" ("SLA ka KPI same?": the SLA's KPI)
        if s.sentence_bounds(span.first) in alike:  # one pass over the words: linear, however many pairs
            return f"{text[:s.starts[k]]}and{text[s.ends[k]:]}"
    return None


def _closes(s: Scan, last: int) -> bool:
    """The pair ends its phrase at token `last`: a mark or the end follows, or the word for the difference ("X Y
    diff?"); not "levered equity unlevered equity scenarios", a noun the pair qualifies."""
    nxt = last + 1
    return nxt >= len(s.norms) or bool(s.text[s.ends[last]:s.starts[nxt]].strip()) or is_difference_word(s.norms[nxt])

"""The other terms a message names: the field they come from may tell which sense of the asked name is meant.

"their ROE is low so the CFO is cutting spend": no word of the message is in either ROE's definition, but the
CFO's entry speaks of capital structure and budgeting, business talk, and of ROE's senses only the return on
equity is a business entry (the other, rules of engagement, is from the IT glossary). So the words of the
entries the message names plainly (no everyday word, no casing only a question allows, one concept, an entry
that explains more than its name, not one that holds the asked name) join the message's words when its field
is weighed (field_words.py), where the same clear margin must hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from glossary import normalize
from glossary.detect_types import Candidate
from glossary.explained import explains
from glossary.models import Term
from glossary.senses import content_words
from glossary.textscan import Scan


def words(scan: Scan, spans: Iterable[Candidate], senses: list[str], asked: str, terms: dict[str, Term],
          one_concept: Callable[[list[str], str], bool], richest: Callable[[list[str]], str]) -> frozenset[str]:
    """The distinctive words of the entries the message names plainly besides the asked name."""
    asked_words, own = set(normalize.words(asked)), set(senses)
    said: list[str] = []
    for span in spans:
        surface = scan.text[scan.starts[span.first]:scan.ends[span.last]]
        if span.weak or span.loose or own.intersection(span.ids) or asked_words & set(normalize.words(surface)):
            continue
        if len(span.ids) > 1 and not one_concept(span.ids, surface):
            continue  # a name of several senses says no one field
        term = terms[richest(span.ids)]
        if explains(term):
            said += normalize.words(" ".join([term.term, *term.aliases, term.definition]))
    return content_words(said) - content_words(list(asked_words))

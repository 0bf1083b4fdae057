"""An acronym's own words typed again after it: "what is AES encryption standard?" (Advanced Encryption Standard),
"the COOP plan". The words restate the name, and the last of them says what kind of thing it is, so
glossary/classifiers.py reads the acronym with them as one phrase, as it reads "TPM chip"."""

from __future__ import annotations

from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.spelt_only import name_words
from glossary.textscan import Scan


def end(scan: Scan, span: Candidate, senses: list[Term]) -> int:
    """The token after `span`, or the last of a run of words after it that the senses' own names all say, typed as
    they come in the name ("AES encryption standard": Advanced Encryption Standard): the asker spells out what the
    acronym already says, and the last word is the noun that says what kind of thing it is."""
    nxt = span.last + 1
    said = [name_words(term).split() for term in senses]
    while nxt + 1 < len(scan.norms) and nxt + 1 - span.last <= MAX_RESTATED and scan.soft[nxt] \
            and all(_in_order(words, scan.norms[nxt], scan.norms[nxt + 1]) for words in said):
        nxt += 1
    return nxt


MAX_RESTATED = 3  # words of a name typed again after it: "AES encryption standard"


def _in_order(words: list[str], first: str, second: str) -> bool:
    """`first` then `second` are consecutive words of a name's words."""
    return any(words[k] == first and words[k + 1] == second for k in range(len(words) - 1))

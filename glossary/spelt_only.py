"""An acronym the glossary only spells out, typed as the acronym: a generic noun after it ("DDoS attack",
"iot devices", "CX team") contradicts nothing the glossary says of it, so the phrase asks about the acronym
(glossary/classifiers.py decides when).

Two readings:
- `untold`: every sense's definition only spells out a name the glossary gives the asked senses, so it
  says nothing of what kind of thing the term is: in the name's own words ("POS": "Point of Sale"),
  after words that only say it is spelt out ("CX": "Short for Customer Experience."), or in the words
  of another sense's name ("PORT 22", named SSH too: "Secure Shell", the expansion of SSH's other sense).
  A definition that spells the letters out in words the glossary never gives as a name ("EBITDA":
  "Earnings before interest, ...") is left as it was: its words are the glossary's, not a name.
- `as_acronym`: the token is the acronym as written. In capitals (not in a shouted message), or in lower
  case when it can be nothing else: three letters or more, no English word, and the start of no common
  one. A clipped word is typed in lower case ("pos" for position or positive, "dev", "app"), so letters
  that begin a common word may be one; "hpc", "iot", "cti", "ssh" begin none and can only be the acronym.
"""

from __future__ import annotations

from functools import cache

from glossary import casing, common_words, normalize
from glossary.models import Term

MINOR = frozenset("a an the of and or for to in on".split())
#: Words that only say the definition spells the name out: "Short for ...", "Stands for ...".
SPELLING_OUT = frozenset("short stands stand abbreviation abbreviated acronym initialism".split())
CLIPPED_RANK = 10_000  # a word this common may be typed clipped to its start ("pos" for "position")
MIN_LOWER = 3  # "cx", "pr" in lower case are too short to tell from a clipped word or a typo


def name_words(term: Term) -> str:
    """The words of every name of the term, space-separated."""
    return " ".join(w for name, _ in term.names() for w in normalize.words(name))


def untold(senses: list[Term]) -> bool:
    """Every sense's definition only spells out a name of the senses ("Point of Sale", "Short for Customer
    Experience.", "Secure Shell" for PORT 22 named SSH): the glossary says nothing of the term's kind."""
    named = {w for term in senses for w in name_words(term).split()}
    for term in senses:
        said = [w for w in normalize.words(term.definition) if w not in MINOR and w not in SPELLING_OUT]
        if not said or any(w not in named for w in said):
            return False
    return True


def as_acronym(raw: str, senses: list[Term], shouting: bool) -> bool:
    """`raw` is typed as the acronym every sense is named by: in capitals, or in lower case letters that
    can be no English word ("hpc", "iot"; never "pos", the start of "position")."""
    if raw.isupper():
        return not shouting
    if not (raw.islower() and raw.isalpha() and len(raw) >= MIN_LOWER) or casing.is_word_acronym(raw):
        return False
    if raw in _clippings():
        return False
    return all(any(casing.is_acronym(name) and name.lower() == raw for name, _ in term.names()) for term in senses)


@cache
def _clippings() -> frozenset[str]:
    """Every start of three letters or more of the common English words: how a clipped word may be typed."""
    common = [w for w, rank in common_words.ranks().items() if rank <= CLIPPED_RANK]
    return frozenset(w[:k] for w in common for k in range(MIN_LOWER, len(w)))

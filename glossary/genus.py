"""The kind of thing a definition says its term is: "Kerberos is a computer-network authentication protocol"
says Kerberos is a protocol, for authentication.

A definition of the classic form, "<name> is a <kind> that/for/of ...", or one that opens on its kind ("A
method for allocating ..."), names the term's genus in the words between the article and the first word that
ends the noun phrase (a preposition, a relative word, a comma) within a few words; a phrase that runs on with no
such end ("The interest rate banks charge ...") names no clear kind. When the asker writes a name followed by one
of those words ("Kerberos authentication", "what is a PIV card"), the noun only repeats what the glossary
says the term is: the phrase is the term, not a longer name nobody defined (glossary/classifiers.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary import normalize
from glossary.models import Term

MAX_GENUS = 5  # words of the noun phrase read: "a computer-network authentication protocol"
#: "X is a ...", "X (...) is an ...", or the definition opening on its article: "A method for ...".
_KIND = re.compile(r"^(?:[^.;:]{0,80}?\b(?:is|are)\s+)?(?:an?|the)\s+([^.;:,()]+)", re.I)
#: Words that end the noun phrase of the kind: what follows says more about it.
_ENDS = frozenset("that which who whose where when for of to in on by with from used as and or between "
                  "designed allowing enabling".split())


def says_kind(term: Term, noun: str) -> bool:
    """The term's definition says it is a `noun` (folded, singular), or a kind described by it."""
    return noun in _genus(term.definition)


@lru_cache(maxsize=16_384)
def _genus(definition: str) -> frozenset[str]:
    found = _KIND.match(definition.strip())
    if found is None:
        return frozenset()
    said = normalize.words(found.group(1))
    end = next((k for k, word in enumerate(said[:MAX_GENUS + 1]) if word in _ENDS), len(said))
    if end > MAX_GENUS:
        return frozenset()  # no clear end: "the interest rate banks charge ..." runs into a clause of its own
    return frozenset(normalize.singular(word) for word in said[:end])

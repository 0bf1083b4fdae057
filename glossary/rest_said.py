"""Evidence that a name typed short is meant whole: the message or the entry itself says the rest.

A phrase that is most of one name ("full stack", "accrual accounting", "bare metal") is only a guess
when the words left out could make another thing. It is the name when either
- the message names the words left out elsewhere, each as a word or all by their initials ("two full
  stack developers ... what does full stack mean", "we're on accrual basis ... whats accrual
  accounting", "AR aging ... an aging schedule"), a word maybe typed short ("past performance info ...
  what counts as past performance"): the asker has said the whole name, not in one place;
- the entry's definition opens with the typed words as its subject ("Bare metal refers to a physical
  computer ..."): the glossary itself calls the thing by the short phrase. A definition that only
  uses the phrase later ("a plan for disaster recovery"), or opens with it as a part of the thing
  ("Market value of a firm minus ..."), says nothing of the kind.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from glossary import normalize
from glossary.abbreviated import may_shorten, shortens
from glossary.cue_words import FUNCTION

#: Verbs after a definition's subject: "X is ...", "X refers to ...", "X means ...".
DEFINING = frozenset("is are refers refer means mean describes denotes".split())


def names_rest(rest: Sequence[str], said: Collection[str]) -> bool:
    """The message (`said`: its words) names the words left out: each one, or all of them by their
    initials ("ar")."""
    words = [w for w in rest if w not in FUNCTION]
    if not words:
        return False
    return all(w in said or normalize.singular(w) in said or _clipped_in(w, said) for w in words) \
        or "".join(w[0] for w in words) in said


def _clipped_in(word: str, said: Collection[str]) -> bool:
    """The message types the word short, as business shorthand ("info" of "information")."""
    return any(may_shorten(s) and shortens(s, word) for s in said)


MAX_WORD = 40  # characters a word and its gap take at most, to read a definition's opening words only


def opens_with(definition: str, typed: Sequence[str]) -> bool:
    """The definition's first words are the typed ones (singular) and a verb that defines follows: the
    entry names the thing by the typed phrase ("Bare metal refers to ..."), not a part of it ("Market
    value of a firm minus ..." for market value added)."""
    words = normalize.words(definition[:MAX_WORD * (len(typed) + 2)])[:len(typed) + 1]  # its opening only
    return len(words) > len(typed) and [normalize.singular(w) for w in words[:len(typed)]] == list(typed) \
        and words[len(typed)] in DEFINING

"""A sentence begun with a capital where the mark before it was left out: "What is a solicitation The agency
uses the word for both", "What's CMMC One of the vendors mentioned it".

Typed fast, the "?" or "." at the end of a question is often dropped, and without it the next sentence runs
on into the name asked ("solicitation The agency"). A capitalised word that opens sentences far more often
than it names anything (a determiner, pronoun or auxiliary: The, Our, We, It, Can ...; "One of", "Two of"),
after a word of content (a sentence may end there: no article, preposition or "is") and one space, starts a
new sentence. Not at a name's capital ("Read The Phoenix Project" only splits "Read" off; "what is The
Federal Acquisition Service" keeps the name, "is" cannot end a sentence).
"""

from __future__ import annotations

from glossary.cue_words import FUNCTION

#: Capitalised words that open a sentence, no name: what a dropped mark leaves before them is a sentence end.
OPENERS = frozenset("The Our My We It This That These Those They Their You He She Can Could Would Should Do Does "
                    "Did Is Are Please Thanks Thank Also Any Anyone Just So But And Or If When Where Why How What "
                    "Who Which Kindly Sorry Hope".split())
COUNTED = frozenset("One Two Three Some Most Many Both All Each".split())  # "One of the vendors ..."
_ANY = OPENERS | COUNTED


def mark(raws: list[str], gaps: list[str], sentence_start: list[bool], soft: list[bool]) -> None:
    """Set `sentence_start` at each capitalised opener after a word of content and a single space, and make
    the space before it a sentence's end (no name runs across it), as a typed mark would."""
    if _ANY.isdisjoint(raws):
        return  # the common case: no capital opener at all (one set operation, no loop)
    for i in range(1, len(raws)):
        raw = raws[i]
        if gaps[i - 1] != " " or sentence_start[i] or not raw[:1].isupper():
            continue
        opens = raw in OPENERS or raw in COUNTED and i + 1 < len(raws) and raws[i + 1] == "of"
        before = raws[i - 1]
        if opens and before.isalnum() and before.lower() not in FUNCTION and not before.istitle():
            sentence_start[i], soft[i - 1] = True, False

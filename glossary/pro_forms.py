"""Words that stand in for a name already said: "one" after a modifier ("what does a high one mean",
"is a low one bad") is the term named before, as "it" is; the modifier names no new thing. A pronoun
that opens a yes/no question whose rest is one term ("'2/10' — is that a cash discount?") has the term said
of it: the asker's guess names what is asked, as "cert = digital certificate?" does."""

from __future__ import annotations

from glossary import common_words
from glossary.cue_words import EVERYDAY_RANK, SKIP
from glossary.textscan import Scan
from glossary.yes_no import TAG_WORDS

ONES = frozenset({"one", "ones"})
#: "one(s)", and the aspects of the thing named before: "Firm fixed price contract – what are the main characteristics?"
STANDS_IN = ONES | frozenset("characteristics features advantages disadvantages benefits drawbacks pros cons purpose "
                             "principles pillars basics essentials fundamentals main key basic core".split())


def modifies_one(s: Scan, k: int) -> bool:
    """Token `k` is an everyday word right before "one(s)" in its sentence: "a *high* one", "the *new* ones"."""
    nxt = k + 1
    return nxt < len(s.norms) and s.norms[nxt] in ONES and not s.sentence_start[nxt] \
        and s.text[s.ends[k]:s.starts[nxt]] == " " and common_words.is_common(s.norms[k], EVERYDAY_RANK)


def said_of(s: Scan, k: int, covered: set[int]) -> bool:
    """Pronoun `k` follows the "is"/"are" that opens its sentence, and the rest of the sentence is a name the
    glossary covers, articles and a tag aside: "is that a cash discount?", "is this psychological pricing?"."""
    if not (k >= 1 and s.sentence_start[k - 1] and s.norms[k - 1] in ("is", "are")):
        return False
    end, i = s.sentence_bounds(k)[1], k + 1
    while i < end and s.norms[i] in SKIP and i not in covered:
        i += 1
    named = i
    while i < end and i in covered:
        i += 1
    return named < i and all(w in TAG_WORDS for w in s.norms[i:end])

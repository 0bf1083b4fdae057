"""Words that stand in for a name already said: "one" after a modifier ("what does a high one mean",
"is a low one bad") is the term named before, as "it" is; the modifier names no new thing."""

from __future__ import annotations

from glossary import common_words
from glossary.cue_words import EVERYDAY_RANK
from glossary.textscan import Scan

ONES = frozenset({"one", "ones"})


def modifies_one(s: Scan, k: int) -> bool:
    """Token `k` is an everyday word right before "one(s)" in its sentence: "a *high* one", "the *new* ones"."""
    nxt = k + 1
    return nxt < len(s.norms) and s.norms[nxt] in ONES and not s.sentence_start[nxt] \
        and s.text[s.ends[k]:s.starts[nxt]] == " " and common_words.is_common(s.norms[k], EVERYDAY_RANK)

"""Where a question's asking lies when words stand between: a pointing question after a yes/no question takes up that
question's subject ("Is a WAF a firewall? what is it exactly?": the WAF, not the kind the asker guessed), and an
adverb that only hedges a verb that asks does not hide it ("How is corporate governance usually defined?").
"""

from __future__ import annotations

from glossary.textscan import Scan

_ARTICLES = frozenset({"a", "an", "the"})

_LIKENING = frozenset({"is", "are"})


def likened_kind(s: Scan, first: int, last: int) -> tuple[bool, int]:
    """The span (`first`..`last`) in a yes/no question about a subject, "Is a WAF a firewall?": (whether it is the
    kind the asker guessed, the index right after the question when it is the subject, else -1). A pointing question
    after it ("what is it exactly?") takes up the subject, not the asker's guess."""
    start, end = s.sentence_bounds(first)
    if s.norms[start] not in _LIKENING or not s.marked(end - 1):
        return False, -1
    if start + 1 < end and s.norms[start + 1] == "the":
        return False, -1  # "is the firewall a WAF? what is it?": our firewall, an instance; the guess may be asked
    subject = start + 1 + (start + 1 < end and s.norms[start + 1] in _ARTICLES)
    guess = first > subject + 1 and s.norms[first - 1] in _ARTICLES and last + 1 == end
    opens = first == subject and last + 1 < end  # "Is an interest tax shield relevant to us? First, what is it?"
    return guess, end if opens else -1


_HEDGES = frozenset("usually normally generally commonly typically exactly actually really precisely formally "
                    "officially properly".split())


def past_hedge(s: Scan, nxt: int) -> int:
    """Token `nxt`, or the one after it when `nxt` is an adverb that only hedges the verb after it ("How is corporate
    governance usually defined?": "defined" asks)."""
    return nxt + 1 if nxt + 1 < len(s.norms) and s.norms[nxt] in _HEDGES else nxt

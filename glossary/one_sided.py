"""A comparison with one side no span names: "are opex and capex the same?" (capex is the capital expenditures
typed short), "I always mix up NPV and XIRR" (XIRR is no term).

Such a message compares a term with words the span index does not know. Those words may still name a term the
single-question reading finds (a name typed short), so they are kept as the other side of a tentative comparison,
when the cue likens the two (`likens`): when both sides are names, each exactly or surely, the two terms are
compared; else the one known term is never the answer (glossary/contrast.py `Reading.one_sided`).
"""

from __future__ import annotations

from glossary import cues
from glossary.coordination import LINKS
from glossary.cue_words import SKIP
from glossary.detect_types import Candidate
from glossary.frames import Frame
from glossary.textscan import Scan

NEAR = 5  # tokens between a cue and the terms it compares, at most
SIDE_WORDS = 4  # words of an unknown side, at most: "opex and capital expense plans"


def sentences(s: Scan) -> list[int]:
    """The sentence number of each token."""
    out, n = [], -1
    for start in s.sentence_start:
        n += start
        out.append(n)
    return out


def near(sentence: list[int], group: list[Candidate], cue: int) -> bool:
    """The cue is in the group's sentence, at most NEAR tokens from it ("NPV and IRR, what's the difference")."""
    first, last = group[0].first, group[-1].last
    return sentence[cue] == sentence[first] and first - NEAR <= cue <= last + NEAR


def other_side(s: Scan, scored: list[cues.Scored], cue_at: set[int]) -> Frame | None:
    """A cue, and a term linked to a word that is no term in the cue's sentence ("mix up NPV and XIRR"): the
    comparison of the term and the words linked to it, in the order written; None when there is none."""
    if not cue_at or not scored:
        return None
    sentence = sentences(s)
    covered = {i for x in scored for i in range(x.span.first, x.span.last + 1)}
    for x in scored:
        if not any(near(sentence, [x.span], i) for i in cue_at):
            continue
        for step, edge in ((1, x.span.last), (-1, x.span.first)):
            i = _skipped(s, edge + step, step)
            if not (0 <= i < len(s.norms)) or s.norms[i] not in LINKS:
                continue
            i = _skipped(s, i + step, step)
            words = []
            while 0 <= i < len(s.norms) and len(words) < SIDE_WORDS and _unknown_word(s, i, covered, cue_at):
                words.append(i)
                i += step
            if words:
                known = s.text[s.starts[x.span.first]:s.ends[x.span.last]]
                unknown = s.text[s.starts[min(words)]:s.ends[max(words)]]
                return Frame("compare", (known, unknown) if step == 1 else (unknown, known), strict=True)
    return None


_LIKENING = frozenset("different difference differ differs vs versus confuse confused confusing confusion mix mixed "
                      "mixing mixup interchangeable interchangeably distinguish".split())
_SAME_ENDS = frozenset({"thing", "things", "concept", "idea"})


def likens(s: Scan, cue_at: set[int]) -> bool:
    """A cue that asks how two things differ or whether they are one ("the same?", "mix up", "vs"): only then are
    words no span names tried as the other side. "both", "each", "which" ask of two things without comparing them
    ("are opex and capex both approved?"), and "the same as last quarter" compares values."""
    return any(s.norms[i] in _LIKENING or s.norms[i] == "same" and (
        i + 1 == s.sentence_bounds(i)[1] or s.norms[i + 1] in _SAME_ENDS or s.marked(i)) for i in cue_at)


def _skipped(s: Scan, i: int, step: int) -> int:
    """The first token from `i` on, going by `step`, that is no article, pronoun or filler (SKIP)."""
    while 0 <= i < len(s.norms) and s.norms[i] in SKIP:
        i += step
    return i


def _unknown_word(s: Scan, i: int, covered: set[int], cue_at: set[int]) -> bool:
    """Token `i` is a word that may name the unknown side: letters, no term's, no cue, no scaffolding word."""
    norm = s.norms[i]
    return i not in covered and i not in cue_at and norm.isalpha() and norm not in cues.SCAFFOLD \
        and norm not in cues.FUNCTION and norm not in SKIP and norm not in LINKS

"""A message that opens on a heading set apart by a dash or a colon and asks only "what is it" after it:
"three way match — PO, receipt and invoice? what is it", "margin on a futures contract — apparently not
profit margin. what is it", "ARRA — the American Recovery and Reinvestment Act. our CIO said ... what was it?".

The pronoun points at the heading, the thing the message is about; the terms after it are the asker's
guess or story, and a term inside the heading after its first word qualifies it ("on a futures contract").
So a span the cues settled on that is not the heading's first word is no sure answer: the heading's terms
and that span are offered, the heading's first. A heading of chat words only ("quick question — ...")
heads nothing, and a last sentence that names a term of its own ("... what is a bucket?") asks that.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary.cue_words import FUNCTION, QUESTION_CUES, SCAFFOLD
from glossary.detect_types import Candidate
from glossary.scope import BACK_REFERENCES, sentences
from glossary.textscan import Scan

STEM = 5  # letters two forms of a word share ("chair", "chairing")
MAX_HEADING = 8  # tokens: a longer opening is a sentence that says something
_MARKS = frozenset(":\u2013\u2014")  # a colon or a dash: a comma runs on ("quick q, ...")
_LINKS = frozenset({"on", "of", "for", "in"})  # "margin on a futures contract": the first word is the head
#: A heading with a verb is a sentence that says something ("SLA says 99.9% — ..."), not a name.
_STATING = frozenset("is are was were be has have had says said say do does did".split())


def headed(scan: Scan, every: list[Candidate], spans: list[Candidate], chosen: list[Candidate], decided: bool
           ) -> tuple[list[Candidate], bool]:
    """(chosen, decided) as given, or (the heading's spans then the chosen, undecided) when the message's
    heading is what its last "what is it" asks and the chosen span is not the heading's first word. `every`:
    the message's spans, `spans`: those of the sentences asked."""
    marked = decided and chosen and chosen[0].first > 0 and any(m in scan.text for m in _MARKS)
    end = _heading_end(scan) if marked else 0  # most messages have no dash or colon: nothing more to read
    if not end:
        return chosen, decided
    ask = sentences(scan)[-1]
    words = {scan.norms[i] for i in ask}
    if ask[0] <= end or not words & BACK_REFERENCES or not (words & QUESTION_CUES or scan.marked(ask[-1])) \
            or any(span.first >= ask[0] for span in spans) or _named_again(scan, chosen[0], ask):
        return chosen, decided  # "... the micro purchase threshold. What's that threshold exactly?": named again
    heads = [span for span in every if span.first < end]
    asked = chosen[0]
    if any(_again(scan, span, asked) for span in heads if (span.first, span.last) != (asked.first, asked.last)) \
            or asked.first < end and not (heads and _qualifies(scan, heads[0], asked)):
        return chosen, decided  # the heading's term named again, or the heading's own head ("bond duration")
    return list({id(s): s for s in heads + chosen}.values()), False


def _named_again(scan: Scan, chosen: Candidate, ask: list[int]) -> bool:
    """The sentence asked names the chosen term again by a word of its name ("that threshold")."""
    return _shares_stem(scan, chosen, ask)


def _again(scan: Scan, head: Candidate, asked: Candidate) -> bool:
    """The asked span names the heading's term again: the same entry, or a word of the same stem ("swivel
    chair — ... 'swivel chairing'")."""
    return bool(set(head.ids) & set(asked.ids)) or _shares_stem(scan, head, range(asked.first, asked.last + 1))


def _shares_stem(scan: Scan, span: Candidate, tokens: Sequence[int]) -> bool:
    """A token of `tokens` is a word of the span's, by its first STEM letters (words that long only)."""
    own = {w[:STEM] for w in scan.norms[span.first:span.last + 1] if len(w) >= STEM}
    return any(scan.norms[i][:STEM] in own for i in tokens if len(scan.norms[i]) >= STEM)


def _qualifies(scan: Scan, head: Candidate, asked: Candidate) -> bool:
    """The asked span follows the heading's first term behind a preposition: "margin on a futures contract"."""
    return head.first == 0 and head.last < asked.first \
        and bool(_LINKS.intersection(scan.norms[head.last + 1:asked.first]))


def _heading_end(scan: Scan) -> int:
    """The index of the first token after the message's heading, or 0 when it opens on none: a few words, some
    of them more than chat, then a dash or a colon."""
    for i in range(1, min(MAX_HEADING, len(scan.norms) - 1) + 1):
        if scan.sentence_start[i]:
            return 0
        if _MARKS.intersection(scan.text[scan.ends[i - 1]:scan.starts[i]]):
            said = [w for w in scan.norms[:i] if w not in SCAFFOLD and w not in FUNCTION]
            return i if said and not _STATING.intersection(scan.norms[:i]) else 0
    return 0

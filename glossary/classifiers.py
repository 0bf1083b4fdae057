"""A name followed by a word that only says what kind of thing it is: "a NAICS code", "a swivel chair
process", "self-healing systems" ask about NAICS, swivel chair, self-healing.

A word after a span normally makes it part of a longer name nobody defined ("API key", "lead time",
"EBITDA margin", "sprint review"), so the span is not answered (glossary/cues.py). A few nouns name no
concept of their own after a name, only its class (a process, a system, a code, a method); after a
specific name that is clearly asked about, the name is the subject. Everything must hold:
- the span is the only candidate, asked about by a cue ("what is a", "wats a", "what are"), and would
  be answered without the extra word (a real name in its own casing, not part of a phrase before it);
- the name is specific: several words, or one word that is not everyday English ("a zip code" is not
  ZIP, "a lead process" not a lead);
- the next word is one of CLASSIFIERS (singular or plural), and it ends the phrase (end of sentence,
  punctuation, a function word or a question word): "a NAICS code list" is something else.
Nouns that make a concept of their own ("key", "margin", "time", "review", "model", "strategy", "rate")
are not classifiers: "EBITDA margin", "go-to-market strategy" stay refused.
"""

from __future__ import annotations

from glossary import common_words, cues, normalize
from glossary.detect_types import Candidate
from glossary.textscan import Scan

CLASSIFIERS = frozenset("process system code concept notion approach method methodology technique practice "
                        "principle pattern mechanism phenomenon number chip software stack certification "
                        "program".split())
RARE_RANK = cues.EVERYDAY_RANK  # a one-word name must be rarer than this to stand for a class of things


def classified(scan: Scan, scored: list[cues.Scored]) -> Candidate | None:
    """The one span asked about with only a classifier noun after it, or None."""
    candidates = [x for x in scored if not x.span.weak and not x.span.loose]
    if len(candidates) != 1 or candidates[0].asked < cues.STRONG:
        return None
    span = candidates[0].span
    nxt = span.last + 1
    if nxt >= len(scan.norms) or scan.text[scan.ends[span.last]:scan.starts[nxt]] != " " \
            or normalize.singular(scan.norms[nxt]) not in CLASSIFIERS or not _ends(scan, nxt):
        return None
    if span.first == span.last and common_words.is_common(scan.norms[span.first], RARE_RANK):
        return None
    if any(common_words.is_chat(raw) for raw in scan.raws[span.first:span.last + 1]):
        return None
    prev = span.first - 1  # "continous integration process": a rare word before is part of the name
    if prev >= 0 and scan.soft[prev] and not scan.sentence_start[span.first] and scan.norms[prev].isalpha() \
            and scan.norms[prev] not in cues.SCAFFOLD and scan.norms[prev] not in cues.FUNCTION:
        return None
    return span


def _ends(scan: Scan, i: int) -> bool:
    """Nothing of the phrase follows token `i`: the end, punctuation, a new sentence or a function word."""
    nxt = i + 1
    if nxt >= len(scan.norms) or not scan.soft[i] or scan.sentence_start[nxt]:
        return True
    if scan.text[scan.ends[i]:scan.starts[nxt]].strip():
        return True  # "a NAICS code, and ..."
    norm = scan.norms[nxt]
    return norm in cues.FUNCTION or norm in cues.AFTER or norm in cues.ENDS_PHRASE

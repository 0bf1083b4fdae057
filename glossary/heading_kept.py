"""A message that opens on a term as its heading is about that term: another term of the story is never
answered in its place unless the story asks about it outright.

"lpta. procurement says that's how they'll pick the vendor. translate", "WACC. finance uses it as the
discount rate. what is it", "purchasing power. what the budget buys after inflation?": the asker named the
subject first, then told where it came up. When the heading itself found no reading the cues could choose
(a lower-case acronym, a sense the story does not settle), a term of the story was answered instead: a
confident wrong answer. Such an answer is offered after the heading ("did you mean"), unless
- a question word or a naming word asks about that term itself ("EPS of 0.87 ... What is EPS?", "dev:
  'include a nonce'. nonce = ?"), or
- the term is the heading's own name written out or another entry of the same name ("PR — public
  relations — ...", "AP = accounts payable?", "data center — ..." for "datacenter").
"""

from __future__ import annotations

import re

from glossary import common_words, normalize
from glossary.cue_words import COMMON_LOOSE_RANK, STRONG
from glossary.cues import score
from glossary.detect_types import Candidate
from glossary.heading import message_start, set_off
from glossary.models import LookupResult, Match, Term
from glossary.scope import in_scope
from glossary.textscan import Scan

#: The cheap test first: a short opening (up to eight words, not a question word) set apart by a mark, then
#: more text. Most answered messages ("what does SLA mean?", "SLA") fail it, and are never scanned again.
_MARKS = r"\s.,:;?!=\u2014\u2013"
_WORD = rf"[^{_MARKS}/-]+"  # no joiner inside a word: a run of dashes splits one way, not 2^n ways
_OPENING = re.compile(rf"^\s*(?:@\S+\s+)?(?!(?:what|whats|how|why|who|is|are|can|does|do)\b)"
                      rf"[^{_MARKS}][^{_MARKS}/-]*(?:[ /-]+{_WORD}){{0,7}}"
                      rf"\s*(?:[.,:;?!=\u2014\u2013]|\s-\s|->|\u2026|\u2192|=>)\W*\w", re.IGNORECASE)


def may_open(text: str) -> bool:
    """Whether the message may open on a heading: a short opening set apart, then more text."""
    return _OPENING.match(text) is not None


def heading_first(result: LookupResult, scan: Scan, spans: list[Candidate], terms: dict[str, Term]) -> list[Match]:
    """The heading's senses, to offer before the answer, when the answer is a term of the story; else []."""
    head = _heading(scan, spans)
    answered = result.matches[0].id
    if head is None or answered in head.ids:
        return []
    story = [x for x in spans if answered in x.ids and x.first > head.last]
    if not story or _same_name(scan, head, terms[answered]):
        return []
    if any(x.asked >= STRONG for x in score(scan, in_scope(scan, spans)) if x.span in story):
        return []
    return [Match(i, terms[i].term, 90.0) for i in head.ids]


def _heading(scan: Scan, spans: list[Candidate]) -> Candidate | None:
    """The name the message opens on, typed as a name, set apart by a mark or as a sentence of its own."""
    start = message_start(scan)
    heads = [x for x in spans if x.first == start and not x.weak  # "lpta." in lower case, but not "it."
             and not (x.loose and common_words.is_common(scan.norms[x.first], COMMON_LOOSE_RANK))
             and not any(common_words.is_chat(raw) for raw in scan.raws[x.first:x.last + 1])]  # "Hi! ..."
    if not heads:
        return None
    head = max(heads, key=lambda x: x.last)
    return head if set_off(scan, head.first, head.last) else None


def _same_name(scan: Scan, head: Candidate, term: Term) -> bool:
    """The answered term names the heading: a name of its own, or the heading is its initials."""
    typed = normalize.key(scan.text[scan.starts[head.first]:scan.ends[head.last]])
    names = [term.term, *term.aliases, *(form for form, _ in term.derived_names())]
    return any(normalize.key(name) == typed or typed in normalize.initials_variants(name) for name in names)

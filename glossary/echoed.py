"""A question that says again, in part, a name told in an earlier sentence.

"market segmentation — marketing wants to segment our maternity market. what's segmentation?" asks about
market segmentation: the question echoes its head word. "agency wants to pay with a GPC. what's the
government purchase card?" spells the acronym out: the initials of the words asked are its letters. The
asking sentence then names the earlier term, as "it" would, though no span of its own was found.
"""

from __future__ import annotations

from glossary import common_words
from glossary.cue_words import AFTER
from glossary.detect_types import Candidate
from glossary.textscan import Scan

RARE_RANK = 3_000  # "what is a card?" echoes too plain a word to point at "purchase card" ("the card" does)
MAX_SPELLED = 6  # letters of an acronym spelled out word by word


_DEFINITE = frozenset({"the", "this", "that"})


def echoes(scan: Scan, span: Candidate, asked: list[int]) -> bool:
    """`span` lies before the sentences asked (`asked`: their tokens in order, sorted once a message) and they say its
    name again: its rare last word ("segmentation" for "market segmentation"), or words whose initials spell it when
    it is an acronym."""
    if not asked or span.first >= asked[0] or span.loose or span.weak:
        return False
    if span.last > span.first:
        head = scan.norms[span.last]
        rare = not common_words.is_common(head, RARE_RANK)  # an everyday head only as "the/this rule", closed: that
        return head.isalpha() and any(scan.norms[i] == head and (rare or i and scan.norms[i - 1] in _DEFINITE  # one
                                                                 and _closed(scan, i)) for i in asked)
    raw = scan.raws[span.first]
    if not (raw.isalpha() and raw.isupper() and 2 < len(raw) <= MAX_SPELLED):
        return False
    letters = raw.lower()
    norms = [scan.norms[i] for i in asked]
    return any("".join(norm[:1] for norm in norms[k:k + len(letters)]) == letters
               and all(norm.isalpha() and len(norm) > 2 for norm in norms[k:k + len(letters)])
               for k in range(len(norms) - len(letters) + 1))


def _closed(scan: Scan, i: int) -> bool:
    """Nothing of its phrase follows token `i` ("explain the rule, I need ...", "what's the rule exactly?", "what's
    the law about?"), unlike "the rule for expensing lunches"."""
    return _ends(scan, i) or scan.norms[i + 1] in AFTER or _ends(scan, i + 1)


def _ends(scan: Scan, i: int) -> bool:
    return i + 1 >= len(scan.norms) or scan.sentence_start[i + 1] or not scan.soft[i] \
        or "," in scan.text[scan.ends[i]:scan.starts[i + 1]]

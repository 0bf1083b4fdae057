"""The other terms a question names besides the one answered ("what's a KPI and an OKR", "ebitda, capex,
opex"): offered after the answer, so a message that asks about several terms loses none of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import contrast, cues
from glossary.matching import MAX_CHOICES
from glossary.models import LookupResult, Match, Term
from glossary.readings import names_more

if TYPE_CHECKING:
    from glossary.detect import Detector


def also_named(detector_of: Callable[[], Detector], terms: dict[str, Term], cleaned: str,
               result: LookupResult) -> list[Match]:
    """The terms named besides the answer, best first. A message with no word beyond its subject is not
    scanned, and the detector is not even built (the common case, and a cold start)."""
    if not names_more(cleaned, result.subject):
        return []
    answered = {m.id for m in result.matches}
    scan, spans = detector_of().spans(cleaned)
    also: dict[str, Match] = {}
    for scored in cues.score(scan, spans):
        ids = scored.span.ids
        if answered & set(ids) or ids[0] in also:
            continue
        if scored.eligible or (scored.group >= 0 and contrast.plausible(scan, scored)):  # "ebitda, capex, opex"
            also[ids[0]] = Match(ids[0], terms[ids[0]].term, 100.0)
    return list(also.values())[:MAX_CHOICES]

"""An acronym and its name side by side are one name: "service level objective SLO", "CoE (Centers of Excellence)".

glossary/expansions.py finds an acronym spelled out; here each acronym and its stated expansion are read as one
span (`merge`), spans next to each other (punctuation or a link word between) that share a sense too, and a
surface that opens a bracket is shown with it closed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from glossary.detect_types import Candidate
from glossary.models import LookupResult
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.expansions import Expansions, Spelled

#: Between an acronym and its expansion: "PAM aka ...", "SEO, as in ...", "AP means ...", "PM i.e. ...".
LINKS = frozenset("aka ie i e eg as in is mean means meaning meant stand stands for short or called like".split())
MAX_LINKS = 3  # link words skipped between an acronym and its expansion right after it


def side_by_side(s: Scan, spans: list[Candidate]) -> list[Candidate]:
    """"service level objective SLO", "CoE (Centers of Excellence)": next to each other (punctuation or a
    link word between) with a sense in common, two spans are one name, with the senses they share."""
    out: list[Candidate] = []
    for span in spans:
        prev = out[-1] if out else None
        shared = [i for i in prev.ids if i in span.ids] if prev else []
        if prev and shared and s.norms[prev.first:prev.last + 1] != s.norms[span.first:span.last + 1] \
                and all(s.norms[k] in LINKS for k in range(prev.last + 1, span.first)) \
                and span.first - prev.last <= MAX_LINKS and not s.sentence_start[span.first]:
            out[-1] = replace(prev, last=span.last, ids=shared, weak=prev.weak and span.weak,
                              loose=prev.loose and span.loose, spelled=True)
            continue
        out.append(span)
    return out


def closed(text: str, start: int, end: int) -> str:
    """text[start:end] with the bracket it opens closed: "platform as a service (PaaS)", not "... (PaaS"."""
    surface = text[start:end]
    return surface + ")" if surface.count("(") > surface.count(")") and text[end:end + 1] == ")" else surface


def merge(s: Scan, spans: list[Candidate], found: list[Spelled],
          senses: Expansions) -> tuple[list[Candidate], LookupResult | None]:
    """(the spans with each acronym and its stated expansion read as one, the outcome "unknown" named by
    the phrase of an acronym spelled out as something no sense is). Then spans side by side with a shared
    sense merge."""
    unknown: LookupResult | None = None
    for x in found:
        inside = [c for c in spans if x.first <= c.first and c.last <= x.last]
        own = next((c for c in spans if c.first <= x.at <= c.last), None)
        ids = senses.agreeing(x, own.ids if own else [])
        if x.half and own is None and not ids:  # "SRE — site reliability...?" with no SRE here: it asks
            spans = [c for c in spans if c not in inside]  # about SRE, not "reliability", and rules out nothing
            continue
        if ids is None or not (ids or x.cased or x.small and own is not None):
            continue  # "llc ... limited liability...?": a word in lower case confirms a sense; it rules senses out
            # only when a rare short word ("seo") has senses and is spelled right after it
        spans = [c for c in spans if c not in inside and c is not own]
        if not ids:  # an acronym with no sense here, spelled as the start of a name, asks about that name
            named = own is None and senses.begins_name(x.phrase)  # ("SOX - sarbanes oxley": Sarbanes-Oxley Act)
            unknown = unknown or (None if named else senses.ruled_out(x.phrase, x, own.ids if own else []))
            continue
        first, last = (min(x.at, x.first), max(x.at, x.last)) if x.adjacent else (x.at, x.at)
        apart = [Candidate(x.first, x.last, ids, weak=False, spelled=True)] if x.half and not x.adjacent else []
        # "they said 'ask the SME' ... subject matter something?": the words cut off ask what it is, there
        spans = sorted([*spans, Candidate(first, last, ids, weak=False, spelled=x.adjacent), *apart],
                       key=lambda c: c.first)
    return side_by_side(s, spans), unknown

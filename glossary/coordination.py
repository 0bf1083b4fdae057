"""Terms named together ("EFT and TIN", "a LAN, a WAN or a VPN", "X vs Y"): a question may ask about
them all at once, a comparison compares them, and none of them is the others' field."""

from __future__ import annotations

from glossary.cue_words import SKIP
from glossary.detect_types import Candidate
from glossary.textscan import Scan

LINKS = frozenset({"and", "or", "vs", "versus", "plus", "&"})
AND_LINKS = frozenset({"and", "plus", "&"})


def coordinated(s: Scan, spans: list[Candidate], links: frozenset[str] = LINKS) -> list[list[Candidate]]:
    """Spans named together, in text order: "EFT and TIN", "a LAN, a WAN or a VPN", "X vs Y"."""
    groups: list[list[Candidate]] = []
    for span in spans:
        if groups:
            prev = groups[-1][-1]
            between = s.norms[prev.last + 1:span.first]
            linked = any(w in links for w in between) or "," in s.text[s.ends[prev.last]:s.starts[span.first]]
            if linked and all(w in links or w in SKIP for w in between) and span.ids != prev.ids:
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups

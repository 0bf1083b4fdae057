"""Terms named together ("EFT and TIN", "a LAN, a WAN or a VPN", "X vs Y"): a question may ask about
them all at once, a comparison compares them, and none of them is the others' field."""

from __future__ import annotations

import re

from glossary import common_words
from glossary.cue_words import POSSESSIVES, SKIP
from glossary.detect_types import Candidate
from glossary.pointed_back import opens_speech
from glossary.quoted_speech import has_quote_mark
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
            gap = s.text[s.ends[prev.last]:s.starts[span.first]]
            # "RTO = MTTR?" is linked; "VPC, my api is ...": after a bare comma an owner opens a clause, unless the
            comma = "," in gap and (POSSESSIVES.isdisjoint(between) or _list_goes_on(s, span.last)) \
                and not opens_speech(s, span.last)  # list goes on; "what is EBIT, cfo says ...": a speaker
            slash = not between and gap.strip() == "/"  # "debit / credit diff?", "SAST/DAST"
            linked = any(w in links for w in between) or comma or slash or (not between and "=" in gap)
            if linked and all(w in links or w in SKIP for w in between) and span.ids != prev.ids:
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


def _list_goes_on(s: Scan, last: int) -> bool:
    """Does "and"/"or" follow token `last` within a few words: "what do VPC, our VPN and NAT mean"?"""
    return any(w in ("and", "or") for w in s.norms[last + 1:last + 1 + LIST_REACH])


LIST_REACH = 2  # words after an item where the list's last link may come ("our VPN and NAT", "the CIO, and")


def heads_before(s: Scan, spans: list[Candidate]) -> list[int | None]:
    """For each span, the index of the last name before it in its sentence (not an everyday word), if any;
    none across a quote mark: "the PM keeps yelling 'that's on the critical path!!'" quotes another voice."""
    heads: list[int | None] = []
    last: int | None = None
    for n, span in enumerate(spans):
        if last is not None and (s.sentence_bounds(spans[last].last) != s.sentence_bounds(span.first)
                                 or has_quote_mark(s.text[s.ends[spans[last].last] - 1:s.starts[span.first]])):
            last = None
        heads.append(last)
        if not (span.loose or span.weak):
            last = n
    return heads


_AMP_AFTER = re.compile(r"&[A-Za-z]{1,2}(?![A-Za-z])")  # "FP&A", "P&L": one or two letters across the "&"
_AMP_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,2}&\Z")


def amp_joined(s: Scan, span: Candidate) -> bool:
    """"FP&A", "R&D": a name joined by "&" to a letter or two is part of a longer name ("SLA&SLO" is two)."""
    after = s.text[s.ends[span.last]:s.ends[span.last] + 4]
    before = s.text[max(0, s.starts[span.first] - 4):s.starts[span.first]]
    return bool(_AMP_AFTER.match(after) or _AMP_BEFORE.search(before))


PARTNER_RANK = 5_000  # beside another term compared, a rarer word in lower case is that acronym ("san", "sow")


def partners(s: Scan, spans: list[Candidate], usable: list[Candidate], beside: bool = True) -> list[Candidate]:
    """`usable` and (`beside`: when a comparison is asked) the lower-case acronyms named together with one of
    them that are no everyday word alone ("i always mix up nas and san", "sow / pws diff?"): a pair compared
    names two terms of one kind."""
    if not beside:
        return usable
    kept = {id(x) for x in usable}
    beside = {id(x) for group in coordinated(s, spans) if any(id(y) in kept for y in group) for x in group
              if x.loose and x.first == x.last and not common_words.is_common(s.norms[x.first], PARTNER_RANK)}
    return [x for x in spans if id(x) in kept or id(x) in beside]

"""One sense of an acronym that the message writes out in full: that sense is the one asked.

"dev said he'll raise a PR for the VAT fix. PR as in press release?? what's a pull request": PR has two
senses (procurement request, pull request); the message names one of them by its full name, away from the
acronym, and nothing else it names is a sense of PR ("press release" is a guess the glossary does not
give PR). The asker wrote the expansion, so it decides, as one right beside the acronym does
(expansions.py). Only a name of more than one word counts (a one-word alias is no expansion), only a name
nobody rules out ("..., not the procurement request": negation.meant), and only when exactly one concept
is named that way: "pull request or procurement request?" names both, and stays a choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import negation, normalize
from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.detect import Detector
    from glossary.expansions import Spelled
    from glossary.matching import Matcher


def written(terms: dict[str, Term], scan: Scan, spans: list[Candidate], ids: list[str], asked: str,
            same: Callable[[list[str], str], bool]) -> str | None:
    """The one sense among `ids` (the senses of the acronym `asked`) the message names in full elsewhere,
    else None. `same(ids, asked)`: the entries are one concept from several sources."""
    key = normalize.key(asked)
    named = [span for span in negation.meant(terms, scan.norms, spans)
             if span.last > span.first and set(span.ids) & set(ids)
             and normalize.key(" ".join(scan.norms[span.first:span.last + 1])) != key]
    found = list(dict.fromkeys(i for span in named for i in span.ids if i in ids))
    if not found or (len(found) > 1 and not same(found, asked)):
        return None
    return found[0]


def pick(detector: Detector, matcher: Matcher, scan: Scan, ids: list[str], asked: str) -> str | None:
    """`written` over the whole message (read only when the acronym has several senses and the message holds
    the first word of a name of two words or more of one of them: most messages write no sense out)."""
    if len(ids) < 2 or not _firsts(matcher.terms, ids) & set(scan.norms):
        return None
    scan, spans = detector.spans(scan.text)
    return written(matcher.terms, scan, spans, ids, asked, matcher.concepts.one_concept)


def unguessed(terms: dict[str, Term], scan: Scan, spans: list[Candidate], found: list[Spelled],
              same: Callable[[list[str], str], bool]) -> tuple[list[Spelled], list[Candidate]]:
    """The acronyms spelled out and the spans, less a guess the asker checks ("PR as in press release??") that
    names none of the acronym's senses while the message writes one of them out ("... what's a pull
    request"): the sense written out is read, and the guessed phrase is no subject of its own either.
    `same(ids, asked)`: one concept from several sources."""
    kept, dropped = [], []
    for x in found:
        own = next((c for c in spans if c.first <= x.at <= c.last), None) if x.guessed else None
        guess = [c for c in spans if x.first <= c.first <= x.last]  # a sense guessed right is read as it is
        others = [c for c in spans if c not in guess]
        if own is None or any(set(c.ids) & set(own.ids) for c in guess) \
                or not written(terms, scan, others, own.ids, x.acronym, same):
            kept.append(x)
        else:
            dropped.extend(guess)
    return kept, [c for c in spans if c not in dropped]


def _firsts(terms: dict[str, Term], ids: list[str]) -> set[str]:
    """The first words of the senses' names of two words or more."""
    names = (normalize.words(n) for i in ids for n in (terms[i].term, *terms[i].aliases))
    return {words[0] for words in names if len(words) > 1}

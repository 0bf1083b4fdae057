"""A name written as one word typed as two: "hub zone" for HUBZone, "fed ramp" for FedRAMP, "run time",
"block chain"; with a slip as well, "multi tenency" for multitenancy, "auto scalling" for autoscaling.

Spans and the subject's exact keys are read word by word, so a closed compound typed apart finds nothing
(or its halves). Each pair of neighbouring words no span covers, only a space or a hyphen between, is
looked up joined: one dict look-up per pair; a pair holding a word that is no English word is also
fuzzy-matched joined (at most MAX_FUZZY searches). Only one pair naming a term written as one word is read.
"""

from __future__ import annotations

from glossary import cues, normalize
from glossary.cue_words import FUNCTION
from glossary.matching import Matcher
from glossary.models import LookupResult
from glossary.spelling import tight
from glossary.textscan import Scan
from glossary.typo_rules import is_word

MIN_JOINED = 7  # "hubzone": a shorter joined pair is too often two words by chance
MAX_FUZZY = 2  # fuzzy searches per message at most
SLACK = 2  # letters a slip may add or drop
_ANSWERED = ("answer", "ambiguous")


def read(matcher: Matcher, scan: Scan, covered: set[int], asking: set[int]) -> LookupResult | None:
    """The one term two neighbouring words asked name when joined, or None."""
    found: list[tuple[int, LookupResult]] = []
    fuzzy = 0
    for i in range(len(scan.norms) - 1):
        a, b = scan.norms[i], scan.norms[i + 1]
        if i in covered or i + 1 in covered or i not in asking or not (a.isalpha() and b.isalpha()) \
                or len(a + b) < MIN_JOINED or not tight(scan, i) or _plain(a) or _plain(b):
            continue
        hit = matcher.exact([a + b])
        if hit is None and fuzzy < MAX_FUZZY and not (is_word(a) and is_word(b)):
            fuzzy += 1
            hit = matcher.fuzzy(a + b)
        if hit is not None and hit.status in _ANSWERED and _one_word(matcher, hit, a + b):
            found.append((i, hit))
    if len({tuple(m.id for m in hit.matches) for _, hit in found}) != 1:
        return None
    i, hit = found[0]
    typed = scan.text[scan.starts[i]:scan.ends[i + 1]]
    return LookupResult(typed, typed, hit.status, hit.matches)


def _one_word(matcher: Matcher, hit: LookupResult, joined: str) -> bool:
    """Is a name of the term found written as one word about as long as the pair joined? A name of two words
    ("pull request") typed apart is the typo windows' (typo_windows.py), with its rules for aliases."""
    names = [n for m in hit.matches for n in (matcher.terms[m.id].term, *matcher.terms[m.id].aliases)]
    return any(len(normalize.words(n)) == 1 and abs(len(normalize.key(n)) - len(joined)) <= SLACK for n in names)


def _plain(word: str) -> bool:
    """A question or function word: never half of a name ("whatis", "isa")."""
    return word in cues.SCAFFOLD or word in FUNCTION

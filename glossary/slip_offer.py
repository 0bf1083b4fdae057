"""A term the spans settled on, and the name a slip beside it reads ("is the buy amercan act the rule ...":
the Buy American Act, or the U.S.?): both are offered, the slip's first, since the asker was typing it."""

from __future__ import annotations

from glossary import normalize
from glossary.matching import MAX_CHOICES
from glossary.models import LookupResult, Match


def both(result: LookupResult, slipped: list[Match]) -> LookupResult:
    """The name a slip reads and the term the spans settled on, offered: either may be what is asked."""
    choices = list({m.id: m for m in slipped + result.matches}.values())[:MAX_CHOICES]
    return LookupResult(result.query, result.subject, "suggest", choices)


def part_of(name: str, longer: str) -> bool:
    """ "concern" in "small business concern": the answer is a word of the phrase the slip reads, which the
    asker quoted to ask about that word."""
    return f" {' '.join(normalize.words(name))} " in f" {' '.join(normalize.words(longer))} "

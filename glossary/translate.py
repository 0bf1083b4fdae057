"""The "Translate" rewrite: a plain gloss after each term's first occurrence.

"cut CAC before the QBR" -> "cut CAC (the cost of winning one new customer) before
the QBR (a quarterly meeting ...)". The gloss is the first clause of the term's
short definition, so it reads inline; a term the writer already explained in
brackets is left alone.
"""

from __future__ import annotations

import re

from glossary import common_words
from glossary.detect import Found
from glossary.models import Term

MIN_GLOSS = 25  # never cut a gloss shorter than this ("A secure, ...")
LONG_GLOSS = 60  # longer than this: cut before a relative clause
MAX_GLOSS = 90
_CLAUSE = re.compile(r"\s(?:that|which|where|who|whose|so that|in which)\s")
_CUTS = re.compile(r";\s|:\s|\s\(|\s[—–-]\s|\.\s|,?\s(?:such as|for example|e\.g\.|including|like)\s|"
                   r",\s(?:usually|often|typically|especially|so|which|because|while|but|and what|either)\b")
_ALREADY_EXPLAINED = re.compile(r"^\s*\(")


def gloss(term: Term) -> str:
    """A short plain phrase for `term`: 'the cost of winning one new customer'."""
    text = term.short_definition.strip().rstrip(".")
    for match in _CUTS.finditer(text):
        if match.start() >= MIN_GLOSS:
            text = text[: match.start()]
            break
    if len(text) > LONG_GLOSS:  # "the simplest version of a product that can be put in front of ..."
        clause = _CLAUSE.search(text, MIN_GLOSS)
        text = text[: clause.start()].rstrip(" ,;:") if clause else text
    if len(text) > MAX_GLOSS:
        text = text[: text.rfind(" ", 0, MAX_GLOSS)].rstrip(" ,;:") + "…"
    first, _, rest = text.partition(" ")
    capitalised = first[:1].isupper() and (first[1:].islower() or len(first) == 1)
    if capitalised and common_words.is_common(first.lower(), 30_000):
        text = first.lower() + (" " + rest if rest else "")
    return text


def sense_gloss(found: Found) -> str:
    """One sense: its gloss; several: 'x, or y' (two at most, it must stay readable)."""
    glosses = [gloss(t) for t in found.senses[:2]]
    return ", or ".join(glosses)


def translate(text: str, found: list[Found]) -> str:
    """`text` with a bracketed gloss after the first occurrence of every term found in it."""
    seen: set[tuple[str, ...]] = set()
    inserts: list[tuple[int, str]] = []
    for item in found:
        ids = tuple(t.id for t in item.senses)
        if ids in seen:
            continue
        seen.add(ids)
        if _ALREADY_EXPLAINED.match(text[item.end:]):
            continue
        inserts.append((item.end, f" ({sense_gloss(item)})"))
    for position, addition in sorted(inserts, reverse=True):
        text = text[:position] + addition + text[position:]
    return text

"""Names a definition gives its own term without listing them as aliases.

"A virtual machine (VM) is ..." makes VM a name of Virtual Machine; "environmental, social, and
governance (ESG) standards ..." and "Platform as a Service. An online ..." make the expansion a name of
ESG and PaaS. Only where the letters agree: the abbreviation's letters are the initials of the name's
words (every word, or every word but "and", "of", "the"...; the capitals of a mixed-case name such as
FedRAMP), so a definition that mentions some other body ("... by the Small Business Administration
(SBA)") gives nothing. Read for matching only: never stored, shown or exported.
"""

from __future__ import annotations

import functools
import re

from glossary import normalize
from glossary.normalize import MINOR_WORDS as _MINOR

SCAN_CHARS = 600  # a definition introduces its abbreviation near the start
_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9&/.\-]{1,11})\s*\)")
_WORD = re.compile(r"[A-Za-z0-9]+")
_STOP = re.compile(r"[.!?](?=\s|$)|[;:\"“”(){}\[\]]|\s[-–—]\s")  # an expansion runs within one clause
_OPENING = re.compile(r"[\s\"'“‘]*(?:(?:short|stands)\s+for\s+|(?:the|an?)\s+)?", re.I)
_AFTER = re.compile(r"\s*(?:\.(?=\s|$)|[,;:(\"”—–]|\s-\s|$|(?:is|are|was|refers|means|stands|describes)\b)", re.I)
MAX_EXTRA_WORDS = 3  # minor words an expansion may hold beyond its letters ("... as a ...")


def defined_names(own: tuple[str, ...], others: tuple[str, ...], definition: str) -> list[str]:
    """The abbreviations and expansions of the term's own name (`own`: the headword and the forms it
    carries) that `definition` introduces, none already a name (`others`: its aliases and their forms).
    An alias is not followed: "PORT 123" whose alias is NTP is no "network time protocol"."""
    return list(_defined(own, others, definition[:SCAN_CHARS]))


@functools.lru_cache(maxsize=32_768)
def _defined(names: tuple[str, ...], others: tuple[str, ...], text: str) -> tuple[str, ...]:
    found: list[str] = []
    abbreviations = {normalize.key(n): n for n in names if _abbreviation(n)}
    if "(" in text:
        phrases = [n for n in names if " " in n.strip() or "-" in n]
        for m in _PAREN.finditer(text):
            inner = m.group(1).rstrip(".")
            clause = _clause(text[:m.start()])
            if _abbreviation(inner) and any(_ends_with(clause, n) and spells(inner, n) for n in phrases):
                found.append(_singular_abbreviation(inner))
            short = abbreviations.get(normalize.key(_singular_abbreviation(inner)))
            if short is not None:
                found.extend(_expansions_before(clause, short))
    lowered = text.lower()
    if abbreviations and not any(lowered.startswith(n.lower()) for n in others):  # "Platform as a Service. ..."
        for short in abbreviations.values():
            found.extend(_expansion_at_start(text, short))
    if not found:
        return ()
    have = {normalize.singular_key(n) for n in (*names, *others)}
    return tuple(f for f in dict.fromkeys(found) if normalize.singular_key(f) not in have)



def spells(abbreviation: str, phrase: str) -> bool:
    """Are the abbreviation's letters the initials of the phrase's words ('CaaS', 'Containers as a
    Service'; 'EBIT', 'earnings before interest and taxes'; 'FedRAMP' by its capitals)?"""
    return _spells(abbreviation, normalize.words(phrase))


def _spells(abbreviation: str, words: list[str]) -> bool:
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words)
    major = "".join(w[0] for w in words if w not in _MINOR)
    letters = "".join(c for c in abbreviation.lower() if c.isalnum())
    if letters in (every, major):
        return True
    capitals = "".join(c for c in abbreviation if c.isupper()).lower()
    mixed = len(capitals) >= 2 and abbreviation[0].isupper() and any(c.islower() for c in abbreviation)
    return mixed and capitals in (every, major)


def _abbreviation(text: str) -> bool:
    """One short word with at least two capitals: 'VM', 'CaaS', 'mTLS', 'FedRAMP' (not 'Team', 'or 2')."""
    return 2 <= len(text) <= 12 and " " not in text and text[:1].isalpha() and sum(c.isupper() for c in text) >= 2


def _singular_abbreviation(text: str) -> str:
    """'VMs' -> 'VM': the plural an abbreviation takes after a plural name."""
    return text[:-1] if len(text) >= 3 and text.endswith("s") and text[-2].isupper() else text


def _clause(text: str) -> str:
    """The end of `text` after its last stop: where an expansion before a parenthesis may start."""
    stops = list(_STOP.finditer(text))
    return text[stops[-1].end():] if stops else text


def _ends_with(clause: str, name: str) -> bool:
    """Does the clause end with the name, or its plural ('virtual machines (VMs)')?"""
    want = [normalize.singular(w) for w in normalize.words(name)]
    have = [normalize.singular(w) for w in normalize.words(clause)[-len(want):]]
    return have == want


def _expansions_before(clause: str, short: str) -> list[str]:
    """The shortest run of words just before '(ESG)' whose initials spell ESG, as written."""
    spans = list(_WORD.finditer(clause))
    letters = len(normalize.key(short))
    for size in range(2, min(len(spans), letters + MAX_EXTRA_WORDS) + 1):
        run = clause[spans[-size].start():spans[-1].end()]
        if spells(short, run):
            return [run]
    return []


def _expansion_at_start(text: str, short: str) -> list[str]:
    """'Platform as a Service. An online ...', 'short for earnings before interest and taxes; ...',
    'The Lightweight Directory Access Protocol is ...', 'eBPF, or extended Berkeley Packet Filter, is':
    a definition that opens with the expansion of its acronym, up to the end of the clause."""
    at = 0
    if text.lower().startswith(short.lower()):
        lead = re.match(r"\s*(?:,?\s*or\b|[:(]|\s-\s|\s+is\s+short\s+for\b)", text[len(short):], re.I)
        if lead is None:
            return []
        at = len(short) + lead.end()
    at = _OPENING.match(text, at).end()  # type: ignore[union-attr]  # the pattern matches the empty string
    spans: list[re.Match[str]] = []
    first = short[0].lower()
    for m in _WORD.finditer(text, at):
        if not spans and m.group()[0].lower() != first:
            return []  # the commonest case, cheaply: the definition does not open with the expansion
        if _STOP.search(text, spans[-1].end() if spans else at, m.start()):
            break
        spans.append(m)
        if len(spans) > len(short) + MAX_EXTRA_WORDS:
            break
    words = [normalize.fold(m.group()) for m in spans]
    for size in range(2, len(spans) + 1):
        if _spells(short, words[:size]) and _AFTER.match(text, spans[size - 1].end()):
            return [text[at:spans[size - 1].end()]]
    return []

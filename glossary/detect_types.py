"""The detector's index entries and what it reports: names, keys, candidates, found terms.

Kept apart from glossary/detect.py so the detector itself stays short; nothing here scans text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from glossary import normalize
from glossary.casing import is_word_acronym
from glossary.models import Term

_NAME_TOKEN = re.compile(r"[^\W_]+|&")
_ACRONYM_PLURAL = re.compile(r"^[A-Z0-9][A-Z0-9&]+s$")


@dataclass(frozen=True)
class Name:
    term_id: str
    raw: tuple[str, ...]  # tokens as written in the glossary: casing matters for acronyms
    norm: tuple[str, ...]  # folded tokens (the plural variant has its last one singular)
    is_alias: bool
    weak: bool  # an everyday word: needs context
    cased: bool  # has an acronym part or is a time marker: the surface must be checked
    variant: bool = False  # another number than the name as written: "good" for "goods"


@dataclass(frozen=True)
class Found:
    """One occurrence of a term in the text. `senses` are best first."""

    start: int
    end: int
    surface: str
    senses: tuple[Term, ...]

    @property
    def id(self) -> str:
        return self.senses[0].id

    @property
    def term(self) -> str:
        return self.senses[0].term

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "term": self.term, "start": self.start, "end": self.end, "surface": self.surface,
            "senses": [{"id": t.id, "term": t.term, "definition": t.definition, "short": t.short_definition,
                        "tags": list(t.tags)} for t in self.senses],
        }


@dataclass
class Key:
    """Every name with one key, and what the detector can decide about them in advance."""

    names: list[Name]
    plain: bool = True  # no name needs a casing check
    ids: list[str] = field(default_factory=list)  # the senses, when every name fits
    weak: bool = False  # ...and they all need context
    exact: frozenset[str] | None = None  # when every name is a one-token acronym that is also a word ("IT")
    variant: bool = False  # every name is another number of one written otherwise ("good" for "goods")

    def seal(self) -> Key:
        self.plain = not any(n.cased for n in self.names)
        if all(len(n.raw) == 1 and n.cased and is_word_acronym(n.raw[0]) for n in self.names):
            self.exact = frozenset(n.raw[0] for n in self.names)
        self.ids = sense_ids(self.names)
        self.weak = all(n.weak for n in self.names if n.term_id in self.ids)
        self.variant = all(n.variant for n in self.names if n.term_id in self.ids)
        return self


@dataclass(frozen=True)
class Candidate:
    first: int  # token indexes [first, last]
    last: int
    ids: list[str]  # senses, most likely first
    weak: bool  # an everyday word: needs context
    loose: bool = False  # fits only when casing is ignored (a question may type "sow" for "SOW")
    spelled: bool = False  # an acronym and its expansion side by side ("RFP = request for proposal")
    variant: bool = False  # found in another number than any of its names is written ("good" for "goods")


def sense_ids(names: list[Name]) -> list[str]:
    """Every entry the name names, own names first: "GWAC" the VA entry's name and "GWAC" the alias of
    the contract glossary's entry are two sources for one word; hiding the alias would hide a meaning."""
    ordered = sorted(names, key=lambda n: n.is_alias)
    return list(dict.fromkeys(n.term_id for n in ordered))


def candidate(first: int, last: int, names: list[Name], *, loose: bool = False) -> Candidate:
    ids = sense_ids(names)
    return Candidate(first, last, ids, all(n.weak for n in names if n.term_id in ids), loose,
                     variant=all(n.variant for n in names if n.term_id in ids))


@lru_cache(maxsize=65536)
def singular(raw: str, norm: str) -> str:
    if len(raw) >= 4 and raw.isupper() and raw.isalnum():
        return norm  # "CORS", "DFARS": the final S of an all-capital word is part of the acronym
    return norm[:-1] if _ACRONYM_PLURAL.match(raw) else normalize.singular(norm)


def fold_name(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = tuple(_NAME_TOKEN.findall(text))
    return raw, tuple("and" if r == "&" else normalize.fold(r) for r in raw)


_COUNTED = re.compile(r"(\d+)([a-z]+)")


def counted_apart(norm: tuple[str, ...]) -> tuple[str, ...] | None:
    """A one-word name of a count and letters ("5Ps", "3PL") as typed apart, "5 Ps"; None for any other."""
    found = _COUNTED.fullmatch(norm[0]) if len(norm) == 1 else None
    return found.groups() if found else None

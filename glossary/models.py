"""Plain data types shared by the whole engine."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["answer", "ambiguous", "suggest", "unknown", "compare"]

#: Field order of a term in YAML files and JSON output.
TERM_FIELDS = ("id", "term", "aliases", "definition", "examples", "tags", "related", "owner", "review_by")
LIST_FIELDS = ("aliases", "examples", "tags", "related")

#: Where a first sentence may end: ". " or "; ", but not after "i.e.", "e.g.", "U.S.", "etc.".
_STOP = re.compile(r"[.;](?=\s)")
_ABBREVIATION = re.compile(r"(?:\b\w\.\w|\b[A-Za-z]|\b(?:etc|vs|approx|incl|cf|ca|no|mr|mrs|ms|dr|st|inc|ltd|co|corp"
                           r"|dept|est|fig|jr|sr))$", re.I)


@dataclass
class Term:
    """One sense of one term. Several entries may share `term` (PR, POC, ...)."""

    id: str
    term: str
    definition: str
    aliases: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    owner: str | None = None
    review_by: str | None = None  # ISO date
    revision: int = 0

    def to_dict(self, *, with_revision: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not with_revision:
            data.pop("revision")
        return data

    @property
    def short_definition(self) -> str:
        """First sentence: what fits in a one-line gloss."""
        text = self.definition.strip()
        for stop in _STOP.finditer(text, 0, 160):
            cut = stop.start()
            if cut > 0 and not (text[cut] == "." and _ABBREVIATION.search(text, 0, cut)):
                return text[:cut]
        return text.rstrip(".")

    def names(self) -> list[tuple[str, bool]]:
        """(name, is_alias) for the term and its aliases, as written."""
        return [(self.term, False)] + [(a, True) for a in self.aliases]

    def derived_names(self) -> list[tuple[str, bool]]:
        """(form, weak) for the forms its names carry ("net present value (NPV)" is also "NPV"). A form of
        an alias is weak: third-hand, used only where no entry is written with that name. An alias that
        writes two acronyms of the name at once ("TEG/TEP") writes both: neither is weak."""
        from glossary.initialisms import written_apart
        from glossary.normalize import name_forms, one_of_plural, respelled
        from glossary.spelling_twins import other_spelling

        forms = [(form, is_alias) for name, is_alias in self.names() for form in name_forms(name)]
        forms += [(one, False) for one in [one_of_plural(self.term, self.aliases)] if one]  # "URIS": a URI
        forms += [(form, False) for form in written_apart(self)]
        forms += [(form, True) for name, _ in self.names() if (form := other_spelling(name))]  # "capitalise"
        return forms + [(form, True) for name, _ in self.names()[1:] if (form := respelled(self.term, name))]

    def given_names(self) -> list[str]:
        """Names its definition gives it without an alias ("A virtual machine (VM) is ...": VM), read when a
        question asks for them, never spotted in passing text nor stored (glossary/defined.py)."""
        from glossary.defined import defined_names

        forms = self.derived_names()
        own = (self.term, *(form for form, weak in forms if not weak))
        others = (*self.aliases, *(form for form, weak in forms if weak))
        return defined_names(own, others, self.definition)

    def carried_names(self) -> list[tuple[str, bool]]:
        """(name, weak) for the names it carries but does not write: its names' forms and the names its
        definition gives ("A virtual machine (VM) is ..."; weak: "(also, matching principle) matches ...",
        glossary/twin_names.py)."""
        from glossary.twin_names import also_called

        given = self.given_names()
        return [*self.derived_names(), *((name, False) for name in given),
                *((name, True) for name in also_called(self) if name not in given)]

    @property
    def sense_label(self) -> str:
        """Tells senses of one term apart: 'PR (pull request)'."""
        hint = self.aliases[0] if self.aliases else ", ".join(self.tags)
        return f"{self.term} ({hint})" if hint else self.term


@dataclass(frozen=True)
class Match:
    id: str
    term: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "term": self.term, "score": round(self.score, 1)}


@dataclass
class LookupResult:
    """The outcome of one question: exactly one status, matches best first."""

    query: str
    subject: str  # the term pulled out of the question
    status: Status
    matches: list[Match] = field(default_factory=list)  # compare: the compared terms, in the order asked
    aspect: str | None = None  # a follow-up about the last answer: example, simpler, owner, related, definition
    followup: str | None = None  # new, compare_last, about_last: how the message leaned on the conversation
    also: list[Match] = field(default_factory=list)  # other terms the question names ("a KPI and an OKR")
    offer: str | None = None  # "instance": a term named by a question for its value or an action, offered
    others: list[Match] = field(default_factory=list)  # the answer's name's other senses, bare expansions
    elsewhere: str | None = None  # a sense the glossary lacks that the words point to: "end of day" for "by EOD"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "query": self.query,
            "status": self.status,
            "matches": [m.to_dict() for m in self.matches],
        }
        if self.aspect:
            data["aspect"] = self.aspect
        if self.also:
            data["also"] = [m.to_dict() for m in self.also]
        if self.offer:
            data["offer"] = self.offer
        if self.others:
            data["other_senses"] = [m.to_dict() for m in self.others]
        if self.elsewhere:
            data["outside_sense"] = self.elsewhere
        return data

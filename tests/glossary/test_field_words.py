"""Issue 13: of an acronym's senses from different fields, the one whose field the message's other words
belong to, judged by every entry of that field (glossary/field_words.py); else every sense."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

_LAW = ["shareholders", "dividends", "partnership", "taxation", "bankruptcy"]
_NET = ["routers", "packets", "switches", "firmware", "bandwidth"]


def _field(tag: str, words: list[str], legal: bool) -> list[Term]:
    """Twenty entries of one field; every fourth says "legal" when the field is a legal one."""
    return [Term(f"{tag}-{n}", f"{tag} entry {n}", f"Something about {words[n % 5]} number {n}"
                 + (", a legal matter." if legal and n % 4 == 0 else "."), tags=[tag]) for n in range(20)]


TERMS = [
    *_field("finance", _LAW, True),
    *_field("it", _NET, False),
    Term("llc-fin", "LLC", "A company whose owners risk only what they put in.",
         aliases=["limited liability company"], tags=["finance"]),
    Term("llc-it", "LLC", "The upper sublayer of the data link layer.", aliases=["Logical Link Control"],
         tags=["it"]),
    Term("crm-1", "CRM", "Customer relationship management.", tags=["it"]),
    Term("crm-2", "CRM", "Customer responsibility matrix.", tags=["it"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "field_words", TERMS)


def test_the_field_the_other_words_belong_to(glossary: Glossary) -> None:
    assert outcome(glossary, "The subcontractor is an LLC. What does that mean legally?") == ("answer", ["llc-fin"])


@pytest.mark.parametrize("text", [
    "what is an LLC?",  # no other word: every sense
    "The colleague mentioned an LLC. What is it?",  # words no field uses more than another
])
def test_no_field_evidence_keeps_every_sense(glossary: Glossary, text: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "ambiguous" and set(ids) == {"llc-fin", "llc-it"}


def test_senses_of_one_field_are_left_alone(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "Legally speaking, what is a CRM?")
    assert status == "ambiguous" and set(ids) == {"crm-1", "crm-2"}

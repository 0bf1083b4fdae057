"""Issue 13, over a real SQLite glossary: a name typed twice, once with two letters swapped, by someone unsure of its
spelling ("vlna / vlan"). The slip before it does not make the name part of a longer one nobody defined; a letter
changed or added makes another name as often ("SLA / SLO", "NAT / PAT") and is read as before."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("wacc", "WACC", "Weighted average cost of capital: what a company pays on average for its money."),
    Term("vlan", "VLAN", "Virtual LAN: one physical network split into separate logical ones."),
    Term("nat", "NAT", "Network address translation: many private addresses share one public one."),
    Term("pat", "PAT", "Port address translation: NAT that tells connections apart by port."),
]

twice = glossary_fixture("twice", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("whats vlna / vlan, how it works in simple words", "vlan"),
])
def test_a_name_typed_twice_once_mistyped_is_answered(twice: Glossary, text: str, expected: str) -> None:
    assert outcome(twice, text) == ("answer", [expected])


def test_two_names_a_letter_apart_are_still_two(twice: Glossary) -> None:
    assert outcome(twice, "nat / pat - same thing?") == ("compare", ["nat", "pat"])
    status, ids = outcome(twice, "NAT / PAT what is")
    assert status != "answer" and set(ids) >= {"nat", "pat"}

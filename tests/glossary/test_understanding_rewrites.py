"""Issue 13: rewrites that keep a question's meaning keep its answer, over a real SQLite glossary: a follow-up
or comparison side whose name begins with a word that also introduces names ("term loan", "word embedding")
keeps that word; "the term SLA" still asks about SLA."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("term-loan", "term loan", "A loan repaid on a fixed schedule over a set number of years."),
    Term("loan", "loan amortization", "Paying a loan off in equal instalments of interest and principal."),
    Term("loc", "line of credit", "Money a bank lets you borrow up to a limit, as you need it."),
    Term("lan", "LAN", "A network joining the computers of one building."),
    Term("sla", "SLA", "The service level a provider promises in a contract."),
    Term("slo", "SLO", "The internal target a team sets for a service's reliability."),
]

rewrites = glossary_fixture("rewrites", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("and term loan?", "term-loan"),
    ("what about term loan?", "term-loan"),
    ("same for term loan", "term-loan"),
    ("what about the term loan", "term-loan"),
    ("and the term SLA?", "sla"),  # here "the term" only introduces the name
])
def test_a_follow_up_keeps_a_name_that_begins_with_term(rewrites: Glossary, text: str, expected: str) -> None:
    assert outcome(rewrites, text) == ("answer", [expected])


def test_a_comparison_keeps_it_too(rewrites: Glossary) -> None:
    assert outcome(rewrites, "term loan vs line of credit") == ("compare", ["term-loan", "loc"])

"""Issue 13: a term followed by a bidding to explain it ("EAR kindly explain", "X pls define") asks about
it even when a story follows; "full form" after a term asks its expansion ("KPI full form"); an
explaining verb cut off by a comma points at nothing after it."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ear", "effective annual rate (EAR)", "The yearly interest rate once compounding is counted."),
    Term("comp-bal", "compensating balance", "Money a borrower must keep on deposit with the lending bank."),
    Term("duns", "DUNS", "A nine-digit number that identifies a business.", aliases=["DUNS number"]),
    Term("kpi", "KPI", "Key performance indicator: a number that shows how well a goal is being met."),
    Term("fy", "FY", "Fiscal year: the twelve months a budget or an account covers."),
    Term("letter", "letter of credit", "A bank's promise to pay a seller once the shipping papers are shown."),
    Term("cfo", "CFO", "Chief financial officer."),
]

bid = glossary_fixture("bid", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("EAR kindly explain, the bank says the effective annual rate is 9.4%", "ear"),
    ("compensating balance kindly explain, sanction letter mentions same", "comp-bal"),
    ("DUNS number pls explain, the customer portal asks for it", "duns"),
    ("KPI full form", "kpi"),
    ("FY full form", "fy"),
])
def test_a_term_then_a_bidding_to_explain_it(bid: Glossary, text: str, term: str) -> None:
    assert outcome(bid, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "the CFO explained the delay to the board",  # a report, no bidding
    "the KPI explained most of the drop",  # a verb in the past: no bidding
])
def test_no_bidding_is_no_question(bid: Glossary, text: str) -> None:
    assert outcome(bid, text)[0] != "answer"

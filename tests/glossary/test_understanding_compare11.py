"""Issue 13, over a real SQLite glossary: comparisons whose sides need reading together. A head word written once
belongs to both sides, read from the sides as resolved ("horizonal vs vertical scaling", "M1 vs M2 money
supply", "cost-reimbursement contract vs firm fixed-price"); a later side begins with its name, its story
after it ("debit versus credit which one is which like in the t account thing"); a first side that names
nothing ends with its name ("ok dumb accounting question debit versus credit"); an ask run on with no mark
before it still asks ("... for the remodel how are those different"); a name written as one word may be typed
as two in a side ("cap ex or op ex")."""

from __future__ import annotations

import pytest

from glossary import frames
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("horizontal", "horizontal scaling", "Adding more machines to spread the load."),
    Term("vertical", "vertical scaling", "Making one machine bigger."),
    Term("stateful", "stateful apps", "Applications that keep data between requests."),
    Term("stateless", "stateless apps", "Applications that keep no data between requests."),
    Term("m1", "M1", "Currency and demand deposits: the money readily available."),
    Term("m2", "M2", "M1 plus time deposits and other money not immediately available."),
    Term("money-supply", "money supply", "All the money in an economy."),
    Term("debit", "debit", "A record on the left side of an account."),
    Term("credit", "credit", "A record on the right side of an account."),
    Term("t-account", "T-account", "A drawing of an account as a T, debits left and credits right."),
    Term("cost-reimbursement", "cost-reimbursement contract", "A contract that pays allowable costs."),
    Term("ffp-contract", "firm fixed-price contract", "A contract whose price does not change."),
    Term("ffp", "FFP", "Firm fixed price."),
    Term("secured", "secured loans", "Loans backed by collateral."),
    Term("unsecured", "unsecured loans", "Loans backed by no collateral."),
    Term("capex", "capital expenditures", "Money spent on long-lived assets."),
    Term("opex", "OPEX", "Operational expenditure: the running costs of a business."),
    Term("npv", "NPV", "Net present value."),
    Term("irr", "IRR", "Internal rate of return."),
    Term("km", "knowledge management (KM)", "Gathering and sharing what an organisation knows."),
    Term("management", "management", "Running an organisation."),
    Term("acid-test", "acid-test (quick) ratio", "Quick assets over current liabilities."),
    Term("quick", "quick ratio", "Quick assets over current liabilities."),
    Term("ratios", "ratios", "Numbers that relate one figure to another."),
    Term("request", "request for proposal", "A formal request for offers.", aliases=["RFP"]),
]

sides = glossary_fixture("sides", TERMS)


@pytest.mark.parametrize(("text", "terms"), [
    ("horizonal vs vertical scaling - which one is adding more servers", ["horizontal", "vertical"]),
    ("stateful vs stateles apps?", ["stateful", "stateless"]),
    ("M1 vs M2 money supply?", ["m1", "m2"]),
    ("M1 vs M2 money supply, diff?", ["m1", "m2"]),
    ("cost-reimbursement contract vs firm fixed-price: how do they differ for us?", ["cost-reimbursement",
                                                                                     "ffp-contract"]),
])
def test_a_head_written_once_belongs_to_both_sides(sides: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(sides, text) == ("compare", terms)


@pytest.mark.parametrize(("text", "terms"), [
    ("ok dumb accounting question debit versus credit which one is which like in the t account thing",
     ["debit", "credit"]),
    ("so the bank offered a secured loan or an unsecured loan for the remodel how are those different",
     ["secured", "unsecured"]),
    ("i keep hearing NPV and IRR how do they differ", ["npv", "irr"]),
    ("the boss asked if the new shelving is cap ex or op ex so what's the difference between cap ex and op ex",
     ["capex", "opex"]),
])
def test_a_side_is_read_where_its_name_stands(sides: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(sides, text) == ("compare", terms)


@pytest.mark.parametrize(("text", "status", "terms"), [
    ("knowledge management / KM — is it just a wiki nobody updates", "answer", ["km"]),  # one name, two ways
    ("M1 vs money supply?", "compare", ["m1", "money-supply"]),  # the head named alone is a side
    ("debit vs T-account", "compare", ["debit", "t-account"]),  # the side's own name, no story
    ("we use NPV what is it", "answer", ["npv"]),  # a run-on ask that compares nothing
])
def test_sides_already_read_right_are_left_alone(sides: Glossary, text: str, status: str, terms: list[str]) -> None:
    assert outcome(sides, text) == (status, terms)


@pytest.mark.parametrize("text", [
    "observability is it just monitoring or is it the same",  # likened, not a difference asked run on
    "FY is fiscal year right why isnt it just the calendar year",
])
def test_only_an_asked_difference_is_read_run_on(text: str) -> None:
    frame = frames.parse(text)
    assert frame is None or frame.kind != "compare_named"


@pytest.mark.parametrize("text", [
    "what is the acid test ratio or quick ratio same thing right",  # one concept: never "ratios" for a side
    "horizonal vs blue scaling",  # no term is named "blue scaling": one side unknown
    "stateful vs stateles cows",  # no term is named with that head
])
def test_no_side_is_made_up(sides: Glossary, text: str) -> None:
    status, ids = outcome(sides, text)
    assert status != "compare" and "ratios" not in ids

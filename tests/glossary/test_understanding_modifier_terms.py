"""A term followed by a noun saying what kind of thing it is, when the noun is itself a glossary term the
first one's definition speaks of ("M1 money supply", glossary/modifier_terms.py), or a generic noun after
an acronym the glossary only spells out ("PIV card", glossary/classifiers.py), over a real SQLite glossary:
what is answered, and what must stay refused."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("m1", "M1", "The total amount of readily available money in the system; currency and demand deposits."),
    Term("m2", "M2", "Used by economists to describe the U.S. monetary supply: all M1 monies plus time deposits."),
    Term("money-supply", "money supply", "The total value of money available in an economy at one time."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization."),
    Term("margin", "margin", "The difference between a price and its cost."),
    Term("piv", "PIV", "Personal Identity Verification", aliases=["Personal Identity Verification"]),
    Term("csrf", "CSRF", "Cross-site request forgery", aliases=["Cross-site request forgery"]),
    Term("hr", "HR", "Human Resources", aliases=["Human Resources"]),
    Term("pos", "POS", "Point of Sale", aliases=["Point of Sale"]),
    Term("sla", "SLA", "A service-level agreement: a commitment between a provider and a customer."),
    Term("succession", "succession planning", "Planning who will fill key roles when people leave."),
]

modified = glossary_fixture("modified", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("M1 money supply — def", "m1"),  # M1's definition speaks of money: M1 is a money supply
    ("M2 money supply? the macro slide shows M2 growth going negative", "m2"),
    ("what is the money supply", "money-supply"),  # the kind alone is still itself
    ("(1) what is a PIV card, and (2) how do I get one?", "piv"),  # a generic noun after a spelt-out acronym
    ("what is a CSRF issue", "csrf"),
    ("succession planning – HR asks who would replace me. what is it?", "succession"),  # "asks" goes on
])
def test_a_specific_term_with_its_kind_after_it_is_the_term(modified: Glossary, text: str, term_id: str) -> None:
    assert outcome(modified, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is an EBITDA margin", "ebitda"),  # EBITDA's definition never speaks of a margin
    ("what is a pos tool", "pos"),  # lower case: the word, not the acronym as written
    ("what is an SLA breach", "sla"),  # the glossary calls an SLA an agreement, and says so
    ("HR asks who would replace me", "hr"),  # a verb going on, not a noun closing the phrase
    ("what is the PIV card number for the form", "piv"),  # the phrase goes on
])
def test_a_noun_that_is_no_kind_of_the_term_leaves_it_unanswered(modified: Glossary, text: str, term_id: str) -> None:
    status, ids = outcome(modified, text)
    assert not (status in ("answer", "ambiguous", "compare") and term_id in ids)

"""Questions a person simply answers, over a real SQLite glossary: the message asks about one term and
nothing in it competes. Each reason the matcher used to hedge on, with the negatives it must still refuse:
- two neighbouring letters swapped in a short key ("JBDO" for JBOD), or one letter left out of a word of six
  letters or more ("heding" for hedging); not a changed letter ("DAST" for SAST), nor a short word cut;
- the one content word of the question begins a longer name ("microservices — what are they");
- "is"/"are" after a noun make a verb of an -ing word ("the vendor is pushing dbaas ..."), not a modifier;
- "what's included", "what's that one about" name nothing new: they ask about the term before;
- a comma ends what "what is that" points at ("duns number what is that, the form asks for it").
"""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.typo_rules import slipped, swapped
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("jbod", "JBOD", "Just a bunch of disks: drives used without RAID."),
    Term("sast", "SAST", "Static application security testing."),
    Term("microservices", "microservices architecture", "An application built as small independent services."),
    Term("cloud-native", "cloud native", "Software built to run in the cloud."),
    Term("cloud-computing", "cloud computing", "Computing delivered over the internet."),
    Term("dbaas", "DBaaS", "Database as a service: a managed database."),
    Term("database", "database", "An organised collection of data."),
    Term("revenue", "revenue", "Money a business takes in."),
    Term("lcc", "life cycle cost", "The total cost of owning something over its life."),
    Term("iso14000", "ISO 14000", "A family of environmental management standards."),
    Term("duns", "DUNS", "A nine-digit number identifying a business."),
    Term("slo", "SLO", "Service level objective: a target for reliability."),
    Term("hedging", "hedging", "Taking a position that offsets the risk of another."),
    Term("kanban", "kanban", "A board of cards that limits work in progress."),
]

plain = glossary_fixture("plain", TERMS)


@pytest.mark.parametrize(("question", "ids"), [
    ("what does JBDO mean? old storage inventory lists it", ["jbod"]),
    ("what is a BJOD", ["jbod"]),
    ("whats heding in fx", ["hedging"]),
    ("hedgng meaning fx", ["hedging"]),
    ("microservices — what are they", ["microservices"]),
    ("the vendor is pushing dbaas for the reserving database, what is that", ["dbaas"]),
    ("life cycle cost — what's included", ["lcc"]),
    ("iso 14000 what's that one about", ["iso14000"]),
    ("duns number what is that, US vendor onboarding form asks for it", ["duns"]),
])
def test_one_term_clearly_asked_is_answered(plain: Glossary, question: str, ids: list[str]) -> None:
    assert outcome(plain, question) == ("answer", ids)


@pytest.mark.parametrize("question", [
    "what is DAST",  # one letter changed: another acronym, not a slip
    "what is JDOB",  # letters swapped that are not neighbours
    "what is a kanbn",  # a short key: a letter left out of it is too often another word
    "cloud — what is it",  # an everyday word that begins several names
    "we are pushing dbaas to prod",  # asks nothing
    "what is recurring revenue",  # a longer name nobody defined
    "We do have SLOs defined, but what is an error budget?",  # the question points at another phrase
    "what's included in the price",
])
def test_a_hedge_or_refusal_stays(plain: Glossary, question: str) -> None:
    status, ids = outcome(plain, question)
    assert status not in ("answer", "ambiguous", "compare"), (question, status, ids)


def test_a_swap_is_two_neighbouring_letters_exchanged() -> None:
    assert swapped("jbdo", "jbod") and swapped("ldpa", "ldap")
    assert not swapped("dast", "sast") and not swapped("jdob", "jbod") and not swapped("jbod", "jbod")


def test_a_letter_left_out_counts_in_a_long_word_only() -> None:
    assert slipped("heding", "hedging") and slipped("jbdo", "jbod")
    assert not slipped("sast", "sasts") and not slipped("dast", "sast") and not slipped("hedgingg", "hedging")

"""Issue 13, round 8, over a real SQLite glossary: messages that name a term but do not ask what it means
are not answered with it, and terms typed together are compared.

- a dotted acronym is one token spelling all its letters ("O.T.A." is no OT, "U.A.T." no AT);
- names asked together share the message's place ("nat and pat?") and settle each other's senses as
  "X vs Y" does ("MOU and IAA" with an IAA of two meanings);
- an everyday word is a verb before an object pronoun ("ship it"), and another number of a name ("good"
  for goods) only used as a noun;
- "who is the ROLE at Name" asks for a person; "what will the weather be like in DC" asks about the weather;
- a quoted phrase that "that" points at keeps the pointer from a term in its own sentence;
- a hyphenated modifier before a term names a longer name nobody defined ("true-up clause ..., meaning?");
- a term named as what is not meant ("not the acceptable use policy") is never the subject.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

_ANSWERED = ("answer", "ambiguous")

TERMS = [
    Term("ot", "OT", "Operational technology."),
    Term("at", "Assistive Technology", "Includes accessibility software.", aliases=["AT"]),
    Term("ato", "ATO", "Authority to operate."),
    Term("nat", "NAT", "Network Address Translation."),
    Term("pat", "PAT", "Port Address Translation."),
    Term("mou", "MOU", "Memorandum of Understanding."),
    Term("iaa-1", "IAA", "Identification, Authentication, and Authorization."),
    Term("iaa-2", "IAA", "Inter-Agency Agreement.", related=["mou"]),
    Term("interagency", "Interagency agreement", "A contract between federal agencies.", aliases=["IAA"]),
    Term("goods", "goods", "Tangible items manufactured by businesses."),
    Term("ratios", "ratios", "Numerical values taken from financial statements."),
    Term("ship", "Ship", "To produce and distribute code or some other product of work."),
    Term("cio", "CIO", "Chief information officer."),
    Term("dc", "DC", "Data center."),
    Term("idiq", "IDIQ", "Indefinite delivery, indefinite quantity contract."),
    Term("co", "CO", "Contracting officer."),
    Term("clause", "Clause", "A term or condition used in contracts."),
    Term("aup", "acceptable use policy", "Rules for using a system.", aliases=["AUP"]),
    Term("match", "three-way match", "Matching a purchase order, a receipt and an invoice before paying."),
    Term("ap", "AP", "Acquisition plan."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "round8", TERMS)


@pytest.mark.parametrize("text", [
    "Our counsel mentioned we might use an O.T.A. for the prototype. What is an O.T.A.?",
    "Who from our office should take part in U.A.T., and what is it?",
    "LTV to CAC ratio, whats good",
    "ship it 🚀",
    "who is the CIO at Initech now",
    "What will the weather be like in DC tomorrow? I am flying in for the site visit.",
    'The CO mentioned "fair opportunity" for orders under the IDIQ. What does that mean?',
    "true-up clause in the order form, meaning?",
    "AUP engagement — agreed-upon procedures, not the acceptable use policy. what is it",
    "good?",
])
def test_a_term_the_message_does_not_ask_about_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in _ANSWERED


@pytest.mark.parametrize(("text", "term"), [
    ("what is an A.T.O.?", "ato"),
    ("A.T.O. meaning", "ato"),
    ("what is OT", "ot"),
    ("what is a good", "goods"),
    ("what are goods", "goods"),
    ("what is ratio", "ratios"),
    ("what does ship mean", "ship"),
    ("ship?", "ship"),
    ("who is the CIO", "cio"),
    ("what is the IDIQ", "idiq"),
    ("clause?", "clause"),
    ("what is an AUP", "aup"),
])
def test_what_the_rules_leave_alone_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "ids"), [
    ("nat and pat?", ["nat", "pat"]),
    ("what do NAT and PAT mean", ["nat", "pat"]),
    ("MOU and IAA - what are they, agencies want both", ["mou", "iaa-2"]),
    ("what do MOU and IAA mean", ["mou", "iaa-2"]),
])
def test_terms_asked_together_are_compared(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)  # of two IAAs, the one related to the MOU


def test_a_term_in_a_later_sentence_than_the_quote_is_still_what_that_points_at(glossary: Glossary) -> None:
    assert outcome(glossary, "'buy from the CO'. that's an IDIQ? how does it work") == ("answer", ["idiq"])


def test_a_hyphenated_name_that_is_a_term_is_still_answered(glossary: Glossary) -> None:
    assert outcome(glossary, "three-way match — what does it mean") == ("answer", ["match"])


def test_a_side_of_several_senses_never_leaves_one_side_answered_alone(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("mou", "MOU", "Memorandum of Understanding."),
             Term("iaa-1", "IAA", "Identification, Authentication, and Authorization."),
             Term("iaa-2", "IAA", "Inter-Agency Agreement.")]
    for g in glossary_of(tmp_path_factory, "two_iaas", terms):
        status, ids = outcome(g, "what do MOU and IAA mean")
        assert status == "compare" and ids[0] == "mou"  # both sides, as "MOU vs IAA" reads them

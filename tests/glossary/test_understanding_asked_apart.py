"""Two asks in one message and bare senses of acronyms (issue 13, round 7), over a real SQLite glossary:
"what is RBAC and what is ABAC" compares both, in the order asked; an acronym whose senses only spell
themselves out is every sense when an explained entry's name has those initials ("jv": Journal Vouchers
or joint venture), and no answer when typed in lower case as the noun of another term's phrase ("x.509
cert"); a term that only sets the scene ("... when the CEO says", "..., on the incident report") is not
what is asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import asked_apart
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("rbac", "RBAC", "Access granted by the roles a user holds.", aliases=["role-based access control"]),
    Term("abac", "ABAC", "Access granted by attributes of the user, resource and request.",
         aliases=["attribute-based access control"]),
    Term("npv", "NPV", "The value today of future cash flows, minus the investment.",
         aliases=["net present value"]),
    Term("irr", "IRR", "The discount rate at which a project's NPV is zero.", aliases=["internal rate of return"]),
    Term("sla", "SLA", "A promise about service levels.", aliases=["service level agreement"]),
    Term("uptime", "uptime", "The share of time a service works."),
    Term("process", "process", "A series of steps an organisation repeats to produce a result."),
    Term("jv-va", "JV", "Journal Vouchers.", aliases=["Journal Vouchers"], tags=["acronym"]),
    Term("joint-venture", "joint venture", "Two firms creating a new business together and sharing it."),
    Term("bol-va", "BOL", "Bill of Lading.", aliases=["Bill of Lading"], tags=["acronym"]),
    Term("bol", "bill of lading", "The carrier's receipt for goods, and the title to them in transit."),
    Term("ceo", "CEO", "Chief Executive Officer.", aliases=["Chief Executive Officer"], tags=["acronym"]),
    Term("mttr", "MTTR", "The average time it takes to restore a service after a failure.",
         aliases=["mean time to recovery"]),
    Term("ir", "IR", "Incident Report.", aliases=["Incident Report"], tags=["acronym"]),
    Term("cert", "CERT", "Computer Emergency Response Team.", aliases=["Computer Emergency Response Team"],
         tags=["acronym"]),
    Term("x509", "X.509", "The standard format of public key certificates used by TLS."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "asked_apart", TERMS)


@pytest.mark.parametrize(("text", "ids"), [
    ("Hi, for the access control policy rewrite: what is RBAC and what is ABAC, and when would we use each?",
     ["rbac", "abac"]),
    ("what is RBAC and what is ABAC", ["rbac", "abac"]),
    ("what's ABAC? and RBAC?", ["abac", "rbac"]),
    ("what's RBAC? and what about ABAC?", ["rbac", "abac"]),
    ("what is NPV? what is IRR?", ["npv", "irr"]),
    ("what does NPV mean and what does IRR stand for", ["npv", "irr"]),
    ("what's NPV, and what's IRR?", ["npv", "irr"]),
])
def test_two_outright_asks_about_two_terms_compare_them_in_the_order_asked(glossary: Glossary, text: str,
                                                                          ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is RBAC and why does it matter", "rbac"),
    ("what is an SLA and how do I get one", "sla"),
    ("what is NPV and what is a good one", "npv"),
    ("what is IRR and what is a good IRR", "irr"),
    ("what is an SLA and what is the process", "sla"),  # an everyday word asked after it is no second term
    ("what is NPV and what is XIRR", "npv"),  # the other side is no term: the one asked is still asked
])
def test_one_term_asked_with_something_else_stays_that_term(glossary: Glossary, text: str, term_id: str) -> None:
    assert outcome(glossary, text) == ("answer", [term_id])


def test_an_afterthought_question_is_offered_not_compared(glossary: Glossary) -> None:
    result = glossary.lookup("what's an SLA?? also what is uptime")
    assert (result.status, [m.id for m in result.matches], [m.id for m in result.also]) == ("answer", ["sla"],
                                                                                             ["uptime"])


def test_the_two_asks_are_read_only_where_two_asks_are() -> None:
    assert asked_apart.read("what is an SLA") is None
    assert asked_apart.read("what is RBAC and why does it matter?") is None
    assert asked_apart.read("what is RBAC and what is ABAC").parts == ("RBAC", "ABAC")


@pytest.mark.parametrize("text", ["wats a jv", "jv?"])
def test_bare_senses_beside_an_explained_name_with_those_initials_are_every_sense(glossary: Glossary,
                                                                                  text: str) -> None:
    assert outcome(glossary, text) == ("ambiguous", ["jv-va", "joint-venture"])


def test_an_acronym_typed_in_capitals_is_the_glossary_s_own(glossary: Glossary) -> None:
    """"define EDA", "what is a JV": typed as the glossary writes it, the acronym is no one's initials."""
    assert outcome(glossary, "what is a JV") == ("answer", ["jv-va"])


def test_a_bare_sense_whose_expansion_is_explained_is_that_entry(glossary: Glossary) -> None:
    assert outcome(glossary, "what is a BOL") == ("answer", ["bol"])


def test_a_bare_sense_with_no_explained_name_of_its_initials_is_answered(glossary: Glossary) -> None:
    assert outcome(glossary, "what does CEO mean") == ("answer", ["ceo"])


@pytest.mark.parametrize("text", ["what does runway mean when the CEO says we have 14 months",
                                  "what does burn mean when the CEO says it"])
def test_a_term_in_the_scene_is_not_the_unknown_word_asked(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_term_after_the_words_asking_about_another_is_its_setting(glossary: Glossary) -> None:
    assert outcome(glossary, "mttr meaning, on the incident report") == ("answer", ["mttr"])


@pytest.mark.parametrize("text", ["x.509 cert?", "x.509 cert what is it"])
def test_a_bare_acronym_typed_as_the_noun_of_another_terms_phrase_is_not_answered(glossary: Glossary,
                                                                                   text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", ["cert?", "what is CERT"])
def test_a_bare_acronym_asked_alone_or_as_written_is_still_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["cert"])

"""Issue 13, round 10, over a real SQLite glossary: two names of one thing offered side by side as a heading
("comptroller / controller — what is this role", "ccc / cash conversion cycle?", "expense recognition aka
matching principle — what is it?") are one subject when the term's entry vouches for the other name: its
initials, a part of its own name, or a name its definition gives it. Without that voucher the other name
may be a second thing, and nothing is answered on its word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.twin_names import given_names, vouches
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("comptroller", "comptroller", "also referred to as controller, individual in charge of financial "
         "reporting and the oversight of the accounting activities"),
    Term("ccc", "cash cycle or cash conversion cycle", "the days between paying suppliers and collecting "
         "from customers"),
    Term("expense-recognition", "expense recognition", "(also, matching principle) matches expenses with "
         "associated revenues in the period in which the revenues were generated"),
    Term("free-rein", "free-rein (laissez-faire) leadership", "A leadership style in which the leader turns "
         "over all authority and control to subordinates."),
    Term("kubernetes", "kubernetes", "Software that runs containers across many machines."),
    Term("fiscal-policy", "fiscal policy", "Government spending and taxes used to steer the economy."),
    Term("monetary-policy", "monetary policy", "A central bank's control of the money supply."),
    Term("cfo", "CFO", "The executive in charge of a company's finances, to whom the controller reports."),
    Term("systematic-risk", "systematic risk", "risk that impacts the entire market and cannot be diversified "
         "away; also known as market risk"),
    Term("diversifiable-risk", "diversifiable risk", "also called unsystematic risk, a risk that can be "
         "eliminated by holding a portfolio of securities"),
    Term("stock-corporation", "stock corporation", "a for-profit organization that issues shares of stock to "
         "shareholders (also known as stockholders) to raise capital"),
    Term("annual-report", "annual report", "a document describing a public corporation's operations; also "
         "known as Securities and Exchange Commission (SEC) Form 10-K"),
    Term("wasm", "WebAssembly", "WebAssembly (often abbreviated as Wasm) is a binary instruction format."),
    Term("par-value", "par value", "also called the face amount or face value; the value written on a bond"),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "twins", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("comptroller / controller — what is this role", "comptroller"),
    ("controller / comptroller — what does this role do?", "comptroller"),
    ("ccc / cash conversion cycle?", "ccc"),
    ("expense recognition aka matching principle — what is it?", "expense-recognition"),
    ("laissez-faire / free-rein leadership = manager who doesnt manage?", "free-rein"),
])
def test_a_term_and_a_name_its_entry_vouches_for_are_one_subject(glossary: Glossary, text: str, term: str
                                                                  ) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "kubernetes / docker — what is this",  # docker: no name the entry gives, maybe a second thing
    "xyz / cash conversion cycle?",  # no initials of the term
    "CFO / controller — what is this role",  # the CFO's entry names the controller, but not as its own name
])
def test_a_name_the_entry_does_not_vouch_for_is_not_answered_on_its_word(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


@pytest.mark.parametrize(("other", "written", "expected"), [
    ("controller", "comptroller", True),
    ("ccc", "cash conversion cycle", True),
    ("CCC", "cash conversion cycle", True),
    ("laissez-faire", "free-rein leadership", True),
    ("leadership", "free-rein leadership", False),  # a word of what was written is no other name
    ("comptroller", "comptroller", False),
    ("oversight", "comptroller", False),  # in the definition, but not given as a name
])
def test_vouches(other: str, written: str, expected: bool) -> None:
    term = {t.id: t for t in TERMS}
    entry = term["ccc"] if "cash" in written else term["free-rein"] if "free" in written else term["comptroller"]
    assert vouches(entry, other, written) is expected


@pytest.mark.parametrize(("term", "given"), [
    ("comptroller", ("controller",)),
    ("expense-recognition", ("matching principle",)),
    ("systematic-risk", ("market risk",)),  # a clause after a semicolon
    ("diversifiable-risk", ("unsystematic risk",)),
    ("wasm", ("Wasm",)),  # after the term's own name
    ("par-value", ("face amount",)),
    ("stock-corporation", ()),  # mid-sentence, the name given is of the shareholders
    ("annual-report", ()),  # the name runs on: only the start of a longer one
    ("cfo", ()),
])
def test_names_a_definition_gives_its_term(term: str, given: tuple[str, ...]) -> None:
    entry = {t.id: t for t in TERMS}[term]
    assert given_names(entry.definition, [entry.term, *entry.aliases]) == given


@pytest.mark.parametrize("text", [
    "matching principle / expense recognition — is that the same as putting the cost in the same month?",
    "is the matching principle the same as expense recognition?",
])
def test_a_comparison_with_another_name_of_the_term_answers_the_term(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["expense-recognition"])


@pytest.mark.parametrize(("text", "ids"), [
    ("systematic vs unsystematic risk. one can be diversified away, which one",
     ["systematic-risk", "diversifiable-risk"]),
    ("unsystematic risk vs market risk?", ["diversifiable-risk", "systematic-risk"]),
])
def test_a_side_named_by_a_definition_is_compared(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


def test_a_name_given_mid_sentence_is_no_side(glossary: Glossary) -> None:
    assert outcome(glossary, "shareholders vs stockholders?")[0] not in ("answer", "compare")

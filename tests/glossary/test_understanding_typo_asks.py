"""Issue 13, typos in chat questions, over a real SQLite glossary: an acronym asked about with two letters
swapped or a letter doubled or undoubled ("What is HIPPA?", "owsap top 10? what is it", "dunns number"),
answered only when it is no English word slipped the same way and no other name is a keystroke away; one
name's senses read from a slip ("liquidty"); a word asked among English words ("hippa compliance");
"dose" in the place of "does"; "SoD" written as an acronym; a slip of a longer name's first word answered
as it is when asked alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.scaffold_typos import repair
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("hipaa", "HIPAA", "The US law protecting health information."),
    Term("owasp", "OWASP", "A community that publishes web security guidance."),
    Term("duns", "DUNS", "A nine-digit number identifying a business."),
    Term("dlp", "DLP", "Data loss prevention: tools that stop data leaving."),
    Term("sod", "SOD", "Separation of duties.", aliases=["Separation of duty"]),
    Term("erp", "ERP", "Enterprise resource planning software."),
    Term("tato", "TATO", "Temporary authority to operate."),
    Term("liq-a", "liquidity", "How easily assets turn into cash."),
    Term("liq-b", "liquidity", "A company's ability to pay its short-term debts."),
    Term("chain", "blockchain technology", "A shared ledger of linked, tamper-evident records."),
]
RIVALS = TERMS + [Term("dunn", "DUNN", "A made-up rival one keystroke from 'dunns'.")]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "typo_asks", TERMS)


@pytest.fixture(scope="module")
def rivals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "typo_rivals", RIVALS)


@pytest.mark.parametrize(("text", "term"), [
    ("The health data integration has to be HIPPA compliant. What is HIPPA?", "hipaa"),
    ("hippa compliance, what is it exactly. hospital prospect", "hipaa"),
    ("owsap top 10? what is it", "owasp"),
    ("whats a dunns number again, form wants it", "duns"),
    ("they hav a DLP tool on all endpoints. what dose DLP do exactly", "dlp"),
    ("SOD conflcits flagged in the ERP role review — whats SoD exactly per glossary", "sod"),
])
def test_a_slip_in_the_asked_word_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_one_names_senses_are_read_from_its_slip(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "What means liquidty for a company?")
    assert status == "ambiguous" and sorted(ids) == ["liq-a", "liq-b"]


def test_a_slip_of_a_longer_names_first_word_is_answered_as_alone(glossary: Glossary) -> None:
    # the one word asked, as "micorservices??" alone is: glossary/heads.py finds the longer name safe
    assert outcome(glossary, "Blokchain – can you explain me in simple words?") == ("answer", ["chain"])


@pytest.mark.parametrize("text", [
    "what is a tatoo",  # tattoo with a letter undoubled, not TATO
    "what is HIPDA",  # a changed letter makes another acronym as often as not
    "our owsap scan found nothing, thanks",  # named in passing, not asked
    "what's the sod like on the new lawn",  # the everyday word in lower case
])
def test_a_slip_that_may_be_something_else_is_never_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_an_acronym_slip_near_two_names_is_not_answered(rivals: Glossary) -> None:
    assert outcome(rivals, "whats a dunns number again, form wants it")[0] not in ("answer", "ambiguous")


def test_dose_is_read_as_does_only_after_a_question_word() -> None:
    assert repair("what dose DLP do exactly") == "what does DLP do exactly"
    assert repair("how dose it work") == "how does it work"
    assert repair("a dose of DLP, what is it") == "a dose of DLP, what is it"
    assert repair("what DOSE means") == "what DOSE means"

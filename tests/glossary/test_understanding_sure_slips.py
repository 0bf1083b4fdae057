"""Issue 13, over a real SQLite glossary: a slip with one plausible reading is answered, not only offered.
A name typed word by word a little off (glossary/phrase_slips.py: "marked to market", "a municiple bond",
"opensource sofware"), a word typed twice asked once ("covered by hippa?? what is hippa"), a possessive
name's first words in a story ("Maslow's hierarchy came up ... what is it"), the one word asked that begins
one longer name mistyped ("Blokchain – can you explain"), a name mistyped before its setting ("derivitive,
in finance") and a long word asked alone two keystrokes off one name only ("debenchure",
typo_rules.long_slip). Anything less sure stays a "did you mean"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("mtm", "marking to market", "Valuing an asset at its current market price."),
    Term("ci", "compounding interest", "Interest earned on interest already earned."),
    Term("interest", "interest", "What a lender charges for the use of money."),
    Term("munis", "municipal bonds", "Debt a city or state issues."),
    Term("oss", "open source software", "Software whose code anyone may read and change."),
    Term("hipaa", "HIPAA", "The US law that protects patients' health records."),
    Term("maslow", "Maslow's hierarchy of needs", "A ranking of human needs from survival to self-fulfilment."),
    Term("chain", "blockchain technology", "A shared ledger that nobody can rewrite alone."),
    Term("deriv", "derivative", "A contract whose value follows another asset's."),
    Term("deb", "debenture", "A loan to a company backed by its credit, not by collateral."),
    Term("mgmt", "management services", "Advice on running a business, sold by consultants."),
    Term("merger", "vertical merger", "A company buying its supplier or its customer."),
    Term("scaling", "vertical scaling", "A bigger machine instead of more machines."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "sure_slips", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ('what does "marked to market" mean', "mtm"),
    ("compound interest. ELI5. my savings account is NOT doing it", "ci"),
    ("whats a municiple bond", "munis"),
    ("what counts as opensource sofware", "oss"),
])
def test_a_name_typed_word_by_word_a_little_off_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what are managed services",  # a word derived otherwise may name another thing
    "what is a vertical margin",  # an English word of another stem: margin is no slip of merger
])
def test_a_word_of_its_own_in_the_phrase_is_not_answered_as_the_name(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


@pytest.mark.parametrize(("text", "term"), [
    ("is this covered by hippa?? what is hippa exactly", "hipaa"),
    ("Maslow's hierarchy came up in the offsite. what is it (short)", "maslow"),
    ("Blokchain – can you explain me in simple words?", "chain"),
    ("derivitive, in finance", "deriv"),
    ("what is a debenchure", "deb"),
])
def test_a_slip_with_one_plausible_reading_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what is a rebenchure",  # two keystrokes off, but not starting as the name starts
    "what is a debenchur",  # three keystrokes off: no sure slip
])
def test_a_farther_slip_stays_a_did_you_mean(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"

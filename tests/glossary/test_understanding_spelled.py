"""Issue 13, over a real SQLite glossary: an acronym the asker also spells out is that name. Letters that
fit several names are the one the message writes out ("a letter of credit ... LC = ?"); the written-out
name makes the initials sure however the rest of the message reads; an acronym equated with its expansion
and a tag ("IPO = initial public offering right, ...") asks to confirm it; one term named twice is one
subject; a word set equal to a term it shortens ("revolver ... = revolving credit agreement?") names it."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("loc", "letter of credit", "A bank's promise to pay a supplier on a buyer's behalf."),
    Term("lic", "line of credit", "A loan a borrower may draw on up to a limit."),
    Term("lcor", "linear correlation", "How closely two variables move along a straight line."),
    Term("fcf", "free cash flow", "Operating cash less expected capital expenditures."),
    Term("mgmt", "management", "Running an organisation."),
    Term("ipo", "initial public offering (IPO)", "A company's first sale of shares to the public."),
    Term("kms", "KMS", "Stores and rotates encryption keys.", aliases=["Key Management System"]),
    Term("rca", "revolving credit agreement", "A loan that can be drawn, repaid and drawn again."),
    Term("debt", "debt", "Money owed to others."),
    Term("tina", "Truth in Negotiations Act", "A law requiring cost data from contractors.", aliases=["TINA"]),
    Term("co", "CO", "Contracting officer."),
    Term("bgd", "blue green deployment", "Two production environments, one live, switched on release."),
    Term("cluster", "cluster", "A set of machines run as one."),
]

spelled = glossary_fixture("spelled", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("intl customer offers a letter of credit. LC = ?", "loc"),
    ("the bank opened a line of credit for us. what is an LC", "lic"),
    ("FCF in the mgmt deck — free cash flow, how's it defined", "fcf"),
    ("IPO = initial public offering right, what actually happens in one", "ipo"),
    ("encryption keys managed in KMS. kms = key mgmt system? def", "kms"),
    ("revolver in the debt note = revolving credit agreement? def", "rca"),
    ("CO mentioned TINA for our cost data. who/what is tina lol", "tina"),
])
def test_an_acronym_the_asker_spells_out_is_answered(spelled: Glossary, text: str, term: str) -> None:
    assert outcome(spelled, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "LC = ?",  # two letters, three names, none written out
    "what is an LC in the contract",
    "canary in our cluster = blue green deployment?",  # "canary" shortens nothing there
])
def test_letters_or_words_without_the_name_are_not_answered(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text)[0] != "answer"


def test_a_tag_without_a_comma_still_reads_the_whole_sentence(spelled: Glossary) -> None:
    status, ids = outcome(spelled, "IPO = initial public offering right what actually happens in one")
    assert status != "answer" or ids == ["ipo"]

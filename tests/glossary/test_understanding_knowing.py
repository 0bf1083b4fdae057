"""Issue 13, over a real SQLite glossary: saying one does not know a term, or needs to, asks about it
("I dont know it", "need to know X for the report"); the state of one thing said in passing ("does anyone
know if the VPN is down") asks about that thing, not what the term means."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("wc", "working capital", "Current assets minus current liabilities: the money to run the business."),
    Term("vpn", "VPN", "An encrypted tunnel into the company network."),
    Term("ato", "ATO", "Authority to operate: the sign-off that lets a system go live."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize("text", [
    "my manager asked about working capital. I dont know it",
    "need to know working capital for the board pack",
    "I do not understand working capital",
    "we want to understand working capital before the audit",
])
def test_not_knowing_a_term_asks_about_it(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["wc"])


@pytest.mark.parametrize("text", [
    "I know working capital well",
    "I can't get the VPN to work",
    "does anyone know if the VPN is down",
    "the VPN is still down?",
    "did you hear whether our ATO is approved yet",
])
def test_a_statement_or_a_state_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


def test_the_state_said_before_a_question_about_the_meaning_does_not_hide_it(glossary: Glossary) -> None:
    assert outcome(glossary, "our VPN is down, what does VPN stand for") == ("answer", ["vpn"])

"""Issue 13, over a real SQLite glossary: a name followed by nothing but a word to the listener, opening a sentence
and closing the message with a question mark ("SOW po?", "ok. PKI ji? 🙏"), asks as "SOW?" does. Not after a
clause that asks another thing ("what's down now, VPN ba?"), before words saying or asking more ("VPN bhai? kaam
kar raha hai?", "VPN po? hindi gumagana", "EBIT po? o EBITDA?"), with a discourse particle
("VPN kan?", "VPN diba?": right?) or without a question mark ("SLA po"). A reaction closing a message ("aiyo
really?") points back to nothing; two words that ask, then "exactly", do ("... ni iki exactly?")."""

from __future__ import annotations

import pytest

from glossary import closing_pointer
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("po", "PO", "Purchase order: the buyer's written order to a supplier."),
    Term("sow", "SOW", "Statement of work: what a supplier will deliver, by when, and how it will be accepted."),
    Term("pki", "PKI", "Public key infrastructure: the certificates and authorities that vouch for keys."),
    Term("ebit", "EBIT", "Earnings before interest and taxes: profit from operations."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortisation."),
    Term("line-of-credit", "line of credit", "A loan the bank keeps open up to a limit, drawn and repaid as needed."),
    Term("vpn", "VPN", "Virtual private network: a private link to the office network over the internet."),
]

polite = glossary_fixture("polite", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("SOW po?", "sow"),  # a word to the listener, though PO is a name too
    ("ok. SOW po? 🙏", "sow"),
    ("PKI ji?", "pki"),
    ("ok. SLA bhai?", "sla"),
    ("merchant asks for a line of credit in the app. ni iki exactly?", "line-of-credit"),  # pointing back
])
def test_a_name_asked_politely_is_answered(polite: Glossary, text: str, expected: str) -> None:
    assert outcome(polite, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "SLA po",  # no question mark
    "what's down now, VPN ba?",  # a clause before it asks another thing
    "VPN bhai? kaam kar raha hai?",  # a question of its own after it: is it working?
    "EBIT po? o EBITDA?",  # either or
    "VPN po? hindi gumagana",  # then: it does not work
    "SLA sir? who owns it",
    "where is the doc? SLA po?",  # another question before it
    "VPN kan?",  # right?
    "VPN diba?",
    "SLA sawa?",  # Swahili: fine?
    "our SLA got breached again. aiyo really?",  # a reaction
])
def test_other_words_after_a_name_do_not_ask_politely(polite: Glossary, text: str) -> None:
    assert outcome(polite, text)[0] != "answer"


def test_a_reaction_before_exactly_points_back_to_nothing() -> None:
    assert closing_pointer.english("the app offers a line of credit. ni iki exactly?") == \
        "the app offers a line of credit. what is that?"
    assert closing_pointer.english("SIEM is down again! aiyo really?") is None
    assert closing_pointer.english("the SLA was breached twice. aiyo yaar really?") is None
    assert closing_pointer.english("the VPN is down again. ni iki ariko?") is None  # three words

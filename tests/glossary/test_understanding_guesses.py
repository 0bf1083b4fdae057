"""Issue 13, over a real SQLite glossary: a term named, then the asker's own guess at it ("SPAC. is it just a
shell company?", "owners equity = assets - liabilities?", "retained earnings -> is that a real pile of cash")
asks what the term is. The guess describes the subject; a term inside it is never the subject, and a guess
after a heading no term covers ("runway = months until we run out of money?") answers nothing."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("spac", "special purpose acquisition company (SPAC)", "A listed shell company raised to buy a private one."),
    Term("shell", "shell company", "A company with no operations of its own."),
    Term("esg", "ESG", "Environmental, social and governance criteria for investing."),
    Term("cure", "cure notice", "A notice that a contractor must fix a failure or face termination."),
    Term("retained", "retained earnings", "Profit kept in the business rather than paid out."),
    Term("cash", "cash", "Money on hand."),
    Term("owners-equity", "owners equity", "What the owners hold: assets minus liabilities."),
    Term("assets", "assets", "What a company owns."),
    Term("liabilities", "liabilities", "What a company owes."),
    Term("money", "money", "A medium of exchange."),
    Term("tx-exposure", "transaction exposure", "Exchange-rate risk on deals already agreed in another currency."),
    Term("invoice", "invoice", "A bill sent to a buyer."),
    Term("customer-value", "customer value", "What a customer gets, weighed against what it costs them."),
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("cogs", "cost of goods sold", "What the goods sold cost to make or buy."),
    Term("cloud-apps", "cloud native apps", "Apps built from services that scale in the cloud."),
    Term("tls", "TLS", "Transport layer security."),
    Term("ssl", "SSL", "Secure sockets layer, the older name for TLS."),
    Term("vpn", "VPN", "A private network over the public one."),
]

guesses = glossary_fixture("guesses", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("SPAC. is it just a shell company with a marketing budget?", "spac"),  # the pronoun points back
    ("ESG. is this real or a brochure word", "esg"),  # a polar question asks, "?" or not
    ("cure notice. the customer sent a cure notice. is that as bad as it sounds", "cure"),
    ("retained earnings -> is that a real pile of cash somewhere or just a number", "retained"),  # an arrow
    ("customer value — is there a formula or is it vibes", "customer-value"),  # a later clause guesses
    ("owners equity = assets - liabilities? is that all it is", "owners-equity"),  # terms in the guess
    ("transaction exposure -> FX risk on stuff we already invoiced? is that it", "tx-exposure"),
    ('are "cloud native apps" just apps in the cloud, or is cloud native pure marketing', "cloud-apps"),
])
def test_a_guess_after_the_term_asks_what_it_is(guesses: Glossary, text: str, term: str) -> None:
    assert outcome(guesses, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "runway = months until we run out of money?",  # the heading is no term: the guess names no subject
    "EBITDA = EBIT + D&A?",  # a name with a term's first letters is no short form of it
])
def test_a_term_in_the_guess_of_an_unknown_heading_is_not_answered(guesses: Glossary, text: str) -> None:
    assert outcome(guesses, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [
    ("cogs = cost of goods sold, what's in it exactly", "cogs"),  # the name written out, then the question
    ("what is a shell company", "shell"),
    ("is it just a shell company? what is a shell company", "shell"),  # the guess's own term, asked outright
])
def test_left_alone(guesses: Glossary, text: str, term: str) -> None:
    assert outcome(guesses, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("is the VPN down", "vpn"),  # its state, not what it is
    ("is it just a shell company? the SPAC one", "spac"),  # the pronoun names nothing before it
    ("TLS - what is it, is it the same as SSL?", "tls"),  # another name set beside it: a comparison
])
def test_not_asked_what_it_is(guesses: Glossary, text: str, term: str) -> None:
    assert outcome(guesses, text) != ("answer", [term])

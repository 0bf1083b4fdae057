"""Issue 13, over a real SQLite glossary: a name asked by up to four words of a language no table holds, after it
("SLA gej yu ve?", "loss leader gedeg ni yu ve?"), and a name followed by nothing but a word to the listener before
a question mark ("SOW po?", "PKI ji?"), which asks as "SOW?" does. A longer tail asks only on a bare name (no case
ending: "load balancer-ku ma shaqeynayaa?"), with no word of a listed phrase that asks standing alone ("PIA diyaar
ma yahay?"), no "where" spelt a letter off ("SOW xagee ku yaal?"), and not opening on a listed particle; a short
word closing it ("ve") marks no table's language, but one opening it does ("ro" of Persian). A particle alone asks
only with a question mark ("SLA po"), and thanks or greetings never ("SLA sawa?")."""

from __future__ import annotations

import pytest

from glossary import closing_pointer, tail_words, world_asks
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("loss-leader", "loss leader", "A product sold at a loss to bring in customers who buy other things."),
    Term("purchase-order", "purchase order", "The buyer's written order to a supplier, with items, prices and terms."),
    Term("po", "PO", "Purchase order: the buyer's written order to a supplier."),
    Term("sow", "SOW", "Statement of work: what a supplier will deliver, by when, and how it will be accepted."),
    Term("pki", "PKI", "Public key infrastructure: the certificates and authorities that vouch for keys."),
    Term("pia", "PIA", "Privacy impact assessment: a review of how a system handles personal data."),
    Term("load-balancer", "load balancer", "A device or service that spreads requests over several servers."),
    Term("line-of-credit", "line of credit", "A loan the bank keeps open up to a limit, drawn and repaid as needed."),
    Term("vpn", "VPN", "Virtual private network: a private link to the office network over the internet."),
]

tails = glossary_fixture("tails", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("SLA gej yu ve?", "sla"),  # three words, the last a short word Turkish also has
    ("loss leader gedeg ni yu ve?", "loss-leader"),  # four
    ("purchase order gej yu ve? nyarav shaardaad bna", "purchase-order"),  # the question, then the story
    ("SOW po?", "sow"),  # a word to the listener, though PO is a name too
    ("SOW po? kailangan daw namin basahin bago kickoff", "sow"),  # ... in a message the Tagalog table reads
    ("PKI ji?", "pki"),
    ("merchant asks for a line of credit in the app. ni iki exactly?", "line-of-credit"),  # pointing back
])
def test_a_longer_or_polite_tail_asks_about_the_name(tails: Glossary, text: str, expected: str) -> None:
    assert outcome(tails, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "SLA ne zaman?",  # Turkish: when
    "SLA tamam mi?",  # Turkish, marked by its own words: is it done?
    "load balancer-ku ma shaqeynayaa?",  # a case ending on the name: is it working?
    "PIA diyaar ma yahay?",  # "yahay" of a Somali phrase that asks, alone: is it ready?
    "SOW xagee ku yaal?",  # "xaggee" (where) a letter short
    "VPN eka wada karanawada?",  # opening on Sinhala "eka": does it work?
    "purchase order ro emza kardi?",  # Persian "ro" opening the words: did you sign it?
    "SLA po",  # a particle alone, with no question mark
    "SLA sawa?",  # Swahili: fine?
])
def test_a_tail_that_asks_another_thing_is_not_answered(tails: Glossary, text: str) -> None:
    assert outcome(tails, text)[0] != "answer"


def test_a_where_spelt_a_letter_off_is_known_but_short_words_are_not_read_so() -> None:
    assert tail_words.near_elsewhere("xagee")  # Somali "xaggee"
    assert not tail_words.near_elsewhere("kana")  # no "kaa", "kan"
    assert not tail_words.near_elsewhere("bhai")  # no "hai"


def test_a_word_of_a_listed_phrase_that_asks_is_known_alone() -> None:
    assert world_asks.cue_word("yahay")  # Somali "maxuu yahay"
    assert not world_asks.cue_word("shaardaad")


def test_a_manner_word_closing_a_pointer_back_is_not_counted() -> None:
    assert closing_pointer.english("the app offers a line of credit. ni iki exactly?") == \
        "the app offers a line of credit. what is that?"
    assert closing_pointer.english("the VPN is down again. ni iki ariko?") is None  # three words

"""Issue 13, over a real SQLite glossary: a name asked about in English words set among those of a language the bot
has no table for ("EBITDA full form mikä on", "junk bonds meaning kertokaa"): the foreign words end no English name,
and the English word that asks finds the name (a name then one or two such words alone: test_asked_after_the_name.py).
Guarded too: a clause with an English word of its own, chat abbreviations, rare English ("recognise",
"eligibility"), a bracketed aside, a word capitalised only to open a sentence, an everyday word, and a language
with a table (read by that table, its "who" and "where" included).
"""

from __future__ import annotations

import pytest

from glossary import tail_words
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("junk-bonds", "junk bonds", "Bonds from borrowers likely to default, paying high interest for the risk."),
    Term("opportunity-cost", "opportunity cost", "What you give up by choosing one option over the next best."),
    Term("jbod", "JBOD", "Just a bunch of disks: drives used one by one, with no RAID."),
    Term("erp", "ERP", "Enterprise resource planning: one system for finance, stock, buying and people."),
    Term("kubernetes", "Kubernetes", "Software that runs and manages containers across many machines."),
    Term("csprng", "csprng", "A random number generator safe enough for keys and passwords."),
    Term("ratio", "ratio", "One number divided by another, to compare them."),
    Term("pos", "POS", "Point of sale: where a customer pays."),
    Term("wholesalers", "wholesaler", "A business that buys in bulk and sells to shops."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortisation."),
    Term("revenue", "revenue", "Money a company takes in from sales before costs."),
    Term("nda", "NDA", "Non-disclosure agreement: a promise to keep shared information secret."),
    Term("vm", "VM", "Virtual machine: a computer simulated in software on a real one."),
]

unknown = glossary_fixture("unknown", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("EBITDA full form mikä on", "ebitda"),  # Finnish
    ("junk bonds meaning kertokaa", "junk-bonds"),
    ("EBITDA selitys explain pliis", "ebitda"),
    ("csprng meaning mikä on?", "csprng"),
    ("opportunity cost definition tarvitaan", "opportunity-cost"),
    ("JBOD meaning waa maxay?", "jbod"),  # Somali
    ("ok so EBITDA kya matlab?", "ebitda"),  # Hindi, read by its own table
])
def test_an_english_word_asking_among_unknown_words_asks_about_the_name(unknown: Glossary, text: str,
                                                                      expected: str) -> None:
    assert outcome(unknown, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "VPN nejede?",  # no name of this glossary
    "RFQ zatwierdzone?",
    "o le a le SLA?",  # as it reads to a bot that knows no Samoan
    "ERP ajke abar slow, ke dekhbe?",  # an English word of the clause's own: a state asked
    "SLA tmrw?",  # a chat abbreviation, no word of another language
    "SLA ok?",
    "when we recognise revenue?",  # rare English, spelt the British way
    "the EBITDA eligibility?",  # rare English by its ending
    "ce e un cluster (in sens kubernetes)?",  # a bracketed aside
    "Pos orizetai akrivos?",  # capitalised only to open the sentence
    "SLA o le a le",
    "the NDA form anuppu",  # "form" alone asks nothing
    "VM full ayindi",  # nor "full"
    "SLA short aindi",
    "VPN yine koptu, ERP kim yazacak mı acaba?",  # a language with a table (Turkish): read by it
    "mac'im açılmıyor, ERP nerde oturuyor?",  # its "where"
    "What is a wholesaler chargeback?",  # English: the other cues read it
])
def test_other_clauses_are_left_as_they_were(unknown: Glossary, text: str) -> None:
    assert outcome(unknown, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("word", "foreign"), [
    ("mikä", True), ("maxay", True), ("ti", True), ("na", True),
    ("tmrw", False), ("pls", False), ("ok", False), ("recognise", False), ("eligibility", False),
    ("Pos", False), ("ya", False), ("la", False),
])
def test_which_words_are_of_no_english(word: str, foreign: bool) -> None:
    assert tail_words.foreign(word) is foreign


def test_a_long_clause_is_read_in_bounded_steps(unknown: Glossary) -> None:
    """Many words in one clause with no break: each span's walk stops after a few words, and the reply still comes."""
    for text in (" ".join(["SLA definition"] + ["maxay"] * 5_000) + "?", "ERP " * 3_000 + "definition maxay?"):
        assert outcome(unknown, text)[0] in ("answer", "suggest", "unknown", "ambiguous", "compare")

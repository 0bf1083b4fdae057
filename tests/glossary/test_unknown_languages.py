"""Issue 13, over a real SQLite glossary: a name asked about in a language the bot has no table for.

A clause closed by a question mark, or holding an English word that asks for a meaning ("full form", "meaning"),
with one name, small English words and a word or two of no English at all asks about the name ("mikä on SLA?",
"junk bonds waa maxay?", "EBITDA full form mikä on"): whatever the language, that short question asks what the
name is. A question whose words are all of three letters or fewer ("vad är SLA?") shows no other language for
sure, and is left to the other cues. Guarded: a clause with an English word of its own ("ERP ajke abar slow?"),
chat abbreviations ("SLA tmrw?"), rare English ("recognise", "eligibility"), a bracketed aside, a word capitalised
only to open a sentence, an everyday word, a statement without a question mark, and a language with a table (read
by that table, its "who" and "where" included) all stay as they were.
"""

from __future__ import annotations

import pytest

from glossary import unknown_tail
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
]

unknown = glossary_fixture("unknown", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("mikä on SLA?", "sla"),  # Finnish
    ("junk bonds waa maxay?", "junk-bonds"),  # Somali
    ("opportunity cost mikä se on? on-call vs leave", "opportunity-cost"),
    ("EBITDA mikä se on?", "ebitda"),
    ("csprng mikä on?", "csprng"),
    ("ok so EBITDA kya matlab?", "ebitda"),
    ("EBITDA full form mikä on", "ebitda"),  # an English cue word asks without a question mark
    ("junk bonds meaning kertokaa", "junk-bonds"),
    ("EBITDA selitys explain pliis", "ebitda"),
])
def test_a_short_question_in_an_unknown_language_asks_about_its_name(unknown: Glossary, text: str,
                                                                      expected: str) -> None:
    assert outcome(unknown, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "ERP ajke abar slow, ke dekhbe?",  # an English word of the clause's own: a state asked
    "SLA tmrw?",  # a chat abbreviation, no word of another language
    "SLA ok?",
    "when we recognise revenue?",  # rare English, spelt the British way
    "the EBITDA eligibility?",  # rare English by its ending
    "ce e un cluster (in sens kubernetes)?",  # a bracketed aside
    "Pos orizetai akrivos?",  # capitalised only to open the sentence
    "mikä on tämä ratio?",  # an everyday word
    "SLA mikä se on",  # no question mark: a remark as likely as a question
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
    assert unknown_tail.foreign(word) is foreign


def test_a_long_clause_is_read_in_bounded_steps(unknown: Glossary) -> None:
    """Many names in one clause with no break: each span's walk stops after a few words."""
    text = " ".join(["SLA"] + ["maxay"] * 5_000) + "?"
    assert outcome(unknown, text)[0] != "answer"
    assert outcome(unknown, "ERP " * 3_000 + "maxay?")[0] in ("answer", "suggest", "unknown", "ambiguous")

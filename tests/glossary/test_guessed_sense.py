"""Issue 13, acronyms used in another sense, over a real SQLite glossary: the asker's own guess at what an
acronym means ("BOD? biochemical oxygen demand?", "MPLS is Minneapolis right?", "CTS (carpal tunnel)") or the
expansion they state ("TCO - total cost of ownership, ...") that is no sense the glossary has, with nothing
else in the message about the sense, makes the glossary's sense only an offer, never a confident answer
(glossary/guessed_sense.py, glossary/guessed_words.py). A guess the sense agrees with, a guess the asker
rejects, and a message that speaks of the sense leave the answer alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("bod", "board of directors (BOD)", "The group elected by shareholders to oversee a company."),
    Term("ad", "AD", "Active Directory, the directory service of Windows domain networks."),
    Term("csr", "corporate social responsibility (CSR)", "A company's concern for society as a whole."),
    Term("mpls", "MPLS", "Multiprotocol label switching, a routing technique in telecommunications networks."),
    Term("cts", "CTS", "Clear to send, a signal in flow control of a network link."),
    Term("cpo", "CPO", "Chief procurement officer, who leads a company's purchasing."),
    Term("eod", "EOD", "Entrance on duty: the date a new hire completes the paperwork and is sworn in."),
    Term("poc", "POC", "Point of contact: the person to reach about a matter."),
    Term("hsm", "HSM", "Hardware security module, a device that keeps cryptographic keys."),
    Term("libor", "LIBOR", "London interbank offered rate, a benchmark interest rate."),
    Term("sow", "SOW", "Statement of work: what a contractor will deliver."),
    Term("tco", "TCO", "Termination contracting officer: who settles a contract that was ended early."),
]
guessed = glossary_fixture("guessed", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is BOD in the water quality lab? biochemical oxygen demand?", "bod"),
    ("ask the AD about the bus for the away game — AD means athletic director right?", "ad"),
    ("what's a CSR in the call-center script we're reviewing? customer service rep?", "csr"),
    ("the hotel in MPLS for the conference — MPLS is Minneapolis right?", "mpls"),
    ("one of my students has CTS (carpal tunnel) and needs typing accommodations — what's CTS?", "cts"),
    # stated, not guessed: the asker's own meaning is still no sense the glossary has
    ("TCO - total cost of ownership, the figure the vendor keeps quoting. How is TCO defined, and what does it "
     "usually leave out?", "tco"),
])
def test_a_guess_that_is_no_sense_makes_the_sense_an_offer(guessed: Glossary, text: str, term: str) -> None:
    assert outcome(guessed, text) == ("suggest", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("the form asks for a POC in the lab — point of contact, right?", "poc"),  # the sense's own words
    ("deal goes to the CPO next. CPO = chief product officer?", "cpo"),  # most words alike: misremembered
    ("HSM — hardware securty modual? the CFO wants to know why", "hsm"),  # mistyped
    ("my offer letter says EOD is monday. end of day?? that cant be right", "eod"),  # the asker says no
    ("EOD - HR wrote 'EOD 3/17' on the new hire paperwork. Is that end of day?", "eod"),  # the sense's world
    ("LIBOR is dead right? what was it anyway", "libor"),  # a word that describes, no meaning
    ("SOW? (not the pig lol) someone in standup said the SOW is late", "sow"),  # an aside, no meaning
    ("what is BOD", "bod"), ("what does MPLS stand for", "mpls"),  # no guess at all
    ("who's the SOW for the badge reader replacement? also what does SOW stand for lol", "sow"),  # no link
    ("what is MPLS, in a nutshell?", "mpls"),  # how to answer, not what it means
    ("TCO - termination contracting officer - who is that at our agency?", "tco"),  # stated, and the sense's
    ("what does SOW (statement of work) cover?", "sow"),
])
def test_a_guess_the_sense_bears_out_or_none_leaves_the_answer(guessed: Glossary, text: str, term: str) -> None:
    assert outcome(guessed, text) == ("answer", [term])

"""An acronym the glossary only spells out, followed by a generic noun ("iot devices = ?", "CX team?", "ssh
key?"), asks about the acronym, over a real SQLite glossary (glossary/spelt_only.py, glossary/classifiers.py):
typed in lower case when the letters are no English word and the start of none; spelt out after "Short
for"; spelt out as another sense's name ("PORT 22", named SSH: "Secure Shell"). A lower-case word that
may be a clipped English word ("pos", "dev", "nas"), a definition that says what the term is ("API",
"SLA") or spells it out in words the glossary gives as no name ("EBITDA"), a possessive or a message that
asks nothing stay unanswered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("hpc", "HPC", "High Performance Computing", aliases=["High Performance Computing"]),
    Term("iot", "IOT", "Internet of Things", aliases=["Internet of Things"]),
    Term("cti", "CTI", "Cyber Threat Intelligence", aliases=["Cyber Threat Intelligence"]),
    Term("cx", "CX", "Short for Customer Experience.", aliases=["Customer Experience"]),
    Term("ssh", "SSH", "Secure Shell", aliases=["Secure Shell"]),
    Term("nas", "NAS", "Network Attached Storage", aliases=["Network Attached Storage"]),
    Term("pos", "POS", "Point of Sale", aliases=["Point of Sale"]),
    Term("dev", "DEV", "Development Environment", aliases=["Development Environment"]),
    Term("api", "API", "A way for programs to talk to each other."),
    Term("sla", "SLA", "A service-level agreement: a commitment between a provider and a customer."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization."),
]
PORT_22 = Term("port-22", "PORT 22", "Secure Shell", aliases=["SSH"])

spelt = glossary_fixture("spelt", TERMS)
ported = glossary_fixture("ported", [*TERMS, PORT_22])
PROTOCOL = Term("ssh-protocol", "SSH", "A network protocol for operating services securely.")
told = glossary_fixture("told", [*TERMS, PROTOCOL])


@pytest.mark.parametrize(("text", "term_id"), [
    ("hpc workloads = ?", "hpc"),  # no English word begins "hpc": the acronym, in any case
    ("iot devices = ?", "iot"),
    ("cti team?", "cti"),
    ("what is an iot device", "iot"),
    ("HPC workloads = ?", "hpc"),  # in capitals, as before
    ("CX team?", "cx"),  # "Short for Customer Experience." only spells CX out
    ("what's a CX team", "cx"),
    ("ssh key?", "ssh"),
])
def test_a_spelt_out_acronym_with_a_generic_noun_is_the_acronym(spelt: Glossary, text: str, term_id: str) -> None:
    assert outcome(spelt, text) == ("answer", [term_id])


@pytest.mark.parametrize("text", ["ssh key?", "What's an SSH key?"])
def test_a_sense_spelling_out_another_senses_name_says_nothing_of_its_kind(ported: Glossary, text: str) -> None:
    status, ids = outcome(ported, text)  # "PORT 22", named SSH: "Secure Shell" is the other SSH's name
    assert status in ("answer", "ambiguous") and ids and set(ids) <= {"ssh", "port-22"}


def test_a_sense_that_says_its_kind_keeps_the_phrase_refused(told: Glossary) -> None:
    status, ids = outcome(told, "ssh key?")  # one SSH is "a network protocol": "key" may contradict it
    assert not (status in ("answer", "ambiguous", "compare") and {"ssh", "ssh-protocol"} & set(ids))


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is a pos tool", "pos"),  # "pos" begins "position", "possible": maybe a clipped word
    ("pos tool?", "pos"),
    ("dev team?", "dev"),  # "device", "developer"
    ("nas box?", "nas"),  # "nasty": in lower case the letters may be a word's start
    ("cx team?", "cx"),  # two lower-case letters are too few to tell
    ("api key?", "api"),  # the glossary says what an API is, and not a key
    ("sla breach?", "sla"),  # an agreement, not a breach
    ("ebitda margin?", "ebitda"),  # its letters spelt out in words the glossary gives as no name of it
    ("what is our hpc budget", "hpc"),  # ours: a value
    ("hpc workloads keep growing", "hpc"),  # asks nothing
    ("iot devices keep dropping off, who manages them?", "iot"),  # asks who
    ("what is the hpc workload scheduler", "hpc"),  # the phrase goes on
])
def test_a_word_that_may_be_english_or_a_noun_the_glossary_contradicts_is_left_alone(
        spelt: Glossary, text: str, term_id: str) -> None:
    status, ids = outcome(spelt, text)
    assert not (status in ("answer", "ambiguous", "compare") and term_id in ids)

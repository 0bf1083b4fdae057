"""Issue 13: bare acronym entries (a definition that is only the expansion, as in a big acronym list) are
names for their letters, never for the everyday words a message uses (glossary/bare_names.py): "what's
left?" is no L (Left), "right-to-work" no R (Right), "prime" beside the prime rate no PRIME, "X.509 cert" no
CERT; a comparison side that is such an expansion is the entry it names ("firm fixed price vs T&M")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome


def bare(tid: str, letters: str, expansion: str) -> Term:
    return Term(tid, letters, f"{expansion}.", aliases=[expansion], tags=["acronym"])


TERMS = [
    bare("l", "L", "Left"), bare("r", "R", "Right"), bare("obs", "OBS", "Observation"),
    bare("prime", "PRIME", "Pain Research, Informatics, Multi-morbidities, and Education"),
    bare("cert", "CERT", "Computer Emergency Response Team"), bare("usb", "USB", "Universal Serial Bus"),
    bare("ffp", "FFP", "Firm-Fixed-Price"),
    Term("prime-rate", "prime rate", "The interest rate banks charge their most creditworthy customers."),
    Term("x509", "X.509", "The standard format of public key certificates used by TLS."),
    Term("equity", "owners equity", "What is left for the owners once every liability is paid."),
    Term("hub", "hub", "A device that repeats what one port receives to every other port of a network."),
    Term("ffp-contract", "firm fixed price contract", "A contract whose price does not change with the cost."),
    Term("tm", "time and materials", "A contract paying for hours worked and materials at cost."),
    Term("shift-left", "Shift Left", "Testing and securing software at the earliest stages of its lifecycle."),
]

bare_glossary = glossary_fixture("bare_glossary", TERMS)


@pytest.mark.parametrize("text", [
    "owners equity = what's left? sorry i mix up equity and everything else",
    "our state is right-to-work — what does that mean for teachers",
    "what does 'observation' mean for my evaluation? the principal is doing a formal observation friday",
    "what is left", "what does right mean",
    "our LOC is priced at prime + 1%. what is prime exactly?",
    "The e-prescribing vendor says our certs must be X.509. What is an X.509 cert?",
])
def test_an_everyday_word_never_answers_a_bare_acronym(bare_glossary: Glossary, text: str) -> None:
    status, ids = outcome(bare_glossary, text)
    assert not (status == "answer" and set(ids) & {"l", "r", "obs", "prime", "cert"})


@pytest.mark.parametrize(("text", "term"), [
    ("The e-prescribing vendor says our certs must be X.509. What is an X.509 cert?", "x509"),
    ("not the usb hub on my desk — what is a hub in networking", "hub"),  # the usb hub is set aside
    ("security 'shift left' - what does shifting left mean", "shift-left"),  # the name is written too
])
def test_the_term_the_message_names_is_answered(bare_glossary: Glossary, text: str, term: str) -> None:
    assert outcome(bare_glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what does OBS stand for", "obs"), ("what is OBS", "obs"), ("what is PRIME", "prime"),
    ("what is CERT", "cert"), ("what is a cert", "cert"), ("our certs: what is CERT?", "cert"),
    ("what does FFP mean", "ffp-contract"),
])
def test_the_acronym_itself_is_still_answered(bare_glossary: Glossary, text: str, term: str) -> None:
    assert outcome(bare_glossary, text) == ("answer", [term])


def test_a_side_that_is_a_bare_expansion_is_the_entry_it_names(bare_glossary: Glossary) -> None:
    assert outcome(bare_glossary, "firm fixed price vs time & materials — which one do we want as the vendor") \
        == ("compare", ["ffp-contract", "tm"])

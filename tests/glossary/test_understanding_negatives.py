"""Issue 13, over a real SQLite glossary: a glossary term inside a question about something else is not the
answer. A modifier makes a longer name ("a flow-down clause"); the value of a term for one thing ("the CLIN
number for the WAN line") or a file ("share the latest PWS") is asked for; a term after "for" is the
setting of the phrase asked about ("a Helm chart for Kubernetes"); a common word typed is that word, not a
slip for a name ("warrant" is no warranty)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("clause", "clause", "One numbered part of a contract."),
    Term("clin", "CLIN", "Contract line item number: one priced line of a contract."),
    Term("pws", "PWS", "Performance work statement: what a contractor must achieve."),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines."),
    Term("warranty", "warranty", "A promise that a product will work, or be fixed or replaced."),
    Term("ato", "ATO", "Authority to operate: the sign-off that lets a system go live."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize("text", [
    "what's a flow-down clause, the sub's lawyer pushes back on all of them",
    "what is a kill-switch clause",
    "what's the CLIN number for the managed WAN line in option year 2?",
    "what's the CLIN code for the printer lease?",
    "can someone share the latest version of the PWS? the one on the drive is old",
    "what's a Helm chart for Kubernetes?",
    "what is a warrant?",
])
def test_a_term_beside_what_is_asked_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [
    ("what is a CLIN number", "clin"), ("can you share what a PWS is", "pws"),
    ("what is a warranty?", "warranty"), ("what is a clause", "clause"),
    ("what is an ATO for", "ato"), ("what's Kubernetes used for", "k8s"),
])
def test_the_term_asked_about_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])

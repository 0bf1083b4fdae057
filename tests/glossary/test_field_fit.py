"""Issue 13, over a real SQLite glossary: a field the asker names for a term ("a derivative in calculus", "a pod
in school terms", "for geography class") that no answered sense holds and the glossary never speaks of means
another sense than the glossary's: it is only offered. A field the sense or the glossary knows, and phrases
that name no field ("in one sentence", "in standup", "GPT in ChatGPT"), leave the answer alone."""

from __future__ import annotations

import pytest

from glossary.field_fit import MIN_TERMS, stated
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("derivative", "derivative", "A security that derives its value from another asset.", tags=["finance"]),
    Term("pod", "Pod", "The smallest deployable unit of a Kubernetes cluster, holding containers.", tags=["cloud"]),
    Term("erp", "enterprise resource planning (ERP)", "A system that joins a firm's supplier and customer data.",
         tags=["business"]),
    Term("ioc", "IOC", "Indicator of compromise: evidence of a threat to networks and systems.", tags=["it"]),
    Term("frequency", "frequency", "How often a customer sees an advertisement.", tags=["business"]),
    Term("ship", "ship", "To release software to the people who use it.", tags=["18f"]),
    Term("gpt", "GPT", "Generative pre-trained transformer.", tags=["it"]),
    Term("waf", "WAF", "A web application firewall: security for web traffic, set up by a developer.", tags=["it"]),
    Term("siem", "SIEM", "Security event management: logs gathered for the developer on call.", tags=["it"]),
]
#: A glossary big enough (MIN_TERMS) that a word it never uses says something.
FILLER = [Term(f"filler-{n}", f"filler {n}", f"Entry number {n} of a ledger.") for n in range(MIN_TERMS)]

glossary = glossary_fixture("glossary", TERMS + FILLER)
small = glossary_fixture("small", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what's a derivative in calculus, in plain words for my kids?", "derivative"),
    ("learning pods for the remote kids — what's a pod in school terms?", "pod"),
    ("psych dept wants an ERP amplifier. what is ERP in neuroscience?", "erp"),
    ("frequency of a wave — what does frequency mean in physics?", "frequency"),
    ("what is the IOC and who picks the olympic host city? for geography class", "ioc"),
    ("in the electricity unit: what does frequency mean?", "frequency"),
])
def test_a_field_the_glossary_never_speaks_of_only_offers(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("suggest", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what's a derivative in finance terms?", "derivative"),  # the sense's own tag
    ("what is an IOC in security", "ioc"),  # the glossary speaks of security
    ("what does ship mean in dev speak", "ship"),  # a clipped word: developer
    ("what is a pod in one sentence?", "pod"),  # common words name no field
    ("what is a pod in a nutshell?", "pod"),
    ("One of the engineers mentioned the pod in standup. What is a pod?", "pod"),  # no asking word before it
    ("what does GPT stand for in ChatGPT?", "gpt"),  # the word holds the term
    ("what is a derivative, in the textbook sense?", "derivative"),  # a manner, no field
    ("what is a pod in proper terms?", "pod"),  # the same words of manner as every other reading's
    ("for the security unit: what is an IOC?", "ioc"),
    ("Dear Jargon Bot, what is an IOC?", "ioc"),  # the bot's name is no field marker
])
def test_a_field_the_glossary_knows_or_no_field_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_small_glossary_never_doubts(small: Glossary) -> None:
    """Its words cannot tell a field it lacks; the senses known outside it can (glossary/outside_senses.py)."""
    assert outcome(small, "what is ERP in astrology?") == ("answer", ["erp"])
    result = small.lookup("what is ERP in neuroscience?")  # event-related potential: a sense the list knows
    assert (result.status, result.elsewhere) == ("suggest", "event related potential")


def test_stated_reads_only_fields_said_on_purpose() -> None:
    assert stated("what is ERP in neuroscience?", "ERP") == [frozenset({"neuroscience"})]
    art = stated("what is abstraction in art class?", "abstraction")
    assert art == [frozenset({"art"}), frozenset({"art", "class"})]
    assert stated("the ERP in standup. what is it", "ERP") == []
    assert stated("what is ERP in plain terms?", "ERP") == []
    assert stated("what is ERP in precise terms?", "ERP") == []


def test_a_manner_beside_a_field_leaves_the_field() -> None:
    """A word of manner frames no field ("in the classic sense"), but the field said beside it stands: "a bond in the
    traditional chemistry sense" is chemistry's bond; "a cluster in astronomy in the classic sense" astronomy's."""
    assert stated("what is a bond in traditional chemistry terms?", "bond") == [frozenset({"chemistry"})]
    assert stated("what is a cluster in astronomy in the classic sense", "cluster") == [frozenset({"astronomy"})]
    assert stated("what is ERP in the classic sense?", "ERP") == []

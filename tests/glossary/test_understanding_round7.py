"""Issue 13, round 7, over a real SQLite glossary: a reference word typed with no article before it may
be the first word of a name ("what is term risk" asks about term risk, "what is the term risk" about risk);
"def" is the written short form of "definition" ("working capital — glossary def"), and a message that
opens on a word no term is, before its "def", asks about that word, not a term in the aside after it; a
term set apart as the message's heading ("ERP — what is it (client's on SAP)") is what the message asks
(glossary/asked_shapes.py `topic_asked`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("risk", "risk", "The chance of losing time or money."),
    Term("term-risk", "term risk", "The chance that longer bonds earn less than several shorter ones would."),
    Term("sla", "SLA", "A promise about service levels."),
    Term("wc", "working capital", "Current assets minus current liabilities."),
    Term("pii", "PII", "Information that identifies a person."),
    Term("npv", "net present value (NPV)", "Future cash flows discounted to today, minus the investment."),
    Term("invoice", "invoice", "A bill sent to a buyer."),
    Term("erp", "enterprise resource planning (ERP)", "One system for a company's finance, stock and orders."),
    Term("sap", "SAP", "Simplified acquisition procedures: the short way to buy small amounts."),
    Term("slo", "SLO", "The target a service aims for."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "round7", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is term risk", "term-risk"), ("what's term risk?", "term-risk"),
    ("what does the term risk mean", "risk"), ("what is the term SLA", "sla"), ("what does term SLA mean", "sla"),
])
def test_a_reference_word_without_an_article_may_start_the_name(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("working capital — glossary def", "wc"), ("PII def per glossary pls", "pii"),
    ("pls confirm def of NPV, the committee memo uses it", "npv"), ("working capital def?", "wc"),
    ("SLA — def (for the vendor review)", "sla"),
])
def test_def_is_short_for_definition(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "blockchain — def (client wants to put supplier invoices on one, sigh)",
    "blockchain meaning (client wants to put supplier invoices on one)",
])
def test_the_word_a_message_opens_on_is_what_def_asks_about(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "term"), [
    ("ERP — what is it (client's on SAP)", "erp"), ("ERP: what's that? the client runs SAP", "erp"),
    ("SLA - what about the SLO?", "slo"), ("SLA: what's an SLO", "slo"),
])
def test_a_heading_term_is_what_the_message_asks(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_heading_that_asks_nothing_is_not_answered(glossary: Glossary) -> None:
    assert outcome(glossary, "ERP — signed with SAP today")[0] not in ("answer", "ambiguous")

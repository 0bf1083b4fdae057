"""Issue 13 over a real SQLite glossary: which sentence of a longer message is the question. A sentence that
opens "what's a X" and names a term asks about it, more than an earlier question about something else; a
question that says again part of a name told before ("what's segmentation?", "what's the government
purchase card?") asks about that earlier term (glossary/echoed.py); "what format is that" asks what kind of
thing the pronoun is, so it points back as "what is that" does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("nas", "NAS", "Network-attached storage: a file server on the local network."),
    Term("invoice", "invoice", "A bill a vendor sends for goods or services delivered."),
    Term("gpc", "governmentwide commercial purchase card (GPC)", "A charge card for small government buys."),
    Term("segm", "market segmentation", "Dividing a market into groups of buyers with similar needs."),
    Term("marketing", "marketing", "Everything done to find, win and keep customers."),
    Term("comps", "comps", "Comparable company analysis: valuing a company by its peers' multiples."),
    Term("lsq", "method of least squares", "Fitting a line by minimising squared errors."),
    Term("crm", "CRM", "Customer relationship management software."),
    Term("sbar", "situation, background, assessment and recommendation (SBAR)", "A short structured report."),
    Term("audit", "audit", "An independent check of records."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "scope_echo", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("where do the scanned invoices live? someone said 'the NAS'. what's a NAS", "nas"),
    ("where do the scanned invoices live? what is a NAS", "nas"),
    ("market segmentation — marketing wants to segment our maternity market. what's segmentation?", "segm"),
])
def test_the_sentence_that_asks_what_a_term_is_is_the_question(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    'my manager wants an "SBAR" about the audit delay. what format is that',
    "my manager wants an SBAR about the audit delay. what kind of report is it?",
])
def test_what_kind_a_pronoun_is_points_back(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["sbar"])


def test_words_that_spell_an_earlier_acronym_point_back_at_it(glossary: Glossary) -> None:
    text = "agency wants to pay our invoice with a GPC. what's the government purchase card?"
    assert outcome(glossary, text)[1][:1] == ["gpc"]  # not "invoice", told in the story


@pytest.mark.parametrize(("text", "term"), [
    ('"comps" in the valuation deck = comparable companies? what\'s the method', "comps"),  # "the method": comps'
    ("what is a NAS? where do the scanned invoices live?", "nas"),
    ("my manager wants an SBAR about the delay. what is an audit?", "audit"),  # asks its own term, not "that"
])
def test_a_plain_noun_or_a_question_first_keeps_the_term_named(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "we log every call in the CRM. what's the card for?",  # "card" is too plain to echo anything
    "sales moved the invoices to a new tool. what's the process?",
    "where do the scanned invoices live?? what is the NAS or the CRM",  # two terms asked: left to the cues
])
def test_a_plain_or_unrelated_question_is_not_an_echo(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"

"""Issue 13, over a real SQLite glossary: a term named in the message and asked about by a verb after it, a
pronoun in the next sentence, its parts or a sentence said about it ("what does CPI measure exactly",
"circuit breakers kicked in. what are they?", "the stages of the product life cycle", "accrual basis
accounting... i keep writing it as 'acrual'. what does it mean") is answered; a name that goes on past it
("what does the API gateway store exactly", "IR asked our team"), or a sentence that names something else, is not."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cpi", "consumer price index (CPI)", "A measure of how prices paid by households change."),
    Term("cvss", "CVSS", "A score for how severe a software vulnerability is."),
    Term("breakers", "circuit breakers", "Trading halts when a market falls too far in a day."),
    Term("usds", "United States Digital Service", "A federal team that fixes government technology."),
    Term("plc", "product life cycle", "The stages a product passes through, from launch to decline."),
    Term("accrual", "accrual basis accounting", "Recording revenue and costs when they are earned or incurred."),
    Term("api", "API", "A way for programs to talk to each other."),
    Term("ir", "investor relations (IR)", "The team that speaks for a company to its investors."),
    Term("product", "product", "Something made to be sold."),
    Term("sbir", "SBIR", "A federal program that funds research by small businesses."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("pricing team wants to uplift contracts by CPI each year. what does CPI measure exactly?", "cpi"),
    ("the pentest report rates one finding CVSS 9.8. what does CVSS measure / is 9.8 bad?", "cvss"),
    ("market halted this morning, news says circuit breakers kicked in. what are they?", "breakers"),
    ("Is the United States Digital Service part of our agency or something separate? What do they do?", "usds"),
    ("the revenue forecast tags SKUs by lifecycle stage. what are the stages of the product life cycle?", "plc"),
    ("accrual basis accounting... i keep writing it as 'acrual'. what does it mean", "accrual"),
])
def test_a_term_asked_in_another_sentence_or_by_a_verb_after_it(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what does the API gateway store exactly?",  # a longer name, no verb asked of the API
    "the investor newsletter went out. IR asked our team for numbers. who do I send them to?",
    "we use circuit breakers. our intern asked about sidecars. what are they?",  # the sentence before names sidecars
])
def test_a_longer_name_or_another_subject_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_a_one_word_name_before_a_past_verb_is_not_closed_by_it(glossary: Glossary) -> None:
    """Only a name of several words ends at a verb in the past: "their product started as" names no product."""
    text = "The vendor says their product started as an SBIR. What does that mean?"
    assert "product" not in outcome(glossary, text)[1]

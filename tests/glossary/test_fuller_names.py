"""Issue 13, over a real SQLite glossary: a term asked while the message also names a longer term holding
it ("loan amortization schedule — what does amortization mean for a loan?") is read as the longer term,
never answered confidently as the short one; a message with no longer name, or one that sets the longer
name against the short one ("what is margin, not profit margin"), is left alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("amortization", "amortization", "Spreading a cost over the years it serves."),
    Term("loan-amortization", "loan amortization", "Paying a loan off in regular parts of principal and interest."),
    Term("return", "return", "What an investment gains or loses."),
    Term("rota", "return on total assets", "Earnings over everything the company owns."),
    Term("margin", "margin", "What is left of revenue after costs."),
    Term("profit-margin", "profit margin", "Profit as a share of revenue."),
    Term("deployment", "deployment", "Putting software where it runs."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "fuller", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("loan amortization schedule — what does amortization mean for a loan?", "loan-amortization"),
    ("what is return on assets return on total assets", "rota"),
])
def test_the_longer_name_typed_too_is_what_is_asked(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what does amortization mean?", "amortization"),
    ("what does return mean for an investor", "return"), ("what is margin? our margins are thin", "margin"),
    ("what is a deployment? we deploy on fridays", "deployment"),
    ("what is loan amortization", "loan-amortization"),
    ("what is margin, not profit margin", "margin"),
    ("what does amortization mean, is loan amortization different", "amortization"),
])
def test_no_longer_term_or_one_set_against_is_left_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])

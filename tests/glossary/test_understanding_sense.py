"""Issue 13, over a real SQLite glossary: a term said with the field it is meant in ("spot rate — fx sense",
"what is a PR in the procurement sense?", "derivative — finance def") asks what the term means there. The
field words are context, not a subject; among several senses the field picks the one it fits ("govt" for
"government"); "makes sense" and "in this sense" name no field and ask nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.sense_marker import fields, term_before
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("spot", "spot rate", "The price for exchanging one currency for another right now."),
    Term("duration", "duration", "How sensitive a bond's price is to a change in interest rates."),
    Term("bonds", "bonds", "Debt securities a company or government sells to investors."),
    Term("margin", "margin", "Collateral an investor deposits with a broker to cover credit risk."),
    Term("profit-margin", "profit margin", "Profit as a share of revenue."),
    Term("derivative", "derivative", "A financial contract whose value comes from an underlying asset."),
    Term("opt-gov", "options", "Rights the Government holds to buy more supplies or extend the term of a contract.",
         tags=["contracting"]),
    Term("opt-stock", "options", "Contracts that let holders buy or sell stock at a set price.", tags=["business"]),
    Term("sla", "SLA", "A promise about service levels."),
    Term("pr-proc", "procurement request", "A request to buy something, sent to procurement.", aliases=["PR"]),
    Term("pr-code", "pull request", "A proposed change to code, waiting for review.", aliases=["PR"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "sense", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("spot rate — fx sense", "spot"),
    ("duration — bond sense", "duration"),
    ("duration (bond sense)", "duration"),
    ("duration, bond sense?", "duration"),
    ("margin — collateral sense, not profit margin", "margin"),
    ("margin in the collateral sense", "margin"),
    ("derivative — finance def", "derivative"),
    ("options — govt contract sense", "opt-gov"),
    ("what are options in the stock market sense?", "opt-stock"),
    ("what is a PR in the procurement sense?", "pr-proc"),
    ("PR — code review sense", "pr-code"),
])
def test_a_term_said_with_its_field_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["does that make sense?", "makes sense, thanks", "ok, makes perfect sense",
                                  "in this sense, yes"])
def test_making_sense_asks_about_no_term(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] == "unknown"


@pytest.mark.parametrize("text", ["it makes sense to use an SLA here", "the SLA makes sense now, thanks"])
def test_a_term_that_makes_sense_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


@pytest.mark.parametrize(("text", "term", "field"), [
    ("spot rate — fx sense", "spot rate", ["fx"]),
    ("What is AWS in the HR sense", "What is AWS", ["HR"]),
    ("change order — def (govt contract sense)", "change order — def", ["govt contract"]),
    ("a protest, in contracting terms", "a protest", ["contracting"]),
])
def test_the_field_is_read_apart_from_the_term(text: str, term: str, field: list[str]) -> None:
    assert (term_before(text), fields(text)) == (term, field)


@pytest.mark.parametrize("text", ["does that make sense", "discount rate in this sense", "waterfall in plain terms",
                                  "duration bond sense", "net terms"])
def test_no_field_is_set_apart(text: str) -> None:
    assert term_before(text) is None

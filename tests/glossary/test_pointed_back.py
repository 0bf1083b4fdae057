"""Issue 13, over a real SQLite glossary: a pointing question ("what does that mean?") about a clause whose
thing asked is no term — the speaker of reported speech, an unknown acronym named nearer the question, a
term only in the asker's likening guess, the object of an action asked about — is not answered with the
term found; a term the clause names as its thing still is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("cfo", "chief financial officer (CFO)", "The executive who runs a company's finances."),
    Term("co", "contracting officer (CO)", "The official who may sign a government contract."),
    Term("igce", "independent government cost estimate (IGCE)", "The government's own estimate of a price."),
    Term("ap", "acquisition plan (AP)", "How an agency intends to buy what it needs."),
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("dev", "dev", "A developer."),
    Term("invoice", "invoice", "A bill sent for goods or services delivered."),
    Term("capitalize", "capitalize", "To record a cost as an asset rather than an expense."),
    Term("sorn", "system of records notice (SORN)", "A notice of a system that holds records about people."),
    Term("jr", "job rotation", "Moving staff between jobs so they learn more of the work."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "pointed_back", TERMS)


@pytest.mark.parametrize("text", [
    "CFO said our operating leverage is kicking in. what does that mean?",  # the speaker, not what was said
    "the CFO mentioned negative working capital last week. what is that?",
    "devs say we have a ton of 'tech debt', is it real debt?",
    "AP has to run an OFAC check before paying new foreign vendors. what is that?",  # OFAC is nearer
    "how is ebitda computed in the board pack? is it just EBIT plus D&A?",  # EBIT only in the guess
    "what does it mean to write off an invoice",  # the phrasal verb is asked; the invoice is its object
    "what does it mean to true up an invoice",
])
def test_a_term_that_is_not_what_the_question_points_at_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [
    ("CO said our price is way above the IGCE, what's that", "igce"),  # what was said names the term
    ("agency said they need a SORN before we get the payroll extract. what is that?", "sorn"),
    ("the CFO keeps on about EBIT. what is it?", "ebit"),
    ("EBIT - is it just operating profit?", "ebit"),
    ("What means to capitalize a cost?", "capitalize"),  # the verb asked is the term
    ("the colo invoice: is that a job rotation thing? what counts as job rotation", "jr"),  # names it
])
def test_the_term_the_question_points_at_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])

"""Issue 13: a message that opens on a term as its heading is about that term; another term of the story is
offered after it, never answered in its place, unless the story asks about that term outright or it is the
heading's own name written out (heading_kept.py)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("power", "purchasing power", "How much a sum of money buys at today's prices."),
    Term("inflation", "inflation", "A general rise in prices over time, so money buys less."),
    Term("eps", "EPS", "Earnings per share: profit divided by the number of shares."),
    Term("report", "quarterly report", "The results a listed company publishes every three months."),
    Term("pr", "PR", "Pull request: a proposed code change, reviewed before it is merged."),
    Term("public-relations", "public relations", "Managing how the public sees an organisation."),
    Term("gots", "GOTS", "Government off-the-shelf: software the government wrote and owns."),
    Term("gov", "GOV", "Government, as written in short on forms."),
]

kept = glossary_fixture("kept", TERMS)


@pytest.mark.parametrize(("text", "first"), [
    ("purchasing power. what the budget buys after inflation?", "power"),
    ("GOTS. like cots but the gov wrote it?", "gots"),
])
def test_a_story_term_is_not_answered_for_the_heading(kept: Glossary, text: str, first: str) -> None:
    status, ids = outcome(kept, text)
    assert (status == "answer" and ids == [first]) or (status == "suggest" and ids[0] == first)


@pytest.mark.parametrize(("text", "term"), [
    ('quarterly report: "EPS of 0.87, up from 0.74". What is EPS?', "eps"),  # asked outright
    ("PR — public relations — what does it include exactly", "public-relations"),  # its name written out
    ("Hi! what is inflation, in one line?", "inflation"),  # a greeting is no heading
])
def test_a_story_term_asked_outright_is_answered(kept: Glossary, text: str, term: str) -> None:
    assert outcome(kept, text) == ("answer", [term])

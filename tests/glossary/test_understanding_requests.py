"""Issue 13, over a real SQLite glossary: requests to explain, in the many ways people ask for it. A phrasal verb of
explaining ("walk me through", "fill me in on", "give me the gist of", "need a primer on") asks about what follows
it, and so does "the concept / basics / idea of" a term; a status asked ("update me on the RFP") is no such
request."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("tvm", "time value of money", "A sum today is worth more than the same sum later."),
    Term("rfp", "request for proposal", "A formal request for offers.", aliases=["RFP"]),
    Term("conops", "concept of operations", "How a system will be used, told from its users' side."),
    Term("operations", "operations", "The work of running a business day to day."),
]

requests = glossary_fixture("requests", TERMS)


@pytest.mark.parametrize("text", [
    "walk me through the concept of time value of money",
    "Please teach me the concept of time value of money.",
    "enlighten me on time value of money",
    "give me the gist of time value of money",
    "school me on time value of money",
    "run me through time value of money",
    "fill me in on time value of money",
    "need a primer on time value of money",
    "elaborate on time value of money",
])
def test_a_request_to_explain_asks_about_what_follows(requests: Glossary, text: str) -> None:
    assert outcome(requests, text) == ("answer", ["tvm"])


def test_a_name_that_opens_with_concept_of_stays_whole(requests: Glossary) -> None:
    assert outcome(requests, "what is the concept of operations") == ("answer", ["conops"])


@pytest.mark.parametrize("text", ["update me on the RFP", "give me the rundown of the operations",
                                  "give me the gist of our operations", "can you walk me through the RFP",
                                  "walk me through your rfp"])
def test_a_status_or_summary_asked_is_no_request_to_explain(requests: Glossary, text: str) -> None:
    """A summary of one thing ("the operations" this week) is no meaning asked."""
    assert outcome(requests, text)[0] != "answer"

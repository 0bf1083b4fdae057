"""Business shorthand for one word of a name, over a real SQLite glossary: "project mgmt office", "acct
receivable", "dept of defense", "govt cost estimate", "proj mgr". Only inside a name whose other words are
typed whole; an everyday word is never read as a shortening; several concepts are only suggested."""

from __future__ import annotations

import pytest

from glossary.abbreviated import shortens
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("pmo", "Project Management Office", "The team that sets project standards."),
    Term("ar", "accounts receivable", "Money customers owe the company."),
    Term("ap", "accounts payable", "Money the company owes its suppliers."),
    Term("dod", "Department of Defense", "The federal department for the armed forces."),
    Term("igce", "Independent Government cost estimate", "The agency's own estimate of a contract's cost."),
    Term("mkt-auto", "marketing automation", "Software that sends campaigns on a schedule."),
    Term("rfp", "Request for proposal", "A formal invitation to bid."),
    Term("proj-mgr", "project manager", "Who plans and runs a project."),
    Term("prod-mgr", "product manager", "Who decides what a product does."),
    Term("prod-sched", "production schedule", "When each order is made."),
    Term("prod-scope", "product schedule", "When each feature ships."),
    Term("contrast", "contrast ratio", "How far apart the light and dark of a screen are."),
    Term("eng-review", "engineering review", "A design review by engineers."),
    Term("ops-review", "operations review", "A monthly look at how the business runs."),
]

shorthand = glossary_fixture("shorthand", TERMS)


@pytest.mark.parametrize(("question", "ids"), [
    ("project mgmt office?", ["pmo"]),
    ("what does the proj mgmt office do", ["pmo"]),
    ("acct receivable?", ["ar"]),
    ("what does accts payable mean", ["ap"]),
    ("what is the dept of defense", ["dod"]),
    ("independent govt cost estimate - who writes it?", ["igce"]),
    ("what is mktg automation", ["mkt-auto"]),
    ("what's a req for proposal", ["rfp"]),
    ("what's a project mgr", ["proj-mgr"]),
    ("prod manager?", ["prod-mgr"]),
    ("what is an eng review", ["eng-review"]),
    ("what's an ops review", ["ops-review"]),
])
def test_a_shortened_word_inside_a_name_is_read(shorthand: Glossary, question: str, ids: list[str]) -> None:
    assert outcome(shorthand, question) == ("answer", ids)


@pytest.mark.parametrize("question", [
    "what is a cost ratio",  # an everyday word is no shortening ("cost" of "contrast")
    "what's a mgmt fee",  # no such name
    "what is an acct mgr",  # every word shortened: nothing carries the reading
    "what is the dept budget",
])
def test_no_name_is_invented(shorthand: Glossary, question: str) -> None:
    status, ids = outcome(shorthand, question)
    assert status not in ("answer", "ambiguous", "compare"), (question, status, ids)


def test_two_names_one_shorthand_is_only_suggested(shorthand: Glossary) -> None:
    status, ids = outcome(shorthand, "what is the prod schedule")
    assert status == "suggest" and {"prod-sched", "prod-scope"} <= set(ids)


@pytest.mark.parametrize(("typed", "word", "expected"), [
    ("mgmt", "management", True), ("mgr", "manager", True), ("acct", "accounts", True), ("govt", "government", True),
    ("dept", "department", True), ("mktg", "marketing", True), ("approx", "approximate", True),
    ("reqs", "requirements", True), ("svc", "service", False), ("mgmt", "managing", False),
    ("acct", "account", True), ("aact", "account", False), ("management", "management", False),
])
def test_shortens(typed: str, word: str, expected: bool) -> None:
    assert shortens(typed, word) is expected

"""Issue 13, over a real SQLite glossary: a term written first, as a heading, then a guess or a question
about it ("data warehouse — is it a real building", "preferred stock — preferred by who") asks about the
heading; the words of the guess are the asker's hypothesis, not a second subject (glossary/heading.py).
A heading that is not one whole term, or a question that names another term or thing, is left alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("data-warehouse", "data warehouse", "A central store of data gathered for reporting and analysis."),
    Term("preferred-stock", "preferred stock", "Shares paid dividends before common shares."),
    Term("isp", "ISP", "Internet service provider: the company that connects you to the internet."),
    Term("depreciation", "depreciation", "Spreading the cost of an asset over its useful life."),
    Term("gordon", "Gordon growth model", "Values a stock from a dividend growing at a constant rate."),
    Term("loc", "line of credit", "A borrowing limit a bank sets, drawn on as needed."),
    Term("credit", "credit", "Money lent, to be paid back later."),
    Term("angels", "angel investors", "Wealthy people who fund young companies early."),
    Term("investor", "investor", "Someone who puts money into something to earn a return."),
    Term("equation", "accounting equation", "Assets equal liabilities plus equity."),
    Term("assets", "assets", "What a company owns."),
    Term("retained", "retained earnings", "Profits kept in the business rather than paid out."),
    Term("wan", "WAN", "Wide area network: a network spanning many sites."),
    Term("aws", "AWS", "Amazon Web Services, a cloud provider."),
    Term("sam", "SAM", "System for Award Management, where federal vendors register."),
    Term("invoice", "invoice", "A bill sent for goods or services."),
    Term("vpn", "VPN", "A private tunnel into the office network."),
    Term("revenue", "revenue", "Money earned from sales."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("data warehouse — is it a real building", "data-warehouse"),
    ("preferred stock — preferred by who", "preferred-stock"),
    ("isp — that's like comcast right", "isp"),
    ("depreciation — why does the laptop lose value on paper every month", "depreciation"),
    ("gordon growth model, who is gordon lol", "gordon"),
    ("line of credit, is it like a credit card for the company", "loc"),
    ("angel investors — are they like, nice investors", "angels"),
    ("accounting equation — assets = something + something? i forgot already", "equation"),
    ("@FinBot retained earnings — whose earnings are being retained and why", "retained"),
    ("wan — is that just the internet", "wan"),
    ("data warehouse - just a big database?", "data-warehouse"),
])
def test_a_heading_then_a_guess_asks_about_the_heading(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "AWS — what is a bucket?",  # another thing asked
    "AWS – what is the bucket?",
    "preferred stock — what is a dividend?",
    "deferred revenue — how do you defer revenue, like postpone it?",  # the heading only partly a term
    "the VPN, it is down again",  # a statement of its state: no question, no guess
    "VPN — it is down again",
    "isp, is the outage over",  # its state asked, not what it is
    "depreciation — thanks, that helped",  # nothing asked
])
def test_no_heading_asked_is_left_alone(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_another_term_pointed_at_in_the_question_is_not_the_heading(glossary: Glossary) -> None:
    assert outcome(glossary, "AWS — is SAM where vendors register?") == ("answer", ["sam"])

"""A comparison whose other side is the plain, everyday thing a term is set against (glossary/plain_sides.py),
over a real SQLite glossary: "what's an rfq vs a normal quote" asks what an RFQ is and is answered; an
unknown term on the other side ("ISSM vs ISSO", "letter of credit vs letter of intent", "a red team vs a blue
team", "a median vs a mean") keeps the comparison one-sided, never answered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("rfq", "Request for quotation", "Asking vendors for bids.", aliases=["RFQ"]),
    Term("mou", "MOU", "Short for Memorandum of Understanding."),
    Term("contract", "Contract", "A binding agreement between parties."),
    Term("mutual-fund", "mutual fund", "A company that pools investors' money to buy securities."),
    Term("kpi", "KPI", "Key Performance Indicators", aliases=["key performance indicator"]),
    Term("container-image", "Container Image", "A static file holding what a container needs."),
    Term("revolving", "revolving credit agreement", "A credit line a borrower may draw and repay."),
    Term("observability", "observability", "How well a system's state can be told from its outputs."),
    Term("median", "median", "The middle value in an ordered data set."),
    Term("arithmetic-mean", "arithmetic mean", "The sum of values divided by their count."),
    Term("letter-of-credit", "letter of credit", "A bank's promise to pay a seller."),
    Term("issm", "ISSM", "Information system security manager."),
    Term("red-team", "red team", "A group that plays the attacker."),
    Term("annuity-due", "annuity due", "An annuity paid at the start of each period."),
    Term("intranet", "intranet", "A private network inside an organization."),
    Term("weighted-average", "weighted average", "An average where some values count more."),
    Term("term-loan", "term loan", "A business loan with a maturity of more than one year."),
    Term("cash-budget", "cash budget", "A report of expected cash inflows and outflows."),
    Term("cloud-apps", "cloud native apps", "Apps built to take advantage of cloud computing."),
    Term("sftp", "SFTP", "SSH File Transfer Protocol.", aliases=["SSH File Transfer Protocol"]),
    Term("ftp", "FTP", "File Transfer Protocol.", aliases=["File Transfer Protocol"]),
]

plain = glossary_fixture("plain", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("what's an rfq vs a normal quote", "rfq"),
    ("whats a mutual fund vs just buying stocks", "mutual-fund"),
    ("what is a key performance indicator vs a metric", "kpi"),
    ("legal sent over an mou for the co-dev deal, whats an mou vs a real contract", "mou"),
    ("request for quotation, what is that exactly vs just asking for a price", "rfq"),
    ("`container image` — what is that vs the container itself?", "container-image"),
    ("the bank sent a revolving credit agreement for signature what is that vs a normal loan", "revolving"),
    ("observability means what exactly, vs monitoring", "observability"),
    ("what is an intranet vs the internet", "intranet"),
    # the plain side is the term's own head word marked ordinary: the everyday thing the term is a kind of
    ("what is a mutual fund vs a regular fund", "mutual-fund"),
    ("term loan — what is that vs a normal loan", "term-loan"),  # "loan — what is that" points back at it
    ("cash budget, what's that vs a normal budget", "cash-budget"),
    ("what's an rfq vs a normal quote, what's the difference", "rfq"),  # the question is no side
    # the plain way of doing it, told with a verb: a word of the term's name in it makes no sibling
    ("cloud native apps — what makes an app 'cloud native' vs just hosted in the cloud?", "cloud-apps"),
    ("what's a mutual fund vs just buying a fund yourself", "mutual-fund"),
    # a term marked as the plain one: the asker knows FTP and asks what SFTP is
    ("bank files come over SFTP. what is SFTP vs normal FTP?", "sftp"),
    ("what's SFTP vs a regular ftp", "sftp"),
])
def test_a_term_set_against_the_plain_thing_is_answered(plain: Glossary, text: str, term_id: str) -> None:
    assert outcome(plain, text) == ("answer", [term_id])


@pytest.mark.parametrize("text", [
    "what's an ISSM vs an ISSO",  # an acronym on the other side
    "what's a letter of credit vs a letter of intent",  # a name built with "of"
    "what's a red team vs a blue team",  # a sibling: shares the term's head word
    "what's a median vs a mean",  # "mean" is a name typed short (arithmetic mean)
    "what's a median vs an average",  # the glossary defines a kind of average: maybe that one
    "whats a mutual fund vs a SAFE note",  # a capital: a name
    "what's an annuity due vs an ordinary annuity",  # ordinary annuity is a term nobody defined here
    "a KPI vs a metric?",  # one everyday word, but nobody asks what a KPI is
    "whats a mutual fund vs buying stocks",  # no word says the other side is the plain one
    "what is a median vs a normal debenture",  # a rare word: maybe a term
    "what's a term loan vs a normal secured loan",  # a kind of loan named by a word of its own: a sibling
    "what's an annuity due vs an ordinary annuity?",  # "annuity" is no head of "annuity due"
    "what's a term loan vs just secured loans",  # "secured" names a kind of loan, no doing
])
def test_an_unknown_term_on_the_other_side_is_never_answered(plain: Glossary, text: str) -> None:
    assert outcome(plain, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", [
    "SFTP vs normal FTP",  # nobody asks what SFTP is: both sides
    "what's the difference between SFTP and normal FTP",
    "what is FTP vs SFTP",  # no side marked plain
])
def test_two_terms_without_the_plain_one_asked_about_stay_compared(plain: Glossary, text: str) -> None:
    assert outcome(plain, text)[0] == "compare"

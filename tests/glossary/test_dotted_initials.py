"""Issue 13: initials typed with dots ("S.R.E.", "I.D.I.Q. contract", "T.T.P.s") are the acronym they spell,
for every reading of the message, over a real SQLite glossary (glossary/dotted_initials.py)."""

from __future__ import annotations

import pytest

from glossary import dotted_initials
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sre", "site reliability engineering (SRE)", "Running operations as a software problem, with error budgets."),
    Term("lamp", "LAMP stack", "Linux, Apache, MySQL and PHP: a classic set of software for web sites."),
    Term("idiq", "indefinite delivery, indefinite quantity contract", "A contract for an open amount of work.",
         aliases=["IDIQ contract", "IDIQ"]),
    Term("contract", "contract", "A binding agreement."),
    Term("ttp", "TTP", "Tactics, techniques and procedures: how an attacker works."),
]
dotted = glossary_fixture("dotted", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what does S.R.E. stand for", "sre"),
    ("S.R.E. stands for?", "sre"),
    ("what's a L.A.M.P. stack", "lamp"),
    ("What is an I.D.I.Q. contract?", "idiq"),
    ("What are T.T.P.s? the threat intel guy keeps saying it", "ttp"),
])
def test_dotted_initials_are_the_acronym(dotted: Glossary, text: str, expected: str) -> None:
    assert outcome(dotted, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "written"), [
    ("what does S.R.E. stand for", "what does SRE stand for"),
    ("C.O.O.P.. I'm assuming", "COOP. I'm assuming"),  # the sentence's own full stop stays
    ("I work at the F.B.I. We need", "I work at the FBI. We need"),  # and a dot that also ends the sentence
    ("F.O.B. Destination, freight prepaid", "FOB Destination, freight prepaid"),  # the rest of a name follows
    ("O.K.R.s - what r they", "OKRs - what r they"),
    ("e.g. the U.S. budget", "e.g. the US budget"),  # lower-case initials are words of their own
    ("see p.m. shift", "see p.m. shift"),
])
def test_collapse_writes_only_dotted_capitals(text: str, written: str) -> None:
    assert dotted_initials.collapse(text) == written

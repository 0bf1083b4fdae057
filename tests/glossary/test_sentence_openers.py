"""Issue 13: a sentence begun with a capital where the mark before it was dropped ("What's CMMC One of the
vendors mentioned it") is a sentence of its own, over a real SQLite glossary (glossary/sentence_openers.py)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cmmc", "CMMC", "Cybersecurity Maturity Model Certification: the security level a defense vendor proves."),
    Term("culture", "culture", "The shared values and habits of a group."),
    Term("corp-culture", "corporate culture", "The values and habits that shape how a company works."),
    Term("fas", "The Federal Acquisition Service", "The part of GSA that buys for other agencies."),
]
openers = glossary_fixture("openers", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is corporate culture Our consultant says culture is the biggest risk", "corp-culture"),
    ("What does corporate culture mean for a nonprofit The consultant says culture is the biggest risk",
     "corp-culture"),
    ("what is The Federal Acquisition Service", "fas"),  # "is" ends no sentence: the name keeps its "The"
])
def test_a_dropped_mark_before_a_capital_opener_ends_the_question(openers: Glossary, text: str,
                                                                  expected: str) -> None:
    assert outcome(openers, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "starts"), [
    ("What is a solicitation The agency uses it", ["What", "The"]),
    ("What's CMMC One of the vendors", ["What", "One"]),
    ("what is The Federal Acquisition Service", ["what"]),
    ("Six Sigma One program", ["Six"]),  # after a word in title case: a name may go on
    ("plan One for the rollout", ["plan"]),  # a number word opens nothing unless "of" follows
    ("we use the SLA The vendor signed", ["we", "The"]),
])
def test_only_a_capital_opener_after_a_word_of_content_starts_a_sentence(text: str, starts: list[str]) -> None:
    s = scan(text)
    assert [raw for raw, start in zip(s.raws, s.sentence_start, strict=True) if start] == starts

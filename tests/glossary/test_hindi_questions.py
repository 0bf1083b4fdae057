"""Issue 13, over a real SQLite glossary: more of the ways Hinglish asks, read by the Hindi table: "kise kehte hai"
(what is called), "kya batata hai" (what does it tell), "X matlab?", "aur X?" as a follow-up, "X aur Y ka
difference", "X matlab Y na?" (a guess to confirm), "thoda explain karo"; "MATLAB" the software stays a name.
"""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("junk-bonds", "junk bonds", "Bonds from borrowers likely to default, paying high interest for the risk."),
    Term("sharpe", "Sharpe ratio", "Return above the risk-free rate for each unit of risk taken."),
    Term("strike", "strike price", "The price at which an option lets its holder buy or sell."),
    Term("coupon", "coupon rate", "The yearly interest a bond pays, as a share of its face value."),
    Term("ddm", "DDM", "Dividend discount model: a share is worth its future dividends, discounted.",
         aliases=["dividend discount model"]),
    Term("call", "call option", "The right to buy at a set price before a date."),
    Term("put", "put option", "The right to sell at a set price before a date."),
    Term("fy", "FY", "Fiscal year: the twelve months a company's accounts cover."),
    Term("us", "U.S.", "The United States of America.", aliases=["US"]),
    Term("net-debt", "net debt", "Debt minus cash: what would be owed if cash paid debt down."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("aws", "AWS", "Amazon Web Services: rented computing, storage and databases."),
]

hindi = glossary_fixture("hindi", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("junk bonds kise kehte hai", ["junk-bonds"]),
    ("sharpe ratio kya batata hai actually", ["sharpe"]),
    ("strike price matlab?", ["strike"]),
    ("FY ka matlab fiscal year hi hai na US mein bhi?", ["fy"]),  # "hi" is Hindi's "indeed", no greeting
    ("DDM matlab dividend discount model na? thoda explain karo", ["ddm"]),
    ("net debt kaise define karte hai", ["net-debt"]),
    ("coupon rate kya cheez hai", ["coupon"]),
])
def test_more_hinglish_questions_are_answered(hindi: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(hindi, text) == ("answer", expected)


def test_and_x_in_hindi_asks_about_x(hindi: Glossary) -> None:
    assert outcome(hindi, "aur coupon rate?") == ("answer", ["coupon"])


@pytest.mark.parametrize("text", ["call option aur put option ka difference ek line mein",
                                  "call option aur put option mein difference"])
def test_a_hinglish_comparison_compares(hindi: Glossary, text: str) -> None:
    assert outcome(hindi, text) == ("compare", ["call", "put"])


@pytest.mark.parametrize("text", ["we use matlab for the sharpe model", "license for matlab", "what is matlab?",
                                  "KPI charts from matlab", "AWS matlab license?", "kal ka KPI kya tha"])
def test_matlab_the_software_is_no_hindi(hindi: Glossary, text: str) -> None:
    assert outcome(hindi, text)[0] not in ("answer", "ambiguous", "compare")

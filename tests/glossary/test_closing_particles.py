"""Issue 13, over a real SQLite glossary: a polite particle closing a question ("capm ka", "What is NPV ka", "free
cash flow na ka, investor ask") is no name, even where a glossary acronym spells it (KA), while the particle
asked alone still is ("what is ka?"); and the session's other readings: a question closed before a comma asks
nothing after it ("what idempotent mean, the dev says ..."), words saying how to answer name nothing ("the
meaning, with example if possible"), a word that only joins carries no shortened name ("in crypto"), Vietnamese
"Dạ" opening a question, Jamaican "inna" in a question asked in English, an acronym's own words typed after it
("AES encryption standard")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ka", "KA", "Knowledge area: one of the topics a certification body groups its syllabus into."),
    Term("capm", "CAPM", "Capital asset pricing model: the return investors expect for an asset's market risk."),
    Term("npv", "NPV", "Net present value: future cash flows discounted to today, minus the cost."),
    Term("put-option", "put option", "The right to sell an asset at a set price before a set date."),
    Term("fcf", "free cash flow", "Cash left after running the business and paying for its investments."),
    Term("weighted-mean", "weighted mean", "An average where some values count more than others."),
    Term("ar-turnover", "accounts receivable turnover ratio", "Sales divided by what customers owe on average.",
         aliases=["AR turnover ratio"]),
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("service", "service", "Software that does one job for other software over a network."),
    Term("dev", "dev", "Short for development: the environment or team that builds software."),
    Term("idempotence", "idempotence", "An operation that gives the same result however many times it runs."),
    Term("transaction-exposure", "transaction exposure", "The risk that exchange rates move before a deal in "
         "another currency is paid."),
    Term("x509", "X.509", "The standard format of public key certificates.", aliases=["In cryptography"]),
    Term("da", "DA", "Data architect: the person who designs how an organisation's data is stored and moved."),
    Term("capital-structure", "capital structure", "The mix of debt and equity a company funds itself with."),
    Term("expected-value", "expected value", "The average outcome, each possible result weighted by its chance."),
    Term("aes", "AES", "A symmetric cipher governments and banks use to encrypt data.",
         aliases=["Advanced Encryption Standard"]),
]

particles = glossary_fixture("particles", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("capm ka", "capm"),  # a name and a polite particle: the name alone asked
    ("capm krub", "capm"),
    ("What is NPV ka", "npv"),  # asked in English, the particle closing it
    ("put option what is ka", "put-option"),
    ("free cash flow na ka, investor ask", "fcf"),  # two of them, then a remark
    ("Can explain AR turnover ratio na ka", "ar-turnover"),
    ("weighted mean, how different from normal average? what is it ka", "weighted-mean"),
    ("what is ka?", "ka"),  # nothing else asked: the name
    ("KA?", "ka"),
    ("what idempotent mean, the dev says the API call is idempotent", "idempotence"),
    ("I am confused on transaction exposure. Please give me the meaning, with example if possible.",
     "transaction-exposure"),
    ("I am confused on transaction exposure. Give me the meaning in simple words.", "transaction-exposure"),
    ("Dạ chị ơi, capital structure là gì ạ?", "capital-structure"),
    ("expected value inna stats — how yuh define it", "expected-value"),
    ("what is AES encryption standard?", "aes"),  # the name's own words typed again after it
])
def test_the_name_asked_is_answered(particles: Glossary, text: str, expected: str) -> None:
    assert outcome(particles, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "bank reconciliation what is ka",  # the question is about what comes first: not in the glossary
    "Power BI dashboard what is ka",
    "withholding tax 3% for service, what is ka",  # not the service the remark names either
    "SLA na",  # "right?" alone, no polite particle
    "VPN kan?",
    "in crypto",  # "in" carries no shortened name
    "AES encryption standard key rotation, who owns it?",  # who, not what
])
def test_a_particle_or_a_joining_word_names_nothing(particles: Glossary, text: str) -> None:
    assert outcome(particles, text)[0] not in ("answer", "ambiguous", "compare")

"""Issue 13, over a real SQLite glossary: a polite particle closing a question ("capm ka", "What is NPV ka", "free
cash flow na ka, investor ask") is no name, even where a glossary acronym spells it (KA), while the particle
asked alone still is ("what is ka?"); and the session's other readings: a question closed before a comma asks
nothing after it ("what idempotent mean, the dev says ..."), words saying how to answer name nothing ("the
meaning, with example if possible"), a word that only joins carries no shortened name ("in crypto"), Vietnamese
"Dạ" opening a question, Jamaican "inna" in a question asked in English, an acronym's own words typed after it
("AES encryption standard"), "what X is" before a comma and a clause of its own, two particles of a tabled
language in a row ("what is ETF ya kak?"), the bot's own glossary named as the source ("according to your
glossary")."""

from __future__ import annotations

import pytest

from glossary import world_english
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

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
    Term("chaos-engineering", "chaos engineering", "Breaking parts of a system on purpose to learn how it copes."),
    Term("etf", "ETF", "Exchange-traded fund: a basket of investments bought and sold like one share."),
    Term("vpn", "VPN", "Virtual private network: a private link to the office network over the internet."),
    Term("aws", "AWS", "Amazon Web Services: Amazon's cloud."),
    Term("az", "AZ", "Availability zone: one data centre group of a cloud region, apart from the others."),
    Term("release", "release", "A version of software made available to its users."),
    Term("nda", "NDA", "Non-disclosure agreement: a contract to keep what is shared secret."),
    Term("beta", "beta", "An early version of a product, given to some users to test."),
    Term("po", "PO", "Purchase order: the buyer's written order to a supplier."),
    Term("m-and-a", "M&A", "Mergers and acquisitions: companies buying or joining other companies.",
         aliases=["mergers and acquisitions"]),
    Term("loi", "LOI", "Letter of intent: a short document saying what two parties mean to agree.",
         aliases=["letter of intent"]),
    Term("gaap", "Generally Accepted Accounting Principles (GAAP)", "The rules US companies follow in their accounts."),
    Term("agency-theory", "agency theory", "Why managers may not act in the owners' interest, and what aligns them."),
    Term("em", "EM", "Engineering manager: the person who leads a team of engineers."),
    Term("e-procurement", "e-procurement", "Buying goods and services through online systems."),
    Term("no-code", "no code", "Building software by arranging ready-made blocks instead of writing code."),
    Term("arr", "ARR", "Annual recurring revenue: a year's worth of subscription income."),
    Term("mrr", "MRR", "Monthly recurring revenue: a month's worth of subscription income."),
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
    ("Anh oi capital structure la gi", "capital-structure"),  # "Anh oi" opening it
    ("expected value inna stats — how yuh define it", "expected-value"),
    ("what is AES encryption standard?", "aes"),  # the name's own words typed again after it
    ("what chaos engineering is, the SRE team wants to run a game day next week", "chaos-engineering"),
    ("what is ETF ya kak?", "etf"),  # Indonesian particles, two in a row
    ("what is chaos engineering according to your glossary?", "chaos-engineering"),  # the source, no field
    ("what does SLA mean in your glossary?", "sla"),
    ("what is a po", "po"),  # Tagalog "po" left out by a table is still PO asked
    ("merg and acq", "m-and-a"),  # a small word inside a shortened name still carries it
    ("what does ltr of int mean", "loi"),
])
def test_the_name_asked_is_answered(particles: Glossary, text: str, expected: str) -> None:
    assert outcome(particles, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "bank reconciliation what is ka",  # the question is about what comes first: not in the glossary
    "Power BI dashboard what is ka",
    "withholding tax 3% for service, what is ka",  # not the service the remark names either
    "SLA na",  # "right?" alone, no polite particle
    "VPN kan?",  # "right?"
    "in crypto",  # a small word opening a name carries no shortened name
    "what is an aws az",  # another language's particle may be a name's word: AZ, not AWS alone
    "what is the release eta",
    "We signed the NDA with Acme. What are the details?",  # of the deal, not what an NDA is
    "yaar bhai what is stock ka beta",  # a stock's beta: Hindi "ka" is no English possessive here
    "ok ka",  # an acknowledgement, nothing asked
    "what is krub",  # a particle alone asks nothing
    "AES encryption standard key rotation, who owns it?",  # who, not what
])
def test_a_particle_or_a_joining_word_names_nothing(particles: Glossary, text: str) -> None:
    assert outcome(particles, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_particle_asked_alone_is_no_follow_up(particles: Glossary) -> None:
    """"what is krub" after an answer asks nothing of that answer: the particle is not "it"."""
    assert outcome(particles, "what is krub", last="capm")[0] not in ("answer", "ambiguous", "compare")


def test_the_particle_readings_are_linear_in_the_message() -> None:
    """A message of thousands of particles costs a pass, not a pass per particle (the review timed 34 s at 48 kB)."""
    def read(n: int) -> None:
        for text in ("capm " + "ka " * n, "what is " + "ka " * n, "ka, " * n, "Power BI what is " + "na ka " * n,
                     "capm what is ka, " * (n // 4), "capm what is sko, " * (n // 4)):  # many asking clauses
            world_english.english(text, lambda word: word in ("ka", "capm"))

    assert_linear(read, 500, 4000)


def test_a_polite_word_of_a_table_is_no_name_asked(particles: Glossary) -> None:
    """Vietnamese "giúp em" (help me): "em" is no EM asked, and "giúp" no slip of GAAP."""
    for text in ("anh explain giúp em ạ", "anh ơi define giúp em",
                 'Anh ơi, in finance class they teach "agency theory", em forget already, anh explain giúp em ạ'):
        assert outcome(particles, text)[0] != "answer" or outcome(particles, text)[1] == ["agency-theory"]


@pytest.mark.parametrize(("text", "expected"), [
    ("e procurement?", "e-procurement"),  # no Portuguese "and procurement?"
    ("e procurement mean?", "e-procurement"),
    ("qué es no code?", "no-code"),  # the translation kept, the name put back in it: no "what is not code?"
    ("galera, what is ARR, no wait, MRR, obrigado", "mrr"),  # English "no wait" in a Portuguese-marked message
])
def test_a_translation_never_breaks_a_name_or_english(particles: Glossary, text: str, expected: str) -> None:
    assert outcome(particles, text) == ("answer", [expected])


def test_a_particle_after_a_pronoun_is_a_follow_up(particles: Glossary) -> None:
    """"what does it mean ka" asks about the last answer, not KA."""
    assert outcome(particles, "what does it mean ka", last="capm") == ("answer", ["capm"])


def test_explaining_the_details_of_a_deal_asks_no_meaning(particles: Glossary) -> None:
    assert outcome(particles, "We signed the NDA with Acme. Can you explain the details?")[0] != "answer"


def test_keeping_names_is_linear_in_the_message() -> None:
    """Every pair of words is looked up once; the reading's pairs are a set (the review timed 2.7 s at 8k pairs)."""
    from glossary import names_kept

    named = lambda words: object() if words == ["e commerce"] else None  # noqa: E731 - the glossary's look-up
    assert_linear(lambda n: names_kept.kept("what is and x commerce " * n, "o que é e y commerce " * n,
                                            named), 1000, 8000)  # type: ignore[arg-type]

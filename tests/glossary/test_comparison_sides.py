"""Issue 13, comparisons over a real SQLite glossary: a side typed short ("waterfall" for waterfall
development, "sre"), a side sharing the other's head word ("a tightly coupled one"), a side followed by its
story ("for the new portal"), cue words that compare ("both", "which one", "the opposite of", "what's the
distinction"), and the sense of an ambiguous side read from the other side's field. A side that names no
term keeps the comparison one-sided: never a confident answer about the other."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("waterfall", "waterfall development", "Building software in fixed phases, one after the other."),
    Term("agile", "agile", "Building software in short cycles, changing the plan as you learn.", tags=["it"]),
    Term("sharpe", "Sharpe ratio", "Return earned per unit of total risk.", tags=["finance"]),
    Term("treynor", "Treynor ratio", "Return earned per unit of market risk.", tags=["finance"]),
    Term("monolith", "monolithic apps", "An application built and deployed as one piece."),
    Term("micro", "microservices architecture", "An application split into small services deployed apart."),
    Term("canary", "canary deployment", "Releasing a change to a few users first."),
    Term("bluegreen", "blue green deployment", "Running two copies of production and switching between them."),
    Term("sre", "site reliability engineering", "Running production with software engineering methods."),
    Term("platform", "platform engineering", "Building the internal tools other teams deploy with."),
    Term("secured", "secured loans", "Loans backed by something the lender can take."),
    Term("unsecured", "unsecured loans", "Loans backed only by the borrower's promise."),
    Term("loose", "loosely coupled architecture", "Parts that can change without the others."),
    Term("tight", "tightly coupled architecture", "Parts that must change together."),
    Term("ffp", "firm fixed-price contract", "A contract whose price does not change with the cost."),
    Term("tm", "time-and-materials contract", "A contract paid by the hour plus the cost of materials."),
    Term("scorp", "S corporation", "A company whose profits are taxed only as its owners' income."),
    Term("ccorp", "C corporation", "A company taxed on its own profits."),
    Term("latent", "latent defect", "A flaw nobody could see at delivery."),
    Term("patent", "patent defect", "A flaw anybody could see at delivery."),
    Term("call", "call option", "The right to buy at a set price.", tags=["finance"]),
    Term("put", "put option", "The right to sell at a set price.", tags=["finance"]),
    Term("union", "union shop", "A workplace where new hires must join the union."),
    Term("agency", "agency shop", "A workplace where non-members pay the union a fee."),
    Term("loc", "letter of credit", "A bank's promise to pay a seller.", tags=["finance"]),
    Term("sast", "SAST", "Testing source code for security flaws without running it."),
    Term("pull", "pull request", "A proposed code change.", aliases=["PR"], tags=["it"]),
    Term("procure", "procurement request", "A request to buy something.", aliases=["PR"], tags=["government"]),
    Term("publicity", "publicity", "Attention from the media that a company does not pay for.", tags=["business"]),
    Term("junk", "junk bonds", "Bonds with a low credit rating and a high yield."),
    Term("bonds", "bonds", "Loans to a company or a government, sold as securities."),
    Term("forecast", "forecast", "An estimate of future results."),
    Term("boc", "budget object code", "A code that says what kind of thing money was spent on."),
    Term("fss", "FSS", "Federal Supply Schedule.", aliases=["Federal Supply Schedule"]),
    Term("mas", "MAS", "Multiple Award Schedule.", aliases=["Multiple Award Schedule"]),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "ids"), [
    ("treynor vs sharpe for my fund?", ["treynor", "sharpe"]),
    ("agile vs waterfall for a five-person team?", ["agile", "waterfall"]),
    ("monolith vs microservices in plain words", ["monolith", "micro"]),
    ("canary vs blue green, which is less risky", ["canary", "bluegreen"]),
    ("sre vs platform engineering - same team?", ["sre", "platform"]),
    ("difference between secured and unsecured loans?", ["secured", "unsecured"]),
    ("how does a loosely coupled architecture differ from a tightly coupled one", ["loose", "tight"]),
    ("firm fixed price vs time-and-materials contract for the new portal", ["ffp", "tm"]),
    ("S corporation vs C corporation: what's the real difference", ["scorp", "ccorp"]),
    ("the lawyer wrote 'latent defect', the inspector 'patent defect'. what's the distinction?", ["latent", "patent"]),
    ("call option and put option, which one lets me sell?", ["call", "put"]),
    ("union shop or agency shop — explain both please", ["union", "agency"]),
    ("is a put option the opposite of a call option?", ["put", "call"]),
])
def test_both_sides_are_found(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


@pytest.mark.parametrize("text", [
    "letter of intent vs letter of credit?",  # "intent" is in no name: one side is unknown
    "SAST vs DAST for our pipeline",
    "what's a letter of intent, is it the same as a letter of credit?",  # "it" is not a side
    "PR vs publicity, is there a difference",  # no PR here is in publicity's field: which PR is unknown
])
def test_one_side_unknown_is_never_answered(glossary: Glossary, text: str) -> None:
    status, _ = outcome(glossary, text)
    assert status in ("suggest", "unknown")


def test_the_reply_names_the_sides_without_their_story(glossary: Glossary) -> None:
    result = glossary.lookup("agile vs waterfall in two sentences?")
    assert (result.status, result.subject) == ("compare", "agile vs waterfall")


@pytest.mark.parametrize("text", [
    "letter of credit vs bank guarantee - what is a letter of credit exactly?",
    "SAST vs pen testing... actually mostly wondering what SAST is",
])
def test_a_one_sided_comparison_that_also_asks_what_the_term_is_answers_it(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] == "answer"


@pytest.mark.parametrize("text", ["what's a letter of credit vs a bank guarantee?",
                                  "what is SAST, is it the same as DAST?"])
def test_what_is_x_inside_the_comparison_stays_one_sided(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] in ("suggest", "unknown")


@pytest.mark.parametrize(("text", "ids"), [
    ("is a call option the same instrument as a put option?", ["call", "put"]),
    ("union shop or agency shop for the new plant? explain both please", ["union", "agency"]),
    ("secured loans and unsecured loans for the budget memo, what do they each mean", ["secured", "unsecured"]),
    ("monolith or microservices — how do they differ?", ["monolith", "micro"]),
    ("why pick canary deployment over blue green deployment, what's the difference", ["canary", "bluegreen"]),
])
def test_two_terms_named_together_then_asked_about_as_a_pair_are_compared(glossary: Glossary, text: str,
                                                                           ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


def test_a_pair_that_names_no_term_is_not_compared(glossary: Glossary) -> None:
    assert outcome(glossary, "coffee or tea — how do they differ?")[0] != "compare"


def test_a_term_likened_to_a_description_is_answered_not_compared(glossary: Glossary) -> None:
    assert outcome(glossary, "are junk bonds just bonds that are low rated?") == ("answer", ["junk"])


def test_an_everyday_word_alone_is_no_longer_name_it_begins(glossary: Glossary) -> None:
    assert outcome(glossary, "what does finance mean by a forecast vs a budget?")[0] != "compare"


def test_the_same_pair_named_twice_is_one_comparison(glossary: Glossary) -> None:
    text = ("the agenda lists both the Federal Supply Schedule and the Multiple Award Schedule. I thought they "
            "were one thing - how do FSS and MAS compare?")
    assert outcome(glossary, text) == ("compare", ["fss", "mas"])


@pytest.mark.parametrize(("text", "ids"), [
    ("the board will argue about monolith vs microservices. What's the difference between the two?",
     ["monolith", "micro"]),
    ("the ops report lists both SAST and the treynor ratio. what's the difference between the two metrics?",
     ["sast", "treynor"]),
    ("Canary and blue green deployment, what is difference? Which is safer?", ["canary", "bluegreen"]),
])
def test_the_pair_before_a_question_about_the_two_is_compared(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)

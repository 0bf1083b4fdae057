"""Comparisons read from the terms a message names and a word that compares (glossary/contrast.py), and
sides that share a head word ("blue green vs canary deployment"), over a real SQLite glossary. A message
that only mentions two terms, or compares things that are no terms, stays as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("npv", "NPV", "The value today of future cash flows.", aliases=["net present value"]),
    Term("irr", "IRR", "The discount rate at which the NPV is zero.", aliases=["internal rate of return"]),
    Term("iaas", "IaaS", "Renting servers, storage and networks.", aliases=["infrastructure as a service"]),
    Term("paas", "PaaS", "Renting a platform to run code on.", aliases=["platform as a service"]),
    Term("blue-green", "blue-green deployment", "Two production environments, switched at release."),
    Term("canary", "canary deployment", "A release sent to a few users first."),
    Term("tight", "tightly coupled architecture", "Parts that depend closely on each other."),
    Term("loose", "loosely coupled architecture", "Parts that change without each other."),
    Term("public-cloud", "public cloud", "Computing rented from a provider, shared with others."),
    Term("private-cloud", "private cloud", "Computing run for one organization only."),
    Term("ffp", "firm fixed-price contract", "A contract whose price does not change."),
    Term("tm", "time-and-materials contract", "A contract paid by the hour plus materials."),
    Term("cfo", "CFO", "The executive in charge of finance.", aliases=["chief financial officer"]),
    Term("comptroller", "comptroller", "The officer who keeps the accounts."),
    Term("relationship-marketing", "relationship marketing", "Marketing that keeps customers for long."),
    Term("pricing-strategy", "pricing strategy", "How a company sets its prices."),
    Term("budget", "budget", "Money planned for a period.", tags=["finance"]),
    Term("debit", "debit", "An entry on the left of an account: more assets or less owed."),
    Term("credit", "credit", "An entry on the right of an account: fewer assets or more owed."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "contrast", TERMS)


@pytest.mark.parametrize(("text", "ids"), [
    ("NPV and IRR, what's the difference?", ["npv", "irr"]),
    ("I always mix up NPV and IRR", ["npv", "irr"]),
    ("i always mix up npv and irr", ["npv", "irr"]),
    ("confused between IaaS and PaaS", ["iaas", "paas"]),
    ("are NPV and IRR the same thing", ["npv", "irr"]),
    ("NPV or IRR - which is which?", ["npv", "irr"]),
    ("IRR/NPV, are they similar?", ["irr", "npv"]),
    ("can someone help me distinguish PaaS from IaaS", ["paas", "iaas"]),
    ("I keep confusing IRR with NPV", ["irr", "npv"]),
    ("how are NPV and IRR related", ["npv", "irr"]),
    ("I can never tell IaaS and PaaS apart", ["iaas", "paas"]),
    ("debit and credit - which is which again?", ["debit", "credit"]),  # everyday words joined to each other
    ("I always mix up debit and credit", ["debit", "credit"]),
])
def test_a_cue_and_terms_named_together_compare_them_in_the_order_written(glossary: Glossary, text: str,
                                                                           ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


def test_terms_named_before_how_do_they_differ_are_compared(glossary: Glossary) -> None:
    text = ("We've been asked to pick a contract type and the two options on the table are a firm fixed-price "
            "contract or a time-and-materials contract. My CO explained it but it went over my head. How do they "
            "differ? I have to explain the tradeoff to my boss by Wednesday.")
    assert outcome(glossary, text) == ("compare", ["ffp", "tm"])


def test_a_side_that_is_no_name_but_names_one_term_is_that_term(glossary: Glossary) -> None:
    assert outcome(glossary, "what's the difference between the CFO's job and the comptroller's job") \
        == ("compare", ["cfo", "comptroller"])


@pytest.mark.parametrize(("text", "ids"), [
    ("blue green vs canary deployment?", ["blue-green", "canary"]),
    ("what is the difference between tightly coupled and loosely coupled architecture", ["tight", "loose"]),
    ("public or private cloud?", ["public-cloud", "private-cloud"]),
])
def test_sides_sharing_a_head_word_are_completed_with_it(glossary: Glossary, text: str, ids: list[str]) -> None:
    result = glossary.lookup(text)
    assert (result.status, [m.id for m in result.matches]) == ("compare", ids)
    assert result.subject.split(" vs ")[0] in {"blue green deployment", "tightly coupled architecture",
                                                "public cloud"}


@pytest.mark.parametrize("text", ["I mixed up the dates and the budget", "coffee or tea?",
                                  "red or green deployment?", "is the difference between us and them clear?"])
def test_comparing_things_that_are_no_terms_is_never_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", ["we discussed NPV and IRR in the meeting today", "NPV and IRR are on the slide"])
def test_two_terms_mentioned_without_a_cue_are_not_compared(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "compare"


def test_a_cue_far_from_the_terms_or_inside_a_term_compares_nothing(glossary: Glossary) -> None:
    text = ("Marketing said our market is federal agencies, our pricing strategy is penetration pricing, and "
            "we're doing relationship marketing. Then someone asked what NPV is. what's NPV?")
    assert outcome(glossary, text) == ("answer", ["npv"])


@pytest.mark.parametrize("text", ["I always mix up NPV and XIRR", "confused between IaaS and FaaS"])
def test_a_cue_with_one_side_unknown_never_answers_the_known_side(glossary: Glossary, text: str) -> None:
    status, _ = outcome(glossary, text)
    assert status == "suggest"


def test_a_question_about_one_term_is_still_answered(glossary: Glossary) -> None:
    assert outcome(glossary, "NPV and IRR are on the slide, what's NPV?") == ("answer", ["npv"])
    assert outcome(glossary, "what is the difference between NPV and IRR") == ("compare", ["npv", "irr"])


@pytest.mark.parametrize(("text", "ids"), [
    ("NPV or IRR - which one should decide the project?", ["npv", "irr"]),
    ("IaaS or PaaS, which one do we need for the pilot", ["iaas", "paas"]),
])
def test_a_choice_between_two_terms_is_a_comparison(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


def test_a_which_question_about_one_term_compares_nothing(glossary: Glossary) -> None:
    assert outcome(glossary, "which NPV do we report, the one in the deck?")[0] != "compare"


@pytest.mark.parametrize("text", [
    "> we went blue-green last time, not canary\ncan someone explain blue-green vs canary deployment?",
    "loosely coupled vs tightly coupled architecture - what's the actual difference?",
])
def test_shared_heads_work_behind_a_request_and_an_adjective(glossary: Glossary, text: str) -> None:
    result = glossary.lookup(text)
    assert result.status == "compare" and len(result.matches) == 2
    assert len(result.subject.split(" vs ")[0].split()) <= 4  # the title names the terms, not the request

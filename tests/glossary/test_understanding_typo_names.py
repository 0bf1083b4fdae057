"""Names of several words typed with slips inside a longer message (glossary/typo_names.py), over a real
SQLite glossary: a name laid word by word over what was typed is answered only when it alone fits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

#: Eight names ending in "contract" make it a class head the glossary's own names may be said without.
CONTRACTS = [Term("c-" + n.replace(" ", "-"), f"{n} contract", f"A {n} contract.") for n in (
    "cost plus award fee", "cost plus incentive fee", "time and materials", "labor hour", "letter",
    "requirements", "definite quantity")]

TERMS = [
    Term("mttr", "MTTR", "Mean time to recovery: how long a service takes to come back.",
         aliases=["mean time to recovery"]),
    Term("mean", "mean", "The average of a set of numbers."),
    Term("xss", "XSS", "Cross-site scripting: injecting scripts into pages others view.",
         aliases=["cross-site scripting"]),
    Term("herzberg", "Herzberg's two-factor theory", "Motivators and hygiene factors at work."),
    Term("closed-shop", "closed shop", "A workplace that hires only union members."),
    Term("terraform", "Terraform", "A tool that writes cloud infrastructure as code."),
    Term("ffp", "firm fixed price contract", "A contract whose price does not change.", aliases=["FFP"]),
    Term("index-fund", "index fund", "A fund that tracks a market index."),
    Term("index-bond", "index bond", "A bond whose payments follow an index, such as inflation."),
    Term("dos", "denial of service", "Flooding a system so real users cannot reach it."),
    Term("hoc", "hierarchy of controls", "Ways to control hazards, from most to least effective."),
    Term("lb-er", "load balancer", "A server that spreads traffic over several others."),
    Term("lb-ing", "load balancing", "Spreading traffic over several servers."),
    Term("irs", "interest rate swap", "Exchanging fixed interest payments for floating ones."),
    Term("sow", "statement of work", "What a contractor will do, by when, and how it is checked."),
    Term("agency-shop", "agency shop", "Non-members pay the union a fee for representation."),
    *CONTRACTS,
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "typo-names", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("our sre lead keeps citing mean tiem to recovery, what is that exactly", "mttr"),  # "mean" is a term too
    ("whats a cross site scriptng attack", "xss"),  # a word after the name
    ("Herzbergs two factr theory - what are the factors?", "herzberg"),  # possessive dropped, a slip
    ("what is a closed shp in union terms", "closed-shop"),  # a letter missed from a short word
    ("The vendor deck mentions Terraformm everywhere. What is it?", "terraform"),  # pointed back at
    ("firm fixed prise, what does that mean for us", "ffp"),  # said without its class head "contract"
    ("what is an idnex fnud", "index-fund"),  # every word a keystroke off
    ("my manager keeps on about the denial of servce attack. what is it", "dos"),  # through "of", pointed back
    ("can you explain the hierachy of controls for the safety audit", "hoc"),
    ("whats a statment of wrok (SOW)? procurement keeps asking for one", "sow"),  # spelt out, no SOW defined
])
def test_a_name_mistyped_word_by_word_is_answered(glossary: Glossary, text: str, term_id: str) -> None:
    assert outcome(glossary, text) == ("answer", [term_id])


def test_the_answer_names_what_was_typed(glossary: Glossary) -> None:
    result = glossary.lookup("our sre lead keeps citing mean tiem to recovery, what is that exactly")
    assert result.subject == "mean tiem to recovery"


def test_two_names_as_close_are_offered_not_answered(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "my advisor said an index bund suits my pension, what is it")
    assert status == "suggest"
    assert {"index-fund", "index-bond"} <= set(ids)


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is an agency ship in union terms", "agency-shop"),  # "ship" is a word of its own, not a slip
    ("my advisor said an index fond suits my pension, what is it", "index-fund"),  # so is "fond"
    ("what is an intrest rate", "irs"),  # "swap" is no class head a name is said without
    ("we met the agency. shp is what?", "agency-shop"),  # a sentence boundary is never crossed
    ("what is the closed shp policy of the LOAD BALANCR team", "lb-er"),  # an acronym-like capital word
])
def test_a_look_alike_is_never_answered(glossary: Glossary, text: str, term_id: str) -> None:
    status, ids = outcome(glossary, text)
    assert not (status == "answer" and ids == [term_id])

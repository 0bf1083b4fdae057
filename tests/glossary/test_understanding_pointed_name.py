"""Issue 13, over a real SQLite glossary: a pronoun question ("what is it", "what are those", "what does that
mean") answers the one name of several words written just before it (glossary/pointed_name.py), and only
when no other reading is plausible: another specific name, an acronym, an unknown phrase or a rare modifier
nearer the pronoun, or a noun the name only belongs to, leave the message offered, never answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("aoi", "articles of incorporation", "The document that creates a corporation under state law."),
    Term("rr", "reserve requirement", "The share of deposits a bank must hold in reserve."),
    Term("sow", "statement of work (SOW)", "The part of a contract that says what work is done."),
    Term("cd", "cash discount", "A price cut for paying an invoice early."),
    Term("nd", "normal distribution", "The bell curve: values spread evenly around their mean."),
    Term("cp", "commission plan", "How sales people are paid for what they sell."),
    Term("rev", "recurring revenue", "Revenue that comes back every period."),
    Term("cui", "CUI", "Controlled unclassified information."),
    Term("it", "IT", "Information technology."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "pointed_name", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("our banking partner mentioned the reserve requirement re: our deposits. what is it?", "rr"),
    ("the vendor mentioned a statement of work. what is it?", "sow"),
    ('the supplier offers "2/10 net 30". that\'s a cash discount right? what does it mean', "cd"),
    ("normal distribution / bell curve — what is it exactly?", "nd"),
    ("legal keeps bringing up the reserve requirement. what does that mean", "rr"),
])
def test_a_pronoun_question_answers_the_one_name_before_it(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "liquidated damages in the statement of work - what are those",  # the damages, not the SOW
    "we got a copy of the articles of incorporation, what is that",  # the copy may be what is asked
    "the statement of work mentions a kill fee. what is that?",  # the fee, named nearer the pronoun
    "the board asked about annual recurring revenue. what is it?",  # a rare modifier: another concept
    "the reserve requirement and the cash discount both came up. what are they?",  # two names
    "AUP engagement, not the statement of work. what is it",  # denied
    "there's a big CUI stamp on the binder, what is that",  # an acronym: maybe another sense
    "we got the statement of work template today. what is it?",  # the template, the name's head
    "our banking partner mentioned the reserve requirement re: our deposits. who enforces it?",  # a verb
])
def test_another_reading_leaves_the_pronoun_question_unanswered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


GLOSSED_TERMS = [
    Term("tvm", "time value of money", "A dollar today is worth more than a dollar later."),
    Term("mob", "make or buy decision", "Choosing between making a part in-house and buying it."),
    Term("pv", "present value", "What a future sum is worth today."),
]


@pytest.fixture(scope="module")
def glossed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "glossed", GLOSSED_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("time value of money — a dollar today vs tomorrow thing? why does it matter", "tvm"),
    ("make or buy decision == build vs buy?", "mob"),
    ("the time value of money -> cash now vs cash later?", "tvm"),
])
def test_a_vs_inside_the_gloss_of_a_name_asks_about_the_name(glossed: Glossary, text: str, term: str) -> None:
    assert outcome(glossed, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "time value of money vs inflation",  # the name itself compared: one side unknown
    "time value of money — how is it different vs inflation?",  # the gloss points back: a comparison
    "time value of money: better vs bonds?",  # a word that compares
    "a dollar today vs tomorrow, time value of money?",  # no name opens the first side
])
def test_a_comparison_of_the_name_stays_unanswered(glossed: Glossary, text: str) -> None:
    assert outcome(glossed, text)[0] != "answer"


def test_a_comparison_of_two_names_is_still_compared(glossed: Glossary) -> None:
    assert outcome(glossed, "time value of money — how is it different vs present value?") == ("compare", ["tvm", "pv"])

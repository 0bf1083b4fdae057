"""Issue 13, over a real SQLite glossary: a name typed short (a word clipped or business shorthand) inside a
longer message is that name, not a word inside it that is a term of its own ("workers comp — what is it",
"std dev — def"); the distinctive word of a two-word name, asked in a question, is that name ("what does
waterfall mean"); an everyday word, an acronym, a name said after "not" or in passing is left alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("workers-comp", "worker's compensation", "Insurance that pays an employee hurt at work."),
    Term("comps", "comparable company analysis (comps)", "Valuing a company by the prices of similar ones."),
    Term("std-dev", "standard deviation", "How far values spread around their mean."),
    Term("variance", "variance", "The mean of the squared distances from the mean."),
    Term("dev", "dev", "Short for developer, or the development environment."),
    Term("ppi-info", "past performance information", "What a vendor did on earlier contracts.",
         aliases=["PPI"]),
    Term("producer-ppi", "producer price index (PPI)", "Prices producers get for their goods, over time."),
    Term("iac", "infrastructure as code", "Servers and networks described in files a tool applies."),
    Term("org-chart", "organization chart", "A diagram of who reports to whom."),
    Term("platform-eng", "platform engineering", "Building the internal platform product teams run on."),
    Term("noncurrent", "noncurrent assets", "Assets held longer than a year."),
    Term("waterfall", "waterfall development", "Building software in phases, each finished before the next."),
    Term("blockchain", "blockchain technology", "A shared ledger that nobody can quietly rewrite."),
    Term("cor", "COR", "The contracting officer's representative."),
    Term("voc", "VOC", "What customers say they want.", aliases=["Voice of (the) Customer"]),
    Term("capex", "capital expenditures", "Money spent on assets that last years: buildings, machines, servers."),
    Term("cost-contract", "cost contract", "A contract paying the seller's allowed costs, with no fee."),
    Term("it", "IT", "Information technology: the computers and networks a business runs on."),
]

clipped = glossary_fixture("clipped", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("workers comp — what is it, someone tripped on a cable", "workers-comp"),
    ("std dev — def", "std-dev"),
    ("infra as code... what is it for? why not just click around in the console", "iac"),
    ("we need past performance info. what is past performance?", "ppi-info"),
    ("customer said theyre still waterfall, what does waterfall mean for software", "waterfall"),
    ("what is blockchain", "blockchain"),
])
def test_a_name_typed_short_in_a_message_is_answered(clipped: Glossary, text: str, term: str) -> None:
    assert outcome(clipped, text) == ("answer", [term])


def test_both_sides_of_a_comparison_may_be_typed_short(clipped: Glossary) -> None:
    text = "variance vs std dev — which one goes on the chart?"
    assert outcome(clipped, text) == ("compare", ["variance", "std-dev"])


@pytest.mark.parametrize(("text", "term"), [
    ("new 'platform engineering' team in the org chart. what do they do", "platform-eng"),  # in passing
    ("PPI — producer price index, not past performance info. def", "producer-ppi"),  # said after "not"
    ("who is the COR on a contract and what do they actually do all day", "cor"),  # an acronym is no clipping
])
def test_a_name_typed_short_does_not_take_the_question_from_another(clipped: Glossary, text: str, term: str) -> None:
    assert outcome(clipped, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "owners equity = net assets? confirm def",  # "net" is a word: never a vowel-dropped "noncurrent"
    "the waterfall by the office is frozen lol",  # asks nothing
    "what is the comp for this role",  # one word, an everyday clipping: not worker's compensation
])
def test_no_name_is_read_into_everyday_words(clipped: Glossary, text: str) -> None:
    status, ids = outcome(clipped, text)
    invented = {"noncurrent", "waterfall", "workers-comp"} & set(ids)
    assert status not in ("answer", "ambiguous", "compare") or not invented, (text, status, ids)


@pytest.mark.parametrize("text", [
    "workers comp kiyanne? IT budget eke column eka",  # IT, a sentence later, is no rival to the name typed short
    "workers comp enu? worker's compensation antha finance head kelthidaare",  # named again in full: no rival
])
def test_a_name_typed_short_has_no_rival_in_another_sentence_or_in_its_own_full_name(clipped: Glossary,
                                                                                      text: str) -> None:
    assert outcome(clipped, text) == ("answer", ["workers-comp"])


@pytest.mark.parametrize("text", ["costco enu?", "intro kiyanne?"])
def test_one_word_is_never_read_as_a_name_typed_short(clipped: Glossary, text: str) -> None:
    """One word ("costco": cost + co) is too often a brand or a word of its own, whatever asks beside it."""
    assert outcome(clipped, text)[0] != "answer"


def test_one_word_typed_short_elsewhere_is_no_name(clipped: Glossary) -> None:
    """"costco" reads as cost + co (cost contract), but no word beside it asks: a brand, left alone."""
    assert outcome(clipped, "what's a cost contract, my mom says costco does it")[1] == ["cost-contract"]
    assert outcome(clipped, "my mom says costco is cheap")[0] != "answer"

"""Bare expansions give way to explanations (issue 13, with a big acronym list): over a real SQLite glossary
where most acronyms only spell out their letters, the sense the glossary explains is answered and the bare
expansions are listed under it; an everyday word is never read as an acronym's plural or as a bare alias."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.answers import lookup_reply
from glossary.explained import explains
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("cma", "certified management accountant (CMA)", "An accountant certified in management accounting."),
    Term("va-cma", "CMA", "Change Management Agent.", aliases=["Change Management Agent"]),
    Term("va-cma-2", "CMA", "Case Management Assistant.", aliases=["Case Management Assistant"]),
    Term("pr-code", "PR", "A proposed change to code, waiting for review.", aliases=["pull request"]),
    Term("pr-buy", "PR", "A request to buy something, before a purchase order.", aliases=["purchase request"]),
    Term("va-pr", "PR", "Payer Relations.", aliases=["Payer Relations"]),
    Term("ehr", "electronic health record", "A patient's chart, kept as software instead of paper."),
    Term("va-ehr", "EHR", "Electronic Health Record.", aliases=["Electronic Health Record"]),
    Term("va-goe", "GOE", "General Operating Expenses.", aliases=["General Operating Expenses"]),
    Term("cogs", "cost of goods sold", "What the things a company sold cost it to make or buy."),
    Term("irr", "internal rate of return (IRR)", "The yearly return at which a project's cash flows net to zero."),
    Term("va-r", "R", "Right.", aliases=["Right"]),
    Term("sow", "statement of work (SOW)", "The document that says what a contractor will deliver."),
    Term("gao", "Government Accountability Office", "The auditors who work for Congress.", aliases=["GAO"]),
    Term("va-gao", "GAO", "Gulf Area Office.", aliases=["Gulf Area Office"]),
    Term("port-443", "Port 443", "The port that encrypted web traffic uses.", aliases=["HTTPS"]),
    Term("https", "HTTPS", "Hypertext Transfer Protocol Secure.", aliases=["Hypertext Transfer Protocol Secure"]),
    Term("dc-1", "DC", "Data Center.", aliases=["Data Center"]),
    Term("dc-2", "DC", "Domain Controller.", aliases=["Domain Controller"]),
    Term("datacenter", "data center", "A building full of servers, power and cooling."),
    Term("ffp", "firm fixed price contract", "A contract whose price does not change with the seller's costs."),
    Term("va-ffp", "FFP", "Firm Fixed Price.", aliases=["Firm Fixed Price"]),
    Term("bom", "bill of material", "The list of parts that go into one product."),
    Term("va-bom", "BOM", "Bill of Materials.", aliases=["Bill of Materials"]),
    Term("va-wo", "W/O", "With Out.", aliases=["With Out"]),
    Term("cpi-1", "Consumer Price Index (CPI)", "A measure of how prices of everyday goods change over time."),
    Term("cpi-2", "Consumer price index (CPI)", "The average change in the prices households pay, month by month."),
    Term("va-cpi", "CPI", "Cost Performance Index.", aliases=["Cost Performance Index"]),
    Term("va-cpi-2", "CPI", "Critical Priority Incident.", aliases=["Critical Priority Incident"]),
    Term("ehrm", "EHRM", "The programme that replaces the old patient record system.",
         aliases=["Electronic Health Record Modernization"]),
    Term("va-ehr2", "EHR2", "Electronic Health Record.", aliases=["Electronic Health Record"]),
    Term("va-who", "WHO", "World Health Organization.", aliases=["World Health Organization"]),
    Term("cor", "Contracting Officer's Representative", "The person who checks a contractor's work day to day.",
         aliases=["COR"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "explained", TERMS)


def test_a_bare_expansion_explains_nothing() -> None:
    by_id = {t.id: t for t in TERMS}
    assert not explains(by_id["va-cma"]) and not explains(by_id["va-r"])
    assert explains(by_id["cma"]) and explains(by_id["va-cma"].__class__("x", "X", "X.", examples=["X in use"]))


@pytest.mark.parametrize("text", ["what's a CMA?", "CMA?", "What's a CMA? one of the applicants has it on her CV"])
def test_the_one_explained_sense_is_answered_and_the_others_listed(glossary: Glossary, text: str) -> None:
    result = glossary.lookup(text)
    assert (result.status, [m.id for m in result.matches]) == ("answer", ["cma"])
    assert [m.id for m in result.others] == ["va-cma", "va-cma-2"]
    assert [s["id"] for s in result.to_dict()["other_senses"]] == ["va-cma", "va-cma-2"]


def test_the_reply_lists_the_other_expansions_as_buttons(glossary: Glossary) -> None:
    result = glossary.lookup("what's a CMA?")
    reply = lookup_reply(result, {t.id: t for t in TERMS})
    assert reply.text.startswith("certified management accountant (CMA): An accountant")
    assert "CMA can also stand for: Change Management Agent, Case Management Assistant" in reply.text
    assert [(b.label, b.value) for b in reply.choices] == [
        ("CMA (Change Management Agent)", {"term_id": "va-cma"}),
        ("CMA (Case Management Assistant)", {"term_id": "va-cma-2"})]


def test_an_acronym_the_explained_name_abbreviates_is_its_sense(glossary: Glossary) -> None:
    assert outcome(glossary, "The bid protest went to GAO. What is GAO?") == ("answer", ["gao"])


def test_an_entry_that_only_lists_the_name_as_an_alias_is_no_sense_of_it(glossary: Glossary) -> None:
    """"Port 443" aliased HTTPS is where HTTPS goes, not what it means: the entry named HTTPS answers,
    though it only spells itself out and the port entry explains more."""
    assert outcome(glossary, "what is HTTPS") == ("answer", ["https"])


def test_two_bare_senses_stay_two_even_when_one_is_explained_elsewhere(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "the DC went down, what is a DC")
    assert status == "ambiguous" and set(ids) == {"datacenter", "dc-2"}


def test_two_explained_senses_still_ask_which(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "what is a PR")
    assert status == "ambiguous" and set(ids) == {"pr-code", "pr-buy", "va-pr"}
    assert glossary.lookup("what is a PR").others == []


def test_a_bare_sense_whose_expansion_is_explained_answers_that_entry(glossary: Glossary) -> None:
    assert outcome(glossary, "what is an EHR?") == ("answer", ["ehr"])
    assert outcome(glossary, "what is an EHR (electronic health record)") == ("answer", ["ehr"])


@pytest.mark.parametrize(("text", "term"), [
    ("firm fixed price - what does that mean for us if the vendor underbids?", "ffp"),  # the name without its head
    ("they said the award would be *firm fixed price*. eli5 pls", "ffp"),
    ("whats a BOM? engineering changed it again", "bom"),  # the expansion in the plural, the name singular
    ("bill of materials meaning", "bom"),
])
def test_a_bare_expansion_of_an_explained_name_answers_it(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_word_of_substance_is_never_dropped_to_name_another_entry(glossary: Glossary) -> None:
    # "Electronic Health Record" names the explained record, not the EHR Modernization programme
    assert outcome(glossary, "what is EHR2") == ("answer", ["ehr"])


@pytest.mark.parametrize(("text", "term"), [
    ("Who or what is the COR on the agency side? I would like to understand the role.", "cor"),
    ("why do the old handsets drop calls without it? what is VoLTE", None),  # "without" is no W/O
])
def test_a_capitalised_or_joined_everyday_word_is_no_acronym(glossary: Glossary, text: str, term: str | None) -> None:
    status, ids = outcome(glossary, text)
    assert "va-who" not in ids and "va-wo" not in ids
    if term:
        assert (status, ids) == ("answer", [term])


def test_the_follow_up_for_the_other_meanings_lists_the_expansions(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "and the other one?", last="cma")
    assert status == "ambiguous" and ids == ["va-cma", "va-cma-2"]


@pytest.mark.parametrize(("text", "not_answered"), [
    ("what goes into cost of goods sold?", "va-goe"),  # "goes" is the verb, not the plural of GOE
    ("what goes into it?", "va-goe"),
    ("IRR is basically the ROI percentage, right?", "va-r"),  # "right" is only an alias of R
    ("SOW = the scope of work, right? the agency sent one over", "va-r"),
])
def test_an_everyday_word_is_no_acronym(glossary: Glossary, text: str, not_answered: str) -> None:
    status, ids = outcome(glossary, text)
    assert not_answered not in ids
    if "IRR" in text:
        assert (status, ids) == ("answer", ["irr"])
    if "SOW" in text:
        assert (status, ids) == ("answer", ["sow"])
    if "cost of goods" in text:
        assert (status, ids) == ("answer", ["cogs"])


def test_right_alone_is_the_word_not_its_alias(glossary: Glossary) -> None:
    """An expansion that is one everyday word never answers on its own (glossary/bare_names.py): "right" is
    the word, and R's whole definition is "Right" (test_bare_names.py)."""
    status, ids = outcome(glossary, "what does right mean")
    assert not (status == "answer" and "va-r" in ids)


def test_one_concept_explained_by_two_sources_is_one_explained_sense(glossary: Glossary) -> None:
    """"CPI": two sources explain the consumer price index, two bare expansions only spell other senses."""
    result = glossary.lookup("what's cpi")
    assert result.status == "answer" and result.matches[0].id in {"cpi-1", "cpi-2"}
    assert {m.id for m in result.others} == {"va-cpi", "va-cpi-2"}

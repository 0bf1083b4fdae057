"""Issue 13: of an asked name's senses, the one the message says it means, over a real SQLite glossary.
Words the asker denies ("not the credit grade") point to no sense; a sense the asker rules out is dropped
before the others are weighed; a field named on purpose ("in networking", "(company type)") narrows the
senses to those whose own words it names, else weighs its words' fields with a smaller margin than words
said in passing; the entries of the other terms the message names say which field it speaks (sense_choice.py,
negation.denied_words, fields.Fields.fitting, field_words.STATED_MARGIN, named_terms.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import negation, normalize
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

_WORDS = {
    "business": ["shareholders", "dividends", "partnership", "bankruptcy", "marketing"],
    "it": ["routers", "packets", "switches", "firmware", "bandwidth"],
    "gov": ["contracting", "procurement", "solicitation", "appropriation", "obligation"],
    "va": ["veterans", "clinics", "benefits", "caregivers", "pharmacy"],
}


def _field(tag: str) -> list[Term]:
    """Twenty entries of one field, each about one of its five words; "networking" in five IT entries and
    one business entry: likelier in IT by more than the stated margin, less than the margin said in passing."""
    words = _WORDS[tag]
    return [Term(f"{tag}-{n}", f"{tag} entry {n}", f"Something about {words[n % 5]} number {n}"
                 + (" and networking" if (tag == "it" and n < 5) or (tag == "business" and n == 0) else "") + ".",
                 tags=[tag]) for n in range(20)]


TERMS = [
    *(t for tag in _WORDS for t in _field(tag)),
    Term("aaa-it", "AAA", "Authentication, authorization and accounting.", tags=["it"]),
    Term("aaa-biz", "AAA", "The best credit grade a bond issuer can get.", tags=["business"]),
    Term("aaa-va", "AAA", "Area Agency on Aging.", tags=["va"]),
    Term("llc-biz", "LLC", "A company whose owners risk only what they put in.", tags=["business"]),
    Term("llc-gov", "LLC", "A private limited company form a vendor may take.", tags=["gov"]),
    Term("llc-it", "LLC", "The upper sublayer of the data link layer.", aliases=["Logical Link Control"],
         tags=["it"]),
    Term("sam-it", "SAM", "The Windows file that stores passwords.", aliases=["Security Account Manager"],
         tags=["it"]),
    Term("sam-gov", "SAM", "Where vendors register for awards.", aliases=["System for Award Management"],
         tags=["gov"]),
    Term("sam-va", "SAM", "Subsistence Allowance Module.", tags=["va"]),
    Term("roe-biz", "ROE", "Net profit over what the owners put in.", tags=["business"]),
    Term("roe-it", "ROE", "The limits a security test must keep to.", aliases=["Rules of Engagement"], tags=["it"]),
    Term("cfo", "CFO", "The officer who answers to shareholders for dividends and bankruptcy.", tags=["business"]),
    Term("sdm", "SDM", "Shareholders Dividends Marketing.", aliases=["Shareholders Dividends Marketing"],
         tags=["va"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "stated_senses", TERMS)


def test_denied_words_point_to_no_sense(glossary: Glossary) -> None:
    # "credit grade" is the business AAA's own words, but denied: "routers" says IT
    assert outcome(glossary, "AAA for the routers, not the credit grade. what is AAA?") == ("answer", ["aaa-it"])


def test_the_senses_left_after_a_ruled_out_one_are_weighed_without_its_words(glossary: Glossary) -> None:
    text = "SAM registration (contracting, not the windows security account manager). what is SAM"
    assert outcome(glossary, text) == ("answer", ["sam-gov"])


def test_a_stated_field_weighs_its_words_with_a_smaller_margin(glossary: Glossary) -> None:
    assert outcome(glossary, "what is AAA in networking?") == ("answer", ["aaa-it"])


def test_the_same_word_said_in_passing_keeps_every_sense(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "the networking folks mentioned AAA. what is it?")
    assert status == "ambiguous" and set(ids) == {"aaa-it", "aaa-biz", "aaa-va"}


def test_a_stated_field_narrows_to_the_senses_whose_words_it_names(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "reseller is an LLC, what is an LLC (company type)")
    assert status == "ambiguous" and set(ids) == {"llc-biz", "llc-gov"}


def test_the_entries_of_the_other_terms_named_tell_the_field(glossary: Glossary) -> None:
    # no word of the message is in either ROE's definition; the CFO's entry speaks business
    assert outcome(glossary, "their ROE is low so the CFO is cutting spend. ROE meaning") == ("answer", ["roe-biz"])


def test_an_entry_that_only_spells_its_letters_tells_nothing(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "their ROE is low per the SDM. ROE meaning")
    assert status == "ambiguous" and set(ids) == {"roe-biz", "roe-it"}


@pytest.mark.parametrize("text", [
    "what is an LLC?",  # nothing else said
    "what is an LLC in plain terms?",  # a manner, no field
    "LLC - not sure what it is, what is it?",  # a negation that denies no word
])
def test_nothing_stated_keeps_every_sense(glossary: Glossary, text: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "ambiguous" and set(ids) == {"llc-biz", "llc-gov", "llc-it"}


@pytest.mark.parametrize(("text", "denied"), [
    ("AAA in networking = ? (not the bond rating)", {"bond", "rating"}),
    ("what is CPM, not critical path method, in the ad budget", {"critical", "path", "method"}),
    ("I'm not a developer: what's a PR?", set()),  # about the asker
    ("what is an SLA", set()),
])
def test_denied_words_run_to_the_end_of_their_clause(text: str, denied: set[str]) -> None:
    assert negation.denied_words(text, normalize.words(text)) == denied

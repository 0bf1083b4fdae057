"""Issue 13: the message says what the asker means, and it is not the glossary's sense. An expansion typed
beside an acronym that spells it only loosely ("NCI — noncontrolling interest", "PK (pharmacokinetics?)"),
a proper name capitalised word by word that spells it ("USC ... University of Southern California"), and a
slip inside a longer phrase the message also types right ("private equitty firm ... private equity") are
offered, never answered; the glossary's own sense, written either way, is still answered."""

from __future__ import annotations

import pytest

from glossary import loose_spelled
from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("nci", "Non-commercial item", "An item not generally sold to the public.", aliases=["NCI"]),
    Term("pk", "PK", "Public Key", aliases=["Public Key"]),
    Term("usc", "United States Code", "The codification of the permanent federal laws.", aliases=["USC"]),
    Term("equity", "equity", "Funds raised by selling ownership shares in a business."),
    Term("sla", "SLA", "Service level agreement: a promise about service levels."),
    Term("devops", "DevOps", "Development and operations working as one team."),
    Term("dos", "DOS", "Denial of Service", aliases=["Denial of Service"]),
    Term("nsf", "NSF", "National Science Foundation", aliases=["National Science Foundation"]),
    Term("sast", "SAST", "Static application security testing."),
    Term("sca-act", "SCA", "Service Contract Act: a labor law for service contracts.",
         aliases=["Service Contract Act"]),
    Term("sca-tool", "SCA", "Software composition analysis: finding known flaws in open source parts.",
         aliases=["Software Composition Analysis"]),
    Term("return", "return", "The opportunity for profit."),
    Term("poc", "proof of concept", "A small trial that shows an idea works.", aliases=["POC"]),
    Term("host", "host", "A computer that runs programs for others on a network."),
    Term("mtm", "marking to market", "Valuing an asset at its current market price."),
    Term("mvp", "MVP", "Minimum viable product: the smallest thing worth shipping."),
    Term("indenture", "indenture", "The legal contract between a bond issuer and its bondholders."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("NCI — noncontrolling interest — what's that", "nci"),
    ("what does PK stand for (pharmacokinetics?) and when do they draw the trough?", "pk"),
    ("pharmacy does PK dosing — what does PK stand for (pharmacokinetics?)", "pk"),
    ("noncontrolling interest (NCI) in the consolidated statements, what is it", "nci"),
    ("USC is the lead site — do we treat University of Southern California as prime?", "usc"),
    ("private equitty firm bought our competitor, what is private equity", "equity"),
])
def test_a_meaning_of_the_askers_own_is_only_offered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("suggest", [term]) or outcome(glossary, text)[0] == "unknown"


@pytest.mark.parametrize(("text", "term"), [
    ("NCI — non-commercial item — what's that", "nci"),
    ("what does PK stand for (public key?)", "pk"),
    ("PK — what is it", "pk"),
    ("what is the USC? the code of federal laws", "usc"),
    ("what does USC mean? it is in the federal rule", "usc"),
    ("what is equity", "equity"),
    ("SLA: what is it", "sla"),
    ("what is an SLA - the service promise?", "sla"),
    ("what's DevOps", "devops"),
])
def test_the_glossarys_own_sense_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "acronym", "phrase"), [
    ("NCI — noncontrolling interest — what's that", "NCI", ["noncontrolling", "interest"]),
    ("what does PK stand for (pharmacokinetics?)", "PK", ["pharmacokinetics"]),
    ("noncontrolling interest (NCI)", "NCI", ["noncontrolling", "interest"]),
])
def test_loose_runs_are_found(text: str, acronym: str, phrase: list[str]) -> None:
    s = scan(text)
    at = s.raws.index(acronym)
    assert [s.norms[first:last + 1] for _, first, last in loose_spelled.runs(s, [at])] == [phrase]


@pytest.mark.parametrize(("text", "acronym"), [
    ("pharmacy does PK dosing for the unit", "PK"),  # nothing sets a meaning off
    ("SLA — service level agreement", "SLA"),  # spelled word by word: the strict readers' case
    ("NCI — non-commercial item", "NCI"),  # hyphenated: word by word too
    ("PK — the pharmacy", "PK"),  # opens on a small word
    ("SLA — sales", "SLA"),  # no "l" then "a" inside "sales" in order
])
def test_no_loose_run(text: str, acronym: str) -> None:
    s = scan(text)
    runs = loose_spelled.runs(s, [s.raws.index(acronym)])
    assert runs == []


def test_a_capitalised_name_must_be_capitalised_word_by_word(glossary: Glossary) -> None:
    # not the asker's own expansion: USC is still read (offered: "do we treat ... as prime?" asks what to do)
    assert outcome(glossary, "USC is the lead site, do we treat university of southern california as prime?") \
        == ("suggest", ["usc"])


@pytest.mark.parametrize("text", [
    "our liaison says the funding comes from DOS — Department of State. how does DOS money differ from NSF money?",
    "how does DOS money differ from NSF money? DOS is the Department of State",
])
def test_a_compared_acronym_spelled_out_as_no_sense_is_only_offered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("suggest", ["dos", "nsf"])


@pytest.mark.parametrize(("text", "ids"), [
    ("SAST vs SCA (software composition analysis) — both in the dev pipeline, what's the diff", ["sast", "sca-tool"]),
    ("SAST vs SCA (Service Contract Act)?", ["sast", "sca-act"]),
    ("DOS vs NSF", ["dos", "nsf"]),
    ("DOS (denial of service) vs NSF, what's the difference", ["dos", "nsf"]),
])
def test_a_compared_acronym_spelled_out_is_the_sense_it_names(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


@pytest.mark.parametrize("text", [
    "what is roi, retrun on investment? how calculate",
    "what is roi, return on investment?",
    "what's roi (return on investment)",
])
def test_one_word_of_a_name_spelled_out_for_a_short_word_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] in ("suggest", "unknown")


@pytest.mark.parametrize(("text", "term"), [
    ("what is a return", "return"), ("what is a return, the profit part?", "return"),
    ("whats a poc, proof of concept", "poc"), ("what is the return, on investment terms", "return"),
])
def test_a_name_or_its_own_expansion_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "we're a host family for an exchange student — what does 'host family' involve?",
    "what's a 'host family'?",
    'what does "host family" mean for the exchange student',
])
def test_a_quoted_phrase_asked_whole_and_longer_than_the_term_is_offered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("suggest", ["host"])


@pytest.mark.parametrize(("text", "term"), [
    ("what does 'host' mean", "host"),
    ('what does "marked to market" mean', "mtm"),  # the name in another form
    ("launch plan says the portal is 'MVP only'. what does MVP mean?", "mvp"),  # quoted, not asked
    ("what is 'marking to market'", "mtm"),
])
def test_a_quoted_name_or_a_quote_not_asked_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_word_read_by_its_form_before_another_word_asks_the_phrase(glossary: Glossary) -> None:
    assert outcome(glossary, "what's indentured servitude? history class, colonial america") == (
        "suggest", ["indenture"])


@pytest.mark.parametrize("text", ["what is indentured", "what is an indenture", "whats an indentur"])
def test_the_word_alone_is_still_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["indenture"])

"""Issue 13: the message spells out what an acronym stands for, and that decides (glossary/expansions.py).

A stated expansion that no sense has is unknown (never a confident wrong sense); one that a sense has picks
that sense; one that names another term answers that term; an acronym and its expansion side by side are
one name. Over a real SQLite glossary."""

from __future__ import annotations

import pytest

from glossary import expansions
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("seo", "seasoned equity offering (SEO)", "A company that is already public selling more shares."),
    Term("cso", "CSO", "Cyber Security Office.", aliases=["Cyber Security Office"]),
    Term("ota-1", "OTA", "Office of Technology Assessment.", aliases=["Office of Technology Assessment"]),
    Term("ota-2", "OTA", "Opioid Treatment Agreement.", aliases=["Opioid Treatment Agreement"]),
    Term("ap", "Acquisition plan", "The plan for buying what a program needs.", aliases=["AP"]),
    Term("ap-2", "AP", "Anatomic Pathology.", aliases=["Anatomic Pathology"]),
    Term("payable", "accounts payable", "Purchases for which a buyer has not yet paid the seller."),
    Term("slo", "SLO", "Service-Level Objective", aliases=["Service-Level Objective"]),
    Term("sre", "Site Reliability Engineering", "Site Reliability Engineering or SRE is a discipline that combines "
         "operations and software engineering."),
    Term("fy", "FY", "Short for Fiscal year.", aliases=["Fiscal year"]),
    Term("cpa", "certified public accountant (CPA)", "An accountant who passed the state exam."),
    Term("pam-1", "PAM", "Plugable Authentication Modules", aliases=["Plugable Authentication Modules"]),
    Term("pam-2", "PAM", "Privileged Access Management", aliases=["Privileged Access Management"]),
    Term("paas", "PaaS", "Platform as a Service. An online platform that runs your application for you."),
    Term("igce", "Independent Government cost estimate", "The government's own estimate of what a purchase "
         "should cost.", aliases=["IGCE"]),
    Term("adr-1", "ADR", "Alternative Dispute Resolution.", aliases=["Alternative Dispute Resolution"]),
    Term("adr-2", "ADR", "Adverse Drug Reaction.", aliases=["Adverse Drug Reaction"]),
    Term("isa", "ISA", "Interconnection Security Agreement.", aliases=["Interconnection Security Agreement"]),
    Term("isa-2", "ISA", "Individual Savings Account.", aliases=["Individual Savings Account"]),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization."),
    Term("mean", "MEAN", "A web stack: MongoDB, Express, Angular and Node.js."),
]

spelled = glossary_fixture("spelled", TERMS)


@pytest.mark.parametrize(("text", "subject"), [
    ("SEO in marketing, as in search engine optimization - how does it work?", "search engine optimization"),
    ("what is a CSO? commercial solutions opening", "commercial solutions opening"),
    ("what's an OTA? other transaction authority, the client wants to use one", "other transaction authority"),
    ("what is an ADR? architecture decision record", "architecture decision record"),
    ("what does EYZQ mean? extra yield zone quota", "extra yield zone quota"),
])
def test_an_expansion_no_sense_has_is_unknown_named_by_the_phrase(spelled: Glossary, text: str,
                                                                    subject: str) -> None:
    result = spelled.lookup(text)
    assert (result.status, result.matches, result.subject) == ("unknown", [], subject)


@pytest.mark.parametrize(("text", "term"), [
    ("what does AP mean? accounts payable?", "payable"),  # the phrase names another term: that term
    ("PAM - privileged access management, can you explain in two sentences", "pam-2"),
    ("PAM as in pluggable authentication modules - what is it", "pam-1"),
    ("what is an ADR? alternative dispute resolution", "adr-1"),
    ("OTA (opioid treatment agreement) meaning", "ota-2"),
    ("what does ISA stand for, i.e. individual savings account?", "isa-2"),
])
def test_an_expansion_picks_the_sense_that_has_it(spelled: Glossary, text: str, term: str) -> None:
    assert outcome(spelled, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("service level objective SLO meaning", "slo"), ("site reliability engineering SRE meaning", "sre"),
    ("fiscal year FY - when does it start for the govt?", "fy"),
    ("CPA certified public accountant, what they do", "cpa"), ("platform as a service (PaaS) example", "paas"),
    ("independent govt cost estimate (IGCE) who prepares it and what is it", "igce"),
    ("privileged access management aka PAM?", "pam-2"), ("what are service level objectives (SLOs)?", "slo"),
])
def test_an_acronym_and_its_expansion_side_by_side_are_one_name(spelled: Glossary, text: str, term: str) -> None:
    assert outcome(spelled, text) == ("answer", [term])


def test_the_name_shown_keeps_its_bracket_closed(spelled: Glossary) -> None:
    assert spelled.lookup("platform as a service (PaaS) example").subject == "platform as a service (PaaS)"


@pytest.mark.parametrize(("text", "expected"), [
    ("what is an ISA in this context?", ("ambiguous", ["isa", "isa-2"])),  # "is an" spells out nothing
    ("what's the difference between EBITDA and adjusted EBITDA", None),  # the acronym itself is no expansion
    ("what does AP mean", ("answer", ["ap"])),  # the explained sense; "Anatomic Pathology" listed under it
])
def test_words_that_happen_to_spell_an_acronym_change_nothing(spelled: Glossary, text: str,
                                                              expected: tuple[str, list[str]] | None) -> None:
    status, ids = outcome(spelled, text)
    if expected is None:
        assert status not in ("answer", "ambiguous") or ids == ["ebitda"]
    else:
        assert (status, sorted(ids)) == expected


@pytest.mark.parametrize("text", ["what does 'mean' mean in 'I didn't mean to'?",
                                  "OTA - online travel agency, how does it work?"])
def test_negatives_stay_refused(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "acronym", "phrase"), [
    ("SME = subject matter expert? the proposal needs 3 SMEs", "SME", "subject matter expert"),
    ("Centers of Excellence (CoE) at GSA", "CoE", "Centers of Excellence"),
    ("what's IaC? infrastructure as code", "IaC", "infrastructure as code"),
    ("CD in our pipeline means continuous delivery.", "CD", "continuous delivery"),
])
def test_the_stated_expansion_is_read_from_word_starts(text: str, acronym: str, phrase: str) -> None:
    assert [(x.acronym, x.phrase) for x in expansions.read(text)] == [(acronym, phrase)]


@pytest.mark.parametrize("text", ["what is an ISA in this context?", "AR aging report", "what is SLA", "no caps here"])
def test_no_expansion_is_read_where_none_is_stated(text: str) -> None:
    assert [x.phrase for x in expansions.read(text) if x.acronym != "AR"] == []

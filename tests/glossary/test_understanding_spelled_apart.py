"""Issue 13, over a real SQLite glossary: an acronym's expansion written elsewhere in the message ("IP ...
infection prevention wants ...") that no sense has rules the glossary's senses out, and so does one beside
it that writes the same letters with another word ("chief customer officer" is no chief of the contracting
office). An expansion the senses agree with, a guess ending in "?", a name the asker rules out and a phrase
the glossary names itself change nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import spelled_apart
from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("ip", "IP", "Intellectual property: creations of the mind a company owns."),
    Term("dos", "DOS", "Denial of Service: an attack that floods a service until it fails."),
    Term("ir", "investor relations (IR)", "The team that talks to shareholders."),
    Term("cma", "certified management accountant (CMA)", "An accounting credential."),
    Term("cco", "Chief of the Contracting Office", "Heads a contracting office."),
    Term("pv", "present value (PV)", "What future money is worth today."),
    Term("tin", "TIN", "Taxpayer identification number."),
    Term("rto", "RTO", "Recovery time objective: how long a system may be down."),
    Term("vc-acr", "VC", "Veterans center."),
    Term("venture-capital", "venture capital", "Money invested in young companies for a share of them."),
    Term("cpo", "CPO", "Short for Chief Procurement Officer."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "spelled_apart", TERMS)


@pytest.mark.parametrize("text", [
    "who is our IP for 3 West? infection prevention wants weekly hand hygiene audits",
    "IR can't take the pt until tomorrow — does interventional radiology have after-hours cover?",
    "the new CCO (chief customer officer) — what's that role",
])
def test_an_expansion_no_sense_has_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] == "unknown"


@pytest.mark.parametrize(("text", "term"), [
    ("billing says the DOS on 40 claims is wrong — should the date of service be the admit date?", "dos"),
    ("HR is hiring CMAs for the clinics — can a certified medical assistant give injections?", "cma"),
])
def test_the_same_letters_with_another_word_only_offer_the_sense(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("suggest", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what's IP? intellectual property lawyers keep asking", "ip"),  # the sense's own expansion
    ("PV of the lease payments — what's present value exactly", "pv"),
    ("TIN on the vendor form = taxpayer id number? what is it", "tin"),  # a word shortened
    ("RTO in the disaster recovery doc — return to office?? what is it", "rto"),  # a guess, checked
    ("deal goes to the CPO next. CPO = chief product officer?", "cpo"),  # a guess sharing words
    ("VC money – what is venture capital?", "venture-capital"),  # the phrase names a term of its own
    ("what's the DOS? not the disk operating system, the attack", "dos"),  # a name ruled out
])
def test_what_the_rule_leaves_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "letters", "want"), [
    ("who is our IP? infection prevention wants audits", "ip", ["infection prevention"]),
    ("the DOS is wrong, is the date of service the admit date", "dos", ["date of service"]),
    ("PAT hours? pre-admission testing sends pts", "pat", ["pre-admission testing"]),
    ("what is IP? the new integration platform", "ip", []),  # a longer name goes on before the run
    ("what's PV? the present-day value", "pv", []),  # every word but a small one gives a letter
    ("continuous delivery vs continuous deployment, both CD", "cd", ["continuous delivery",
                                                                    "continuous deployment"]),
])
def test_runs_open_a_phrase_one_word_a_letter(text: str, letters: str, want: list[str]) -> None:
    s = scan(text)
    at = next(i for i, n in enumerate(s.norms) if n == letters)
    found = spelled_apart.runs(s, at, letters, spelled_apart.initials(s))
    assert [text[s.starts[a]:s.ends[b]] for a, b in found] == want

"""Issue 13, over a real SQLite glossary: an acronym beside the first words of its expansion, cut off
("EDI — electronic data... something", "subject matter something?"), is the asker's own half expansion:
it picks the sense whose name starts so, and a sense it contradicts is not answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import expansions, half_spelled
from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("edi", "electronic data interchange (EDI)", "Business documents sent between companies' systems."),
    Term("edi-2", "EDI", "Equity, diversity and inclusion."),
    Term("cpm", "cost per thousand (CPM)", "The price of a thousand ad impressions."),
    Term("cpm-2", "critical path method (CPM)", "A way to find the longest chain of dependent tasks."),
    Term("sme", "SME", "Subject matter expert: the person who knows the domain."),
    Term("sme-2", "SME", "Small and medium-sized enterprises."),
    Term("llc", "limited liability company (LLC)", "A company whose owners are not liable for its debts."),
    Term("llc-2", "LLC", "Logical link control, a sublayer of the data link layer."),
    Term("gpo", "GPO", "Government Printing Office."),
    Term("fim", "FIM", "File integrity monitoring: noticing when files change."),
    Term("invoice", "invoice", "A bill sent for goods or services."),
    Term("site-reliability", "site reliability engineering", "Running operations as a software problem."),
    Term("reliability", "reliability", "How often a system does what it should."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "half_spelled", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("EDI — electronic data... something, vendor wants to do invoices over EDI", "edi"),
    ("CPM in the marketing report — cost per... thousand? what is it", "cpm"),
    ("CPM on the schedule — critical path something?", "cpm-2"),
    ("they said 'ask the SME' in the meeting... subject matter something?", "sme"),
    ("our SME funding — small and medium... something?", "sme-2"),
    ("llc — the company not the network thing. limited liability...?", "llc"),
    ("fim alert on the server, file integrity... what is it", "fim"),
    ("SRE — site reliability something? is that just ops with a new name", "site-reliability"),  # no SRE entry
])
def test_a_half_expansion_picks_the_sense(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_half_expansion_no_sense_has_is_not_answered(glossary: Glossary) -> None:
    status, _ = outcome(glossary, "the mapped drive is pushed by GPO, what's a GPO (group policy thing)")
    assert status not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", [
    "what is CPM", "what does SME mean", "CPM? what is that... something new?",
])
def test_without_a_cut_off_expansion_every_sense_stays(glossary: Glossary, text: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "ambiguous" and len(ids) == 2


@pytest.mark.parametrize(("text", "phrase"), [
    ("SRE — site reliability something? is that just ops", "site reliability"),
    ("TTPs in the threat report — tactics techniques and...?", "tactics techniques and"),
    ("byod policy — bring your own... device?", "bring your own"),
])
def test_the_half_expansion_read(text: str, phrase: str) -> None:
    assert [x.phrase for x in expansions.read(text) if x.half] == [phrase]


@pytest.mark.parametrize("text", [
    "SRE site reliability work",  # not cut off: a compound, not a guess
    "SRE — site something?",  # one word spells one letter only
    "SRE — site reliability engineering... right?",  # all of it: a full expansion, read elsewhere
    "the plan... something",  # no acronym
])
def test_no_half_expansion_is_read(text: str) -> None:
    assert [x for x in expansions.read(text) if x.half] == []


def test_nothing_is_read_without_a_cut() -> None:
    assert not half_spelled.may_have("what does SRE mean")
    s = scan("SRE — site reliability team")
    assert half_spelled.run(s, 0, "sre") is None

"""Issue 13, careless typists over a real SQLite glossary: a short acronym typed with two letters swapped is
often typed twice, met in a story and then asked outright ("do i need the vnp for the wiki? what is vnp").
The two are one word asked, not two readings; but a swap the story does not back is only offered, with the
acronym first ("Did you mean VPN?"): on independent question sets, bare swaps answered DOS for "dso?" and
ATM for "whats tam" (both asked about things the glossary does not hold) more often than they were right."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("vpn", "VPN", "A virtual private network: an encrypted tunnel into the office network."),
    Term("esg", "ESG", "Environmental, social and governance criteria for investing."),
    Term("wip", "WIP", "Work in progress."),
    Term("fms", "FMS", "Flexible manufacturing system."),
    Term("dns", "DNS", "Domain Name System."),
    Term("sdn", "SDN", "Software-defined networking."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("do i need the vnp to get to the wiki? what is vnp", "vpn"),
    ("egs score of the company, what is egs", "esg"),
    ("what does wpi mean on the board, there's a column called wpi limit", "wip"),
    ("the vendor keeps saying egs rating. whats an egs", "esg"),
])
def test_typed_twice_and_asked_is_offered_first(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("suggest", [term])


@pytest.mark.parametrize(("text", "offered"), [
    ("what is mfs? it keeps asking me for a code", "fms"),  # once, and the story does not back FMS
    ("the mfs sent a code, then another mfs code came", "fms"),  # twice, but never asked outright
    ("the dsn is down, what is dsn", "dns"),  # twice and asked, but DNS and SDN are both a swap away
])
def test_only_offered(glossary: Glossary, text: str, offered: str) -> None:
    status, ids = outcome(glossary, text)
    assert status not in ("answer", "ambiguous")
    assert offered in ids or status == "unknown"

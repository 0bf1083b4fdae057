"""An acronym the glossary does not list, read as the initials of a name it does, over a real SQLite
glossary: "MTTR?" for mean time to recovery, "a BOL" for bill of lading, "AP turnover" for accounts payable
turnover. Only one concept, no acronym of its own that differs, no letter from "and", two letters only
with the name's words beside them; a message whose words point elsewhere is only offered the name."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("mttr", "mean time to recovery", "How long it takes on average to restore a service after an outage."),
    Term("bol", "bill of lading", "The carrier's receipt for goods shipped, listing what was loaded."),
    Term("cogs", "cost of goods sold", "What the goods a company sold cost it to buy or make."),
    Term("sre", "Site Reliability Engineering", "Running operations as a software problem."),
    Term("ap-turn", "accounts payable turnover", "How many times a year a company pays off its suppliers."),
    Term("tep", "Technical evaluation group/panel", "The people who score the technical part of proposals."),
    Term("elk", "Elasticsearch, Logstash and Kibana", "Three tools that collect, store and show logs."),
    Term("pr", "purchase requisition", "An internal request to buy something, before a purchase order."),
    Term("cmdb", "configuration management database", "The record of every IT asset.", aliases=["CMDB"]),
    Term("rad", "research and development", "Work to invent or improve products."),
    Term("cpc", "cost per click", "What an advertiser pays for each click on an ad."),
    Term("cpc2", "cost per conversion", "What an advertiser pays for each sale an ad brings."),
    Term("plc", "product life cycle", "The stages a product goes through from launch to withdrawal."),
    Term("slm", "service lifecycle management", "Looking after a service from design to retirement."),
    Term("gst", "goal-setting theory", "People work harder towards goals that are specific and hard."),
    Term("npm", "net profit margin", "Net income as a share of revenue."),
    Term("bom", "bill of materials", "The list of parts and quantities needed to build a product."),
    Term("pta", "precedent transaction analysis", "Valuing a company from the prices paid for similar ones."),
    Term("pia", "privacy impact assessment", "A review of how a system handles personal data."),
    Term("ltl", "long-term liabilities", "Debts due more than a year from now."),
    Term("tbd", "trunk-based development", "Everyone commits to one main branch, often."),
    Term("co", "certificate of occupancy", "The permit that says a building may be lived in."),
]

initials = glossary_fixture("initials", TERMS)


@pytest.mark.parametrize(("question", "ids"), [
    ("what does MTTR stand for", ["mttr"]),
    ("our MTTR went up last quarter. MTTR?", ["mttr"]),
    ("the carrier wants the BOL before loading - what is a BOL", ["bol"]),
    ("what goes into COGS?", ["cogs"]),
    ("what do SREs actually do", ["sre"]),
    ("what's a good AP turnover", ["ap-turn"]),
    ("TEP? we need one for the bid", ["tep"]),
    ("TEG - what is it", ["tep"]),
    ("what is ELK", ["elk"]),
    ("the purchase requisition got rejected, what is a PR exactly", ["pr"]),
    ("what's bom", ["bom"]),  # in lower case where a clear cue asks it, the list's first use of BOM
    ("NPM?", ["npm"]),  # in capitals, a sense the list knows
    ("WHAT IS MTTR", ["mttr"]),  # shouted, but "mttr" is no word of English: the acronym it must be
])
def test_an_acronym_of_one_name_is_answered(initials: Glossary, question: str, ids: list[str]) -> None:
    assert outcome(initials, question) == ("answer", ids)


@pytest.mark.parametrize("question", [
    "what is a CMD",  # initials of configuration management database, but it is the CMDB
    "what does RAD mean",  # the "and" gives no letter
    "CPC?",  # cost per click or cost per conversion: two concepts
    "what's a PR",  # two letters alone collide too easily
    "CO?",
    "PLC meaning",  # "life cycle" is also written "lifecycle": not surely PLC
    "what does TAM mean",  # no name has these initials
    "WHAT ARE COGS IN A GEARBOX",  # shouted: read in ordinary case, an English word, never initials
    "TBD",  # everyday shorthand (to be determined), not trunk-based development
    "what is GST",  # people mean goods and services tax (glossary/outside_senses.tsv), not goal-setting theory
    "the cogs in the gearbox are worn, again",  # a word in lower case that nothing asks about
    "what are cogs in a gearbox?",  # an English word, never initials
    "what is npm",  # in lower case most people mean the node package manager, the list's first sense
    "what is npm install",
])
def test_no_acronym_is_invented(initials: Glossary, question: str) -> None:
    status, ids = outcome(initials, question)
    assert status not in ("answer", "ambiguous", "compare"), (question, status, ids)


@pytest.mark.parametrize(("question", "ids"), [
    ("what does PTA mean for a privacy review", ["pta"]),  # the message's words point elsewhere
    ("what does LTL mean on the freight quote, vs FTL?", ["ltl"]),  # an unknown acronym beside it
])
def test_an_acronym_read_against_its_message_is_only_offered(initials: Glossary, question: str,
                                                             ids: list[str]) -> None:
    assert outcome(initials, question) == ("suggest", ids)

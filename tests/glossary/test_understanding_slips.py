"""Slips a person reads past (glossary/typo_reading.py, typo_rules.short_slip, typo_names.head_slip), over a
real SQLite glossary: the one word asked a keystroke off one short name, a doubled letter misplaced, a slip
of a longer name's first word, a name typed apart in the singular, a mistyped class noun, and a slip read
again in the message typed right. Every doubt (an English word, an acronym, a term beside the slip) stays
a "did you mean" or unknown; a swapped or dropped letter is answered by typo_rules.slipped whether asked
or not ("heding", tests/glossary/test_understanding_plain_asks.py)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

#: Eight names ending in "contract" make it a class head the glossary's own names may be said without.
CONTRACTS = [Term("c-" + n.replace(" ", "-"), f"{n} contract", f"A {n} contract.") for n in (
    "cost plus award fee", "cost plus incentive fee", "time and materials", "labor hour", "letter",
    "requirements", "definite quantity")]

TERMS = [
    Term("ingress", "Ingress", "Rules that route outside traffic to services in a cluster."),
    Term("tariff", "tariff", "A tax on imported goods."),
    Term("hedging", "hedging", "Taking a position that offsets the risk of another."),
    Term("gantt", "Gantt charts", "Bar charts that show a project's schedule."),
    Term("micro", "Microservices Architecture", "An application built as small independent services."),
    Term("gwac", "Government-wide acquisition contract", "A contract any agency may order from.",
         aliases=["GWAC"]),
    Term("contract", "contract", "A binding agreement."),
    Term("k8s", "Kubernetes", "A system that runs containers across machines."),
    Term("pod", "Pod", "The smallest deployable unit in Kubernetes: one or more containers."),
    Term("stockout", "stockout costs", "What running out of stock costs: lost sales and rush orders."),
    Term("costs", "costs", "Money spent to make or sell something."),
    Term("ddos", "DDOS", "Distributed denial of service: an attack flooding a site from many machines."),
    Term("rebate", "rebate", "Money paid back after a purchase."),
    Term("rebase", "rebase", "Moving commits onto a new base commit."),
    Term("ledger", "ledger", "The book of accounts."),
    Term("nginx", "NGINX", "A web server and reverse proxy."),
    *CONTRACTS,
]

slips = glossary_fixture("slips", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("whats the diference... nvm, just what's ingres", "ingress"),  # a keystroke off, the one word asked
    ("wats a tarrif exactly, like the legal definition not the news version", "tariff"),  # a doubled letter moved
    ("hedgng meaning fx", "hedging"),  # the one rare word of a question
    ("what is a gannt chart", "gantt"),  # a slip, the name's other word typed in the singular
    ("micorservices??", "micro"),  # a slip of the first word a longer name is said by
    ("wat is a gwac contrct", "gwac"),  # typed right it asks about GWAC, not "contract"
    ("stock out cost meaning pls", "stockout"),  # a word typed as two, the name in the singular
    ("what is a DDOS attak", "ddos"),  # a class noun mistyped
    ("whats ngnix", "nginx"),  # an acronym's letters swapped, the one word asked (typo_rules.acronym_slip)
])
def test_a_slip_a_person_reads_past_is_answered(slips: Glossary, text: str, term_id: str) -> None:
    assert outcome(slips, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is a ledge", "ledger"),  # an English word is meant as itself
    ("whats ngimx", "nginx"),  # an acronym is never answered from a changed letter
    ("kubernets pod?", "k8s"),  # beside a term: the slip may only qualify it
    ("hedgng our bets on lunch lol", "hedging"),  # a message that asks nothing: offered at most
    ("the ingres painter, who was he", "ingress"),  # asks who, not what a term means
])
def test_a_doubtful_slip_is_never_answered(slips: Glossary, text: str, term_id: str) -> None:
    status, ids = outcome(slips, text)
    assert not (status == "answer" and ids == [term_id])


def test_a_slip_beside_a_term_offers_both(slips: Glossary) -> None:
    status, ids = outcome(slips, "kubernets pod?")
    assert status == "suggest"
    assert {"pod", "k8s"} <= set(ids)

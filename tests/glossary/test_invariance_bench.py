"""bench/invariance.py counts what chatter around a question costs, over a real SQLite glossary: a question
right alone stays right with a greeting before it and thanks after it; a remark stays unanswered."""

from __future__ import annotations

import random

from bench.heldout import widen
from bench.invariance import check
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture

TERMS = [Term("sla", "SLA", "Service level agreement: the uptime and response a provider promises.")]
EDGES = {"openings": ["Hi team,\n", "sorry if this is a dumb question, "], "closings": [" thanks!", " lol"]}

chat = glossary_fixture("chat", TERMS)


def test_chatter_costs_nothing_and_is_counted(chat: Glossary) -> None:
    items = widen([{"q": "what is SLA?", "expect": "answer", "ids": ["sla"]},
                   {"q": "the SLA report is on the drive", "expect": "none", "ids": []}], {})
    counts = check(EDGES, items, chat.lookup, random.Random(1))
    assert (counts["alone"], counts["opening"], counts["closing"], counts["both"], counts["lost"]) == (2, 2, 2, 2, 0)

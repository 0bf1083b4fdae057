"""A glossary with one seeded week of activity, written through the real APIs at fixed times.

The week reported on a Monday 23 Nov 2026 is 16–22 Nov (2026-W47); the week before is W46.
Only our own small glossary is loaded (seed=False), so the figures do not move when the
starter glossary grows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.config import BotConfig
from bot.core import Bot
from glossary.clock import iso
from glossary.models import Term
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.slack.conftest import slack_api, slack_env  # noqa: F401  (shared: the fake Slack Web API)

TERMS_YAML = """
terms:
  - {id: sla, term: SLA, definition: Service level agreement. The promised uptime., examples: [Our SLA is 99.9%.]}
  - {id: kpi, term: KPI, definition: Key performance indicator. A number that shows progress.,
     examples: [Churn is a KPI.]}
  - {id: ebitda, term: EBITDA, definition: Earnings before interest and taxes.,
     examples: [EBITDA rose 10%.]}
  - {id: api, term: API, definition: Application programming interface. How programs talk to each other.,
     examples: [The billing API is down.]}
  - {id: churn, term: churn, definition: Customers who leave., owner: slack:UOWN, review_by: 2026-11-01}
  - {id: roadmap, term: roadmap, definition: The plan of what gets built when., review_by: 2027-01-01}
"""

MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def at(day: int, hour: int = 12, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=timezone.utc)


class Seeder:
    """Moves the clock, then acts: every row carries the time the clock says."""

    def __init__(self, glossary: Glossary, clock: FixedClock) -> None:
        self.g, self.clock = glossary, clock

    def ask(self, when: datetime, text: str, user: str) -> str:
        self.clock.now = when
        return self.g.ask(text, user=user, platform=user.split(":")[0]).status

    def vote(self, when: datetime, term_id: str, helpful: bool, user: str) -> None:
        self.clock.now = when
        self.g.activity.record_feedback(term_id, helpful, user=user, platform=user.split(":")[0])

    def save(self, when: datetime, term: Term, actor: str) -> None:
        self.clock.now = when
        self.g.terms.save(term, actor=actor, platform=actor.split(":")[0])

    def suggestion(self, when: datetime, term: str, author: str, status: str = "pending", name: str = "") -> None:
        payload = json.dumps({"changes": {"definition": "..."}, "author_name": name})
        with self.g.connections.write() as db:
            db["suggestions"].insert({"at": iso(when), "term": term, "payload": payload, "status": status,
                                      "author": author, "platform": author.split(":")[0]})


def seed_week(g: Glossary, clock: FixedClock) -> None:
    """W46: 4 asked, 3 answered, 3 askers, 1 helpful. W47: see test_content for every figure."""
    s = Seeder(g, clock)
    clock.now = at(1)
    g.import_yaml(TERMS_YAML, actor="cli", platform="cli")
    s.ask(at(8), "what is SLA", "slack:U9")  # before W46: never counted
    # W46 (9–15 Nov)
    s.ask(at(9), "what is SLA", "slack:U1")
    s.ask(at(10), "KPI?", "slack:U2")
    s.ask(at(11), "foo bar", "slack:U1")
    s.ask(at(15, 23, 59), "SLA", "teams:T1")
    s.vote(at(12), "sla", True, "slack:U1")
    # W47 (16–22 Nov)
    for user in ("slack:U1", "slack:U2", "slack:U3"):
        s.ask(at(16, 0, 0), "what is SLA", user)
    s.ask(at(17), "KPI", "slack:U1")
    s.ask(at(17), "what does NPS mean?", "slack:U2")
    s.ask(at(18), "nps", "teams:T4")
    s.ask(at(19), "ROAS", "slack:U5")
    s.ask(at(17, 9), "What is OKR?", "slack:U6")  # defined the next day: drops off the unanswered list
    s.ask(at(20), "SLAA", "slack:U1")  # "did you mean": asked, not answered, not listed
    s.vote(at(18), "sla", True, "slack:U2")
    s.vote(at(19), "kpi", True, "slack:U1")
    s.vote(at(19), "kpi", False, "slack:U3")
    s.save(at(18), Term(id="okr", term="OKR", definition="Objectives and key results."), "slack:UCUR")
    kpi = g.terms.get("kpi")
    assert kpi is not None
    kpi.examples = ["Churn and NPS are KPIs."]
    s.save(at(19), kpi, "teams:aad-cur")
    s.save(at(20), Term(id="oops", term="oops", definition="A mistake."), "slack:UCUR")
    clock.now = at(21)
    g.terms.remove("oops", actor="slack:UCUR", platform="slack")
    s.suggestion(at(20), "NPS", "slack:U2", name="Dana")
    s.suggestion(at(21), "ROAS", "teams:T4")
    s.suggestion(at(21), "MQL", "slack:U3", status="approved")
    # after the week: not counted
    s.ask(at(23, 0, 30), "what is SLA", "slack:U7")
    clock.now = MONDAY


@pytest.fixture
def week_glossary(db_path: Path) -> Iterator[tuple[Glossary, FixedClock]]:
    clock = FixedClock(MONDAY)
    g = Glossary(db_path, clock=clock, seed=False)
    seed_week(g, clock)
    yield g, clock
    g.close()


@pytest.fixture
def utc_config() -> BotConfig:
    return BotConfig(admins=frozenset({"slack:UADMIN", "teams:aad-admin"}), timezone="UTC")


@pytest.fixture
def week_bot(week_glossary: tuple[Glossary, FixedClock], utc_config: BotConfig) -> Bot:
    return Bot(week_glossary[0], utc_config)

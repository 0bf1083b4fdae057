"""Owners of terms past their review date get one private reminder a week with the digest run."""

from __future__ import annotations

import asyncio
from datetime import date

from adapters.digest_send import send_digest
from bot.config import BotConfig
from glossary.models import Term
from glossary.service import Glossary


def _own(g: Glossary, owner: str, review_by: date, term_id: str = "sla") -> None:
    term = g.terms.get(term_id)
    assert term is not None
    term.owner, term.review_by = owner, review_by.isoformat()
    g.terms.save(term, actor="slack:UADMIN", platform="slack")


def test_owner_is_reminded_once_per_week(week_glossary, slack_env, slack_api) -> None:  # noqa: ANN001
    g, clock = week_glossary
    _own(g, "slack:UOWNER", date(2026, 11, 1))
    g.terms.save(Term(id="fresh", term="Fresh", definition="Not due yet.", owner="slack:UOTHER",
                      review_by="2027-06-01"), actor="slack:UADMIN", platform="slack")
    config = BotConfig(timezone="UTC")
    first = asyncio.run(send_digest(g, config, slack_env))
    second = asyncio.run(send_digest(g, config, slack_env))
    assert "slack:UOWNER" in first.reminded and second.reminded == []
    dms = [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"] == "UOWNER"]
    assert len(dms) == 1
    assert "past the review date" in dms[0].text and "SLA" in dms[0].all_text()
    assert not [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"] == "UOTHER"]


def test_a_failed_reminder_is_retried_on_the_next_run(week_glossary, slack_env, slack_api) -> None:  # noqa: ANN001
    g, _clock = week_glossary
    _own(g, "slack:UOWNER", date(2026, 11, 1))
    slack_api.fail("chat.postMessage", status=500, times=10)
    config = BotConfig(timezone="UTC")
    assert "slack:UOWNER" not in asyncio.run(send_digest(g, config, slack_env)).reminded
    slack_api.fail("chat.postMessage", status=500, times=0)
    assert "slack:UOWNER" in asyncio.run(send_digest(g, config, slack_env)).reminded


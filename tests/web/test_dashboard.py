"""The dashboard shows the digest's figures: one source (glossary.digest_data.series), tested to agree."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from html import unescape
from pathlib import Path

import pytest

from adapters.web.dashboard import WEEKS, dashboard
from bot.config import BotConfig
from bot.digest import build_digest
from glossary.digest_data import collect, series
from glossary.digest_week import Week, zone
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.digest.conftest import MONDAY, seed_week
from tests.slack.conftest import SlackServer
from tests.web.conftest import Browser

CONFIG = BotConfig(timezone="UTC", web_access="open")


@pytest.fixture
def week_glossary(db_path: Path) -> Iterator[Glossary]:
    """The digest tests' seeded weeks: W46 and W47 2026 with questions, votes, edits and suggestions."""
    clock = FixedClock(MONDAY)
    g = Glossary(db_path, clock=clock, seed=False)
    seed_week(g, clock)
    yield g
    g.close()


def test_every_week_on_the_dashboard_equals_the_digest_for_that_week(week_glossary: Glossary) -> None:
    d = dashboard(week_glossary, CONFIG)
    assert len(d.weeks) == WEEKS and d.weeks[-1][0].key == "2026-W48"  # ending with the week in progress
    for week, figures in d.weeks:
        assert figures == collect(week_glossary, week).this, week.key
    w46, w47 = (n for w, n in d.weeks if w.key in ("2026-W46", "2026-W47"))
    assert (w46.asked, w46.answered, w46.askers, w46.helpful) == (4, 3, 3, 1)  # tests/digest/conftest.py
    assert w47.asked > 0 and w47.helpful > 0  # the comparison is about real figures
    digest = build_digest(week_glossary, CONFIG, Week.from_key("2026-W47", zone("UTC")))
    assert d.summary in digest.text  # the digest's own sentence for the last complete week


def test_the_digest_reads_its_two_weeks_from_the_same_series(week_glossary: Glossary) -> None:
    w47 = Week.from_key("2026-W47", zone("UTC"))
    data = collect(week_glossary, w47)
    assert [n for _, n in series(week_glossary, w47, 2)] == [data.last, data.this]


def test_the_dashboard_page_draws_the_digest_figures(start_web, week_glossary: Glossary) -> None:  # noqa: ANN001
    server: SlackServer = start_web("open", g=week_glossary, timezone="UTC")
    page = Browser().open(server.url + "/glossary/dashboard")
    assert page.status == 200
    text = unescape(page.text)
    assert len(re.findall(r'<svg class="chart', page.text)) == 4
    assert len(re.findall(r'<rect class="bar"', page.text)) == 3 * WEEKS
    assert '<polyline class="line"' in page.text or page.text.count('<circle class="dot"') >= 1
    w47 = collect(week_glossary, Week.from_key("2026-W47", zone("UTC"))).this
    assert f"2026-W47 (16–22 Nov 2026): {w47.asked} questions" in text
    assert f"2026-W47 (16–22 Nov 2026): {w47.askers} people" in text
    assert f"2026-W47 (16–22 Nov 2026): {w47.helpful} helpful votes" in text
    assert f"2026-W47 (16–22 Nov 2026): {round(w47.answer_rate * 100)}% answered" in text
    assert re.search(r'href="/glossary/terms/sla">SLA</a> <span class="n">×\d+', page.text)  # most asked
    # unanswered, with its count (NPS and ROAS are starter terms now: the server seeded them, so they drop off)
    assert "“foo bar” <span class=\"n\">×1" in text and "“ROAS”" not in text
    assert "NPS" in text and "from Dana" in text  # pending suggestion
    assert 'href="/glossary/terms/churn">churn</a>' in page.text and "due 2026-11-01" in text  # past review
    assert re.search(r'<th scope="row"><a href="/glossary\?tag=', page.text) or "Coverage by tag" in text


def test_a_name_with_several_meanings_is_counted_alike_in_digest_dashboard_home_and_term_page(
        start_web, glossary: Glossary) -> None:  # noqa: ANN001
    """"pipeline" answered with every meaning 5 times counts 5 for the name everywhere, never 0."""
    from bot.core import Bot
    from bot.home import most_asked
    from tests.conftest import say

    bot = Bot(glossary, CONFIG)
    clock: FixedClock = glossary.clock  # type: ignore[assignment]
    monday = clock.now
    clock.now = monday - timedelta(days=3)  # in 2026-W47, the week the digest reports on
    for _ in range(5):
        assert say(bot, "pipeline")[0].kind == "ambiguous"
    for _ in range(3):
        say(bot, "what does SLA mean?")
    say(bot, "sales pipeline")  # one sense answered directly: still a question about "pipeline"
    clock.now = monday
    w47 = Week.from_key("2026-W47", zone("UTC"))
    assert collect(glossary, w47).top_terms[:2] == [(None, "pipeline", 6), ("sla", "SLA", 3)]
    assert "🔥 Most asked: pipeline ×6, SLA ×3" in build_digest(glossary, CONFIG, w47).text
    assert dashboard(glossary, CONFIG).top_terms[:2] == [(None, "pipeline", 6), ("sla", "SLA", 3)]
    assert "pipeline (6×), SLA (3×)" in most_asked(glossary, w47).text
    server: SlackServer = start_web("open", timezone="UTC")
    page = Browser().open(server.url + "/glossary/dashboard")
    assert ('<a href="/glossary?q=pipeline" title="every meaning of pipeline">pipeline</a> <span class="n">×6'
            in page.text)
    for sense in glossary.terms.by_name("pipeline"):
        term_page = unescape(Browser().open(server.url + f"/glossary/terms/{sense.id}").text)
        assert "Asked in the last 30 days</dt><dd>6 times (“pipeline”, any of its" in term_page, sense.id
    assert "Asked in the last 30 days</dt><dd>3 times</dd>" in Browser().open(server.url + "/glossary/terms/sla").text

"""The shared dashboard: the last 12 weeks, from the digest's own code (glossary/digest_data.py).

Weekly figures come from `digest_data.series`, the function the digest's "this week vs last week"
line is computed with; lists (most asked, unanswered, pending, past review) from the same functions
as the digest's, over 12 weeks instead of one. tests/web/test_dashboard.py checks they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from adapters.web.charts import Point, bar_chart, line_chart
from bot.config import BotConfig
from bot.digest import numbers_line
from glossary import digest_data as data
from glossary.digest_week import Week, zone
from glossary.service import Glossary

WEEKS = 12
TOP_SHOWN = 10
UNANSWERED_SHOWN = 20


@dataclass
class TagCoverage:
    tag: str
    terms: int
    with_example: int
    with_owner: int
    asked: int  # questions answered with a term of this tag over the 12 weeks


@dataclass
class Dashboard:
    weeks: list[tuple[Week, data.Numbers]]
    charts: list[tuple[str, Markup]]
    summary: str  # the digest's line for the last complete week
    summary_week: Week
    top_terms: list[tuple[str | None, str, int]]  # no id: a name with several senses, linked to the search
    unanswered: list[data.Unanswered]
    coverage: list[TagCoverage]
    pending: list[data.Pending]
    overdue: list[data.Overdue]


def _pct(v: float) -> str:
    return f"{v:.0f}%"


def charts(weeks: list[tuple[Week, data.Numbers]]) -> list[tuple[str, Markup]]:
    def points(value, unit: str) -> list[Point]:  # noqa: ANN001 - a small local lambda-like helper
        out = []
        for week, n in weeks:
            v = value(n)
            shown = "no questions" if v is None else f"{v:.0f}{unit}"
            out.append(Point(week.key[-3:], v, f"{week.key} ({week.label}): {shown}"))
        return out

    return [
        ("Questions asked", bar_chart("Questions asked per week", points(lambda n: n.asked, " questions"))),
        ("Answer rate", line_chart("Share of questions answered per week",
                                   points(lambda n: None if n.answer_rate is None else n.answer_rate * 100,
                                          "% answered"), ceiling=100, fmt=_pct)),
        ("Unique askers", bar_chart("People who asked per week", points(lambda n: n.askers, " people"))),
        ("Helpful votes", bar_chart("Helpful votes per week", points(lambda n: n.helpful, " helpful votes"))),
    ]


def coverage(glossary: Glossary, asked: dict[str, int]) -> list[TagCoverage]:
    """One pass over the terms: per tag, how many have an example, an owner, and were asked about."""
    rows: dict[str, TagCoverage] = {}
    for t in glossary.matcher.terms.values():
        for tag in {x.lower() for x in t.tags}:
            row = rows.setdefault(tag, TagCoverage(tag, 0, 0, 0, 0))
            row.terms += 1
            row.with_example += bool(t.examples)
            row.with_owner += bool(t.owner)
            row.asked += asked.get(t.id, 0)
    return sorted(rows.values(), key=lambda r: (-r.terms, r.tag))


def dashboard(glossary: Glossary, config: BotConfig) -> Dashboard:
    """12 weeks ending with the current one (still in progress), in the team's time zone."""
    now = glossary.clock()
    tz = zone(config.timezone)
    current = Week.containing(now, tz)
    weeks = data.series(glossary, current, WEEKS)
    before, last = weeks[-3][1], weeks[-2][1]  # the digest's pair: the last complete week and the one before
    start, end = data.span_bounds(current, WEEKS)
    return Dashboard(
        weeks=weeks, charts=charts(weeks), summary=numbers_line(last, before), summary_week=current.previous,
        top_terms=data.top_terms(glossary, current, TOP_SHOWN, weeks=WEEKS),
        unanswered=data.unanswered(glossary, current, weeks=WEEKS)[:UNANSWERED_SHOWN],
        coverage=coverage(glossary, data.asked_per_term(glossary, start, end)),
        pending=data.pending_suggestions(glossary),
        overdue=data.overdue_terms(glossary, now.astimezone(tz).date()),
    )

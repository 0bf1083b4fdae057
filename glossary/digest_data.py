"""The numbers behind the weekly digest, straight from the database. No wording, no platform.

Definitions (documented in docs/digest.md):
- asked: every logged question in the week; answered: status `answer` or `ambiguous`
  (the asker got a definition). "Did you mean" replies count as asked, not answered.
- unanswered: questions the bot did not know (`unknown`), grouped by normalised text,
  dropping the ones that match a term now (defined since).
- new / updated terms: from the revision log, ignoring the starter glossary's seeding.
- most asked: by name; an answer listing several senses counts once for their shared name.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from glossary.asked import asked_by_name, asked_per_term
from glossary.digest_week import Week
from glossary.models import Term
from glossary.people import People
from glossary.service import SYSTEM_ACTOR, Glossary
from glossary.side_stats import SideCoverage, SideQuestions, coverage, questions_by_side

ANSWERED = ("answer", "ambiguous")
TOP_TERMS = 5
TERM_OF_WEEK_LOOKBACK_WEEKS = 12  # "rarely asked" is measured over this window
TERM_OF_WEEK_NO_REPEAT_WEEKS = 8  # a pick is not picked again for this many weeks
PICK_KEY = "term_of_week:"


@dataclass(frozen=True)
class Numbers:
    """One week's figures. Questions without a user (the CLI) count as one anonymous asker per platform."""

    asked: int = 0
    answered: int = 0
    askers: int = 0
    helpful: int = 0

    @property
    def answer_rate(self) -> float | None:
        """answered / asked, None when nobody asked (a rate of nothing is not 0 %)."""
        return self.answered / self.asked if self.asked else None


@dataclass(frozen=True)
class TermChange:
    term_id: str
    term: str
    who: tuple[str, ...]  # actor keys, e.g. "slack:U123"


@dataclass(frozen=True)
class Unanswered:
    text: str  # the most common spelling people used
    normalized: str
    count: int


@dataclass(frozen=True)
class Pending:
    id: int
    term: str
    author: str | None
    author_name: str = ""  # the display name the chat gave when the suggestion was made


@dataclass(frozen=True)
class Overdue:
    term_id: str
    term: str
    owner: str | None
    review_by: str


@dataclass
class DigestData:
    week: Week
    this: Numbers
    last: Numbers
    new_terms: list[TermChange] = field(default_factory=list)
    updated_terms: list[TermChange] = field(default_factory=list)
    # (term id or None for a name with several senses, name, times asked): see asked_by_name
    top_terms: list[tuple[str | None, str, int]] = field(default_factory=list)
    unanswered: list[Unanswered] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    overdue: list[Overdue] = field(default_factory=list)
    term_of_week: Term | None = None
    by_side: list[SideQuestions] = field(default_factory=list)  # questions and misses by the asker's side
    coverage: list[SideCoverage] = field(default_factory=list)  # terms per side and per tag
    names: dict[str, str] = field(default_factory=dict)  # 'slack:U1' -> 'Ann Lee', for everyone shown

    @property
    def people(self) -> set[str]:
        """The actor keys the digest names: editors, suggesters and owners."""
        keys = {a for c in self.new_terms + self.updated_terms for a in c.who}
        keys |= {p.author for p in self.pending if p.author} | {o.owner for o in self.overdue if o.owner}
        return keys

    @property
    def quiet(self) -> bool:
        """Nothing happened: no questions, no votes, no glossary changes."""
        return not (self.this.asked or self.this.helpful or self.new_terms or self.updated_terms)


def numbers(glossary: Glossary, week: Week) -> Numbers:
    return series(glossary, week, 1)[0][1]


def series(glossary: Glossary, last: Week, weeks: int) -> list[tuple[Week, Numbers]]:
    """The figures of `weeks` weeks ending with `last`, oldest first: the digest (this week and the one
    before) and the web dashboard (12 weeks) both read them here, so they cannot disagree."""
    spans = [Week(last.start - timedelta(days=7 * n), last.tz) for n in range(weeks - 1, -1, -1)]
    db = glossary.connections.db
    out = []
    for week in spans:
        start, end = week.bounds
        asked, answered, askers = db.execute(
            "select count(*), coalesce(sum(status in ('answer', 'ambiguous')), 0), "
            "count(distinct coalesce(user, platform || ':anonymous')) "
            "from queries where at >= ? and at < ?", [start, end]).fetchone()
        helpful = db.execute("select count(*) from feedback where helpful = 1 and at >= ? and at < ?",
                             [start, end]).fetchone()[0]
        out.append((week, Numbers(asked, answered, askers, helpful)))
    return out


def span_bounds(last: Week, weeks: int = 1) -> tuple[str, str]:
    """[start, end) of `weeks` weeks ending with `last`, as stored UTC text."""
    return Week(last.start - timedelta(days=7 * (weeks - 1)), last.tz).bounds[0], last.bounds[1]


def term_changes(glossary: Glossary, week: Week) -> tuple[list[TermChange], list[TermChange]]:
    """(new, updated) terms that still exist, with who changed them; seeding is not news."""
    start, end = week.bounds
    rows = glossary.connections.db.execute(
        "select r.term_id, r.number, r.actor, t.term from revisions r join terms t on t.id = r.term_id "
        "where r.at >= ? and r.at < ? and t.deleted = 0 and not (r.actor = ? and r.platform = 'starter') "
        "order by r.at, r.id", [start, end, SYSTEM_ACTOR]).fetchall()
    created: dict[str, str] = {}
    actors: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for term_id, number, actor, name in rows:
        names[term_id] = name
        if number == 1:
            created[term_id] = actor
        if actor not in actors[term_id]:
            actors[term_id].append(actor)
    new = [TermChange(t, names[t], (created[t],)) for t in names if t in created]
    updated = [TermChange(t, names[t], tuple(actors[t])) for t in names if t not in created]
    return new, updated


def top_terms(glossary: Glossary, week: Week, limit: int = TOP_TERMS,
              weeks: int = 1) -> list[tuple[str | None, str, int]]:
    """The most asked names of `weeks` weeks ending with `week` (see `asked_by_name`)."""
    return asked_by_name(glossary, *span_bounds(week, weeks), limit=limit)


def unanswered(glossary: Glossary, week: Week, weeks: int = 1) -> list[Unanswered]:
    """Misses grouped by normalised text, most asked first, minus those that match a term now."""
    start, end = span_bounds(week, weeks)
    rows = glossary.connections.db.execute(
        "select normalized, subject from queries where at >= ? and at < ? and status = 'unknown' "
        "and coalesce(normalized, '') != ''", [start, end]).fetchall()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for normalized, subject in rows:
        spellings[normalized][subject.strip()] += 1
    groups = []
    matcher = glossary.matcher  # once: each access checks the glossary's version in the database
    for normalized, counter in spellings.items():
        text = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if matcher.lookup(text).status in ANSWERED:
            continue  # defined since: no longer a question for curators
        groups.append(Unanswered(text, normalized, sum(counter.values())))
    return sorted(groups, key=lambda u: (-u.count, u.normalized))


def pending_suggestions(glossary: Glossary) -> list[Pending]:
    rows = glossary.connections.db.execute(
        "select id, term, author, payload from suggestions where status = 'pending' order by at, id").fetchall()
    return [Pending(r[0], r[1] or "", r[2], _author_name(r[3])) for r in rows]


def _author_name(payload: str | None) -> str:
    try:
        data = json.loads(payload or "{}")
    except ValueError:
        return ""
    name = data.get("author_name") if isinstance(data, dict) else None
    return name.strip()[:80] if isinstance(name, str) else ""


def overdue_terms(glossary: Glossary, today: date) -> list[Overdue]:
    rows = glossary.connections.db.execute(
        "select id, term, owner, review_by from terms where deleted = 0 and review_by is not null "
        "and review_by != '' and review_by < ? order by review_by, term collate nocase, term",
        [today.isoformat()]).fetchall()
    return [Overdue(r[0], r[1], r[2], r[3]) for r in rows]


def _recent_picks(glossary: Glossary, week: Week) -> set[str]:
    keys = []
    w = week
    for _ in range(TERM_OF_WEEK_NO_REPEAT_WEEKS):
        w = w.previous
        keys.append(PICK_KEY + w.key)
    marks = ",".join("?" * len(keys))
    rows = glossary.connections.db.execute(f"select value from meta where key in ({marks})", keys)  # noqa: S608
    return {r[0] for r in rows}


def choose_term_of_week(glossary: Glossary, week: Week) -> Term | None:
    """Useful but rarely asked: has an example or earned helpful votes, asked least lately.

    Ties are broken by a hash of the week, so the pick rotates instead of going alphabetically.
    """
    start, end = span_bounds(week, TERM_OF_WEEK_LOOKBACK_WEEKS)
    db = glossary.connections.db
    asks = asked_per_term(glossary, start, end)
    votes = dict(db.execute("select term_id, sum(case when helpful = 1 then 1 else -1 end) from feedback "
                            "where at < ? group by term_id", [end]).fetchall())
    recent = _recent_picks(glossary, week)
    useful = [t for t in glossary.terms.all()
              if t.id not in recent and (t.examples or votes.get(t.id, 0) > 0) and votes.get(t.id, 0) >= 0]
    if not useful:
        return None

    def rank(t: Term) -> tuple[int, int, str]:
        return asks.get(t.id, 0), -votes.get(t.id, 0), hashlib.sha256(f"{week.key}:{t.id}".encode()).hexdigest()

    return min(useful, key=rank)


def term_of_week(glossary: Glossary, week: Week) -> Term | None:
    """The stored pick for `week`, choosing and storing it the first time (first writer wins)."""
    key = PICK_KEY + week.key
    db = glossary.connections.db
    row = db.execute("select value from meta where key = ?", [key]).fetchone()
    if row:
        stored = glossary.terms.get(row[0])
        if stored is not None:
            return stored
    pick = choose_term_of_week(glossary, week)
    if pick is None:
        return None
    with glossary.connections.write() as wdb:
        current = wdb.execute("select value from meta where key = ?", [key]).fetchone()
        if current and glossary.terms.get(current[0]) is not None:
            return glossary.terms.get(current[0])
        wdb.execute("insert or replace into meta (key, value) values (?, ?)", [key, pick.id])
    return pick


def collect(glossary: Glossary, week: Week, now: datetime | None = None) -> DigestData:
    """Everything the digest shows for `week`. `now` decides which review dates have passed."""
    now = now or glossary.clock()
    new, updated = term_changes(glossary, week)
    (_, last), (_, this) = series(glossary, week, 2)
    data = DigestData(
        week=week, this=this, last=last,
        new_terms=new, updated_terms=updated, top_terms=top_terms(glossary, week),
        unanswered=unanswered(glossary, week), pending=pending_suggestions(glossary),
        overdue=overdue_terms(glossary, now.astimezone(week.tz).date()),
        term_of_week=term_of_week(glossary, week),
        by_side=questions_by_side(glossary.connections, *week.bounds),
        coverage=coverage(glossary.terms.all()),
    )
    data.names = People(glossary).names(data.people)
    return data


"""The weekly digest as one platform-free Reply: short enough to read in a minute.

Each list is capped (MAX_LISTED) with "+N more", so a busy week does not become a wall.
"""

from __future__ import annotations

from bot.config import BotConfig
from bot.messages import Button, Item, Reply
from bot.weblinks import add_link
from glossary.digest_data import DigestData, Numbers, collect
from glossary.digest_week import Week, zone
from glossary.service import Glossary
from glossary.side_stats import NOT_SET, coverage_text, questions_line

MAX_LISTED = 5
MAX_UNANSWERED = 5
MAX_EXAMPLE = 140
DEFINE_ACTION = "digest_define"


def who(actor: str | None, names: dict[str, str] | None = None, fallback: str = "") -> str:
    """'slack:U123' -> 'Ann Lee' when the name is known, else `fallback`, else 'U123'. Plain text: it pings nobody."""
    if not actor:
        return "someone"
    known = (names or {}).get(actor) or fallback
    if known:
        return known
    return actor.split(":", 1)[1] if ":" in actor else actor


def change(now: int, before: int) -> str:
    delta = now - before
    return "±0" if delta == 0 else f"+{delta}" if delta > 0 else f"−{-delta}"


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _capped(parts: list[str], limit: int = MAX_LISTED) -> str:
    shown = ", ".join(parts[:limit])
    return shown + (f" and {len(parts) - limit} more" if len(parts) > limit else "")


def numbers_line(this: Numbers, last: Numbers) -> str:
    """'12 questions (+4) · 75% answered (+5 pts) · 5 people asked (−1) · 3 helpful votes (+3)'."""
    rate = this.answer_rate
    if rate is None:
        answered = "no answers to rate"
    else:
        answered = f"{round(rate * 100)}% answered"
        if last.answer_rate is not None:
            points = round(rate * 100) - round(last.answer_rate * 100)
            answered += f" ({change(points, 0)} pts)"
    return " · ".join([
        f"{_plural(this.asked, 'question')} ({change(this.asked, last.asked)})",
        answered,
        f"{_plural(this.askers, 'person', 'people')} asked ({change(this.askers, last.askers)})",
        f"{_plural(this.helpful, 'helpful vote')} ({change(this.helpful, last.helpful)})",
    ])


def _glossary_line(data: DigestData) -> str | None:
    parts = []
    if data.new_terms:
        parts.append("New: " + _capped([f"{c.term} (by {who(c.who[0], data.names)})" for c in data.new_terms]))
    if data.updated_terms:
        parts.append("Updated: " + _capped([f"{c.term} (by {', '.join(who(a, data.names) for a in c.who)})"
                                            for c in data.updated_terms]))
    return "🆕 " + ". ".join(parts) + "." if parts else None


def _curator_line(data: DigestData) -> str | None:
    parts = []
    if data.pending:
        parts.append(f"{_plural(len(data.pending), 'suggestion')} waiting for review: "
                     + _capped([f"{p.term} (from {who(p.author, data.names, p.author_name)})"
                                                     for p in data.pending]))
    if data.overdue:
        parts.append(f"{_plural(len(data.overdue), 'term')} past {'its' if len(data.overdue) == 1 else 'their'} "
                     "review date: " + _capped([f"{o.term} (owner {who(o.owner, data.names)})" if o.owner else o.term
                                                for o in data.overdue]))
    return "📝 " + ". ".join(parts) + "." if parts else None


def _term_of_week_line(data: DigestData) -> str | None:
    term = data.term_of_week
    if term is None:
        return None
    line = f"💡 Term of the week: {term.term} — {term.short_definition}."
    if term.examples:
        example = term.examples[0]
        line += " Example: " + (example if len(example) <= MAX_EXAMPLE else example[:MAX_EXAMPLE - 1] + "…")
    return line


def _side_line(data: DigestData) -> str | None:
    """Which side's questions went unanswered most, when people said which team they are on."""
    parts = [coverage_text(data.coverage, top_tags=3)]
    if any(r.side != NOT_SET for r in data.by_side):
        parts.append(questions_line(data.by_side) or "")
    return "🧭 " + " ".join(p for p in parts if p)


def quiet_reply(data: DigestData) -> Reply:
    text = (f"Jargon digest, {data.week.label}: a quiet week, nobody asked me anything. "
            "Heard a term you don't know? Ask me, e.g. “what does SLA mean?”")
    return Reply(text=text, kind="digest", body=[text])


def digest_reply(data: DigestData) -> Reply:
    """The digest for `data.week`; an empty week is one friendly line."""
    if data.quiet:
        return quiet_reply(data)
    title = f"Jargon digest · {data.week.label}"
    body = ["📊 " + numbers_line(data.this, data.last)]
    glossary_line = _glossary_line(data)
    if glossary_line:
        body.append(glossary_line)
    if data.top_terms:
        body.append("🔥 Most asked: " + _capped([f"{name} ×{n}" for _, name, n in data.top_terms]))
    for line in (_term_of_week_line(data), _curator_line(data), _side_line(data)):
        if line:
            body.append(line)
    items = [Item(f"“{u.text}”", f"asked {u.count}×", [Button("Define it", DEFINE_ACTION, {"term": u.text})])
             for u in data.unanswered[:MAX_UNANSWERED]]
    if items:
        more = len(data.unanswered) - len(items)
        body.append(f"❓ Nobody could answer {_plural(len(data.unanswered), 'question')}"
                    + (f" ({more} more not shown)" if more else "") + ". Curators, define them:")
    lines = [title, *body] + [f"• {i.label}: {i.text}" for i in items]
    return Reply(text="\n".join(lines), kind="digest", title=title, body=body, items=items)


def report_week(glossary: Glossary, config: BotConfig, key: str | None = None) -> Week:
    """The week a digest made now reports on (the last complete one), or the week named by `key`."""
    tz = zone(config.timezone)
    if not key:
        return Week.last_complete(glossary.clock(), tz)
    week = Week.from_key(key, tz)
    current = Week.containing(glossary.clock(), tz)
    if week.start > current.start:  # nothing happened yet: an empty digest would look like a quiet week
        raise ValueError(f"{week.key} ({week.label}) has not started yet; the latest week with a digest is "
                         f"{current.key}, this week so far")
    return week


def build_digest(glossary: Glossary, config: BotConfig, week: Week | None = None) -> Reply:
    """One call for every caller: chat preview, `jargon digest`, and the senders.

    The dashboard link is signed for the digest itself ("digest:2026-W47"), not a person: one digest
    goes to whole channels, and anyone in them may open it for 30 days.
    """
    week = week or report_week(glossary, config)
    return add_link(digest_reply(collect(glossary, week)), glossary, config, f"digest:{week.key}", "/dashboard",
                    label="Open the dashboard")

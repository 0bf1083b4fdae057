"""The bot's home page (Slack's App Home tab), as platform-free replies built from real data.

Everyone sees how to ask, the most asked terms this week and the recently added terms;
curators and admins also see what waits for them: pending suggestions and unanswered questions.
"""

from __future__ import annotations

from bot.commands.help import HOW_TO_ASK
from bot.commands.registry import ACTIONS
from bot.config import BotConfig
from bot.digest import DEFINE_ACTION, who
from bot.messages import Button, Item, Reply, User
from bot.roles import Role, role_of
from glossary.digest_data import pending_suggestions, top_terms, unanswered
from glossary.digest_week import Week, zone
from glossary.people import People
from glossary.service import SYSTEM_ACTOR, Glossary

LISTED = 5


def _available(buttons: list[Button]) -> list[Button]:
    """Only buttons whose action exists, so the page never offers a dead click."""
    return [b for b in buttons if b.action in ACTIONS]


def how_to_ask(tips: list[str] | None = None) -> Reply:
    lines = [*(tips or []), *HOW_TO_ASK]
    return Reply(text="\n".join(lines), kind="help", title="How to ask", body=lines)


def most_asked(glossary: Glossary, week: Week) -> Reply:
    rows = top_terms(glossary, week, LISTED)
    title = "Most asked this week"
    if not rows:
        return Reply(text=f"{title}: nobody has asked anything yet this week.", kind="home", title=title,
                     body=["Nobody has asked anything yet this week. Be the first!"])
    items = [Item(name, f"asked {n}×", _available([Button(f"What is {name}?", "lookup", {"term_id": term_id})
                                                   if term_id else Button(f"What is {name}?", "ask", {"query": name})]))
             for term_id, name, n in rows]
    return Reply(text=title + ": " + ", ".join(f"{name} ({n}×)" for _, name, n in rows), kind="home",
                 title=title, items=items)


def recently_added(glossary: Glossary) -> Reply:
    """Terms people added (not the starter glossary), newest first."""
    rows = glossary.connections.db.execute(
        "select t.id, t.term, t.definition, r.actor from revisions r join terms t on t.id = r.term_id "
        "where r.number = 1 and t.deleted = 0 and not (r.actor = ? and r.platform = 'starter') "
        "order by r.at desc, r.id desc limit ?", [SYSTEM_ACTOR, LISTED]).fetchall()
    title = "Recently added"
    if not rows:
        return Reply(text=f"{title}: only the starter glossary so far.", kind="home", title=title,
                     body=["Only the starter glossary so far. Suggest the terms your team uses!"])
    items = []
    names = People(glossary).names(r[3] for r in rows)
    for term_id, name, definition, actor in rows:
        term = glossary.term(term_id)
        short = term.short_definition if term else definition
        items.append(Item(name, f"{short} (added by {who(actor, names)})",
                          _available([Button(f"What is {name}?", "lookup", {"term_id": term_id})])))
    return Reply(text=title + ": " + ", ".join(r[1] for r in rows), kind="home", title=title, items=items)


def pending(glossary: Glossary) -> Reply:
    rows = pending_suggestions(glossary)
    title = "Suggestions waiting for review"
    if not rows:
        return Reply(text=f"{title}: none. All caught up!", kind="home", title=title,
                     body=["None. All caught up!"])
    names = People(glossary).names(p.author for p in rows if p.author)
    hint = "Review them with “glossary pending”, then “glossary approve N” or “glossary reject N reason”."
    items = [Item(f"#{p.id} {p.term}", f"suggested by {who(p.author, names, p.author_name)}",
                  _available([Button("Approve", "approve_suggestion", {"id": p.id}, style="primary"),
                              Button("Reject", "reject_suggestion", {"id": p.id}, style="danger")]))
             for p in rows[:LISTED]]
    more = [f"…and {len(rows) - LISTED} more."] if len(rows) > LISTED else []
    return Reply(text=f"{title}: " + ", ".join(f"#{p.id} {p.term}" for p in rows) + f". {hint}", kind="home",
                 title=title, body=[hint, *more], items=items)


def unanswered_questions(glossary: Glossary, week: Week) -> Reply:
    rows = unanswered(glossary, week)
    title = "Unanswered this week"
    if not rows:
        return Reply(text=f"{title}: none. Every question found an answer.", kind="home", title=title,
                     body=["None. Every question found an answer."])
    items = [Item(f"“{u.text}”", f"asked {u.count}×", _available([Button("Define it", DEFINE_ACTION,
                                                                         {"term": u.text})]))
             for u in rows[:LISTED]]
    return Reply(text=title + ": " + ", ".join(f"{u.text} ({u.count}×)" for u in rows), kind="home",
                 title=title, items=items)


def home_replies(glossary: Glossary, config: BotConfig, user: User, *, tips: list[str] | None = None) -> list[Reply]:
    """The whole page for `user`. `tips` lets a platform add its own way to ask (a slash command)."""
    week = Week.containing(glossary.clock(), zone(config.timezone))
    replies = [how_to_ask(tips), most_asked(glossary, week), recently_added(glossary)]
    if role_of(user, glossary, config) >= Role.CURATOR:
        replies += [pending(glossary), unanswered_questions(glossary, week)]
    return replies

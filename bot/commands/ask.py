"""Asking: the buttons that follow an answer (look up, feedback, share)."""

from __future__ import annotations

from bot.answers import lookup_reply, term_reply
from bot.commands.me import audience_of
from bot.commands.registry import action
from bot.context import Context
from bot.messages import Action, Button, Reply
from glossary import sides


def ask(ctx: Context, query: str) -> list[Reply]:
    """Answer a question and log it, so misses reach the digest."""
    result = ctx.glossary.ask(query, user=ctx.user.key, platform=ctx.platform, channel=ctx.conversation.key)
    terms = ctx.glossary.matcher.terms
    reply = lookup_reply(sides.order_result(result, terms, audience_of(ctx)), terms)
    return [reply]


@action("ask")
def _ask(ctx: Context, act: Action) -> list[Reply]:
    return ask(ctx, str(act.value.get("query", "")))


@action("lookup")
def _lookup(ctx: Context, act: Action) -> list[Reply]:
    term = ctx.glossary.term(str(act.value.get("term_id", "")))
    if term is None:
        return [Reply(text="That term is no longer in the glossary.", kind="error", private=True)]
    return [term_reply(term)]


@action("feedback")
def _feedback(ctx: Context, act: Action) -> list[Reply]:
    term_id = str(act.value.get("term_id", ""))
    term = ctx.glossary.term(term_id)
    if term is None:
        return [Reply(text="That term is no longer in the glossary.", kind="error", private=True)]
    helpful = act.value.get("helpful") in (True, "true", "1", 1)
    ctx.glossary.activity.record_feedback(term_id, helpful, user=ctx.user.key, platform=ctx.platform,
                                          query=str(act.value.get("query", "")))
    if helpful:
        return [Reply(text=f"Thanks! Glad the “{term.term}” answer helped.", kind="notice", private=True)]
    return [Reply(text=f"Thanks for telling us. Want to suggest a better definition of “{term.term}”?",
                  kind="notice", private=True,
                  actions=[Button("Suggest an edit", "suggest_form", {"term_id": term_id})])]


@action("share")
def _share(ctx: Context, act: Action) -> list[Reply]:
    """Post a private answer publicly in the channel."""
    term = ctx.glossary.term(str(act.value.get("term_id", "")))
    if term is None:
        return [Reply(text="That term is no longer in the glossary.", kind="error", private=True)]
    reply = term_reply(term)
    reply.text = f"{ctx.user.display} shared: " + reply.text
    return [reply]

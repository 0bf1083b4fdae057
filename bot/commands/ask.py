"""Asking: the buttons that follow an answer (look up, feedback, share)."""

from __future__ import annotations

import logging

from bot.answers import lookup_reply, term_reply
from bot.commands.me import audience_of
from bot.commands.registry import action
from bot.context import Context
from bot.messages import Action, Button, Reply
from bot.small_talk import not_a_question
from bot.weblinks import add_link
from glossary import common_words, recent, sides
from glossary.db import StorageError
from glossary.models import LookupResult

log = logging.getLogger(__name__)


def _memory_key(ctx: Context, *, answering: bool) -> str | None:
    """Where a follow-up looks for "it": this user in this DM, thread or console, never a whole channel.

    A top-level channel message has no memory to read, but its answer goes in a new thread under it,
    so that thread's follow-ups find what was answered (keyed by the message id)."""
    conv = ctx.conversation
    if conv.kind == "dm" or ctx.platform == "console":
        place = conv.id
    elif conv.thread:
        place = f"{conv.id}/{conv.thread}"
    elif answering and ctx.message is not None and ctx.message.message_id:
        place = f"{conv.id}/{ctx.message.message_id}"
    else:
        return None
    return f"{ctx.platform}|{ctx.user.id}|{place}"


def _linked(ctx: Context, reply: Reply, result: LookupResult) -> Reply:
    """An answer carries a personal link to the term's page; every sense, to the glossary's search."""
    if result.status == "answer":
        return add_link(reply, ctx.glossary, ctx.config, ctx.user.key, f"/terms/{result.matches[0].id}")
    if result.status == "ambiguous":
        return add_link(reply, ctx.glossary, ctx.config, ctx.user.key, query={"q": result.subject})
    return reply


def ask(ctx: Context, query: str) -> list[Reply]:
    """Answer a question (a follow-up reads the last answer in this conversation) and log it."""
    glossary = ctx.glossary
    key = _memory_key(ctx, answering=False)
    last = recent.recall(glossary.connections, key, glossary.clock()) if key else None
    tag = audience_of(ctx)
    result = glossary.ask(query, user=ctx.user.key, platform=ctx.platform, channel=ctx.conversation.key, last=last,
                          side=sides.side_of_tag(tag) if tag else None)
    if result.status == "unknown" and result.followup is None and common_words.only_everyday(query):
        return [not_a_question()]  # "so", "the", "so what": a hint, not "I don't know “so” yet" (and not logged)
    terms = glossary.matcher.terms
    reply = lookup_reply(sides.order_result(result, terms, tag), terms)
    # after several meanings, the first shown is "it", and "the other one?" finds the rest from it
    answered = result.matches[0].id if result.status in ("answer", "compare", "ambiguous") and result.matches \
        else None
    key = _memory_key(ctx, answering=True)
    if answered and key and answered != last:
        try:
            recent.remember(glossary.connections, key, answered, glossary.clock())
        except StorageError as exc:  # follow-ups are a convenience: never lose the answer over them
            log.error("follow-up memory not saved: %s", exc)
    return [_linked(ctx, reply, result)]


@action("ask")
def _ask(ctx: Context, act: Action) -> list[Reply]:
    return ask(ctx, str(act.value.get("query", "")))


@action("lookup")
def _lookup(ctx: Context, act: Action) -> list[Reply]:
    term = ctx.glossary.term(str(act.value.get("term_id", "")))
    if term is None:
        return [Reply(text="That term is no longer in the glossary.", kind="error", private=True)]
    return [add_link(term_reply(term), ctx.glossary, ctx.config, ctx.user.key, f"/terms/{term.id}")]


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

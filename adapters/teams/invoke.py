"""Teams invokes (the messaging extension): search results and the "Explain jargon" dialog.

Teams waits for these answers in the HTTP response, so each is an invoke body, never a post.
"""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from botbuilder.core import InvokeResponse, TurnContext

from adapters.teams import render as render_teams
from adapters.teams.activity import conversation_of, payload_text, raw, search_query, user_of
from adapters.teams.settings import safe_error
from bot.answers import term_reply
from bot.messages import Action, Reply

if TYPE_CHECKING:
    from adapters.teams.handler import JargonTeamsBot

log = logging.getLogger(__name__)

EXPLAIN_TITLE = "Explain jargon"
COMPOSE_QUERY = "composeExtension/query"
COMPOSE_ACTIONS = ("composeExtension/fetchTask", "composeExtension/submitAction")


async def invoke_response(handler: JargonTeamsBot, turn_context: TurnContext) -> InvokeResponse | None:
    """The answer to a messaging-extension invoke, or None when it is not one of ours."""
    name = turn_context.activity.name
    try:
        if name == COMPOSE_QUERY:
            return InvokeResponse(status=HTTPStatus.OK, body=await search(handler, turn_context))
        if name in COMPOSE_ACTIONS:
            return InvokeResponse(status=HTTPStatus.OK, body=await explain(handler, turn_context))
    except Exception as exc:  # answer 200 with a message: Teams shows it instead of "app unreachable"
        log.error("Teams %s failed: %s", name, safe_error(exc))
        return InvokeResponse(status=HTTPStatus.OK, body=render_teams.search_message(
            "Sorry, something went wrong on my side. Please try again."))
    return None


async def search(handler: JargonTeamsBot, turn_context: TurnContext) -> dict[str, Any]:
    query, _initial = search_query(turn_context.activity.value or {})
    if not query:
        return render_teams.search_message("Type a term to look up, for example “SLA” or “churn”.")
    glossary = handler.bot.glossary
    result = await asyncio.to_thread(glossary.lookup, query[:200])
    terms = glossary.matcher.terms
    replies = [term_reply(terms[m.id], query=query) for m in result.matches if m.id in terms]
    if not replies:
        return render_teams.search_message(f"No glossary term matches “{query[:60]}”.")
    return render_teams.search_results(replies)


async def explain(handler: JargonTeamsBot, turn_context: TurnContext) -> dict[str, Any]:
    """"Explain jargon" on a message: the core's explanation, in a dialog only the user sees."""
    value = turn_context.activity.value or {}
    data = raw(turn_context.activity)
    clicked = render_teams.action_from_value(value)  # a button inside our dialog
    if clicked is None:
        text = payload_text(value)
        if not text:
            return render_teams.dialog(Reply("That message has no text to explain."), EXPLAIN_TITLE)
        clicked = ("explain_text", {"text": text})
    replies = await asyncio.to_thread(
        handler.bot.act, Action(clicked[0], clicked[1], user_of(data), conversation_of(data)))
    await handler.deliver(turn_context, [r for r in replies if r.to is not None])
    shown = [r for r in replies if r.to is None] or [Reply("Done.")]
    return render_teams.dialog(shown, EXPLAIN_TITLE)

"""Explain and Translate in Teams over real HTTP to /api/messages, against the fake Bot Connector.

The "Explain jargon" message action and its Translate button, "explain: <text>" to the bot,
`glossary context`, and watch mode (a channel message not addressed to the bot) with "Mute".
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from adapters.teams import render as render_teams
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.fakes.connector import FakeConnector, card_actions, card_texts
from tests.teams import activities
from tests.teams.conftest import post

SENTENCE = "We need to cut CAC before the QBR, and the MVP's SLA is blocking the rollout."
ADMIN = {"id": "29:1admin", "name": "Ada Admin", "aadObjectId": "aad-admin"}  # JARGON_ADMINS has teams:aad-admin


def dialog_texts(body: dict[str, Any]) -> str:
    return " ".join(card_texts(body["task"]["value"]["card"]["content"]))


def dialog_button(body: dict[str, Any], title: str) -> dict[str, Any]:
    return next(a for a in card_actions(body["task"]["value"]["card"]["content"]) if a["title"] == title)


def unaddressed(service_url: str, text: str, root: str | None = None) -> dict[str, Any]:
    """A channel message that does not @mention the bot: only watch mode looks at it."""
    activity = activities.channel_message(service_url, text, root=root)
    activity["text"] = text
    activity["entities"] = [e for e in activity["entities"] if e.get("type") != "mention"]
    activity["attachments"] = [{"contentType": "text/html", "content": f"<p>{text}</p>"}]
    return activity


async def test_message_action_explains_and_translates(server, connector: FakeConnector) -> None:
    html = f"<p>{SENTENCE.replace('SLA', '<strong>SLA</strong>')}</p>"
    status, body = await post(server, activities.explain_invoke(connector.url, html))
    assert status == 200 and body["task"]["type"] == "continue"
    shown = dialog_texts(body)
    for label in ("CAC (customer acquisition cost)", "QBR (quarterly business review)",
                  "MVP (minimum viable product)", "SLA (service level agreement)"):
        assert label in shown
    assert "The average amount spent on sales and marketing to win one new customer" in shown
    translate = dialog_button(body, "Translate")
    status, body = await post(server, activities.explain_invoke(
        connector.url, html, name="composeExtension/submitAction", data=translate["data"]))
    assert status == 200
    assert ("We need to cut CAC (the average amount spent on sales and marketing to win one new customer) before "
            "the QBR (a meeting held every quarter") in dialog_texts(body)
    assert connector.sent() == []  # everything stayed in the private dialog


async def test_explain_colon_in_a_channel_mention_replies_in_the_thread(server, connector: FakeConnector) -> None:
    activity = activities.channel_message(connector.url, f"explain: {SENTENCE}")
    status, _ = await post(server, activity)
    assert status in (200, 201)
    [call] = connector.sent()
    assert call.kind == "reply" and call.conversation == f"{activities.CHANNEL_ID};messageid={activity['id']}"
    texts = " ".join(card_texts(call.card))
    assert "CAC (customer acquisition cost)" in texts and "SLA (service level agreement)" in texts
    assert "Translate" in [a["title"] for a in card_actions(call.card)]


async def test_context_tags_pick_the_sense(server, connector: FakeConnector) -> None:
    ambiguous = "<p>Can someone look at the PR today?</p>"
    _, body = await post(server, activities.explain_invoke(connector.url, ambiguous))
    assert "PR (public relations)" in dialog_texts(body) and "PR (pull request)" in dialog_texts(body)
    await post(server, activities.channel_message(connector.url, "glossary context dev", user=ADMIN))
    assert any("Context tags for this channel: dev" in t for t in card_texts(connector.sent()[-1].card))
    _, body = await post(server, activities.explain_invoke(connector.url, ambiguous))
    assert "PR (pull request)" in dialog_texts(body) and "PR (public relations)" not in dialog_texts(body)


async def test_watch_mode_replies_in_the_thread_and_mutes(server, connector: FakeConnector,
                                                           glossary: Glossary, clock: FixedClock) -> None:
    first = unaddressed(connector.url, SENTENCE)
    await post(server, first)
    assert connector.sent() == []  # off by default
    await post(server, activities.channel_message(connector.url, "glossary watch on 1", user=ADMIN))
    before = len(connector.sent())

    message = unaddressed(connector.url, SENTENCE)
    status, _ = await post(server, message)
    assert status in (200, 201)
    [reply] = connector.sent()[before:]
    assert reply.conversation == f"{activities.CHANNEL_ID};messageid={message['id']}"
    texts = card_texts(reply.card)
    assert any(t.startswith("Terms in this message") for t in texts)
    mute = next(a for a in card_actions(reply.card) if a["title"] == "Mute in this thread")

    await post(server, unaddressed(connector.url, "Our CAC and LTV look off"))
    assert len(connector.sent()) == before + 1  # the channel's cooldown

    click = activities.card_submit(connector.url, mute["data"], reply_to=reply.activity.get("id") or "1",
                                   channel_root=message["id"])
    status, _ = await post(server, click)
    assert status in (200, 201)
    await connector.wait_for(lambda calls: any(
        "won't list terms in this thread" in " ".join(card_texts(c.activity)) for c in calls))
    settings = glossary.connections.db.execute("select settings from channel_settings").fetchone()[0]
    assert f'"watch_muted": ["{message["id"]}"]' in settings
    clock.now += timedelta(minutes=2)  # past the cooldown
    sent = len(connector.sent())
    await post(server, unaddressed(connector.url, SENTENCE, root=message["id"]))  # a reply in the muted thread
    assert len(connector.sent()) == sent
    other = unaddressed(connector.url, SENTENCE)
    await post(server, other)  # another thread is still watched
    [again] = connector.sent()[sent:]
    assert again.conversation == f"{activities.CHANNEL_ID};messageid={other['id']}"


async def test_invoke_answers_even_without_terms(server, connector: FakeConnector) -> None:
    status, body = await post(server, activities.explain_invoke(connector.url, "<p>See you at lunch</p>"))
    assert status == 200
    assert "didn't find any glossary terms" in dialog_texts(body)
    assert render_teams.ADAPTIVE == body["task"]["value"]["card"]["contentType"]

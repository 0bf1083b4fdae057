"""Messages over real HTTP: personal chat, channel @mention, card buttons, forms, install."""

from __future__ import annotations

import json

from adapters.teams import render as render_teams
from bot.commands.help import HOW_TO_ASK
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_actions, card_texts
from tests.teams import activities as teams
from tests.teams.conftest import post


def _term(glossary: Glossary, query: str):
    result = glossary.lookup(query)
    assert result.status == "answer", result
    return glossary.term(result.matches[0].id)


def _logged_questions(glossary: Glossary) -> list[str]:
    return [r["text"] for r in glossary.connections.db.query("select text from queries order by id")]


def _button(card: dict, label_part: str) -> dict:
    matches = [a for a in card_actions(card) if label_part in a["title"]]
    assert len(matches) == 1, [a["title"] for a in card_actions(card)]
    return matches[0]


async def test_personal_message_is_a_question(server, connector: FakeConnector, glossary: Glossary) -> None:
    activity = teams.personal_message(connector.url, "what does SLA mean?")
    status, _ = await post(server, activity)
    assert status in (200, 201)
    [call] = connector.sent()
    assert (call.kind, call.conversation, call.activity_id) == ("reply", teams.PERSONAL_ID, activity["id"])
    term = _term(glossary, "SLA")
    texts = card_texts(call.card)
    assert term.term in texts[0] and term.definition in texts
    assert any(term.examples[0] in t for t in texts)
    titles = [a["title"] for a in card_actions(call.card)]
    assert any("Helpful" in t for t in titles) and any("Not helpful" in t for t in titles)
    assert "Suggest an edit" in titles
    assert call.activity["summary"].startswith(term.term)
    assert "Authorization" not in call.headers  # dev mode: no credentials are sent
    assert _logged_questions(glossary) == ["what does SLA mean?"]


async def test_channel_mention_is_stripped_and_answered_in_the_thread(server, connector: FakeConnector,
                                                                      glossary: Glossary) -> None:
    activity = teams.channel_message(connector.url, "what is churn?")
    status, _ = await post(server, activity)
    assert status in (200, 201)
    [call] = connector.sent()
    assert call.kind == "reply"
    assert call.conversation == f"{teams.CHANNEL_ID};messageid={activity['id']}"
    assert call.activity_id == activity["id"]
    assert _term(glossary, "churn").definition in card_texts(call.card)
    assert _logged_questions(glossary) == ["what is churn?"]


async def test_reply_inside_an_existing_thread_stays_in_it(server, connector: FakeConnector) -> None:
    activity = teams.channel_message(connector.url, "CAC?", root="1732350000000")
    await post(server, activity)
    [call] = connector.sent()
    assert call.conversation == f"{teams.CHANNEL_ID};messageid=1732350000000"
    assert call.activity_id == activity["id"]


async def test_bot_named_like_a_word_is_not_over_stripped(server, connector: FakeConnector,
                                                          glossary: Glossary) -> None:
    """botbuilder's remove_recipient_mention would turn this into "  the SLA?"."""
    activity = teams.channel_message(connector.url, "WhatIs the SLA?", bot_name="WhatIs")
    await post(server, activity)
    assert _logged_questions(glossary) == ["WhatIs the SLA?"]
    [call] = connector.sent()
    assert _term(glossary, "SLA").definition in card_texts(call.card)


async def test_glossary_command_goes_through_the_core(server, connector: FakeConnector) -> None:
    await post(server, teams.personal_message(connector.url, "glossary help"))
    [call] = connector.sent()
    texts = card_texts(call.card)
    assert any(t.startswith("glossary search") for t in texts) and any(t.startswith("glossary suggest") for t in texts)


async def test_helpful_button_records_feedback(server, connector: FakeConnector, glossary: Glossary) -> None:
    await post(server, teams.personal_message(connector.url, "what is EBITDA"))
    [answer] = connector.sent()
    data = _button(answer.card, "👍")["data"]
    click = teams.card_submit(connector.url, data, reply_to="activity-1")
    status, _ = await post(server, click)
    assert status in (200, 201)
    rows = list(glossary.connections.db.query("select term_id, helpful, user, platform from feedback"))
    term = _term(glossary, "EBITDA")
    assert rows == [{"term_id": term.id, "helpful": 1, "user": f"teams:{teams.ANA['aadObjectId']}",
                     "platform": "teams"}]
    thanks = connector.sent()[-1]
    assert thanks.conversation == teams.PERSONAL_ID
    assert any("Thanks" in t for t in card_texts(thanks.card))


async def test_related_and_choice_buttons_answer(server, connector: FakeConnector, glossary: Glossary) -> None:
    """"PR" has several senses: each is a button; clicking one answers with that sense."""
    await post(server, teams.personal_message(connector.url, "PR"))
    [choices] = connector.sent()
    buttons = card_actions(choices.card)
    senses = glossary.terms.by_name("PR")
    assert len(buttons) >= len(senses) >= 2
    picked = buttons[0]["data"]
    await post(server, teams.card_submit(connector.url, picked, reply_to="activity-1"))
    answer = connector.sent()[-1]
    chosen = glossary.term(picked[render_teams.VALUE_KEY]["term_id"])
    assert chosen.definition in card_texts(answer.card)


async def test_private_reply_in_a_channel_goes_to_a_one_to_one_chat(server, connector: FakeConnector,
                                                                    glossary: Glossary) -> None:
    activity = teams.channel_message(connector.url, "what is ARR?")
    await post(server, activity)
    [answer] = connector.sent()
    data = _button(answer.card, "👍")["data"]
    await post(server, teams.card_submit(connector.url, data, reply_to="activity-1", channel_root=activity["id"]))
    create, thanks = connector.sent()[-2:]
    assert create.kind == "create"  # a 1:1 conversation with the clicker, not a post in the channel thread
    assert [m["id"] for m in create.body["members"]] == [teams.ANA["id"]]
    assert create.body["channelData"]["tenant"]["id"] == teams.TENANT and create.body["isGroup"] is False
    assert thanks.kind == "send" and thanks.conversation.startswith("conversation-")
    assert any("Thanks" in t for t in card_texts(thanks.card))
    # the 1:1 chat is remembered, so the next private reply or notice reuses it
    kinds = {r["key"]: r["kind"] for r in glossary.connections.db.query("select key, kind from conversations")}
    assert kinds[f"teams:{teams.CHANNEL_ID}"] == "channel"
    assert "dm" in kinds.values()


async def test_form_card_submit_files_a_suggestion(server, connector: FakeConnector, glossary: Glossary) -> None:
    await post(server, teams.personal_message(connector.url, "what is TCO"))
    [answer] = connector.sent()
    await post(server, teams.card_submit(connector.url, _button(answer.card, "Suggest an edit")["data"],
                                         reply_to="activity-1"))
    form = connector.sent()[-1].card
    inputs = {b["id"]: b for b in form["body"] if b["type"] == "Input.Text"}
    assert inputs["definition"]["isRequired"] and inputs["definition"]["value"] == _term(glossary, "TCO").definition
    submit = form["actions"][0]
    new_definition = "Everything a thing costs over its whole life: buying, running, supporting, retiring."
    await post(server, teams.card_submit(connector.url, submit["data"], reply_to="activity-2",
                                         inputs={"definition": new_definition, "example": "", "aliases": "",
                                                 "tags": "finance", "related": ""}))
    rows = list(glossary.connections.db.query("select term, payload, author, platform from suggestions"))
    assert len(rows) == 1 and rows[0]["term"] == "TCO"
    assert new_definition in json.loads(rows[0]["payload"])["changes"].values()
    assert rows[0]["author"] == f"teams:{teams.ANA['aadObjectId']}"


async def test_install_in_a_team_welcomes_and_saves_the_reference(server, connector: FakeConnector,
                                                                  glossary: Glossary) -> None:
    status, _ = await post(server, teams.bot_installed(connector.url))
    assert status in (200, 201)
    [welcome] = connector.sent()
    assert welcome.kind == "send" and welcome.conversation == teams.TEAM_ID
    texts = card_texts(welcome.card)
    assert all(line in texts for line in HOW_TO_ASK)
    [row] = glossary.connections.db.query("select * from conversations")
    assert (row["key"], row["platform"], row["channel"], row["kind"]) == (
        f"teams:{teams.TEAM_ID}", "teams", teams.TEAM_ID, "channel")
    reference = json.loads(row["reference"])
    assert reference["serviceUrl"] == connector.url and reference["bot"]["id"] == teams.BOT_ID
    assert reference["conversation"]["tenantId"] == teams.TENANT and "activityId" not in reference


async def test_every_conversation_is_remembered_and_removal_forgets(server, connector: FakeConnector,
                                                                    glossary: Glossary) -> None:
    await post(server, teams.personal_message(connector.url, "KPI?"))
    await post(server, teams.channel_message(connector.url, "OKR?"))
    keys = {r["key"]: r["kind"] for r in glossary.connections.db.query("select key, kind from conversations")}
    assert keys == {f"teams:{teams.PERSONAL_ID}": "dm", f"teams:{teams.CHANNEL_ID}": "channel"}
    await post(server, teams.bot_installed(connector.url))
    await post(server, teams.bot_uninstalled(connector.url))
    keys_after = {r["key"] for r in glossary.connections.db.query("select key from conversations")}
    assert f"teams:{teams.TEAM_ID}" not in keys_after and len(keys_after) == 2


async def test_a_moved_service_url_refreshes_the_reference(server, glossary: Glossary) -> None:
    async with FakeConnector() as first, FakeConnector() as second:
        await post(server, teams.personal_message(first.url, "ROI?"))
        await post(server, teams.personal_message(second.url, "ROI?"))
        assert len(second.sent()) == 1
    [row] = glossary.connections.db.query("select reference from conversations")
    assert json.loads(row["reference"])["serviceUrl"] == second.url


async def test_uninstalling_from_a_personal_chat_forgets_it(server, connector: FakeConnector,
                                                             glossary: Glossary) -> None:
    await post(server, teams.installation_update(connector.url, "add"))
    assert [r["kind"] for r in glossary.connections.db.query("select kind from conversations")] == ["dm"]
    status, _ = await post(server, teams.installation_update(connector.url, "remove"))
    assert status in (200, 201)
    assert glossary.connections.db.execute("select count(*) from conversations").fetchone()[0] == 0


async def test_a_channel_message_without_a_mention_is_not_answered(server, connector: FakeConnector,
                                                                   glossary: Glossary) -> None:
    """With watch-mode consent Teams delivers every channel message; unwatched ones get no reply."""
    activity = teams.channel_message(connector.url, "x")
    activity["text"], activity["entities"] = "we should lower the CAC and the churn this quarter", []
    status, _ = await post(server, activity)
    assert status in (200, 201) and connector.sent() == []
    assert _logged_questions(glossary) == []


async def test_a_reply_that_replaces_the_original_updates_the_card(server, connector: FakeConnector,
                                                                   monkeypatch) -> None:
    """E.g. an "Approve" button whose card should turn into the outcome: PUT on the clicked message."""
    from bot.commands.registry import ACTIONS
    from bot.messages import Reply

    monkeypatch.setitem(ACTIONS, "decide", lambda ctx, act: [
        Reply(text=f"Approved by {ctx.user.display}", replace_original=True)])
    data = {render_teams.ACTION_KEY: "decide", render_teams.VALUE_KEY: {}}
    click = teams.card_submit(connector.url, data, reply_to="activity-42", channel_root="1732350000000")
    status, _ = await post(server, click)
    assert status in (200, 201)
    [update] = connector.calls
    assert (update.kind, update.activity_id) == ("update", "activity-42")
    assert update.conversation == f"{teams.CHANNEL_ID};messageid=1732350000000"
    assert card_texts(update.card) == [f"Approved by {teams.ANA['name']}"]

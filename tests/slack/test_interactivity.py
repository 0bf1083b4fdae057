"""Buttons, the message shortcut and modals over real HTTP: what the clicker sees, what is stored."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from bot.commands.registry import ACTIONS
from bot.messages import Action, Item, Reply
from tests.fakes import Call, FakeSlackAPI
from tests.slack.conftest import SlackServer, button_payload, buttons, event_payload, fixture


def _whatis(server: SlackServer, api: FakeSlackAPI, term: str) -> Call:
    server.command("/whatis", term, response_url=api.response_url("cmd"))
    post = api.wait_for("response_url")[-1]
    api.reset()
    return post


def _click(server: SlackServer, api: FakeSlackAPI, post: Call, label: str, **kwargs: Any) -> int:
    status, _ = server.interact(button_payload(api, buttons(post.blocks)[label], **kwargs))
    return status


def test_share_in_channel_posts_the_answer_publicly(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    assert _click(server, slack_api, answer, "Share in channel") == 200
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "C111"
    assert post.text.startswith("primary-owner shared: SLA (service level agreement)")
    assert "Share in channel" not in buttons(post.blocks)


def test_share_where_the_bot_is_not_a_member_goes_through_response_url(server: SlackServer,
                                                                       slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    slack_api.error("chat.postMessage", "not_in_channel")
    _click(server, slack_api, answer, "Share in channel")
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "in_channel" and "shared: SLA" in post.text


def test_feedback_is_stored_and_thanked_privately(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    _click(server, slack_api, answer, "👍 Helpful")
    thanks = slack_api.wait_for("response_url")[0]
    assert thanks.params["response_type"] == "ephemeral" and "Glad the “SLA” answer helped" in thanks.text
    rows = list(server.glossary.connections.db.query("select term_id, helpful, user, platform from feedback"))
    assert rows == [{"term_id": "sla", "helpful": 1, "user": "slack:W111", "platform": "slack"}]


def test_not_helpful_offers_an_edit(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    _click(server, slack_api, answer, "👎 Not helpful")
    reply = slack_api.wait_for("response_url")[0]
    assert "Suggest an edit" in buttons(reply.blocks)
    assert server.glossary.connections.db.execute("select helpful from feedback").fetchone()[0] == 0


def test_related_term_button_looks_it_up_privately(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    _click(server, slack_api, answer, "SLO")
    reply = slack_api.wait_for("response_url")[0]
    assert reply.params["response_type"] == "ephemeral"  # the question was private, so is the follow-up
    assert reply.text.startswith("SLO") and "Share in channel" in buttons(reply.blocks)


def test_sense_choice_of_an_ambiguous_term(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    choices = _whatis(server, slack_api, "PR")  # a false friend since issue 14: each sense labelled by team
    labels = [label for label in buttons(choices.blocks) if label.startswith("In ")]
    assert len(labels) >= 2, choices.text
    _click(server, slack_api, choices, labels[1])
    reply = slack_api.wait_for("response_url")[0]
    assert reply.blocks[0]["text"]["text"].startswith("PR")
    assert "👍 Helpful" in buttons(reply.blocks)


def test_button_on_a_public_message_answers_in_its_thread(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("app_mention.json", text="<@UBOT> SLA?", ts="1700.000100"))
    answer = slack_api.wait_for("chat.postMessage")[0]
    slack_api.reset()
    message = {"type": "message", "ts": "1700.000900", "thread_ts": "1700.000100", "text": answer.text}
    _click(server, slack_api, answer, "SLO", ephemeral=False, message=message)
    reply = slack_api.wait_for("chat.postMessage")[0]
    assert reply.params["thread_ts"] == "1700.000100" and reply.text.startswith("SLO")


def test_unknown_or_forged_button_value_is_answered_politely(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    payload = fixture("block_actions.json")  # value "click_me_123": not one of ours
    payload["response_url"] = slack_api.response_url()
    assert server.interact(payload)[0] == 200
    reply = slack_api.wait_for("response_url")[0]
    assert "no longer supported" in reply.text


def test_suggest_an_edit_opens_a_modal_and_submitting_files_a_suggestion(server: SlackServer,
                                                                         slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    _click(server, slack_api, answer, "Suggest an edit")
    opened = slack_api.wait_for("views.open")[0]
    assert opened.params["trigger_id"] == "111.222.valid"
    view = opened.params["view"]
    assert view["type"] == "modal" and len(view["title"]["text"]) <= 24
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert inputs["definition"]["element"]["initial_value"].startswith("A written promise")

    submission = _submission(view, {"definition": "A promise about how fast and available a service is."})
    status, body = server.interact(submission)
    assert status == 200 and body in ("", "{}")  # closes the modal
    rows = list(server.glossary.connections.db.query("select term_id, status, author from suggestions"))
    assert rows == [{"term_id": "sla", "status": "pending", "author": "slack:W111"}]
    told = slack_api.wait_for("chat.postEphemeral")[0]  # back in the channel the form came from
    assert told.params["channel"] == "C111" and told.params["user"] == "W111"


def test_field_error_keeps_the_modal_open_with_the_error_under_the_field(server: SlackServer,
                                                                         slack_api: FakeSlackAPI) -> None:
    answer = _whatis(server, slack_api, "SLA")
    _click(server, slack_api, answer, "Suggest an edit")
    view = slack_api.wait_for("views.open")[0].params["view"]
    status, body = server.interact(_submission(view, {"definition": "x" * 5000}))
    assert status == 200
    response = json.loads(body)
    assert response["response_action"] == "errors"
    assert "characters long" in response["errors"]["definition"]
    assert server.glossary.connections.db.execute("select count(*) from suggestions").fetchone()[0] == 0


def test_other_error_redraws_the_modal_with_the_message_and_keeps_the_input(
        server: SlackServer, slack_api: FakeSlackAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = _whatis(server, slack_api, "SLA")
    _click(server, slack_api, answer, "Suggest an edit")
    view = slack_api.wait_for("views.open")[0].params["view"]
    submit_action = json.loads(view["private_metadata"])["a"]
    monkeypatch.setitem(ACTIONS, submit_action, lambda ctx, act: [
        Reply(text="SLA changed since you opened it. Nothing was saved.", kind="error", private=True)])
    status, body = server.interact(_submission(view, {"definition": "My better definition"}))
    response = json.loads(body)
    assert status == 200 and response["response_action"] == "update"
    blocks = response["view"]["blocks"]
    assert "changed since you opened it" in blocks[0]["text"]["text"]
    kept = {b["block_id"]: b["element"].get("initial_value") for b in blocks if b["type"] == "input"}
    assert kept["definition"] == "My better definition"


def test_message_shortcut_explains_only_to_the_clicker(server: SlackServer, slack_api: FakeSlackAPI,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Action] = []
    real = ACTIONS.get("explain_text")

    def explain(ctx: Any, act: Action) -> list[Reply]:
        seen.append(act)
        if real is not None:
            return real(ctx, act)
        found = [t for t in ctx.glossary.terms.all() if t.term in act.value["text"].split()]
        return [Reply(text="Terms in this message", kind="explain", title="Terms in this message",
                      items=[Item(t.term, t.short_definition) for t in found])]

    monkeypatch.setitem(ACTIONS, "explain_text", explain)
    payload = fixture("message_shortcut.json")
    payload["response_url"] = slack_api.response_url("shortcut")
    assert server.interact(payload)[0] == 200
    reply = slack_api.wait_for("response_url")[0]
    assert reply.params["response_type"] == "ephemeral"
    assert seen[0].value["text"] == "We need to cut CAC before the QBR" and seen[0].user.id == "W111"
    assert "CAC" in reply.all_text()
    assert not slack_api.calls_to("chat.postMessage")


def test_watch_mode_replies_in_the_thread(server: SlackServer, slack_api: FakeSlackAPI,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ACTIONS, "watch_message", lambda ctx, act: [
        Reply(text=f"Terms in this message: {act.value['text'][:20]}", kind="explain")])
    server.event(event_payload("message_im.json", channel="C111", channel_type="channel", ts="1700.000300",
                               text="cut CAC before the QBR"))
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "C111" and post.params["thread_ts"] == "1700.000300"
    assert post.text.startswith("Terms in this message")


def test_explain_in_a_thread_gets_the_parent_message(server: SlackServer, slack_api: FakeSlackAPI,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    parents: list[str | None] = []

    def explain(ctx: Any, act: Action) -> list[Reply]:
        parents.append(ctx.message.parent_text if ctx.message else None)
        return [Reply(text="explained", kind="explain")]

    monkeypatch.setitem(ACTIONS, "explain_text", explain)
    slack_api.set_thread("C111", "1700.000001", [{"text": "The MVP misses its SLA", "ts": "1700.000001"}])
    server.event(event_payload("app_mention.json", text="<@UBOT> explain", ts="1700.000050",
                               thread_ts="1700.000001"))
    slack_api.wait_for("chat.postMessage")
    assert parents == ["The MVP misses its SLA"]


def test_a_form_reply_to_a_mention_becomes_a_button_that_opens_it(server: SlackServer,
                                                                   slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("app_mention.json", text="<@UBOT> glossary suggest", user="W111"))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not (slack_api.calls_to("chat.postEphemeral")
                                               or slack_api.calls_to("chat.postMessage")):
        time.sleep(0.02)
    post = (slack_api.calls_to("chat.postEphemeral") or slack_api.calls_to("chat.postMessage"))[0]
    opener = [label for label in buttons(post.blocks) if label.startswith("Open")]
    assert opener, post.all_text()  # an @mention carries no trigger_id, so no modal can open yet
    _click(server, slack_api, post, opener[0], ephemeral=True)
    view = slack_api.wait_for("views.open")[0].params["view"]
    assert view["type"] == "modal" and any(b["type"] == "input" for b in view["blocks"])


def _submission(view: dict[str, Any], typed: dict[str, str]) -> dict[str, Any]:
    """A view_submission of `view` (as the bot opened it) with the fields filled as typed."""
    payload = fixture("view_submission.json")
    values = {}
    for block in view["blocks"]:
        if block["type"] == "input":
            value = typed.get(block["block_id"], block["element"].get("initial_value"))
            values[block["block_id"]] = {"value": {"type": "plain_text_input", "value": value}}
    payload["view"].update(blocks=view["blocks"], private_metadata=view["private_metadata"],
                           callback_id=view["callback_id"], state={"values": values}, title=view["title"])
    return payload


def _click_action(server: SlackServer, api: FakeSlackAPI, name: str, value: dict[str, Any]) -> None:
    from adapters.slack.render import encode_value

    button = {"action_id": "jb.0", "value": encode_value(name, value), "text": {"type": "plain_text", "text": name}}
    assert server.interact(button_payload(api, button, ephemeral=False))[0] == 200


def test_notices_go_to_the_named_channel_thread_or_user(server: SlackServer, slack_api: FakeSlackAPI,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.messages import Conversation, User

    monkeypatch.setitem(ACTIONS, "notify_test", lambda ctx, act: [
        Reply(text="To the curators' channel", kind="notice", to=Conversation("slack", "C900", "channel", "5.5")),
        Reply(text="To a person", kind="notice", to=User("slack", "W777")),
        Reply(text="To Teams: not from here", kind="notice", to=User("teams", "aad-1")),
        Reply(text="Done", kind="notice", private=True)])
    _click_action(server, slack_api, "notify_test", {})
    posts = {p.params["channel"]: p for p in slack_api.wait_for("chat.postMessage", 2)}
    assert posts["C900"].params["thread_ts"] == "5.5" and posts["C900"].text == "To the curators' channel"
    assert posts["W777"].text == "To a person"
    assert slack_api.wait_for("response_url")[0].text == "Done"
    assert len(slack_api.calls_to("chat.postMessage")) == 2


def test_a_file_that_cannot_be_uploaded_is_sent_as_a_snippet(server: SlackServer, slack_api: FakeSlackAPI,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ACTIONS, "export_test", lambda ctx, act: [
        Reply(text="Here is the glossary.", kind="notice", file=("glossary.yaml", "- id: sla\n  term: SLA\n"))])
    slack_api.error("files.getUploadURLExternal", "not_allowed_token_type")
    _click_action(server, slack_api, "export_test", {})
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "C111" and "glossary.yaml" in post.all_text() and "term: SLA" in post.all_text()

"""Reply -> Block Kit as pure functions: Slack's limits, escaping, buttons that round-trip."""

from __future__ import annotations

import json

from adapters.slack import render as render_slack
from bot.messages import Button, Form, FormField, Item, Reply
from tests.slack.conftest import buttons


def test_user_text_is_escaped_so_it_can_neither_ping_nor_link() -> None:
    reply = Reply(text="<!channel> & <https://evil.example|click>", title="T", body=["<!here> & <@U1>"])
    out = render_slack.message(reply)
    assert out["text"] == "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;"
    section = next(b for b in out["blocks"] if b["type"] == "section")
    assert section["text"]["text"] == "&lt;!here&gt; &amp; &lt;@U1&gt;"


def test_limits_hold_for_huge_replies() -> None:
    items = [Item(f"term {i}", "x" * 5000, [Button("b" * 100, "lookup", {"term_id": str(i)})]) for i in range(80)]
    reply = Reply(text="y" * 50_000, title="z" * 500, body=["w" * 10_000], items=items,
                  choices=[Button(f"c{i}", "lookup", {"term_id": str(i)}) for i in range(40)])
    out = render_slack.message(reply)
    assert len(out["text"]) <= 3000 and len(out["blocks"]) <= 50
    for block in out["blocks"]:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "actions":
            assert 1 <= len(block["elements"]) <= 25
            assert all(len(e["text"]["text"]) <= 75 and len(e["value"]) <= 2000 for e in block["elements"])
    ids = [e["action_id"] for b in out["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert len(ids) == len(set(ids))  # action_ids are unique within a message
    assert any("more." in json.dumps(b) for b in out["blocks"])  # the cut is said, not silent


def test_button_values_round_trip_and_foreign_values_are_rejected() -> None:
    value = render_slack.encode_value("feedback", {"term_id": "sla", "helpful": True, "query": "é" * 50})
    assert value is not None and render_slack.decode_value(value) == ("feedback", {"term_id": "sla", "helpful": True,
                                                                                   "query": "é" * 50})
    long = render_slack.encode_value("ask", {"query": "q" * 5000})
    assert long is not None and len(long) <= 2000 and render_slack.decode_value(long)[0] == "ask"
    for foreign in (None, "", "click_me_123", "[]", '{"a": 3}', '{"a": "x", "v": []}'):
        assert render_slack.decode_value(foreign) is None


def test_share_button_only_for_answers_and_only_when_asked() -> None:
    answer = Reply(text="SLA: ...", kind="answer", title="SLA",
                   actions=[Button("👍 Helpful", "feedback", {"term_id": "sla", "helpful": True})])
    shared = buttons(render_slack.blocks(answer, share=True))
    assert json.loads(shared["Share in channel"]["value"]) == {"a": "slack_share", "v": {"term_id": "sla"}}
    assert "Share in channel" not in buttons(render_slack.blocks(answer))
    unknown = Reply(text="I don't know X", kind="unknown", actions=[Button("Suggest", "suggest_form", {"term": "X"})])
    assert "Share in channel" not in buttons(render_slack.blocks(unknown, share=True))


def test_modal_from_a_form_and_back() -> None:
    form = Form(title="Suggest a better definition please", submit_action="term_form_submit",
                fields=[FormField("definition", "Definition", value="old", multiline=True, optional=False),
                        FormField("tags", "Tags", placeholder="finance")],
                hidden={"term_id": "sla", "base_revision": 3})
    view = render_slack.modal(form, context={"c": "C1", "t": "1.2"})
    assert len(view["title"]["text"]) <= 24 and view["callback_id"] == render_slack.FORM_CALLBACK
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert [b["block_id"] for b in inputs] == ["definition", "tags"]
    assert inputs[0]["element"]["initial_value"] == "old" and inputs[0]["optional"] is False
    view["state"] = {"values": {"definition": {"value": {"type": "plain_text_input", "value": "new"}},
                                "tags": {"value": {"type": "plain_text_input", "value": None}}}}
    action, hidden, values, context = render_slack.submitted(view)
    assert (action, hidden, values, context) == ("term_form_submit", {"term_id": "sla", "base_revision": 3},
                                                 {"definition": "new", "tags": ""}, {"c": "C1", "t": "1.2"})
    assert render_slack.submitted({"private_metadata": "not ours"}) is None


def test_field_errors_name_the_field() -> None:
    fields = {"definition": "What it means", "tags": "Tags"}
    by_item = Reply(text="Fix it", kind="error", items=[Item("tags", "Too many tags")])
    assert render_slack.field_errors(by_item, fields) == {"tags": "Too many tags"}
    by_text = Reply(text="The definition is 5,000 characters long; the limit is 1,000.", kind="error")
    assert list(render_slack.field_errors(by_text, fields)) == ["definition"]
    general = Reply(text="SLA changed since you opened it.", kind="error")
    assert render_slack.field_errors(general, fields) == {}
    assert render_slack.field_errors(Reply(text="The definition is great", kind="notice"), fields) == {}


def test_a_form_without_a_trigger_becomes_a_button_that_rebuilds_it() -> None:
    form = Form(title="Add a term", submit_action="term_form_submit", fields=[FormField("term", "Term")],
                hidden={"mode": "add"})
    button = buttons(render_slack.blocks(Reply(text="Fill in the form", kind="form", form=form)))["Open “Add a term”"]
    name, value = render_slack.decode_value(button["value"])
    assert name == render_slack.OPEN_FORM_ACTION and render_slack.form_from_button(value) == form


def test_home_view_stays_within_100_blocks() -> None:
    replies = [Reply(text="t", title=f"Part {i}", items=[Item(f"i{j}", "x", [Button("b", "lookup", {})])
                                                          for j in range(20)]) for i in range(10)]
    view = render_slack.home_view(replies)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert view["blocks"][0]["text"]["text"] == "Part 0"

"""Issue 12, items 5 and 6 on Slack: typed URLs stay plain text, big forms travel by id, modal inputs
carry the server's limits. (Every payload here is also checked by slack_sdk's models: tests/fakes/block_kit.py.)"""

from __future__ import annotations

import json
from typing import Any

from glossary.curation import Curation
from glossary.yaml_io import MAX_DEFINITION, MAX_TERM
from tests.bot.curation_support import make_curator
from tests.fakes import FakeSlackAPI
from tests.slack.conftest import SlackServer, button_payload, buttons, event_payload
from tests.slack.test_curation_http import glossary_command

PHISH = "https://evil.example/login"


def _mrkdwn(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        found += [block["text"]] if isinstance(block.get("text"), dict) and block["text"]["type"] == "mrkdwn" else []
        found += [e for e in block.get("elements", []) if isinstance(e, dict) and e.get("type") == "mrkdwn"]
    return found


def test_a_url_typed_in_a_suggestion_reaches_curators_as_plain_text(server: SlackServer,
                                                                    slack_api: FakeSlackAPI) -> None:
    make_curator(server.glossary, "W222", platform="slack")
    glossary_command(server, slack_api, f"suggest Phishy = Log in at {PHISH} to see it.", "W111")
    [notice] = [c for c in slack_api.wait_for("chat.postMessage", 2) if c.params["channel"] == "W222"]
    shown = [t for t in _mrkdwn(notice.blocks) if PHISH in t["text"]]
    assert shown and all(t.get("verbatim") is True for t in shown), "Slack must not turn it into a link"
    assert f"<{PHISH}" not in json.dumps(notice.blocks)


def test_the_digest_shows_unanswered_questions_with_urls_as_plain_text(server: SlackServer) -> None:
    from adapters.slack.render import message
    from bot.config import BotConfig
    from bot.digest import build_digest

    server.glossary.ask(f"what is {PHISH}", user="slack:W111", platform="slack")
    server.glossary.clock.now = server.glossary.clock.now.replace(day=30)  # the next week: the digest reports it
    reply = build_digest(server.glossary, BotConfig(timezone="UTC"))
    body = message(reply)
    shown = [t for t in _mrkdwn(body["blocks"]) if "evil.example" in t["text"]]
    assert shown and all(t.get("verbatim") is True for t in shown)


def test_a_form_too_big_for_a_button_travels_as_a_short_id_and_opens_in_full(server: SlackServer,
                                                                             slack_api: FakeSlackAPI) -> None:
    big = Curation(server.glossary.terms, server.glossary.connections)
    term = big.create("Bigterm", {"definition": "d" * MAX_DEFINITION, "examples": ["e" * 500],
                                  "aliases": [f"big alias {i:02d} " + "a" * 100 for i in range(20)]},
                      actor="test", platform="test")
    server.event(event_payload("app_mention.json", text="<@UBOT> glossary suggest Bigterm", user="W111"))
    [post] = slack_api.wait_for("chat.postEphemeral")
    opener = next(b for label, b in buttons(post.blocks).items() if label.startswith("Open"))
    assert len(opener["value"]) < 200 and '"ref"' in opener["value"], "only an id travels in the button"
    slack_api.reset()
    payload = button_payload(slack_api, opener, user="W111")
    payload["trigger_id"] = "13345224609.738474920.8088930838d88f008e0"
    assert server.interact(payload)[0] == 200
    [opened] = slack_api.wait_for("views.open")
    view = opened.params["view"]
    values = {b["block_id"]: b["element"].get("initial_value", "") for b in view["blocks"] if b["type"] == "input"}
    assert values["definition"] == term.definition, "the whole form, nothing cut"


def test_modal_inputs_carry_the_server_limits(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.command("/glossary", "add", user="UADMIN", response_url=slack_api.response_url("cmd"))
    [opened] = slack_api.wait_for("views.open")
    limits = {b["block_id"]: b["element"].get("max_length") for b in opened.params["view"]["blocks"]
              if b["type"] == "input"}
    assert limits["term"] == MAX_TERM and limits["definition"] == MAX_DEFINITION and limits["example"] == 500
    assert all(limits.values()), limits


def test_the_fake_api_fails_a_test_that_sends_block_kit_slack_would_refuse() -> None:
    import pytest
    from slack_sdk import WebClient

    with pytest.raises(AssertionError, match="text attribute cannot exceed 3000"):
        with FakeSlackAPI() as api:
            WebClient(token="xoxb-x", base_url=api.url).chat_postMessage(
                channel="C1", text="x", blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}])

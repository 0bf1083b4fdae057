"""Asking in Slack over real HTTP: /whatis, /glossary, @mentions, DMs, watch mode, bots, App Home."""

from __future__ import annotations

import logging
import time

import pytest

from tests.fakes import FakeSlackAPI
from tests.slack.conftest import SlackServer, buttons, event_payload


def _queries(server: SlackServer) -> list[dict]:
    return list(server.glossary.connections.db.query("select * from queries order by id"))


def test_whatis_answers_privately_with_a_share_button(server: SlackServer, slack_api: FakeSlackAPI,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="adapters")
    status, _ = server.command("/whatis", "SLA", response_url=slack_api.response_url("cmd"))
    assert status == 200
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "ephemeral"
    assert post.text.startswith("SLA (service level agreement): A written promise")
    header = post.blocks[0]
    assert header["type"] == "header" and header["text"]["text"] == "SLA (service level agreement)"
    labels = buttons(post.blocks)
    assert {"Share in channel", "👍 Helpful", "👎 Not helpful", "Suggest an edit", "SLO"} <= set(labels)
    assert not slack_api.calls_to("chat.postMessage")  # nothing public
    assert _queries(server)[-1]["status"] == "answer" and _queries(server)[-1]["user"] == "slack:W111"
    time.sleep(0.1)
    assert not [r for r in caplog.records if r.name.startswith("adapters.slack")]  # delivered, no fallback


def test_expired_response_url_falls_back_to_an_ephemeral_message(server: SlackServer,
                                                                 slack_api: FakeSlackAPI) -> None:
    slack_api.fail("response_url", 404)
    server.command("/whatis", "SLA", response_url=slack_api.response_url("old"))
    post = slack_api.wait_for("chat.postEphemeral")[0]
    assert post.params["channel"] == "C111" and post.params["user"] == "W111" and post.text.startswith("SLA")


def test_whatis_without_text_gives_short_help(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.command("/whatis", "", response_url=slack_api.response_url())
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "ephemeral"
    assert "Ask me about a term" in post.all_text()


def test_whatis_unknown_term_offers_a_suggestion_and_logs_the_miss(server: SlackServer,
                                                                   slack_api: FakeSlackAPI) -> None:
    server.command("/whatis", "flibbertigibbet", response_url=slack_api.response_url())
    post = slack_api.wait_for("response_url")[0]
    assert "I don't know “flibbertigibbet” yet" in post.text
    assert "Suggest a definition" in buttons(post.blocks)
    assert _queries(server)[-1]["status"] == "unknown"


def test_whatis_with_a_whole_sentence_is_answered(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    sentence = "We need to cut CAC before the QBR, and the MVP's SLA is blocking the rollout. " * 5
    status, _ = server.command("/whatis", sentence, response_url=slack_api.response_url())
    assert status == 200
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "ephemeral" and post.text.strip()


def test_glossary_command_runs_the_command_grammar(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.command("/glossary", "help", response_url=slack_api.response_url())
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "ephemeral"  # help is private
    assert "glossary help" in post.all_text()


def test_mention_is_answered_in_the_thread_of_the_question(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    payload = event_payload("app_mention.json", text="<@UBOT> what does EBITDA mean?", ts="1700.000100")
    status, _ = server.event(payload)
    assert status == 200
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "C111" and post.params["thread_ts"] == "1700.000100"
    assert post.text.startswith("EBITDA")
    assert "Share in channel" not in buttons(post.blocks)  # already public


def test_mention_inside_a_thread_stays_in_that_thread_and_reads_the_parent(server: SlackServer,
                                                                           slack_api: FakeSlackAPI) -> None:
    slack_api.set_thread("C111", "1700.000001", [{"text": "The MVP misses its SLA", "ts": "1700.000001"}])
    server.event(event_payload("app_mention.json", text="<@UBOT> SLA?", ts="1700.000200",
                               thread_ts="1700.000001"))
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700.000001"
    replies = slack_api.calls_to("conversations.replies")
    assert replies and replies[0].params["ts"] == "1700.000001"


def test_direct_message_is_a_question(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("message_im.json", text="what is EBITDA"))
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "D111" and "thread_ts" not in post.params
    assert post.text.startswith("EBITDA")


def test_private_reply_to_a_mention_is_ephemeral(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("app_mention.json", text="<@UBOT> glossary help"))
    post = slack_api.wait_for("chat.postEphemeral")[0]
    assert post.params["user"] == "W111" and post.params["channel"] == "C111"
    assert not slack_api.calls_to("chat.postMessage")


def test_ephemeral_refused_falls_back_to_a_dm(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    slack_api.error("chat.postEphemeral", "not_in_channel")
    server.event(event_payload("app_mention.json", text="<@UBOT> glossary help"))
    dm = slack_api.wait_for("chat.postMessage")[0]
    assert dm.params["channel"] == "W111" and "glossary help" in dm.all_text()


def test_messages_from_bots_and_from_itself_are_ignored(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("bot_message.json"))
    server.event(event_payload("message_im.json", user="UBOT", text="what is SLA"))
    server.event(event_payload("message_im.json", subtype="bot_message", bot_id="B9", text="what is SLA"))
    server.event(event_payload("message_im.json", subtype="message_changed", text="what is SLA"))
    server.event(event_payload("app_mention.json", bot_id="B9", text="<@UBOT> SLA?"))
    server.event(event_payload("message_im.json", text="still answered"))  # a human, as the control
    slack_api.wait_for("chat.postMessage")
    time.sleep(0.3)
    assert len(slack_api.calls_to("chat.postMessage")) == 1
    assert [q["text"] for q in _queries(server)] == ["still answered"]


def test_channel_message_mentioning_the_bot_is_left_to_app_mention(server: SlackServer,
                                                                   slack_api: FakeSlackAPI) -> None:
    """Slack sends both `message` and `app_mention` for a mention: answering both would answer twice."""
    server.event(event_payload("message_im.json", channel="C111", channel_type="channel", text="<@UBOT> SLA?"))
    server.event(event_payload("app_mention.json", text="<@UBOT> SLA?"))
    slack_api.wait_for("chat.postMessage")
    time.sleep(0.3)
    assert len(slack_api.calls_to("chat.postMessage")) == 1


def test_plain_channel_messages_are_only_observed(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("message_im.json", channel="C111", channel_type="channel",
                               text="the weather is nice today"))
    server.event(event_payload("message_im.json", text="SLA"))
    slack_api.wait_for("chat.postMessage")
    time.sleep(0.3)
    posts = slack_api.calls_to("chat.postMessage")
    assert [p.params["channel"] for p in posts] == ["D111"]
    assert [q["text"] for q in _queries(server)] == ["SLA"]  # watching asks nothing


def test_app_home_shows_real_data(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    for _ in range(3):
        server.command("/whatis", "SLA", response_url=slack_api.response_url())
    server.command("/whatis", "EBITDA", response_url=slack_api.response_url())
    slack_api.wait_for("response_url", 4)
    server.event(event_payload("app_home_opened.json"))
    view = slack_api.wait_for("views.publish")[0]
    assert view.params["user_id"] == "W111" and view.params["view"]["type"] == "home"
    text = view.all_text()
    assert "How to ask" in text and "/whatis" in text
    assert "Most asked this week" in text
    assert text.index("SLA") < text.index("EBITDA") and "asked 3×" in text
    assert "Suggestions waiting for review" not in text  # W111 is not a curator


def test_app_home_for_an_admin_lists_what_waits_for_curators(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.command("/whatis", "flibbertigibbet", user="W222", response_url=slack_api.response_url())
    slack_api.wait_for("response_url")
    server.event(event_payload("app_home_opened.json", user="UADMIN"))
    view = slack_api.wait_for("views.publish")[0]
    text = view.all_text()
    assert "Suggestions waiting for review" in text
    assert "Unanswered this week" in text and "flibbertigibbet" in text
    assert "Define it" in buttons(view.blocks)


def test_messages_tab_opening_publishes_nothing(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("app_home_opened.json", tab="messages"))
    server.event(event_payload("message_im.json", text="SLA"))
    slack_api.wait_for("chat.postMessage")
    assert not slack_api.calls_to("views.publish")

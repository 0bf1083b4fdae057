"""Explain and Translate over real HTTP into `jargon serve`'s app, against the fake Slack Web API.

The message shortcut, /whatis with a sentence, "explain" in a thread, the Translate button,
`/glossary context` and watch mode with its cooldown and "Mute in this thread".
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from tests.conftest import FixedClock
from tests.fakes import Call, FakeSlackAPI
from tests.slack.conftest import SlackServer, button_payload, buttons, event_payload, fixture

SENTENCE = "We need to cut CAC before the QBR, and the MVP's SLA is blocking the rollout."


def shortcut(server: SlackServer, api: FakeSlackAPI, text: str, name: str = "shortcut") -> Call:
    payload = fixture("message_shortcut.json")
    payload["message"]["text"] = text
    payload["response_url"] = api.response_url(name)
    assert server.interact(payload)[0] == 200
    return api.wait_for("response_url")[-1]


def click(server: SlackServer, api: FakeSlackAPI, post: Call, label: str, **kwargs: Any) -> None:
    status, _ = server.interact(button_payload(api, buttons(post.blocks)[label], **kwargs))
    assert status == 200


def channel_message(server: SlackServer, text: str, ts: str, thread_ts: str | None = None) -> None:
    fields: dict[str, Any] = {"channel": "C111", "channel_type": "channel", "ts": ts, "text": text}
    if thread_ts:
        fields["thread_ts"] = thread_ts
    assert server.event(event_payload("message_im.json", **fields))[0] == 200


def no_post_for(api: FakeSlackAPI, seconds: float = 0.6) -> bool:
    time.sleep(seconds)
    return not api.calls_to("chat.postMessage")


def test_shortcut_explains_privately_and_translate_rewrites(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    post = shortcut(server, slack_api, SENTENCE)
    assert post.params["response_type"] == "ephemeral"
    seen = post.all_text()
    for label in ("CAC (customer acquisition cost)", "QBR (quarterly business review)",
                  "SLA (service level agreement)"):
        assert label in seen
    assert "The average amount spent on sales and marketing to win one new customer" in seen
    assert post.text.startswith("Jargon in this message: CAC, QBR, MVP's, SLA")
    slack_api.reset()
    click(server, slack_api, post, "Translate")
    plain = slack_api.wait_for("response_url")[0]
    assert plain.params["response_type"] == "ephemeral"
    assert "We need to cut CAC (the average amount spent on sales and marketing to win one new customer) before " \
           "the QBR (a meeting held every quarter" in plain.all_text()
    assert not slack_api.calls_to("chat.postMessage")


def test_whatis_with_a_sentence_explains_and_with_a_term_answers(server: SlackServer,
                                                                   slack_api: FakeSlackAPI) -> None:
    server.command("/whatis", "the MVP misses its SLA because of technical debt", response_url=slack_api.response_url())
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "ephemeral"
    assert "MVP (minimum viable product)" in post.all_text() and "technical debt" in post.all_text()
    assert "Translate" in buttons(post.blocks)
    slack_api.reset()
    server.command("/whatis", "what does SLA mean?", response_url=slack_api.response_url())
    answer = slack_api.wait_for("response_url")[0]
    assert answer.text.startswith("SLA (service level agreement): A written promise")


def test_explain_in_a_thread_explains_the_parent(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    slack_api.set_thread("C111", "1700.000001", [{"text": "The PR for the SSO fix waits on code review",
                                                  "ts": "1700.000001"}])
    server.event(event_payload("app_mention.json", text="<@UBOT> explain", ts="1700.000050",
                               thread_ts="1700.000001"))
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700.000001"
    assert "PR (pull request)" in post.all_text() and "SSO (single sign-on)" in post.all_text()
    assert "PR (public relations)" not in post.all_text()  # "code review" tells the senses apart


def test_explain_colon_text_in_a_mention(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("app_mention.json", text=f"<@UBOT> explain: {SENTENCE}", ts="1700.000070"))
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700.000070"
    assert post.text.startswith("Jargon in this message: CAC, QBR")


def test_context_tags_set_over_slash_command_pick_the_sense(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    assert "PR (public relations)" in shortcut(server, slack_api, "Can someone look at the PR today?").all_text()
    server.command("/glossary", "context dev", user="UADMIN", response_url=slack_api.response_url("ctx"))
    assert "Context tags for this channel: dev" in slack_api.wait_for("chat.postMessage")[0].text
    seen = shortcut(server, slack_api, "Can someone look at the PR today?", name="again").all_text()
    assert "PR (pull request)" in seen and "PR (public relations)" not in seen


def test_watch_mode_threads_cools_down_and_mutes(server: SlackServer, slack_api: FakeSlackAPI,
                                                 clock: FixedClock) -> None:
    channel_message(server, SENTENCE, ts="1700.000100")
    assert no_post_for(slack_api)  # off by default
    server.command("/glossary", "watch on", user="UADMIN", response_url=slack_api.response_url("watch"))
    slack_api.wait_for("chat.postMessage")  # the public "Watch mode is on here" notice
    slack_api.reset()

    channel_message(server, SENTENCE, ts="1700.000200")
    post = slack_api.wait_for("chat.postMessage")[0]
    assert post.params["channel"] == "C111" and post.params["thread_ts"] == "1700.000200"
    assert post.text.startswith("Terms in this message: CAC, QBR, MVP's, SLA")
    assert {"Translate", "Mute in this thread"} <= set(buttons(post.blocks))

    slack_api.reset()
    channel_message(server, "Our CAC and LTV look off", ts="1700.000300")
    assert no_post_for(slack_api)  # the channel's cooldown

    message = {"type": "message", "ts": "1700.000250", "thread_ts": "1700.000200", "text": post.text}
    click(server, slack_api, post, "Mute in this thread", ephemeral=False, message=message)
    muted = slack_api.wait_for("response_url")[0]
    assert "won't list terms in this thread" in muted.all_text()
    settings = server.glossary.connections.db.execute("select settings from channel_settings").fetchone()[0]
    assert '"watch_muted": ["1700.000200"]' in settings

    clock.now += timedelta(minutes=11)  # past the cooldown
    slack_api.reset()
    channel_message(server, SENTENCE, ts="1700.000400", thread_ts="1700.000200")
    assert no_post_for(slack_api)  # muted thread
    channel_message(server, SENTENCE, ts="1700.000500")
    assert slack_api.wait_for("chat.postMessage")[0].params["thread_ts"] == "1700.000500"

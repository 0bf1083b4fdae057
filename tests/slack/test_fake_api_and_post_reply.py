"""The reusable fake Slack Web API, and `post_reply` (what the digest uses) against it, sync and async."""

from __future__ import annotations

import time

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from adapters.slack.app import SlackSettings, post_reply
from adapters.slack.app import web_client as slack_web_client
from bot.messages import Button, Reply
from tests.fakes import FakeSlackAPI

REPLY = Reply(text="Jargon digest: 12 questions", kind="digest", title="Jargon digest",
              body=["12 questions"], actions=[Button("Define it", "digest_define", {"term": "zorp"})])


def test_post_reply_with_a_sync_client_records_block_kit(slack_api: FakeSlackAPI) -> None:
    client = WebClient(token="xoxb-1", base_url=slack_api.url)
    response = post_reply(client, "C42", REPLY, thread_ts="1.2")
    assert response["ok"] and response["channel"] == "C42"
    call = slack_api.calls_to("chat.postMessage")[0]
    assert call.params["channel"] == "C42" and call.params["thread_ts"] == "1.2"
    assert call.text == "Jargon digest: 12 questions" and call.blocks[0]["type"] == "header"
    assert "Define it" in call.all_text()


def test_post_reply_uploads_a_file_with_files_upload_v2(slack_api: FakeSlackAPI) -> None:
    client = WebClient(token="xoxb-1", base_url=slack_api.url)
    export = Reply(text="The glossary, 40 terms.", kind="notice", file=("glossary.yaml", "- id: sla\n  term: SLA\n"))
    post_reply(client, "C42", export)
    complete = slack_api.calls_to("files.completeUploadExternal")[0]
    assert complete.params["channel_id"] == "C42" and complete.params["initial_comment"] == "The glossary, 40 terms."
    file_id = complete.params["files"][0]["id"]
    assert slack_api.uploads[file_id] == b"- id: sla\n  term: SLA\n"
    assert slack_api.calls_to("files.getUploadURLExternal")[0].params["filename"] == "glossary.yaml"


async def test_post_reply_with_the_async_client_and_a_429(slack_api: FakeSlackAPI) -> None:
    slack_api.fail("chat.postMessage", 429, retry_after=0)
    client = slack_web_client(SlackSettings(bot_token="xoxb-2", api_url=slack_api.url))
    response = await post_reply(client, "C7", REPLY)
    assert response["ok"]
    calls = await slack_api.async_wait_for("chat.postMessage", 2)
    assert [c.status for c in calls] == [429, 200]


def test_programmable_faults(slack_api: FakeSlackAPI) -> None:
    client = WebClient(token="xoxb-1", base_url=slack_api.url)
    slack_api.error("chat.postMessage", "is_archived")
    with pytest.raises(SlackApiError) as failure:
        client.chat_postMessage(channel="C1", text="hi")
    assert failure.value.response["error"] == "is_archived"

    slack_api.fail("chat.postMessage", 500)
    with pytest.raises(SlackApiError):
        client.chat_postMessage(channel="C1", text="hi")

    retrying = WebClient(token="xoxb-1", base_url=slack_api.url, retry_handlers=[RateLimitErrorRetryHandler(1)])
    slack_api.fail("chat.postMessage", 429, retry_after=0, times=1)
    assert retrying.chat_postMessage(channel="C1", text="hi")["ok"]

    slack_api.hang("views.publish", 0.5)
    started = time.monotonic()
    client.views_publish(user_id="U1", view={"type": "home", "blocks": [{"type": "divider"}]})
    assert time.monotonic() - started >= 0.5
    assert [c.status for c in slack_api.calls_to("chat.postMessage")] == [200, 500, 429, 200]


def test_wait_for_times_out_with_a_useful_message(slack_api: FakeSlackAPI) -> None:
    WebClient(token="xoxb-1", base_url=slack_api.url).auth_test()
    with pytest.raises(AssertionError, match=r"chat.postMessage.*auth.test"):
        slack_api.wait_for("chat.postMessage", timeout=0.1)

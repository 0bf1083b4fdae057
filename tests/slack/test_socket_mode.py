"""Socket Mode: the bot connects out over a websocket (to the fake Slack), no public URL needed."""

from __future__ import annotations

import json
import urllib.request

from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes import FakeSlackAPI
from tests.slack.conftest import APP_TOKEN, BOT_TOKEN, SlackServer, event_payload


def test_socket_mode_answers_events_and_commands_and_keeps_health_up(glossary: Glossary, config: BotConfig,
                                                                      slack_api: FakeSlackAPI) -> None:
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": slack_api.url}
    server = SlackServer(glossary, config, env).start()
    try:
        with urllib.request.urlopen(server.url + "/healthz", timeout=5) as response:
            assert response.status == 200 and json.loads(response.read())["ok"] is True
        opened = slack_api.wait_for("apps.connections.open")[0]
        assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"  # the app token opens the socket
        slack_api.wait_for("socket_connect")

        slack_api.send_envelope({"envelope_id": "env-1", "type": "events_api", "accepts_response_payload": False,
                                 "retry_attempt": 0, "retry_reason": "",
                                 "payload": event_payload("app_mention.json", text="<@UBOT> SLA?", ts="1700.1")})
        post = slack_api.wait_for("chat.postMessage")[0]
        assert post.params["thread_ts"] == "1700.1" and post.text.startswith("SLA")
        assert any(c.params.get("envelope_id") == "env-1" for c in slack_api.calls_to("socket_ack"))

        command = {"command": "/whatis", "text": "EBITDA", "user_id": "W111", "channel_id": "C111",
                   "channel_name": "random", "team_id": "T111", "response_url": slack_api.response_url("sm"),
                   "trigger_id": "1.2.3"}
        slack_api.send_envelope({"envelope_id": "env-2", "type": "slash_commands", "accepts_response_payload": True,
                                 "payload": command})
        answer = slack_api.wait_for("response_url")[0]
        assert answer.params["response_type"] == "ephemeral" and answer.text.startswith("EBITDA")

        status, _ = server.post("{}", "application/json")  # no signing secret: no HTTP endpoint at all
        assert status in (404, 405)
    finally:
        server.stop()

"""`glossary me` over signed Slack HTTP: a DM sets the side, and a false friend leads with the other side."""

from __future__ import annotations

from tests.fakes import FakeSlackAPI
from tests.slack.conftest import SlackServer, event_payload


def _dm(server: SlackServer, slack_api: FakeSlackAPI, text: str, seen: int) -> str:
    server.event(event_payload("message_im.json", text=text))
    posts = slack_api.wait_for("chat.postMessage", count=seen + 1)
    return posts[seen].all_text()


def test_a_finance_person_sees_the_engineering_meaning_of_pipeline_first(server: SlackServer,
                                                                         slack_api: FakeSlackAPI) -> None:
    assert "you work in finance" in _dm(server, slack_api, "glossary me finance", 0)
    answer = _dm(server, slack_api, "what is a pipeline?", 1)
    assert "means different things to different teams" in answer
    assert answer.index("In engineering") < answer.index("In sales")
    rows = list(server.glossary.connections.db.query("select platform, user, tag from user_audience"))
    assert rows == [{"platform": "slack", "user": "W111", "tag": "finance"}]
    assert "you work in sales" in _dm(server, slack_api, "I work in sales", 2)
    again = _dm(server, slack_api, "pipeline", 3)
    assert again.index("In engineering") < again.index("In sales")
    _dm(server, slack_api, "glossary me dev", 4)
    flipped = _dm(server, slack_api, "pipeline", 5)
    assert flipped.index("In sales") < flipped.index("In engineering")

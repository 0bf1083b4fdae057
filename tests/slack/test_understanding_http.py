"""Comparisons and follow-ups in Slack over real HTTP (issue 13): side by side, and "it" remembered per thread."""

from __future__ import annotations

from glossary import yaml_io
from tests.fakes import FakeSlackAPI
from tests.glossary.test_understanding_explained import TERMS
from tests.slack.conftest import SlackServer, event_payload

OTHER_SENSES = [t for t in TERMS if t.id in ("cma", "va-cma")]


def _dm(server: SlackServer, api: FakeSlackAPI, text: str, n: int, user: str = "W111"):  # noqa: ANN202
    server.event(event_payload("message_im.json", text=text, user=user, ts=f"1800.{n:06d}"))
    return api.wait_for("chat.postMessage", n)[n - 1]


def test_a_comparison_is_shown_side_by_side(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    post = _dm(server, slack_api, "what's the difference between SLA and SLO?", 1)
    assert post.text.startswith("SLA vs SLO")
    [columns] = [b for b in post.blocks if b.get("fields")]
    assert [f["text"].split("\n")[0] for f in columns["fields"]] == ["*SLA*", "*SLO*"]
    assert "What tells them apart" in post.all_text()
    status = list(server.glossary.connections.db.query("select status, matched from queries"))[-1]
    assert status["status"] == "compare" and status["matched"] == '["sla", "slo"]'


def test_follow_ups_in_a_dm_refer_to_the_last_answer(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    assert _dm(server, slack_api, "what is SLA", 1).text.startswith("SLA")
    assert _dm(server, slack_api, "and SLO?", 2).text.startswith("SLO")
    compared = _dm(server, slack_api, "how is that different from SLI?", 3)
    assert compared.text.startswith("SLO vs SLI")
    related = _dm(server, slack_api, "related?", 4)
    assert related.text.startswith("Related to SLO")
    other_user = _dm(server, slack_api, "who owns it?", 5, user="W222")  # not W111's conversation
    assert "Ask me about a term first" in other_user.all_text()


def test_a_follow_up_in_the_thread_of_a_mention(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.event(event_payload("app_mention.json", text="<@UBOT> what is CAC", ts="1900.000100"))
    first = slack_api.wait_for("chat.postMessage")[0]
    assert first.params["thread_ts"] == "1900.000100" and first.text.startswith("CAC")
    server.event(event_payload("app_mention.json", text="<@UBOT> simpler please", ts="1900.000200",
                               thread_ts="1900.000100"))
    second = slack_api.wait_for("chat.postMessage", 2)[1]
    assert second.params["thread_ts"] == "1900.000100" and second.text.startswith("CAC, in short:")


def test_other_terms_in_a_question_are_buttons(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    post = _dm(server, slack_api, "what's a KPI, I saw it next to OKR", 1)
    assert post.text.startswith("KPI") and "Also in your question: OKR" in post.all_text()
    buttons = [e["text"]["text"] for b in post.blocks if b["type"] == "actions" for e in b["elements"]]
    assert "OKR" in buttons


def test_the_explained_sense_is_answered_and_bare_expansions_are_buttons(
        server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.glossary.import_yaml(yaml_io.dump(OTHER_SENSES))
    post = _dm(server, slack_api, "what's a CMA? one of the applicants has it on her CV", 1)
    assert post.text.startswith("certified management accountant (CMA)")
    assert "CMA can also stand for: Change Management Agent" in post.all_text()
    buttons = [e["text"]["text"] for b in post.blocks if b["type"] == "actions" for e in b["elements"]]
    assert "CMA (Change Management Agent)" in buttons

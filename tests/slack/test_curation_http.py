"""Curation in Slack over real HTTP: /glossary commands, modals, the approve button, notices, export, import."""

from __future__ import annotations

from typing import Any

from glossary import yaml_io
from tests.bot.curation_support import make_curator
from tests.fakes import Call, FakeSlackAPI
from tests.slack.conftest import SlackServer, button_payload, buttons, event_payload
from tests.slack.test_interactivity import _submission as submission

ADMIN = "UADMIN"  # slack:UADMIN is an admin in tests/conftest.py's config


def glossary_command(server: SlackServer, api: FakeSlackAPI, text: str, user: str) -> Call:
    """`/glossary TEXT` typed by `user`; returns the private answer (through response_url)."""
    api.reset()
    server.command("/glossary", text, user=user, response_url=api.response_url("cmd"))
    return api.wait_for("response_url")[0]


def click(server: SlackServer, api: FakeSlackAPI, post: Call, label: str, user: str, **kwargs: Any) -> None:
    api.reset()
    status, _ = server.interact(button_payload(api, buttons(post.blocks)[label], user=user, **kwargs))
    assert status == 200


def test_admin_makes_a_curator_by_mention_and_the_curator_adds_a_term(server: SlackServer,
                                                                      slack_api: FakeSlackAPI) -> None:
    answer = glossary_command(server, slack_api, "curator add <@W222|bob>", ADMIN)
    assert answer.params["response_type"] == "ephemeral"
    assert "bob (slack:W222) is now a curator" in answer.text
    [welcome] = slack_api.wait_for("chat.postMessage")
    assert welcome.params["channel"] == "W222" and "made you a curator" in welcome.text
    added = glossary_command(server, slack_api, "add Widgetry = Making widgets, at <!channel> scale.", "W222")
    assert "Added Widgetry (revision #1)" in added.text
    assert "<!channel>" not in added.all_text()
    [rev] = server.glossary.terms.history("widgetry")
    assert (rev["actor"], rev["platform"]) == ("slack:W222", "slack")
    assert rev["after"]["definition"] == "Making widgets, at @channel scale."
    refused = glossary_command(server, slack_api, "add Gadgetry = Not allowed.", "W333")
    assert "only curators" in refused.text and server.glossary.terms.get("gadgetry") is None


def test_a_suggestion_is_approved_with_the_button_and_the_suggester_is_told(server: SlackServer,
                                                                              slack_api: FakeSlackAPI) -> None:
    make_curator(server.glossary, "W222", platform="slack")
    thanks = glossary_command(server, slack_api, "suggest SLA = A promise about uptime, with penalties.", "W111")
    assert "Your suggestion #1 for SLA is waiting" in thanks.text
    notices = {c.params["channel"]: c for c in slack_api.wait_for("chat.postMessage", 2)}
    assert set(notices) == {"W222", ADMIN}  # DMs to the curator and the admin
    assert "A promise about uptime, with penalties." in notices["W222"].all_text()
    click(server, slack_api, notices["W222"], "Approve", "W222", ephemeral=False)
    replaced = slack_api.wait_for("response_url")[0]
    assert replaced.params["replace_original"] is True and "Approved #1" in replaced.text
    told = slack_api.wait_for("chat.postMessage")[0]
    assert told.params["channel"] == "W111" and "Your suggestion #1 for SLA was approved" in told.text
    assert server.glossary.terms.get("sla").definition == "A promise about uptime, with penalties."
    click(server, slack_api, notices[ADMIN], "Approve", ADMIN, ephemeral=False)
    assert "already approved" in slack_api.wait_for("response_url")[0].text


def test_bare_add_opens_a_modal_and_its_submission_creates_the_term(server: SlackServer,
                                                                      slack_api: FakeSlackAPI) -> None:
    server.command("/glossary", "add", user=ADMIN, response_url=slack_api.response_url("cmd"))
    view = slack_api.wait_for("views.open")[0].params["view"]
    labels = [b["label"]["text"] for b in view["blocks"] if b["type"] == "input"]
    assert labels[0] == "Term" and view["title"]["text"] == "Add a term"
    filled = submission(view, {"term": "Blue sky", "definition": "Unconstrained ideas.", "tags": "business",
                               "aliases": "blue-sky thinking"})
    member = {**filled, "user": {**filled["user"], "id": "W111"}}
    status, body = server.interact(member)  # the same form submitted by a member: refused in the modal
    assert status == 200 and "only curators can do that" in body
    assert server.glossary.terms.by_name("Blue sky") == []
    filled["user"]["id"] = ADMIN
    status, body = server.interact(filled)
    assert status == 200 and body in ("", "{}"), body[:300]
    [term] = server.glossary.terms.by_name("Blue sky")
    assert (term.definition, term.tags, term.aliases) == ("Unconstrained ideas.", ["business"], ["blue-sky thinking"])
    told = slack_api.wait_for("chat.postEphemeral")[0]
    assert told.params["user"] == ADMIN and "Added Blue sky" in told.text


def test_two_modals_opened_on_one_revision_the_second_save_is_refused(server: SlackServer,
                                                                      slack_api: FakeSlackAPI) -> None:
    for curator in ("W222", "W333"):
        make_curator(server.glossary, curator, platform="slack")
    views = []
    for curator in ("W222", "W333"):
        slack_api.reset()
        server.command("/whatis", "SLA", user=curator, response_url=slack_api.response_url("q"))
        answer = slack_api.wait_for("response_url")[0]
        click(server, slack_api, answer, "Suggest an edit", curator)
        views.append(slack_api.wait_for("views.open")[0].params["view"])
    assert [v["title"]["text"] for v in views] == ["Edit SLA", "Edit SLA"]
    first = submission(views[0], {"definition": "First curator's definition."})
    first["user"]["id"] = "W222"
    assert server.interact(first)[1] in ("", "{}")
    second = submission(views[1], {"definition": "Second curator's definition."})
    second["user"]["id"] = "W333"
    status, body = server.interact(second)
    assert status == 200 and '"response_action":"update"' in body.replace(" ", "")
    assert "changed since you opened it" in body
    term = server.glossary.terms.get("sla")
    assert (term.definition, term.revision) == ("First curator's definition.", 2)


def test_export_uploads_the_yaml_and_a_dm_file_imports_it(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    server.command("/glossary", "export", user=ADMIN, response_url=slack_api.response_url("cmd"))
    slack_api.wait_for("files.completeUploadExternal")
    [upload] = slack_api.calls_to("upload")
    exported = yaml_io.parse(upload.body.decode("utf-8"))
    assert len(exported) == server.glossary.terms.count()
    [sla] = [t for t in exported if t.id == "sla"]
    sla.definition = "An imported promise about service levels."
    new = yaml_io.validate_entry({"term": "Widgetry", "definition": "Making widgets."}, 1)
    changed = yaml_io.dump([sla, new]).encode("utf-8")
    url = slack_api.add_file("glossary.yaml", changed)
    slack_api.reset()
    event = event_payload("message_im.json", user=ADMIN, text="glossary import", subtype="file_share",
                          files=[{"id": "F1", "name": "glossary.yaml", "size": len(changed),
                                  "url_private_download": url}])
    assert server.event(event)[0] == 200
    reply = slack_api.wait_for("chat.postMessage")[0]
    assert reply.params["channel"] == "D111" and "Imported: 1 created, 1 updated, 0 unchanged" in reply.text
    assert server.glossary.terms.get("sla").definition == "An imported promise about service levels."
    assert server.glossary.terms.history("widgetry")[0]["actor"] == "slack:UADMIN"

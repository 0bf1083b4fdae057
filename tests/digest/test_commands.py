"""`glossary digest here|off|preview|status` and the "Define it" button, through the bot core."""

from __future__ import annotations

import json

from bot.core import Bot
from bot.messages import Action, Conversation, User
from glossary.clock import iso
from glossary.digest_data import collect
from glossary.digest_delivery import Deliveries
from glossary.digest_week import Week, zone
from glossary.service import Glossary
from tests.conftest import say

TEAMS_CHANNEL = "19:general@thread.tacv2"


def slack_channel(bot: Bot, text: str, user: str = "UADMIN", channel: str = "C1") -> list:
    return say(bot, text, user=user, platform="slack", channel=channel, kind="channel")


def test_admin_subscribes_and_unsubscribes_a_slack_channel(week_bot: Bot, week_glossary) -> None:  # noqa: ANN001
    g: Glossary = week_glossary[0]
    [reply] = slack_channel(week_bot, "glossary digest here")
    assert not reply.private and "This channel will get the weekly jargon digest every Monday at 09:00" in reply.text
    sub = Deliveries(g).get("slack", "C1")
    assert sub is not None and sub.active and sub.created_by == "slack:UADMIN" and sub.reference is None
    [again] = slack_channel(week_bot, "glossary digest here")
    assert again.private and "already gets" in again.text
    assert len(Deliveries(g).all()) == 1
    [off] = slack_channel(week_bot, "glossary digest off")
    assert "won't get the weekly jargon digest" in off.text and Deliveries(g).all() == []
    [nothing] = slack_channel(week_bot, "glossary digest off")
    assert nothing.private and "isn't subscribed" in nothing.text


def test_curators_may_subscribe_members_may_not(week_bot: Bot, week_glossary) -> None:  # noqa: ANN001
    g: Glossary = week_glossary[0]
    [refused] = slack_channel(week_bot, "glossary digest here", user="U1")
    assert refused.private and "only curators" in refused.text and Deliveries(g).all() == []
    with g.connections.write() as db:
        db["curators"].insert({"user": "slack:UCUR", "added_by": "slack:UADMIN", "at": iso(g.clock())})
    slack_channel(week_bot, "glossary digest here", user="UCUR")
    [refused_off] = slack_channel(week_bot, "glossary digest off", user="U1")
    assert "only curators" in refused_off.text and len(Deliveries(g).all()) == 1
    [status] = slack_channel(week_bot, "glossary digest status", user="U1")
    assert "only curators" in status.text


def test_teams_channel_stores_the_conversation_reference(week_bot: Bot, week_glossary) -> None:  # noqa: ANN001
    g: Glossary = week_glossary[0]
    user = User("teams", "aad-admin", "Ada")
    thread = Conversation("teams", TEAMS_CHANNEL, "channel", thread="1700000000001")
    [refused] = week_bot.handle(_msg("glossary digest here", user, thread))
    assert refused.kind == "error" and Deliveries(g).all() == []  # no reference saved yet
    reference = {"serviceUrl": "https://smba.example/", "channelId": "msteams", "bot": {"id": "28:bot"},
                 "conversation": {"id": TEAMS_CHANNEL, "conversationType": "channel", "tenantId": "t1"}}
    with g.connections.write() as db:
        db["conversations"].insert({"key": f"teams:{TEAMS_CHANNEL}", "platform": "teams", "channel": TEAMS_CHANNEL,
                                    "kind": "channel", "reference": json.dumps(reference), "seen_at": iso(g.clock())})
    [ok] = week_bot.handle(_msg("glossary digest here", user, thread))
    assert "will get the weekly jargon digest" in ok.text
    sub = Deliveries(g).get("teams", TEAMS_CHANNEL)
    assert sub is not None and sub.reference == reference


def test_console_cannot_subscribe(week_bot: Bot) -> None:
    [reply] = say(week_bot, "glossary digest here", user="admin")
    assert "Slack and Teams channels" in reply.text and "jargon digest" in reply.text


def test_preview_is_private_and_for_everyone(week_bot: Bot) -> None:
    [reply] = slack_channel(week_bot, "glossary digest preview", user="U1")
    assert reply.private and reply.kind == "digest" and reply.title == "Jargon digest · 16–22 Nov 2026"
    assert "9 questions (+5)" in reply.text
    [older] = slack_channel(week_bot, "glossary digest preview 2026-W46", user="U1")
    assert older.title == "Jargon digest · 9–15 Nov 2026" and "4 questions (+3) · 75% answered (−25 pts)" in older.text
    [bad] = slack_channel(week_bot, "glossary digest preview last-week", user="U1")
    assert bad.kind == "error" and "2026-W47" in bad.text
    [unknown] = slack_channel(week_bot, "glossary digest sometimes")
    assert unknown.kind == "error" and "glossary digest here" in unknown.text


def test_define_it_opens_the_add_form_for_curators(week_bot: Bot) -> None:
    conv = Conversation("slack", "C1", "channel")
    [reply] = week_bot.act(Action("digest_define", {"term": "NPS"}, User("slack", "UADMIN"), conv))
    assert reply.private and reply.form is not None
    assert (reply.form.title, reply.form.submit_label) == ("Add NPS", "Add")  # pre-filled with the question
    assert "definition" in [f.name for f in reply.form.fields]
    # the form really adds the term: the submit goes through the curation commands
    values = {**reply.form.hidden, "definition": "Net promoter score: how likely customers recommend us."}
    [saved] = week_bot.act(Action(reply.form.submit_action, values, User("slack", "UADMIN"), conv))
    assert "NPS" in saved.text and week_bot.glossary.lookup("NPS").status == "answer"
    week = Week.last_complete(week_bot.glossary.clock(), zone("UTC"))
    assert [u.text for u in collect(week_bot.glossary, week).unanswered] == ["ROAS"]  # defined: drops off
    # members get the suggestion form instead: a curator reviews it
    [member] = week_bot.act(Action("digest_define", {"term": "ROAS"}, User("slack", "U1"), conv))
    assert member.form is not None and member.form.title == "Suggest: ROAS"


def _msg(text: str, user: User, conversation: Conversation):  # noqa: ANN202
    from bot.messages import IncomingMessage

    return IncomingMessage(text, user, conversation, via="mention")

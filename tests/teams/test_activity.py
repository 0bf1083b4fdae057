"""Teams activity JSON -> platform-free messages: pure parsing rules."""

from __future__ import annotations

from adapters.teams import activity as parse
from bot.messages import User
from tests.teams import activities

URL = "http://127.0.0.1:1/"


def test_only_the_bot_mention_is_removed() -> None:
    activity = activities.channel_message(URL, "WhatIs the SLA?", bot_name="WhatIs")
    assert parse.message_text(activity) == "WhatIs the SLA?"
    msg = parse.incoming(activity)
    assert msg.via == "mention" and msg.conversation.kind == "channel" and msg.mentions == []


def test_other_mentions_stay_and_are_listed_by_aad_id() -> None:
    ben = activities.BEN
    activity = activities.channel_message(URL, f"glossary curator add <at>{ben['name']}</at>", others=[ben])
    msg = parse.incoming(activity, {ben["id"]: ben["aadObjectId"]})
    assert msg.text == f"glossary curator add <at>{ben['name']}</at>"
    assert msg.mentions == [User("teams", ben["aadObjectId"], ben["name"])]
    assert parse.incoming(activity).mentions == [User("teams", f"unverified:{ben['id']}", ben["name"])]  # no look-up


def test_formatting_tags_go_and_entities_are_decoded() -> None:
    activity = activities.personal_message(URL, "glossary add R&amp;D = <strong>research</strong><br>and development")
    assert parse.message_text(activity) == "glossary add R&D = research\nand development"
    typed = activities.personal_message(URL, "what is &lt;script&gt;?")
    assert parse.message_text(typed) == "what is <script>?"


def test_a_leading_mention_without_entities_is_removed() -> None:
    activity = activities.channel_message(URL, "CAC?")
    activity["entities"] = []
    assert parse.message_text(activity) == "CAC?" and parse.is_addressed(activity)


def test_who_and_where() -> None:
    activity = activities.channel_message(URL, "x", root="1732350000000")
    conversation = parse.conversation_of(activity)
    assert (conversation.id, conversation.thread) == (activities.CHANNEL_ID, "1732350000000")
    assert parse.user_of(activity) == User("teams", activities.ANA["aadObjectId"], activities.ANA["name"])
    personal = activities.personal_message(URL, "x")
    assert parse.conversation_of(personal).kind == "dm" and parse.is_addressed(personal)
    unaddressed = activities.channel_message(URL, "x")
    unaddressed["entities"], unaddressed["text"] = [], "just chatting about the SLA"
    assert not parse.is_addressed(unaddressed)


def test_reference_keeps_the_tenant() -> None:
    activity = activities.bot_installed(URL)
    del activity["conversation"]["tenantId"]
    reference = parse.reference_of(activity)
    assert reference["conversation"]["tenantId"] == activities.TENANT
    assert reference["serviceUrl"] == URL and reference["bot"]["id"] == activities.BOT_ID


def test_message_action_payload_and_search_query() -> None:
    value = activities.explain_invoke(URL, "<div><p>Cut <b>CAC</b> &amp; churn</p><p>before Q4</p></div>")["value"]
    assert parse.payload_text(value) == "Cut CAC & churn\nbefore Q4"
    assert parse.search_query(activities.search_invoke(URL, "  SLA ")["value"]) == ("SLA", False)
    assert parse.search_query(activities.search_invoke(URL, "", initial=True)["value"]) == ("", True)

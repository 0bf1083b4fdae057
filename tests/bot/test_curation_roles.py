"""Who may do what: checked once in bot/, the same on every platform; a refusal says why and changes nothing."""

from __future__ import annotations

import pytest

from bot.config import BotConfig
from bot.core import Bot
from bot.mentions import UnknownMention, parse_user
from bot.messages import User
from bot.roles import Role, role_of
from glossary.service import Glossary
from tests.bot.curation_support import click, make_curator, private, send, state

EDITS = [
    "glossary add Widgetry = Making widgets.", "glossary add", "glossary sense SLA = Special leave.",
    "glossary edit SLA = changed", "glossary example SLA = an example", "glossary alias sla2 = SLA",
    "glossary unalias service level agreement", "glossary tag SLA = x", "glossary related SLA = KPI",
    "glossary remove SLA", "glossary revert SLA 1", "glossary owner SLA = @me", "glossary review SLA = 2030-01-01",
    "glossary pending", "glossary approve 1", "glossary reject 1 no",
]
ADMIN_ONLY = ["glossary curators", "glossary curator add console:x", "glossary curator remove console:x"]


def test_a_member_is_refused_with_a_reason_and_nothing_changes(bot: Bot, glossary: Glossary) -> None:
    before = state(glossary)
    for line in EDITS + ADMIN_ONLY + ["glossary import"]:
        reply = private(send(bot, line, user="member"))
        assert reply.kind == "error" and reply.text.startswith("Sorry, only"), line
        assert "you are a member" in reply.text and "Nothing was changed" in reply.text, line
    assert state(glossary) == before


def test_a_curator_cannot_manage_curators(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary)
    before = state(glossary)
    for line in ADMIN_ONLY:
        assert "only admins" in private(send(bot, line, user="cura")).text, line
    assert state(glossary) == before


def test_a_curator_edits_and_an_admin_manages_curators(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary)
    assert "Updated SLA" in private(send(bot, "glossary edit SLA = A promise in a contract.", user="cura")).text
    assert glossary.terms.get("sla").definition == "A promise in a contract."
    listing = private(send(bot, "glossary curators"))
    assert [(i.label, i.text) for i in listing.items if i.label == "console:cura"] == [("console:cura", "curator")]


def test_open_editing_lets_everyone_edit_with_history_but_not_manage(glossary: Glossary) -> None:
    bot = Bot(glossary, BotConfig(admins=frozenset({"console:admin"}), open_editing=True))
    send(bot, "glossary edit SLA = Wiki style.", user="anyone")
    assert glossary.terms.get("sla").definition == "Wiki style."
    assert glossary.terms.history("sla")[-1]["actor"] == "console:anyone"
    assert "only admins" in private(send(bot, "glossary curator add console:x", user="anyone")).text
    assert "only curators" in private(send(bot, "glossary import", user="anyone")).text


def test_buttons_and_forms_check_permission_again(bot: Bot, glossary: Glossary) -> None:
    """A member can forge a form submission or click an old button; the core refuses it."""
    before = state(glossary)
    forged = {"mode": "edit", "term_id": "sla", "base_revision": 1, "definition": "hijacked"}
    assert "only curators" in private(click(bot, "term_form_submit", forged, user="member")).text
    forged_add = {"mode": "add", "term": "Evil", "definition": "hijacked"}
    assert "only curators" in private(click(bot, "term_form_submit", forged_add, user="member")).text
    for name, value in [("revert_term", {"term_id": "sla", "number": 1}), ("approve_suggestion", {"id": 1}),
                        ("reject_suggestion", {"id": 1}), ("add_alias", {"term_id": "sla", "alias": "x"}),
                        ("add_term", {"term": "Evil", "changes": {"definition": "x"}})]:
        assert "only curators" in private(click(bot, name, value, user="member")).text, name
    assert state(glossary) == before


def test_curator_add_and_remove_with_a_slack_mention(bot: Bot, glossary: Glossary) -> None:
    reply = send(bot, "glossary curator add <@U0ANN|ann>", user="UADMIN", platform="slack")
    assert "ann (slack:U0ANN) is now a curator" in private(reply).text
    [welcome] = [r for r in reply if r.to is not None]
    assert welcome.to == User("slack", "U0ANN", "ann") and "made you a curator" in welcome.text
    assert role_of(User("slack", "U0ANN"), glossary, bot.config) == Role.CURATOR
    send(bot, "glossary edit SLA = Edited from Slack.", user="U0ANN", platform="slack")
    assert glossary.terms.history("sla")[-1]["platform"] == "slack"
    assert "no longer a curator" in private(send(bot, "glossary curator remove <@U0ANN>", user="UADMIN",
                                                 platform="slack")).text
    assert role_of(User("slack", "U0ANN"), glossary, bot.config) == Role.MEMBER
    assert "was not a curator" in private(send(bot, "glossary curator remove <@U0ANN>", user="UADMIN",
                                               platform="slack")).text


def test_curator_add_with_a_teams_mention_uses_the_id_from_the_entities(bot: Bot, glossary: Glossary) -> None:
    ann = User("teams", "aad-ann", "Ann Lee")
    private(send(bot, "glossary curator add <at>Ann Lee</at>", user="aad-admin", platform="teams", mentions=[ann]))
    assert role_of(User("teams", "aad-ann"), glossary, bot.config) == Role.CURATOR
    private(send(bot, "glossary curator add teams:aad-bob", user="aad-admin", platform="teams"))
    assert role_of(User("teams", "aad-bob"), glossary, bot.config) == Role.CURATOR
    before = state(glossary)
    unknown = private(send(bot, "glossary curator add <at>Nobody</at>", user="aad-admin", platform="teams"))
    assert "couldn't tell which person" in unknown.text and state(glossary) == before


def test_removing_an_admin_is_explained(bot: Bot, glossary: Glossary) -> None:
    reply = private(send(bot, "glossary curator remove <@UADMIN>", user="UADMIN", platform="slack"))
    assert "is an admin (set in JARGON_ADMINS)" in reply.text


@pytest.mark.parametrize(("text", "platform", "expected"), [
    ("<@U123|ann>", "slack", User("slack", "U123", "ann")),
    ("<@U123>", "slack", User("slack", "U123")),
    ("<@w123>", "slack", User("slack", "W123")),
    ("teams:29:abc-def", "slack", User("teams", "29:abc-def")),
    ("slack:U9", "teams", User("slack", "U9")),
    ("@bob", "console", User("console", "bob")),
])
def test_mentions_resolve_to_ids(text: str, platform: str, expected: User) -> None:
    assert parse_user(text, User(platform, "me")) == expected


@pytest.mark.parametrize(("text", "platform"), [
    ("@ann", "slack"), ("ann", "slack"), ("<@U1|x> <@U2|y>", "slack"), ("<at>Ann</at>", "slack"),
    ("<@U123>", "teams"), ("", "teams"), ("evil:U1", "console"), ("<!channel>", "slack"),
])
def test_names_without_ids_are_refused(text: str, platform: str) -> None:
    with pytest.raises(UnknownMention):
        parse_user(text, User(platform, "me"), [])

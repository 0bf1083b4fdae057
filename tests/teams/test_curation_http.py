"""Curation in Teams over real HTTP: mention commands, form cards, approve buttons and proactive notices."""

from __future__ import annotations

import pytest

from bot.config import BotConfig
from bot.messages import User
from bot.roles import Role, role_of
from glossary.service import Glossary
from tests.fakes.connector import ConnectorCall, FakeConnector, card_actions, card_texts
from tests.teams import activities as teams
from tests.teams.conftest import post

ANA_KEY = f"teams:{teams.ANA['aadObjectId']}"
BEN_KEY = f"teams:{teams.BEN['aadObjectId']}"
BEN_CHAT = "a:1Xq3Kz0b-personal-chat-with-ben"


@pytest.fixture
def config() -> BotConfig:
    """Ana is the admin here (JARGON_ADMINS=teams:<her AAD object id>)."""
    return BotConfig(admins=frozenset({ANA_KEY}))


def texts(calls: list[ConnectorCall]) -> str:
    return "\n".join(t for c in calls for card in c.cards for t in card_texts(card))


def submit_data(call: ConnectorCall, title_start: str) -> dict:
    found = [a for a in card_actions(call.card) if a["title"].startswith(title_start)]
    assert found, [a["title"] for a in card_actions(call.card)]
    return found[0]["data"]


async def test_admin_makes_a_curator_with_an_at_mention(server, connector: FakeConnector,
                                                        glossary: Glossary) -> None:
    connector.members[teams.BEN["id"]] = {"id": teams.BEN["id"], "name": teams.BEN["name"],
                                          "aadObjectId": teams.BEN["aadObjectId"]}
    activity = teams.channel_message(connector.url, f"glossary curator add <at>{teams.BEN['name']}</at>",
                                     others=[teams.BEN])
    status, _ = await post(server, activity)
    assert status in (200, 201)
    assert role_of(User("teams", teams.BEN["aadObjectId"]), glossary, BotConfig(admins=frozenset({ANA_KEY}))) \
        == Role.CURATOR
    assert f"Ben Okafor ({BEN_KEY}) is now a curator" in texts(connector.sent())
    member = [c for c in connector.calls if c.kind == "member"]
    assert member and member[0].path.endswith(teams.BEN["id"])  # the AAD id came from the roster, not the name


async def test_a_form_card_adds_a_term_and_a_member_cannot(server, connector: FakeConnector,
                                                           glossary: Glossary) -> None:
    await post(server, teams.personal_message(connector.url, "glossary add"))
    [form] = connector.sent()
    labels = card_texts(form.card)
    assert "Term" in labels and any(label.startswith("What it means") for label in labels)
    data = submit_data(form, "Add")
    typed = {"term": "Blue sky", "definition": "Unconstrained ideas.", "tags": "business"}
    member_click = teams.card_submit(connector.url, data, reply_to="activity-1", user=teams.BEN, inputs=typed)
    await post(server, member_click)
    assert "only curators can do that" in texts(connector.sent()[-1:])
    assert glossary.terms.by_name("Blue sky") == []
    await post(server, teams.card_submit(connector.url, data, reply_to="activity-1", inputs=typed))
    assert "Added Blue sky" in texts(connector.sent()[-1:])
    [term] = glossary.terms.by_name("Blue sky")
    assert (term.definition, term.tags) == ("Unconstrained ideas.", ["business"])
    assert glossary.terms.history(term.id)[0]["actor"] == ANA_KEY


async def test_a_suggestion_reaches_the_admin_and_approval_reaches_the_suggester(server, connector: FakeConnector,
                                                                                 glossary: Glossary) -> None:
    await post(server, teams.personal_message(connector.url, "glossary pending"))  # Ana's 1:1 chat is known
    await post(server, teams.personal_message(connector.url, "glossary suggest SLA = A promise about uptime.",
                                              user=teams.BEN, conversation_id=BEN_CHAT))
    await connector.wait_for(lambda calls: any(c.conversation == teams.PERSONAL_ID and "New suggestion #1"
                                               in texts([c]) for c in calls))
    notice = [c for c in connector.sent() if c.conversation == teams.PERSONAL_ID and "New suggestion #1" in texts([c])]
    assert "Your suggestion #1 for SLA is waiting" in texts([c for c in connector.sent()
                                                             if c.conversation == BEN_CHAT])
    await post(server, teams.card_submit(connector.url, submit_data(notice[0], "Approve"), reply_to="activity-9"))
    await connector.wait_for(lambda calls: any(c.conversation == BEN_CHAT and "was approved" in texts([c])
                                               for c in calls))
    told = [c for c in connector.sent() if c.conversation == BEN_CHAT and "was approved" in texts([c])]
    assert "Your suggestion #1 for SLA was approved by Ana Lopez" in texts(told)
    updated = [c for c in connector.calls if c.kind == "update"]
    assert updated and "Approved #1" in texts(updated)  # the notice card is replaced: no second approval
    assert glossary.terms.get("sla").definition == "A promise about uptime."

"""Comparisons and follow-ups in Teams over real HTTP (issue 13): a ColumnSet, and "it" remembered per chat."""

from __future__ import annotations

from glossary import yaml_io
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_elements, card_texts
from tests.glossary.test_understanding_explained import TERMS
from tests.teams import activities as teams
from tests.teams.conftest import post


async def test_a_comparison_is_a_column_set(server, connector: FakeConnector) -> None:
    await post(server, teams.personal_message(connector.url, "SLA vs SLO"))
    [call] = connector.sent()
    [columns] = card_elements(call.card, "ColumnSet")
    firsts = [card_texts(column)[0] for column in columns["columns"]]
    assert firsts == ["SLA", "SLO"]
    assert len(card_elements(call.card, "Action.Submit")) <= 6 * len(columns["columns"]) + 6


async def test_follow_ups_in_a_personal_chat(server, connector: FakeConnector) -> None:
    await post(server, teams.personal_message(connector.url, "what does EBITDA mean?"))
    await post(server, teams.personal_message(connector.url, "what about ARR"))
    await post(server, teams.personal_message(connector.url, "is that the same as MRR?"))
    await post(server, teams.personal_message(connector.url, "another example"))
    first, second, third, fourth = connector.sent()
    assert card_texts(first.card)[0].startswith("EBITDA")
    assert card_texts(second.card)[0].startswith("ARR")
    assert [card_texts(c)[0] for c in card_elements(third.card, "Column")] == ["ARR", "MRR"]
    assert any("example" in t.lower() and "ARR" in t for t in card_texts(fourth.card))


async def test_a_follow_up_in_a_channel_thread(server, connector: FakeConnector) -> None:
    root = teams.channel_message(connector.url, "what is churn?")
    await post(server, root)
    await post(server, teams.channel_message(connector.url, "related?", root=root["id"]))
    await post(server, teams.channel_message(connector.url, "related?", root=root["id"], user=teams.BEN))
    sent = [c for c in connector.sent() if c.kind != "create"]  # a private reply opens a 1:1 chat first
    assert any(t.startswith("Related to churn") for t in card_texts(sent[1].card))
    later = [t for call in sent[2:] for t in card_texts(call.card)]
    assert any("Ask me about a term first" in t for t in later)  # Ben asked nothing yet (told privately)
    assert not any(t.startswith("Related to churn") for t in later)


async def test_other_terms_in_a_question_are_buttons(server, connector: FakeConnector) -> None:
    await post(server, teams.personal_message(connector.url, "what's a KPI, I saw it next to OKR"))
    [call] = connector.sent()
    assert any("Also in your question: OKR" in t for t in card_texts(call.card))
    assert "OKR" in [a.get("title") for a in card_elements(call.card, "Action.Submit")]


async def test_the_explained_sense_is_answered_and_bare_expansions_are_buttons(
        server, glossary: Glossary, connector: FakeConnector) -> None:
    glossary.import_yaml(yaml_io.dump([t for t in TERMS if t.id in ("cma", "va-cma")]))
    await post(server, teams.personal_message(connector.url, "CMA?"))
    [call] = connector.sent()
    assert card_texts(call.card)[0].startswith("certified management accountant (CMA)")
    assert any("CMA can also stand for: Change Management Agent" in t for t in card_texts(call.card))
    assert "CMA (Change Management Agent)" in [a.get("title") for a in card_elements(call.card, "Action.Submit")]

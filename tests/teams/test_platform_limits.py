"""Teams' own limits, whatever the glossary holds: 6 actions per set, ~28 KB per message, schema-valid cards.

The fake connector validates every card it receives (tests/fakes/teams_limits.py); these tests
feed it the glossaries that used to break the limits, and check the checks themselves.
"""

from __future__ import annotations

import json

import pytest
import yaml
from aiohttp import ClientSession
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.teams import render as render_teams
from bot.messages import Button, Form, FormField, Item, Reply
from glossary.service import Glossary
from tests.fakes import teams_limits
from tests.fakes.connector import FakeConnector, card_actions, card_elements, card_texts
from tests.teams import activities as teams
from tests.teams.conftest import post


def _senses(glossary: Glossary, count: int, definition: str) -> list[str]:
    """One term with `count` senses, each with long texts; returns their ids."""
    entries = [{"id": f"zq-{n}", "term": "ZQ", "aliases": [f"zeta queue variant {n}"], "definition": definition,
                "examples": [definition], "tags": ["it", "business"], "related": ["SLA", "KPI", "churn"]}
               for n in range(count)]
    glossary.import_yaml(yaml.safe_dump({"terms": entries}, allow_unicode=True))
    return [e["id"] for e in entries]


def _sets(card: dict) -> list[list[dict]]:
    sets = [s["actions"] for s in card_elements(card, "ActionSet")]
    return sets + ([card["actions"]] if card.get("actions") else [])


# -- the checks themselves ---------------------------------------------------------------------------------
def test_the_vendor_schemas_are_present_and_match_teams_host_config() -> None:
    """A missing schema fails here (never a skip); the 6-action limit is Teams' own host config."""
    assert teams_limits.host_max_actions() == teams_limits.MAX_ACTIONS == render_teams.MAX_ACTIONS
    with pytest.raises(AssertionError, match="missing vendor schema"):
        teams_limits.schema_file("no-such-schema.json")


def test_the_checks_catch_what_teams_would_refuse() -> None:
    good = render_teams.card(Reply(text="ok", title="SLA", body=["A promise."]))
    assert teams_limits.card_problems(good) == []  # with its "msteams" key, which is Teams' own extension
    bad_element = {**good, "body": [{"type": "Blink", "text": "x"}]}
    assert teams_limits.card_problems(bad_element)
    seven = {**good, "actions": [{"type": "Action.Submit", "title": str(n)} for n in range(7)]}
    assert any("7 actions" in p for p in teams_limits.card_problems(seven))
    nested = {**good, "body": [{"type": "ActionSet", "actions": seven["actions"]}]}
    assert any("ActionSet" in p for p in teams_limits.card_problems(nested))
    heavy = {"type": "message", "attachments": [render_teams.attachment(Reply(text="x"))], "pad": "x" * 30_000}
    assert any("bytes" in p for p in teams_limits.activity_problems(heavy))


async def test_the_fake_connector_fails_the_test_that_sent_a_bad_card() -> None:
    fake = FakeConnector()
    await fake.start()
    card = {"type": "AdaptiveCard", "version": "1.5", "body": [],
            "actions": [{"type": "Action.Submit", "title": str(n)} for n in range(7)]}
    async with ClientSession() as session:
        await session.post(f"{fake.url}v3/conversations/c1/activities",
                           json={"type": "message", "attachments": [{"contentType": teams_limits.ADAPTIVE,
                                                                     "content": card}]})
    with pytest.raises(AssertionError, match="7 actions"):
        await fake.stop()


# -- what the bot sends --------------------------------------------------------------------------------------
async def test_a_term_with_15_senses_fits_and_every_sense_can_be_clicked(server, connector: FakeConnector,
                                                                       glossary: Glossary) -> None:
    ids = _senses(glossary, 15, ("A long definition that keeps going and going. " * 25)[:1000])
    await post(server, teams.personal_message(connector.url, "ZQ"))
    [call] = connector.sent()  # the fake checked the schema, 6 actions per set and 28 KB
    sets = _sets(call.card)
    assert all(len(s) <= 6 for s in sets)
    clickable = [a["data"][render_teams.VALUE_KEY].get("term_id") for s in sets for a in s
                 if a["data"][render_teams.ACTION_KEY] == "lookup"]
    assert sorted(clickable) == sorted(ids)
    last = next(a for s in sets for a in s if a["data"].get(render_teams.VALUE_KEY, {}).get("term_id") == "zq-14")
    await post(server, teams.card_submit(connector.url, last["data"], reply_to="activity-1"))
    answer = connector.sent()[-1]
    assert any("zeta queue variant 14" in t for t in card_texts(answer.card))


async def test_senses_in_a_non_latin_script_are_shortened_to_fit(server, connector: FakeConnector,
                                                                glossary: Glossary) -> None:
    """Every non-ASCII character is sent as a 6-byte escape: 15 such definitions weigh ~90 KB untrimmed."""
    _senses(glossary, 15, ("服务等级协议规定了服务的可用性和响应时间。" * 60)[:1000])
    await post(server, teams.personal_message(connector.url, "ZQ"))
    [call] = connector.sent()
    texts = card_texts(call.card)
    assert any("Shortened to fit" in t for t in texts) and any(t.endswith("…") for t in texts)
    assert len([a for a in card_actions(call.card) if a["data"][render_teams.ACTION_KEY] == "lookup"]) == 15


def test_many_card_level_actions_become_sets_of_six() -> None:
    replies = [Reply(text=f"t{n}", title=f"T{n}", actions=[Button(f"b{n}.{k}", "noop") for k in range(3)])
               for n in range(5)]
    card = render_teams.card(replies)
    assert "actions" not in card and all(len(s) <= 6 for s in _sets(card))
    assert len(card_actions(card)) == 15 and teams_limits.card_problems(card) == []


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=1000)
_label = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=120)
_buttons = st.lists(st.builds(Button, _label, st.just("lookup"), st.fixed_dictionaries({"term_id": _label})),
                    max_size=20)
_replies = st.builds(
    Reply, text=_text, title=st.one_of(st.none(), _label), tags=st.lists(_label, max_size=10),
    body=st.lists(_text, max_size=20), examples=st.lists(_text, max_size=5),
    items=st.lists(st.builds(Item, _label, _text, _buttons), max_size=35),
    related=_buttons, choices=_buttons, actions=_buttons,
    form=st.one_of(st.none(), st.builds(Form, _label, st.lists(st.builds(FormField, st.just("f"), _label, _text),
                                                               max_size=5), st.just("submit"))),
    file=st.one_of(st.none(), st.tuples(st.just("glossary.yaml"), st.text(max_size=40_000))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(replies=st.lists(_replies, min_size=1, max_size=3))
def test_any_reply_renders_within_teams_limits(replies: list[Reply]) -> None:
    """Whatever people typed (any script, any length, any number of buttons): valid, <= 6 per set, < 28 KB."""
    activity = {"type": "message", "summary": render_teams.summary(replies[0]),
                "attachments": [render_teams.attachment(replies)], "envelope": "x" * 3_000}
    assert teams_limits.activity_problems(activity, len(json.dumps(activity).encode())) == []

"""`glossary me` over real Teams activities: the side is kept per user, and false friends follow it."""

from __future__ import annotations

from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_texts
from tests.teams import activities
from tests.teams.conftest import post


async def _say(server, connector: FakeConnector, text: str) -> str:  # noqa: ANN001
    before = len(connector.sent())
    status, _ = await post(server, activities.personal_message(connector.url, text))
    assert status in (200, 201)
    sent = connector.sent()[before:]
    return "\n".join(t for s in sent for t in card_texts(s.card))


async def test_an_engineer_sees_the_sales_meaning_of_pipeline_first(server, glossary: Glossary) -> None:
    async with FakeConnector() as connector:
        assert "you work in engineering" in await _say(server, connector, "glossary me dev")
        answer = await _say(server, connector, "pipeline?")
        assert "means different things to different teams" in answer
        assert answer.index("In sales") < answer.index("In engineering")
        rows = list(glossary.connections.db.query("select platform, user, tag from user_audience"))
        assert rows == [{"platform": "teams", "user": activities.ANA["aadObjectId"], "tag": "dev"}]
        assert "no longer keep" in await _say(server, connector, "glossary me off")
        neutral = await _say(server, connector, "pipeline?")
        assert "In sales" in neutral and "In engineering" in neutral
    assert list(glossary.connections.db.query("select * from user_audience")) == []

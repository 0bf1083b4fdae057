"""Messages the bot starts itself (digest, notices) and what happens when the connector fails."""

from __future__ import annotations

import logging

import pytest

from adapters.teams import proactive
from adapters.teams import refs as teams_refs
from bot.messages import Reply
from bot.roles import set_curator
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_texts, closed_port_url
from tests.teams import activities
from tests.teams.conftest import post

BEN_CHAT = "a:1Yq9-personal-chat-with-ben"


def _digest_like_reply() -> Reply:
    return Reply(text="Jargon digest, 16–22 Nov: 12 questions, 83% answered.", kind="digest",
                 title="Jargon digest, 16–22 Nov", body=["12 questions asked, 83% answered."])


async def test_send_proactive_posts_a_new_message_with_a_stored_reference(
        server, connector: FakeConnector, glossary: Glossary) -> None:
    await post(server, activities.personal_message(connector.url, "what is churn?"))
    reference = teams_refs.reference_for(glossary, f"teams:{activities.PERSONAL_ID}")
    assert reference is not None
    sent_id = await proactive.send_proactive(reference, _digest_like_reply(), app_id="")
    call = connector.sent()[-1]
    assert (call.kind, call.conversation) == ("send", activities.PERSONAL_ID)  # a new message, not a reply
    assert sent_id == call.activity_id or sent_id.startswith("activity-")
    assert "12 questions asked, 83% answered." in card_texts(call.card)
    assert call.activity["recipient"]["id"] == activities.ANA["id"]


@pytest.mark.parametrize("app_id", ["", "3f1c2b7a-5d6e-4f80-9a1b-2c3d4e5f6a7b"])
async def test_new_channel_post_starts_a_thread_in_the_channel(server, connector: FakeConnector,
                                                               glossary: Glossary, app_id: str) -> None:
    await post(server, activities.channel_message(connector.url, "what is MRR?", root="1732350000000"))
    reference = teams_refs.reference_for(glossary, f"teams:{activities.CHANNEL_ID}")
    assert reference["conversation"]["id"] == activities.CHANNEL_ID  # the channel, not the thread
    new_id = await proactive.send_proactive(reference, _digest_like_reply(), app_id=app_id, new_channel_post=True)
    call = connector.sent()[-1]
    assert call.kind == "create" and call.body["isGroup"] is True
    assert call.body["channelData"]["channel"]["id"] == activities.CHANNEL_ID
    assert "Jargon digest, 16–22 Nov" in card_texts(call.card)
    assert new_id.startswith("activity-")


async def test_a_refusing_connector_raises_a_delivery_error_with_its_status(glossary: Glossary) -> None:
    async with FakeConnector(fail_status=403) as refusing:
        reference = activities.personal_message(refusing.url, "x")
        ref = {"serviceUrl": refusing.url, "channelId": "msteams", "bot": reference["recipient"],
               "user": reference["from"], "conversation": reference["conversation"]}
        with pytest.raises(proactive.TeamsDeliveryError) as failure:
            await proactive.send_proactive(ref, _digest_like_reply(), app_id="")
        assert failure.value.status == 403
        assert len(refusing.calls) == 1


async def test_an_unreachable_connector_is_logged_and_the_server_stays_up(
        server, connector: FakeConnector, glossary: Glossary, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    status, _ = await post(server, activities.personal_message(closed_port_url(), "what is SLA?"))
    assert status in (200, 201)
    assert "could not deliver a Teams reply" in caplog.text
    assert (await server.get("/healthz")).status == 200
    status, _ = await post(server, activities.personal_message(connector.url, "what is SLA?"))
    assert status in (200, 201) and len(connector.sent()) == 1  # the next request is served normally


async def test_notices_reach_curators_in_their_personal_chat(server, connector: FakeConnector,
                                                            glossary: Glossary) -> None:
    ben = activities.BEN
    set_curator(glossary, f"teams:{ben['aadObjectId']}", enabled=True, by="test")
    await post(server, activities.personal_message(connector.url, "hi", user=ben, conversation_id=BEN_CHAT))
    before = len(connector.calls)
    status, _ = await post(server, activities.channel_message(
        connector.url, "glossary suggest churn = The share of customers who leave in a period."))
    assert status in (200, 201)
    notices = [c for c in connector.calls[before:] if c.conversation == BEN_CHAT]
    assert len(notices) == 1 and notices[0].kind == "send"
    assert any("New suggestion" in t for t in card_texts(notices[0].card))

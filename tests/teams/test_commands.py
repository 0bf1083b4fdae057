"""Commands that need more than text: a file to import, a colleague named by @mention."""

from __future__ import annotations

from bot.roles import curators, set_curator
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_texts
from tests.teams import activities
from tests.teams.conftest import post

YAML = b"""terms:
  - term: Heisenbug
    definition: A bug that disappears or changes when you try to observe it.
    tags: [it]
"""


async def test_glossary_import_with_an_attached_yaml_file(server, glossary: Glossary) -> None:
    set_curator(glossary, f"teams:{activities.ANA['aadObjectId']}", enabled=True, by="test")
    async with FakeConnector(files={"glossary.yaml": YAML}) as connector:
        message = activities.with_file(activities.personal_message(connector.url, "glossary import"),
                                       f"{connector.url}files/glossary.yaml")
        status, _ = await post(server, message)
        assert status in (200, 201)
        [reply] = connector.sent()
    assert glossary.lookup("heisenbug").status == "answer"
    assert any("1 created" in t for t in card_texts(reply.card))


async def test_files_from_other_hosts_over_plain_http_are_not_fetched(server, glossary: Glossary) -> None:
    set_curator(glossary, f"teams:{activities.ANA['aadObjectId']}", enabled=True, by="test")
    async with FakeConnector() as connector:
        message = activities.with_file(activities.personal_message(connector.url, "glossary import"),
                                       "http://files.example.com/glossary.yaml")
        await post(server, message)
        [reply] = connector.sent()
    assert any("I only download files from your organisation's SharePoint" in t for t in card_texts(reply.card))
    assert glossary.lookup("heisenbug").status != "answer"


async def test_curator_add_by_mention_uses_the_entra_object_id(glossary: Glossary, config, server) -> None:
    """Teams' text has only "<at>Ben Okafor</at>": the id comes from the mention entity and a member look-up."""
    ben = activities.BEN
    admin = {"id": "29:1admin", "name": "Ada Admin", "aadObjectId": "aad-admin"}  # JARGON_ADMINS has teams:aad-admin
    member = {"id": ben["id"], "name": ben["name"], "aadObjectId": ben["aadObjectId"], "userPrincipalName": "ben@x"}
    async with FakeConnector(members={ben["id"]: member}) as connector:
        message = activities.channel_message(connector.url, f"glossary curator add <at>{ben['name']}</at>",
                                             user=admin, others=[ben])
        status, _ = await post(server, message)
        assert status in (200, 201)
        lookups = [c for c in connector.calls if c.kind == "member"]
        assert len(lookups) == 1 and lookups[0].path.endswith(ben["id"])
    assert f"teams:{ben['aadObjectId']}" in curators(glossary)

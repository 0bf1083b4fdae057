"""Files sent to the bot (a YAML glossary for `glossary import`): fetched only for a curator's import,
only from SharePoint/OneDrive over https, with the fake connector's loopback host only in dev mode."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from adapters.teams import files as teams_files
from adapters.teams.files import FilePolicy
from bot.config import BotConfig
from bot.messages import AttachmentError
from bot.roles import set_curator
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_texts
from tests.ops.bot_framework_keys import SigningKeys
from tests.teams import activities
from tests.teams.conftest import AUTH_ENV, post, signed, start

YAML = b"terms:\n  - term: Heisenbug\n    definition: A bug that changes or vanishes when you try to observe it.\n"
REFUSED = "I only download files from your organisation's SharePoint or OneDrive"


@pytest.fixture
async def files_connector() -> AsyncIterator[FakeConnector]:
    async with FakeConnector(files={"glossary.yaml": YAML}) as fake:
        yield fake


@pytest.fixture
async def authed(glossary: Glossary, config: BotConfig, signing_keys: SigningKeys) -> AsyncIterator[TestClient]:
    client = await start(glossary, config, {**AUTH_ENV, "JARGON_TEAMS_DEV": "1"})  # ignored: an app id is set
    yield client
    await client.close()


def _curator(glossary: Glossary, who: dict[str, str] = activities.ANA) -> None:
    set_curator(glossary, f"teams:{who['aadObjectId']}", enabled=True, by="test")


def _fetched(connector: FakeConnector) -> list[str]:
    return [c.path for c in connector.calls if c.kind == "file"]


def _texts(connector: FakeConnector) -> list[str]:
    return [t for call in connector.sent() for t in card_texts(call.cards)]


def _imported(glossary: Glossary) -> bool:
    return glossary.lookup("heisenbug").status == "answer"


async def _send(client: TestClient, connector: FakeConnector, text: str, url: str, **headers: str) -> None:
    status, _ = await post(client, activities.with_file(activities.personal_message(connector.url, text), url),
                           **headers)
    assert status in (200, 201)


async def test_a_curators_import_fetches_the_file_once(server, files_connector: FakeConnector,
                                                       glossary: Glossary) -> None:
    _curator(glossary)
    await _send(server, files_connector, "glossary import", f"{files_connector.url}files/glossary.yaml")
    assert _fetched(files_connector) == ["/files/glossary.yaml"] and _imported(glossary)


@pytest.mark.parametrize(("text", "curator"), [
    ("glossary import", False),          # a member: refused by the role check, before any download
    ("what is SLA?", True),              # a question with a file attached: nothing needs it
    ("glossary import replace", True),   # replace is for admins only
    ("glossary import now", True),       # a usage error
])
async def test_nothing_is_fetched_unless_a_permitted_import_needs_it(
        server, files_connector: FakeConnector, glossary: Glossary, text: str, curator: bool) -> None:
    if curator:
        _curator(glossary)
    await _send(server, files_connector, text, f"{files_connector.url}files/glossary.yaml")
    assert len(files_connector.sent()) >= 1  # it answered
    assert _fetched(files_connector) == [] and not _imported(glossary)


@pytest.mark.parametrize("url", [
    "https://files.example.com/glossary.yaml",
    "http://contoso-my.sharepoint.com/personal/ana/glossary.yaml",      # not https
    "https://contoso.sharepoint.com.evil.example/glossary.yaml",        # a look-alike
    "https://sharepoint.com/glossary.yaml",
    "https://10.0.0.7/glossary.yaml",
    "file:///etc/passwd",
])
async def test_a_file_outside_sharepoint_is_refused_clearly_and_not_fetched(
        server, files_connector: FakeConnector, glossary: Glossary, monkeypatch: pytest.MonkeyPatch,
        url: str) -> None:
    fetches: list[Any] = []
    monkeypatch.setattr(teams_files, "fetch_capped", lambda *a, **k: fetches.append(a))
    _curator(glossary)
    await _send(server, files_connector, "glossary import", url)
    assert any(REFUSED in t and "Nothing was imported" in t for t in _texts(files_connector))
    assert fetches == [] and _fetched(files_connector) == [] and not _imported(glossary)


async def test_loopback_is_refused_when_authentication_is_on(
        authed: TestClient, signing_keys: SigningKeys, files_connector: FakeConnector, glossary: Glossary) -> None:
    """The fake's own 127.0.0.1 URL works in dev mode (above), never with an app id set."""
    _curator(glossary)
    port = files_connector.url.rsplit(":", 1)[1].strip("/")
    for url in (f"{files_connector.url}files/glossary.yaml", f"https://127.0.0.1:{port}/files/glossary.yaml",
                f"http://localhost:{port}/files/glossary.yaml", f"https://[::1]:{port}/files/glossary.yaml",
                f"https://contoso-my.sharepoint.com@127.0.0.1:{port}/files/glossary.yaml"):
        await _send(authed, files_connector, "glossary import", url, **signed(signing_keys, files_connector.url))
    refusals = [t for t in _texts(files_connector) if REFUSED in t]
    assert len(refusals) == 5, _texts(files_connector)
    assert _fetched(files_connector) == [] and not _imported(glossary)


@pytest.mark.parametrize(("url", "ok"), [
    ("https://contoso-my.sharepoint.com/personal/ana_contoso_com/_layouts/15/download.aspx?UniqueId=1&tempauth=x",
     True),
    ("https://contoso.sharepoint.com/sites/it/Shared%20Documents/glossary.yaml", True),
    ("https://CONTOSO-MY.SharePoint.com./x", True),
    ("https://contoso-my.sharepoint.com:8443/x", False),
    ("https://user:pw@contoso-my.sharepoint.com/x", False),
    ("https://contoso-my.sharepoint.com.evil.example/x", False),
    ("https://evilsharepoint.com/x", False),
    ("http://127.0.0.1:8080/x", False),
    ("https://[::1]/x", False),
    ("not a url", False),
    ("https://[::1/x", False),
])
def test_the_host_rule(url: str, ok: bool) -> None:
    policy = FilePolicy()
    if ok:
        assert policy.check(url) == url
    else:
        with pytest.raises(AttachmentError):
            policy.check(url)


def test_the_hosts_can_be_narrowed_to_your_tenant_and_loopback_needs_dev_mode() -> None:
    mine = FilePolicy.from_env({"JARGON_TEAMS_FILE_HOSTS": "contoso-my.sharepoint.com, contoso.sharepoint.com"},
                               dev=False)
    assert mine.check("https://contoso-my.sharepoint.com/x")
    with pytest.raises(AttachmentError, match="contoso-my.sharepoint.com"):
        mine.check("https://fabrikam-my.sharepoint.com/x")
    assert FilePolicy.from_env({}, dev=True).check("http://127.0.0.1:9/x") == "http://127.0.0.1:9/x"

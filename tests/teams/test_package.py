"""`jargon teams-package`: the zip an admin uploads, and the pages its manifest links to."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

from adapters.cli.main import main
from adapters.teams import package as teams_package
from adapters.teams import render as render_teams
from bot.commands.registry import COMMANDS
from bot.config import BotConfig
from tests.fakes.connector import FakeConnector
from tests.fakes.teams_limits import manifest_problems
from tests.teams import activities
from tests.teams.conftest import post

APP_ID = "3f1c2b7a-5d6e-4f80-9a1b-2c3d4e5f6a7b"


def _png(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, RGBA rows without filter bytes) of an 8-bit RGBA PNG written with filter 0."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, color = struct.unpack(">IIBB", data[16:26])
    assert (depth, color) == (8, 6)
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        assert zlib.crc32(kind + chunk) & 0xFFFFFFFF == struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        idat += chunk if kind == b"IDAT" else b""
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 4 + 1
    return width, height, b"".join(raw[y * stride + 1:(y + 1) * stride] for y in range(height))


def test_the_cli_writes_an_uploadable_zip(tmp_path: Path, capsys) -> None:
    out = tmp_path / "jargon.zip"
    assert main(["teams-package", "--app-id", APP_ID, "--url", "https://jargon.example.com/", "--output",
                 str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(zf.read("manifest.json"))
        color, outline = _png(zf.read("color.png")), _png(zf.read("outline.png"))
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert manifest["validDomains"] == ["jargon.example.com"]
    assert manifest["developer"]["privacyUrl"] == "https://jargon.example.com/privacy"
    commands = {c["id"]: c for c in manifest["composeExtensions"][0]["commands"]}
    assert commands[teams_package.SEARCH_COMMAND]["type"] == "query"
    explain = commands[teams_package.EXPLAIN_COMMAND]
    assert explain["type"] == "action" and explain["context"] == ["message"] and explain["fetchTask"] is True
    listed = manifest["bots"][0]["commandLists"][0]["commands"]
    assert 1 <= len(listed) <= 10 and listed[0]["title"] == "glossary help"
    for command in listed:  # every suggestion is a real command, within Teams' limits
        assert command["title"].removeprefix("glossary ") in COMMANDS
        assert len(command["title"]) <= 32 and len(command["description"]) <= 128
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["description"]["short"]) <= 80
    assert color[:2] == (192, 192) and outline[:2] == (32, 32)
    pixels = [outline[2][i:i + 4] for i in range(0, len(outline[2]), 4)]
    assert all(p[3] == 0 or p[:3] == b"\xff\xff\xff" for p in pixels)  # white on transparent only
    assert any(p[3] == 255 for p in pixels) and any(p[3] == 0 for p in pixels)
    assert all(color[2][i + 3] == 255 for i in range(0, len(color[2]), 4))  # the colour icon is opaque


def test_bad_app_id_or_url_is_refused_clearly(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.zip"
    assert main(["teams-package", "--app-id", "my-bot", "--url", "https://x.example", "--output", str(out)]) == 2
    assert "GUID" in capsys.readouterr().err  # errors go to stderr, like every other jargon error
    assert main(["teams-package", "--app-id", APP_ID, "--url", "http://x.example", "--output", str(out)]) == 2
    assert "https" in capsys.readouterr().err and not out.exists()


def test_custom_icons_are_used(tmp_path: Path) -> None:
    icon = tmp_path / "c.png"
    icon.write_bytes(teams_package.icons.color_icon(192))
    payload = teams_package.build(APP_ID, "https://x.example", color=icon.read_bytes(), outline=b"outline")
    with zipfile.ZipFile(__import__("io").BytesIO(payload)) as zf:
        assert zf.read("outline.png") == b"outline" and zf.read("color.png") == icon.read_bytes()


async def test_the_server_serves_privacy_and_terms(server) -> None:
    privacy = await server.get("/privacy")
    assert privacy.status == 200 and "questions" in (await privacy.text())
    terms = await server.get("/terms")
    assert terms.status == 200


def test_privacy_page_follows_the_settings() -> None:
    assert "not logged" in teams_package.privacy_text(BotConfig(log_questions=False))
    assert "30 days" in teams_package.privacy_text(BotConfig(log_retention_days=30))


async def test_the_manifest_command_ids_are_the_ones_the_adapter_answers(server, connector: FakeConnector) -> None:
    search = activities.search_invoke(connector.url, "SLA")
    search["value"]["commandId"] = teams_package.SEARCH_COMMAND
    status, body = await post(server, search)
    assert status == 200 and body["composeExtension"]["attachments"]
    action = activities.explain_invoke(connector.url, "<p>ARR</p>", data={
        render_teams.ACTION_KEY: "lookup", render_teams.VALUE_KEY: {"term_id": "arr"}})
    action["value"]["commandId"] = teams_package.EXPLAIN_COMMAND
    status, body = await post(server, action)
    assert status == 200 and body["task"]["type"] == "continue"


def test_watch_mode_asks_for_channel_messages_only_when_wanted() -> None:
    assert "authorization" not in teams_package.manifest(APP_ID, "https://x.example")
    watch = teams_package.manifest(APP_ID, "https://x.example", watch=True)
    [permission] = watch["authorization"]["permissions"]["resourceSpecific"]
    assert permission == {"name": "ChannelMessage.Read.Group", "type": "Application"}


def test_the_package_passes_the_official_teams_manifest_schema(tmp_path: Path) -> None:
    """Microsoft's schema for the manifestVersion the package declares (../shared/schemas; missing = failure)."""
    for watch in ([], ["--watch"]):
        out = tmp_path / f"jargon{len(watch)}.zip"
        assert main(["teams-package", "--app-id", APP_ID, "--url", "https://jargon.example.com/", "--name",
                     "A much longer bot name than Teams allows in short", "--output", str(out), *watch]) == 0
        with zipfile.ZipFile(out) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        assert manifest["manifestVersion"] == teams_package.MANIFEST_VERSION
        assert manifest["$schema"].endswith(f"/v{manifest['manifestVersion']}/MicrosoftTeams.schema.json")
        assert manifest_problems(manifest) == [], manifest_problems(manifest)
    broken = {**manifest, "accentColor": "teal", "manifestVersion": "1.17"}
    assert len(manifest_problems(broken)) >= 1  # the check is real: it refuses a bad colour

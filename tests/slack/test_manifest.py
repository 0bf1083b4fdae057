"""The app manifests create the app in one step: everything the adapter listens to is declared."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from adapters.slack import listeners as slack_listeners

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name,socket", [("manifest.yml", False), ("manifest.socket-mode.yml", True)])
def test_manifest_declares_what_the_adapter_handles(name: str, socket: bool) -> None:
    manifest = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    features, settings = manifest["features"], manifest["settings"]
    commands = {c["command"]: c for c in features["slash_commands"]}
    assert set(commands) == {slack_listeners.WHATIS_COMMAND, slack_listeners.GLOSSARY_COMMAND}
    assert commands["/glossary"]["should_escape"] is True  # mentions arrive as <@U123|name>
    assert [s["callback_id"] for s in features["shortcuts"]] == [slack_listeners.EXPLAIN_SHORTCUT]
    assert features["app_home"]["home_tab_enabled"] is True
    assert {"app_mention", "message.im", "app_home_opened"} <= set(settings["event_subscriptions"]["bot_events"])
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "app_mentions:read", "im:history", "files:write", "im:write"} <= scopes
    assert "chat:write.public" in scopes, "the digest reaches a public channel without an invitation"
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is socket
    urls = [c.get("url") for c in commands.values()] + [settings["event_subscriptions"].get("request_url"),
                                                        settings["interactivity"].get("request_url")]
    if socket:
        assert urls == [None] * 4
    else:
        assert set(urls) == {"https://YOUR-HOST/slack/events"}

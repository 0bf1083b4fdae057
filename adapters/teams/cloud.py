"""The botbuilder CloudAdapter: built per server, and shared with sends outside a request."""

from __future__ import annotations

import logging
import os
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from adapters.teams.clients import CachedAuthentication
from adapters.teams.connector_http import ConnectorHttp
from adapters.teams.settings import TeamsSettings, safe_error

log = logging.getLogger(__name__)


def create_adapter(settings: TeamsSettings, http: ConnectorHttp | None = None) -> CloudAdapter:
    """A CloudAdapter: authentication is on exactly when an app id is set; clients reused across turns
    (adapters/teams/clients.py), sending over `http`'s aiohttp session while it runs (the server)."""
    adapter = CloudAdapter(CachedAuthentication(ConfigurationBotFrameworkAuthentication(settings), http))

    async def on_error(context: TurnContext, error: Exception) -> None:
        log.error("Teams %s activity failed: %s", context.activity.type, safe_error(error))

    adapter.on_turn_error = on_error
    return adapter


_shared: dict[str, Any] = {}


def shared_adapter() -> tuple[CloudAdapter, str]:
    """(adapter, app id) for sends outside a request (`jargon digest --send`): the server's, else from env."""
    if "adapter" not in _shared:
        settings = TeamsSettings.from_env(os.environ)
        _shared.update(adapter=create_adapter(settings), app_id=settings.APP_ID)
    return _shared["adapter"], _shared["app_id"]


def share(adapter: CloudAdapter, app_id: str) -> None:
    """The running server's adapter serves later sends in this process (notices, `jargon digest --send`)."""
    _shared.update(adapter=adapter, app_id=app_id)


async def forget_shared(adapter: CloudAdapter) -> None:
    """A stopped server's adapter (and its closed session) must not serve later sends in this process."""
    if _shared.get("adapter") is adapter:
        _shared.clear()

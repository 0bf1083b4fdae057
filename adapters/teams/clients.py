"""Bot Framework clients built once, sending over the server's aiohttp session.

botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every
incoming activity. Each one builds an msrest Configuration whose ClientRetryPolicy runs a
~500,000-comparison list comprehension, plus a fresh `requests` session. Under load that was
about 75% of the server's CPU: Teams topped out near 80 activities/s on 2 cores (profile in
docs/load.md). `CachedAuthentication` keeps one client per (app id, serviceUrl, audience), as
the C# SDK and botbuilder's older BotFrameworkAdapter do; credentials still refresh their own
tokens on every request. In the server they send with aiohttp (adapters/teams/connector_http.py).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any, TypeVar

from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth._built_in_bot_framework_authentication import (
    _BuiltinBotFrameworkAuthentication,
)
from botframework.connector.models import Activity  # botbuilder.schema's, without importing botbuilder here
from msrest import Serializer

from adapters.teams.connector_http import ConnectorHttp, use_aiohttp

MAX_CLIENTS = 64  # serviceUrls are a handful of regional hosts; the bound only guards against junk
T = TypeVar("T")


class _Lru:
    """A small bounded cache; all access happens on the event loop, so no lock is needed."""

    def __init__(self, size: int = MAX_CLIENTS) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable) -> Any:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: Hashable, value: T) -> T:
        self._items[key] = value
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)


def _app_id(identity: ClaimsIdentity | None) -> str:
    return (_BuiltinBotFrameworkAuthentication.get_app_id(identity) if identity else None) or ""


class CachedConnectorFactory(ConnectorFactory):
    """Hands out one ConnectorClient per (app id, serviceUrl, audience) instead of one per call."""

    def __init__(self, inner: ConnectorFactory, app_id: str, cache: _Lru, http: ConnectorHttp | None) -> None:
        self.inner = inner
        self.app_id = app_id
        self.cache = cache
        self.http = http

    async def create(self, service_url: str, audience: str = None) -> ConnectorClient:  # noqa: RUF013 - SDK signature
        key = ("connector", self.app_id, service_url, audience)
        client = self.cache.get(key)
        if client is None:
            client = self.cache.put(key, _wired(await self.inner.create(service_url, audience), self.http))
        return client


class LeanBodySerializer(Serializer):
    """msrest's serializer, minus its slowest habit: walking card JSON that is JSON already.

    `Serializer.body` first deserialises the Activity back into models, then validates and
    serialises every nested dict of each attachment's `content` (an Adaptive Card: hundreds of
    values). That was a third of a Teams turn's CPU. Card content from adapters.teams.render is plain
    JSON, so it is set aside, the (small) rest of the Activity is serialised by msrest, and the
    content is put back as is. Anything else (a dict body, content that is a model) takes the
    old path.
    """

    def body(self, data: Any, data_type: str, **kwargs: Any) -> Any:
        attachments = data.attachments if data_type == "Activity" and isinstance(data, Activity) else None
        if not attachments or not all(isinstance(a.content, dict) for a in attachments):
            return super().body(data, data_type, **kwargs)
        contents = [a.content for a in attachments]
        try:
            for attachment in attachments:
                attachment.content = None
            body = self._serialize(data, data_type)  # a model already: body()'s model-to-model copy is moot
        finally:
            for attachment, content in zip(attachments, contents, strict=True):
                attachment.content = content
        for serialized, content in zip(body.get("attachments") or [], contents, strict=False):
            serialized["content"] = content
        return body


def _wired(client: Any, http: ConnectorHttp | None) -> Any:
    """A new ConnectorClient, made lean (cards serialised once) and, in the server, sent with aiohttp."""
    lean = LeanBodySerializer(client._serialize.dependencies)
    client._serialize = lean
    for operations in (getattr(client, "conversations", None), getattr(client, "attachments", None)):
        if operations is not None:
            operations._serialize = lean
    return use_aiohttp(client, http) if http is not None and http.running else client


class CachedAuthentication(BotFrameworkAuthentication):
    """Delegates authentication unchanged; caches only the outbound clients it hands out."""

    def __init__(self, inner: BotFrameworkAuthentication, http: ConnectorHttp | None = None,
                 size: int = MAX_CLIENTS) -> None:
        self.inner = inner
        self.http = http
        self.cache = _Lru(size)

    def _factory(self, factory: ConnectorFactory | None, identity: ClaimsIdentity | None) -> ConnectorFactory | None:
        if factory is None or isinstance(factory, CachedConnectorFactory):
            return factory
        return CachedConnectorFactory(factory, _app_id(identity), self.cache, self.http)

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        result = await self.inner.authenticate_request(activity, auth_header)
        result.connector_factory = self._factory(result.connector_factory, result.claims_identity)
        return result

    async def authenticate_streaming_request(self, auth_header: str, channel_id: str) -> AuthenticateRequestResult:
        result = await self.inner.authenticate_streaming_request(auth_header, channel_id)
        result.connector_factory = self._factory(result.connector_factory, result.claims_identity)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._factory(self.inner.create_connector_factory(claims_identity), claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        key = ("user-token", _app_id(claims_identity))
        client = self.cache.get(key)
        if client is None:
            client = self.cache.put(key, await self.inner.create_user_token_client(claims_identity))
        return client

    def create_bot_framework_client(self) -> Any:
        return self.inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self.inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self.inner.authenticate_channel_request(auth_header)

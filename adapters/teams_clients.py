"""Bot Framework clients built once, sending over the server's aiohttp session.

botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every
incoming activity. Each one builds an msrest Configuration whose ClientRetryPolicy runs a
~500,000-comparison list comprehension, plus a fresh `requests` session. Under load that was
about 75% of the server's CPU: Teams topped out near 80 activities/s on 2 cores (profile in
docs/load.md). `CachedAuthentication` keeps one client per (app id, serviceUrl, audience), as
the C# SDK and botbuilder's older BotFrameworkAdapter do; credentials still refresh their own
tokens on every request.

msrest's async pipeline also sends each call with `requests` inside the default thread pool
(the pool the bot's SQLite work runs in), holding a thread for the whole round trip. With a
running `ConnectorHttp` (the server), the cached clients send the same requests, through the
same policies (user agent, bearer token, deserialisation, logging), with aiohttp over pooled
keep-alive connections. The bearer token still comes from botbuilder's credentials; when an
app id is set, getting it may call Microsoft (MSAL, blocking), so that runs in a thread.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Hashable, Iterator
from datetime import datetime
from typing import Any, TypeVar

import aiohttp
import requests
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
from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata
from botframework.connector.models import Activity  # botbuilder.schema's, without importing botbuilder here
from msrest import Serializer
from msrest.pipeline import Request, Response
from msrest.pipeline.async_abc import AsyncHTTPPolicy, AsyncHTTPSender, AsyncPipeline
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http import ClientRequest
from msrest.universal_http.async_abc import AsyncClientResponse

CONNECTOR_TIMEOUT_SECONDS = 15.0  # the Bot Framework gives a bot 15 s: a slower call is a failed call
MAX_CONNECTIONS = 100
MAX_CLIENTS = 64  # serviceUrls are a handful of regional hosts; the bound only guards against junk
T = TypeVar("T")


class ConnectorHttp:
    """The shared session: opened when the server starts, closed when it stops (an aiohttp cleanup_ctx)."""

    def __init__(self, timeout: float = CONNECTOR_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self.session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def running(self) -> bool:
        """Open, and on the running event loop: a send from elsewhere (a CLI's loop) gets its own session."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        return self.session is not None and not self.session.closed and loop is self._loop

    async def lifespan(self, _app: Any = None) -> AsyncIterator[None]:
        self._loop = asyncio.get_running_loop()
        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout),
                                             connector=aiohttp.TCPConnector(limit=MAX_CONNECTIONS))
        try:
            yield
        finally:
            await self.session.close()


class _Headers:
    """What AppCredentials.signed_session touches on a requests.Session: its `headers`."""

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}


class BearerPolicy(AsyncHTTPPolicy):
    """Adds `Authorization: Bearer ...` from botbuilder credentials (nothing when authentication is off)."""

    def __init__(self, credentials: Any) -> None:
        super().__init__()
        self.credentials = credentials

    async def send(self, request: Request, **kwargs: Any) -> Response:
        if self.credentials is not None:
            holder = _Headers()
            if getattr(self.credentials, "microsoft_app_id", None):
                await asyncio.to_thread(self.credentials.signed_session, holder)  # may fetch a token
            else:
                self.credentials.signed_session(holder)
            request.http_request.headers.update(holder.headers)
        return await self.next.send(request, **kwargs)


class _LoadedResponse(AsyncClientResponse):
    """An aiohttp response whose body was read in full (Bot Connector answers are small JSON)."""

    def __init__(self, request: ClientRequest, response: aiohttp.ClientResponse, body: bytes) -> None:
        super().__init__(request, response)
        self.status_code = response.status
        self.headers = dict(response.headers)
        self.reason = response.reason
        self._body = body

    def body(self) -> bytes:
        return self._body

    def stream_download(self, chunk_size: int | None = None, callback: Callable | None = None) -> Iterator[bytes]:
        size = chunk_size or 10 * 1024

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(self._body), size):
                chunk = self._body[start:start + size]
                if callback:
                    callback(chunk, self.internal_response)
                yield chunk

        return chunks()  # type: ignore[return-value]


class AioHttpSender(AsyncHTTPSender):
    """The last step of the pipeline: one HTTP call on the shared session."""

    def __init__(self, http: ConnectorHttp) -> None:
        self.http = http

    async def __aenter__(self) -> AioHttpSender:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def send(self, request: Request, **kwargs: Any) -> Response:
        http_request: ClientRequest = request.http_request
        if http_request.files:
            raise ValueError("multipart uploads are not used by the bot")
        if self.http.running:
            return Response(request, await self._send(self.http.session, http_request))  # type: ignore[arg-type]
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.http.timeout)) as session:
            return Response(request, await self._send(session, http_request))  # outside the server (shutdown)

    @staticmethod
    async def _send(session: aiohttp.ClientSession, http_request: ClientRequest) -> _LoadedResponse:
        async with session.request(http_request.method, http_request.url, headers=http_request.headers,
                                   data=http_request.data) as response:
            return _LoadedResponse(http_request, response, await response.read())


def use_aiohttp(client: Any, http: ConnectorHttp) -> Any:
    """Swap an msrest client's pipeline (ConnectorClient, TokenApiClient) for the aiohttp one. Returns it."""
    config = client.config
    policies = [config.user_agent_policy, BearerPolicy(config.credentials), RawDeserializer(),
                config.http_logger_policy]
    config.pipeline = AsyncPipeline(policies, AioHttpSender(http))
    return client


# -- clients built once --------------------------------------------------------------
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
    values). That was a third of a Teams turn's CPU. Card content from render_teams is plain
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


# -- Microsoft's token-signing keys -------------------------------------------------------------
# botframework-connector refreshes its OpenID metadata (about once a day, and when an unknown key
# id shows up) with a blocking `requests.get` and no timeout, inside a coroutine: while Microsoft's
# endpoint is slow, the whole server (Slack included) would stall. The same fetch runs here in a
# thread, with a timeout, and concurrent refreshes share one request.
FETCH_TIMEOUT_SECONDS = 10.0


def _fetch_keys(metadata_url: str) -> list[dict[str, Any]]:
    response = requests.get(metadata_url, timeout=FETCH_TIMEOUT_SECONDS)
    response.raise_for_status()
    keys = requests.get(response.json()["jwks_uri"], timeout=FETCH_TIMEOUT_SECONDS)
    keys.raise_for_status()
    return keys.json()["keys"]


async def _refresh_off_loop(self: _OpenIdMetadata) -> None:
    pending: asyncio.Future | None = getattr(self, "_jargon_pending", None)
    if pending is None or pending.done():
        pending = self._jargon_pending = asyncio.ensure_future(asyncio.to_thread(_fetch_keys, self.url))
    self.keys = await asyncio.shield(pending)
    self.last_updated = datetime.now()


def fetch_signing_keys_off_loop() -> None:
    """Idempotent: called when the Teams endpoint is set up."""
    _OpenIdMetadata._refresh = _refresh_off_loop  # type: ignore[method-assign]

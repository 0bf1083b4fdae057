"""The Bot Connector's HTTP transport: msrest requests sent with aiohttp over one pooled session.

msrest's async pipeline sends each call with `requests` inside the default thread pool
(the pool the bot's SQLite work runs in), holding a thread for the whole round trip. With a
running `ConnectorHttp` (the server), the cached clients (adapters/teams/clients.py) send the
same requests, through the same policies (user agent, bearer token, deserialisation, logging),
with aiohttp over pooled keep-alive connections. The bearer token still comes from botbuilder's
credentials; when an app id is set, getting it may call Microsoft (MSAL, blocking), so that runs
in a thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import aiohttp
from msrest.pipeline import Request, Response
from msrest.pipeline.async_abc import AsyncHTTPPolicy, AsyncHTTPSender, AsyncPipeline
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http import ClientRequest
from msrest.universal_http.async_abc import AsyncClientResponse

CONNECTOR_TIMEOUT_SECONDS = 15.0  # the Bot Framework gives a bot 15 s: a slower call is a failed call
MAX_CONNECTIONS = 100


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

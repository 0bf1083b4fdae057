"""A fake Slack Web API on 127.0.0.1 that records every call, for tests of anything that talks to Slack.

Point the real SDK at it (`SLACK_API_URL=api.url`, or `WebClient(base_url=api.url)`), and use
`api.response_url()` as the `response_url` of payloads. It runs its own event loop in a thread, so
sync tests (the digest CLI) and async tests (the aiohttp app) can share it:

    with FakeSlackAPI() as api:
        ...                                   # drive the code under test
        post = api.wait_for("chat.postMessage")[0]
        assert "SLA" in post.params["text"]

Programmable faults, per method, consumed in order: `fail(method, 429, retry_after=1)`,
`fail(method, 500)`, `error(method, "not_in_channel")` (HTTP 200, ok: false), `hang(method, seconds)`.
It also serves the files_upload_v2 flow, `conversations.replies`, downloads (`add_file`) and a
Socket Mode websocket (`apps.connections.open`, `send_envelope`).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections import defaultdict, deque
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes import block_kit
from tests.fakes.slack_calls import Call, Fault, decode


class FakeSlackAPI:
    """Start, drive, inspect, stop. Thread-safe: the server loop runs in its own thread."""

    def __init__(self, *, bot_user_id: str = "UBOT", bot_id: str = "BBOT", team_id: str = "T111") -> None:
        self.identity = {"user_id": bot_user_id, "bot_id": bot_id, "team_id": team_id, "user": "jargonbot",
                         "team": "Test Workspace", "url": "https://test.slack.com/"}
        self._calls: list[Call] = []
        self._cond = threading.Condition()
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._responses: dict[str, dict[str, Any]] = {}
        self._threads: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._files: dict[str, bytes] = {}
        self.uploads: dict[str, bytes] = {}
        self.users: dict[str, dict[str, Any]] = {}  # users.info answers, by user id (`add_user`)
        self._ids = itertools.count(1)
        self._sockets: set[web.WebSocketResponse] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.invalid: list[str] = []  # Block Kit payloads Slack would refuse (tests/fakes/block_kit.py)
        self.validate = True

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> FakeSlackAPI:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._start_server())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fake-slack-api", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Slack API did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._stop_server(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop.close()
        self._loop = None

    def __enter__(self) -> FakeSlackAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        if self.invalid and self.validate and exc[0] is None:
            raise AssertionError("the bot sent Block Kit that Slack would refuse:\n" + "\n".join(self.invalid[:10]))

    @property
    def url(self) -> str:
        """Base URL for WebClient / SLACK_API_URL (the trailing slash matters)."""
        return f"http://127.0.0.1:{self.port}/"

    def response_url(self, name: str = "r1") -> str:
        """A response_url to put in payloads; posts to it are recorded as method 'response_url'."""
        return f"{self.url}response/{name}"

    # -- programming ---------------------------------------------------------
    def fail(self, method: str, status: int = 500, *, retry_after: int | None = None, times: int = 1) -> None:
        """The next `times` calls to `method` get HTTP `status` (429 adds Retry-After)."""
        if status == 429 and retry_after is None:
            retry_after = 0
        self._add_fault(method, Fault(status=status, retry_after=retry_after, times=times))

    def error(self, method: str, error: str = "channel_not_found", *, times: int = 1) -> None:
        """The next `times` calls answer HTTP 200 with {"ok": false, "error": error}, as Slack does."""
        self._add_fault(method, Fault(error=error, times=times))

    def hang(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next `times` calls wait `seconds` before answering normally (timeouts, slow Slack)."""
        self._add_fault(method, Fault(hang=seconds, times=times))

    def set_response(self, method: str, payload: dict[str, Any]) -> None:
        """Extra fields merged into every normal answer of `method`."""
        with self._cond:
            self._responses[method] = payload

    def set_thread(self, channel: str, ts: str, messages: list[dict[str, Any]]) -> None:
        """What conversations.replies returns for this thread (parent first)."""
        with self._cond:
            self._threads[(channel, ts)] = messages

    def add_file(self, name: str, content: bytes) -> str:
        """Serve `content` for download (a shared file's url_private_download); returns its URL."""
        with self._cond:
            self._files[name] = content
        return f"{self.url}files/{name}"

    def add_user(self, user_id: str, real_name: str, display_name: str = "", handle: str = "") -> None:
        """A workspace member that `users.info` knows; unknown ids answer `user_not_found`."""
        with self._cond:
            self.users[user_id] = {"id": user_id, "name": handle or real_name.lower().replace(" ", "."),
                                   "real_name": real_name,
                                   "profile": {"real_name": real_name, "display_name": display_name}}

    def reset(self) -> None:
        with self._cond:
            self._calls.clear()
            self._faults.clear()

    def _add_fault(self, method: str, fault: Fault) -> None:
        with self._cond:
            self._faults[method].append(fault)

    def _next_fault(self, method: str) -> Fault | None:
        with self._cond:
            queue = self._faults.get(method)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.popleft()
            return fault

    # -- inspecting ----------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        with self._cond:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0, *, answered: bool = False) -> list[Call]:
        """Block until `method` was called `count` times (and, with `answered`, each call has its status: a call
        is recorded before it is answered); return those calls. Fails the test on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self._calls if c.method == method]
                if len(found) >= count and not (answered and any(c.status is None for c in found)):
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self._calls]
                    raise AssertionError(f"expected {count} call(s) to {method}, got {len(found)}; calls: {seen}")
                self._cond.wait(left)

    async def async_wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """`wait_for` for tests that run the app under test on their own event loop."""
        return await asyncio.to_thread(self.wait_for, method, count, timeout)

    def _record(self, call: Call) -> Call:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()
        return call

    def _answered(self, call: Call, status: int) -> None:
        with self._cond:
            call.status = status
            self._cond.notify_all()

    # -- Socket Mode ---------------------------------------------------------
    def send_envelope(self, envelope: dict[str, Any], timeout: float = 5.0) -> None:
        """Push one Socket Mode envelope to every connected client (waits for a client to connect)."""
        deadline = time.monotonic() + timeout
        while not self._sockets:
            if time.monotonic() > deadline:
                raise AssertionError("no Socket Mode client connected")
            time.sleep(0.02)
        assert self._loop is not None
        asyncio.run_coroutine_threadsafe(self._broadcast(json.dumps(envelope)), self._loop).result(timeout)

    async def _broadcast(self, text: str) -> None:
        for ws in list(self._sockets):
            await ws.send_str(text)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._record(Call("socket_connect", dict(request.query), request.path))
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1,
                                      "connection_info": {"app_id": "A111"}}))
        self._sockets.add(ws)
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self._record(Call("socket_ack", decode(msg.data.encode(), "json"), request.path,
                                      body=msg.data.encode()))
        finally:
            self._sockets.discard(ws)
        return ws

    # -- server --------------------------------------------------------------
    async def _start_server(self) -> None:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_get("/link", self._socket)
        app.router.add_get("/files/{name}", self._download)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _stop_server(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _download(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self._record(Call("download", {"name": name}, request.path, dict(request.headers)))
        with self._cond:
            content = self._files.get(name)
        if content is None:
            return web.Response(status=404)
        return web.Response(body=content, content_type="application/octet-stream")

    async def _handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        path = request.path.lstrip("/")
        if path.startswith("api/"):
            path = path[4:]
        if path.startswith("response/"):
            method = "response_url"
        elif path.startswith("upload/"):
            method = "upload"
        else:
            method = path
        params = {} if method == "upload" else decode(raw, request.content_type or "")
        params = {**dict(request.query), **params}
        call = self._record(Call(method, params, request.path, dict(request.headers), raw))
        with self._cond:
            self.invalid += block_kit.problems(method, params)
        fault = self._next_fault(method)
        if fault is not None and fault.hang:
            await asyncio.sleep(fault.hang)
        if fault is not None and fault.status != 200:
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            self._answered(call, fault.status)
            return web.json_response({"ok": False, "error": "ratelimited" if fault.status == 429 else "fatal_error"},
                                     status=fault.status, headers=headers)
        if fault is not None and fault.error:
            self._answered(call, 200)
            return web.json_response({"ok": False, "error": fault.error})
        if method == "upload":
            self.uploads[path.split("/", 1)[1]] = raw
            self._answered(call, 200)
            return web.Response(text="OK - " + str(len(raw)))
        payload = self._answer(method, params)
        self._answered(call, 200)
        if method == "response_url":
            return web.Response(text="ok")
        return web.json_response(payload)

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """A plausible success answer for the methods the bot uses; {"ok": true} for the rest."""
        n = next(self._ids)
        ts = f"{1700000000 + n}.{n:06d}"
        answer: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            answer |= self.identity
        elif method in ("chat.postMessage", "chat.update"):
            answer |= {"channel": params.get("channel"), "ts": params.get("ts") or ts,
                       "message": {"text": params.get("text"), "ts": ts, "bot_id": self.identity["bot_id"]}}
        elif method == "chat.postEphemeral":
            answer |= {"message_ts": ts}
        elif method in ("views.open", "views.publish", "views.update", "views.push"):
            answer |= {"view": {**(params.get("view") or {}), "id": f"V{n:05d}"}}
        elif method == "conversations.open":
            answer |= {"channel": {"id": f"D{params.get('users', 'X')}"}}
        elif method == "conversations.replies":
            with self._cond:
                messages = self._threads.get((str(params.get("channel")), str(params.get("ts"))), [])
            answer |= {"messages": messages, "has_more": False}
        elif method == "files.getUploadURLExternal":
            file_id = f"F{n:05d}"
            answer |= {"upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}
        elif method == "files.completeUploadExternal":
            files = params.get("files") or []
            answer |= {"files": [{"id": f.get("id"), "title": f.get("title"), "name": f.get("title")}
                                 for f in files if isinstance(f, dict)]}
        elif method == "users.info":
            with self._cond:
                user = self.users.get(str(params.get("user")))
            answer = {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        elif method == "apps.connections.open":
            answer |= {"url": f"ws://127.0.0.1:{self.port}/link?ticket={n}"}
        with self._cond:
            answer |= self._responses.get(method, {})
        return answer

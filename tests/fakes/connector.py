"""A fake Bot Framework Connector on 127.0.0.1: the `serviceUrl` of test activities.

It serves the calls a Teams bot makes and records them, so a test can assert on the cards
the bot sent. It answers like the real service (`{"id": ...}`), or fails on demand.

    async with FakeConnector() as connector:
        activity["serviceUrl"] = connector.url
        ...  # POST the activity to /api/messages
        [call] = connector.sent()
        assert call.card["body"][0]...

Routes:
    POST /v3/conversations                                  create a conversation (1:1 or new channel post)
    POST /v3/conversations/{conv}/activities                send to a conversation
    POST /v3/conversations/{conv}/activities/{id}           reply (in a thread)
    PUT  /v3/conversations/{conv}/activities/{id}           update a message
    DELETE /v3/conversations/{conv}/activities/{id}         delete a message
    GET  /v3/conversations/{conv}/members/{member}          one member (from `members`), else 404
    GET  /files/{name}                                      a file from `files` (a Teams file downloadUrl)

Every message it receives is checked as Teams would (tests/fakes/teams_limits.py: the Adaptive
Card 1.5 schema, at most 6 actions per set, at most 28 KB per activity). A payload that breaks a
rule is recorded in `problems`, and stopping the fake fails the test that sent it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.teams_limits import activity_problems

ADAPTIVE = "application/vnd.microsoft.card.adaptive"


@dataclass
class ConnectorCall:
    """One request the bot made to the connector."""

    method: str
    path: str
    conversation: str | None
    activity_id: str | None
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """'send', 'reply', 'update', 'delete', 'create', 'member' or 'file'."""
        if self.path.startswith("/files/"):
            return "file"
        if self.method == "GET":
            return "member"
        if self.method == "DELETE":
            return "delete"
        if self.method == "PUT":
            return "update"
        if self.conversation is None:
            return "create"
        return "reply" if self.activity_id else "send"

    @property
    def activity(self) -> dict[str, Any]:
        """The activity sent (for 'create', the one inside the conversation parameters)."""
        if self.kind == "create":
            return self.body.get("activity") or {}
        return self.body

    @property
    def cards(self) -> list[dict[str, Any]]:
        """The Adaptive Cards in the sent activity."""
        return [a.get("content") or {} for a in self.activity.get("attachments") or []
                if a.get("contentType") == ADAPTIVE]

    @property
    def card(self) -> dict[str, Any]:
        cards = self.cards
        assert len(cards) == 1, f"expected one Adaptive Card, got {len(cards)}: {self.activity}"
        return cards[0]


def card_elements(card: Any, kind: str | None = None) -> list[dict[str, Any]]:
    """Every element of a card (depth first, in order), or only those whose "type" is `kind`.

    Button data is not walked: it is what the bot gets back, not what the user sees.
    """
    found: list[dict[str, Any]] = []
    if isinstance(card, dict):
        if kind is None or card.get("type") == kind:
            found.append(card)
        children = [v for k, v in card.items() if k != "data" and isinstance(v, (dict, list))]
    else:
        children = card if isinstance(card, list) else []
    for child in children:
        found.extend(card_elements(child, kind))
    return found


def card_texts(card: Any) -> list[str]:
    """Every visible string in a card (TextBlock, TextRun, input label or value, button title), in order."""
    found: list[str] = []
    for element in card_elements(card):
        keys = ("text", "title", "label") + (("value", "placeholder") if str(element.get("type", "")).startswith(
            "Input.") else ())
        found.extend(element[k] for k in keys if isinstance(element.get(k), str))
    return found


def card_actions(card: Any) -> list[dict[str, Any]]:
    """Every Action.Submit in a card, wherever it is (card actions, ActionSets)."""
    return card_elements(card, "Action.Submit")


def closed_port_url() -> str:
    """A serviceUrl where nothing listens: the connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


class FakeConnector:
    """Records every call; `fail_status` makes every call answer with that HTTP error."""

    def __init__(self, *, fail_status: int | None = None,
                 members: dict[str, dict[str, Any]] | None = None, files: dict[str, bytes] | None = None) -> None:
        self.calls: list[ConnectorCall] = []
        self.problems: list[str] = []  # payloads Teams would refuse or mis-render (teams_limits)
        self.fail_status = fail_status
        self.members = dict(members or {})  # member id -> TeamsChannelAccount JSON
        self.files = dict(files or {})  # name -> bytes, served at url + "files/<name>"
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._changed: asyncio.Condition | None = None
        self.url = ""

    # -- lifecycle -----------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{conv}/activities", self._activity)
        app.router.add_post("/v3/conversations/{conv}/activities/{id}", self._activity)
        app.router.add_put("/v3/conversations/{conv}/activities/{id}", self._activity)
        app.router.add_delete("/v3/conversations/{conv}/activities/{id}", self._activity)
        app.router.add_get("/v3/conversations/{conv}/members/{member}", self._member)
        app.router.add_get("/files/{name}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self._changed = asyncio.Condition()
        self.url = f"http://127.0.0.1:{port}/"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self.problems:
            problems, self.problems = self.problems, []
            raise AssertionError("the bot sent Teams payloads that break Teams' rules:\n" + "\n".join(problems))

    async def __aenter__(self) -> FakeConnector:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @classmethod
    @contextmanager
    def in_thread(cls, **kwargs: Any) -> Iterator[FakeConnector]:
        """For synchronous tests (a CLI run): the fake runs on its own event loop in a thread."""
        fake = cls(**kwargs)
        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(fake.start())
            ready.set()
            loop.run_forever()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        ready.wait(10)
        try:
            yield fake
        finally:
            asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()

    # -- queries ---------------------------------------------------------------
    def sent(self) -> list[ConnectorCall]:
        """Calls that delivered a message (send, reply, create), in order."""
        return [c for c in self.calls if c.kind in ("send", "reply", "create")]

    async def wait_for(self, predicate: Callable[[list[ConnectorCall]], bool], timeout: float = 5.0) -> None:
        """Wait until the recorded calls satisfy `predicate` (for work done after the HTTP answer)."""
        assert self._changed is not None, "start the fake first"
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: predicate(self.calls)), timeout)

    # -- handlers --------------------------------------------------------------
    async def _record(self, request: web.Request) -> ConnectorCall:
        raw = await request.read() if request.can_read_body else b""
        body = json.loads(raw) if raw else {}
        call = ConnectorCall(request.method, request.path, request.match_info.get("conv"),
                             request.match_info.get("id"), body if isinstance(body, dict) else {"_": body},
                             {k: v for k, v in request.headers.items()})
        self.calls.append(call)
        if call.kind in ("send", "reply", "update", "create") and call.activity:
            size = len(raw) if call.kind != "create" else None  # a new conversation: the activity inside
            self.problems += [f"{call.method} {call.path}: {p}" for p in activity_problems(call.activity, size)]
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()
        return call

    def _failure(self) -> web.Response | None:
        if self.fail_status is None:
            return None
        return web.json_response({"error": {"code": "Failure", "message": "fake connector failure"}},
                                 status=self.fail_status)

    async def _activity(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        failed = self._failure()
        if failed is not None:
            return failed
        if call.kind == "delete":
            return web.Response(status=200)
        return web.json_response({"id": call.activity_id if call.kind == "update" else f"activity-{next(self._ids)}"})

    async def _create(self, request: web.Request) -> web.Response:
        await self._record(request)
        failed = self._failure()
        if failed is not None:
            return failed
        n = next(self._ids)
        return web.json_response({"id": f"conversation-{n}", "activityId": f"activity-{n}", "serviceUrl": self.url})

    async def _file(self, request: web.Request) -> web.Response:
        await self._record(request)
        data = self.files.get(request.match_info["name"])
        return web.Response(body=data) if data is not None else web.Response(status=404)

    async def _member(self, request: web.Request) -> web.Response:
        await self._record(request)
        member = self.members.get(request.match_info["member"])
        if member is None or self.fail_status is not None:
            return web.json_response({"error": {"code": "MemberNotFoundInConversation"}},
                                     status=self.fail_status or 404)
        return web.json_response(member)

"""Fake Slack Web API and Bot Connector for the load benchmark (127.0.0.1 only).

Records, per correlation id, the monotonic time a reply arrived, so the load script can
measure time-to-reply. Run by bench/load.py in its own process, so the fakes do not steal
the load generator's event loop.
"""

from __future__ import annotations

import argparse
import json
import time

from aiohttp import web

arrivals: dict[str, float] = {}
counts: dict[str, int] = {}
error_samples: list[str] = []
#: What the bot says when something failed on its side (bot/core.py): a reply with one of these is an
#: error a user saw, even though it was delivered.
ERROR_MARKERS = (b"went wrong on my side", b"not accepting changes", b"database is locked")


def _count(name: str) -> None:
    counts[name] = counts.get(name, 0) + 1


def _check(body: bytes) -> None:
    """Count replies that tell the user something failed."""
    lowered = body.lower()
    if any(marker in lowered for marker in ERROR_MARKERS):
        _count("error_replies")
        if len(error_samples) < 5:
            error_samples.append(body[:300].decode("utf-8", "replace"))


async def slack_api(request: web.Request) -> web.Response:
    method = request.match_info["method"]
    _count(method)
    if method == "auth.test":
        return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1",
                                  "user": "jargon", "team": "Bench"})
    body = await request.read()
    _check(body)
    if method in ("chat.postMessage", "chat.postEphemeral"):
        data = json.loads(body) if body.startswith(b"{") else dict(await request.post())
        key = data.get("thread_ts") or data.get("channel", "")
        arrivals.setdefault(f"s:{key}", time.monotonic())
        return web.json_response({"ok": True, "channel": data.get("channel"), "ts": f"{time.time():.6f}"})
    if method == "conversations.replies":
        return web.json_response({"ok": True, "messages": []})
    return web.json_response({"ok": True})


async def respond(request: web.Request) -> web.Response:
    _check(await request.read())
    _count("response_url")
    arrivals.setdefault(f"r:{request.match_info['id']}", time.monotonic())
    return web.json_response({"ok": True})


async def connector(request: web.Request) -> web.Response:
    body = await request.read()
    _check(body)
    data = json.loads(body)
    _count("connector")
    reply_to = request.match_info.get("id") or data.get("replyToId") or ""
    arrivals.setdefault(f"t:{reply_to}", time.monotonic())
    return web.json_response({"id": f"r{len(arrivals)}"})


async def stats(request: web.Request) -> web.Response:
    return web.json_response({"arrivals": arrivals, "counts": counts, "error_samples": error_samples})


async def reset(request: web.Request) -> web.Response:
    """Between phases: keeps /stats small (it is polled while waiting for the replies of a phase)."""
    arrivals.clear()
    counts.clear()
    error_samples.clear()
    return web.json_response({"ok": True})


def build() -> web.Application:
    app = web.Application(client_max_size=8 * 1024 * 1024)
    app.router.add_post("/api/{method}", slack_api)
    app.router.add_post("/respond/{id}", respond)
    app.router.add_post("/v3/conversations/{conv}/activities/{id}", connector)
    app.router.add_post("/v3/conversations/{conv}/activities", connector)
    app.router.add_put("/v3/conversations/{conv}/activities/{id}", connector)
    app.router.add_get("/stats", stats)
    app.router.add_post("/reset", reset)
    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    web.run_app(build(), host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()

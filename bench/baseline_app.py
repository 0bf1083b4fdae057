"""A bare slack-bolt + aiohttp app: the yardstick for the load benchmark.

It acks `/whatis` and answers through response_url, nothing else: no database, no matching.
"""

from __future__ import annotations

import argparse
import os

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient


def build() -> web.Application:
    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    bolt = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @bolt.command("/whatis")
    async def whatis(ack, respond, command) -> None:  # noqa: ANN001
        await ack()
        await respond(f"You asked about {command['text']}")

    async def events(request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        return await to_aiohttp_response(await bolt.async_dispatch(bolt_request))

    app = web.Application()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", lambda r: web.json_response({"ok": True}))
    return app


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    web.run_app(build(), host="127.0.0.1", port=parser.parse_args().port, print=None, access_log=None)

"""Fetching Microsoft's signing keys never stalls the event loop (botframework does it with blocking I/O)."""

from __future__ import annotations

import asyncio

from aiohttp import web
from aiohttp.test_utils import TestServer
from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata

from adapters.teams.signing_keys import fetch_signing_keys_off_loop

KEY = {"kty": "RSA", "kid": "k1", "n": "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw",  # noqa: E501
       "e": "AQAB", "endorsements": ["msteams"]}


async def test_a_slow_key_endpoint_does_not_stall_other_requests() -> None:
    app = web.Application()

    async def metadata(request: web.Request) -> web.Response:
        await asyncio.sleep(0.6)  # Microsoft being slow
        return web.json_response({"jwks_uri": str(request.url.with_path("/keys"))})

    app.router.add_get("/metadata", metadata)
    app.router.add_get("/keys", lambda r: web.json_response({"keys": [KEY]}))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    fetch_signing_keys_off_loop()
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.02)
            ticks += 1

    tick_task = asyncio.create_task(ticker())
    try:
        meta = _OpenIdMetadata(str(server.make_url("/metadata")))
        found = await asyncio.gather(meta.get("k1"), meta.get("k1"))
    finally:
        tick_task.cancel()
        await server.close()
    assert all(f is not None and f.endorsements == ["msteams"] for f in found)
    assert ticks >= 15, f"the event loop stalled while the keys were fetched ({ticks} ticks in ~0.6 s)"

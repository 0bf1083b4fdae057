"""Attached files are read whole, or refused when too big: never cut short silently."""

from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestServer

from adapters.downloads import fetch_capped


async def _serve(body: bytes) -> TestServer:
    app = web.Application()

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        for start in range(0, len(body), 7_000):  # many small chunks, as a real network delivers them
            await response.write(body[start:start + 7_000])
        await response.write_eof()
        return response

    app.router.add_get("/file", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


async def test_a_large_file_arrives_whole() -> None:
    body = b"terms:\n" + b"  - term: T\n    definition: D\n" * 7_000  # about 200 kB
    server = await _serve(body)
    try:
        data = await fetch_capped(str(server.make_url("/file")), limit=1_000_000, timeout=5)
    finally:
        await server.close()
    assert data == body


async def test_a_file_over_the_limit_is_refused() -> None:
    server = await _serve(b"x" * 50_000)
    try:
        assert await fetch_capped(str(server.make_url("/file")), limit=40_000, timeout=5) is None
    finally:
        await server.close()


async def test_an_unreachable_host_gives_none() -> None:
    assert await fetch_capped("http://127.0.0.1:9/file", limit=10, timeout=2) is None


async def test_a_redirect_is_not_followed_when_hosts_are_restricted() -> None:
    """Teams files come from allowed hosts only: a redirect could lead anywhere, so it is a failure."""
    server = await _serve(b"secret")
    app = web.Application()
    app.router.add_get("/go", lambda r: web.HTTPFound(str(server.make_url("/file"))))
    redirecting = TestServer(app, host="127.0.0.1")
    await redirecting.start_server()
    try:
        assert await fetch_capped(str(redirecting.make_url("/go")), limit=100, timeout=5,
                                  allow_redirects=False) is None
        assert await fetch_capped(str(redirecting.make_url("/go")), limit=100, timeout=5) == b"secret"
    finally:
        await redirecting.close()
        await server.close()

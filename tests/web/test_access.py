"""JARGON_WEB_ACCESS over real HTTP: personal links and sessions, open, off; headers; only GET; no key in logs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from adapters.server.app import create_app
from adapters.server.logs import scrub
from bot.config import BotConfig
from bot.weblinks import link_url, sign, verify, web_secret
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.slack.conftest import SlackServer
from tests.web.conftest import Browser, key_of

PAGES = ("/glossary", "/glossary/terms/sla", "/glossary/dashboard", "/glossary?q=kubernets")


def link(server: SlackServer, path: str = "", who: str = "slack:W1", **query: str) -> str:
    url = link_url(server.glossary, server.config, who, path, query or None)
    assert url is not None
    return url


def test_without_a_link_every_page_is_401_and_says_how_to_get_one(web: SlackServer) -> None:
    for path in PAGES:
        page = Browser().open(web.url + path)
        assert page.status == 401, path
        assert "glossary web" in page.text and "30 days" in page.text
        assert "<h1>A personal link is needed</h1>" in page.text


def test_a_link_sets_a_session_cookie_and_redirects_without_the_key(web: SlackServer) -> None:
    browser = Browser()
    first = browser.open(link(web, "/terms/sla"), follow=False)
    assert first.status == 303 and first.headers["Location"] == "/glossary/terms/sla"
    [cookie] = first.cookies
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"httponly", "path", "max-age"} <= attributes and "samesite=lax" in cookie.lower()
    assert "secure" not in attributes  # the public URL is http here
    assert key_of(link(web)) not in cookie
    for path in PAGES:  # the session opens every page, not just the linked one
        assert browser.open(web.url + path).status == 200, path


def test_other_query_parameters_survive_the_redirect(web: SlackServer) -> None:
    first = Browser().open(link(web, q="cost of sales", page="1"), follow=False)
    assert first.status == 303 and first.headers["Location"] == "/glossary?q=cost+of+sales&page=1"


def test_the_cookie_is_secure_when_the_public_url_is_https(glossary: Glossary, config: BotConfig) -> None:
    https = replace(config, public_url="https://glossary.example.com")
    server = SlackServer(glossary, https, {}).start()
    try:
        key = key_of(link_url(glossary, https, "slack:W1") or "")
        first = Browser().open(f"{server.url}/glossary?key={key}", follow=False)
        assert first.status == 303
        assert "secure" in {p.strip().lower() for p in first.cookies[0].split(";")}
    finally:
        server.stop()


def test_a_tampered_or_expired_key_is_401(web: SlackServer) -> None:
    url = link(web, "/terms/sla")
    key = key_of(url)
    tampered = key[:-2] + ("AA" if not key.endswith("AA") else "BB")
    other_user = key.replace(key.split(".")[1], "c2xhY2s6VTk5OTk")
    for bad in (tampered, other_user, "garbage", "", "v1.x.1.y" * 200):
        page = Browser().open(f"{web.url}/glossary/terms/sla?key={bad}", follow=False)
        assert page.status == 401 and "not valid" in page.text, bad
    clock: FixedClock = web.glossary.clock  # type: ignore[assignment]
    clock.now += timedelta(days=30, seconds=1)
    assert Browser().open(url, follow=False).status == 401


def test_a_session_ends_when_its_link_expires(web: SlackServer) -> None:
    browser = Browser()
    assert browser.open(link(web)).status == 200
    clock: FixedClock = web.glossary.clock  # type: ignore[assignment]
    clock.now += timedelta(days=29)
    assert browser.open(web.url + "/glossary").status == 200
    clock.now += timedelta(days=2)
    assert browser.open(web.url + "/glossary").status == 401


def test_a_tampered_key_ends_an_open_session(web: SlackServer) -> None:
    browser = Browser()
    assert browser.open(link(web)).status == 200
    assert browser.open(web.url + "/glossary?key=v1.abc.99999999999.forged").status == 401
    assert browser.open(web.url + "/glossary").status == 401


def test_the_generated_secret_is_kept_in_the_database(glossary: Glossary, config: BotConfig) -> None:
    first = web_secret(glossary, config)
    assert first == web_secret(Glossary(glossary.path), config)  # another process, same secret
    row = glossary.connections.db.execute("select value from meta where key = 'web_secret'").fetchone()
    assert row[0].encode() == first and len(first) >= 40
    configured = replace(config, web_secret="s3cret-from-the-environment")
    assert web_secret(glossary, configured) == b"s3cret-from-the-environment"
    key = sign(first, "slack:W1", glossary.clock())
    assert verify(first, key, glossary.clock()) is not None
    assert verify(b"s3cret-from-the-environment", key, glossary.clock()) is None


def test_open_mode_needs_no_link(start_web: Callable[..., SlackServer]) -> None:
    server = start_web("open")
    for path in PAGES:
        page = Browser().open(server.url + path)
        assert page.status == 200 and not page.cookies, path


def test_off_mode_has_no_routes(start_web: Callable[..., SlackServer]) -> None:
    server = start_web("off")
    for path in (*PAGES, "/glossary/static/glossary.css"):
        assert Browser().open(server.url + path).status == 404, path
    assert Browser().open(server.url + "/healthz").status == 200


def test_an_unknown_access_mode_is_refused_at_start(glossary: Glossary, config: BotConfig) -> None:
    with pytest.raises(ValueError, match="JARGON_WEB_ACCESS must be one of links, open, off"):
        create_app(glossary, replace(config, web_access="public"), {})


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_only_get_and_head(start_web: Callable[..., SlackServer], method: str) -> None:
    server = start_web("open")
    for path in ("/glossary", "/glossary/terms/sla", "/glossary/dashboard"):
        page = Browser().open(server.url + path, method=method, data=b"x=1")
        assert page.status == 405, (method, path)
        assert page.headers.get("Allow") == "GET,HEAD"
    assert Browser().open(server.url + "/glossary", method="HEAD").status == 200


def test_every_response_carries_the_security_headers(web: SlackServer) -> None:
    browser = Browser()
    responses = [browser.open(web.url + "/glossary"), browser.open(link(web))]  # 401, then 200
    responses += [browser.open(web.url + p) for p in ("/glossary/terms/nope", "/glossary/dashboard",
                                                       "/glossary/static/glossary.css", "/glossary/nothing")]
    assert [r.status for r in responses] == [401, 200, 404, 200, 200, 404]
    for page in responses:
        csp = page.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "script-src 'self'" in csp
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        assert page.headers["Referrer-Policy"] == "no-referrer"
    assert responses[1].headers["Cache-Control"] == "private, no-store"
    assert "http" not in responses[1].text.split("<body>")[0].replace("http-equiv", "")  # no third-party origin


def test_the_key_never_reaches_the_logs(web: SlackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    url = link(web, "/terms/sla")
    key = key_of(url)
    browser = Browser()
    assert browser.open(url).status == 200
    browser.open(f"{web.url}/glossary/dashboard?key={key}x")  # a tampered one too
    lines = [r.getMessage() for r in caplog.records]
    assert any("web GET /glossary/terms/sla 303" in line for line in lines), lines
    assert not [line for line in lines if key in line]
    assert scrub(f"GET {url} 303") == f"GET {url.split('key=')[0]}key=[redacted] 303"

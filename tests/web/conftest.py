"""The web glossary over real HTTP: the real app (create_app) on 127.0.0.1, with JARGON_PUBLIC_URL
pointing at it, the fake Slack Web API, and a tiny cookie-keeping HTTP client."""

from __future__ import annotations

import http.cookiejar
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from bot.config import BotConfig
from glossary.service import Glossary
from tests.slack.conftest import SlackServer, slack_api, slack_env  # noqa: F401  (shared fixtures)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Page:
    status: int
    headers: dict[str, str]
    text: str
    url: str
    cookies: list[str] = field(default_factory=list)  # raw Set-Cookie headers


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class Browser:
    """Keeps cookies like a browser; `follow=False` shows a redirect instead of following it."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()

    def open(self, url: str, *, method: str = "GET", follow: bool = True, data: bytes | None = None) -> Page:
        handlers: list[Any] = [urllib.request.HTTPCookieProcessor(self.jar)]
        if not follow:
            handlers.append(_NoRedirect())
        opener = urllib.request.build_opener(*handlers)
        request = urllib.request.Request(url, method=method, data=data)
        try:
            with opener.open(request, timeout=20) as response:
                return Page(response.status, dict(response.headers), response.read().decode("utf-8"),
                            response.geturl(), response.headers.get_all("Set-Cookie") or [])
        except urllib.error.HTTPError as error:
            return Page(error.code, dict(error.headers), error.read().decode("utf-8"), url,
                        error.headers.get_all("Set-Cookie") or [])


def key_of(url: str) -> str:
    found = re.search(r"[?&]key=([^&]+)", url)
    assert found, url
    return found.group(1)


@pytest.fixture
def start_web(glossary: Glossary, config: BotConfig,
              slack_env: dict[str, str]) -> Iterator[Callable[..., SlackServer]]:  # noqa: F811
    """start_web(access="links", https=False, **config): a server whose JARGON_PUBLIC_URL is itself."""
    started: list[SlackServer] = []

    def start(access: str = "links", *, public: bool = True, g: Glossary | None = None,
              **overrides: Any) -> SlackServer:
        port = free_port()
        url = f"http://127.0.0.1:{port}" if public else ""
        cfg = replace(config, public_url=url, web_access=access, **overrides)
        server = SlackServer(g or glossary, cfg, slack_env, port=port).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def web(start_web: Callable[..., SlackServer]) -> SlackServer:
    """The default: JARGON_WEB_ACCESS=links, public URL set."""
    return start_web()

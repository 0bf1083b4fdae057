"""The "Open in the glossary" links: on Slack and Teams answers, in the digest, and from `glossary web`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace

from adapters.digest_send import send_digest
from adapters.teams import render as render_teams
from bot.config import BotConfig
from bot.core import Bot
from glossary.service import Glossary
from tests.conftest import say
from tests.fakes import FakeSlackAPI
from tests.fakes.connector import card_elements
from tests.slack.conftest import SlackServer, button_payload
from tests.web.conftest import Browser, key_of


def link_buttons(blocks: list[dict]) -> dict[str, str]:
    return {e["text"]["text"]: e["url"] for b in blocks if b.get("type") == "actions"
            for e in b["elements"] if "url" in e}


def test_a_slack_answer_carries_a_personal_link_that_opens_the_term(web: SlackServer,
                                                                     slack_api: FakeSlackAPI) -> None:
    web.command("/whatis", "SLA", user="W123", response_url=slack_api.response_url("cmd"))
    post = slack_api.wait_for("response_url")[0]
    url = link_buttons(post.blocks)["Open in the glossary"]
    assert url.startswith(web.url + "/glossary/terms/sla?key=")
    page = Browser().open(url)
    assert page.status == 200 and page.url == web.url + "/glossary/terms/sla"  # the key left the address
    assert "<h1>SLA" in page.text and "service level agreement" in page.text


def test_clicking_the_link_button_is_acked_and_asks_nothing(web: SlackServer, slack_api: FakeSlackAPI) -> None:
    web.command("/whatis", "SLA", response_url=slack_api.response_url("cmd"))
    post = slack_api.wait_for("response_url")[0]
    button = next(e for b in post.blocks if b.get("type") == "actions" for e in b["elements"] if "url" in e)
    payload = button_payload(slack_api, {**button, "value": ""})
    status, _ = web.interact(payload)
    assert status == 200
    assert not slack_api.calls_to("response_url")[1:]  # no second reply


def test_an_ambiguous_answer_links_to_the_search(web: SlackServer, slack_api: FakeSlackAPI) -> None:
    web.command("/whatis", "PR", response_url=slack_api.response_url("cmd"))
    url = link_buttons(slack_api.wait_for("response_url")[0].blocks)["Open in the glossary"]
    assert url.startswith(web.url + "/glossary?q=PR&key=")
    page = Browser().open(url)
    assert page.url == web.url + "/glossary?q=PR" and "pull request" in page.text.lower()


def test_no_link_without_a_public_url_or_when_the_web_is_off(start_web: Callable[..., SlackServer],
                                                            slack_api: FakeSlackAPI) -> None:
    for server in (start_web(public=False), start_web("off")):
        slack_api.reset()
        server.command("/whatis", "SLA", response_url=slack_api.response_url("cmd"))
        post = slack_api.wait_for("response_url")[0]
        assert post.text.startswith("SLA") and link_buttons(post.blocks) == {}
        assert "/glossary" not in post.text


def test_open_mode_links_carry_no_key(start_web: Callable[..., SlackServer], slack_api: FakeSlackAPI) -> None:
    server = start_web("open")
    server.command("/whatis", "SLA", response_url=slack_api.response_url("cmd"))
    url = link_buttons(slack_api.wait_for("response_url")[0].blocks)["Open in the glossary"]
    assert url == server.url + "/glossary/terms/sla"
    assert Browser().open(url).status == 200


def test_glossary_web_replies_privately_with_a_link_to_the_index(web: SlackServer, slack_api: FakeSlackAPI) -> None:
    web.command("/glossary", "web", response_url=slack_api.response_url("cmd"))
    post = slack_api.wait_for("response_url")[0]
    assert post.params["response_type"] == "ephemeral"
    url = link_buttons(post.blocks)["Open in the glossary"]
    assert url.startswith(web.url + "/glossary?key=")
    page = Browser().open(url)
    assert page.status == 200 and "terms</span>" in page.text


def test_help_lists_glossary_web(bot: Bot) -> None:
    [reply] = say(bot, "glossary help")
    assert any(item.label == "glossary web" for item in reply.items)


def test_glossary_web_explains_what_is_missing(glossary: Glossary, config: BotConfig) -> None:
    [reply] = say(Bot(glossary, config), "glossary web")
    assert "JARGON_PUBLIC_URL" in reply.text and not reply.links
    [reply] = say(Bot(glossary, replace(config, public_url="https://g.example", web_access="off")), "glossary web")
    assert "switched off" in reply.text and not reply.links


def test_a_teams_answer_has_an_open_url_action(glossary: Glossary, config: BotConfig) -> None:
    bot = Bot(glossary, replace(config, public_url="https://glossary.example.com"))
    [reply] = say(bot, "what does SLA mean?", platform="teams", user="aad-1")
    card = render_teams.card(reply)
    [opener] = card_elements(card, "Action.OpenUrl")
    assert opener["title"] == "Open in the glossary"
    assert opener["url"].startswith("https://glossary.example.com/glossary/terms/sla?key=")
    [plain] = say(Bot(glossary, config), "what does SLA mean?", platform="teams", user="aad-1")
    assert card_elements(render_teams.card(plain), "Action.OpenUrl") == []


def test_the_weekly_digest_links_to_the_dashboard(start_web: Callable[..., SlackServer], glossary: Glossary,
                                                  slack_api: FakeSlackAPI, slack_env: dict[str, str]) -> None:
    server = start_web()
    say(Bot(glossary, server.config), "glossary digest here", user="UADMIN", platform="slack", channel="C42",
        kind="channel")
    glossary.clock.now = glossary.clock.now.replace(day=30)  # the next Monday: the subscription's week is complete
    report = asyncio.run(send_digest(glossary, server.config, slack_env, force=True))
    assert report.sent == ["slack:C42"], report.summary()
    post = [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"] == "C42"][0]
    url = link_buttons(post.blocks)["Open the dashboard"]
    assert url.startswith(server.url + "/glossary/dashboard?key=") and key_of(url)
    page = Browser().open(url)
    assert page.status == 200 and "<svg" in page.text
    quiet = asyncio.run(send_digest(glossary, replace(server.config, public_url=""), slack_env, force=True))
    assert quiet.sent == ["slack:C42"]
    last = [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"] == "C42"][-1]
    assert link_buttons(last.blocks) == {}

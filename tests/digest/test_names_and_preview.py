"""Issue 16: the digest names people (never ids, never a ping) and the preview says which week it shows."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from adapters.digest_send import send_digest
from adapters.teams.activity import user_of
from bot.config import BotConfig
from bot.core import Bot
from bot.digest import build_digest
from bot.messages import Action, Conversation, IncomingMessage, User
from glossary.digest_week import Week
from glossary.people import People, clean_name
from glossary.service import Glossary
from tests.conftest import FixedClock, say
from tests.digest.conftest import MONDAY, at
from tests.fakes.slack_api import FakeSlackAPI
from tests.teams.activities import personal_message

W47 = "2026-W47"


def digest_text(g: Glossary, config: BotConfig) -> str:
    return build_digest(g, config, Week.from_key(W47, config_tz(config))).text


def config_tz(config: BotConfig):  # noqa: ANN201
    from glossary.digest_week import zone

    return zone(config.timezone)


def test_teams_names_come_from_the_activity_when_people_curate(week_glossary, week_bot: Bot,  # noqa: ANN001
                                                               utc_config: BotConfig) -> None:
    g, _ = week_glossary
    assert "(by aad-cur)" in digest_text(g, utc_config)  # nobody named yet: the id, as before
    ahmed = {"id": "29:1ahmed", "name": "Ahmed Curator", "aadObjectId": "aad-cur"}
    user = user_of(personal_message("https://smba.example", "glossary pending", user=ahmed))
    week_bot.handle(IncomingMessage("glossary pending", user, Conversation("teams", "a:1")))
    text = digest_text(g, utc_config)
    assert "Updated: KPI (by Ahmed Curator)" in text and "aad-cur" not in text


def test_asking_a_question_stores_no_name(week_glossary, week_bot: Bot) -> None:  # noqa: ANN001
    g, _ = week_glossary
    week_bot.handle(IncomingMessage("what is SLA", User("teams", "aad-asker", "Quiet Asker"),
                                    Conversation("teams", "a:2")))
    week_bot.act(Action("feedback", {"term_id": "sla", "helpful": True}, User("teams", "aad-asker", "Quiet Asker"),
                        Conversation("teams", "a:2")))
    assert People(g).names(["teams:aad-asker"]) == {}


def test_the_console_user_appears_by_name_not_as_you(glossary: Glossary, config: BotConfig) -> None:
    bot = Bot(glossary, BotConfig(admins=frozenset({"console:alice"})))
    alice = User("console", "alice", "Alice Martin")
    bot.handle(IncomingMessage("glossary add Zorp = A made-up word.", alice, Conversation("console", "local")))
    week = Week.containing(glossary.clock(), config_tz(config))
    text = build_digest(glossary, config, week).text
    assert "New: Zorp (by Alice Martin)" in text and "you" not in text.split("New:")[1].split(".")[0]


def test_slack_names_come_from_users_info_once_and_never_ping(week_glossary, slack_api: FakeSlackAPI,  # noqa: ANN001
                                                              slack_env: dict[str, str], week_bot: Bot,
                                                              utc_config: BotConfig) -> None:
    g, clock = week_glossary
    clock.now = at(17)
    say(week_bot, "glossary digest here", user="UADMIN", platform="slack", channel="C1", kind="channel")
    clock.now = MONDAY + timedelta(hours=1)
    slack_api.add_user("UCUR", "Carla Cruz", display_name="carla")
    slack_api.add_user("U2", "Dana Smith", display_name="<!here> @channel Dana")
    slack_api.add_user("UOWN", "Owen Owner")
    report = asyncio.run(send_digest(g, utc_config, slack_env))
    assert report.sent == ["slack:C1"]
    looked_up = sorted(c.params["user"] for c in slack_api.calls_to("users.info"))
    assert looked_up == ["U2", "UCUR", "UOWN"]  # editors, suggesters and owners on Slack; nobody else
    post = [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"] == "C1"][0]
    text = post.params["text"]
    assert "New: OKR (by carla)" in text and "NPS (from !here channel Dana)" in text
    assert "churn (owner Owen Owner)" in text
    assert "<@" not in text and "<!" not in text and "@" not in text.split("Jargon digest")[1]
    asyncio.run(send_digest(g, utc_config, slack_env, force=True))  # cached: no second lookup
    assert len(slack_api.calls_to("users.info")) == 3


def test_a_failed_lookup_keeps_the_id_and_the_digest_still_goes_out(week_glossary, slack_api,  # noqa: ANN001
                                                                    slack_env, week_bot: Bot,  # noqa: ANN001
                                                                    utc_config: BotConfig) -> None:
    g, clock = week_glossary
    clock.now = at(17)
    say(week_bot, "glossary digest here", user="UADMIN", platform="slack", channel="C1", kind="channel")
    clock.now = MONDAY + timedelta(hours=1)
    report = asyncio.run(send_digest(g, utc_config, slack_env))  # users.info answers user_not_found
    assert report.sent == ["slack:C1"]
    assert "New: OKR (by UCUR)" in slack_api.calls_to("chat.postMessage")[0].params["text"]


def test_names_are_plain_text() -> None:
    assert clean_name("  <@U123|ann> Ann\n") == "U123|ann Ann"
    assert clean_name("@here") == "here" and clean_name("x" * 200) == "x" * 80


def test_preview_says_which_week_and_offers_this_week_so_far(week_bot: Bot) -> None:
    [last] = say(week_bot, "glossary digest preview", user="U1", platform="slack", channel="C1", kind="channel")
    assert last.body[0].startswith("Preview of the digest for last week (16–22 Nov 2026)")
    assert "glossary digest preview this week" in last.text
    [button] = [b for b in last.actions if b.label == "This week so far"]
    say(week_bot, "what is SLA", user="U1", platform="slack", channel="C1")  # a question this week
    [typed] = say(week_bot, "glossary digest preview this week", user="U1", platform="slack", channel="C1")
    [clicked] = week_bot.act(Action(button.action, button.value, User("slack", "U1"), Conversation("slack", "C1")))
    for reply in (typed, clicked):
        assert reply.private and reply.title == "Jargon digest · 23–29 Nov 2026"
        assert reply.body[0].startswith("Preview of this week so far (23–29 Nov 2026)")
        assert "📊 2 questions" in reply.text  # U7's on Monday night and U1's just now


def test_a_quiet_last_week_preview_still_says_which_week(glossary: Glossary, config: BotConfig) -> None:
    clock = FixedClock(MONDAY)
    bot = Bot(Glossary(glossary.path, clock=clock), config)
    [reply] = say(bot, "glossary digest preview")
    assert reply.text.startswith("Preview of the digest for last week (16–22 Nov 2026)")
    assert "a quiet week" in reply.text and any(b.label == "This week so far" for b in reply.actions)


def test_the_slack_app_home_uses_the_same_names(week_glossary) -> None:  # noqa: ANN001
    from bot.home import pending

    g, _ = week_glossary
    People(g).remember("teams:T4", "Tess Four")
    texts = [item.text for item in pending(g).items]
    assert "suggested by Tess Four" in texts and "suggested by Dana" in texts

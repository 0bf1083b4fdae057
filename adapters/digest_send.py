"""Posting the weekly digest to every subscribed Slack and Teams channel, exactly once each.

The decisions (who gets it, was it sent, is a channel dead) live in glossary/digest_delivery.py;
this module only renders and posts. One channel's failure is logged and never stops the others.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.config import BotConfig
from bot.digest import build_digest, report_week
from bot.messages import Reply, User
from glossary.digest_delivery import Deliveries, Subscription
from glossary.digest_week import Week
from glossary.service import Glossary

log = logging.getLogger(__name__)

SLACK_DEFAULT_API = "https://slack.com/api/"
SLACK_TIMEOUT_SECONDS = 15
#: Slack errors that mean the bot cannot post in this channel any more (not a passing fault).
SLACK_GONE = frozenset({"channel_not_found", "not_in_channel", "is_archived", "restricted_action",
                        "channel_is_archived", "team_access_not_granted"})
#: Bot Connector statuses that mean the bot was removed from the team or the conversation is gone.
TEAMS_GONE = frozenset({403, 404})


class DeliveryFailed(Exception):
    """A post that did not go through. `gone`: the platform says we will never be able to post there."""

    def __init__(self, message: str, *, gone: bool = False) -> None:
        super().__init__(message)
        self.gone = gone


Sender = Callable[[Subscription, Reply, Mapping[str, str]], Awaitable[None]]


@dataclass
class SendReport:
    week: str
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already sent, or being sent by another process
    failed: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    not_configured: list[str] = field(default_factory=list)
    reminded: list[str] = field(default_factory=list)  # owners told about terms past their review date

    def summary(self) -> str:
        parts = [f"Digest {self.week}: {len(self.sent)} sent", f"{len(self.skipped)} already done",
                 f"{len(self.failed)} failed (retried later)"]
        if self.deactivated:
            parts.append(f"{len(self.deactivated)} marked inactive: {', '.join(self.deactivated)}")
        if self.not_configured:
            parts.append(f"{len(self.not_configured)} waiting for platform settings: {', '.join(self.not_configured)}")
        if self.reminded:
            parts.append(f"{len(self.reminded)} owners reminded of terms to review")
        return ", ".join(parts) + "."


def _label(sub: Subscription) -> str:
    return f"{sub.platform}:{sub.channel}"


# -- Slack -----------------------------------------------------------------------
def slack_configured(env: Mapping[str, str]) -> bool:
    from adapters.slack.app import SlackSettings

    return bool(SlackSettings.from_env(env).bot_token)


def slack_client(env: Mapping[str, str]) -> Any:
    from slack_sdk.web.async_client import AsyncWebClient

    from adapters.slack.app import SlackSettings
    from adapters.slack.delivery import retry_handlers

    settings = SlackSettings.from_env(env)
    return AsyncWebClient(token=settings.bot_token, base_url=settings.api_url or SLACK_DEFAULT_API,
                          timeout=SLACK_TIMEOUT_SECONDS, retry_handlers=retry_handlers())


async def learn_slack_names(glossary: Glossary, config: BotConfig, week: Week, env: Mapping[str, str]) -> None:
    """Editors', suggesters' and owners' display names (users.info), once, before the digest is built."""
    from adapters.slack.people import learn_names
    from glossary.digest_data import collect

    try:
        await learn_names(slack_client(env), glossary, collect(glossary, week).people)
    except Exception:  # names are a nicety: the digest goes out with ids rather than not at all
        log.exception("digest: could not look up display names")


async def send_slack(sub: Subscription, reply: Reply, env: Mapping[str, str]) -> None:
    """chat.postMessage with Block Kit, through the Slack adapter's own poster, renderer and retries (429)."""
    from aiohttp import ClientError
    from slack_sdk.errors import SlackApiError

    from adapters.slack.delivery import post_reply

    client = slack_client(env)
    try:
        await post_reply(client, sub.channel, reply)
    except SlackApiError as exc:
        code = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
        raise DeliveryFailed(f"Slack said {code}", gone=code in SLACK_GONE) from None
    except (ClientError, OSError) as exc:  # connection refused, timeout, DNS
        raise DeliveryFailed(f"cannot reach Slack: {type(exc).__name__}") from None


# -- Teams -----------------------------------------------------------------------
def teams_configured(env: Mapping[str, str]) -> bool:
    from adapters.teams.settings import TeamsSettings

    settings = TeamsSettings.from_env(env)
    return bool(settings.APP_ID) or settings.dev


async def send_teams(sub: Subscription, reply: Reply, env: Mapping[str, str]) -> None:
    """A proactive Adaptive Card through the stored conversation reference, as a new post in a channel."""
    from adapters.teams import proactive as teams
    from adapters.teams.gate import reference_refusal
    from adapters.teams.settings import TeamsSettings

    if not sub.reference:
        raise DeliveryFailed("no conversation reference stored for this channel", gone=True)
    refused = reference_refusal(sub.reference, TeamsSettings.from_env(env).allowed_tenants)
    if refused is not None:
        raise DeliveryFailed(refused)  # not gone: allowing the tenant again resumes the digest
    channel = (sub.reference.get("conversation") or {}).get("conversationType") == "channel"
    try:
        await teams.send_proactive(sub.reference, reply, app_id=env.get("MicrosoftAppId", ""),
                                   new_channel_post=channel)
    except teams.TeamsDeliveryError as exc:
        raise DeliveryFailed(f"Teams connector failed: {exc.status or 'unreachable'}",
                             gone=exc.status in TEAMS_GONE) from None


SENDERS: dict[str, tuple[Sender, Callable[[Mapping[str, str]], bool]]] = {
    "slack": (send_slack, slack_configured),
    "teams": (send_teams, teams_configured),
}


# -- the run ---------------------------------------------------------------------
async def send_digest(glossary: Glossary, config: BotConfig, env: Mapping[str, str], *, force: bool = False,
                      week: Week | None = None) -> SendReport:
    """Claim, post and record each subscription in turn; the digest itself is built at most once."""
    week = week or report_week(glossary, config)
    deliveries = Deliveries(glossary)
    report = SendReport(week.key)
    reply: Reply | None = None
    for sub in deliveries.recipients(week, force=force):
        label = _label(sub)
        sender, configured = SENDERS.get(sub.platform, (None, None))
        if sender is None or configured is None or not configured(env):
            report.not_configured.append(label)  # not claimed: it goes out once the platform is set up
            continue
        if not force and deliveries.status_of(sub.id, week.key) == "sent":
            report.skipped.append(label)  # read-only fast path: the scheduler asks every minute
            continue
        if not deliveries.claim(sub.id, week.key, force=force):
            report.skipped.append(label)
            continue
        try:
            if reply is None and sub.platform == "slack":
                await learn_slack_names(glossary, config, week, env)
            reply = reply or build_digest(glossary, config, week)
            await sender(sub, reply, env)
        except Exception as exc:
            failure = exc if isinstance(exc, DeliveryFailed) else DeliveryFailed(f"{type(exc).__name__}")
            if not isinstance(exc, DeliveryFailed):
                log.exception("digest for %s failed unexpectedly", label)
            if deliveries.mark_failed(sub.id, week.key, str(failure), gone=failure.gone):
                report.deactivated.append(label)
                log.error("digest: %s marked inactive after repeated failures (%s)", label, failure)
            log.warning("digest for %s not delivered: %s", label, failure)
            report.failed.append(label)
            continue
        deliveries.mark_sent(sub.id, week.key)
        report.sent.append(label)
        log.info("digest %s sent to %s", week.key, label)
    await send_review_notices(glossary, deliveries, env, week, report)
    return report


async def send_review_notices(glossary: Glossary, deliveries: Deliveries, env: Mapping[str, str], week: Week,
                              report: SendReport) -> None:
    """Each owner of terms past their review date gets one private reminder a week."""
    from bot.commands.ownership import overdue_notices

    for notice in overdue_notices(glossary, week.end):
        person = notice.to
        if not isinstance(person, User) or person.platform not in SENDERS:
            continue
        if not SENDERS[person.platform][1](env) or not deliveries.claim_notice(week.key, person.key):
            continue
        try:
            reached = await PRIVATE_SENDERS[person.platform](glossary, person.id, notice, env)
        except Exception as exc:  # a failed reminder is retried on the next run, and never stops the others
            deliveries.release_notice(week.key, person.key)
            log.warning("review reminder for %s not delivered: %s", person.key, type(exc).__name__)
            continue
        if reached:
            report.reminded.append(person.key)


async def _remind_on_slack(glossary: Glossary, user_id: str, reply: Reply, env: Mapping[str, str]) -> bool:
    await send_slack(Subscription(0, "slack", user_id, None, True, 0, None, None, ""), reply, env)
    return True


async def _remind_on_teams(glossary: Glossary, user_id: str, reply: Reply, env: Mapping[str, str]) -> bool:
    from adapters.teams import proactive as teams
    from adapters.teams.settings import TeamsSettings

    return await teams.send_to_user(glossary, user_id, reply, app_id=env.get("MicrosoftAppId", ""),
                                    tenants=TeamsSettings.from_env(env).allowed_tenants)


PRIVATE_SENDERS = {"slack": _remind_on_slack, "teams": _remind_on_teams}


def run_cli(glossary: Glossary, *, send: bool, force: bool = False, week_key: str | None = None,
            env: Mapping[str, str] | None = None) -> int:
    """`jargon digest`: print the console rendering; with `--send`, post to every subscription (cron)."""
    from adapters.cli.render import render

    config = BotConfig.from_env()
    try:
        week = report_week(glossary, config, week_key)
    except ValueError as exc:
        print(f"jargon digest: {exc}.", file=sys.stderr)
        return 2
    if not send:
        print(render(build_digest(glossary, config, week), numbered=False))
        return 0
    report = asyncio.run(send_digest(glossary, config, os.environ if env is None else env, force=force, week=week))
    print(report.summary())
    return 1 if report.failed else 0

"""`glossary digest here|off|preview|status` and the digest's "Define it" button.

Who may do what (one check, here, for every platform):
- here / off / status: curators and admins, because a subscription makes the bot post
  to a whole channel every week and status shows channels of the whole workspace;
- preview: everyone (it is what the channel would see anyway), shown privately.
"""

from __future__ import annotations

import json
from typing import Any

from bot.commands.help import is_role_refused
from bot.commands.registry import ACTIONS, action, command
from bot.context import Context
from bot.digest import DEFINE_ACTION, build_digest, report_week
from bot.messages import Action, Button, Reply
from bot.roles import Role
from glossary.digest_delivery import Deliveries, Subscription
from glossary.digest_week import Schedule

PLATFORMS = ("slack", "teams")
USAGE = ("Use “glossary digest here”, “glossary digest off”, “glossary digest preview [this week|YYYY-Www]” or "
         "“glossary digest status”.")


def _private(text: str, kind: str = "notice") -> list[Reply]:
    return [Reply(text=text, kind=kind, private=True)]


def channel_id(ctx: Context) -> str:
    """The channel itself, not the thread the command was typed in (Teams ids carry ';messageid=')."""
    return ctx.conversation.id.split(";messageid=")[0]


def teams_reference(ctx: Context) -> dict[str, Any] | None:
    """The conversation reference the Teams adapter saved when it saw this channel."""
    row = ctx.glossary.connections.db.execute("select reference from conversations where key = ? and "
                                              "reference is not null", [f"teams:{channel_id(ctx)}"]).fetchone()
    return json.loads(row[0]) if row else None


def _schedule_text(ctx: Context) -> str:
    try:
        return f"{Schedule.parse(ctx.config.digest_schedule).describe()} ({ctx.config.timezone})"
    except ValueError:
        return "when the digest is sent"


def _here(ctx: Context) -> list[Reply]:
    reference = None
    if ctx.platform == "teams":
        reference = teams_reference(ctx)
        if reference is None:
            return _private("I can't post to this channel yet: I haven't seen it properly. Remove and re-add "
                            "me in this team, then try again.", "error")
    _, changed = Deliveries(ctx.glossary).subscribe(ctx.platform, channel_id(ctx), by=ctx.actor,
                                                    reference=reference)
    when = _schedule_text(ctx)
    if not changed:
        return _private(f"This channel already gets the weekly jargon digest, {when}.")
    return [Reply(text=f"This channel will get the weekly jargon digest {when}: questions asked, answer rate, "
                       "new terms and what nobody could answer yet. “glossary digest off” stops it.",
                  kind="notice")]


def _off(ctx: Context) -> list[Reply]:
    if not Deliveries(ctx.glossary).unsubscribe(ctx.platform, channel_id(ctx)):
        return _private("This channel isn't subscribed to the digest, so there was nothing to stop.")
    return [Reply(text="Done: this channel won't get the weekly jargon digest any more. "
                       "“glossary digest here” brings it back.", kind="notice")]


def _status_line(deliveries: Deliveries, sub: Subscription) -> str:
    state = "active" if sub.active else f"INACTIVE after {sub.failures} failed sends"
    last = deliveries.last_sent(sub.id) or "never"
    line = f"{sub.platform} {sub.channel}: {state}, last sent {last}"
    if sub.last_error:
        line += f", last error: {sub.last_error}"
    return line


def _status(ctx: Context) -> list[Reply]:
    deliveries = Deliveries(ctx.glossary)
    subs = deliveries.all()
    if not subs:
        return _private("No channel gets the digest yet. Type “glossary digest here” in a channel to start.")
    lines = [_status_line(deliveries, s) for s in subs]
    inactive = sum(not s.active for s in subs)
    head = (f"{len(subs)} channel(s) get the digest {_schedule_text(ctx)}"
            + (f"; {inactive} inactive (re-subscribe with “glossary digest here” once I'm back in it)."
               if inactive else "."))
    return [Reply(text="\n".join([head, *lines]), kind="notice", title="Digest subscriptions",
                  body=[head, *lines], private=True)]


PREVIEW_ACTION = "digest_preview"
THIS_WEEK = ("this week", "this", "now", "current")


def _preview(ctx: Context, args: str) -> list[Reply]:
    """Says which week it shows: the digest covers the last complete week, so offer this week so far too."""
    wanted = " ".join(args.lower().split())
    last = report_week(ctx.glossary, ctx.config)
    try:
        week = last.next if wanted in THIS_WEEK else report_week(ctx.glossary, ctx.config,
                                                                  None if wanted in ("", "last week", "last") else args)
    except ValueError as exc:
        return _private(f"{exc}. Try “glossary digest preview”, “… preview this week” or “… preview 2026-W47”.",
                        "error")
    reply = build_digest(ctx.glossary, ctx.config, week)
    if week == last:
        note = (f"Preview of the digest for last week ({week.label}), the one a subscribed channel gets next. "
                "“glossary digest preview this week” shows this week so far.")
        reply.actions.append(Button("This week so far", PREVIEW_ACTION, {"week": "this week"}))
    elif week == last.next:
        note = f"Preview of this week so far ({week.label}); the channel gets it when the week is over."
    else:
        note = f"Preview of the digest for the week of {week.label} ({week.key})."
    reply.text = f"{note}\n{reply.text}"
    reply.body.insert(0, note)
    reply.private = True
    return [reply]


@action(PREVIEW_ACTION)
def _preview_button(ctx: Context, act: Action) -> list[Reply]:
    return _preview(ctx, str(act.value.get("week") or "")[:20])


@command("digest", "digest here|off|preview [this week]|status",
         "Weekly digest: subscribe this channel (curators), stop it, preview it privately (last week, or this week "
         "so far), or list subscriptions.")
def digest_command(ctx: Context, args: str) -> list[Reply]:
    sub, _, rest = args.strip().partition(" ")
    sub = sub.lower() or "preview"
    if sub == "preview":
        return _preview(ctx, rest.strip())
    handlers = {"here": _here, "off": _off, "status": _status}
    if sub not in handlers:
        return _private(f"I don't know “digest {sub[:30]}”. {USAGE}", "error")
    if sub != "status" and ctx.platform not in PLATFORMS:
        return _private("Digest subscriptions are for Slack and Teams channels. Here, run “jargon digest” "
                        "to print the last week's digest.")
    refused = is_role_refused(ctx, Role.CURATOR, False)
    if refused is not None:
        return [refused]
    return handlers[sub](ctx)


FORM_ACTION = "term_form"  # bot/commands/term_form.py: the add form for editors, the suggest form for others


@action(DEFINE_ACTION)
def define_it(ctx: Context, act: Action) -> list[Reply]:
    """The digest's "Define it": the add form pre-filled with the question (curators), else the suggest form.

    The role decision is the term form's own, so the digest cannot drift from `glossary add`.
    """
    term = str(act.value.get("term", ""))[:120].strip()
    handler = ACTIONS.get(FORM_ACTION)
    if handler is None or not term:
        return _private(f"Type “glossary add {term or 'TERM'} = what it means” to define it.")
    return handler(ctx, Action(FORM_ACTION, {"term": term}, act.user, act.conversation))

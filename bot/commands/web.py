"""`glossary web`: a personal link to the web glossary, sent privately."""

from __future__ import annotations

from bot.commands.registry import command
from bot.context import Context
from bot.messages import Reply
from bot.weblinks import LINK_DAYS, add_link


@command("web", "web", "Get your personal link to browse the whole glossary and its dashboard on the web.")
def web_link(ctx: Context, args: str) -> list[Reply]:
    if ctx.config.web_access == "off":
        return [Reply(text="The web glossary is switched off here (JARGON_WEB_ACCESS=off).", kind="notice",
                      private=True)]
    if not ctx.config.public_url:
        return [Reply(text="The web glossary has no public address yet: an admin needs to set JARGON_PUBLIC_URL.",
                      kind="notice", private=True)]
    personal = ctx.config.web_access == "links"
    text = ("Your personal link to the glossary" + (f", valid {LINK_DAYS} days. Please don't share it." if personal
                                                    else "."))
    reply = Reply(text=text, kind="notice", title="The glossary on the web", body=[text], private=True)
    add_link(reply, ctx.glossary, ctx.config, ctx.user.key)
    reply.text += f"\n{reply.links[0].url}" if reply.links else ""
    return [reply]

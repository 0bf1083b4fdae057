"""The bot: routes a platform-free message or button click to the right command, returns replies."""

from __future__ import annotations

import logging
import re

import bot.commands  # noqa: F401  (registers every command)
from bot.commands.ask import ask
from bot.commands.explain import answers_long_question, wants_explain
from bot.commands.help import is_role_refused, short_help
from bot.commands.me import audience_statement
from bot.commands.registry import ACTIONS, COMMANDS
from bot.config import BotConfig
from bot.context import Context
from bot.forms import park_big_forms
from bot.limits import MAX_COMMAND_CHARS, MAX_EXPLAIN_CHARS, MAX_INPUT_CHARS, MAX_QUESTION_CHARS, MAX_ROUTED_CHARS
from bot.messages import Action, IncomingMessage, Reply, User
from bot.small_talk import small_talk
from glossary import frames
from glossary.db import StorageError
from glossary.people import People
from glossary.question import clean
from glossary.service import Glossary

log = logging.getLogger(__name__)

READ_ONLY_ACTIONS = frozenset({"ask", "lookup", "feedback", "share"})  # no display name is kept for these
__all__ = ["MAX_INPUT_CHARS", "MAX_QUESTION_CHARS", "Bot", "storage_trouble"]
_COMMAND = re.compile(r"^\s*/?glossary\b\s*(?P<rest>.*)$", re.I | re.S)
_HELP = re.compile(r"^\s*(?:help|\?|how does this work|what can you do)\s*[?!.]*\s*$", re.I)


def storage_trouble(exc: StorageError) -> Reply:
    """The database refused a write (read-only or full disk): say so; never pretend it worked."""
    log.error("database trouble: %s", exc)
    return Reply(text="Sorry, I couldn't save that: the glossary database is not accepting changes right now "
                      "(an admin has been alerted in the logs). Nothing was changed.", kind="error", private=True)


class Bot:
    """Synchronous and platform-free, so a whole conversation is testable without a network."""

    def __init__(self, glossary: Glossary, config: BotConfig | None = None) -> None:
        self.glossary = glossary
        self.config = config or BotConfig()
        self._named: dict[str, str] = {}  # names already stored by this process: one write per person
        words = [re.escape(w) for w in self.config.bot_name.split()] or ["Jargon", "Bot"]
        self._typed_name = re.compile(r"^\s*@" + r"\s*".join(words) + r"(?!\w)[\s,:;!.-]*", re.I)

    def learn_name(self, user: User) -> None:
        """Keep the name the chat gave (Teams' from.name, the console account) for the digest.

        Only for people who curate (commands, forms, approvals): asking questions stores no names.
        """
        if not user.name or self._named.get(user.key) == user.name:
            return
        if len(self._named) > 10_000:
            self._named.clear()
        try:
            People(self.glossary).remember(user.key, user.name)
        except StorageError:
            return  # a read-only database must not stop the answer
        self._named[user.key] = user.name

    def context(self, msg: IncomingMessage) -> Context:
        return Context(self.glossary, self.config, msg.user, msg.conversation, msg)

    def handle(self, msg: IncomingMessage) -> list[Reply]:
        """One incoming message -> the replies to show. Never raises on bad input."""
        text = msg.text.replace("\x00", "")[:MAX_INPUT_CHARS]
        msg.text = text
        ctx = self.context(msg)
        try:
            return park_big_forms(self.glossary.connections, self._route(ctx, text), self.glossary.clock())
        except StorageError as exc:
            return [storage_trouble(exc)]
        except Exception:  # a bug must not become a 500 or silence: log it, tell the user
            log.exception("error while handling a message")
            return [Reply(text="Sorry, something went wrong on my side. Nothing was changed. Please try again.",
                          kind="error", private=True)]

    def act(self, action: Action) -> list[Reply]:
        """A button click or form submission."""
        ctx = Context(self.glossary, self.config, action.user, action.conversation)
        handler = ACTIONS.get(action.name)
        if handler is None:
            return [Reply(text="That button is no longer supported. Please ask again.", kind="error", private=True)]
        try:
            if action.name not in READ_ONLY_ACTIONS:
                self.learn_name(action.user)
            return park_big_forms(self.glossary.connections, handler(ctx, action), self.glossary.clock())
        except StorageError as exc:
            return [storage_trouble(exc)]
        except Exception:
            log.exception("error while handling action %s", action.name)
            return [Reply(text="Sorry, something went wrong on my side. Nothing was changed.", kind="error",
                          private=True)]

    def observe(self, msg: IncomingMessage) -> list[Reply]:
        """A channel message not addressed to the bot (watch mode). Usually nothing to say."""
        watcher = ACTIONS.get("watch_message")
        if watcher is None:
            return []
        ctx = self.context(msg)
        try:
            return watcher(ctx, Action("watch_message", {"text": msg.text[:MAX_EXPLAIN_CHARS]}, msg.user,
                                       msg.conversation))
        except Exception:
            log.exception("error while watching a message")
            return []

    def run_command(self, ctx: Context, line: str) -> list[Reply]:
        """`glossary NAME ARGS`: the same grammar on every platform."""
        name, _, args = line.strip().partition(" ")
        name = name.lower()
        if not name:
            name = "help"
        cmd = COMMANDS.get(name)
        if len(args) > MAX_COMMAND_CHARS:  # refused before any pattern reads it
            usage = f" Usage: glossary {cmd.usage}" if cmd is not None else ""
            return [Reply(text=f"That command is {len(line):,} characters long; the most I read is "
                               f"{MAX_COMMAND_CHARS:,}. Please shorten it. Nothing was changed.{usage}",
                          kind="error", private=True)]
        if cmd is None:
            return [Reply(text=f"I don't know the command “{name[:40]}”. Type “glossary help” to see them all.",
                          kind="error", private=True)]
        for person in [ctx.user, *(ctx.message.mentions if ctx.message else [])]:
            self.learn_name(person)
        refused = is_role_refused(ctx, cmd.role, cmd.edits)
        if refused is not None:
            return [refused]
        return cmd.handler(ctx, args.strip())

    def _route(self, ctx: Context, text: str) -> list[Reply]:
        text = self._typed_name.sub("", text, count=1)  # "@Jargon Bot help" typed as text, not a real mention
        command = _COMMAND.match(text)
        if command:
            return self.run_command(ctx, command.group("rest"))
        cleaned = clean(text[:MAX_ROUTED_CHARS])  # the markup stripper reads only what routing needs
        if not cleaned or _HELP.match(cleaned):
            return [short_help()]
        pleasantry = small_talk(cleaned, self.config.bot_name)
        if pleasantry is not None:
            return [pleasantry]
        said_side = audience_statement(ctx, cleaned)
        if said_side is not None:
            return [said_side]
        explain = ACTIONS.get("explain_text")
        if explain is not None and self._wants_explain(ctx, text, cleaned):
            return explain(ctx, Action("explain_text", {"text": text}, ctx.user, ctx.conversation))
        return ask(ctx, text)  # the same text `jargon ask` gets: the pipeline cuts and cleans it itself

    def _wants_explain(self, ctx: Context, text: str, cleaned: str) -> bool:
        """'explain: <text>', 'explain' in a thread, or a sentence rather than a term: explain, don't look up."""
        if len(text) > MAX_ROUTED_CHARS:
            return True
        if len(cleaned) > MAX_QUESTION_CHARS:  # "Dear team, ... what is an ATO? ...": answered, else explained
            return not answers_long_question(ctx, text, cleaned)
        return frames.parse(cleaned) is None and wants_explain(ctx, cleaned)  # "SLA vs SLO" is a question

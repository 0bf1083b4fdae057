"""`jargon chat`: a REPL on the same bot core as Slack and Teams. The local user is a curator."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from adapters.cli.render import clickable, render
from bot.config import BotConfig
from bot.core import Bot
from bot.messages import Action, Button, Conversation, IncomingMessage, Reply, User
from bot.roles import set_curator
from glossary.service import Glossary

PROMPT = "you> "
GREETING = ("Jargon Bot, local chat. Ask “what does SLA mean?”, type a number to click a button, "
            "“glossary help” for commands, Ctrl-D to quit.")


class ConsoleSession:
    """Keeps the last reply's buttons, so typing "2" clicks the second one."""

    def __init__(self, bot: Bot, user: User, write: Callable[[str], None]) -> None:
        self.bot = bot
        self.user = user
        self.conversation = Conversation("console", "local", "dm")
        self.write = write
        self.buttons: list[Button] = []

    def show(self, replies: list[Reply]) -> None:
        self.buttons = []
        for reply in replies:
            if reply.file is not None:
                name, content = reply.file
                self.write(f"--- {name} ---\n{content}")
            self.write(render(reply, start=len(self.buttons) + 1))
            self.buttons.extend(clickable(reply))

    def submit(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            button = self.buttons[int(line) - 1]
            if button.action.endswith("_form"):
                self.write("Forms open in Slack and Teams; here, type the command, e.g. "
                           "“glossary suggest TERM = definition”.")
            self.show(self.bot.act(Action(button.action, dict(button.value), self.user, self.conversation)))
            return
        self.show(self.bot.handle(IncomingMessage(line, self.user, self.conversation, via="console")))


def run(glossary: Glossary, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    user = User("console", getpass.getuser() or "local", "you")
    set_curator(glossary, user.key, enabled=True, by="console")
    config = BotConfig.from_env()
    bot = Bot(glossary, BotConfig(**{**config.__dict__, "admins": config.admins | {user.key}}))

    def write(text: str) -> None:
        print(text, file=stdout, flush=True)

    session = ConsoleSession(bot, user, write)
    interactive = stdin.isatty()
    write(GREETING)
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        if line.strip().lower() in {"quit", "exit", ":q"}:
            break
        session.submit(line)
    return 0

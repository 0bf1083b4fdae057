"""`jargon chat`: a REPL on the same bot core as Slack and Teams.

The local user is an admin (and a curator): it is their own database. Forms (add, edit,
suggest) become one prompt per field, then the same submit action Slack and Teams send.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import Any, TextIO

from adapters.cli.render import clickable, render
from bot.config import BotConfig
from bot.core import Bot
from bot.messages import Action, Button, Conversation, Form, IncomingMessage, Reply, User
from bot.roles import set_curator
from glossary.service import Glossary

PROMPT = "you> "
QUIT = {"quit", "exit", ":q"}
CANCEL = {"cancel", "/cancel"}
GREETING = ("Jargon Bot, local chat. You are an admin here. Ask “what does SLA mean?”, type a number to click a "
            "button, “glossary help” for commands, “quit” or Ctrl-D to leave.")
GOODBYE = "Bye."
NOTHING_TO_CLICK = ("There is nothing to click: my last reply had no buttons. To ask about a number, "
                    "type it in a question, e.g. “what does 404 mean?”.")


def console_user() -> User:
    """The person at the terminal, by the name their account gives (the digest shows it, never "you")."""
    login = getpass.getuser() or "local"
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return User("console", login, full or login)


class FormPrompts:
    """Fills a form one field at a time: Enter keeps the value in brackets, "-" empties it, "cancel" stops."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.index = 0
        self.values: dict[str, Any] = {}

    @property
    def prompt(self) -> str:
        field = self.form.fields[self.index]
        shown = f" [{field.value}]" if field.value else ""
        return f"{field.label}{'' if field.optional else ' (required)'}{shown}: "

    def answer(self, line: str) -> str | None:
        """Takes one answer; returns a complaint when the field needs another try."""
        field = self.form.fields[self.index]
        text = line.strip()
        value = "" if text == "-" else text or field.value
        if not value and not field.optional:
            return f"“{field.label}” is required. Type it, or “cancel” to stop."
        self.values[field.name] = value
        self.index += 1
        return None

    @property
    def done(self) -> bool:
        return self.index >= len(self.form.fields)

    def action(self, user: User, conversation: Conversation) -> Action:
        return Action(self.form.submit_action, {**self.values, **self.form.hidden}, user, conversation)


class ConsoleSession:
    """Keeps the last reply's buttons, so typing "2" clicks the second one, and the form being filled in."""

    def __init__(self, bot: Bot, user: User, write: Callable[[str], None]) -> None:
        self.bot = bot
        self.user = user
        self.conversation = Conversation("console", "local", "dm")
        self.write = write
        self.buttons: list[Button] = []
        self.filling: FormPrompts | None = None

    @property
    def prompt(self) -> str:
        return self.filling.prompt if self.filling else PROMPT

    def show(self, replies: list[Reply]) -> None:
        self.buttons = []
        for reply in replies:
            if reply.file is not None:
                name, content = reply.file
                self.write(f"--- {name} ---\n{content}")
            if reply.form is not None:
                self._open(reply.form)
                continue
            self.write(render(reply, start=len(self.buttons) + 1))
            self.buttons.extend(clickable(reply))

    def _open(self, form: Form) -> None:
        self.filling = FormPrompts(form)
        self.write(f"== {form.title}\nAnswer one question at a time: Enter keeps the value in [brackets], "
                   "“-” leaves it empty, “cancel” stops.")

    def submit(self, line: str) -> None:
        if self.filling is not None:
            self._fill(line)
            return
        line = line.strip()
        if not line:
            return
        if line.isascii() and line.isdigit():  # "²" is a digit to Python, not a number to click
            self._click(int(line))
            return
        self.show(self.bot.handle(IncomingMessage(line, self.user, self.conversation, via="console")))

    def _click(self, number: int) -> None:
        """A number is a click, never a question: "2" must not reach the question log (or the digest)."""
        if not self.buttons:
            self.write(NOTHING_TO_CLICK)
            return
        if not 1 <= number <= len(self.buttons):
            self.write(f"There is no button {number}: type a number from 1 to {len(self.buttons)}.")
            return
        button = self.buttons[number - 1]
        self.show(self.bot.act(Action(button.action, dict(button.value), self.user, self.conversation)))

    def _fill(self, line: str) -> None:
        assert self.filling is not None
        if line.strip().lower() in CANCEL:
            self.filling = None
            self.write("Cancelled. Nothing was changed.")
            return
        complaint = self.filling.answer(line)
        if complaint:
            self.write(complaint)
            return
        if self.filling.done:
            action, self.filling = self.filling.action(self.user, self.conversation), None
            self.show(self.bot.act(action))

    def cancel(self) -> None:
        """Ctrl-D inside a form stops the form, not the chat."""
        self.filling = None
        self.write("Cancelled. Nothing was changed.")


def run(glossary: Glossary, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    user = console_user()
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
            stdout.write(session.prompt)
            stdout.flush()
        elif session.filling is not None:
            write(session.prompt.rstrip())  # piped input: show what each line answers
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            line = ""
        if not line:  # Ctrl-D: leave the shell prompt on a line of its own
            if interactive:
                stdout.write("\n")
            if session.filling is not None and interactive:
                session.cancel()
                continue
            break
        if session.filling is None and line.strip().lower() in QUIT:
            break
        session.submit(line)
    write(GOODBYE)
    return 0

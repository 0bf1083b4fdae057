"""The command and action tables. Help text is generated from them, so it cannot drift."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.roles import Role

if TYPE_CHECKING:
    from bot.context import Context
    from bot.messages import Action, Reply

CommandHandler = Callable[["Context", str], "list[Reply]"]
ActionHandler = Callable[["Context", "Action"], "list[Reply]"]


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    help: str
    role: Role
    handler: CommandHandler
    edits: bool = False  # needs edit rights (curators, or everyone with open editing)


COMMANDS: dict[str, Command] = {}
ACTIONS: dict[str, ActionHandler] = {}


def command(name: str, usage: str, help: str, *, role: Role = Role.MEMBER,
            edits: bool = False) -> Callable[[CommandHandler], CommandHandler]:
    """Register `glossary NAME ...`. `usage` shows the arguments, `help` one line of why."""

    def register(handler: CommandHandler) -> CommandHandler:
        if name in COMMANDS:
            raise ValueError(f"command {name!r} registered twice")
        COMMANDS[name] = Command(name, usage, help, role, handler, edits)
        return handler

    return register


def action(name: str) -> Callable[[ActionHandler], ActionHandler]:
    """Register the handler of a button or form whose action name is NAME."""

    def register(handler: ActionHandler) -> ActionHandler:
        if name in ACTIONS:
            raise ValueError(f"action {name!r} registered twice")
        ACTIONS[name] = handler
        return handler

    return register

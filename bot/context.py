"""What a command handler needs to know about the turn it is handling."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import BotConfig
from bot.messages import Conversation, IncomingMessage, User
from bot.roles import Role, may_edit, role_of
from glossary.service import Glossary


@dataclass
class Context:
    glossary: Glossary
    config: BotConfig
    user: User
    conversation: Conversation
    message: IncomingMessage | None = None

    @property
    def role(self) -> Role:
        return role_of(self.user, self.glossary, self.config)

    @property
    def can_edit(self) -> bool:
        return may_edit(self.user, self.glossary, self.config)

    @property
    def actor(self) -> str:
        return self.user.key

    @property
    def platform(self) -> str:
        return self.user.platform

"""Who may do what. Checked here once, for every platform."""

from __future__ import annotations

from enum import IntEnum

from bot.config import BotConfig
from bot.messages import User
from glossary.clock import iso
from glossary.service import Glossary


class Role(IntEnum):
    MEMBER = 0
    CURATOR = 1
    ADMIN = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def with_article(self) -> str:
        """'an admin', 'a curator', 'a member'."""
        return ("an " if self.label[0] in "aeiou" else "a ") + self.label


def role_of(user: User, glossary: Glossary, config: BotConfig) -> Role:
    if user.key in config.admins:
        return Role.ADMIN
    if glossary.connections.db.execute("select 1 from curators where user = ?", [user.key]).fetchone():
        return Role.CURATOR
    return Role.MEMBER


def may_edit(user: User, glossary: Glossary, config: BotConfig) -> bool:
    """Curators and admins edit; with JARGON_OPEN_EDITING everyone does (still with history)."""
    return config.open_editing or role_of(user, glossary, config) >= Role.CURATOR


def curators(glossary: Glossary) -> list[str]:
    return [r["user"] for r in glossary.connections.db.query("select user from curators order by user")]


def set_curator(glossary: Glossary, user_key: str, *, enabled: bool, by: str) -> bool:
    """Returns whether anything changed."""
    with glossary.connections.write() as db:
        exists = db.execute("select 1 from curators where user = ?", [user_key]).fetchone() is not None
        if enabled and not exists:
            db["curators"].insert({"user": user_key, "added_by": by, "at": iso(glossary.clock())})
            return True
        if not enabled and exists:
            db.execute("delete from curators where user = ?", [user_key])
            return True
    return False

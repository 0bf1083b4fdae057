"""Display names of the people who edit, suggest and own terms, cached by platform + user id.

Chats identify people by ids ('slack:U0123', a Teams AAD id); the digest shows names. A name is
learned once: from the chat itself (the Teams activity's `from.name`, the console account) or from
the workspace directory (Slack's `users.info`), which wins over a chat-given one. Names are kept
as plain text with mention markup removed, so showing one never pings anybody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.clock import iso
from glossary.service import Glossary

MAX_NAME = 80
CHAT, DIRECTORY = "chat", "directory"
_MARKUP = re.compile(r"[<>@\x00-\x1f\x7f]")  # '<@U1>', '<at>', '@here': never a mention


def clean_name(name: object) -> str:
    """'  <@U1> Ann\\n' -> 'U1 Ann'; at most MAX_NAME characters."""
    return " ".join(_MARKUP.sub(" ", str(name or "")).split())[:MAX_NAME]


class People:
    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary

    def names(self, keys: Iterable[str]) -> dict[str, str]:
        """{key: name} for the keys whose name is known."""
        wanted = sorted({k for k in keys if k})
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.glossary.connections.db.execute(
                f"select key, name from people where key in ({marks})", chunk)  # noqa: S608 - placeholders only
            found.update({r[0]: r[1] for r in rows})
        return found

    def source(self, key: str) -> str | None:
        row = self.glossary.connections.db.execute("select source from people where key = ?", [key]).fetchone()
        return row[0] if row else None

    def remember(self, key: str, name: str, *, source: str = CHAT) -> bool:
        """Store a name; a chat-given name never replaces a directory one. Returns whether anything changed."""
        name = clean_name(name)
        if not key or not name:
            return False
        with self.glossary.connections.write() as db:
            row = db.execute("select name, source from people where key = ?", [key]).fetchone()
            if row and (row[0] == name or (row[1] == DIRECTORY and source != DIRECTORY)):
                return False
            db.execute("insert or replace into people (key, name, source, at) values (?, ?, ?, ?)",
                       [key, name, source, iso(self.glossary.clock())])
        return True

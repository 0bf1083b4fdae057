"""Shared fixtures: a real SQLite file per test, a fixed clock, and the bot core over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.config import BotConfig
from bot.core import Bot
from bot.messages import Conversation, IncomingMessage, User
from glossary.service import Glossary

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "jargon.db"


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The starter glossary, seeded once per session (seeding takes about 0.5 s)."""
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    Glossary(path, clock=FixedClock()).close()  # closing checkpoints the WAL into the file
    return path


@pytest.fixture
def glossary(seeded_db: Path, db_path: Path, clock: FixedClock) -> Iterator[Glossary]:
    """The real starter glossary in a real SQLite file of the test's own (a copy of the seeded one)."""
    shutil.copyfile(seeded_db, db_path)
    g = Glossary(db_path, clock=clock)
    yield g
    g.close()


@pytest.fixture
def config() -> BotConfig:
    return BotConfig(admins=frozenset({"slack:UADMIN", "teams:aad-admin", "console:admin"}))


@pytest.fixture
def bot(glossary: Glossary, config: BotConfig) -> Bot:
    return Bot(glossary, config)


def say(bot: Bot, text: str, user: str = "U1", platform: str = "console", channel: str = "D1",
        kind: str = "dm") -> list:
    """One message through the core; returns the replies."""
    return bot.handle(IncomingMessage(text, User(platform, user), Conversation(platform, channel, kind)))

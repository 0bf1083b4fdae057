"""Chat, Slack, Teams and `jargon ask` give the same outcome for the same text (no history): issue 13.

The project's query set goes through the CLI (`jargon ask --json -`, one process) and through the bot
core that every chat front door calls (a new conversation per question, so nothing is remembered).
The bot logs each question it looked up; both outcomes must be the same status and the same terms.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.accuracy import load_queries
from bot.core import Bot
from bot.messages import Conversation, IncomingMessage, User
from glossary.service import Glossary

JARGON = Path(sys.executable).with_name("jargon")
DATA = Path(__file__).parent / "data"


def test_cli_ask_and_the_bot_core_agree_on_every_query(tmp_path: Path) -> None:
    queries = [q.q for q in load_queries()] + [q.q for q in load_queries(DATA / "dev_queries.yaml")]
    queries = [q.replace("\n", " ") for q in queries if q.strip()]
    done = subprocess.run([str(JARGON), "--db", str(tmp_path / "cli.db"), "ask", "--json", "-"],
                          input="\n".join(queries) + "\n", capture_output=True, text=True, check=True)
    cli = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(cli) == len(queries)
    glossary = Glossary(tmp_path / "bot.db")
    bot = Bot(glossary)
    differ, routed_elsewhere = [], []
    for n, (text, expected) in enumerate(zip(queries, cli, strict=True)):
        before = glossary.connections.db.execute("select count(*) from queries").fetchone()[0]
        bot.handle(IncomingMessage(text, User("slack", "U1"), Conversation("slack", f"D{n}", "dm")))
        rows = list(glossary.connections.db.query("select status, matched from queries where id > ?", [before]))
        if not rows:
            routed_elsewhere.append((text, expected["status"]))  # help or a pleasantry: not a look-up
            continue
        got = (rows[-1]["status"], json.loads(rows[-1]["matched"]))
        if got != (expected["status"], [m["id"] for m in expected["matches"]]):
            differ.append((text, got, expected["status"]))
    assert differ == []
    # A pleasantry ("thanks!") gets a friendly word in chat; `ask` finds no term in it either.
    assert [r for r in routed_elsewhere if r[1] not in ("unknown", "suggest")] == []

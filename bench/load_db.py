"""The database-concurrency part of the load benchmark: other processes write while users ask.

While the closed loop runs, a second process keeps taking SQLite's write lock on the same file:
`jargon import` of a big generated YAML (every term updated, in one transaction), then
`jargon digest --send --force` to a set of subscribed Slack channels, again and again until the
loop ends. The question is whether any user sees an error ("database is locked") meanwhile;
the load script counts HTTP errors, lost replies and replies that say something failed.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from glossary import yaml_io
from glossary.models import Term


def big_yaml(path: Path, terms: int, version: int) -> Path:
    """A glossary of `terms` generated entries; a different `version` changes every definition."""
    entries = [Term(id=f"bench-term-{i}", term=f"Bench term {i}", aliases=[f"BT{i}"], tags=["bench"],
                    definition=f"Generated entry {i} (version {version}) for the load benchmark's import.")
               for i in range(terms)]
    path.write_text(yaml_io.dump(entries), encoding="utf-8")
    return path


@dataclass
class Run:
    what: str
    returncode: int
    seconds: float
    output: str


@dataclass
class Contention:
    """Runs import, digest, import, digest... as separate processes until `stop()`."""

    env: dict[str, str]
    yaml_files: list[Path]
    runs: list[Run] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def _run(self, what: str, *args: str) -> None:
        started = time.monotonic()
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, env=self.env,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        self.runs.append(Run(what, proc.returncode or 0, time.monotonic() - started,
                             out.decode("utf-8", "replace").strip()[-300:]))

    async def loop(self) -> None:
        n = 0
        while not self._stop.is_set():
            await self._run("import", "import", str(self.yaml_files[n % len(self.yaml_files)]))
            if self._stop.is_set():
                break
            await self._run("digest", "digest", "--send", "--force")
            n += 1

    def stop(self) -> None:
        self._stop.set()

    def report(self) -> dict:
        def stats(what: str) -> dict:
            runs = [r for r in self.runs if r.what == what]
            failed = [r for r in runs if r.returncode != 0]
            return {"runs": len(runs), "failed": len(failed),
                    "max_seconds": round(max((r.seconds for r in runs), default=0.0), 2),
                    "last_output": runs[-1].output if runs else "", "failures": [r.output for r in failed[:3]]}

        return {"import": stats("import"), "digest": stats("digest")}

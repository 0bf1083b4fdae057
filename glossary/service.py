"""The engine's front door: one object that the bot, the CLI and the benchmarks talk to."""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
from importlib import resources
from pathlib import Path

from glossary import common_words, key_index, plain_question, yaml_io
from glossary.activity import ActivityLog
from glossary.clock import Clock, utc_now
from glossary.db import Connections, StorageError, default_db_path
from glossary.detect import detector_of
from glossary.matching import Matcher, candidate_keys
from glossary.models import LookupResult, Term
from glossary.store import TermStore
from glossary.understand import MAX_RAW, Understander

SYSTEM_ACTOR = "jargon-bot"
log = logging.getLogger(__name__)


def starter_terms() -> list[Term]:
    """The glossary shipped with the bot (glossary/starter/*.yaml), validated like any import."""
    terms: list[Term] = []
    folder = resources.files("glossary").joinpath("starter")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            terms.extend(yaml_io.parse(entry.read_text(encoding="utf-8")))
    return terms


class Glossary:
    """Terms, matching and activity over one SQLite file."""

    def __init__(self, path: str | Path | None = None, *, clock: Clock = utc_now, seed: bool = True,
                 log_questions: bool = True) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.connections = Connections(self.path)
        self.clock = clock
        self.terms = TermStore(self.connections, clock)
        self.activity = ActivityLog(self.connections, clock, enabled=log_questions)
        self._matcher: Matcher | None = None
        self._matcher_version = -1
        self._matcher_lock = threading.Lock()
        self._understander: Understander | None = None
        self._cold_terms: dict[str, Term] = {}
        if seed:
            self._seed_once()

    # -- asking ------------------------------------------------------------
    @property
    def matcher(self) -> Matcher:
        """Rebuilt only when the glossary changed, in this process or another one."""
        version = self.terms.version()
        if self._matcher is None or version != self._matcher_version:
            with self._matcher_lock:
                if self._matcher is None or version != self._matcher_version:
                    self._matcher = Matcher(self.terms.all())
                    self._matcher_version = version
                    if not key_index.is_current(self.connections, version):
                        key_index.save(self.connections, version, self._matcher.index_keys())
        return self._matcher

    @property
    def understander(self) -> Understander:
        """The understanding pipeline over the current snapshot (the detector inside is built on first need)."""
        matcher = self.matcher
        current = self._understander
        if current is None or current.matcher is not matcher:
            current = self._understander = Understander(matcher, functools.partial(detector_of, matcher))
        return current

    def lookup(self, query: str, *, last: str | None = None) -> LookupResult:
        """One question's outcome; `last` is the term last answered in this conversation (follow-ups)."""
        if self._matcher is None and last is None:
            cold = self._cold_lookup(query)
            if cold is not None:
                return cold
        return self.understander.lookup(query, last)

    def _cold_lookup(self, query: str) -> LookupResult | None:
        """Before anything is indexed in this process: an exact question from the stored keys, or None.

        The same first step as the pipeline (glossary/understand.py) over a matcher of only the terms
        its candidate keys name, so the outcome is the one the full index would give."""
        if not key_index.is_current(self.connections, self.terms.version()):
            return None
        named = plain_question.candidates(query)
        if named is None:
            return None
        ids = key_index.term_ids(self.connections, candidate_keys(named))
        if not ids:
            return None
        few = Matcher(self.terms.many(ids))
        result = plain_question.answer(few, query[:MAX_RAW], named)
        if result is None:
            return None  # several senses, other words, a bare expansion: the whole pipeline reads it
        self._cold_terms.update(few.terms)
        return result

    def ask(self, query: str, *, user: str | None = None, platform: str = "cli",
            channel: str | None = None, last: str | None = None, side: str | None = None) -> LookupResult:
        """Look up and log, so misses reach the digest; `side` is the asker's side ('it', 'business').
        A miss made only of everyday words ("so what") is not logged.

        A log write that fails (locked by a huge import, read-only or full disk) is reported as an
        error but never costs the person their answer: /healthz is what turns red.
        """
        result = self.lookup(query, last=last)
        if result.status == "unknown" and common_words.only_everyday(result.query):
            return result  # "so", "the", "so what": nothing a curator could define, so not an unanswered question
        try:
            self.activity.record_question(result, user=user, platform=platform, channel=channel, side=side)
        except (StorageError, sqlite3.Error) as exc:
            log.error("question not logged (the answer was still given): %s", exc)
        return result

    def term(self, term_id: str) -> Term | None:
        if self._matcher is None and term_id in self._cold_terms:
            return self._cold_terms[term_id]  # answered cold: no need to index everything to show it
        return self.matcher.terms.get(term_id) or self.terms.get(term_id)

    # -- glossary as code ---------------------------------------------------
    def import_yaml(self, text: str | bytes, *, replace: bool = False, actor: str = SYSTEM_ACTOR,
                    platform: str = "cli") -> dict[str, int]:
        """Validate everything first, then write everything in one transaction."""
        terms = yaml_io.parse(text)
        return self.terms.replace_all(terms, actor=actor, platform=platform, replace=replace)

    def export_yaml(self) -> str:
        return yaml_io.dump(self.terms.all())

    def close(self) -> None:
        self.connections.close()

    # -- setup --------------------------------------------------------------
    def _seed_once(self) -> None:
        if self.connections.conn.execute("select 1 from meta where key = 'seeded'").fetchone():
            return
        terms = starter_terms()
        with self.connections.write() as db:
            if db.execute("select 1 from meta where key = 'seeded'").fetchone():
                return
            if self.terms.count() == 0:
                self.terms.replace_all(terms, actor=SYSTEM_ACTOR, platform="starter", replace=False)
            db["meta"].insert({"key": "seeded", "value": "starter"}, replace=True)

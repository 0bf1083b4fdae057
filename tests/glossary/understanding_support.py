"""Shared by the understanding tests: a real SQLite glossary of a module's own terms, and one outcome."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary import yaml_io
from glossary.models import Term
from glossary.service import Glossary


def glossary_of(tmp_path_factory: pytest.TempPathFactory, name: str, terms: list[Term]) -> Iterator[Glossary]:
    """A module-scoped glossary holding exactly `terms` (no starter glossary, no question log)."""
    g = Glossary(Path(tmp_path_factory.mktemp(name)) / "g.db", seed=False, log_questions=False)
    g.import_yaml(yaml_io.dump(terms))
    yield g
    g.close()


def outcome(glossary: Glossary, text: str, last: str | None = None) -> tuple[str, list[str]]:
    """(status, matched ids) of one question, optionally after `last` was answered."""
    result = glossary.lookup(text, last=last)
    return result.status, [m.id for m in result.matches]


def glossary_fixture(name: str, terms: list[Term]):  # noqa: ANN201 - a pytest fixture
    """A module-scoped fixture named `name` holding exactly `terms`: `scoped = glossary_fixture("scoped", T)`."""

    @pytest.fixture(scope="module", name=name)
    def _glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
        yield from glossary_of(tmp_path_factory, name, terms)

    return _glossary

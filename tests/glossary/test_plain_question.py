"""Issue 13: a new process (`jargon ask`) answers a plain question from the few terms its names point to, and
gives the outcome a running bot gives for the same text. Before, its shortcut answered messages the whole
pipeline reads otherwise: "SLA 😅 explain pls" as PL, "define IT" and "what does CO mean?" outright, chatter
after a name as a question about it. Over a real SQLite file: one process builds and asks, a fresh `Glossary`
on the same file asks cold."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import yaml_io
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: the uptime and response a provider promises."),
    Term("pl", "PL", "Public law: a law passed by Congress, numbered by session."),
    Term("it", "IT", "Information technology: the computers, networks and people that run them."),
    Term("co", "Contracting Officer", "The official who can sign a government contract.", aliases=["CO"]),
    Term("co-orch", "container orchestration", "Running many containers as one system: placing, restarting."),
    Term("wc", "working capital", "Current assets minus current liabilities: the cash a business runs on."),
    Term("tco", "TCO", "Total cost of ownership: what something costs over its whole life."),
]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("plain")) / "g.db"
    first = Glossary(path, seed=False, log_questions=False)
    first.import_yaml(yaml_io.dump(TERMS))
    first.lookup("warm up")  # the name index is stored, as after any use
    first.close()
    return path


@pytest.mark.parametrize("text", [
    "SLA 😅 explain pls", "define IT", "what does CO mean?", "working capital omg what is going on with our cash",
    "what does TCO mean?", "TCO?", "whats tco", "hi, what is TCO", "what's TCO again? thanks",
])
def test_a_cold_question_gets_the_warm_outcome(stored: Path, text: str) -> None:
    cold = Glossary(stored, seed=False, log_questions=False)
    warm = Glossary(stored, seed=False, log_questions=False)
    warm.lookup("warm up")
    assert outcome(cold, text) == outcome(warm, text)
    cold.close()
    warm.close()


def test_a_plain_question_is_answered_cold_without_the_whole_index(stored: Path) -> None:
    cold = Glossary(stored, seed=False, log_questions=False)
    assert outcome(cold, "what does TCO mean?") == ("answer", ["tco"])
    assert cold._matcher is None  # answered from the stored name index alone
    cold.close()

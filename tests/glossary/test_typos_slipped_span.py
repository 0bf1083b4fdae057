"""Issue 13, careless typists over a real SQLite glossary: a span found through a slip ("managed servce": a
word asked that is no English word nor a word of the name) is as likely what is asked as the other term the
message names, so both are offered rather than the other term answered. A span typed right is left alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("managed-services", "Managed services", "IT work handed to an outside provider for a monthly fee."),
    Term("it", "IT", "Information technology: the computers, networks and software a company runs on."),
    Term("kubernetes", "Kubernetes", "An open-source system that runs containers across a cluster."),
    Term("pod", "Pod", "The smallest unit Kubernetes runs: one or more containers together."),
]

glossary = glossary_fixture("glossary", TERMS)


def test_slipped_span_offered_beside_the_other_term(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "we use a managed servce provider for IT. what is that exactly")
    assert status == "suggest"
    assert ids[0] == "managed-services" and "it" in ids


@pytest.mark.parametrize(("text", "term"), [
    ("what is IT", "it"),
    ("what is a pod in kubernetes", "pod"),  # "kubernetes" is no English word, but a word of the name
])
def test_spans_typed_right_left_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])

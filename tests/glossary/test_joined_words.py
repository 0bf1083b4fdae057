"""Issue 13, typos over a real SQLite glossary: a name written as one word, typed as two ("fed ramp", "run
time"), or typed apart with a slip ("multi tenency", "auto scalling"), is read as that name; two everyday
words that join into nothing, or into two names at once, are left alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("fedramp", "FedRAMP", "The federal programme that authorises cloud services."),
    Term("runtime", "runtime", "The software that runs containers on a node."),
    Term("mt", "multitenancy", "Many customers served by one running copy of the software."),
    Term("auto", "autoscaling", "Adding or removing servers as load changes."),
    Term("payback", "payback period", "How long an investment takes to earn back its cost."),
    Term("container", "container", "A packaged process with its own filesystem."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("is the vendor fed ramp authorized? what is fed ramp actually", "fedramp"),
    ("what's a run time", "runtime"),
    ("multi tenency - what does it mean for our saas", "mt"),
    ("auto scalling - how does it work", "auto"),
])
def test_typed_apart_is_read(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what is fed. ramp", "what does the ramp do", "what is a good time to run"])
def test_left_alone(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")

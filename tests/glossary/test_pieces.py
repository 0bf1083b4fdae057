"""Issue 13, round 10, over a real SQLite glossary: "what does GPT stand for in chatgpt" asks GPT, a term of
its own that the ChatGPT entry does not spell out; "the M in MIRR", "the PM in PMO", "the Sec in DevSecOps"
still ask the whole name, whose entry spells the piece out or whose piece is no acronym (pieces.py)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("chatgpt", "ChatGPT", "An AI chatbot developed by OpenAI and launched in November 2022."),
    Term("gpt", "GPT", "A family of large language models.", aliases=["Generative pre-trained transformer"]),
    Term("mirr", "modified internal rate of return (MIRR)", "IRR with reinvestment at the cost of capital."),
    Term("pmo", "PMO", "Project Management Office: the team that sets how projects are run."),
    Term("pm", "PM", "Project manager: the person who runs a project."),
    Term("devsecops", "DevSecOps", "Development, security and operations done together."),
    Term("sec", "SEC", "The Securities and Exchange Commission."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize("text", ["what does GPT stand for in chatgpt and what does it actually mean",
                                  "what does the GPT in ChatGPT stand for"])
def test_a_piece_the_whole_does_not_spell_out_is_asked_itself(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["gpt"])


@pytest.mark.parametrize(("text", "term"), [
    ("what does the M in MIRR stand for", "mirr"),  # one letter: never a term of its own
    ("what does the PM in PMO stand for", "pmo"),  # the PMO entry spells PM out
    ("what's the Sec in DevSecOps", "devsecops"),  # not typed as an acronym
])
def test_a_piece_the_whole_explains_asks_the_whole(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])

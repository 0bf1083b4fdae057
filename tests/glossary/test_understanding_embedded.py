"""Issue 13: a question embedded after any lead-in, in a statement's word order ("any idea what VM is?", "I was
wondering what CUI means", "trying to figure out what CI stands for"), asks about what sits between "what" and
the verb that ends it, whatever the lead-in; over a real SQLite glossary. A name only its definition gives ("A
virtual machine (VM) is ...") is read there too. A word that is no term ("you know what the problem is?") is not
answered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("vm", "Virtual Machine", "A virtual machine (VM) is a computer that runs as software on another one."),
    Term("cui", "CUI", "Controlled unclassified information: data the government protects without classifying it."),
    Term("ci", "continuous integration", "Merging every change into the main line often, with automatic tests.",
         aliases=["CI"]),
]

chat = glossary_fixture("chat", TERMS)


@pytest.mark.parametrize("lead", ["any idea", "I was wondering", "curious", "trying to figure out",
                                  "it's unclear to me", "googled but still confused", "just want to understand"])
@pytest.mark.parametrize(("name", "verb", "expected"), [("VM", "is", "vm"), ("CUI", "means", "cui"),
                                                        ("CI", "stands for", "ci")])
def test_an_embedded_question_asks_about_its_subject(chat: Glossary, lead: str, name: str, verb: str,
                                                     expected: str) -> None:
    assert outcome(chat, f"{lead} what {name} {verb}?") == ("answer", [expected])


def test_a_word_that_is_no_term_is_not_answered(chat: Glossary) -> None:
    assert outcome(chat, "you know what the problem is?")[0] not in ("answer", "ambiguous")

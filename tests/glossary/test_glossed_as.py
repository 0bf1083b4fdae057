"""Issue 13: a term glossed by the asker ("rpm as in the package format") is asked about, question mark or
not, and answered only when the gloss speaks of a sense the glossary has ("rpm as in revolutions per
minute" glosses another: offered, never answered)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("rpm", "RPM", "Red Hat Package Manager: installs and updates software on Red Hat Linux.",
         aliases=["Red Hat Package Manager"]),
    Term("grok", "grok", "To fully understand something."),
]

glossed = glossary_fixture("glossed", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("rpm as in the package format", "rpm"),
    ("grok as in understand not the ai thing", "grok"),
    ("grok as in understand, not grok as in the ai chatbot", "grok"),  # a gloss denied is no gloss
])
def test_a_gloss_that_speaks_of_the_sense_is_answered(glossed: Glossary, text: str, term: str) -> None:
    assert outcome(glossed, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["rpm as in revolutions per minute", "grok as in the ai chatbot"])
def test_a_gloss_of_a_sense_the_glossary_lacks_is_only_offered(glossed: Glossary, text: str) -> None:
    assert outcome(glossed, text)[0] == "suggest"

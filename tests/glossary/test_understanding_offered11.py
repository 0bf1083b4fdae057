"""Issue 13, over a real SQLite glossary: a "did you mean" that offered the right term first is answered when
the message itself makes the reading sure:
- a sentence opening on "who is/are" asks without "?", when it names or points back at a term
  (glossary/wh_opening.py);
- "what is that" followed by a new clause typed without a comma points back (glossary/run_on.py);
- a hedge ("oh wait maybe X") or a manner compound ("netflix-style X") never makes X a longer name
  (glossary/asides.py);
- "what do engineers mean by it" asks about "it", not the engineers (glossary/meant_by.py).
And what each rule must leave alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import textscan, wh_opening
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("cor", "COR", "Contracting officer's representative: the person who oversees a contract day to day."),
    Term("nines", "five nines", "Availability of 99.999%: about five minutes of downtime a year."),
    Term("stp", "spanning tree protocol", "A network protocol that blocks redundant switch ports to stop loops."),
    Term("wasm", "WebAssembly", "A portable binary format that browsers and runtimes execute."),
    Term("chaos", "chaos engineering", "Breaking a system on purpose to learn how it fails."),
    Term("aws", "AWS", "Amazon Web Services, a cloud provider."),
    Term("revenue", "revenue", "Money a business takes in from sales."),
    Term("clause", "clause", "One provision of a contract."),
    Term("scale", "scalability", "How well a system keeps up as its load grows."),
    Term("cfo", "CFO", "Chief financial officer."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "offered11", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ('who is the "COR" on a gov contract', "cor"),
    ("spanning tree protocol what is that the switch keeps blocking a port because of it", "stp"),
    ('someone wrote "we could compile it to wasm". wasm?? oh wait maybe WebAssembly? what is that', "wasm"),
    ("netflix-style chaos engineering came up on the call, what is that", "chaos"),
    ("scalability is obviously a word but what do engineers mean by it exactly? thanks", "scale"),
])
def test_a_sure_reading_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "she said she's on AWS so she's off every other friday... how is amazon related to fridays",  # AWS elsewhere
    "how much revenue is left on our line",  # "how much": no identity question without "?"
    "what is annual recurring revenue",  # a longer name nobody defined, not revenue
    "what's a flow-down clause",  # a hyphenated modifier that is no manner: a longer name
    "what does the CFO mean by runway",  # runway is asked, not the CFO who says it
])
def test_what_the_rules_leave_alone(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


@pytest.mark.parametrize(("text", "opens"), [
    ("who is the offerer in the contract", False),  # no term scored here, no pronoun
    ("who is it on the contract", True),
    ("how much downtime is that", False),  # how much, how to: not what it is
    ("how do I turn on it", False),
    ("how is amazon related to fridays", False),  # no term named, nothing pointed back at
    ("the team is who we call", False),  # not a sentence's opening
])
def test_a_wh_opening_asks_when_about_a_term(text: str, opens: bool) -> None:
    scan = textscan.scan(text)
    assert wh_opening.opens_question(scan, []) == opens

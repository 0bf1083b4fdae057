"""Typos inside names of several words (glossary/typo_windows.py) and names followed by a classifier noun
(glossary/classifiers.py), over a real SQLite glossary: what is answered, and what must stay refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import typo_windows
from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("platform-eng", "platform engineering", "Building shared internal platforms for product teams."),
    Term("pr", "pull request", "A proposed change to code, reviewed before it is merged."),
    Term("pr-va", "PR", "Purchase request.", aliases=["pull request"]),
    Term("acq", "acquisition", "Buying goods or services."),
    Term("acq-plan", "acquisition plan", "How an agency will buy what it needs."),
    Term("mesh", "service mesh", "Infrastructure that routes traffic between services."),
    Term("desk", "service desk", "The place users go for IT help."),
    Term("naics", "NAICS", "North American Industry Classification System."),
    Term("self-healing", "self-healing", "Systems that detect and repair their own failures."),
    Term("swivel", "swivel chair", "Re-typing data from one system into another by hand."),
    Term("api", "API", "A way for programs to talk to each other."),
    Term("lead", "lead", "A possible customer."),
    Term("ebitda", "EBITDA", "Profit before interest, taxes, depreciation and amortization."),
    Term("sprint", "sprint", "A short, fixed period of work."),
    Term("zip", "ZIP", "A compressed archive file format."),
    Term("gtm", "go-to-market", "How a product is brought to customers."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "typo-windows", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("i keep hearing about platfrom engineering what is it", "platform-eng"),
    ("can you tel me what an acquistion plan is", "acq-plan"),  # the longer name, not "acquisition"
    ("our team lead said platform engneering is the future, what is that", "platform-eng"),
])
def test_a_typo_inside_a_name_of_several_words_is_answered(glossary: Glossary, text: str, term_id: str) -> None:
    assert outcome(glossary, text) == ("answer", [term_id])


def test_two_names_equally_close_are_offered_not_answered(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "honestly what is a servise mesk for")
    assert status in ("suggest", "unknown")
    assert status == "unknown" or "mesh" in ids


@pytest.mark.parametrize("text", [
    "what is the acquistion timeline",  # a neighbour that is not part of any name
    "we need a pull. reqest is what?",  # a sentence boundary is never crossed
])
def test_a_window_never_reads_a_name_into_words_that_are_not_it(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[1][:1] != ["acq-plan"] and outcome(glossary, text) != ("answer", ["pr"])


def test_windows_are_bounded_whatever_the_message() -> None:
    words = " ".join(f"zqxw{n} platfrom" for n in range(200))
    s = scan(f"what is {words}")
    left = [i for i, norm in enumerate(s.norms) if norm == "platfrom"][:3]
    found = typo_windows.windows(s, left, set(range(len(s.norms))))
    assert 0 < len(found) <= typo_windows.MAX_WINDOWS
    assert all(last - first <= 2 * typo_windows.REACH for first, last in found)


@pytest.mark.parametrize(("text", "term_id"), [
    ("hey wats a naics code", "naics"),
    ("what is the NAICS code?", "naics"),
    ("what are self-healing systems", "self-healing"),
    ("wtf is a swivel chair process", "swivel"),
    ("what's a swivel chair process in government", "swivel"),
])
def test_a_name_followed_by_a_classifier_noun_is_that_name(glossary: Glossary, text: str, term_id: str) -> None:
    assert outcome(glossary, text) == ("answer", [term_id])


@pytest.mark.parametrize("text", [
    "what is an API key",  # nouns that make a concept of their own
    "what's the lead time",
    "what is the EBITDA margin",
    "what is a sprint review",
    "what's a go-to-market strategy",
    "what's a zip code",  # an everyday word as the name: "zip code" is not the file format
    "what is a lead process",
    "what is a NAICS code list",  # the phrase goes on
    "we changed the NAICS code yesterday",  # not asked about
])
def test_a_name_inside_a_longer_concept_stays_refused(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", ["what is a pull reqest", "pull reqest?", "im confused about what a pull reqest is",
                                  "my manager asked me what a pull reqest is for"])
def test_a_slip_of_a_name_gets_what_the_name_typed_right_gets(glossary: Glossary, text: str) -> None:
    """Typed right, "pull request" names two entries (one lists it as an alias of PR): a slip of it offers both,
    whichever way the question is put, never the acronym whose letters its initials happen to spell nor the
    entry that happens to hold it as its own name."""
    status, ids = outcome(glossary, text)
    assert status == "ambiguous" and set(ids) == {"pr", "pr-va"}
    assert (status, set(ids)) == (lambda r: (r[0], set(r[1])))(outcome(glossary, text.replace("reqest", "request")))

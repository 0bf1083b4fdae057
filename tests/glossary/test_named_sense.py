"""Issue 13, round 10, over a real SQLite glossary: an acronym with several senses, one of which the message
writes out in full, reads that sense, even against the asker's own guess at the expansion ("PR as in press
release?? what's a pull request"); a guess that names a sense, both senses written out, or a sense ruled out
leave the reading as it was (named_sense.py)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("pull", "Pull Request", "A proposed change to code, waiting for review.", aliases=["PR"]),
    Term("procure", "Procurement Request", "The papers that start a purchase.", aliases=["PR"]),
    Term("press", "press release", "A statement a company gives to the news."),
    Term("vat", "value added tax (VAT)", "A tax on the value added at each stage of production."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("dev said he'll \"raise a PR\" for the VAT fix. PR as in press release?? what's a pull request", "pull"),
    ("they filed a procurement request. PR as in press release?? what is a PR", "procure"),
])
def test_a_sense_written_out_beats_a_guess_that_names_no_sense(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "expected"), [
    ("PR as in press release?", ("answer", ["press"])),  # nothing else written: the guess is read
    ("PR as in pull request?? the procurement request form is due", ("answer", ["pull"])),  # a sense guessed
])
def test_a_guess_alone_or_naming_a_sense_is_read_as_before(glossary: Glossary, text: str,
                                                           expected: tuple[str, list[str]]) -> None:
    assert outcome(glossary, text) == expected


def test_a_guess_and_both_senses_written_out_never_answer_one(glossary: Glossary) -> None:
    status, _ = outcome(glossary, "PR as in press release?? or pull request?")
    assert status != "answer"

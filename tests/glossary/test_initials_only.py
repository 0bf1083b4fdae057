"""Issue 13 (a "did you mean" a person finds plausible), over a real SQLite glossary: a phrase typed in full whose
initials spell an acronym is offered that acronym only when the acronym's entry does not spell itself out in
other words ("material adverse change" is no MAC that stands for Mandatory Access Control); an acronym whose entry
spells the phrase, or says nothing else, may still be offered for it."""

from __future__ import annotations

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("mac", "MAC", "A rule set where the system, not the owner, decides who may open a file.",
         aliases=["Mandatory Access Control"]),
    Term("seo", "SEO", "Search engine optimisation. Making pages rank higher in search results."),
    Term("tco", "TCO", "What owning something costs over its whole life, not only its price."),
    Term("phi", "PHI", "Health data about a patient that the law protects.", aliases=["Protected Health Information"]),
    Term("cfo", "CFO", "Chief financial officer: the executive in charge of the money."),
]

initials = glossary_fixture("initials", TERMS)


def test_an_acronym_spelled_otherwise_is_no_guess(initials: Glossary) -> None:
    status, ids = outcome(initials, "what is material adverse change")
    assert "mac" not in ids and status != "answer"


def test_an_acronym_spelled_the_same_may_be_offered(initials: Glossary) -> None:
    assert "seo" in outcome(initials, "what is search engine optimisation")[1]


def test_an_acronym_that_spells_nothing_may_be_offered(initials: Glossary) -> None:
    assert "tco" in outcome(initials, "what is total cost of ownership")[1]


def test_an_expansion_with_most_words_the_same_may_be_offered(initials: Glossary) -> None:
    """ "personal health information" for Protected Health Information: a word misremembered, still offered."""
    assert outcome(initials, "what is personal health information") == ("suggest", ["phi"])


def test_an_unknown_phrase_is_named_whole(initials: Glossary) -> None:
    """ "I don't know good faith estimate yet", not "estimate" alone."""
    result = initials.lookup("what's a good faith estimate")
    assert result.status == "unknown" and result.subject == "good faith estimate"


def test_the_speaker_of_an_unknown_word_is_not_what_it_means(initials: Glossary) -> None:
    """ "our cfo keeps saying zorblax ..., what is it": "it" is what the CFO says, not the CFO."""
    assert outcome(initials, "our cfo keeps saying zorblax at every meeting, what is it")[0] != "answer"

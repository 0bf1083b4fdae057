"""Issue 13, over a real SQLite glossary: a message asking how two terms differ is never answered with one of them
confidently ("debenture r mortgage bond er difference?" offers both); the term is still answered when the message
asks what it is outright, sets it against an everyday thing, or asks the difference in another sentence."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("debenture", "debenture", "A loan to a company backed by its good name, not by an asset."),
    Term("mortgage-bond", "mortgage bond", "A bond backed by property the lender may take if it is not repaid."),
    Term("ev", "enterprise value", "What a whole company is worth: its shares plus its debt less its cash."),
    Term("equity-value", "equity value", "What a company's shares are worth together."),
    Term("grpc", "gRPC", "A way for programs to call each other over the network, fast and typed."),
    Term("seasonal", "seasonal unemployment", "Work that stops for part of every year, as in harvests."),
    Term("da", "DA", "Data administrator: who looks after a company's data."),
]

sides = glossary_fixture("sides", TERMS)


@pytest.mark.parametrize("text", [
    "debenture r mortgage bond er difference?",  # Bengali "and" of one letter: no comparison read
    "debenture r mortgage bond alada ki kore?",  # another language's word for the difference
])
def test_one_side_of_a_difference_asked_is_no_answer(sides: Glossary, text: str) -> None:
    status, ids = outcome(sides, text)
    assert status != "answer" and set(ids) >= {"debenture", "mortgage-bond"} or status == "compare"


@pytest.mark.parametrize(("text", "expected"), [
    ("what's enterprise value and why is it different from the equity value?", "ev"),  # asked outright
    ("what's grpc exactly, vs plain http?", "grpc"),  # set against the everyday thing
    ("enterprise value definition please, our equity value is different", "ev"),  # asked for in so many words
    ("we modeled debenture scenarios, what's the diff in enterprise value?", "ev"),  # a difference of its values
    ("enterprise value meaning in the deck we compared last week", "ev"),  # comparing as a task asks no difference
])
def test_a_term_asked_outright_beside_a_difference_is_answered(sides: Glossary, text: str, expected: str) -> None:
    assert outcome(sides, text) == ("answer", [expected])


def test_another_languages_particle_typed_in_lower_case_is_no_acronym(sides: Glossary) -> None:
    """Sinhala "eka da?" ("is it that?") before the words that ask: no DA."""
    text = "pluckers have no work. seasonal unemployment kiyanne eka da? mokakda"
    assert outcome(sides, text) == ("answer", ["seasonal"])


def test_a_translations_guesses_stand_over_a_later_readings_unknown(sides: Glossary) -> None:
    """"NPV kya hai, IRR se different hai kya" read in English offers both; the message as typed finds nothing."""
    status, ids = outcome(sides, "debenture kya hai, mortgage bond se different hai kya")
    assert status == "suggest" and set(ids) >= {"debenture", "mortgage-bond"}

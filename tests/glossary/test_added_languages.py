"""Issue 13, over a real SQLite glossary: the languages glossary/world_words_added.py lists ask, compare and ask
other things in their own words, as those of the first list do (tests/glossary/test_world_asks.py): "wat beteken
EBIT?" (Afrikaans), "RFP gedeg ni yu ve" (Mongolian, no question mark, after a sentence), "IDIQ ba lel?"
(Burmese). Their words for who, where and when turn the question away ("SLA hezee duusah ve?")."""

from __future__ import annotations

import pytest

from glossary import world_asks, world_words, world_words_added
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("ebit", "EBIT", "Earnings before interest and taxes: profit from operations."),
    Term("rfp", "RFP", "Request for proposal: a buyer's invitation to suppliers to offer a solution and a price."),
    Term("idiq", "IDIQ", "Indefinite delivery, indefinite quantity: a contract for an open amount over a period."),
    Term("bad-debt", "bad debt expense", "What a business writes off for customers who will never pay."),
    Term("six-sigma", "Six Sigma", "A method of cutting defects by measuring a process and its variation."),
]

added = glossary_fixture("added", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("wat beteken EBIT?", "ebit"),  # Afrikaans
    ("bad debt expense wat is dit", "bad-debt"),
    ("tender-iin barimt deer RFP gej bna, RFP gedeg ni yu ve", "rfp"),  # Mongolian, after a sentence
    ("six sigma yu ve", "six-sigma"),
    ("IDIQ ba lel? na ma lal bu", "idiq"),  # Burmese
    ("SLA bisobanura iki?", "sla"),  # Kinyarwanda
    ("KPI kana jinisa?", "kpi"),  # Odia
    ("SLA yintoni?", "sla"),  # Xhosa
    ("SLA ke eng?", "sla"),  # Sesotho
    ("SLA ndi chiyani?", "sla"),  # Chichewa
    ("SLA elakisi nini?", "sla"),  # Lingala
    ("SLA kitegeeza ki?", "sla"),  # Luganda
    ("SLA maal jechuudha?", "sla"),  # Oromo
    ("SLA chist?", "sla"),  # Tajik
    ("xi jfisser SLA?", "sla"),  # Maltese
    ("naon SLA?", "sla"),  # Sundanese
    ("ania ti SLA?", "sla"),  # Ilocano
    ("KPI tailbarlaach", "kpi"),  # Mongolian "explain"
])
def test_a_name_asked_in_an_added_language_is_answered(added: Glossary, text: str, expected: str) -> None:
    assert outcome(added, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "SLA hezee duusah ve?",  # Mongolian: when does it end?
    "wie het die SLA geteken?",  # Afrikaans: who signed it?
    "SLA beteken service level agreement",  # a statement: it means
    "wat is die SLA nou?",  # what is the SLA now (its state)
])
def test_their_other_questions_are_not_answered(added: Glossary, text: str) -> None:
    assert outcome(added, text)[0] != "answer"


def test_a_comparison_in_an_added_language_compares(added: Glossary) -> None:
    assert outcome(added, "SLA en KPI, wat is die verskil?") == ("compare", ["sla", "kpi"])


def test_the_added_languages_are_new_and_merged() -> None:
    assert set(world_words_added.LANGUAGES).isdisjoint(world_words.LANGUAGES)
    assert set(world_words_added.LANGUAGES) <= set(world_asks.LANGUAGES)
    assert set(world_words_added.EXPLAIN) <= set(world_words_added.LANGUAGES)


def test_no_word_asking_who_or_where_is_a_word_that_asks_or_joins() -> None:
    """Japanese "nani" asks what a name is; Lingala's and Swahili's "nani" (who) must not turn it away."""
    cue_words = {phrase[-1] for phrase in world_asks._CUE_WORDS}  # noqa: SLF001 - the list itself
    added_elsewhere = {w for asking in world_words_added.LANGUAGES.values() for w in asking.elsewhere.split()}
    assert added_elsewhere.isdisjoint(cue_words | world_asks.JOINS | world_asks.PARTICLES)

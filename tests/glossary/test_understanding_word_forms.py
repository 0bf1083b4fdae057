"""Other forms of a name's words (glossary/word_forms.py, read by glossary/heads.py), over a real SQLite
glossary: a verb asked with its object, a hyphen typed differently, a name made of a verb's noun and its
object; and the everyday verbs and qualities that must not become terms."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.word_forms import stem
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("diversification", "diversification", "Spreading money over many investments to lower risk."),
    Term("diversity", "diversity", "A workforce of people with different backgrounds."),
    Term("portfolio", "portfolio", "The set of investments someone holds."),
    Term("amortization", "amortization", "Spreading a cost over the years it serves."),
    Term("loan-amortization", "loan amortization", "Paying a loan off in equal payments of interest and principal."),
    Term("loan", "loan", "Money borrowed and paid back with interest."),
    Term("deobligation", "De-obligation", "Taking back funds obligated to a contract that no longer needs them."),
    Term("idempotence", "Idempotence", "Doing a thing twice has the same effect as once."),
    Term("factoring", "factoring", "Selling receivables to a third party for cash now."),
    Term("liquidity", "liquidity", "How easily an asset becomes cash."),
    Term("inventory", "inventory", "Goods a company holds to sell."),
    Term("co", "contracting officer", "The official who signs contracts for the government."),
    Term("contract", "contract", "A binding agreement."),
    Term("deployment", "deployment", "Putting a new version of software into use."),
    Term("app", "app", "An application program."),
    Term("meeting", "meeting", "People gathered to decide something."),
    Term("organization", "organization", "A company or agency."),
    Term("reorganization", "reorganization", "Changing how a company is structured."),
    Term("team", "team", "People who work together."),
    Term("routing", "routing", "The path work takes through a factory, step by step."),
    Term("capitalize", "capitalize", "To record a cost as an asset rather than an expense."),
    Term("balance-sheet", "balance sheet", "What a company owns and owes on one day."),
]
forms = glossary_fixture("forms", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what does it mean to diversify a portfolio", "diversification"),  # the verb, not its object
    ("what does it mean to amortize something? controller keeps saying we'll amortize the fee", "amortization"),
    ("what does amortizing a loan mean?", "loan-amortization"),  # the verb's noun and its object make a name
    ("deobligation of funds meaning", "deobligation"),  # a hyphen dropped inside a word
    ("deobligate funds?", "deobligation"),
    ("de obligation meaning", "deobligation"),
    ("what does it mean to de-obligate funds", "deobligation"),  # a prefix typed apart
    ("what does it mean to re organize a team", "reorganization"),
    ("idempotent what means it", "idempotence"),
    ("factoring receivables means?", "factoring"),
    ("what does it mean to capitalize a cost like capitalize it on the balance sheet", "capitalize"),
    ("what are the contracting officer's responsibilities", "co"),  # a word that begins a name is no verb
    ("what is diversification", "diversification"),
])
def test_another_form_asked_is_the_term(forms: Glossary, text: str, term: str) -> None:
    assert outcome(forms, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what does it mean to liquidate inventory",  # liquidity is a quality, not the act of liquidating
    "what does it mean to deploy",  # an everyday verb means itself
    "what does it mean to organize a meeting",
    "what does it mean to celebrate",
])
def test_everyday_verbs_and_qualities_are_not_answered_as_terms(forms: Glossary, text: str) -> None:
    status, ids = outcome(forms, text)
    assert status not in ("answer", "ambiguous") or not set(ids) & {"liquidity", "deployment", "organization"}


def test_a_value_after_a_verbal_noun_makes_one_noun(forms: Glossary) -> None:
    """"a routing number" is a bank's number, no verb "routing" with an object: the factory's routing is not it."""
    assert outcome(forms, "what's a routing number used for?")[0] != "answer"
    assert outcome(forms, "factoring receivables means?") == ("answer", ["factoring"])


def test_an_everyday_verb_with_its_object_keeps_the_object_reading(forms: Glossary) -> None:
    assert outcome(forms, "what does it mean to deploy the app") == ("answer", ["app"])


def test_ify_forms_meet_each_other_but_not_ity() -> None:
    assert stem("diversify") == stem("diversification") == stem("diversifiable") != stem("diversity")
    assert stem("amortizing") == stem("amortize") == stem("amortization")
    assert stem("idempotant") == stem("idempotent") == stem("idempotence")

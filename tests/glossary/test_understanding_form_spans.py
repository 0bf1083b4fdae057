"""A name typed in another form inside a longer message (glossary/form_spans.py), over a real SQLite
glossary: an adjective or adverb for a noun, a participle for a noun in -ment, a hyphenated word for a
one-word name, each word of a two- or three-word name in another form or order; and the everyday
phrases and several-term messages that must stay an offer or unknown."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.word_forms import phrase_key, stem
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("horizontal-scaling", "Horizontal Scaling", "Adding more machines to share the load."),
    Term("vertical-scaling", "Vertical Scaling", "Giving one machine more CPU and memory."),
    Term("disbursement", "Disbursement", "Paying money out of a fund."),
    Term("multitenancy", "Multitenancy", "One instance of software serving many customers."),
    Term("canary-release", "Canary Release", "Sending a new version to a few users first."),
    Term("tokenization", "Tokenization", "Replacing sensitive data with a meaningless token."),
    Term("syndication", "Syndication", "Several lenders sharing one large loan."),
    Term("capital", "capital", "Money used to run or grow a business."),
    Term("statelessness", "Statelessness", "A service that keeps nothing between requests."),
    Term("subrogation", "Subrogation", "An insurer taking over the claim of the party it paid."),
    Term("noncash-expenses", "noncash expenses", "Costs on the income statement that use no cash."),
    Term("factoring", "factoring", "Selling receivables to a third party for cash now."),
    Term("invoice", "invoice", "A bill sent to a customer."),
    Term("server", "server", "A computer that serves others."),
    Term("contract", "contract", "A binding agreement."),
    Term("cost-overrun", "cost overrun", "Spending more than the budget."),
    Term("price-increase", "price increase", "A notice that a supplier raises its prices."),
]
forms = glossary_fixture("forms", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("the architect wants us to scale horizontally for the peak season. meaning?",
     "horizontal-scaling"),  # adverb + verb for adjective + noun, in the other order
    ("they told us to scale vertically for now - what does that mean", "vertical-scaling"),
    ("the grant funds were disbursed last month. what does that mean for us?", "disbursement"),  # -ed, -ement
    ("the bank says the loan got syndicated. meaning?", "syndication"),
    ("the HR vendor says their system is multi-tenant. what does that mean?", "multitenancy"),  # a hyphen typed
    ("sales claims the platform is multitenant - meaning what exactly?", "multitenancy"),
    ("ops wants to do canary releasing of the app. what is that?", "canary-release"),
    ("the card numbers are tokenized at rest, what does that mean", "tokenization"),
    ("the new api is stateless. what does that mean?", "statelessness"),
    ("the insurer says it will subrogate the claim against the other driver. meaning?", "subrogation"),
    ("factoring invoices - what is it", "factoring"),  # a verb before its object, the question after
    ("tokenized / tokenization - what does it mean", "tokenization"),  # two spellings offered of one name
    ("multi-tenant/multitenancy?", "multitenancy"),
    ("cost overrun example?", "cost-overrun"),  # a name and the aspect asked after it
    ("noncash expenses - examples please", "noncash-expenses"),
])
def test_a_name_in_another_form_inside_a_message_is_answered(forms: Glossary, text: str, term: str) -> None:
    assert outcome(forms, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "we scaled horizontally and vertically last year. which one should we do now?",  # two names: offer both
    "the server was disbursed and the contract is multi-tenant. thoughts?",  # several names, no cue
    "please scale the chart horizontally",  # asks nothing
    "the cost was overrun by the vendor, who pays?",  # asks who, not what
    "ok quick one: capitation?",  # "capital" is everyday: a rare word like it is no form of it
    "what is a good example?",  # a question, not a name before "example"
    "tokenized / syndicated - which one applies?",  # two names, not two spellings of one
])
def test_forms_without_one_asked_name_are_not_answered(forms: Glossary, text: str) -> None:
    status, _ = outcome(forms, text)
    assert status not in ("answer", "ambiguous")


def test_a_form_of_everyday_words_is_offered_not_answered(forms: Glossary) -> None:
    assert outcome(forms, "prices increasing?") == ("suggest", ["price-increase"])  # may mean the words themselves


def test_the_name_as_written_is_still_read_as_itself(forms: Glossary) -> None:
    assert outcome(forms, "what is horizontal scaling") == ("answer", ["horizontal-scaling"])
    assert outcome(forms, "a contract - what is it") == ("answer", ["contract"])


def test_stems_meet_across_derivations() -> None:
    assert stem("debarred") == stem("debarment") == stem("debarring")  # a doubled consonant is one
    assert stem("multitenant") == stem("multitenancy")
    assert stem("tokenized") == stem("tokenization")
    assert stem("horizontally") == stem("horizontal")
    assert stem("processes") == stem("process")  # a double s is no plural
    assert phrase_key(["scale", "horizontally"]) == phrase_key(["horizontal", "scaling"])
    assert phrase_key(["blue", "green", "deploys"]) == phrase_key(["blue", "green", "deployment"])

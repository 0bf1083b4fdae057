"""Issue 13, over a real SQLite glossary: readings that hold for any phrasing of their kind.

- A remark in another clause, in any language, does not stop a question asked in a language with no table of its own
  ("tariff ki hunda paaji, trump ne lagaye aa"); a word to the listener that a table drops ("yaar") marks no
  language. A word of the language in the question's own clause still does ("mikä on SLA:n vasteaika meillä?").
- A comparison whose one side no span names is tried as a comparison: the side may be a name typed short ("are opex
  and capex the same?", "opex or capex?"); when it names nothing, the one known term is still never the answer.
- "What is it?" after a sentence that opens with a term takes up that term, whatever phrase comes later in it; after
  "Is a WAF a firewall?" it takes up the WAF, not the kind the asker guessed.
- "this ratio" after "debt to equity ratio" points back at that ratio.
- None of these fires where the message asks something else: a status ("are opex and capex both approved yet?",
  "qué onda con el SLA?"), a value ("the same as last quarter", "hvad er SLA nu?"), what an event means ("SLA je
  porušeno, co to znamená?"), or about a term named later in capitals ("The SOW has a section on CUI handling").
"""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("tariff", "tariff", "A tax on goods brought in from another country."),
    Term("dns", "DNS", "Domain Name System: turns names like example.com into addresses."),
    Term("opex", "opex", "Operating expenses: the running costs of a business."),
    Term("capital-expenditures", "capital expenditures", "Money spent on long-lived assets such as machines."),
    Term("npv", "NPV", "Net present value: future cash in today's money, minus the cost."),
    Term("kubernetes", "Kubernetes", "Software that runs and restarts containers across many machines."),
    Term("infrastructure", "infrastructure", "The basic systems a business runs on."),
    Term("ratios", "ratios", "Numbers that compare one figure with another."),
    Term("debt-to-equity", "debt-to-equity ratio", "Borrowed money divided by the owners' money."),
    Term("jensens-alpha", "Jensen's alpha", "How much a portfolio beat what its risk alone would predict."),
    Term("rfp", "RFP", "Request for proposal: a buyer's invitation to bid."),
    Term("spac", "SPAC", "Special purpose acquisition company: a listed shell that buys a private firm."),
    Term("working-capital", "working capital", "Current assets minus current liabilities."),
    Term("systematic-risk", "systematic risk", "Risk that affects the whole market."),
    Term("put-option", "put option", "The right to sell at a set price."),
    Term("countertrade", "countertrade", "Paying for goods with other goods instead of money."),
    Term("tls", "TLS", "Transport Layer Security: encrypts traffic between two programs."),
    Term("cobit", "COBIT", "A framework for governing and managing IT."),
    Term("waf", "WAF", "Web application firewall: filters the requests that reach a web application."),
    Term("firewall", "firewall", "A filter that lets only allowed network traffic through."),
    Term("slo", "SLO", "Service level objective: the target a team sets for one measure of its service."),
    Term("eft", "EFT", "Electronic funds transfer: money sent from one bank account to another electronically."),
]

asides = glossary_fixture("asides", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("tariff ki hunda paaji, trump ne lagaye aa", "tariff"),  # Punjabi, a remark after the comma
    ("DNS ki hunda yaar", "dns"),  # "yaar": Hindi's word to the listener, said in Punjabi too
    ("tariff kya hai yaar", "tariff"),
    ("broker ne payment EFT kiti, EFT ki hunda", "eft"),  # "kiti" (did) in the other clause asks no "how much"
    ("TLS hvad er det altså", "tls"),  # Danish
    ("COBIT hvad er det for noget", "cobit"),
    ("che qué es un SPAC? un amigo me dijo que invierta en uno", "spac"),  # Rioplatense Spanish
    ("qué onda con el working capital, o sea qué es exactamente?", "working-capital"),
    ("qué se entiende por systematic risk", "systematic-risk"),
    ("y una put option?", "put-option"),
    ("nunca entendí el countertrade, me lo explicás?", "countertrade"),
    ("Kubernetes appears in the infrastructure budget without explanation. What is it?", "kubernetes"),
    ("the underwriter said our debt to equity ratio is high. what is this ratio?", "debt-to-equity"),
    ("Is a WAF a firewall? what is it exactly?", "waf"),  # "it": the subject, not the asker's guess
    ("is SLA in the contract? what is it", "sla"),  # "it": the yes/no question's subject
    ("How is working capital usually defined?", "working-capital"),  # an adverb hedging the verb that asks
])
def test_answered(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("are opex and capex the same?", ["opex", "capital-expenditures"]),  # capex: the name typed short
    ("is capex and opex the same?", ["capital-expenditures", "opex"]),
    ("I always mix up capex and opex.", ["capital-expenditures", "opex"]),
    ("opex or capex?", ["opex", "capital-expenditures"]),  # "X or Y?" compares two names, one typed short
    ("qué diferencia hay entre SLA y SLO?", ["sla", "slo"]),  # Spanish
    ("què diferència hi ha entre SLA i SLO?", ["sla", "slo"]),  # Catalan
])
def test_one_side_typed_short_is_compared(asides: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(asides, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "I always mix up NPV and XIRR",  # XIRR names nothing: never NPV alone
    "mikä on SLA:n vasteaika meillä?",  # Finnish: the SLA's response time, a word of the question's own clause
    "rfp has some AbilityOne requirement in section h, what is that",  # "that": the requirement nobody defined
    "The RFP has a section on CUI handling. what is it?",  # "it" may be the CUI handling, in capitals
    "are opex and capex both approved yet?",  # "both": their state, no comparison
    "are opex and capex the same as last quarter?",  # their values
    "SLA je porušeno, co to znamená?",  # Czech: what the breach means, the remark marks it
    "hvad er SLA nu?",  # Danish "nu": now, its value; no word to the listener
    "qué onda con el SLA, ya lo firmaron?",  # Rioplatense: what is up with it, signed yet?
    "qué dice el SLA?",  # what it says
])
def test_not_answered(asides: Glossary, text: str) -> None:
    assert outcome(asides, text)[0] not in ("answer", "compare")


def test_a_subject_that_is_an_instance_leaves_the_guess_asked(asides: Glossary) -> None:
    """"is the firewall a WAF?": the asker's own firewall; "what is it?" is not answered with firewalls in general."""
    assert outcome(asides, "is the firewall a WAF? what is it?") != ("answer", ["firewall"])

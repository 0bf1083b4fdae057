"""Issue 13, over a real SQLite glossary: comparisons written in a hurry. A comparison stated in one sentence is
what a later subjectless ask is about, whatever remarks stand between ("latent defect vs patent defect.
contract legalese. difference?", "X / Y -> who does which"); a head word written once belongs to both sides
("accrual basis vs cash basis accounting"); a later clause that asks about one side alone narrows the
comparison to it, by its name, its initials or its start ("public relations vs marketing — what's PR
formally?", "the spec one?")."""

from __future__ import annotations

import pytest

from glossary.corrections import one_side
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("latent", "latent defect", "A defect not found by a reasonable inspection."),
    Term("patent", "patent defect", "A defect a reasonable inspection would find."),
    Term("contract", "contract", "A binding agreement between parties."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("slo", "SLO", "Service level objective: an internal target for a service."),
    Term("fiscal", "fiscal policy", "What a government taxes and spends."),
    Term("monetary", "monetary policy", "What a central bank does with interest rates and money."),
    Term("revenue", "revenue", "Money received from selling goods or services."),
    Term("profit", "profit", "Revenue less expenses."),
    Term("accrual-basis", "accrual basis", "Recording revenue when earned."),
    Term("accrual-accounting", "accrual-basis accounting", "Accounting that records revenue when earned."),
    Term("cash-accounting", "cash-basis accounting", "Accounting that records cash when it moves."),
    Term("grpc", "gRPC", "A fast way for services to call each other, with typed messages."),
    Term("rest", "REST", "A style of web API built on plain HTTP requests for resources."),
    Term("ifrs", "International Financial Reporting Standards (IFRS)", "Accounting rules used in most countries."),
    Term("gaap", "generally accepted accounting principles (GAAP)", "The accounting rules used in the US."),
    Term("pr", "public relations", "Managing how the public sees an organization."),
    Term("marketing", "marketing", "Finding and keeping customers."),
    Term("pull-request", "pull request", "A proposed code change.", aliases=["PR"]),
    Term("job-spec", "job specification", "The qualities a person needs for a job."),
    Term("job-desc", "job description", "The duties of a job."),
    Term("https", "HTTPS", "HTTP over an encrypted connection."),
    Term("http", "HTTP", "The protocol of the web."),
]

hurried = glossary_fixture("hurried", TERMS)


@pytest.mark.parametrize(("text", "terms"), [
    ("latent defect vs patent defect. contract legalese. difference?", ["latent", "patent"]),
    ("SLA vs SLO. sales keeps writing SLO in contracts and i'm having a heart attack. explain the difference",
     ["sla", "slo"]),
    ("SLA vs SLO. our vendor only quotes one of them. which one?", ["sla", "slo"]),
    ("fiscal policy / monetary policy -> who does which", ["fiscal", "monetary"]),
    ("revenue vs profit -> not the same number? explain the diff like i'm an engineer", ["revenue", "profit"]),
    ("accrual basis vs cash basis accounting. difference in 1-2 lines?", ["accrual-accounting", "cash-accounting"]),
])
def test_a_later_subjectless_ask_compares_what_was_stated(hurried: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(hurried, text) == ("compare", terms)


@pytest.mark.parametrize(("text", "term"), [
    ("gRPC vs REST came up in the review, I don't care about the fight I just want to know what gRPC is", "grpc"),
    ("IFRS vs GAAP came up, but what's IFRS on its own", "ifrs"),
    ("https vs http? actually I only need https explained, it's for a vendor form", "https"),
    ("public relations vs marketing — what's PR formally?", "pr"),  # initials: not the pull request
    ("job specification vs job description — the spec one?", "job-spec"),  # a word's start
])
def test_a_later_clause_about_one_side_narrows_the_comparison(hurried: Glossary, text: str, term: str) -> None:
    assert outcome(hurried, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "gRPC vs REST — what's the difference, and do we need to learn gRPC at all",  # the difference asked
    "gRPC vs REST? we only use gRPC",  # told, not asked
    "gRPC vs REST, I need to pick one for the new service",  # neither side named
    "gRPC vs REST, which one do I want for gRPC streaming",  # a choice between the two
])
def test_a_comparison_not_narrowed_stays_a_comparison(text: str) -> None:
    assert one_side(text) is None


@pytest.mark.parametrize("text", [
    "we track SLO. different question: what is SLA?",  # "different question" asks no difference
    "latent defect vs patent defect. what's a contract?",  # a new subject asked after the comparison
])
def test_a_new_question_after_a_comparison_is_not_a_comparison(hurried: Glossary, text: str) -> None:
    assert outcome(hurried, text)[0] != "compare"


@pytest.mark.parametrize(("text", "terms"), [
    ("accrual basis vs revenue", ["accrual-basis", "revenue"]),  # no head to share: the name alone
    ("revenue vs profit", ["revenue", "profit"]),
])
def test_a_side_that_is_a_name_stays_when_nothing_completes_it(hurried: Glossary, text: str,
                                                                terms: list[str]) -> None:
    assert outcome(hurried, text) == ("compare", terms)

"""Issue 13: what "that" and "it" point at, and questions set inside a sentence. A run-on "what does that
(even) mean" after a clause points at what the clause names, not at whoever said it or owns it; "tell me
what an SLA is, our contract ..." asks about the SLA, not the contract; a term named after "than" is not
what "it" points at alone; a message that asks whether one is there, or asks for another action, does
not ask what the term is."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cio", "CIO", "Chief information officer: the executive in charge of IT."),
    Term("cfo", "CFO", "Chief financial officer: the executive in charge of the money."),
    Term("zta", "zero trust architecture", "A network design that checks every request, trusting none by default."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("contract", "contract", "A legally binding agreement between parties."),
    Term("scf", "statement of cash flows", "The report of cash coming in and going out over a period."),
    Term("income-statement", "income statement", "The report of revenue, costs and profit over a period."),
    Term("gdpr", "GDPR", "The EU's General Data Protection Regulation on personal data."),
    Term("sow", "SOW", "Statement of work: what a supplier will deliver, and by when."),
    Term("atm", "ATM", "Automated teller machine: a cash machine."),
    Term("ato", "ATO", "Authority to operate: the sign-off a system needs before it goes live."),
    Term("app", "app", "A program for one purpose, on a phone or the web."),
    Term("ig", "investment grade", "A credit rating high enough that cautious investors may buy the bond."),
    Term("bonds", "bonds", "Loans to a company or state that pay interest and are traded."),
    Term("opex", "opex", "Operating expenses: the day-to-day costs of running a business."),
    Term("intranet", "intranet", "A private website only a company's own staff can reach."),
    Term("sme", "SME", "Subject matter expert: the person who knows an area best."),
    Term("yield-curve", "yield curve", "Interest rates of bonds plotted against how long they run."),
    Term("pod", "pod", "The smallest unit Kubernetes runs: one or more containers together."),
    Term("container", "container", "A packaged program with everything it needs to run."),
    Term("odd-even", "odd-even (psychological) pricing", "Prices set just under a round number, like 9.99."),
    Term("pricing", "pricing", "How a seller sets the price of what it sells."),
    Term("pr", "PR", "Pull request: a proposed code change for review."),
    Term("capex", "capital expenditures", "Money spent on long-lived assets such as buildings or machines."),
]

pointers = glossary_fixture("pointers", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    # typed without a comma: the question still points back at what the clause before it names
    ("our CIO said in the town hall were going zero trust what does that even mean for us", "zta"),
    ("our CIO said in the town hall were going zero trust what does that mean", "zta"),
    ("our CIO says we are going zero trust, can you tell me what that means", "zta"),
    # a question set inside a sentence: "is" closes it, what follows is no longer asked
    ("can someone tell me what an SLA is our contract with the overflow team has one", "sla"),
    ("can you tell me what GDPR is, our team keeps bringing it up", "gdpr"),
    ("no idea what GDPR is tbh", "gdpr"),
    ("what is a CFO im embarrassed to ask", "cfo"),  # "im" typed bare is "I'm", no part of a longer name
    ("yield curve def. inverted = bad?", "yield-curve"),  # the "=" sentence guesses at the term asked before
    ("ATO wat is it, IT says the app can't go live without ATO", "ato"),  # the app is what IT said of it
    ("investment grade what does that mean, the email said our bonds are investment grade", "ig"),
    ("ok so what actually counts as capital expenditures?? our CFO wants the new trade show booth to be one and "
     "I have no idea what that means!", "capex"),  # no bidding: "no idea what that means" still the first ask
])
def test_what_the_question_points_at_is_answered(pointers: Glossary, text: str, term: str) -> None:
    assert outcome(pointers, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "wrong"), [
    # the owner of what is pointed at is not what "that" points at
    ("the CIO's paper says we are moving towards a zero trussed architecture could you explain what that means",
     "cio"),
    # "it" after "X is harder than Y": either could be meant, so the bot asks
    ("I find the statement of cash flows considerably harder to follow than the income statement. "
     "What is it meant to show?", "income-statement"),
])
def test_a_pointer_that_may_mean_another_term_is_never_answered_with_it(
        pointers: Glossary, text: str, wrong: str) -> None:
    status, ids = outcome(pointers, text)
    assert not (status == "answer" and ids == [wrong])


def test_a_term_set_against_another_is_offered_with_it(pointers: Glossary) -> None:
    status, ids = outcome(pointers, "I find the statement of cash flows considerably harder to follow than the "
                                    "income statement. "
                                    "What is it meant to show?")
    assert status == "suggest" and ids[:2] == ["scf", "income-statement"]


@pytest.mark.parametrize("text", ["what SLA are we on with the vendor", "hey what SLA do we have with Acme"])
def test_which_one_of_a_term_is_still_no_question_about_it(pointers: Glossary, text: str) -> None:
    assert outcome(pointers, text)[0] != "answer"


@pytest.mark.parametrize("text", [
    "Does anyone know whether there's an ATM in the new office building?",  # whether one is there
    "is there an SLA with the new vendor?",
    "GDPR policy attached - can you forward it to legal",
])
def test_a_message_that_asks_for_something_else_is_not_answered(pointers: Glossary, text: str) -> None:
    assert outcome(pointers, text)[0] != "answer"


@pytest.mark.parametrize("text", [
    "GDPR — can someone walk me through it",  # a polite request after a dash asks, as after a comma
    "is there an SLA in our contract? what is an SLA anyway",  # whether one is there, then what it is
    "GDPR - can you explain it simply",
])
def test_a_request_to_explain_is_still_answered(pointers: Glossary, text: str) -> None:
    assert outcome(pointers, text)[0] == "answer"


@pytest.mark.parametrize("text", [
    "what is opex, and how does it differ from capital expenditures?",
    "what is opex? how does it differ from capital expenditures?",  # "it" points at the term asked first
    "what's opex and how is that different from capital expenditures",
])
def test_a_pronoun_compared_is_the_term_asked_before(pointers: Glossary, text: str) -> None:
    assert outcome(pointers, text) == ("compare", ["opex", "capex"])


def test_a_term_asked_then_set_against_a_plain_thing_is_answered(pointers: Glossary) -> None:
    """", and how is it different from our public website": the asker knows the website; the term is asked."""
    assert outcome(pointers, "What's an intranet, and how is it different from our public website?") \
        == ("answer", ["intranet"])


def test_an_expansion_the_asker_denies_rules_nothing_out(pointers: Glossary) -> None:
    """"I'm guessing it isn't small and medium enterprises": the asker says what SME is not, so the one sense
    the glossary has is still the answer (an expansion stated elsewhere would rule it out)."""
    assert outcome(pointers, 'What do people mean by "SME"? I\'m guessing it isn\'t small and medium enterprises '
                             'in this context.') == ("answer", ["sme"])


@pytest.mark.parametrize(("text", "term"), [
    ("GDPR, can someone shed light on this", "gdpr"),  # a request whose verb's object is no thing named
    ("SLA? could you be brief", "sla"),
    ("GDPR. would you mind elaborating", "gdpr"),
    ("is there an SLA? whats an SLA", "sla"),  # whether one is there, then what it is
    ("I know what a pod is but what is a container", "container"),  # what the asker knows is not asked
    ("GDPR's rules apply to us now, what does that mean", "gdpr"),  # an owner that is the only term
    ("whats odd-even (psychological) pricing im confused", "odd-even"),  # a name after a bracket is no name
])
def test_what_the_review_found_still_answers(pointers: Glossary, text: str, term: str) -> None:
    assert outcome(pointers, text) == ("answer", [term])


def test_a_request_with_no_object_after_its_verb_acts_on_the_term(pointers: Glossary) -> None:
    assert outcome(pointers, "pushed a PR with the DCF fix, can someone review?")[0] != "answer"

"""Issue 13, over a real SQLite glossary: "what's that?" points at the term named just before it, even though
"what's" has an apostrophe; "we're planning" is no question about planning; and a question about what a term
does ("what problem does X solve", "what role does X play") is about the term."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("canary", "canary deployment", "Releasing a change to a few users first."),
    Term("planning", "planning", "Deciding ahead what to do and how."),
    Term("hiring", "hiring", "Taking on new staff."),
    Term("scrum", "scrum master", "The person who keeps a scrum team's process running."),
    Term("pam", "privileged access management", "Controls over the accounts that can change systems."),
    Term("dc", "domain controller", "The server that checks sign-ins for a Windows network."),
    Term("waf", "WAF", "A filter in front of a web application that blocks common attacks."),
    Term("mttr", "MTTR", "Mean time to restore: how long an outage lasts on average."),
    Term("ytm", "yield to maturity (YTM)", "The yearly return of a bond held until it is repaid."),
    Term("noncash", "noncash expenses", "Costs on the income statement that no cash paid for, such as depreciation."),
    Term("levered", "levered equity", "Shares of a company that also carries debt."),
    Term("iac", "infrastructure as code", "Servers and networks described in files and built by tools."),
    Term("infra", "infrastructure", "The basic systems a business runs on."),
    Term("maslow", "Maslow's hierarchy of needs", "A ladder of human needs, from food and safety up to growth."),
    Term("cfo", "CFO", "Chief financial officer."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("We're planning the release and someone suggested a canary deployment. what's that?", "canary"),
    ("they're hiring a scrum master for the new team. what's that?", "scrum"),
    ("what problem does privileged access management solve", "pam"),
    ("what role does a domain controller play", "dc"),
    ("what purpose does a WAF serve for the shop?", "waf"),
    ("how is a WAF used? e.g. what does it mean if I run a web shop", "waf"),
    ("what's the purpose of a canary deployment", "canary"),
])
def test_the_term_asked_about_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_pronoun_clitic_is_no_question(glossary: Glossary) -> None:
    assert outcome(glossary, "we're planning the offsite next week")[0] != "answer"


@pytest.mark.parametrize("text", [
    "MTTD what is it, the ops dashboard shows it next to MTTR",  # "it" is MTTD, which no term names
    "what is smoke testing before a canary deployment?",  # the question is about smoke testing
    "what is blue teaming after a canary deployment",
])
def test_a_term_beside_the_unknown_thing_asked_about_is_not_the_answer(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


@pytest.mark.parametrize(("text", "term"), [
    ("the bond report shows YTM for each holding. YTM is?", "ytm"),
    ("Noncash expenses - what is the definition? The CFO memo mentions them", "noncash"),
    ("Studying for an exam at night. Stuck on 'levered equity' - what is it?", "levered"),
    ("infrastucture as code - what is it? the vendor says everything will be IaC", "iac"),
    ("the coach mentioned Maslow hierarchy of needs, can you explain?", "maslow"),
    ("maslow hierarchy of needs quick explanation", "maslow"),
])
def test_the_phrase_asked_about_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])

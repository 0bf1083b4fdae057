"""Issue 13, over a real SQLite glossary: what quotation marks, word order, casing and small words tell.

- A name alone in quotation marks is the word asked: a later "What is it?" or "Would you enlighten me?" points
  at it across other sentences, and the quotes close it ('the subject of an "LBO"').
- A learner's word order: "autoscaling what is, devops say our backend have it" asks about autoscaling.
- An everyday word in a later clause ("..., need for the chart") gives way to a term asked before it.
- Words the asker rules out ("not the company kind") pick no sense; "DoS" typed with a capital inside is
  the acronym; a field ("on the IAA") belongs to the name right before it, not to one a verb stands after.
- "'s" is no letter of a name ("the 5 P's" is not P/S); "5 Ps" typed apart is the glossary's "5Ps".
- Dutch question words ("wat betekent", "wat is het verschil tussen"), ports after "tcp"/"udp", a plain
  side told by a pronoun or a doing ("vs the one they advertise"), clipped nouns ("an x509 cert")."""

from __future__ import annotations

import pytest

from glossary.foreign_asks import english
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("succession", "succession planning", "Preparing people to step into key roles when their holders leave."),
    Term("lbo", "leveraged buyout (LBO)", "Buying a company mostly with borrowed money, secured on its assets."),
    Term("iqr", "interquartile range (IQR)", "The spread of the middle half of a set of numbers."),
    Term("lpta", "LPTA", "Lowest price technically acceptable: the cheapest offer that meets the bar wins.",
         aliases=["lowest price technically acceptable"]),
    Term("autoscaling", "autoscaling", "Adding or removing servers automatically as the load changes."),
    Term("devops", "DevOps", "Developers and operations working as one team, with automation."),
    Term("pod", "pod", "The smallest unit Kubernetes runs: one or more containers together."),
    Term("kubernetes", "Kubernetes", "A system that runs containers across many machines."),
    Term("sensitivity", "sensitivity analysis", "Checking how a result changes when one input changes."),
    Term("business-plan", "business plan", "A written plan of what a business will do and how it will pay."),
    Term("stdev", "standard deviation", "How far the values of a set typically lie from their mean."),
    Term("need", "need", "A lack a customer feels that a product could fill."),
    Term("llc-net", "LLC", "Logical link control: the upper part of the data link layer in networking.",
         aliases=["logical link control"], tags=["networking"]),
    Term("llc-company", "LLC", "A limited liability company: its owners are not liable for its debts.",
         aliases=["limited liability company"]),
    Term("dos", "DOS", "Denial of Service"),
    Term("ddos", "DDOS", "Distributed Denial-of-service"),
    Term("crm", "CRM", "Customer relationship management software: it tracks contacts with customers."),
    Term("2fa", "2FA", "Two-factor authentication: a password and a second proof, such as a code."),
    Term("pop", "period of performance", "The time a contractor has to do the work of a contract."),
    Term("iaa", "IAA", "An interagency agreement between two government agencies."),
    Term("ps-ratio", "price-to-sales (P/S) ratio", "A company's share price divided by its sales per share."),
    Term("marketing", "marketing", "Finding out what customers want and selling it to them."),
    Term("5ps", "5Ps", "The four Ps of marketing with a fifth added: product, price, promotion, place, packaging."),
    Term("mvp", "MVP", "Minimum viable product: the smallest version worth putting in front of users."),
    Term("dns", "DNS", "The domain name system: it turns names into network addresses."),
    Term("theory-x", "Theory X", "A view of managing that assumes people avoid work."),
    Term("theory-y", "Theory Y", "A view of managing that assumes people seek work and responsibility."),
    Term("opex", "opex", "Operating expenses: the day-to-day costs of running a business."),
    Term("capex", "capex", "Capital expenditure: money spent on long-lived assets."),
    Term("port-500", "PORT 500", "ISAKMP: key exchange for IPsec VPNs."),
    Term("port-8080", "PORT 8080", "An alternative port for HTTP."),
    Term("port-179", "PORT 179", "BGP: routers exchanging routes."),
    Term("udp", "UDP", "User Datagram Protocol: sends packets without a connection."),
    Term("credit-union", "credit union", "A bank owned by its members that lends to them."),
    Term("eir", "effective interest rate", "The interest rate once compounding is counted."),
    Term("observability", "observability", "How well you can tell what a system is doing from what it emits."),
    Term("x509", "X.509", "X.509 certificates are used to prove who owns a public key."),
    Term("pr", "PR", "A pull request: a change a developer offers to the code, for review."),
    Term("pr-buy", "PR", "A procurement request: the package of funds and approvals a purchase needs."),
    Term("siem", "SIEM", "A system that gathers security logs and raises alerts."),
    Term("working-capital", "working capital", "Current assets minus current liabilities."),
    Term("okr", "OKR", "Objectives and key results: goals with measurable results."),
    Term("wacc", "WACC", "Weighted average cost of capital: what a firm pays for its money on average."),
    Term("kpi", "KPI", "A key performance indicator: a number that shows how well something goes."),
    Term("forward", "forward contract", "An agreement to buy or sell later at a price fixed now."),
    Term("general-partnership", "general partnership", "A partnership in which every partner shares all debts."),
    Term("limited-partnership", "limited partnership", "A partnership in which some partners risk only their stake."),
    Term("job-rotation", "job rotation", "Moving people between jobs so they learn several."),
    Term("immutable", "immutable infrastructure", "Servers never changed once running: replaced instead."),
    Term("hmac", "HMAC", "A hash-based message authentication code: proves a message was not changed."),
    Term("service", "service", "Work done for a customer, as opposed to goods."),
    Term("it", "IT", "Information technology: the people and systems that run an organisation's computers."),
]

marks = glossary_fixture("marks", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ('The trustees wish to discuss "succession planning" for the senior posts; I assume this is not about royal '
     "lineages. What is it?", "succession"),
    ('A former trustee\'s firm was the subject of an "LBO"; what does that mean?', "lbo"),
    ("The survey report quotes an \"interquartile range\" for each gallery; I'm afraid statistics were never my "
     "strength. What is it?", "iqr"),
    ("'LPTA' appeared three times in the procurement briefing; I nodded along, but I haven't the faintest notion "
     "what it signifies. Would you enlighten me?", "lpta"),
])
def test_a_name_alone_in_quotes_is_the_word_asked(marks: Glossary, text: str, expected: str) -> None:
    assert outcome(marks, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    'Please add "working capital" to the agenda for Thursday. What is the room number?',
    'I asked about "working capital" last week, thanks. now: what\'s the standup time?',
])
def test_a_quoted_name_is_not_what_another_question_asks(marks: Glossary, text: str) -> None:
    assert outcome(marks, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("autoscaling what is, devops say our backend have it", "autoscaling"),
    ("sensitivity analysis what is, business plan excel have tab for it", "sensitivity"),
    ("pod in kubernetes what is. pod crash again", "pod"),
    ("standard deviation meaning pls, need for crash-rate chart", "stdev"),
])
def test_the_term_before_a_learners_question_is_asked(marks: Glossary, text: str, expected: str) -> None:
    assert outcome(marks, text) == ("answer", [expected])


def test_a_sense_ruled_out_picks_no_sense(marks: Glossary) -> None:
    status, ids = outcome(marks, "aal5snap = LLC/SNAP encapsulation. what does LLC stand for in networking (not the "
                                 "company kind)")
    assert ids != ["llc-company"]


@pytest.mark.parametrize(("text", "expected"), [
    ("is that DoS or DDoS, what's the difference", ("compare", ["dos", "ddos"])),
    ("The new CRM wants me to turn on 2FA. What is that and do I have to??", ("answer", ["2fa"])),
    ("period of performance on the IAA? what does it mean", ("answer", ["pop"])),
])
def test_casing_and_fields(marks: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(marks, text) == expected


@pytest.mark.parametrize("text", ["Marketing keeps talking about the 5 P's. What are they?",
                                  "what are the 5 P's of marketing"])
def test_an_apostrophe_s_is_no_letter_of_a_name(marks: Glossary, text: str) -> None:
    status, ids = outcome(marks, text)
    assert "ps-ratio" not in ids and not (status == "answer" and ids == ["marketing"])


def test_a_count_and_letters_typed_apart(marks: Glossary) -> None:
    assert outcome(marks, "What are the 5 Ps of marketing?") == ("answer", ["5ps"])
    assert outcome(marks, "we need 5 Ps at the panel, can you find volunteers?")[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("wat betekent MVP?", ("answer", ["mvp"])),
    ("DNS uitleg pls", ("answer", ["dns"])),
    ("@jargonbot what is MVP precies", ("answer", ["mvp"])),
    ("Theory X and Theory Y, what is het verschil", ("compare", ["theory-x", "theory-y"])),
    ("wat is het verschil tussen opex en capex", ("compare", ["opex", "capex"])),
])
def test_dutch_question_words(marks: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(marks, text) == expected


def test_dutch_is_read_only_where_it_asks() -> None:
    assert english("wat betekent SLA?") == "what means SLA?"
    assert english("wat is het budget voor de SIEM?") is None  # a value, not a meaning: left as typed
    assert english("what is the SLA") is None
    assert english("I met the PM, wat is een KPI?") == "I met the PM, what is a KPI?"  # "met" stays English


def test_mandarin_is_read_only_where_it_asks() -> None:
    assert english("KPI是什么") == "KPI is what"
    assert english("为什么 we use kafka en kubernetes?") is None  # "why": nothing read, nothing rewritten
    assert english("SLA shi shenme shihou qianding de") is None  # "when"


def test_a_word_ruled_out_in_one_place_still_counts_where_it_is_meant() -> None:
    from glossary.negation import kept_words
    assert "marketing" in kept_words("PR in marketing, not the marketing of products")
    assert "company" not in kept_words("LLC in networking (not the company kind)")


@pytest.mark.parametrize(("text", "expected"), [
    ("firewall log: permit udp 198.51.100.7/500\nwhat is udp 500 used for", "port-500"),
    ("what's 8080 normally for", "port-8080"),
    ("what's normally on port 179?", "port-179"),
])
def test_a_port_named_by_its_protocol_or_asked_usually(marks: Glossary, text: str, expected: str) -> None:
    assert outcome(marks, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("what's an effective interest rate vs the one they advertise?", "eir"),
    ("whats observability, vs just having grafana dashboards", "observability"),
    ("what's an x509 cert", "x509"),
])
def test_a_plain_side_or_a_clipped_noun_leaves_the_term_asked(marks: Glossary, text: str, expected: str) -> None:
    assert outcome(marks, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "I submitted the PR this morning. Is that the same as the one you reviewed?",
    "NPV vs the one finance uses",
])
def test_a_pronoun_side_without_a_question_compares_nothing(marks: Glossary, text: str) -> None:
    assert outcome(marks, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", ["what's a PR? the dev said he'd open one and tag me to review it",
                                  "PR in github mean? new intern ask me"])
def test_a_clipped_word_or_a_tool_points_at_a_sense(marks: Glossary, text: str) -> None:
    assert outcome(marks, text) == ("answer", ["pr"])


def test_a_tool_ruled_out_points_at_no_sense(marks: Glossary) -> None:
    assert outcome(marks, "what's a PR? not the github one") != ("answer", ["pr"])


@pytest.mark.parametrize(("text", "expected"), [
    ("HR ask everyone write OKR for Q3. OKR is？", ("answer", ["okr"])),
    ("sorry basic question，WACC shi shenme？", ("answer", ["wacc"])),
    ("KPI是什么", ("answer", ["kpi"])),
    ("KPI ne demek", ("answer", ["kpi"])),
    ("forward contract nasıl çalışır", ("answer", ["forward"])),
    ("general partnership ile limited partnership arasındaki fark?", ("compare", ["general-partnership",
                                                                                  "limited-partnership"])),
])
def test_full_width_marks_and_questions_asked_after_the_term(marks: Glossary, text: str,
                                                            expected: tuple[str, list[str]]) -> None:
    assert outcome(marks, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("cross training between grill and fry is that job rotation", "job-rotation"),
    ("immutable infra, what is the idea behind it", "immutable"),
    ("webhook signature use HMAC. HMAC what is", "hmac"),
])
def test_a_guess_at_the_end_an_idea_behind_and_a_term_asked_again(marks: Glossary, text: str, expected: str) -> None:
    assert outcome(marks, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "the contract is that SLA we talked about, right",
    "Is the ATM in the foyer supposed to be out of service? A visitor has just asked me.",
    "The cloud bill has doubled; might someone in IT explain why before the committee asks me?",
    "I know what a KPI is, I just need ours for the quarter",
])
def test_no_meaning_asked_of_a_named_thing(marks: Glossary, text: str) -> None:
    assert outcome(marks, text)[0] not in ("answer", "ambiguous")


def test_a_what_the_asker_does_not_know_still_asks(marks: Glossary) -> None:
    assert outcome(marks, "I don't know what a KPI is, my manager keeps saying it") == ("answer", ["kpi"])

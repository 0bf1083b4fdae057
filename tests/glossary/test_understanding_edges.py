"""Issue 13: chatter at a message's edges (glossary/edges.py), over a real SQLite glossary. A greeting, the bot
addressed, an apology or "quick q" before the question and "lol", "thanks", "kind regards" after it give the
outcome of the question alone: the readings that look at where a message opens ("SPAC. explain before someone
pitches me one") or ends ("mtbf what is") read it from what it asks. Chat shorthand for the question ("wdym
mtbf", "wut is a SPAC") and "a doubt"/"a query" for a question ask it; a claim doubted ("wdym the SLA was
breached") and the verbs ("I doubt it's DNS") do not. A request ("pls"), an aside in brackets, a hyphenated name,
a sign-off after no question ("that helped, thanks", "it's always DNS lol"), the name a salutation greets ("Dear
Contracting Officer, please see attached") and a message that is only chatter keep what they say."""

from __future__ import annotations

import pytest

from glossary import edges
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear, cost

TERMS = [
    Term("spac", "SPAC", "Special purpose acquisition company: a listed shell company formed to buy a private one."),
    Term("mtbf", "MTBF", "Mean time between failures: how long a device runs, on average, before it breaks."),
    Term("ebit", "EBIT", "Earnings before interest and taxes: profit from operations."),
    Term("tbills", "Treasury bills (T-bills)", "Short-term debt the US government sells at a discount.",
         aliases=["T-bills", "tbills"]),
    Term("cpm-ads", "cost per thousand (CPM)", "What an advertiser pays for a thousand views of an ad.",
         aliases=["CPM"]),
    Term("cpm-pm", "critical path method (CPM)", "Planning a project by the longest chain of dependent tasks.",
         aliases=["CPM"]),
    Term("irr", "internal rate of return (IRR)", "The discount rate at which an investment's NPV is zero.",
         aliases=["IRR"]),
    Term("hubzone", "HUBZone", "A federal program that helps small firms in historically underutilized areas."),
    Term("nat", "NAT", "Network address translation: many devices share one public IP address."),
    Term("one-to-one", "one-to-one marketing", "Marketing that treats each customer as a segment of one."),
    Term("marketing", "marketing", "Finding, winning and keeping customers."),
    Term("mac", "MAC", '"Network interface MAC address": the hardware address of a network card.',
         aliases=["Media Access Control"]),
    Term("tia", "TIA", "Telecommunications Industry Association: it writes cabling standards."),
    Term("co", "Contracting Officer", "The official who can sign a government contract.", aliases=["CO"]),
    Term("scrum-master", "Scrum master", "The person who helps a Scrum team follow its process."),
    Term("it", "IT", "Information technology: the computers, networks and people that run them."),
    Term("dns", "DNS", "Domain name system: it turns names such as example.com into network addresses."),
    Term("vpn", "VPN", "Virtual private network: a private connection to a network over the internet."),
    Term("sla", "SLA", "Service level agreement: the uptime and response a provider promises."),
    Term("ciso", "CISO", "Chief information security officer."),
    Term("cfo", "CFO", "Chief financial officer: the executive in charge of a company's money."),
    Term("siem", "SIEM", "Security information and event management: one place that gathers and searches logs."),
    Term("cve", "CVE", "Common Vulnerabilities and Exposures: the public list of known security flaws."),
    Term("mfa", "MFA", "Multi-factor authentication: a second proof of who you are, such as a code."),
]

chat = glossary_fixture("chat", TERMS)

QUESTIONS = [
    ("SPAC. explain before someone pitches me one", "spac"),
    ("mtbf on the ssd spec sheet means what", "mtbf"),
    ("EBIT one liner: what is it", "ebit"),
    ("tbills", "tbills"),
    ("CPM not the project mgmt one", "cpm-ads"),
    ("irr in plain english", "irr"),
    ("hubzone", "hubzone"),
]
OPENINGS = ["Hi team,\n", "hey jargonbot, ", "Hellooo ", "helo team ", "sorry if this is a dumb question, ",
            "sorry if this is a dumb question but ", "quick q - ", "sry quick question ", "hey, dumb q ",
            "Good morning all!\n\n", "Hello, good day! May I ask, ", "Hi @jargonbot ", "ok so, "]
CLOSINGS = [" lol", " Thanks a lot in advance!", " no rush!", "\n\nKind regards", " asking for a friend", " tia"]
THANKS = [" thanks!", "\nthx", " thank you", " cheers mate", " much appreciated"]  # for what was done, or asked


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_the_question_alone_is_answered(chat: Glossary, text: str, expected: str) -> None:
    assert outcome(chat, text) == ("answer", [expected])


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_an_opening_of_chatter_changes_nothing(chat: Glossary, opening: str, text: str, expected: str) -> None:
    assert outcome(chat, opening + text) == ("answer", [expected])


@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize(("text", "expected"), QUESTIONS[:3])  # the ones that ask: a sign-off after a remark stays
def test_a_closing_of_chatter_changes_nothing(chat: Glossary, closing: str, text: str, expected: str) -> None:
    assert outcome(chat, text + closing) == ("answer", [expected])


@pytest.mark.parametrize("closing", THANKS)
@pytest.mark.parametrize(("text", "expected"), QUESTIONS[:3])
def test_thanks_after_a_question_change_nothing(chat: Glossary, closing: str, text: str, expected: str) -> None:
    assert outcome(chat, text + closing) == ("answer", [expected])


@pytest.mark.parametrize("text", ["SPAC — that helped, thanks", "tbills — that helped, thanks",
                                  "it's always DNS lol", "the VPN again lol"])
def test_a_sign_off_after_no_question_is_part_of_a_remark(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] != "answer"


@pytest.mark.parametrize(("text", "expected"), [
    ("mac address pls", ("answer", ["mac"])),  # a request asks: "pls" is kept
    ("NAT (network thing not a person lol)", ("answer", ["nat"])),  # an aside stays whole
    ("one-to-one marketing = personalization at scale?", ("answer", ["one-to-one"])),  # a hyphen joins
    ("what is TIA", ("answer", ["tia"])),  # an acronym in capitals, not "thanks in advance"
    ("what is tia", ("answer", ["tia"])),  # the only word asked about is no sign-off
])
def test_what_only_looks_like_chatter_is_kept(chat: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(chat, text) == expected


@pytest.mark.parametrize("text", [
    "Dear Contracting Officer, please see attached", "hey Scrum master, standup moved to 10",  # whom it greets
    "Hi IT, my laptop won't boot", "Hey CISO: incident report attached", "Hi CFO - budget attached",
    "wdym the SLA was breached", "wut the DNS is down again", "wdym, the VPN is down?",  # surprise, not a question
    "wdym no SLA", "wdym another CVE", "wot is the SLA for P1 tickets", "Hey Chief Financial Officer: please review",
    "hi", "thanks!", "Good morning! Hope you had a nice weekend.", "hey can you reset my MFA?",
    "Hi team, can you book the big room for 3pm? thanks!", "sorry for the delay, here is the deck lol",
])
def test_chatter_alone_or_a_request_is_not_answered(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "kept"), [
    ("hi", "hi"), ("thanks!", "thanks!"),
    ("Hi team, sorry if this is a dumb question, what is X? thanks!", "what is X?"),
    ("sorry for the delay, here is the SOW", "sorry for the delay, here is the SOW"),
    ("hey can you book a room", "hey can you book a room"), ("tbills no", "tbills no"),
])
def test_the_edges_cut_only_chatter(text: str, kept: str) -> None:
    assert edges.trimmed(text) == kept


@pytest.mark.parametrize("unit", ["hi, ", "sorry ", "thanks ", "lol. ", "a "])
def test_long_chatter_is_read_in_bounded_time(unit: str) -> None:
    def read(size: int) -> None:
        edges.trimmed(unit * (size // len(unit)) + "what is SPAC? thanks")

    assert cost(lambda: read(20_000)) < 0.5
    assert_linear(read, 1_000, 20_000, slack=0.2)


@pytest.mark.parametrize(("text", "expected"), [
    ("wdym mtbf", "mtbf"), ("wdym by hubzone", "hubzone"), ("EBIT wdym", "ebit"), ("wym spac", "spac"),
    ("wut is a SPAC", "spac"), ("Wdym by SPAC", "spac"),
])
def test_chat_shorthand_for_the_question_asks_it(chat: Glossary, text: str, expected: str) -> None:
    assert outcome(chat, text) == ("answer", [expected])


def test_shorthand_around_no_term_asks_nothing(chat: Glossary) -> None:
    assert outcome(chat, "wdym you cant come to the offsite")[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", ["small doubt: SLA", "quick query - what is SLA", "one doubt, what is SLA?"])
def test_a_doubt_or_a_query_is_a_question(chat: Glossary, text: str) -> None:
    assert outcome(chat, text) == ("answer", ["sla"])  # Indian English: "I have a doubt" asks a question


@pytest.mark.parametrize("text", ["I have a doubt regarding SLA.", "a small doubt about MTBF", "quick query on EBIT"])
def test_a_doubt_reads_as_a_question_does(chat: Glossary, text: str) -> None:
    as_question = text.replace("doubt", "question").replace("query", "question")
    assert outcome(chat, text) == outcome(chat, as_question)


@pytest.mark.parametrize("text", ["I doubt it's DNS", "can you query the SIEM for failed logins?",
                                  "I question it's DNS", "can you question the SIEM for failed logins?"])
def test_the_verbs_doubt_query_and_question_ask_nothing(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] not in ("answer", "ambiguous")


def test_doubting_a_claim_is_no_question(chat: Glossary) -> None:
    assert outcome(chat, "I doubt the SLA covers weekends")[0] not in ("answer", "ambiguous")

"""Issue 13, over a real SQLite glossary: what the words around a term say about whether it is asked.

"in the statistical sense" names a sense, not an owner whose value is wanted (a name holding such a word, "the Lingo
app", is an owner still); "how does one calculate NPV" has "one" as its subject, no longer name begun ("is one year
..." counts); "the concept" and "this term" name again the term told before, as "it" does, when nothing else is named
after them ("the concept of moral hazard", "the word breach"); a word the message writes in capitals elsewhere is
that acronym in lower case too ("REST api - what does rest mean?"), never one of the commonest words ("IT said it is
down"); "question mark" said aloud ends a clause even where voice typing wrote other marks; a message typed all in
capitals is read as typed in ordinary case, its rare words and glossary names kept in capitals ("SRE. WHAT IS IT.");
"not the auto club" rules out no "authorization"; and "tell me what goodwill means on the balance sheet" asks
goodwill, which the glossary lacks, so the balance sheet is only offered. Each case is pinned to its exact outcome."""

from __future__ import annotations

import pytest

from glossary import unshouted
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

_FILLER = [Term(f"filler-{n}", f"office practice {n}", "A way an office files its paperwork, meetings and "
                "reports.", tags=["business"]) for n in range(210)]

TERMS = [
    *_FILLER,
    Term("expected-value", "expected value", "The average of the values a variable may take, weighted by their "
         "probabilities."),
    *(Term("stat-" + name.replace(" ", "-"), name, f"A statistical measure: {text}") for name, text in (
        ("standard deviation", "how far values typically sit from their mean."),
        ("median", "the middle value once the values are sorted."),
        ("variance", "the average squared distance of the values from their mean."))),
    Term("sla", "SLA", "Service level agreement: what a vendor promises on uptime and response."),
    Term("npv", "NPV", "Net present value: future cash flows discounted to today, less the cost.",
         aliases=["net present value"]),
    Term("charge", "charge", "An amount a customer is billed for a service."),
    Term("agency-theory", "agency theory", "How owners get managers, who act for them, to serve the owners' aims."),
    Term("rest", "REST", "Representational state transfer: a style of web API built on plain HTTP requests."),
    Term("api", "API", "Application programming interface: how one program asks another for data or work."),
    Term("it", "IT", "Information technology: the team that runs the company's computers."),
    Term("siem", "SIEM", "Security information and event management: software that gathers and searches logs."),
    Term("soc", "SOC", "Security operations centre: the team that watches for attacks day and night.",
         aliases=["security operations centre"]),
    Term("contingent-worker", "contingent worker", "Someone who works for a firm without being its employee."),
    Term("balance-sheet", "balance sheet", "A statement of what a firm owns and owes on one day."),
    Term("sre", "SRE", "Site reliability engineering: running systems with software engineers' methods."),
    Term("vpn", "VPN", "Virtual private network: a private, encrypted link over the internet."),
    Term("coop", "Continuity of Operations Plan", "How an agency keeps working when its site is lost.",
         aliases=["COOP plan", "COOP"]),
    Term("pat", "PAT", "Port address translation: many devices share one public address."),
    Term("aaa", "AAA", "Authentication, authorization and accounting: who you are, what you may do, what you did.",
         aliases=["Authentication Authorization Accounting"]),
    Term("depreciation", "depreciation", "Spreading an asset's cost over the years it is used."),
]
around = glossary_fixture("around", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    # a sense named, not an owner: "the X in the statistical sense"
    ("What is the expected value in the statistical sense?", ("answer", ["expected-value"])),
    ("what's the SLA on the Epic contract", ("suggest", ["sla"])),  # an owner: its value asked
    ("what's the SLA on the Lingo app", ("suggest", ["sla"])),  # a name holding a word of sense is an owner still
    # "one" as the subject after "does"
    ("how does one calculate NPV?", ("answer", ["npv"])),
    ("what is a one time charge", ("unknown", [])),  # a name begun with "one", nobody defined
    ("is one year depreciation allowed", ("suggest", ["depreciation"])),  # after "is", "one" is the number
    # "the concept", "this term": the term told before
    ("I read about agency theory. Could you explain the concept briefly?", ("answer", ["agency-theory"])),
    ("I read about agency theory. What does this term mean?", ("answer", ["agency-theory"])),
    ("I read about agency theory. What is the concept of moral hazard?", ("unknown", [])),  # another one named
    ("The SLA is attached. What is the term for the penalty when uptime is missed?", ("unknown", [])),
    ("I know what SLA means. What does the word breach mean here?", ("unknown", [])),
    # a word the message capitalises elsewhere
    ("REST api - what does rest mean?", ("answer", ["rest"])),
    ("IT said it is down. what is it?", ("suggest", ["it"])),  # "it" is grammar, not IT
    # "question mark" said aloud, with commas typed
    ("What is a contingent worker question mark, HR want them reported separately", ("answer", ["contingent-worker"])),
    ("what does a question mark mean in regex?", ("unknown", [])),
    # a question in statement order asks its own subject
    ("could you tell me what goodwill means on the balance sheet", ("suggest", ["balance-sheet"])),
    ("can you tell me what SLA means in the contract", ("answer", ["sla"])),
    ("not sure what the team means by SLA", ("answer", ["sla"])),
    ("what the letters in SLA stand for?", ("answer", ["sla"])),  # the term is inside what is asked
    ("what exactly means SLA in the vendor context?", ("answer", ["sla"])),  # a learner's "what means X"
    ("what the letters stand for in SLA", ("answer", ["sla"])),  # what a name is made of: the term follows
    ("what the vendor means about the SLA", ("answer", ["sla"])),
    # typed all in capitals: read as typed in ordinary case first
    ("SRE. WHAT IS IT. SOUNDS LIKE OPERATIONS.", ("answer", ["sre"])),
    ("WHAT IS SRE", ("answer", ["sre"])),
    ("COOP PLAN. DEFINE. WE CALLED IT DR.", ("answer", ["coop"])),  # lowered, "coop plan" is a name still
    ("THANKS PAT, WHAT ABOUT SRE?", ("answer", ["sre"])),  # "PAT" a name, lowered with the everyday words
    ("WHAT IS IT", ("unknown", [])),  # the pronoun, shouted
    ("THE VPN IS DOWN AGAIN", ("suggest", ["vpn"])),  # a state reported, shouted
    # a sense ruled out by an everyday word: never by its letters picked out of the glossary's name
    ("AAA, not the auto club", ("answer", ["aaa"])),
    ("what is the SOC, not the security ops centre", ("unknown", [])),  # "ops": operations' first two and last
])
def test_the_words_around_decide(around: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(around, text) == expected


def test_a_shouted_message_keeps_only_what_no_everyday_word_is_in_capitals() -> None:
    assert unshouted.reading("COOP PLAN. WHAT IS IT. A DASD THING?") == "coop plan. what is it. a DASD thing?"
    assert unshouted.reading("HELLO JARGON BOT, DON'T ASK PAT") == "hello jargon bot, don't ask pat"
    assert unshouted.reading("WHAT IS SRE") == "what is SRE"
    assert unshouted.reading("what is SRE") == "what is SRE"  # not shouted: as typed
    assert unshouted.reading("SRE") == "SRE"  # one word: an acronym, not a shout


def test_the_shouted_reading_is_linear_in_the_message() -> None:
    assert_linear(lambda n: unshouted.reading("WHAT IS A DASD THING, IT SAYS. " * n), 200, 1_600)

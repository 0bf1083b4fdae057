"""Issue 13, over a real SQLite glossary: what the message sets aside, and what it asks instead.

A sense the asker rules out by describing it ("what is a repo? not the code thing") is not answered, even when it is
the glossary's only sense; a run the message denies tells no story about the thing ("beta in finance (not the stats
beta)" still asks about beta). "How much will X cost", "what time is it in UTC" and "whom can I call" ask an amount, a
value or a person, not a meaning. An acronym in lower case is read as a name's initials where a clear cue asks it
("what's cogs"); letters with digits are a code whatever their case ("m2 money supply"); "what's the deal with X"
asks about X; "the deck compares us on it" compares nobody's terms; "real quick" is no part of a name; the words of a
bank's end-of-day batch point to end of day, not to the glossary's entrance on duty."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

_FILLER = [Term(f"filler-{n}", f"office practice {n}", "A way an office files its paperwork, meetings and "
                "reports.", tags=["business"]) for n in range(210)]

TERMS = [
    *_FILLER,
    Term("repo", "Repo", "Repository. A place to store code or data in a central location (such as GitHub)."),
    Term("beta", "beta", "The measure of how much a stock's price moves with the market as a whole."),
    Term("cage", "CAGE code", "A five-character code that identifies a supplier to government agencies.",
         aliases=["CAGE"]),
    Term("kubernetes", "Kubernetes", "Software that runs containers on a cluster of machines and keeps them up."),
    Term("eod", "EOD", "Entrance on duty: the day a new federal employee starts work after the hiring paperwork.",
         aliases=["entrance on duty"]),
    Term("atm", "ATM", "Automated teller machine: a machine that pays out cash from a bank account."),
    Term("utc", "UTC", "Coordinated Universal Time, the time standard clocks are set by."),
    Term("m2", "M2", "A measure of the money supply: cash, checking deposits and savings deposits."),
    Term("money-supply", "money supply", "All the money in an economy at one time."),
    Term("ps-ratio", "price to sales ratio", "A company's market value divided by its yearly sales."),
    Term("investor", "investor", "A person or firm that puts money into a business expecting a return."),
    Term("npv", "net present value (NPV)", "What future cash flows are worth today, minus what is invested."),
    Term("irr", "internal rate of return (IRR)", "The discount rate at which an investment's NPV is zero."),
    Term("gordon", "Gordon growth model", "Values a stock from its next dividend, growing at a steady rate."),
    Term("laps", "LAPS", "Local Administrator Password Solution: rotates each computer's local admin password."),
    Term("cogs", "cost of goods sold", "What the goods a company sold cost it to buy or make."),
    Term("bom", "bill of materials", "The list of parts and quantities needed to build a product."),
    Term("vpn", "VPN", "Virtual private network: an encrypted link into the company network."),
    Term("firewall", "firewall", "Software or a device that blocks network traffic the rules do not allow."),
    Term("sod", "SoD", "Segregation of duties: no one person both makes and approves a change.", aliases=["SOD"]),
    Term("it", "IT", "Information technology: the computers and networks a company runs, and the team that runs "
         "them."),
    Term("risk", "risk", "The chance that what happens differs from what was expected."),
    Term("byod", "BOYD", "Bring your own device: staff use their own phones and laptops for work."),
    Term("dlp", "DLP", "Data loss prevention: tools that stop sensitive data leaving the company."),
    Term("offer", "offer", "A seller's proposal that becomes a contract once the buyer accepts it."),
    Term("pb-ratio", "price to book ratio", "A share's price divided by the book value behind each share."),
    Term("need", "need", "A gap between what someone has and what they want."),
    Term("wstg", "WSTG", "Web Security Testing Guide: a checklist for testing the security of web applications."),
    Term("observability", "observability", "How well a system's logs, metrics and traces tell what it is doing."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("auditing", "auditing", "Checking a company's records and processes against rules or standards."),
    Term("strike", "strike price", "The price at which an option lets its holder buy or sell."),
    Term("api", "API", "How programs ask each other for things."),
    Term("lpta", "LPTA", "Lowest price technically acceptable: the cheapest offer that meets the requirements wins."),
    Term("rfp", "RFP", "Request for proposal: a buyer's invitation to vendors to bid."),
    Term("mesh", "service mesh", "A layer that handles traffic between a system's services."),
    Term("aws-cloud", "Amazon Web Services", "Some teams use it to host their websites.", aliases=["AWS"],
         tags=["gov"]),
    Term("aws-hours", "Alternative work schedule", "Working eight 10-hour days in a pay period.", aliases=["AWS"],
         tags=["gov"]),
    Term("acq-plan", "AP", "Acquisition plan: how an agency means to buy what it needs.", aliases=["acquisition plan"]),
]

set_aside = glossary_fixture("set_aside", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("beta in finance (not the stats beta)", "beta"),  # the denied run is no story: beta asked
    ("what's a CAGE code? not a Nicolas Cage thing I presume", "cage"),  # the name itself describes nothing
    ("m2 money supply?", "m2"),  # a code in lower case, the kind after it
    ("what's the price to sales ratio, the investor deck compares us on it", "ps-ratio"),  # "us" compared
    ("can u explain the gordon growth model real quick", "gordon"),  # "real quick": how to tell it
    ("what's the deal with LAPS, security want it on every box by Friday", "laps"),  # "the deal with X"
    ("what's bom", "bom"),  # initials in lower case, a clear cue, the list's first use of BOM
    ("what is UTC", "utc"),
    ("What is meant with SoD in the access-matrix from IT?", "sod"),  # a learner's "meant with": "meant by"
    ("price to book ratio how to calculate a, need for stock screener API", "pb-ratio"),  # opens, "need" later
    ("pentest scope mentions WSTG. what is that", "wstg"),  # a clause, no longer name nobody defined
    ("new grafana guy keeps saying observabilty. meaning?", "observability"),  # "meaning?" reaches back
    ("field `strike_price` in option API mean what", "strike"),  # a code name in backticks, quoted
    ("the RFP references LPTA, what's that", "lpta"),  # what the RFP references is what came up
    ("whats the deal w/ service mesh", "mesh"),  # "w/" is "with"
    ("AWS on my timesheet, what is it?", "aws-hours"),  # the shipped list's words for each sense tell them apart
    ("what is AWS in cloud?", "aws-cloud"),
])
def test_the_term_asked_is_answered(set_aside: Glossary, text: str, term: str) -> None:
    assert outcome(set_aside, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "expected"), [
    ("what is a repo? not the code thing", ("unknown", [])),  # the only sense, described and ruled out
    ("how much will Kubernetes cost us to run per month?", ("suggest", ["kubernetes"])),  # an amount, no use
    ("The ATMs in the branches show an error since the cutover, whom can I call?", ("suggest", ["atm"])),  # a person
    ("What time is it now in UTC?", ("suggest", ["utc"])),  # a value by a noun of measure
    ('What means EOD in "EOD batch failed at 23:40, bookings of today not posted"?', ("suggest", ["eod"])),
    ("the cogs in the gearbox are worn, again", ("unknown", [])),  # a word nothing asks about
    ("what are cogs in a gearbox?", ("unknown", [])),  # an English word, never initials
    ("What exactly means BYOD, and what are the risks from compliance point of view?", ("suggest", ["byod"])),
    ("e get offer with 4 year vesting, vesting mean what?", ("unknown", [])),  # "get" asks only as "don't get"
    ("What is the deadline for submitting KPIs in the new system?", ("suggest", ["kpi"])),  # the deadline asked
    ("how often are we audited?", ("suggest", ["auditing"])),  # a number asked: the word's form only offered
    ("in the module list of the ERP there is AP and AR. what does AP mean there?", ("suggest", ["acq-plan"])),
    ("what's the deal with the VPN being so slow today", ("suggest", ["vpn"])),  # a state: what is wrong, asked
    ("what a real mess, the firewall was down all morning", ("suggest", ["firewall"])),  # an exclamation
    ("the firewal blocked my laptop. can someone help me?", ("unknown", [])),  # a request reaches back for nothing
    ("what's a repo, not an urgent thing, just curious", ("answer", ["repo"])),  # no rush: no sense described
])
def test_what_the_message_sets_aside_is_not_answered(set_aside: Glossary, text: str,
                                                      expected: tuple[str, list[str]]) -> None:
    assert outcome(set_aside, text) == expected


def test_comparing_the_terms_themselves_still_compares(set_aside: Glossary) -> None:
    assert outcome(set_aside, "NPV and IRR, can you compare them?") == ("compare", ["npv", "irr"])

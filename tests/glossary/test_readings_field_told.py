"""Issue 13, over a real SQLite glossary: the asker says where a term is meant, or asks of something else beside it.

"what is ATM in banking?" names the world the asker means: when the shipped acronym list puts that world with
another sense (a cash machine) and the glossary's ATM is a network protocol, the term is only offered; "in
networking" fits it and is answered. A phrase that opens its sentence and sets a term after "for" or "under" is what
the trailing question asks ("dilution for shareholders — what means"), unless it is a clause ("finance asks for the
payback period") or an everyday word with "it" pointing back ("Training for HIPAA — what is it?"). "which version of
TLS are we on?" asks a value; lower-case "cors" is an acronym of its own, no sure plural of COR; "VPN - down again"
reports a state. Each case is pinned to its exact outcome."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

_FILLER = [Term(f"filler-{n}", f"office practice {n}", "A way an office files its paperwork, meetings and "
                "reports.", tags=["business"]) for n in range(210)]

TERMS = [
    *_FILLER,  # and entries that speak of banking and software testing, so those fields are the glossary's own
    Term("retail-banking", "retail banking", "Banking for people: current accounts, cards and loans."),
    Term("investment-banking", "investment banking", "Banking for firms: raising capital and advising on deals."),
    Term("unit-testing", "unit testing", "Software testing of one small part of a program at a time."),
    Term("regression-testing", "regression testing", "Software testing that checks old features still work."),
    Term("gov-contract", "government contract", "A deal a government agency signs with a firm, by contracting rules."),
    Term("gov-budget", "government budget", "What a government plans to spend; its contracting offices spend it."),
    Term("invoice-processing", "invoice processing", "Reading, checking and paying supplier invoices."),
    Term("three-way", "three-way match", "Checking an invoice against its order and receipt before processing."),
    Term("atm", "ATM", "Asynchronous Transfer Mode: a network protocol that sends data in cells of a fixed size.",
         aliases=["Asynchronous Transfer Mode"]),
    Term("beta", "beta", "The measure of how much a stock's price moves with the market as a whole."),
    Term("repo", "Repo", "Repository. A place to store code or data in a central location (such as GitHub)."),
    Term("cms", "Content Management System", "Software for creating, managing, and publishing content.",
         aliases=["CMS"]),
    Term("shareholders", "stockholders or shareholders", "People or firms that own shares of a company's stock.",
         aliases=["shareholders", "stockholders"]),
    Term("gaap", "generally accepted accounting principles (GAAP)", "The accounting rules US companies follow."),
    Term("invoice", "invoice", "A bill a supplier sends for goods or services delivered."),
    Term("payback", "payback period", "How long an investment takes to earn back what it cost."),
    Term("hr", "HR", "Human resources: the team that hires and looks after staff."),
    Term("tls", "TLS", "Transport Layer Security: the protocol that encrypts web traffic."),
    Term("nas", "NAS", "Network-attached storage: a file server on the office network."),
    Term("cor", "Contracting Officer's Representative", "The person who checks a contractor's work for the "
         "contracting officer.", aliases=["COR"]),
    Term("nsf", "NSF", "National Science Foundation: the US agency that funds research.",
         aliases=["National Science Foundation"]),
    Term("pk", "PK", "Public Key: the half of a key pair that may be shared, used to encrypt or verify.",
         aliases=["Public Key"]),
    Term("ent", "ENT", "Your username and password for the agency's computers and e-mail."),
    Term("vpn", "VPN", "Virtual private network: a private, encrypted link over the internet."),
    Term("kubernetes", "Kubernetes", "Software that runs containers on a cluster of machines and keeps them up."),
    Term("hipaa", "HIPAA", "The US law that protects the privacy of health records."),
    Term("ssl", "SSL", "Secure Sockets Layer: the older protocol that TLS replaced."),
    Term("vm", "VM", "Virtual machine: a computer simulated in software on a host."),
    Term("sb", "SB", "Small business: a firm under the size standard for its industry."),
    Term("sla", "SLA", "Service level agreement: what a vendor promises on uptime and response."),
    Term("container", "container", "A packaged piece of software that runs the same on any machine."),
    Term("load-balancer", "load balancer", "A server that spreads incoming requests over several others."),
    Term("ato", "ATO", "Authority to operate: the approval a federal system needs before it goes live."),
]
told = glossary_fixture("told", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is ATM in banking?", ("suggest", ["atm"])),  # the list's cash machine: "banking" is a form of "bank"
    ("what is ATM in networking?", ("answer", ["atm"])),
    ("what is beta in software testing?", ("suggest", ["beta"])),  # the list's early release of software
    ("what does beta mean in software?", ("suggest", ["beta"])),
    ("what is beta in stock trading?", ("answer", ["beta"])),
    ("dilution for shareholders — what means", ("suggest", ["shareholders"])),
    ("what are shareholders?", ("answer", ["shareholders"])),
    ("goodwill impairment under US GAAP, how does the test work?", ("suggest", ["gaap"])),
    ("OCR for supplier invoices, how does it work?", ("suggest", ["invoice"])),
    ("Good morning, finance asks for the payback period of the HR system. What is that?", ("answer", ["payback"])),
    ("which version of TLS are we on?", ("suggest", ["tls"])),
    ("what version of TLS do we enforce on the load balancer?", ("suggest", ["load-balancer"])),  # a value asked
    ("what is TLS?", ("answer", ["tls"])),
    ("what is NAS?", ("answer", ["nas"])),
    ("what is cors", ("suggest", ["cor"])),
    ("what is a COR?", ("answer", ["cor"])),
    ("what are containers", ("answer", ["container"])),  # an everyday word the list holds, no acronym of its own
    # the shipped acronym list's other senses: a bank's returned payment, a database's key, a doctor
    ("my bank charged an NSF fee for a bounced cheque, what is that?", ("suggest", ["nsf"])),
    ("NSF - not sufficient funds? what does it mean on my bank statement", ("suggest", ["nsf"])),
    ("what is the NSF? they gave the university a research grant", ("answer", ["nsf"])),
    ("what is PK in a database table?", ("suggest", ["pk"])),
    ("what is PK in encryption?", ("answer", ["pk"])),
    ("anyone know a good ent in town? kid has an ear infection", ("suggest", ["ent"])),
    ("my ENT password expired, what is ENT?", ("answer", ["ent"])),
    # a heading whose clause reports the thing's state is no topic asked
    ("VPN - down again for everyone, on it", ("suggest", ["vpn"])),
    ("ATO - gov customer says we need one", ("answer", ["ato"])),
    ("ATO - required by the gov customer", ("answer", ["ato"])),  # where it came up, not its state
    # what the review of the first version found: each keeps the start code's outcome
    ("Training for HIPAA — what is it?", ("answer", ["hipaa"])),  # an everyday opener, "it" pointing back
    ("what version of TLS is SSL?", ("answer", ["ssl"])),  # SSL identified, not set
    ("what is a VM? IT called it a VM", ("answer", ["vm"])),  # no ending read off "called"
    ("what does SB mean in government contracting?", ("answer", ["sb"])),  # no stem of "governor"
    ("what is an SLA in invoice processing?", ("answer", ["sla"])),  # a word of the longer list gets no bonus
])
def test_the_field_or_the_thing_told_decides(told: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(told, text) == expected

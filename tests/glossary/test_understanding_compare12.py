"""Issue 13, over a real SQLite glossary: compared sides are parallel, and a side ends where chat begins.

A side typed short is the name its other side's name parallels ("nominal vs real rate": the real interest rate
beside the nominal interest rate; "call vs put": the call and put options); a later side ends at a chat word
("vm vs container idk which to use"); a last part after a comma that is a phrase of its own is no side ("call
vs put, for the new analyst"); a side is asked, so a name with a noun of its kind counts ("a DoS attack").
Chat fillers ("fr", "tbf") and "itself" end a name's phrase."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("nominal", "nominal interest rate", "The interest rate before inflation is taken out."),
    Term("real", "real interest rate", "The interest rate after inflation is taken out."),
    Term("fisher", "Fisher effect", "The rule that nominal rates move with expected inflation."),
    Term("penetration", "penetration pricing", "Launching at a low price to win market share fast."),
    Term("skimming", "price skimming", "Launching at a high price and lowering it over time."),
    Term("futures", "futures contract", "A standardised exchange-traded agreement to trade later at a set price."),
    Term("forward", "forward contract", "A private agreement to trade later at a set price."),
    Term("call", "call option", "The right to buy at a set price."),
    Term("put", "put option", "The right to sell at a set price."),
    Term("stateful", "stateful apps", "Applications that keep data between requests."),
    Term("stateless", "stateless apps", "Applications that keep no data between requests."),
    Term("spi", "SPI", "Stateful packet inspection: a firewall that tracks connections.",
         aliases=["stateful packet inspection"]),
    Term("dos", "DoS", "Denial of Service"),
    Term("ddos", "DDoS", "Distributed Denial of Service"),
    Term("vm", "virtual machine", "A computer emulated in software.", aliases=["VM"]),
    Term("containers", "container", "A packaged application with everything it needs to run."),
    Term("agile", "Agile", "Building in short cycles with feedback."),
    Term("waterfall", "waterfall development", "Building in fixed phases, one after another."),
    Term("monolith", "monolithic apps", "An application built and deployed as one unit."),
    Term("microservices", "microservices architecture", "An application built as many small services."),
    Term("rfp", "request for proposal", "A formal request for offers.", aliases=["RFP"]),
    Term("rfq", "request for quotation", "A request for prices.", aliases=["RFQ"]),
    Term("procurement", "procurement", "Buying goods and services for an organisation."),
    Term("debt", "debt", "Money borrowed that must be paid back."),
    Term("equity", "equity", "Ownership in a company."),
    Term("iaas", "IaaS", "Infrastructure as a service: rented servers, storage and networks."),
    Term("paas", "PaaS", "Platform as a service: a managed place to run your code."),
    Term("as-it", "AS/IT", "Assistant Secretary for Information Technology."),
    Term("gitops", "GitOps", "Running operations from what a Git repository declares."),
    Term("ci", "CI", "Continuous integration: merging and testing code often."),
    Term("market-cap", "market capitalization", "A company's share price times its shares.",
         aliases=["market cap"]),
    Term("cloud-native", "cloud native apps", "Applications built to run on cloud platforms."),
    Term("api", "API", "Application programming interface: how programs talk to each other."),
    Term("debit", "debit", "A record on the left side of an account."),
    Term("credit", "credit", "A record on the right side of an account."),
    Term("nas", "NAS", "Network attached storage: a file server on the network."),
    Term("san", "SAN", "Storage area network: block storage shared over a network."),
    Term("sow", "SOW", "Statement of work: what a contractor must do."),
    Term("pws", "PWS", "Performance work statement: the results a contractor must reach."),
    Term("imap", "IMAP", "A protocol for reading mail kept on the server."),
    Term("pop3", "POP3", "A protocol for downloading mail from the server."),
    Term("loc", "line of credit", "Money a bank lets you borrow up to a limit."),
    Term("rca", "revolving credit agreement", "A line of credit you may draw, repay and draw again."),
    Term("blue-green", "blue-green deployment", "Two identical environments; traffic switches from one to the other."),
    Term("canary", "canary deployment", "Releasing a change to a few users first."),
    Term("promo", "sales promotion", "Short-term offers that push people to buy now."),
    Term("ads", "advertising", "Paid messages that make a product known."),
    Term("am", "arithmetic mean", "The sum of the values divided by how many there are."),
    Term("gm", "geometric mean", "The nth root of the product of n values."),
    Term("aar", "arithmetic average return", "The plain average of yearly returns."),
    Term("gar", "geometric average return", "The compound yearly return."),
    Term("theory-x", "Theory X", "The view that workers must be pushed and watched."),
    Term("theory-y", "Theory Y", "The view that workers want to do good work."),
]

parallel = glossary_fixture("parallel", TERMS)


@pytest.mark.parametrize(("text", "terms"), [
    ("nominal vs real rate", ["nominal", "real"]),
    ("penetration pricing vs skimming", ["penetration", "skimming"]),
    ("futures vs forwards diff", ["futures", "forward"]),
    ("call vs put", ["call", "put"]),
    ("stateful vs stateless", ["stateful", "stateless"]),
])
def test_a_side_typed_short_is_the_name_its_other_side_parallels(parallel: Glossary, text: str,
                                                                  terms: list[str]) -> None:
    assert outcome(parallel, text) == ("compare", terms)


@pytest.mark.parametrize("text", [
    "coffee vs tea",
    "short vs long",
    "is the fisher effect the rule about real vs nominal rates",  # asks about the Fisher effect
    "real rate",  # no comparison: nothing to parallel
])
def test_no_parallel_name_no_comparison(parallel: Glossary, text: str) -> None:
    assert outcome(parallel, text)[0] != "compare"


def test_a_pointer_is_never_completed(parallel: Glossary) -> None:
    """ "it" is what the message named before, never a word of "AS/IT"."""
    text = ("We moved to PaaS last year. What is the monthly cost now, and how does it differ from what we paid "
            "for IaaS?")
    assert outcome(parallel, text) == ("compare", ["paas", "iaas"])


@pytest.mark.parametrize(("text", "terms"), [
    ("vm vs container whats the diff fr", ["vm", "containers"]),
    ("vm vs container idk which to use for the build agent", ["vm", "containers"]),
    ("agile vs waterfall ngl our studio feels like both", ["agile", "waterfall"]),
    ("cto wants to split the monolith. monolith vs microservices tl;dr", ["monolith", "microservices"]),
    ("RFP vs RFQ lol procurement is a maze", ["rfp", "rfq"]),
    ("call vs put, for the new analyst", ["call", "put"]),
    ("debt vs equity, the 30 second version", ["debt", "equity"]),
    ("What's the difference between a DoS attack and a DDoS attack?", ["dos", "ddos"]),
])
def test_a_side_ends_where_its_story_begins(parallel: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(parallel, text) == ("compare", terms)


@pytest.mark.parametrize(("text", "term"), [
    ("what does gitops mean, is it just CI with extra steps", "gitops"),  # a story, no side "CI"
    ("what is gitops fr", "gitops"),
    ("whats market cap fr", "market-cap"),
    ("whats gitops tbf", "gitops"),
    ("what is cloud native app itself", "cloud-native"),
])
def test_chat_fillers_and_itself_end_a_name(parallel: Glossary, text: str, term: str) -> None:
    assert outcome(parallel, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "terms"), [
    ("debit / credit diff?", ["debit", "credit"]),  # a slash names a pair
    ("debit vs credit diff?", ["debit", "credit"]),
    ("is there a difference between debit and credit?", ["debit", "credit"]),
    ("i always mix up nas and san", ["nas", "san"]),  # "san" in lower case beside NAS is the acronym
    ("sow / pws diff?", ["sow", "pws"]),
    ("IMAP x POP3?", ["imap", "pop3"]),  # a digit inside a name is no figure
    ("line of credit x revolving credit agreement?", ["loc", "rca"]),  # "of" inside a name owns nothing
    ("blue green or canary? what's the difference", ["blue-green", "canary"]),  # asked outright: names typed short
    ("is sales promotion different from advertising or same thing", ["promo", "ads"]),
    ("arithmetic mean vs geometric mean", ["am", "gm"]),  # "mean" ends a name, it is no verb here
    ("arithmetic vs geometric mean", ["am", "gm"]),  # the head written once: not "average return"
    ("debit vs credit 😵 finance sent me a spreadsheet", ["debit", "credit"]),  # a heading, then the story
    ("nas vs san my manager keeps mixing them up", ["nas", "san"]),
    ("nas vs san asking for a friend", ["nas", "san"]),  # asking, in so many words
    ("does SOW mean the same thing as PWS?", ["sow", "pws"]),  # one meaning for two names, asked
    ("Theory X or Theory Y?", ["theory-x", "theory-y"]),  # the "X" of a name is no "x" between two sides
])
def test_more_comparison_shapes(parallel: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(parallel, text) == ("compare", terms)


@pytest.mark.parametrize("text", [
    "margin x revenue for store 12?",  # figures of one store
    "san and nas are down again",  # their state: no comparison
    "i always mix up cats and dogs",
    "coffee or tea? what's the difference",
    "SAN vs NAS migration done btw",  # the pair names a thing something happened to: a statement
    "our debit vs credit fight is getting old",
])
def test_no_comparison_without_two_terms_compared(parallel: Glossary, text: str) -> None:
    assert outcome(parallel, text)[0] != "compare"


def test_a_story_after_a_name_makes_no_side(parallel: Glossary) -> None:
    assert outcome(parallel, "API key vs token")[0] != "compare"

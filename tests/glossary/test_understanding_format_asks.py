"""Issue 13: chat forms read in the latest session. A request for how to tell a term that ends its clause ("X one
liner", "X in plain english, no jargon", "X. one line") asks what it is; a greeting or "kindly explain" before
"X vs Y", "are they same" without "the", "how do they differ, and ..." and "X or blue/green - whats the diff"
still compare; a shouted "WHAT IS IT" is the pronoun; "not clear about X" asks; "Kindly clarify." after a
sentence points back to it; an "also ..." that names no term does not hide the question asked before it; "X
file" is a file of X; "is X the law that ..." describes X. Refused: "penetration testing" is no "penetration
pricing" typed short, today's rate is a value, "what is piggybacking on another agency's contract" asks about
piggybacking, and a manner word that goes on ("the pod briefly restarted") tells rather than asks."""

from __future__ import annotations

import pytest

from glossary import chat_breaks, normalize, swapped_acronyms
from glossary.casing import shouted_near
from glossary.models import Term
from glossary.phrase_end import manner_after
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear, cost

TERMS = [
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is met."),
    Term("gross-margin", "gross margin", "Revenue minus the direct cost of what was sold, as a share of revenue."),
    Term("gdpr", "GDPR", "The EU law on how personal data may be collected and used."),
    Term("irr", "IRR", "Internal rate of return: the yearly return that makes an investment break even.",
         aliases=["internal rate of return"]),
    Term("nine", "9", "One nine of availability: up 90% of the time.", aliases=["one nine"]),
    Term("canary", "canary deployment", "Releasing a change to a few users first and watching before all.",
         aliases=["canary"]),
    Term("blue-green", "blue-green deployment", "Two identical environments; traffic switches from one to the other.",
         aliases=["blue/green deployment", "blue/green"]),
    Term("stateful", "stateful apps", "Programs that keep data between requests."),
    Term("stateless", "stateless apps", "Programs that keep nothing between requests."),
    Term("vm", "virtual machine", "A computer simulated in software on a real one.", aliases=["VM"]),
    Term("container", "container", "A packaged program with what it needs to run, sharing the host's kernel."),
    Term("debit", "debit", "An entry on the left of an account: more assets or expenses."),
    Term("credit", "credit", "An entry on the right of an account: more liabilities, equity or income."),
    Term("it", "IT", "Information technology: the computers and the team that runs them."),
    Term("cure", "cure notice", "A formal warning that a supplier must fix a failing before the contract ends."),
    Term("pod", "pod", "The smallest unit Kubernetes runs: one or more containers together."),
    Term("k8s", "Kubernetes", "A system that runs containers across many machines."),
    Term("duration", "duration", "How much a bond's price moves when interest rates move."),
    Term("bonds", "bonds", "Loans investors make to a company or government, repaid with interest."),
    Term("ebit", "EBIT", "Earnings before interest and taxes: profit from operations."),
    Term("ping", "PING", "Packet internet groper: a tool that checks whether a host answers."),
    Term("lpta", "LPTA", "Lowest price technically acceptable: the cheapest offer that meets the minimum wins."),
    Term("poam", "POA&M", "Plan of action and milestones: the security weaknesses to fix, and by when."),
    Term("need", "need", "A want that a product or service could meet."),
    Term("prospecting", "prospecting", "Looking for people and firms likely to buy."),
    Term("sales-prospects", "sales prospects", "The people and firms most likely to buy."),
    Term("decentralization", "decentralization", "Spreading decisions away from one centre."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("current-ratio", "current ratio", "Current assets divided by current liabilities."),
    Term("current-assets", "current assets", "What a firm expects to turn into cash within a year."),
    Term("current-liabilities", "current liabilities", "What a firm must pay within a year."),
    Term("dc", "DC", "Data center: a building full of servers."),
    Term("loc", "letter of credit", "A bank's promise to pay a seller once the agreed papers are shown."),
    Term("co", "CO", "Contracting officer: the official who can sign a government contract.",
         aliases=["contracting officer"]),
    Term("npv", "NPV", "Net present value: future cash flows in today's money, minus what is paid now."),
    Term("cesting", "Cesting", "Setting up the end product of a claim, in a claims system's own words."),
    Term("prime", "prime rate", "The interest rate banks charge their most creditworthy customers."),
    Term("payback", "payback period", "How long an investment takes to earn back what it cost."),
    Term("cfo", "CFO", "Chief financial officer: the executive in charge of a company's money."),
    Term("purchase-order", "purchase order", "A buyer's written offer to buy goods at a stated price."),
    Term("po", "PO", "Project officer: the person who runs a project day to day."),
    Term("debarment", "debarment", "Barring a company from government contracts for a time."),
    Term("task-order", "task order", "An order for work placed under a contract that has no fixed quantity."),
    Term("api", "API", "A way for programs to ask each other for data or actions."),
    Term("equation", "accounting equation", "Assets equal liabilities plus owners' equity."),
    Term("aws", "AWS", "Amazon Web Services: Amazon's cloud platform."),
    Term("underwriting", "underwriting", "Taking on a risk for a fee, as an insurer or an investment bank does."),
    Term("ssh", "SSH", "Secure shell: a way to log in to another computer over an encrypted link."),
    Term("port-22", "PORT 22", "The network port secure shell listens on.", aliases=["SSH"]),
    Term("suid", "SUID", "A file permission that runs a program as its owner, not as the user."),
    Term("grpc", "gRPC", "A way for services to call each other over HTTP/2 with typed messages."),
    Term("pcap", "PCAP", "Packet capture.", aliases=["Packet Capture"]),
    Term("penetration-pricing", "penetration pricing", "Setting a low price at first to win market share."),
    Term("observability", "observability", "How well a system's outputs tell what is happening inside it."),
    Term("contract", "contract", "A binding agreement between a buyer and a supplier."),
    Term("fx", "exchange rate", "The price of one currency in another."),
    Term("voc", "VOC", "Voice of the customer: what buyers say they want.", aliases=["Voice of (the) Customer"]),
    Term("blockchain", "blockchain technology", "A shared ledger that many parties keep and nobody can rewrite."),
]

asks = glossary_fixture("asks", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("GDPR in plain english, no legalese", "gdpr"),
    ("IRR. one line. the board meets at 3", "irr"),
    ("gdpr one line", "gdpr"),  # a bare name and how to tell it: the request ends the name
    ("they got debarred. meaning?", "debarment"),  # a form of the name, asked
    ("what does it mean if a company is debarred?", "debarment"),
    ("Has Acme been debarred? what does that mean", "debarment"),  # the meaning asked after
    ("Has Acme been debarred? never heard the term", "debarment"),  # more said than the fact question
    ("canary deployment lol what is it", "canary"),  # laughter parts the name from the question
    ("EBIT haha what does that mean", "ebit"),
    ("SLA 🤔 what is it", "sla"),  # an emoji before a question parts it from the name
    ("SLA one liner: anyone?", "sla"),  # the colon hands over to the plea
    ("gross margin 1 line", "gross-margin"),
    ("KPI one liner for the all-hands slide", "kpi"),
    ("the cure notice arrived this morning. WHAT IS IT", "cure"),  # shouted: "IT" is the pronoun
    ("what is a pod in kubernetes? (kindly explain in simple terms)", "pod"),  # the bidding is the question's
    ("The scanner flagged SUID binaries. I am not clear about SUID. Kindly clarify.", "suid"),
    ("Kindly explain gRPC. We use REST today. Also whether our gateway supports it?", "grpc"),
    ("got sent a pcap file, what's that", "pcap"),  # a file of packet captures
    ("ssh is what exactly (i know it but whats the actual def)", "ssh"),  # "actual" qualifies the meaning
    ("duration of a bond?? the other one, not maturity", "duration"),  # "of a bond" says whose
    ("ebb it? sorry voice typing. EBIT", "ebit"),  # blaming the keyboard: the words typed again are asked
    ("whats a kip? autocorrect sorry. kpi. what is a kpi", "kpi"),  # an apology between: still blamed
    ("what is ebb it 🙃 i know its autocorrect but what does EBIT mean", "ebit"),  # "autocorrect but ..."
    ("what is gross margarine voice text. gross margin", "gross-margin"),  # voice text blamed
    ("hold on, does ping stand for something", "ping"),  # "stand for": the acronym, not the everyday word
    ("is LPTA the one where we pick the cheapest offer that passes?", "lpta"),  # the asker's description
    ("Is a POA&M a list of the security gaps and their fix dates?", "poam"),
    ("KPI (I know, I know. need the formal def for the onboarding doc)", "kpi"),  # "need the def": a verb
    ("prospecting (sales) = ?", "prospecting"),  # the "=" names nothing: not "sales prospects"
    ("prime rate pls. our line of credit is prime + 1", "prime"),  # a name and "pls": a request
    ("procurement is not using LPTA this time - what is that?", "lpta"),  # "not using" rules nothing out
    ("what does an underwriter do", "underwriting"),  # who does it: the activity is the entry
    ("what are letters of credit", "loc"),
    ('The CFO keeps saying we have a "3-year payback period". what does that mean exactly?', "payback"),
    ("opa, task order what is? we get task_order_id from the api", "task-order"),  # a learner's word order
    ("accounting equation what is? assets = ... ?", "equation"),  # the head of the name in the plural, not "credit"
    ('The memo names the "contracting officer" for this contract. Who or what is that?', "co"),  # not "this one"
])
def test_the_term_asked_is_answered(asks: Glossary, text: str, expected: str) -> None:
    assert outcome(asks, text) == ("answer", [expected])


def test_a_side_that_is_the_other_sides_initials_checks_a_short_form(asks: Glossary) -> None:
    """The asker's PO is the purchase order's initials; the glossary's PO (project officer) is no comparison."""
    text = "what does purchase order mean in government? is it the same as a PO at a store"
    assert outcome(asks, text) == ("answer", ["purchase-order"])
    assert outcome(asks, "is purchase order the same as PO?") == ("answer", ["purchase-order"])
    assert outcome(asks, "purchase order vs project officer") == ("compare", ["purchase-order", "po"])


def test_it_in_capitals_is_still_the_department(asks: Glossary) -> None:
    assert outcome(asks, "what is IT") == ("answer", ["it"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Good morning, kindly explain stateful vs stateless apps?", ["stateful", "stateless"]),
    ("VM and container, are they same?", ["vm", "container"]),
    ("Finance uses NPV and IRR. What is the difference, in simple terms, between debit and credit?",
     ["debit", "credit"]),  # the clause after the comma names its own pair
    ("canary or blue/green - whats the diff, we have to pick one", ["canary", "blue-green"]),
    ("The template lists a VM or a container. How do they differ, and which costs less?", ["vm", "container"]),
    ("Our team ranks projects by IRR, but finance prefers NPV. Could you explain the difference between the two?",
     ["irr", "npv"]),
    ("VM vs container\nwhat's the deal?", ["vm", "container"]),  # a heading, then a plea about the pair
    ("stateful vs stateless apps. so confused", ["stateful", "stateless"]),
    ("VM vs container 🤔 my manager asked", ["vm", "container"]),  # an emoji after a word parts the clauses
    ("what is a VM? is it the same as a container?", ["vm", "container"]),  # "it": the term asked before
    ("Kindly explain IRR. Is it same like NPV or different?", ["irr", "npv"]),  # "same like", no article
    ("is debit same as credit?", ["debit", "credit"]),
])
def test_the_comparison_is_read(asks: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(asks, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "VM vs container. who approves the new cluster?",  # the rest asks who
    "VM vs container. what's a hypervisor?",  # the rest asks of a thing of its own
    "VM vs container\ncan someone review my deck before 3?",  # a request for something else
    "VM vs container\nlink to the doc?",
    "VM vs container\nfinance will explain at the all-hands",  # someone else explains
])
def test_a_pair_heading_is_asked_only_when_the_rest_pleads_about_it(asks: Glossary, text: str) -> None:
    assert outcome(asks, text)[0] != "compare"


@pytest.mark.parametrize("text", [
    "Kindly explain penetration testing before go-live.",  # testing, not pricing
    "What is today's exchange rate for euros?",  # a value, today's
    "What is piggybacking on another agency's contract?",  # piggybacking is asked, the contract is its setting
    "the vendor lists which controls are the customer's job. what is that list called?",  # "(the)": no name
    "is our SLA the one that expired?",  # which one of ours, not what an SLA is
    "blockchain. explain without saying 'decentralized'",  # the word not to say is not asked
    "What's the weather going to be like in DC tomorrow?",  # the weather is asked, DC is where
    "What is the CO's phone extension? I need to call about the invoice.",  # a contact detail, not a meaning
    "vesting cliff??",  # a first letter is seldom mistyped: no "cesting"
    "can you translate to spanish: 'letter of credit'?",  # a task on the words, handed over by the colon
    "which cloud provider is cheapest for us, AWS or Azure?",  # "which <noun>": pick one, not a meaning
    "the pod briefly restarted",  # a manner word that tells, not asks
    "explain like I'm the new board observer",  # who observes is no observability
    "our SLA in short: 99.9 uptime",
    "KPI one line summary is in the doc",  # "one line" goes on: a noun phrase, no request
    "the pod lol is down again, who is on call?",  # laughter parts nothing that asks
    "the SLA 📉 dropped again",  # an emoji before a remark parts nothing
    "KPI 🎯 hit!",
    "KPI 🎯 asking everyone to update their numbers by Friday",
    "the KPI deck 📊 what a mess, who owns it",
    "GDPR request 😬 is it due this week?",
    "KPI one liner: someone pls update the deck",
    "KPI one liner: it is what it is",
    "EBIT ugh what did finance approve",  # a laugh before a question about something else
    "EBIT omg went up 20%",  # nor a laugh
    "Can you tell me whether Acme Cloud has ever been debarred?",  # whether it happened, not what it is
    "Has the vendor been debarred?",
    "KPI one liner: revenue up 5% QoQ",  # the one-liner given after the colon, not asked for
    "Summarise the SLA in simple terms for the client pls",  # a task on the term
    "is the SOW the document that legal sent over yesterday?",  # which one of ours
    "is the API the one where we hit rate limits?",  # which one of ours
])
def test_what_the_glossary_does_not_hold_is_not_answered(asks: Glossary, text: str) -> None:
    assert outcome(asks, text)[0] not in ("answer", "ambiguous", "compare")


def test_whether_it_happened_only_offers_the_term(asks: Glossary) -> None:
    for text in ("Has the vendor been debarred?", "quick q: has the vendor been debarred?"):
        result = asks.lookup(text)
        assert (result.status, [m.id for m in result.matches][:1], result.subject) == ("suggest", ["debarment"],
                                                                                         "debarred")


def test_a_follow_up_that_names_nothing_known_is_still_a_follow_up(asks: Glossary) -> None:
    result = asks.lookup("and SLI?")
    assert (result.status, result.followup) == ("unknown", "new")


def test_manner_phrases_after_a_term() -> None:
    s = scan("KPI in plain english please")
    assert manner_after(s, 0, 1)
    s = scan("what is a pod in kubernetes? In simple terms")
    assert not manner_after(s, 5, 6)  # a new sentence: the manner is the whole question's
    s = scan("COGS. one line")
    assert manner_after(s, 0, 1)  # the term is all its sentence


def test_shouting_is_read_near_the_word() -> None:
    s = scan("we got a cure notice. WHAT IS IT. urgent")
    assert shouted_near(s.raws, s.sentence_start, s.norms.index("it"))
    s = scan("the IT team is out today")
    assert not shouted_near(s.raws, s.sentence_start, 1)


def test_an_optional_word_in_brackets_is_no_name() -> None:
    assert normalize.name_forms("Voice of (the) Customer") == ["Voice of Customer"]
    assert "NPV" in normalize.name_forms("net present value (NPV)")


def test_chat_words_are_no_acronym_typed_short() -> None:
    assert not swapped_acronyms.typed_short("pls")
    assert not swapped_acronyms.typed_short("thx")
    assert swapped_acronyms.typed_short("vnp")


@pytest.mark.parametrize("unit", ["SLA 🤔 what is it ", "opex lol what is it ", 'what is "surge" pricing ',
                                  "KPI one liner: anyone? ", "Has the vendor been debarred? ", "CPM, not the ad one. "])
def test_the_new_readings_are_linear_in_the_text(asks: Glossary, unit: str) -> None:
    """Emoji and laughs, quoted kinds, "one liner:", participle questions and "not the X one" said many times:
    a lookup stays bounded (the text is capped), and the marks are read through bounded windows: 16x the text
    costs about 16x, far from 256x."""
    assert cost(lambda: asks.lookup(unit * 800), runs=1) < 2.0
    assert_linear(lambda n: chat_breaks.parted(unit * n), 500, 8000)

"""Issue 13: readings added in session 21, over a real SQLite glossary. A comma left out after a glossary name
before a question that points back ("cap ex whats that") or, after a name of several senses, before "not the ...
one" reads as typed with it; an everyday word the glossary itself writes before a noun ("mac address", "pin
code") is that acronym; "is the X Act the law that says ...?" checks the asker's description of one law; a long
word one keystroke off a form of a name ("idempotnt") is that name; "opex is the same as capex?" and "debit x
credit" compare. Refused: a clause's words, a phrase that is no name ("BAFO deadline what is it"), one sense only
("CLIN not the travel one"), a request or a value asked after ("... can you pull the numbers"), a value asked
("whats the pin code for the door"), an everyday word the glossary never writes so ("zip code") or one of two
senses ("sam account"), one case ("the law that applies here", "... Dana's travel reimbursement")."""

from __future__ import annotations

import pytest

from glossary import dropped_commas
from glossary.models import LookupResult, Term
from glossary.service import Glossary
from glossary.word_forms import WordForms
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

TERMS = [
    Term("capex", "capital expenditures", "Money spent on long-lived assets such as buildings and machines."),
    Term("gitops", "GitOps", "Running infrastructure from a git repository: a change is a commit that gets applied."),
    Term("accrual", "accrual accounting", "Recording income and costs when they are earned or owed, not when paid."),
    Term("cpm-ads", "cost per thousand (CPM)", "What an advertiser pays for a thousand views of an ad.",
         aliases=["CPM"]),
    Term("cpm-pm", "critical path method (CPM)", "Planning a project by the longest chain of dependent tasks.",
         aliases=["CPM"]),
    Term("mac", "MAC", '"Network interface MAC address": the hardware address of a network card.',
         aliases=["Media Access Control"]),
    Term("pin", "PIN", "Personal identification number: a PIN number or PIN code, a secret number to log in.",
         aliases=["Personal Identification Number"]),
    Term("zip", "ZIP", "A file format that packs files together and compresses them."),
    Term("ada", "Anti-Deficiency Act", "The law that bars agencies from spending money they have not been given."),
    Term("sow", "SOW", "Statement of work: the document that says what a contractor will deliver.",
         aliases=["statement of work"]),
    Term("hawthorne", "Hawthorne effect", "People change how they work when they know they are being watched."),
    Term("bafo", "BAFO", "Best and final offer: a bidder's last price and terms before the award."),
    Term("cms-gov", "Centers for Medicare & Medicaid Services", "The US agency that runs Medicare and Medicaid.",
         aliases=["CMS"]),
    Term("cms-content", "CMS", "Content Management Systems", aliases=["Content Management Systems"]),
    Term("cms-crypto", "CMS", "Cryptographic Message Syntax", aliases=["Cryptographic Message Syntax"]),
    Term("clin", "CLIN", "Contract line item number: one priced item of a contract."),
    Term("sam-gov", "SAM", "System for Award Management: where firms register to do business with the government.",
         aliases=["System for Award Management"]),
    Term("sam-win", "SAM", "Security Account Manager", aliases=["Security Account Manager"]),
    Term("idempotence", "idempotence", "Doing an operation twice has the same effect as doing it once."),
    Term("amortization", "amortization", "Spreading the cost of a loan or an asset over the years it serves."),
    Term("opex", "OPEX", "Operational Expenditure", aliases=["Operational Expenditure"]),  # its letters only
    Term("invoice-date", "invoice date", "The date a supplier issued an invoice."),
    Term("po-date", "PO date", "The date a purchase order was issued."),
    Term("debit", "debit", "An entry on the left of an account."),
    Term("credit", "credit", "An entry on the right of an account."),
    Term("npv", "NPV", "Net present value: future cash in today's money, minus what is paid now."),
    Term("discount-fed", "discount rate", "The interest rate the Federal Reserve charges its member banks."),
    Term("discount-pv", "discount rate", "The interest rate used to find the present value of future cash."),
    Term("hypervisor", "hypervisor", "Software that runs virtual machines on one computer."),
    Term("arbitration", "arbitration", "Settling a dispute by an umpire both sides agree to."),
    Term("dumping", "dumping", "Selling goods abroad below their price at home."),
    Term("availability", "availability", "The share of time a system is up and usable."),
    Term("call", "call option", "The right to buy an asset at a set price before a set date."),
    Term("put", "put option", "The right to sell an asset at a set price before a set date."),
    Term("pr-procurement", "procurement request", "The package of funds and approvals that starts a purchase.",
         aliases=["PR"]),
    Term("pr-pull", "pull request", "A proposed change to code, sent for review before it is merged.", aliases=["PR"]),
    Term("press-release", "press release", "A written statement given to the news media."),
    Term("costs", "costs", "What is paid to make or buy something."),
    Term("expense-recognition", "expense recognition",
         "(also, matching principle) matching expenses with the revenue they helped earn, in the same period."),
    Term("vpc", "VPC", "Virtual private cloud: a private network inside a public cloud."),
    Term("api", "API", "A way for programs to ask each other for data or actions."),
    Term("cfo", "CFO", "Chief financial officer: the executive in charge of a company's money."),
    Term("co", "Contracting Officer", "The official who can sign a government contract.", aliases=["CO"]),
    Term("cor", "Contracting Officer's Representative", "The person who checks a contractor's work for the CO.",
         aliases=["COR"]),
    Term("hipaa", "HIPAA", "The US law on keeping health information private."),
]

chat = glossary_fixture("chat", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("cap ex whats that", "capex"),  # a name typed as two words, then a question pointing back at it
    ("git ops what is it", "gitops"),
    ("CPM not the project mgmt one", "cpm-ads"),  # a sense ruled out, as after a comma
    ("cpm not the advertising kind lol", "cpm-pm"),
    ("mac address what is it", "mac"),  # the glossary writes "MAC address"
    ("what is a pin code", "pin"),
    ("Is the Anti-Deficiency Act the law that says we can't spend money we don't have yet?", "ada"),
    ("is the hawthorne effect the one where people work harder when watched?", "hawthorne"),
    ("what does idempotnt mean", "idempotence"),  # one keystroke off "idempotent", a form of the name
    ("amortizd? what is it", "amortization"),
])
def test_the_term_asked_is_answered(chat: Glossary, text: str, expected: str) -> None:
    assert outcome(chat, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "do you know what is that",  # a clause's verb before the question: no name there
    "this is not the one",
    "whats the pin code for the door",  # a value, not what a PIN is
    "what's a zip code",  # the glossary's ZIP is a file format and never says "ZIP code"
    "is the SOW the document that legal sent?",  # one document, not what a SOW is
    "the BAFO deadline what is it",  # a date: the phrase names one thing
    "what is the mac address of printer 3",  # one printer's address
    "Is the Anti-Deficiency Act the law that applies to this obligation?",  # one case, not a description
    "Is the Anti-Deficiency Act the law that our contracting officer mentioned?",
    "Is the Anti-Deficiency Act the law that applies here?",  # whether it applies: one case
    "BAFO deadline what is it",  # no comma: "BAFO deadline" is no name, and a deadline is asked
    "CLIN not the travel one",  # one sense of CLIN: "the travel one" is one CLIN among many
    "sam account what is it",  # only one of the two SAMs is an account: the glossary does not say which is meant
    "Is the Anti-Deficiency Act the law that blocks Dana's travel reimbursement?",  # one person's case
    "Is the Anti-Deficiency Act the law that says the shutdown starts Friday?",  # one event
    "CPM not the project mgmt one, can you pull the numbers for it",  # a request follows: no comma put back
    "cap ex what is it\nneed the q3 figure for the board deck",  # a value asked after
    "hypervisr is down again",  # a slip of the name itself in a remark: the fuzzy match's caution holds
])
def test_nothing_is_answered_confidently(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] != "answer"


@pytest.mark.parametrize("text", [
    "opex is the same as capex?",  # a statement's word order, a question by its mark
    "opex is different of capex?",  # a learner's "of"
    "so opex is not the same as capex right?",
])
def test_a_likeness_asked_in_a_statements_word_order_compares(chat: Glossary, text: str) -> None:
    assert outcome(chat, text) == ("compare", ["opex", "capex"])


@pytest.mark.parametrize(("text", "expected"), [
    ("debit x credit — is only the side?", ["debit", "credit"]),  # the "x" of a match between two names
    ("debit and credit, wich one is the left side??", ["debit", "credit"]),  # "which" mistyped
])
def test_a_pair_typed_as_people_type_compares(chat: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(chat, text) == ("compare", expected)


@pytest.mark.parametrize("text", ["2 x 4 debit", "debit x 3", "the debit x is wrong", "debit x credit = balance?",
                                  "debit is the same as on the ledger?", "debit x credit for account 4100?",
                                  "opex 2024 is the same as the capex?"])  # a product, a value, one account
def test_an_x_between_other_things_compares_nothing(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] != "compare"


def test_a_name_said_in_what_is_ruled_out_points_to_no_sense(chat: Glossary) -> None:
    """"not the npv one": NPV's words are what the asker does not mean, never a hint at the sense meant."""
    assert outcome(chat, "discount rate not the npv one")[0] != "answer"


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence before "what is X, and how does it differ from Y": the question still compares
    ("Our endowment manager writes covered calls. What is a call option, and how does it differ from a put option?",
     ["call", "put"]),
    ("what is a call option? is that the same as a put option?", ["call", "put"]),  # "that the same"
    ("What is the difference between a Contracting Officer and a Contracting Officer's Representative?",
     ["co", "cor"]),  # the other side's own name is no shared head
])
def test_comparisons_found_past_what_hid_them(chat: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(chat, text) == ("compare", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("An email says: \"submit the PR package so the CO can begin.\" I don't think PR means press release here. "
     "What is it?", "pr-procurement"),  # the meaning denied is no subject, nor the name PR's letters spell
    ('Our narrative says: "Costs are recorded under the matching principle." Is the matching principle the same '
     "thing as expense recognition?", "expense-recognition"),  # a quoted passage's first word is no term named
    ("what is the meaning of VPC, my api is inside vpc so not reachable it seems", "vpc"),  # a clause, not a list
])
def test_the_term_asked_is_read_past_what_surrounds_it(chat: Glossary, text: str, expected: str) -> None:
    status, ids = outcome(chat, text)
    assert status in ("answer", "ambiguous") and ids[0] == expected


def test_a_persons_name_asked_for_is_no_meaning(chat: Glossary) -> None:
    assert outcome(chat, "whats the cfo's name at initech")[0] != "answer"
    assert outcome(chat, "What is the CFO's name? Also, what does CFO stand for?") == ("answer", ["cfo"])
    assert outcome(chat, "What is HIPAA's full name?") == ("answer", ["hipaa"])  # what its letters stand for


def test_a_list_goes_on_past_an_owner(chat: Glossary) -> None:
    """"VPC, my api is ..." opens a clause, but "VPC, our API and the CFO" is still a list."""
    assert outcome(chat, "what do VPC, our API and the CFO mean here") == ("compare", ["vpc", "api", "cfo"])


def test_a_value_asked_before_is_that_the_same_compares_nothing(chat: Glossary) -> None:
    assert outcome(chat, "What is the price of the call option we sold? is that the same as a put option?")[0] \
        != "compare"


def test_a_slip_of_a_form_is_read_only_when_nothing_is_typed_right() -> None:
    forms = WordForms({t.id: t for t in TERMS})
    assert forms.slipped("idempotnt") == ["idempotence"]
    assert forms.slipped("idempotent") == []  # a form typed right: `find` reads it
    assert forms.slipped("amortiz") == []  # too short to be sure of a slip
    assert forms.slipped("hypervisr") == []  # a slip of the name itself, not of another form
    assert forms.slipped("arbitrage") == []  # a letter changed: a word of its own ("arbitrate" changed)
    assert forms.slipped("dumplings") == []  # an English word
    assert forms.slipped("availabe") == []  # a slip of an English word ("available"), not of "availability"


def test_ruling_out_one_sense_answers_the_explained_one_and_lists_the_other(chat: Glossary) -> None:
    """"cms not the content one" reads as "cms, not the content one": of the two senses left, the one the
    glossary explains is answered and the one that only spells its letters out is listed under it."""
    result = chat.lookup("cms not the content one")
    assert (result.status, [m.id for m in result.matches]) == ("answer", ["cms-gov"])
    assert [m.id for m in result.others] == ["cms-crypto"]


NAMES = {"cap ex": "answer", "git ops": "answer", "CPM": "ambiguous", "sprint": "answer", "capex": "answer",
         "BAFO": "answer", "CLIN": "answer"}


def named(candidates: list[str]) -> LookupResult | None:
    """A stand-in for the glossary's reading of a name: the names above, with their status."""
    status = NAMES.get(candidates[0])
    return LookupResult(candidates[0], candidates[0], status, []) if status else None


@pytest.mark.parametrize(("typed", "read"), [
    ("cap ex whats that", "cap ex, whats that"),
    ("ok so cap ex what is it", "ok so cap ex, what is it"),  # a greeting and "so" before the name
    ("git ops what is it exactly?", "git ops, what is it exactly?"),
    ("CPM not the project mgmt one", "CPM, not the project mgmt one"),  # several senses: one ruled out
    ("CLIN not the travel one", "CLIN not the travel one"),  # one sense: the "one" is one CLIN
    ("CPM not the big one, send it", "CPM not the big one, send it"),  # the message goes on: a request
    ("cap ex what is it. need the q3 figure", "cap ex what is it. need the q3 figure"),
    ("BAFO deadline what is it", "BAFO deadline what is it"),  # no name: the deadline is asked
    ("no idea what is that", "no idea what is that"),  # a clause's words
    ("the cap ex what is it", "the cap ex what is it"),  # one thing named
    ("the cluster what is it running", "the cluster what is it running"),  # the question goes on
    ("capex, what is it", "capex, what is it"),  # a comma already
])
def test_a_comma_is_restored_only_after_a_name(typed: str, read: str) -> None:
    assert dropped_commas.restored(typed, named) == read


def test_restoring_commas_is_linear_in_the_text() -> None:
    """A long run of either shape, and of spaces, costs time in proportion to its length."""
    def read(size: int) -> None:
        for text in ("capex what is it " * size, "CPM not the big one " * size, "x" + " " * (size * 20) + "what is it"):
            dropped_commas.restored(text, named)

    assert_linear(read, 500, 5_000)

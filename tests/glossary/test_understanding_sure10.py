"""Issue 13, round 10, over a real SQLite glossary: a message that asks about one term written as its
name, only in a shape the cues did not read, is answered, not offered as "did you mean":
- a heading asked for its "actual definition" or by its initials, named again or said by someone after it,
  or guessed at with no mark between ("X is that like ...") (heading_ask.py);
- a phrase set equal to a bare "?", or asked whether the glossary holds it (equated.py);
- "is X the same thing as ...?" (yes_no.py) and "translate pls" (cue_words.py);
- "what are X on the balance sheet": the second term only where the first was seen (settings_at.py);
- an acronym typed in lower case beside the name it abbreviates, written out (initialisms.py).
What the rules must leave alone stays offered or unknown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("recession", "recession", "Two quarters of shrinking output."),
    Term("ar", "accounts receivable", "Money customers owe the company."),
    Term("coc", "chain of command", "Who reports to whom."),
    Term("wip", "WIP", "Work in progress: work started, not finished."),
    Term("iv", "intrinsic value", "What an asset is worth from its own cash flows."),
    Term("ytm", "yield to maturity (YTM)", "The return on a bond held to the end."),
    Term("bond", "bonds", "Loans to a company or government, paid back with interest."),
    Term("mfa", "MFA", "Signing in with a second proof besides the password."),
    Term("sla", "SLA", "A promise about service levels."),
    Term("hedging", "hedging", "Taking a position that offsets a risk."),
    Term("aws", "AWS", "Amazon Web Services."),
    Term("ms", "marketable securities", "Investments that can be sold for cash quickly."),
    Term("bs", "balance sheet", "What a company owns and owes on one day."),
    Term("netterms", "net terms", "How many days a buyer has to pay an invoice."),
    Term("invoice", "invoice", "A bill for goods or services."),
    Term("fd", "financial distress", "When a company struggles to pay what it owes."),
    Term("hawthorne", "hawthorne effect", "People change how they act when they know they are watched."),
    Term("standup", "standup", "A short daily team meeting."),
    Term("lb", "load balancer", "Spreads requests over several servers."),
    Term("nbv", "net book value", "What an asset is worth on the books after depreciation."),
    Term("cogs", "cost of goods sold", "What the things a company sold cost it to make."),
    Term("ada", "Anti-Deficiency Act", "A law that bars spending money not yet appropriated."),
    Term("money", "money", "What is used to pay for things."),
    Term("vpn", "VPN", "An encrypted tunnel into the office network."),
    Term("sbar", "SBAR", "Situation, background, assessment, recommendation: a way to hand over."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "sure10", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("recession — what's the actual definition? the CFO said 'if we go into recession, volumes drop'", "recession"),
    ("chain of command — I know the clinical version, what's the org definition?", "coc"),
    ("accounts receivable — what is AR? the revenue cycle report says AR days are 52", "ar"),
    ("WIP on the kanban board = ?", "wip"),
    ("intrinsic value of a stock = ?", "iv"),
    ("ytm on a bond = ?", "ytm"),
    ("is MFA the same thing as the text-code thing when I log in from home?", "mfa"),
    ("hedging. treasury says we 'hedge EUR'. translate pls", "hedging"),
    ("what are marketable securities on the balance sheet", "ms"),
    ("what does net terms mean on an invoice", "netterms"),
    ("financial distress — the board mentioned a nearby hospital in 'financial distress'", "fd"),
    ("hawthorne effect — someone said it in the debrief re: staff behaving during our site visit lol", "hawthorne"),
    ("nbv? net book value i think", "nbv"),
    ("nbv?", "nbv"),  # in lower case, asked alone: the initials of one name, as "sow?" is the SOW
    ("what goes in cogs for a software company? what is cost of goods sold", "cogs"),
    ("anti deficiency act is that like a law about not running out of money or", "ada"),
    ("Is SBAR in your glossary?? The incident manager used SBAR in his outage update — same SBAR as handoffs?",
     "sbar"),
])
def test_one_term_asked_in_a_shape_of_its_own_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "recession — what's the actual definition of a depression?",  # the definition of another thing
    "AWS — what is a bucket?",  # a new thing asked after the heading
    "is our SLA the same as last year?",  # one instance, owned
    "is the SLA the same for all vendors?",
    "what's the SLA on the invoice?",  # one instance of it
    "standup — moved to 10am, standup room is B",  # a one-word heading: a message about the thing
    "load balancer — it is down again, the load balancer team is on it",  # its state, not what it is
    "VPN is it down again",  # its state: likened to nothing
    "is EBITDA in your glossary?",  # not in it: nothing to answer
    "the nbv ledger again",  # a rare word in lower case that nothing asks about: no acronym read
    "gbv? net book value i think",  # letters that are not the initials of the name written out
])
def test_another_thing_or_an_instance_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"

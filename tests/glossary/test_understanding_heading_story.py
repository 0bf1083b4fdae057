"""Issue 13: a message that opens on a term set apart as its heading, then tells where the term came up,
asks what the term is, question mark or not (heading_ask.heard_again, instances._told_heading). A heading
followed by the thing's state, by thanks, or (for a one-word heading) by news of the thing is left alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("angel", "angel investors", "Wealthy people who put their own money into young companies."),
    Term("hedge", "natural hedge", "Costs and revenue in the same currency, so exchange moves cancel out."),
    Term("npv", "NPV", "Net present value: future cash flows valued in today's money, minus the cost.",
         aliases=["net present value"]),
    Term("wacc", "WACC", "Weighted average cost of capital: what a company pays, on average, for its money."),
    Term("alliance", "strategic alliance", "Two companies working together on a goal while staying separate."),
    Term("lb", "load balancer", "A server that spreads incoming requests over several other servers."),
    Term("vpn", "VPN", "Virtual private network: an encrypted tunnel into the company network."),
    Term("isp", "ISP", "Internet service provider: the company that connects you to the internet."),
    Term("depreciation", "depreciation", "Spreading the cost of an asset over the years it is used."),
    Term("standup", "standup", "A short daily team meeting about progress and blockers."),
    Term("sow", "SOW", "Statement of work: what a contractor must deliver.", aliases=["statement of work"]),
    Term("cfo", "CFO", "Chief financial officer."),
]

told = glossary_fixture("told", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("angel investors - my cousin is one apparently", "angel"),
    ("natural hedge — the cfo says our euro costs and euro sales are one", "hedge"),
    ("npv — the board turned the project down 'because npv is negative'", "npv"),  # the name quoted again
    ("wacc — our CFO used it three times in the budget meeting", "wacc"),  # someone used it
    ("strategic alliance. the vendor calls us one. we just pay them.", "alliance"),  # a sentence of its own
    ("strategic alliance: I saw it in the press release about the merger", "alliance"),
])
def test_a_heading_then_where_it_came_up_asks_what_it_is(told: Glossary, text: str, term: str) -> None:
    assert outcome(told, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "VPN — it is down again",  # the thing's state
    "load balancer — it went down twice this morning",
    "isp, is the outage over",
    "depreciation — thanks, that helped",  # thanks
    "standup — moved to 10am, standup room is B",  # news of the thing, one word, nobody said it
    "npv — moved to the appendix",
    "SOW. can you send me the latest one?",  # a copy asked for, not what it is
    "VPN — uses too much battery on my laptop",  # news of the thing, not of its name
    "VPN — using it from home now, works fine",
    "load balancer — that helped, thanks",  # thanks, wherever it stands
    "load balancer — moved to the new rack last night",  # news of the thing, its subject left out
    "strategic alliance — cancelled after the audit, sorry all",
    "the strategic alliance deck is on the drive",  # no heading: a statement
])
def test_a_heading_then_news_of_the_thing_is_not_answered(told: Glossary, text: str) -> None:
    assert outcome(told, text)[0] != "answer"


def test_a_run_of_dashes_before_a_question_is_read_in_bounded_time(told: Glossary) -> None:
    """The opening test is a regex over the message's start: a run of dashes must split one way only (a
    joiner allowed inside a word made 26 dashes take seconds, 40 never end)."""
    for text in ("-" * 40 + " what is NPV", "/" * 5_000 + " wacc", "a-" * 5_000 + " wacc?"):
        assert outcome(told, text)[0] in ("answer", "suggest", "unknown", "ambiguous")

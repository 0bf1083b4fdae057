"""Issue 13, over a real SQLite glossary: a term said alone as the message's first sentence ("EDI. ancient,
still used by our biggest customer. what is it"), or set apart by an arrow ("lean manufacturing -> what does
lean mean") or written with a second name ("revolver / revolving credit agreement -> ?"), is the heading a
later "what is it", "modern meaning?" or bare guess ("deck word or real?") asks about (glossary/heading.py,
glossary/scope.py). Left alone: a later sentence that asks about another term, a remark that names another
term before "it", a question about who, where or what someone does, and two entries either side of a slash."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("edi", "electronic data interchange (EDI)", "Exchanging business documents between computers."),
    Term("wacc", "weighted average cost of capital (WACC)", "What a company pays, on average, for its money."),
    Term("debenture", "debenture", "A bond backed by the issuer's credit rather than by collateral."),
    Term("empowerment", "empowerment", "Giving employees the authority to make decisions."),
    Term("succession", "succession planning", "Preparing people to fill key roles when they fall vacant."),
    Term("zta", "zero trust architecture", "Security that trusts no request by where it comes from."),
    Term("lean", "lean manufacturing", "Making products with as little waste as possible."),
    Term("revolver", "revolving credit agreement", "A credit line the borrower may draw, repay and draw again."),
    Term("km", "knowledge management (KM)", "Gathering and sharing what an organisation knows."),
    Term("gaap", "GAAP", "Generally accepted accounting principles."),
    Term("ifrs", "IFRS", "International financial reporting standards."),
    Term("pmo", "PMO", "Project management office."),
    Term("gantt", "Gantt chart", "A bar chart of a project's schedule."),
    Term("sow", "SOW", "Statement of work: what a contractor is to deliver."),
    Term("cfo", "CFO", "Chief financial officer."),
    Term("vpn", "VPN", "A private tunnel into the office network."),
    Term("fiscal", "fiscal policy", "Government spending and taxes used to steer the economy."),
    Term("monetary", "monetary policy", "A central bank's steering of money and interest rates."),
    Term("esg", "ESG", "Environmental, social and governance criteria."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("EDI. ancient, apparently still used by our biggest customer. what is it", "edi"),
    ("WACC. pronounced 'whack'. which fits. what is it", "wacc"),
    ("debenture. medieval-sounding word. modern meaning?", "debenture"),
    ("@glossarybot\ndebenture. medieval-sounding word. modern meaning?", "debenture"),
    ("empowerment. deck word or real?", "empowerment"),
    ("succession planning. bus factor for execs?", "succession"),
    ("zero trust architecture. every vendor sells 'zero trust'. what's the actual definition", "zta"),
    ("GAAP. yes I'm an accountant. no I can't define it on the spot. help", "gaap"),
    ("ESG. is this real or a brochure word", "esg"),
])
def test_a_term_said_alone_first_is_what_a_later_question_asks(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("lean manufacturing -> what does lean mean", "lean"),
    ("revolver / revolving credit agreement -> ?", "revolver"),
    ("knowledge management / KM — is it just a wiki nobody updates", "km"),
])
def test_an_arrow_or_a_second_name_sets_the_heading_apart(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_later_sentence_that_names_its_own_term_is_asked(glossary: Glossary) -> None:
    assert outcome(glossary, "GAAP. what is IFRS?") == ("answer", ["ifrs"])


def test_a_term_named_between_the_heading_and_it_leaves_the_heading_unanswered(glossary: Glossary) -> None:
    assert outcome(glossary, "Gantt chart. PMO wants one by friday. what is it exactly")[0] != "answer"


@pytest.mark.parametrize("text", [
    "SOW. can you send me the latest one?",
    "CFO. who is ours?",
    "VPN. it keeps dropping. any fix?",
])
def test_a_question_about_something_else_than_what_it_is_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_two_entries_either_side_of_a_slash_are_no_heading(glossary: Glossary) -> None:
    assert outcome(glossary, "fiscal policy / monetary policy -> who does which")[0] != "answer"

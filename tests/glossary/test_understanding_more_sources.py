"""Issue 13, over a real SQLite glossary: a bare acronym list added to a glossary (each entry "MAN",
aliased with its expansion) must not take over questions the glossary answered right before. A word inside
a longer name found in the message is not a short acronym on its own; an alias "TEG/TEP" names both; one
concept written by two sources is weighed once among the senses; a capital opening a sentence is no
acronym's casing; a word a longer name holds, typed again, points back to that name; a name last typed
opening a sentence is asked as itself; a sense of a term asked, named again elsewhere, is the same term;
a guessed plural ("COGS" as COGs) yields to a name whose initials it is; initials the asker spelled out
are read though another name of those initials has an acronym of its own."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome


def _bare(tid: str, short: str, name: str) -> Term:
    """An entry of a bare acronym list: the acronym, its expansion as alias and as definition."""
    return Term(tid, short, f"{name}.", aliases=[name], tags=["va", "acronym"])


TERMS = [
    Term("teg", "Technical evaluation group/panel", "The group that evaluates the technical portion of "
         "competitive proposals.", aliases=["TEG/TEP"]),
    _bare("va-tep", "TEP", "Training Event Package"),
    Term("tcpip", "Transmission Control Protocol/Internet Protocol", "The protocols the internet runs on.",
         aliases=["TCP/IP"]),
    _bare("va-ip", "IP", "Intellectual Property"),
    Term("mitm", "MITEM", "An attacker who secretly relays messages between two parties.",
         aliases=["Man-in-the-middle"]),
    _bare("va-man", "MAN", "Metropolitan Area Network"),
    _bare("va-who", "WHO", "World Health Organization"),
    Term("isso", "ISSO", "The person who keeps a system's security paperwork current.",
         aliases=["Information System Security Officer"]),
    Term("adr", "Architecture Decision Record", "A written record of choices made by people involved in the "
         "creation of software.", aliases=["ADR"]),
    _bare("va-adr", "ADR", "Architecture Decision Records"),
    _bare("va-adr-2", "ADR", "Adverse Drug Reaction"),
    Term("ada", "Anti-deficiency Act", "A law that forbids spending money before it is appropriated."),
    _bare("va-act", "ACT", "Acceptance and Commitment Therapy"),
    Term("loc", "line of credit", "An amount a bank agrees to lend on demand, up to a limit."),
    _bare("va-has", "HAS", "Home Access Service"),
    Term("integrity", "integrity", "Data is not changed without authorization."),
    _bare("va-pi", "PI", "Program Integrity"),
    _bare("va-payi", "PAYI", "Payment Integrity"),
    _bare("va-si", "SI", "System Integrity"),
    Term("ad", "AD", "Active Directory is a directory service for Windows domain networks.",
         aliases=["Active Directory"]),
    _bare("va-ad", "AD", "Active Directory"),
    _bare("va-ad-2", "AD", "Administrative Draft"),
    Term("cogs", "cost of goods sold", "The total expense of buying or producing a firm's goods."),
    _bare("va-cog", "COG", "Clinical Oversight Group"),
    _bare("va-cog-2", "COG", "Continuity of Government"),
    Term("loc2", "letter of credit", "A bank's promise to pay a seller on the buyer's behalf."),
    _bare("va-loc", "LOC", "Loss of Consciousness"),
]

sources = glossary_fixture("sources", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("man in the middle attack?", "mitm"),
    ("What is a man in the middle attack?", "mitm"),
    ("Could you explain what the TEP is? I have been nominated as a technical evaluator.", "teg"),
    ("what is a TEG?", "teg"),
    ("Who or what is an ISSO? It came up as a required role on our project staffing plan.", "isso"),
    ("The tech lead asked us to record the database decision in an ADR. What is an ADR?", "adr"),
    ("the contracting officer can't sign before funds land because of the Anti Deficiency Act. "
     "What is that act actually about?", "ada"),
    ('no commitments without funds - "Anti-Deficiency Act!"\n\ncan you explain me this act?', "ada"),
    ("reseller has a line of credit w their bank, what is that", "loc"),
    ("their security guy kept saying data integrity. integrity means what in infosec", "integrity"),
    ("will it sync w their AD? AD = active directory right, what is that", "ad"),
    ("Hi,\nfinance says support cost is now part of COGS.\nWhat is COGS and why does it matter for us?", "cogs"),
    ("what is COGS", "cogs"),
    ("intl customer offers a letter of credit. LC = ?", "loc2"),  # "loss of consciousness" has LOC of its own
])
def test_an_acronym_list_does_not_take_over(sources: Glossary, text: str, term: str) -> None:
    assert outcome(sources, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what is MAN in networking?", "va-man"),  # the acronym itself, set in a field
    ("what is IP?", "va-ip"),  # "TCP/IP" is one name, not TCP and IP
    ("what is WHO?", "va-who"),  # written as the acronym
    ("what is ACT?", "va-act"),
    ("what does HAS stand for?", "va-has"),
])
def test_the_acronyms_themselves_are_still_answered(sources: Glossary, text: str, term: str) -> None:
    assert outcome(sources, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what is COG?",  # no word points at one sense: every sense, never a guess
    "we logged it in the COG. what is COG?",
])
def test_senses_nothing_points_to_stay_open(sources: Glossary, text: str) -> None:
    status, ids = outcome(sources, text)
    assert status != "answer" and len(ids) > 1


@pytest.mark.parametrize("text", [
    "what is data integrity",  # a kind of integrity nobody defined: never integrity itself
    "integrity? I mean what is data integrity",  # the name last typed is the kind
])
def test_a_kind_nobody_defined_is_not_answered(sources: Glossary, text: str) -> None:
    assert outcome(sources, text)[0] not in ("answer", "ambiguous")

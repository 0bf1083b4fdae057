"""Issue 13, unknown12, over a real SQLite glossary: a term the message asks about plainly is answered, not
"I don't know": a number followed by a word of keeping to a rule names the rule ("508 compliance"), an acronym
sounded out after it ("OSHA — oh-sha") states no expansion, and an apology ends a name ("an ETF sorry")."""

from __future__ import annotations

import pytest

from glossary import asked_alone
from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("s508", ":508", "The federal regulation that requires government IT projects be accessible."),
    Term("osha", "Occupational Safety and Health Administration (OSHA)", "The agency that sets workplace safety "
         "rules."),
    Term("etf", "exchange traded fund (ETF)", "A fund whose shares trade on an exchange like a stock."),
    Term("sql", "SQL", "Structured Query Language."),
    Term("seo", "SEO", "Search engine optimization: making pages rank in search results."),
    Term("pdf", "PDF", "Portable Document Format."),
    Term("hubzone", "HUBZone", "An area within qualified census tracts or nonmetropolitan counties."),
    Term("business", "business", "An organization that strives for a profit by providing goods and services."),
    Term("hub", "HUB", "hub acts as a multi-port repeater"),
    Term("devops", "DevOps", "A way of working where development and operations share the work."),
    Term("dev", "Dev", "Short for developer."),
    Term("runtime", "runtime", "The software that runs a program."),
    Term("ping", "PING", "Packet Internet Grouper"),
    Term("eta", "ETA", "Estimated time of arrival."),
    Term("server", "server", "A computer that serves others over a network."),
]
unknown12 = glossary_fixture("unknown12", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is 508 compliance? the gov customer wants the dashboard export to be 508 compliant", "s508"),
    ("508 compliance what does that mean for a pdf i need to post", "s508"),
    ('what is 508 compliance? our public help page must be "508 compliant" says the ticket', "s508"),
    ("is our form 508 compliant? what does that even mean", "s508"),
    ("OSHA — oh-sha, what do they do", "osha"),
    ("WHAT IS AN ETF sorry caps lock", "etf"),
    ("what is an ETF sorry if this is basic", "etf"),
])
def test_the_term_asked_plainly_is_answered(unknown12: Glossary, text: str, term: str) -> None:
    assert outcome(unknown12, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "we shipped 508 units last month, is that compliant?",  # a count, then "compliant" of something else
    "room 508 compliance meeting moved",  # no question, a room
    "what is the 508 page limit for compliance docs",  # "508 page": a count of pages
])
def test_a_number_that_counts_is_left_alone(unknown12: Glossary, text: str) -> None:
    assert outcome(unknown12, text)[0] != "answer"


def test_a_real_expansion_still_decides(unknown12: Glossary) -> None:
    assert outcome(unknown12, "what is SEO, as in search engine optimization?") == ("answer", ["seo"])
    assert outcome(unknown12, "OSHA, the occupational safety and health administration?") == ("answer", ["osha"])
    assert outcome(unknown12, "SQL - structured query language?") == ("answer", ["sql"])
    assert outcome(unknown12, "what is SEO, as in sales engine orders?")[0] != "answer"  # an expansion no sense has


@pytest.mark.parametrize(("text", "terms"), [
    ("what is a hub zone?", ["hubzone"]),
    ("what is hub zone", ["hubzone"]),
    ("um what is dev ops comma sorry im on the ladder", ["devops"]),
    ("what's a container run time", ["runtime"]),  # no span split: the whole subject reads it, as before
])
def test_a_one_word_name_typed_as_two_words(unknown12: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(unknown12, text) == ("answer", terms)


@pytest.mark.parametrize("text", [
    "we set up a dev ops channel for the team",  # said in passing, nothing asked
    "the hub zone on the map is closed today",  # no question
])
def test_split_words_said_in_passing_are_not_answered(unknown12: Glossary, text: str) -> None:
    assert outcome(unknown12, text)[0] != "answer"


def test_the_part_alone_is_still_its_own_term(unknown12: Glossary) -> None:
    assert outcome(unknown12, "what is a hub") == ("answer", ["hub"])
    assert outcome(unknown12, "what does dev mean") == ("answer", ["dev"])


@pytest.mark.parametrize("text", [
    "what is ping, like when someone says 'can you ping the server'",
    "what is ping, as in the thing you do to a server?",
])
def test_an_everyday_acronym_likened_after_a_comma_is_asked(unknown12: Glossary, text: str) -> None:
    assert outcome(unknown12, text) == ("answer", ["ping"])


@pytest.mark.parametrize(("text", "at", "likens"), [
    ("what is ping, like when someone says 'ping the server'", 3, True),
    ("what is rest, as in sleep?", 3, True),
    ("what is ping like on the new server", 3, False),  # no comma: the sentence goes on
    ("what is ping, so we can test", 3, False),  # another word after the comma
])
def test_an_aside_likening_the_word_opens_after_a_comma(text: str, at: int, likens: bool) -> None:
    assert asked_alone.likened(scan(text), at) is likens


@pytest.mark.parametrize("text", [
    "can you ping the server, like right now",  # an action, nothing asked about the word
    "the eta, like the arrival time, slipped again",  # nothing asked
])
def test_an_everyday_acronym_said_in_passing_stays_refused(unknown12: Glossary, text: str) -> None:
    assert outcome(unknown12, text)[0] != "answer"

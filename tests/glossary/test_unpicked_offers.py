"""Issue 13, over a real SQLite glossary: a question that names a specific term no cue could pick ("whats a
NAS box", "what's a CVE number?") offers that term instead of "I don't know"; a question with nothing of
its own about a term named at the start of the message or before a pointing question offers that one.
Never an answer, and never an everyday word, a speaker, a denied name or a term beside another question."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("nas", "NAS", "Network attached storage: a file server on the local network."),
    Term("cve", "CVE", "Common Vulnerabilities and Exposures: a public list of known security flaws."),
    Term("cidr", "CIDR", "Classless inter-domain routing: a way to write address ranges."),
    Term("byod", "BYOD", "Bring your own device: staff use their own phones and laptops for work."),
    Term("coi", "COI", "Conflict of interest."),
    Term("pr", "procurement request", "A request to buy something, sent to the contracting office."),
    Term("mt", "multitenancy", "Several customers sharing one instance of software."),
    Term("dev", "dev", "A software developer."),
    Term("api", "API", "An interface programs use to talk to each other."),
    Term("hub", "hub", "A network device that repeats traffic to every port."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "unpicked", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("whats a NAS box", "nas"),
    ("what's a CVE number? the vendor sent a letter listing 3 of them", "cve"),
    ("what is a CIDR block like `10.0.0.0/16`", "cidr"),  # "CIDR notation" is answered: a notation is what it is
    ("the procurement request form in finance, what is it for and who approves", "pr"),
    ("BYOD policy... bring your own WHAT. device? what does it cover", "byod"),
])
def test_a_term_no_cue_picks_is_offered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("suggest", [term])


@pytest.mark.parametrize("text", [
    "the bank API returns a JWT token. what is a JWT?",  # the question names another thing
    "dev said just shh into the server. what is shh",  # the speaker, not what was said
    "who maintains the NAS box in the basement?",  # asks who, not what
    "we moved the NAS box to the basement",  # asks nothing
])
def test_nothing_is_offered_when_the_term_is_not_what_is_asked(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("unknown", [])


@pytest.mark.parametrize(("text", "term"), [
    ("COI — compliance wants every manager on the panel to fill in a form. what counts?", "coi"),
    ("multitenancy — sales asked if we're 'multi-tenant'. what's the textbook answer", "mt"),
])
def test_a_term_the_message_opens_on_is_read_as_asked(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_term_the_cues_pick_is_still_answered(glossary: Glossary) -> None:
    assert outcome(glossary, "what is a NAS?") == ("answer", ["nas"])
    assert outcome(glossary, "what is CIDR") == ("answer", ["cidr"])


@pytest.mark.parametrize("text", ["what is the API key", "what is an API gateway?", "our API key, what is it?"])
def test_a_longer_name_nobody_defined_is_only_offered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("suggest", ["api"])  # an API key is no API: never answered


TOPICS = [
    Term("bc", "blockchain technology", "A shared ledger of transactions that nobody can rewrite."),
    Term("coop", "Continuity of Operations Plan (COOP)", "How an agency keeps working through a disaster."),
    Term("smb", "SMB", "Server message block: a protocol for sharing files."),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines."),
]


@pytest.fixture(scope="module")
def topics(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "topics", TOPICS)


@pytest.mark.parametrize(("text", "term"), [
    ("blockchain. someone in sales said it. I need the boring textbook definition to shut this down", "bc"),
    ("kubernetes — what is it and how do you even pronounce it", "k8s"),
])
def test_the_topic_a_message_opens_on_is_read_as_asked(topics: Glossary, text: str, term: str) -> None:
    assert outcome(topics, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "SMB segment — sales means small/medium business right? not server message block lol",  # ruled out
    "blockchain. who approved the budget for it?",  # asks who
    "blockchain. we shipped the ledger feature today",  # asks nothing
])
def test_a_topic_is_not_answered_when_ruled_out_or_not_asked(topics: Glossary, text: str) -> None:
    assert outcome(topics, text)[0] not in ("answer", "ambiguous")

"""Issue 13, voice dictation over a real SQLite glossary: an acronym dictated letter by letter ("c s r"), as
letter names ("dee vee are"), with a digit said as a word ("x five oh nine") or a syllable kept whole ("d
dos") is read as the acronym, only when it spells exactly a name the glossary writes as one; single letters
of chat ("r u ok", "i m", "our i t", "the d m"), part of a run ("r f i d") and letters that are part of a
name as they stand ("p e ratio") are left alone (glossary/spoken_letters.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import spoken_letters
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("csr", "corporate social responsibility (CSR)", "A company's duties beyond profit."),
    Term("dvr", "DVR", "A box that records video to disk."),
    Term("api", "API", "How programs ask each other for things."),
    Term("api-gateway", "API gateway", "One front door for many APIs."),
    Term("ddos", "DDoS", "Flooding a service from many machines at once."),
    Term("vlan", "VLAN", "One physical network split into separate ones."),
    Term("x509", "X.509", "The standard format of public key certificates."),
    Term("cx", "CX", "Customer experience."),
    Term("ux", "UX", "User experience."),
    Term("ip", "IP", "Internet protocol."),
    Term("it", "IT", "Information technology."),
    Term("dm", "DM", "District manager."),
    Term("ru", "RU", "Rack unit."),
    Term("im", "IM", "Instant messaging."),
    Term("rfi", "RFI", "Request for information."),
    Term("qa", "quality assurance", "Checking work meets its standard.", aliases=["QA"]),
    Term("pe", "P/E ratio", "Share price over earnings per share."),
    Term("mfa", "MFA", "Signing in with a second proof besides the password."),
    Term("acl", "ACL", "A list of who may do what with a resource."),
    Term("pi", "PI", "Profitability index."),
    Term("tm", "T&M", "Time and materials: paying for hours worked and materials used."),
    Term("mpls", "MPLS", "A way of routing network traffic along set paths."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "spoken_letters", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is c s r", "csr"),
    ("right so what is c s r", "csr"),
    ("what does dee vee are stand for the box the cameras record to", "dvr"),
    ("the integration guy keeps saying the a p i is down what is an a p i", "api"),
    ("corporate said it was a d dos attack so um what is a d dos", "ddos"),
    ("customer wants the cameras on their own vee lan what is a vee lan exactly", "vlan"),
    ("what does x five oh nine mean", "x509"),
    ("what does c x mean the district manager keeps talking about c x", "cx"),
    ("so the vendor rep said it what is u x", "ux"),
    ("hey so dumb question what does i p actually mean", "ip"),
    ("IT called it em eff ay what does that stand for", "mfa"),
    ("hey so what is quality assurance q a", "qa"),
    ("what is a c l", "acl"),  # no article before "a", but "c l" spells nothing: the "a" is a letter
    ("what's a c l", "acl"),
    ("What does A C L mean", "acl"),
    ("a c l?", "acl"),
])
def test_a_dictated_acronym_is_read_as_the_acronym(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what is a p e ratio", "pe"),
    ("what is an a p i gateway", "api-gateway"),
    ("what is T&M pls", "tm"),  # a letter tied to a name by "&" is no dictated letter: no "T MPLS"
    ("explain T&M pls", "tm"),
])
def test_letters_that_are_part_of_a_name_as_they_stand_stay_that_name(glossary: Glossary, text: str,
                                                                      term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("r u ok", "ru"),
    ("i m not sure what to ask", "im"),
    ("our i t keeps saying zero trust, what is zero trust", "it"),
    ("what does year over year mean, the d m brought it up twice today", "dm"),
    ("what is r f i d on the new tags", "rfi"),
])
def test_chat_letters_and_part_of_a_run_are_never_an_answer(glossary: Glossary, text: str, term: str) -> None:
    status, ids = outcome(glossary, text)
    assert not (status == "answer" and ids == [term])


@pytest.mark.parametrize(("text", "said"), [
    ("see you are why", "see you are why"),  # letter names that are all English words
    ("can i a b test this", "can i a b test this"),  # "i" and "a" are words here
    ("we need a c l review", "we need a c l review"),  # not asked about: "a" stays a word
    ("plan a p i", "plan a p i"),
    ("what is T&M pls", "what is T&M pls"),  # a letter tied to a name by "&" is no dictated letter
    ("what is c s r", "what is CSR"),
    ("what is a d dos", "what is a DDoS"),
    ("what is an x five oh nine", "what is an X.509"),
])
def test_respell_writes_only_known_acronyms(glossary: Glossary, text: str, said: str) -> None:
    assert spoken_letters.respell(text, glossary.matcher) == said

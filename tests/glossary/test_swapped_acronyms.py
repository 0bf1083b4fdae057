"""Issue 13, typos over a real SQLite glossary: a short acronym typed in lower case with two neighbouring
letters swapped ("vnp" for VPN) is read as that acronym when it is the only one a swap away and the rest of
the message names a word of its definition ("a tmp chip"); otherwise it is offered, first ("what is vnp":
did you mean VPN?). A short word
read as typed ("tmp": TMP) is doubted when the message backs the acronym a swap away instead."""

from __future__ import annotations

import pytest

from glossary import swapped_acronyms
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("vpn", "VPN", "A virtual private network: an encrypted tunnel into the office network."),
    Term("cve", "CVE", "Common Vulnerabilities and Exposures: the public list of known vulnerabilities."),
    Term("smtp", "SMTP", "Simple Mail Transfer Protocol, how mail servers send email."),
    Term("tpm", "TPM", "Trusted Platform Module, a security chip on the motherboard."),
    Term("tmp", "TMP", "Temporary medical profile."),
    Term("rce", "RCE", "Remote code execution."),
    Term("fms", "FMS", "Flexible manufacturing system."),
    Term("dns", "DNS", "Domain Name System."),
    Term("sdn", "SDN", "Software-defined networking."),
    Term("soc", "SOC", "Security operations center."),
    Term("osc", "OSC", "Office of strategic communications, the team that writes press releases."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is smpt", "smtp"),
    ("what does the SOC team do, soc like the sock?", "soc"),  # "team" is too common to back OSC
    ("what is TMP", "tmp"),
    ("what is tmp", "tmp"),
])
def test_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what is vnp", "whats cev?"])
def test_a_bare_swap_is_offered_first(glossary: Glossary, text: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and ids[:1] == [{"what is vnp": "vpn", "whats cev?": "cve"}[text]]


@pytest.mark.parametrize(("text", "offered"), [
    ("what is mfs? it keeps asking me for a code", "fms"),  # the rest of the message does not back FMS
    ("what is dsn", "dns"),  # DNS and SDN are both a swap away
    ("whats a bank rec? first month doing it", "rce"),  # a clipped word, not an acronym
])
def test_only_offered(glossary: Glossary, text: str, offered: str) -> None:
    status, ids = outcome(glossary, text)
    assert status not in ("answer", "ambiguous")
    assert offered in ids or status == "unknown"


def test_read_as_typed_doubted(glossary: Glossary) -> None:
    """A chip backs TPM, a swap away, and not TMP as typed: both offered, TPM first."""
    assert outcome(glossary, "laptop refresh needs a tmp chip? whats that") == ("suggest", ["tpm", "tmp"])


@pytest.mark.parametrize("text", ["what is hte", "what is form", "what is the"])
def test_english_words_left_alone(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_swaps() -> None:
    assert swapped_acronyms.swaps("vnp") == ["nvp", "vpn"]
    assert swapped_acronyms.swaps("ssl") == ["sls"]  # swapping the two s changes nothing
    assert not swapped_acronyms.typed_short("VNP")  # written as an acronym: not a lower-case slip
    assert not swapped_acronyms.typed_short("form")

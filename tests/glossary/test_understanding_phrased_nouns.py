"""A name followed by an everyday noun the glossary's own definition puts after it ("MAC address":
"Network interface MAC address", "X.509 certificate"), or joined to it by a hyphen ("DMZ-Zone"), asks
about the term, over a real SQLite glossary (glossary/classifiers.py); a noun the definition never puts
after the name, or one the glossary defines on its own, still makes a longer name nobody defined."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("mac-1", "MAC", "Mandatory Access Control", aliases=["Mandatory Access Control"]),
    Term("mac-2", "MAC", "Network interface MAC address", aliases=["Media Access Control"]),
    Term("x509", "X.509", "An ITU standard for the format of public key certificates. X.509 certificates are "
         "used in many Internet protocols."),
    Term("dmz", "DMZ", "A subnetwork that exposes external-facing services to the Internet.",
         aliases=["DeMilitarized Zone"]),
    Term("api", "API", "A way for programs to talk to each other."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization. EBITDA margin "
         "divides it by revenue."),
    Term("margin", "margin", "Revenue left after costs, as a share of revenue."),
    Term("cac", "CAC", "Customer acquisition cost", aliases=["Customer acquisition cost"]),
    Term("soc2", "SOC 2", "An auditing procedure that checks how a service provider manages customer data."),
    Term("hpc", "HPC", "High Performance Computing", aliases=["High Performance Computing"]),
]

phrased = glossary_fixture("phrased", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is a MAC address", "mac-2"),  # the sense whose definition says "MAC address"
    ("they whitelist by MAC address. what is a MAC address", "mac-2"),
    ("MAC address?", "mac-2"),
    ("what is an X.509 certificate", "x509"),  # "X.509 certificates are used ...": any number
    ("`X.509` certificate — what is that?", "x509"),
    ("What is a DMZ-Zone in the network?", "dmz"),  # the name says "Zone", joined by a hyphen
])
def test_the_definitions_own_phrase_is_the_term(phrased: Glossary, text: str, term_id: str) -> None:
    assert outcome(phrased, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("EBITDA margin?", "ebitda"),  # "margin" is an entry of its own: a concept, not a kind
    ("what is an EBITDA margin", "ebitda"),
    ("what is a MAC filter", "mac-2"),  # no definition puts "filter" after MAC
    ("LTV to CAC ratio, what is it", "cac"),  # the glossary never speaks of a CAC ratio
    ("SOC 2 report?", "soc2"),
    ("hpc workloads keep growing", "hpc"),  # spelt out only, and asked nothing: "workloads" is no kind it gives
    ("what is a MAC-filter", "mac-2"),
    ("API key?", "api"),  # the definition never speaks of an API key
])
def test_a_noun_the_definition_does_not_put_after_the_name_is_another_concept(
        phrased: Glossary, text: str, term_id: str) -> None:
    status, ids = outcome(phrased, text)
    assert not (status in ("answer", "ambiguous", "compare") and term_id in ids)


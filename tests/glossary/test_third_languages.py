"""Issue 13, over a real SQLite glossary: Tamil and Greek in Latin letters, Malay, and more of Quebec French
(glossary/third_languages.py): what each asks, and their who/when/where, which ask no meaning; and, in any language, the
asker's guess after "what is X?" ("is it a type of Y?"), which asks about X, not how X and Y differ."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("vlan", "VLAN", "A network split off from others on the same switches."),
    Term("hypervisor", "hypervisor", "Software that runs several virtual machines on one computer."),
    Term("nat", "NAT", "Network address translation: many devices sharing one public address."),
    Term("gdpr", "GDPR", "The EU law on how personal data may be collected and used."),
    Term("hids", "HIDS", "Host intrusion detection: watches one machine for attacks."),
    Term("nids", "NIDS", "Network intrusion detection: watches network traffic for attacks."),
    Term("sre", "SRE", "Site reliability engineering: running services with software engineering methods."),
    Term("fqdn", "FQDN", "Fully qualified domain name: a host's complete name on the internet."),
    Term("dhcp", "DHCP", "The service that hands out network addresses to devices as they join."),
    Term("wacc", "WACC", "Weighted average cost of capital: what a company pays for its money, on average."),
    Term("cash-basis", "cash basis", "Recording income and costs only when money moves."),
    Term("accrual-basis", "accrual basis", "Recording income and costs when earned or owed, not when paid."),
    Term("api", "API", "An interface programs use to talk to each other."),
]

third = glossary_fixture("third", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("VLAN na enna da? network team solraanga", "vlan"),
    ("hypervisor enna pannum", "hypervisor"),
    ("NAT pathi konjam explain pannu, VPC design la varudhu", "nat"),
    ("GDPR ennanu sollu, EU client ku", "gdpr"),
    ("SRE na enna full form", "sre"),
    ("VLAN-ku meaning enna", "vlan"),
    ("WACC ti einai? o CFO to lei sinexeia", "wacc"),
    ("ti simainei WACC akrivos?", "wacc"),
    ("FQDN ça veut dire quoi déjà?", "fqdn"),
    ("dhcp ça fait quoi au juste?", "dhcp"),
    ("le FQDN, c'est quoi exactement", "fqdn"),
    ("FQDN ni apa benda? nampak dalam config", "fqdn"),  # Malay
])
def test_a_question_in_tamil_greek_or_quebec_french_is_read(third: Glossary, text: str, expected: str) -> None:
    assert outcome(third, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("HIDS um NIDS um enna vithiyasam?", ["hids", "nids"]),
    ("cash basis kai accrual basis: poia i diafora?", ["cash-basis", "accrual-basis"]),
    ("HIDS dengan NIDS apa beza?", ["hids", "nids"]),
])
def test_a_comparison_in_tamil_or_greek_compares(third: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(third, text) == ("compare", expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is a VLAN? is it a type of network?", "vlan"),
    ("sorry, what's NAT? is it basically a firewall? probably not", "nat"),
])
def test_a_guess_after_what_is_x_is_about_x(third: Glossary, text: str, expected: str) -> None:
    """The asker's guess at its kind after the question ("is it a type of Y?", "is it basically Y?") describes the term
    asked; "is it the same as Y?" and "how does it differ from Y" compare."""
    assert outcome(third, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "API down aagiduchu, yaaru on-call?",  # who
    "to WACC report pou einai?",  # where
    "MFA sab ke account pe enable kar do yaar",  # Hindi "yaar" is a friend, no Tamil "who"
    "Pou einai to WACC report?",  # where, capitalised to open the message
    "VLAN la problem enna?",  # what the problem is, not what a VLAN is
    "GDPR target enna?",
    "the new data center is in Enna.",  # a town
    "le VLAN ça fait quoi depuis ce matin",  # what it has been doing
])
def test_who_and_where_ask_no_meaning(third: Glossary, text: str) -> None:
    assert outcome(third, text)[0] not in ("answer", "ambiguous", "compare")

"""Issue 13, over a real SQLite glossary: Tamil and Greek in Latin letters, Malay, Cebuano, and more of Quebec French
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
    Term("trade-credit", "trade credit", "Buying now and paying the supplier later, on agreed terms."),
    Term("current-ratio", "current ratio", "Current assets divided by current liabilities: can the bills be paid."),
    Term("change-order", "change order", "A signed change to the work or price of a contract already agreed."),
    Term("sow", "SOW", "Statement of work: what a supplier will deliver, and when."),
    Term("pws", "PWS", "Performance work statement: the results a contract asks for, not how to reach them."),
    Term("annuity", "annuity", "A series of equal payments at regular intervals."),
    Term("term-loan", "term loan", "A loan repaid in instalments over a fixed period."),
    Term("sss", "SSS", "Social Security System: the Philippine state pension and benefits fund."),
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
    # Cebuano, with Tagalog's "po": "unsa" (what) is no typo of an acronym
    ("unsa ni 'trade credit' po? gi mention ni ma'am sa meeting ganiha", "trade-credit"),
    ("Hello po, pwede pa explain unsa ang trade credit? kanang 2/10 net 30 ba na?", "trade-credit"),
    ("pwede ko mangutana po unsa ang current ratio. gipangita sa bangko daw", "current-ratio"),
    ("change order po unsa meaning sa contract", "change-order"),
    ("annuity po unsa na?", "annuity"),
    ("Unsay pasabot sa PWS po?", "pws"),
    ("gi ingon sa akong kauban 'SOW lang sa email' unsa diay SOW po", "sow"),
    ("Nangayo ang supplier og trade credit daw.\nUnsa man na po? first time nako ani", "trade-credit"),
])
def test_a_question_in_tamil_greek_or_quebec_french_is_read(third: Glossary, text: str, expected: str) -> None:
    assert outcome(third, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("HIDS um NIDS um enna vithiyasam?", ["hids", "nids"]),
    ("cash basis kai accrual basis: poia i diafora?", ["cash-basis", "accrual-basis"]),
    ("HIDS dengan NIDS apa beza?", ["hids", "nids"]),
    ("Unsa ang difference sa SOW ug PWS po?", ["sow", "pws"]),  # Cebuano
    ("SOW ug PWS po, pareha ra ba? duha man ang attachment sa contract", ["sow", "pws"]),
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
    "SSS ug PhilHealth po, kanus-a ang deadline sa remittance?",  # Cebuano: when
    "kinsa ang nag-approve sa change order po?",  # who
])
def test_who_and_where_ask_no_meaning(third: Glossary, text: str) -> None:
    assert outcome(third, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("unsa ang annuity po?", "annuity"),
    ("unya ang term loan po? 😅", "term-loan"),  # "and X?"
    ("annuity pud po?", "annuity"),  # "X too?"
])
def test_a_cebuano_follow_up_or_short_question_is_read(third: Glossary, text: str, expected: str) -> None:
    """Cebuano asks "unsa ang X?" (what is X), "unya ang X?" (and X?) and "X pud?" (X too?): the term, answered."""
    assert outcome(third, text) == ("answer", [expected])

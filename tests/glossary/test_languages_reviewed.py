"""Issue 13, over a real SQLite glossary: the ways speakers really ask, from the reviews of every listed language's
words (glossary/world_words_more.json), Maghrebi Darija (glossary/maghrebi_phrases.py), more Russian and Malay, a
follow-up opened by any language's "and", and the readings that kept other languages' words from being read as
acronyms ("he'ise", "chto", "kuwi opo")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary import common_words, foreign_words, world_asks
from glossary.models import Term
from glossary.service import Glossary
from glossary.typo_rules import lower_acronym_typo
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("mtbf", "MTBF", "Mean time between failures: how long a system runs, on average, before it breaks."),
    Term("uefi", "UEFI", "Unified Extensible Firmware Interface: the firmware that starts a computer."),
    Term("rfi", "RFI", "Request for information: a buyer's question to the market before a tender."),
    Term("tcp", "TCP", "Transmission Control Protocol: delivers data in order, resending what is lost."),
    Term("udp", "UDP", "User Datagram Protocol: sends data without checking that it arrived."),
    Term("oauth", "OAuth", "A standard that lets one service act for a user on another without the password."),
    Term("tariff", "tariff", "A tax on goods brought into a country."),
    Term("import-quota", "import quota", "A limit on how much of a good may be brought into a country."),
    Term("ytm", "YTM", "Yield to maturity: the return on a bond held until it is repaid."),
    Term("ise", "ISE", "Identity Services Engine: a network access control product."),
    Term("chco", "CHCO", "Chief Human Capital Officer: the head of an agency's people function."),
    Term("countertrade", "countertrade", "Paying for goods with other goods instead of money."),
    Term("dlp", "DLP", "Data loss prevention: tools that stop sensitive data leaving the company."),
    Term("opo", "OPO", "Office of Procurement Operations."),
    Term("kerberos", "Kerberos", "A network login protocol that proves identity with tickets."),
    Term("ssi", "SSI", "Sensitive security information: records a regulator says must not be disclosed."),
    Term("e-procurement", "e-procurement", "Buying goods and services through an online system."),
]

reviewed = glossary_fixture("reviewed", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("chno kat3ni RFI?", "rfi"),  # Moroccan Darija: what does RFI mean
    ("UEFI chno howa? bios jdid?", "uefi"),
    ("salam khoya, chno hiya RFI? l'client sift lina wa7ed", "rfi"),
    ("UEFI eto chto?", "uefi"),  # Russian, after the name
    ("chto za OAuth? razrabotchiki hotyat ego", "oauth"),
    ("v kontrakte napisano RFI, a kak eto rasshifrovyvaetsya?", "rfi"),
    ("OAuth ni apa ye?", "oauth"),  # Malay
    ("apa tu countertrade? bos sebut masa meeting", "countertrade"),
    ("countertrade bul ne?", "countertrade"),  # Kazakh, from the review
    ("und SLA?", "sla"),  # a follow-up opened by another language's "and"
    ("ok und SLA?", "sla"),
    ("ssi mhanje kay?", "ssi"),  # a name before the words that ask is no particle
    ("ug ang MTBF?", "mtbf"),  # Cebuano, with its article
    ("e o MTBF?", "mtbf"),  # Portuguese
    ("w UEFI?", "uefi"),  # Darija
])
def test_asked_in_their_words_is_answered(reviewed: Glossary, text: str, expected: str) -> None:
    assert outcome(reviewed, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("tariff w import quota chno lfar9", ["tariff", "import-quota"]),  # Darija
    ("chno lfar9 bin tariff w import quota?", ["tariff", "import-quota"]),
    ("chem otlichaetsya TCP ot UDP?", ["tcp", "udp"]),  # Russian
    ("beza TCP dgn UDP apa?", ["tcp", "udp"]),  # Malay
])
def test_compared_in_their_words_compares(reviewed: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(reviewed, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "chkoun howa owner dyal SLA?",  # Darija: who owns it
    "ch7al SLA dyalna?",  # how much
    "SLA tu down ke?",  # Malay: is it down
    "und das SLA ist kaputt",  # German "and" opening a statement
    "y SLA?",  # "why SLA?", never Spanish "and"
    "et le SLA, il expire quand?",  # "and the SLA, when does it expire?": more than a follow-up
    "é o SLA?",  # Portuguese "is", not "and"
    "Kim ssi SLA mwoya?",  # Korean: an honorific, no SSI
])
def test_other_things_said_in_them_are_not_answered(reviewed: Glossary, text: str) -> None:
    assert outcome(reviewed, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_word_prefix_typed_apart_is_no_follow_up(reviewed: Glossary) -> None:
    """"e procurement": the prefix of e-procurement typed apart, not Italian "and"."""
    assert outcome(reviewed, "e procurement ba lel") == ("answer", ["e-procurement"])


def test_no_acronym_is_read_inside_another_languages_words(reviewed: Glossary) -> None:
    """Guarani "mba'épa he'ise?" (what does it mean) holds no ISE, though an article elided before an acronym ("l'sla")
    leaves it one; Javanese "kuwi opo" (what is that) no OPO; Russian
    "chto" is no CHCO mistyped, though "chco?" is CHCO and "slq?" a slip of SLA (q beside a on the keyboard)."""
    assert outcome(reviewed, "YTM mba'épa he'ise?")[1][:1] == ["ytm"]
    assert "ise" not in outcome(reviewed, "net income mba'épa he'ise? utilidad neta piko")[1]
    assert outcome(reviewed, "c'est quoi la diff entre l'sla et le tcp?") == ("compare", ["sla", "tcp"])
    assert outcome(reviewed, "lha Kerberos kuwi opo?") == ("suggest", ["kerberos"])
    assert outcome(reviewed, "opo?") == ("answer", ["opo"])
    assert "chco" not in outcome(reviewed, "UEFI eto chto?")[1] + outcome(reviewed, "chto")[1]
    assert outcome(reviewed, "chco?") == ("answer", ["chco"])
    assert lower_acronym_typo("slq", "sla", asked=True) and not lower_acronym_typo("chto", "chco", asked=True)


DATA = json.loads(Path(world_asks.__file__).with_name("world_words_more.json").read_text(encoding="utf-8"))
KNOWN = foreign_words.WORDS.union(*(language.marks for language in foreign_words.LANGUAGES))


def test_the_reviewed_words_keep_the_lists_rules() -> None:
    """Each added word is folded; a single added word that asks, joins or asks something else is no English or chat
    word and none of a language with a table; no added particle is a word of two letters."""
    assert set(DATA) <= set(world_asks.LANGUAGES)
    for language, added in DATA.items():
        for field, value in added.items():
            if field == "remove":
                continue
            entries = value if isinstance(value, list) else value.split()
            assert all(w.isascii() and w.isalpha() and w.islower() for e in entries for w in e.split()), language
            single = [e for e in entries if " " not in e]
            if field in ("cues", "explain", "joins", "elsewhere"):
                assert not [w for w in single if common_words.is_common(w, 50_000) or common_words.is_chat(w)
                            or w in KNOWN], (language, field)
            if field in ("particles", "pronouns"):
                assert all(len(w) > 2 for w in single), (language, field)

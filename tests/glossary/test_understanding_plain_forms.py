"""Issue 13: a name that opens on a gerund is found said with the plain verb ("compound interest" for
compounding interest), only where no entry is written with that name; a chat filler or interjection after
a term ends its phrase ("junk bonds lmao what are those", "compound interest um ...") as "lol" does."""

from __future__ import annotations

import pytest

from glossary.common_words import plain_verb_form
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("compounding", "compounding interest", "Interest earned on earlier interest as well as on the sum."),
    Term("mtm", "marking to market", "Valuing a holding at today's market price rather than what was paid."),
    Term("carrying", "carrying costs", "What it costs to hold stock: storage, insurance, money tied up."),
    Term("pricing", "pricing strategy", "How a company sets prices to meet its goals."),
    Term("price", "price strategy", "A separate, hand-written entry with the plain name."),
    Term("junk", "junk bonds", "Bonds with a low credit rating that pay high interest for the risk."),
    Term("ctf", "CTF", "Capture the flag: a security contest where teams find hidden flags in systems."),
    Term("financing", "financing activities", "Cash flows from borrowing, repaying and raising equity."),
]

plain = glossary_fixture("plain", TERMS)


@pytest.mark.parametrize(("name", "form"), [
    ("compounding interest", "compound interest"),
    ("marking to market", "mark to market"),
    ("pricing strategy", "price strategy"),  # the "e" back
    ("shopping products", "shop products"),  # undoubled
    ("rating agencies", "rate agencies"),  # "rate" before "rat": one vowel, one consonant
    ("selling price", "sell price"),  # "ll" kept
    ("morning standup", None),  # a noun in -ing
    ("marketing", None),  # one word: marketing is not market
    ("string theory", None),  # no gerund
])
def test_the_plain_verb_form_of_a_name(name: str, form: str | None) -> None:
    assert plain_verb_form(name) == form


@pytest.mark.parametrize(("text", "term"), [
    ("compound interest meaning", "compounding"),
    ("mark to market = revalue it at today's price every day?", "mtm"),
    ("what are carry costs", "carrying"),
    ("what is price strategy", "price"),  # an entry written with the plain name keeps it
    ("junk bonds lmao what are those", "junk"),  # an interjection ends the phrase
    ("team is doing a ctf friday?? what is a ctf lowkey nervous", "ctf"),
    ("what is compound interest um compounding interest", "compounding"),  # a filler too
])
def test_plain_forms_and_fillers_are_read(plain: Glossary, text: str, term: str) -> None:
    assert outcome(plain, text) == ("answer", [term])


def test_the_plain_verb_is_not_the_name_alone(plain: Glossary) -> None:
    assert outcome(plain, "the procurement form in finance, who approves it?")[0] != "answer"

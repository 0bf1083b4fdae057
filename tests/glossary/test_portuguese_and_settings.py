"""Issue 13, over a real SQLite glossary: Portuguese as Brazil, Portugal and Mozambique type it at work
(glossary/portuguese_phrases.py), a field named after "means what in" that is never the subject, a Spanish or Tamil
word opening the question, and acronyms dictated by Portuguese letter names."""

from __future__ import annotations

import pytest

from glossary import scaffold_typos
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ffp", "firm fixed price contract", "A contract whose price does not change with the seller's costs.",
         aliases=["FFP"]),
    Term("split-awards", "split awards", "One purchase shared among several sellers instead of one."),
    Term("igce", "IGCE", "Independent government cost estimate: the buyer's own figure for what the work should cost."),
    Term("esg", "ESG", "Environmental, social and governance: how a firm's conduct is judged beyond its profit."),
    Term("cash-budget", "cash budget", "A plan of the money coming in and going out, month by month."),
    Term("mercosur", "Mercosur", "A trade bloc of South American countries with a shared outside tariff."),
    Term("dhcp", "DHCP", "The service that hands out network addresses to devices as they join."),
    Term("secured-loan", "secured loan", "A loan backed by an asset the lender may take if it is not repaid."),
    Term("unsecured-loan", "unsecured loan", "A loan backed only by the borrower's promise to repay."),
    Term("utc", "UTC", "Coordinated Universal Time: the clock every time zone is counted from."),
    Term("ntlm", "NTLM", "An older Windows sign-in protocol that proves a password without sending it."),
    Term("gcm", "GCM", "Galois/Counter Mode: running a block cipher so it also checks the data was not changed."),
    Term("aes", "AES", "Advanced Encryption Standard: the common cipher for scrambling stored and sent data."),
    Term("agile", "Agile", "Building software in short steps, checking with users after each one."),
    Term("sku", "SKU", "Stock keeping unit: the code a shop gives each product it sells."),
    Term("pos", "POS", "Point of sale: where and how a customer pays."),
    Term("opc", "OPC", "Open Platform Communications: a standard for machines on a factory floor to exchange data."),
    Term("opo", "OPO", "Organ procurement organization: the body that arranges organ donation in a region."),
    Term("balance-of-trade", "balance of trade", "What a country sells abroad minus what it buys from abroad."),
    Term("lsass", "LSASS", "The Windows process that checks sign-ins and holds their secrets in memory."),
    Term("retailers", "retailers", "Firms that sell goods to the people who use them, not to other sellers."),
    Term("containers", "Containers", "A packaged program with everything it needs to run, sharing the host's system."),
    Term("virtualization", "Virtualization", "Running many imitated computers on one real one."),
    Term("virtual-machine", "Virtual Machine", "A virtual machine (VM) is a whole computer imitated in software."),
    Term("piv", "PIV", "Personal Identity Verification", aliases=["Personal Identity Verification"]),
    Term("gfe", "GFE", "Short for Government-furnished equipment.", aliases=["Government-furnished equipment"]),
    Term("blanket-purchase-agreement", "blanket purchase agreement",
         "A standing deal to buy from a seller at set terms whenever the need comes up."),
]

portuguese = glossary_fixture("portuguese", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("FFP — qual é a definição formal?", "ffp"),  # formal Portuguese, after the name
    ("Que são split awards?", "split-awards"),  # "o que são" without its "o"
    ("Que signifca IGCE? Aparece no checklist do doador.", "igce"),  # a verb of meaning mistyped
    ("Os novos critérios de sustentabilidade falam em ESG. Que significa a sigla?", "esg"),  # the acronym said before
    ("Pedem-nos um cash budget. Em que consiste?", "cash-budget"),
    ("Os fornecedores do Brasil mencionam o Mercosur. Que acordo é esse?", "mercosur"),  # what kind of thing it is
    ("Gostaria de compreender o conceito de split awards.", "split-awards"),  # a request, not a question
    ("Agradeço esclarecimento sobre o IGCE.", "igce"),
    ("dhcp faz o quê mesmo? esqueci total", "dhcp"),  # Brazilian chat, asked after the name
    ("utc é o que exatamente? os timestamps do log tão em utc", "utc"),
    ("ntlm é oque", "ntlm"),
    ("o modo GCM do AES é o que? a lib pede AES/GCM/NoPadding", "gcm"),  # the GCM of AES, head first
    ("Um blanket purchase agreement é semelhante a um acordo-quadro? Gostaria de perceber o conceito.",
     "blanket-purchase-agreement"),
    ("Na avaliação fala-se muito em 'split awards'. Qual é a definição?", "split-awards"),  # no "defineção" repair
    ("qual é o IGCE?", "igce"),  # "qual é" opening the question
    ("¿cuál es el ESG?", "esg"),
])
def test_a_question_in_portuguese_is_read(portuguese: Glossary, text: str, expected: str) -> None:
    assert outcome(portuguese, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("Secured loans e unsecured loans: diferença?", ["secured-loan", "unsecured-loan"]),
    ("Secured loan e unsecured loan são equivalentes?", ["secured-loan", "unsecured-loan"]),
    ("Secured loan versus unsecured loan: em que diferem?", ["secured-loan", "unsecured-loan"]),
    ("Containers vs virtual machines: what is the difference from an isolation perspective?",
     ["containers", "virtual-machine"]),  # an everyday word set against a name is a name too
])
def test_a_comparison_in_portuguese_compares(portuguese: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(portuguese, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "qual o link do confluence de onboarding?",  # "qual" is no slip of a name
    "Qual é a taxa de câmbio do dólar hoje?",
    "velocity means what in agile?",  # Agile is where the word is used, not what is asked
    "'ship it' means what in agile? just deploy?",
    "blah blah means what in agile?",
    "enna status of INC0012345? user calling again and again",
    "enna bro ithu ok va?",  # Tamil "enna" as an exclamation: no name after it
    "qué significa 'burndown' en agile?",  # Spanish "en" after a verb of meaning sets the field too
    "Agradeço o esclarecimento sobre o IGCE, ficou claríssimo!",  # thanks for the explanation given
    "GFE laptop means I can't install docker?",  # "means" saying what follows, not asking
    "what is the ESG that we use this year",  # a relative clause of ours: a value
    "o que é o pê cê i dê esse esse?",  # the article is no letter where letter names go on after
    "the qual a vendor needs for the ESG",  # English "qual" (qualify) is no Portuguese "qual"
    "qual as many vendors as you can for the ESG",
    "I'll qual the vendor, qual o IGCE later",
    "cuál es la virtualización que usamos?",  # "que usamos": ours, a value (glossary/instances.py)
])
def test_a_setting_or_a_question_word_is_never_answered(portuguese: Glossary, text: str) -> None:
    assert outcome(portuguese, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("Oye balance of trade que es", "balance-of-trade"),  # Spanish "hey", capitalised to open the message
    ("enna da LSASS? defender alert la varudhu for lsass.exe", "lsass"),  # Tamil "what" opening a short question
    ("oi gente, o que é um esse cá u?", "sku"),  # Portuguese letter names: S, K, U
    ("o que é o pê o esse", "pos"),  # POS after the article, not OPO through it
    ("oye y qué es un retailer en la definición del libro", "retailers"),  # a name's word in either number: English
    # a noun saying an acronym's kind, then the words that ask, as before it ("what is a GFE laptop?")
    ("PIV card what is? client is sending PIV cards for our onsite team", "piv"),
    ("GFE laptop means? client providing GFE", "gfe"),
])
def test_an_opening_word_or_dictated_letters_are_read(portuguese: Glossary, text: str, expected: str) -> None:
    assert outcome(portuguese, text) == ("answer", [expected])


def test_a_question_word_is_mended_only_as_a_whole_word() -> None:
    """The repair of mistyped question words reads whole words: "definição" keeps its letters (not "defineção")."""
    assert scaffold_typos.repair("Qual é a definição?") == "Qual é a definição?"
    assert scaffold_typos.repair("what is the defintion of X") == "what is the definition of X"

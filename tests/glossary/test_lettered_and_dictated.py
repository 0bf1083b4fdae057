"""Issue 13, over a real SQLite glossary: acronyms dictated by the names of their letters in Spanish or Portuguese
(glossary/lettered.py), questions dictated with no marks at all, "I don't know what it means" in Spanish, and a few
general readings (an instance asked with no article, a sense's manner, Vietnamese "khác gì")."""

from __future__ import annotations

import pytest

from glossary import lettered
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cpa", "CPA", "Certified public accountant: an accountant licensed to sign off audits."),
    Term("irr", "IRR", "Internal rate of return: the yearly return at which a project's cash flows break even."),
    Term("okr", "OKR", "Objectives and key results: a goal with the measurable results that show it was met."),
    Term("wip", "WIP", "Work in progress: items started and not yet finished."),
    Term("gdpr", "GDPR", "The EU law on how personal data may be collected and used."),
    Term("ssl", "SSL", "The older protocol for encrypting traffic between a browser and a site."),
    Term("ad", "AD", "Active Directory: the Windows service that holds users, groups and computers."),
    Term("cogs", "COGS", "Cost of goods sold: what the items sold cost to make or buy."),
    Term("isso", "ISSO", "Information system security officer: the person who keeps one system's security."),
    Term("erp", "ERP", "Enterprise resource planning: one system for finance, stock, buying and payroll."),
    Term("segmentation", "market segmentation", "Splitting customers into groups that buy for different reasons."),
    Term("horizontal", "horizontal merger", "Two companies doing the same business joining."),
    Term("vertical", "vertical merger", "A company joining its supplier or its customer."),
    Term("gantt", "Gantt chart", "A bar chart of a project's tasks laid out against the calendar."),
    Term("ir", "IR", "Investor relations: the team that talks to shareholders and analysts."),
    Term("po", "PO", "Purchase order: the buyer's written order that a supplier invoices against."),
    Term("wacc", "WACC", "Weighted average cost of capital: what a company pays for its money, on average."),
    Term("seo", "SEO", "Search engine optimisation: making pages easy for search engines to find and rank."),
    Term("hedging", "hedging", "Taking a second position that loses when the first one gains, to limit risk."),
    Term("monetary", "monetary policy", "What a central bank does with interest rates and money supply."),
    Term("cluster", "cluster", "A group of machines run together as one system."),
    Term("nsa", "NSA", "National Security Agency: the US signals intelligence agency."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
]

spoken = glossary_fixture("spoken", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("qué es un ce pe a en estados unidos", "cpa"),  # Spanish letter names, dictated
    ("y la i erre erre de ese mismo proyecto qué significa", "irr"),  # "de ese": no letters, Spanish words
    ("el gerente quiere poner o ka erres para cada sede eso qué es", "okr"),  # a plural
    ("qué significa doble ve i pe en el tablero de proyectos", "wip"),
    ("qué es ge de pe erre porque vamos a recibir turistas europeos", "gdpr"),
    ("o candado da página é o ese ese ele, o que é isso?", "ssl"),
])
def test_an_acronym_dictated_by_its_letter_names_is_read(spoken: Glossary, text: str, expected: str) -> None:
    assert outcome(spoken, text) == ("answer", [expected])


def test_letter_names_that_are_everyday_words_spell_nothing() -> None:
    """"de", "a", "e", "o", "te", "ese" are Spanish words: a run of them alone is never an acronym, a run spells an
    acronym only where the glossary holds it, and only in a message in Spanish or Portuguese."""
    acronyms = {"ad", "cpa", "irr"}.__contains__
    assert lettered.spelled("qué es lo que mandé a de ese", acronyms) == "qué es lo que mandé a de ese"
    assert lettered.spelled("qué es la i erre erre de ese proyecto", acronyms) == "qué es la IRR de ese proyecto"
    assert lettered.spelled("qué es un ce pe e en el banco", acronyms) == "qué es un ce pe e en el banco"  # no CPE
    assert lettered.spelled("la consultora habla de ce pe a qué es", acronyms) \
        == "la consultora habla de CPA qué es"  # a small word before the run stands apart from it
    assert lettered.spelled("sabes qué es la te i erre", {"ir"}.__contains__) == "sabes qué es la te i erre"  # TIR
    assert lettered.spelled("poți să-mi explici de ce a picat deploy-ul?", acronyms) \
        == "poți să-mi explici de ce a picat deploy-ul?"  # Romanian "why": no Spanish, no letters


@pytest.mark.parametrize(("text", "expected"), [
    ("mi contador me habla del cogs todo el día en las reuniones qué es eso de cogs", "cogs"),  # no marks: dictated
    ("el gerente me puso ISSO en un correo y no sé qué significa", "isso"),  # "I don't know what it means"
    ("yo what does market segmentation mean in the classic sense?", "segmentation"),  # a manner, no field
])
def test_a_dictated_or_hedged_question_is_read(spoken: Glossary, text: str, expected: str) -> None:
    assert outcome(spoken, text) == ("answer", [expected])


def test_a_spanish_remark_of_knowing_still_asks_nothing(spoken: Glossary) -> None:
    assert outcome(spoken, "ya sé qué es el ISSO, gracias.")[0] not in ("answer", "ambiguous")


def test_a_person_asked_with_no_article_is_an_instance(spoken: Glossary) -> None:
    """"who is ISSO for the gov project?": the article left out, a person holding the role there, not what it is."""
    assert outcome(spoken, "who is ISSO for the gov project? need signature before friday")[0] == "suggest"
    assert outcome(spoken, "who is ISSO?") == ("answer", ["isso"])


def test_vietnamese_how_they_differ_compares(spoken: Glossary) -> None:
    assert outcome(spoken, "horizontal merger và vertical merger khác gì") == ("compare", ["horizontal", "vertical"])


@pytest.mark.parametrize(("text", "expected"), [
    ("PM wants a gant chart for the programme by friday what even is a gant chart", "gantt"),  # dictated English
    ("no sé qué significa irr en el dashboard", "irr"),  # "I don't know what it means"
    ("y la monetary policy?", "monetary"),  # Spanish "and the ...?"
    ("can you give me a quick overview of WACC?", "wacc"),  # what is given is an explanation
    ("no sé qué es el ISSO, alguien?", "isso"),  # "I don't know what the ISSO is"
    ("el gerente me puso ISSO en un correo y no sé qué significa", "isso"),
    ("Boss unsay buot ipasabot sa hedging?", "hedging"),  # Cebuano: the meaning of hedging, not of "Boss"
    ("en qué consiste el WACC", "wacc"),  # more of Spanish
    ("el WACC en qué consiste?", "wacc"),
    ("explíqueme el WACC por favor", "wacc"),
    ("¿me podría decir qué es el WACC?", "wacc"),
])
def test_read_after_review(spoken: Glossary, text: str, expected: str) -> None:
    assert outcome(spoken, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "sabes qué es la te i erre",  # Spanish TIR: read from the run's first letter, no IR inside it
    "ya pe o sea qué es el margen",  # Peruvian "pe" (pues) and "o" spell no PO
    "the CPA what's her email again",  # dictated: "what" asks her email, not what a CPA is
    "the KPI what is the target this quarter",
    "le expliqué qué es el wacc al cliente y quedó contento",  # a question reported, not asked
    "o que é que você acha do novo erp",  # "what do you think of the new ERP"
    "publicity eso es lo que sale gratis en la prensa",  # Spanish "eso" (that) is no slip of SEO
    "can somebody give me read access to the WACC model? need it for the deck",  # a thing given: an action
    "the KPI what is the baseline",  # dictated: "what is" and a dictionary word ask a value
    "kinsa ang ISSO sa project?",  # Cebuano: who holds the role in the project
    "no sé qué es lo que pide el CPA",  # "I don't know what the CPA asks for"
    "me podrías decir dónde está el modelo del WACC?",  # where, not what
])
def test_not_answered_after_review(spoken: Glossary, text: str) -> None:
    assert outcome(spoken, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_question_word_of_another_language_alone_offers_nothing(spoken: Glossary) -> None:
    """Cebuano "unsa" (what), typed alone or with particles, is no slip of NSA."""
    assert outcome(spoken, "unsa po") == ("unknown", [])
    assert outcome(spoken, "unsa") == ("unknown", [])

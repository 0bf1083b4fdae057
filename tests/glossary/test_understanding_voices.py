"""Issue 13, over a real SQLite glossary: who speaks, what is bidden, and questions asked in another language.

- A name followed by a verb of speech ("what is EBIT, cfo says ours dropped", "the CFO keeps saying ...") is
  the speaker: never an item of a list asked, never offered in place of what is asked.
- "tell me about X, my manager mentioned it", "remind me what X is, ...": a request asks, like "what is".
- Laughter in any language ("kkkk", "jajaja", "hahaha") is chat, like "lol"; an apology before "but" ("I apologise
  for my ignorance, but what is it?") is courtesy.
- Question words in Portuguese, Spanish, French, German and Italian around an English term ("o que é SIEM?",
  "VPC significa o que?", "qual a diferença entre IDS e IPS?", "data mining c'est quoi", "Was ist ein SLA?")."""

from __future__ import annotations

import pytest

from glossary.foreign_asks import english
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ebit", "EBIT", "Earnings before interest and taxes: operating profit.",
         aliases=["earnings before interest and taxes"]),
    Term("cfo", "CFO", "The chief financial officer: the executive who runs a firm's finances.",
         aliases=["chief financial officer"]),
    Term("hawthorne", "Hawthorne effect", "People work differently when they know they are being watched."),
    Term("dork", "dork", "A search query that uses a search engine's operators to find exposed files."),
    Term("siem", "SIEM", "A system that gathers security logs and raises alerts.",
         aliases=["Security Information and Event Management"]),
    Term("vpc", "VPC", "A virtual private cloud: a private network inside a public cloud.",
         aliases=["virtual private cloud"]),
    Term("ids", "IDS", "An intrusion detection system: it watches traffic and raises alerts.",
         aliases=["intrusion detection system"]),
    Term("ips", "IPS", "An intrusion prevention system: it watches traffic and blocks attacks.",
         aliases=["intrusion prevention system"]),
    Term("data-mining", "data mining", "Finding patterns in large sets of data."),
    Term("sla", "SLA", "A service level agreement: what a supplier promises and what happens if it fails.",
         aliases=["service level agreement"]),
    Term("vpn", "VPN", "A virtual private network: an encrypted tunnel into a private network."),
    Term("invoice", "invoice", "A bill a supplier sends for goods or services."),
    Term("isso", "ISSO", "The information system security officer.", aliases=["information system security officer"]),
    Term("da", "DA", "A destination address.", aliases=["destination address"]),
]

voices = glossary_fixture("voices", TERMS)


@pytest.mark.parametrize("text", ["what is EBIT, cfo says ours dropped", "what is EBIT, the CFO keeps saying it"])
def test_a_speaker_after_a_comma_is_no_item_of_a_list(voices: Glossary, text: str) -> None:
    assert outcome(voices, text) == ("answer", ["ebit"])


def test_a_speaker_is_never_offered_for_what_is_asked(voices: Glossary) -> None:
    assert outcome(voices, "what is EBITDA, cfo says ours dropped") == ("unknown", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("tell me about the hawthorne effect, mgr says our uptime improved bc of it", "hawthorne"),
    ("tell me about EBIT, my manager mentioned it", "ebit"),
    ("remind me what EBIT is, cfo mentioned it", "ebit"),
])
def test_a_request_to_tell_asks(voices: Glossary, text: str, expected: str) -> None:
    assert outcome(voices, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["tell me how you set up the vpn on your mac", "they told me about EBIT",
                                  "tell me about our SLA with acme, they are late", "tell me a joke about the SLA",
                                  "remind me at 3pm about the SLA review", "tell me about the SLA breach, it was bad"])
def test_telling_how_or_being_told_is_no_definition_asked(voices: Glossary, text: str) -> None:
    assert outcome(voices, text)[0] != "answer"


@pytest.mark.parametrize("text", ["what is a dork kkkk", "what is a dork jajaja",
                                  "what is a dork hahaha", "hahaha what is a dork"])
def test_laughter_in_any_language_is_chat(voices: Glossary, text: str) -> None:
    assert outcome(voices, text) == ("answer", ["dork"])


@pytest.mark.parametrize(("text", "expected"), [
    ("o que é SIEM?", "siem"),
    ("VPC significa o que?", "vpc"),
    ("alguém sabe o que é um SIEM?", "siem"),
    ("data mining c'est quoi", "data-mining"),
    ("Was ist ein SLA?", "sla"),
    ("Was bedeutet SLA in the contract?", "sla"),
    ("¿qué es un SLA?", "sla"),
    ("què és un SLA? I need to sign one", "sla"),  # Catalan writes its accents the other way
    ("el proveïdor diu que és un SLA estàndard. què vol dir SLA?", "sla"),
])
def test_a_question_in_another_language_answers(voices: Glossary, text: str, expected: str) -> None:
    assert outcome(voices, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["qual a diferença entre IDS e IPS?", "IDS et IPS, quelle différence?",
                                  "was ist der Unterschied zwischen IDS und IPS"])
def test_a_comparison_in_another_language_compares(voices: Glossary, text: str) -> None:
    assert outcome(voices, text) == ("compare", ["ids", "ips"])


@pytest.mark.parametrize("text", ["o que significa saudade?", "qué es la vida", "o que é isso?", "was ist das?",
                                  "c'est quoi ça ?", "c'est quoi le problème avec le VPN", "was ist mit dem VPN los"])
def test_a_word_no_term_is_stays_unknown_in_any_language(voices: Glossary, text: str) -> None:
    assert outcome(voices, text)[0] in ("unknown", "suggest")


@pytest.mark.parametrize("text", ["já sei o que é SIEM, obrigado", "gracias, ya entendí qué es SIEM"])
def test_knowing_what_a_term_is_in_another_language_is_a_remark(voices: Glossary, text: str) -> None:
    assert outcome(voices, text)[0] != "answer"


def test_a_pronoun_of_another_language_is_no_acronym(voices: Glossary) -> None:
    assert outcome(voices, "data mining, was ist das?") == ("answer", ["data-mining"])


def test_english_words_that_look_foreign_are_left_as_typed() -> None:
    assert english("what was is the question") is None
    assert english("plan e and plan y") is None
    assert english("o que é SIEM e IDS") == "what is SIEM and IDS"


@pytest.mark.parametrize("text", [
    'the word "Hawthorne effect" keeps coming up. I apologise for my ignorance, but what is it?',
    "The Hawthorne effect came up. I'm terribly sorry, but what is it?"])
def test_an_apology_before_but_is_courtesy(voices: Glossary, text: str) -> None:
    assert outcome(voices, text) == ("answer", ["hawthorne"])


def test_an_apology_before_a_handover_is_no_question(voices: Glossary) -> None:
    assert outcome(voices, "sorry for the delay, but here's the invoice")[0] != "answer"

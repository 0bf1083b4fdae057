"""Issue 13, over a real SQLite glossary: a message that asks two things, or asks in words the bot has no table
for. The second question is answered when the first asks about a word nobody defined; a sentence asking the
difference between two names it holds is the question, not an earlier "X or Y?"; "mean" the average asks no
meaning; a comparison joined by one language's "and" may borrow its word for the difference from another language
or from English; the words of an unknown language after the question ("LIBOR shu hatu?") tell of the asking; a
name typed right is never swallowed by a slip ("DCF valuation" is no "devaluation").
"""

from __future__ import annotations

import pytest

from glossary import normalize, world_compare, world_english
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("recession", "recession", "A fall in economic activity across the economy that lasts months."),
    Term("median", "median", "The middle value when numbers are put in order."),
    Term("arithmetic-mean", "arithmetic mean", "The sum of the values divided by how many there are."),
    Term("blue-green", "blue-green deployment", "Running two identical production setups and switching traffic."),
    Term("canary", "canary deployment", "Releasing a change to a small share of users first."),
    Term("tariff", "tariff", "A tax on imported goods."),
    Term("import-quota", "import quota", "A limit on how much of a good may be imported."),
    Term("libor", "LIBOR", "London Interbank Offered Rate: a benchmark interest rate, now retired."),
    Term("dcf", "DCF", "Discounted cash flow: valuing an asset by today's value of its future cash."),
    Term("devaluation", "devaluation", "A deliberate cut in the official value of a currency."),
    Term("vpn", "VPN", "Virtual private network: a private, encrypted link over the internet."),
    Term("current-ratio", "current ratio", "Current assets divided by current liabilities."),
    Term("dcaa", "DCAA", "Defense Contract Audit Agency: the US agency that audits defence contractors' costs."),
    Term("auditing", "auditing", "Checking records and controls independently to confirm they are right."),
    Term("sole-proprietor", "sole proprietor", "A business owned and run by one person, who owns its debts too."),
    Term("default", "default", "Failing to pay a debt or meet a loan's terms."),
    Term("acquisition", "acquisition", "Buying a company, or a government buying goods and services."),
    Term("soo", "Statement of Objectives", "The outcomes a government buyer wants, leaving the how to bidders.",
         aliases=["SOO"]),
    Term("gitops", "GitOps", "Running infrastructure from what a Git repository declares."),
    Term("agile", "agile", "Working in short cycles and changing the plan as you learn."),
]

world = glossary_fixture("world", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is a blorf? what does SLA mean", ("answer", ["sla"])),
    ("what is flurbo? what is KPI?", ("answer", ["kpi"])),
])
def test_a_later_question_about_a_name_is_answered_when_the_first_names_none(world: Glossary, text: str,
                                                                            expected: tuple) -> None:
    assert outcome(world, text) == expected


@pytest.mark.parametrize(("text", "term"), [
    ("What's a sue? S O O, statement of objectives.", "soo"),  # the word asked, said again as its name
])
def test_a_later_sentence_naming_a_term_that_sounds_like_the_word_asked_answers(world: Glossary, text: str,
                                                                                 term: str) -> None:
    assert outcome(world, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what is kanban? agile.",  # a field named after the question, no name sounding like the word asked
    "what is jira? agile software I think",
    "What's a sue? The lawyer mentioned it",
    "what is an SLI? SLA?",  # an acronym typed is asked as typed (the second review)
    "what's cuid? CUI?",  # a word no dictionary knows is an acronym of its own
    "what is sue? not SOO",  # ruled out, not said again
])
def test_a_later_sentence_naming_another_term_answers_nothing(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", [
    "what is a blorf? is it an SLA?",  # a guess about the first word, not a question about SLA
    "what is a blorf? what is it, a KPI?",  # the pronoun comes first: the blorf is asked
    "what is a blorf? does it affect our SLA?",
    "what is a wug? I know what SLA means",  # knowing it
    "what's a flurb? don't explain KPI, I know it.",
    "whats a zorb? what a mess the SLA is",  # a remark
    "what is a blorf? what's in the SLA?",  # its content
    "what is Zscaler? what VPN does it replace?",  # about the first thing
    "what is a blorf? what's the SLA for blorfs?",
    "what's the blorf project? what was its KPI?",
])
def test_a_later_guess_about_the_first_word_answers_nothing(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("for the salary survey should we use mean or median? what is the difference between arithmetic mean and "
     "median", ["arithmetic-mean", "median"]),
    ("blue-green or canary? what's the difference between blue-green deployment and canary deployment",
     ["blue-green", "canary"]),
])
def test_the_sentence_asking_the_difference_between_two_names_is_the_question(world: Glossary, text: str,
                                                                             expected: list[str]) -> None:
    assert outcome(world, text) == ("compare", expected)


def test_a_sentence_asking_a_meaning_still_wins_over_one_about_averages(world: Glossary) -> None:
    assert outcome(world, "what does SLA mean or stand for? we use it a lot. it is in the contract") == (
        "answer", ["sla"])


@pytest.mark.parametrize("text", [
    "tariff ane import quota ma shu farak?",  # Gujarati "and", the Hindi and Marathi word for the difference
    "tariff ane import quota ma shu difference?",  # ... or the English one
    "tariff og import quota, what's the difference?",  # Norwegian "og"
])
def test_a_comparison_may_borrow_its_word_for_the_difference(world: Glossary, text: str) -> None:
    assert outcome(world, text) == ("compare", ["tariff", "import-quota"])


@pytest.mark.parametrize("text", ["tariff a import quota, any difference?", "SLA to KPI: difference?",
                                  "different tiers of SLA og KPI", "what is the difference in SLA un the US"])
def test_an_english_word_for_and_joins_no_borrowed_comparison(text: str) -> None:
    assert world_compare.english(text) is None  # Czech "a", Japanese "to": English words, read by the English reader


@pytest.mark.parametrize(("text", "expected"), [
    ("KPI etle shu hoy?", "kpi"),  # Gujarati
])
def test_more_languages_words_ask(world: Glossary, text: str, expected: str) -> None:
    assert outcome(world, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "mikä on VPN tila?",  # Finnish: the VPN's state, a word of the language after the name
    "hva er VPN i nettverk",  # the language's own words after the name, the cue before it
    "VPN co je nového?",  # Czech: what is new with it, a word of the language after the words that ask
    "SLA mi a helyzet?",  # Hungarian: what the situation is
])
def test_the_languages_own_words_after_the_name_still_leave_it_offered(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous")


def test_a_name_typed_right_is_never_read_into_a_slip_of_another(world: Glossary) -> None:
    status, ids = outcome(world, "what is DCF valuation?")
    assert status == "suggest" and ids[0] == "dcf" and "devaluation" in ids


def test_it_takes_up_the_acronym_that_is_the_subject_of_a_verb(world: Glossary) -> None:
    assert outcome(world, "DCAA is auditing us next month. What is it?") == ("answer", ["dcaa"])  # a verb, no term


def test_a_word_in_ing_asked_outright_is_still_the_term(world: Glossary) -> None:
    assert outcome(world, "what is auditing?") == ("answer", ["auditing"])


@pytest.mark.parametrize("text", ["goodwill, what is it in acquisition?", "goodwill kya hota hai acquisition mein"])
def test_the_setting_after_it_in_is_never_the_subject(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous")  # goodwill is asked, in acquisitions


def test_a_set_phrase_is_no_term(world: Glossary) -> None:
    assert outcome(world, "am I a sole proprietor by default?? what does that even mean") == (
        "answer", ["sole-proprietor"])  # "by default": no default on a debt


def test_a_world_languages_this_before_a_word_points_back() -> None:
    assert world_english.english("eh ratio ki hunda?") == "this ratio, what is it?"  # Punjabi "eh": this
    assert world_english.english("co to jest SLA?") == "what is SLA?"  # Polish "to" before the words that ask


def test_open_vowels_are_read_as_their_letters() -> None:
    assert normalize.fold("Ɛkyerɛ sɛn, nə, ɔdɔ") == "ekyere sen, ne, odo"

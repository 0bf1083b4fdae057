"""What the user sees for round 3 of the understanding (issue 13), through the real bot core and the real
starter glossary: other terms offered as buttons, aspects of a named term, the other meaning, "IT" as a
term after an answer, unknown replies naming the unknown word, and comparisons without filler."""

from __future__ import annotations

from bot.answers import lookup_reply
from bot.compare_view import differences
from bot.core import Bot
from bot.messages import Action, Button, Conversation, Reply, User
from glossary.models import Term
from tests.conftest import say

USER = User("console", "U1")
DM = Conversation("console", "D1", "dm")


def one(bot: Bot, text: str) -> Reply:
    [reply] = say(bot, text)
    return reply


def click(bot: Bot, button: Button) -> Reply:
    [reply] = bot.act(Action(button.action, dict(button.value), USER, DM))
    return reply


def test_other_terms_in_the_question_are_offered_as_buttons_that_ask_them(bot: Bot) -> None:
    reply = one(bot, "what's a KPI, I saw it next to OKR")
    assert reply.title.startswith("KPI") and "Also in your question: OKR" in reply.text
    [okr] = [b for b in reply.choices if b.label == "OKR"]
    assert click(bot, okr).title.startswith("OKR")
    several = one(bot, "ebitda, capex, opex")
    assert several.title.startswith("EBITDA") and [b.label for b in several.choices] == ["capex", "opex"]
    assert "Also in your question" not in one(bot, "what is an SLA?").text


def test_it_in_capitals_after_an_answer_is_the_it_department(bot: Bot) -> None:
    assert one(bot, "what is an SLA").title.startswith("SLA")
    assert one(bot, "what does IT mean").title.startswith("IT")
    assert "owns IT" in one(bot, "who owns it?").text  # "it" now refers to IT, the last answer


def test_an_aspect_of_a_named_term_without_history(bot: Bot) -> None:
    assert one(bot, "who owns ebitda?").text.startswith("Nobody owns EBITDA yet")
    assert one(bot, "simpler please: EBITDA").text.startswith("EBITDA, in short:")
    assert one(bot, "give me an example of churn").text.startswith("Example of churn:")


def test_another_example_when_there_is_only_one_says_so_and_offers_to_suggest(bot: Bot) -> None:
    one(bot, "what is MRR")
    reply = one(bot, "another example")
    assert reply.text.startswith("There is no other example of MRR yet")
    assert any(b.action == "suggest_form" for b in reply.actions)
    assert one(bot, "another example of MRR").text.startswith("There is no other example of MRR yet")


def test_the_other_meaning_after_an_ambiguous_answer(bot: Bot) -> None:
    assert one(bot, "sql").kind == "ambiguous"
    assert one(bot, "and the other one?").title.startswith("SQL (sales qualified lead)")
    assert one(bot, "the other meaning?").title.startswith("SQL (structured query language)")


def test_an_unknown_reply_names_the_unknown_word_not_the_sentence(bot: Bot) -> None:
    reply = one(bot, "idempotent means? the devs keep using it")
    assert reply.kind == "unknown" and reply.title == "I don't know “idempotent” yet"
    assert reply.actions[0].value == {"term": "idempotent"}


def test_a_comparison_shows_a_difference_only_when_a_definition_contrasts_the_two(bot: Bot) -> None:
    assert "What tells them apart" not in one(bot, "API vs SDK").text  # they only list each other as related
    assert one(bot, "whats the diff between churn and attrition").kind == "compare"
    a = Term("a", "SLA", "A promise to customers.", examples=["The SLO is stricter than the SLA here."],
             related=["SLO"])
    b = Term("b", "SLO", "An internal target. It is stricter than the SLA, unlike a promise.", related=["SLA"])
    assert differences([a, b]) == ["SLO: It is stricter than the SLA, unlike a promise."]
    c = Term("c", "IT", "The computer department.")
    assert differences([Term("d", "EBIT", "Unlike EBITDA it counts depreciation."), c]) == []  # "it" is not IT


def test_a_question_for_one_instance_is_offered_the_definition_in_plain_words(bot: Bot) -> None:
    chat = one(bot, "what's the SLA on the Epic support contract?")  # in chat: the jargon in it, explained
    assert chat.kind == "explain" and "SLA (service level agreement)" in chat.text
    result = bot.glossary.lookup("what's the SLA on the Epic support contract?")
    reply = lookup_reply(result, {m.id: term for m in result.matches if (term := bot.glossary.term(m.id))})
    assert reply.kind == "suggest" and "can't look up a particular “SLA”" in reply.text
    assert "I'm not sure" not in reply.text and "Did you mean" not in reply.text
    [sla] = reply.choices
    assert click(bot, sla).title.startswith("SLA")

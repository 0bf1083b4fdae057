"""Explain, Translate, context tags and watch mode through the real bot core and a real SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core import Bot
from bot.messages import Action, Button, Conversation, IncomingMessage, Reply, User
from bot.roles import set_curator
from tests.conftest import FixedClock

SENTENCE = "We need to cut CAC before the QBR, and the MVP's SLA is blocking the rollout."
ADMIN = User("slack", "UADMIN")
MEMBER = User("slack", "U1")
CHANNEL = Conversation("slack", "C1", "channel")


def send(bot: Bot, text: str, *, user: User = MEMBER, conversation: Conversation = CHANNEL, via: str = "mention",
         parent: str | None = None) -> list[Reply]:
    return bot.handle(IncomingMessage(text, user, conversation, via=via, parent_text=parent))  # type: ignore[arg-type]


def click(bot: Bot, button: Button, *, user: User = MEMBER, conversation: Conversation = CHANNEL) -> list[Reply]:
    return bot.act(Action(button.action, dict(button.value), user, conversation))


def observe(bot: Bot, text: str, *, thread: str | None = "1700.1", conversation: Conversation = CHANNEL,
            user: User = MEMBER) -> list[Reply]:
    where = Conversation(conversation.platform, conversation.id, conversation.kind, thread)
    return bot.observe(IncomingMessage(text, user, where, via="mention"))


def button(reply: Reply, label: str) -> Button:
    return next(b for b in reply.actions if b.label.startswith(label))


def labels(reply: Reply) -> list[str]:
    return [item.label for item in reply.items]


# -- explain and translate -----------------------------------------------------------
def test_explain_lists_every_term_with_a_plain_explanation(bot: Bot) -> None:
    [reply] = send(bot, "explain: " + SENTENCE)
    assert reply.kind == "explain" and reply.title == "Jargon in this message"
    assert labels(reply) == ["CAC (customer acquisition cost)", "QBR (quarterly business review)",
                             "MVP (minimum viable product)", "SLA (service level agreement)", "rollout"]
    cac = bot.glossary.term("cac")
    assert reply.items[0].text == cac.short_definition
    assert reply.text.startswith("Jargon in this message: CAC, QBR, MVP's, SLA, rollout")
    assert not reply.private  # asked in the open: the channel learns too
    more = click(bot, reply.items[0].buttons[0])
    assert more[0].kind == "answer" and more[0].title.startswith("CAC")


def test_translate_rewrites_the_text_in_plain_words(bot: Bot) -> None:
    [reply] = send(bot, "explain: " + SENTENCE)
    [plain] = click(bot, button(reply, "Translate"))
    assert plain.kind == "translate" and plain.title == "In plain words"
    assert plain.text.startswith("We need to cut CAC (the average amount spent on sales and marketing to win one "
                                 "new customer) before the QBR (a meeting held every quarter")
    assert plain.text.endswith("is blocking the rollout (making a change available to its users).")
    [direct] = send(bot, "translate: cut CAC before the QBR")
    assert direct.kind == "translate" and direct.text.startswith("cut CAC (")


def test_explain_in_a_thread_explains_its_first_message(bot: Bot) -> None:
    [reply] = send(bot, "explain", parent="The PR for the SSO fix is waiting on code review")
    assert labels(reply) == ["PR (pull request)", "SSO (single sign-on)", "code review"]
    [alone] = send(bot, "explain")
    assert alone.kind == "help" and "explain" in alone.text and alone.private


def test_a_sentence_where_a_term_was_expected_is_explained(bot: Bot) -> None:
    [reply] = send(bot, "we need to cut CAC before the QBR next week", via="slash")
    assert reply.kind == "explain" and reply.private  # /whatis answers privately
    assert labels(reply) == ["CAC (customer acquisition cost)", "QBR (quarterly business review)"]
    [both] = send(bot, "CAC vs LTV")
    assert both.kind == "compare" and [i.label for i in both.items] == ["CAC", "LTV"]  # issue 13: side by side


@pytest.mark.parametrize("question", ["what does SLA mean?", "SLA?", "explain SLA", "can someone explain what CAC "
                                      "means", "define technical debt", "whatis EBITDA"])
def test_single_term_questions_are_still_looked_up(bot: Bot, question: str) -> None:
    [reply] = send(bot, question, via="slash")
    assert reply.kind == "answer", reply.text


def test_a_sentence_without_jargon_is_a_question_about_it(bot: Bot) -> None:
    [reply] = send(bot, "where do I find the holiday calendar for next year", via="dm")
    assert reply.kind == "unknown"


def test_explain_without_terms_says_so_and_offers_to_suggest_unknown_acronyms(bot: Bot) -> None:
    [reply] = send(bot, "explain: the FUBAR report is late again")
    assert reply.kind == "explain" and not reply.items
    assert "didn't find any glossary terms" in reply.text and "FUBAR" in reply.text
    suggest = button(reply, "Suggest “FUBAR”")
    assert suggest.action == "suggest_form" and suggest.value == {"term": "FUBAR"}


def test_the_slack_shortcut_and_teams_action_get_a_private_explanation(bot: Bot) -> None:
    [reply] = bot.act(Action("explain_text", {"text": SENTENCE}, MEMBER, CHANNEL))
    assert reply.kind == "explain" and reply.private and len(reply.items) == 5


def test_a_long_message_keeps_its_translate_button_small(bot: Bot, clock: FixedClock) -> None:
    long_text = (SENTENCE + " ") * 40
    [reply] = bot.act(Action("explain_text", {"text": long_text}, MEMBER, CHANNEL))
    translate_button = button(reply, "Translate")
    assert set(translate_button.value) == {"ref"}  # Slack caps a button value at 2,000 characters
    [plain] = click(bot, translate_button)
    assert plain.kind == "translate" and plain.text.count("(") == 5 and plain.text.endswith("rollout. ")
    clock.now += timedelta(days=8)
    bot.act(Action("explain_text", {"text": long_text + "!"}, MEMBER, CHANNEL))  # stores another, prunes the old
    [gone] = click(bot, translate_button)
    assert gone.kind == "error" and "no longer available" in gone.text


# -- context tags ------------------------------------------------------------------------
def test_context_tags_pick_the_sense_in_a_channel(bot: Bot) -> None:
    ambiguous = "explain: can someone look at the PR today?"
    [before] = send(bot, ambiguous)
    assert labels(before) == ["PR (public relations)", "PR (pull request)"]
    [refused] = send(bot, "glossary context dev")
    assert refused.kind == "error" and "curators" in refused.text
    [done] = send(bot, "glossary context dev", user=ADMIN)
    assert "dev" in done.text and done.kind == "notice"
    [after] = send(bot, ambiguous)
    assert labels(after) == ["PR (pull request)"]
    [elsewhere] = send(bot, ambiguous, conversation=Conversation("slack", "C2", "channel"))
    assert len(elsewhere.items) == 2
    [shown] = send(bot, "glossary context")
    assert "Context tags here: dev" in shown.text
    [unknown] = send(bot, "glossary context devv", user=ADMIN)
    assert unknown.kind == "error" and "Nothing was changed" in unknown.text
    send(bot, "glossary context off", user=ADMIN)
    assert len(send(bot, ambiguous)[0].items) == 2


# -- watch mode ----------------------------------------------------------------------------
def test_watch_mode_is_off_until_a_curator_turns_it_on(bot: Bot) -> None:
    assert observe(bot, SENTENCE) == []
    [refused] = send(bot, "glossary watch on")
    assert refused.kind == "error"
    set_curator(bot.glossary, MEMBER.key, enabled=True, by="test")
    [on] = send(bot, "glossary watch on")
    assert "Watch mode is on" in on.text
    [status] = send(bot, "glossary watch")
    assert "on (at most one reply every 10 minutes)" in status.text


def test_watch_mode_replies_once_per_cooldown_to_messages_with_two_terms(bot: Bot, clock: FixedClock) -> None:
    send(bot, "glossary watch on 5", user=ADMIN)
    assert observe(bot, "The SLA is fine today.") == []  # one term is not worth a reply
    [reply] = observe(bot, SENTENCE)
    assert reply.text.startswith("Terms in this message: CAC, QBR, MVP's, SLA") and not reply.private
    assert [b.label for b in reply.actions] == ["Translate", "Mute in this thread"]
    assert observe(bot, "Our CAC and LTV are off", thread="1700.2") == []  # cooling down
    clock.now += timedelta(minutes=6)
    [again] = observe(bot, "Our CAC and LTV are off", thread="1700.2")
    assert labels(again)[:2] == ["CAC (customer acquisition cost)", "LTV (customer lifetime value)"]


def test_mute_in_this_thread(bot: Bot, clock: FixedClock) -> None:
    send(bot, "glossary watch on 1", user=ADMIN)
    [reply] = observe(bot, SENTENCE, thread="1700.9")
    [muted] = click(bot, button(reply, "Mute"), conversation=Conversation("slack", "C1", "channel", "1700.9"))
    assert muted.private and "won't list terms in this thread" in muted.text
    clock.now += timedelta(minutes=2)
    assert observe(bot, SENTENCE, thread="1700.9") == []
    assert len(observe(bot, SENTENCE, thread="1700.10")) == 1


def test_mute_a_top_level_message_by_the_thread_of_the_click(bot: Bot, clock: FixedClock) -> None:
    send(bot, "glossary watch on 1", user=ADMIN)
    [reply] = observe(bot, SENTENCE, thread=None)  # Slack: a top-level message has no thread yet
    mute = button(reply, "Mute")
    assert mute.value == {}
    click(bot, mute, conversation=Conversation("slack", "C1", "channel", "1700.5"))  # the reply sits in its thread
    clock.now += timedelta(minutes=2)
    assert observe(bot, SENTENCE, thread="1700.5") == []


def test_watch_mode_off_and_dms(bot: Bot, clock: FixedClock) -> None:
    dm = Conversation("slack", "D1", "dm")
    send(bot, "glossary watch on", user=ADMIN)
    assert observe(bot, SENTENCE, conversation=dm, thread=None) == []  # never in DMs unless asked there
    send(bot, "glossary watch on", user=ADMIN, conversation=dm, via="dm")
    assert len(observe(bot, SENTENCE, conversation=dm, thread=None)) == 1
    [off] = send(bot, "glossary watch off", user=ADMIN)
    assert "off" in off.text
    clock.now += timedelta(hours=1)
    assert observe(bot, SENTENCE) == []
    [usage] = send(bot, "glossary watch sometimes", user=ADMIN)
    assert usage.kind == "error" and "Usage" in usage.text


def test_glossary_help_lists_the_new_commands(bot: Bot) -> None:
    [reply] = send(bot, "glossary help", user=ADMIN)
    assert "glossary context [TAGS|off]" in reply.text and "glossary watch [on [MINUTES]|off]" in reply.text


# -- long messages: the sentence that asks decides ------------------------------------------
POLITE = ("Dear team, I hope this message finds you well. I joined the finance group last month and I am still "
          "learning the vocabulary everyone uses in our weekly meetings, which has been a lot to take in. "
          "Yesterday our director mentioned several things in passing during the budget review. "
          "Could you please explain what CAC means? Thank you very much in advance. Kind regards, Maria")


def test_a_long_polite_message_with_one_question_gets_the_answer(bot: Bot) -> None:
    assert len(POLITE) > 300  # past the first 300 characters, where a lookup used to stop reading
    [reply] = send(bot, POLITE, via="dm")
    assert reply.kind == "answer" and reply.title.startswith("CAC")


def test_a_long_message_that_asks_nothing_is_still_explained(bot: Bot) -> None:
    story = " ".join([SENTENCE] * 4)  # 300+ characters of jargon and no question
    [reply] = send(bot, story, via="dm")
    assert reply.kind == "explain" and "CAC (customer acquisition cost)" in labels(reply)


def test_the_asking_window_reads_the_question_sentence_and_what_comes_just_before() -> None:
    from glossary.window import asking_window

    text = "Hello. " + "We shipped a lot this quarter. " * 12 + "Someone said 'north star metric'. What's that?"
    window = asking_window(text, 120)
    assert window.endswith("What's that?") and "'north star metric'" in window and len(window) <= 120
    assert asking_window("what is CAC?", 120) == "what is CAC?"
    assert asking_window("x" * 500, 120) == "x" * 120  # no sentence asks: the start, as before

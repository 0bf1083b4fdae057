"""Issue 13, a name of several words with one word typed as another that sounds the same ("bear metal",
"a soul source award", "strike prize"), or a long word one sound off ("zero coupon bones", "high genie
factors"), over a real SQLite glossary: answered when the message typed with the name's own word answers it,
never when the words typed are a name of their own or sound only a little alike."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.word_sounds import sounds
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sole-source", "Sole source", "A contract awarded without competition, to the one firm able to do it."),
    Term("bare-metal", "Bare Metal Machine", "A physical server with no virtualisation layer."),
    Term("strike", "strike price (exercise price)", "The price at which an option may be exercised."),
    Term("pos", "Point of Sale", "Where and when a retail sale is made, and the system that records it."),
    Term("t-account", "T-account", "A ledger account drawn as a T, debits left and credits right."),
    Term("cpff", "cost plus fixed fee contract", "A contract paying allowable costs plus a fee fixed up front."),
    Term("accrual", "accrual basis accounting", "Recording revenue and costs when earned or incurred."),
    Term("npm", "net profit margin", "Net income as a share of revenue."),
    Term("bear-market", "bear market", "A market whose prices fall for a long while."),
    Term("cost-contract", "cost contract", "A contract paying costs with no fee."),
    Term("zcb", "zero coupon bonds", "Bonds that pay no interest and sell below face value."),
    Term("pro-forma", "pro forma", "Figures as they would be if a change had happened."),
    Term("hygiene", "hygiene factors", "Things at work whose absence makes people unhappy."),
    Term("gantt", "Gantt charts", "A chart of tasks as bars along a timeline."),
    Term("ggm", "Gordon growth model", "Values a share from a dividend growing at a steady rate."),
    Term("comparative", "principle of comparative advantage", "Make what you give up least to make."),
    Term("competitive", "competitive advantage", "What lets a firm beat its rivals."),
    Term("three-nines", "three nines", "99.9% availability."),
    Term("line-of-credit", "line of credit", "A loan you draw on as needed."),
    Term("call-option", "call option", "The right to buy at a set price."),
    Term("job-sharing", "job sharing", "Two people splitting one full-time job."),
    Term("prime-rate", "prime rate", "The rate banks charge their best customers."),
    Term("cash-flows", "cash flows", "Money coming in and going out."),
    Term("zero-trust", "zero trust architecture", "Trusting no device or user by default."),
    Term("jensen", "Jensen's alpha", "How much a fund beat the return its risk would predict."),
    Term("maslow", "Maslow's hierarchy of needs", "Needs met in order, from food and safety up to growth."),
]

heard = glossary_fixture("heard", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("we run on bear metal machines apparently. whats a bear metal machine", "bare-metal"),
    ("strike prize of the option?", "strike"),
    ("the point of sail system at the store is down - what is that exactly", "pos"),
    ("what's a cost plus fix fee contract", "cpff"),
    ("we do a cruel accounting and i just nodded. what is a cruel basis accounting", "accrual"),
    ("what is a tee account", "t-account"),
    ("uh like what is the net prophet margin i keep hearing it", "npm"),
    ("they want a soul source award with us, what is a soul source", "sole-source"),
])
def test_a_word_heard_for_a_name_word_reads_the_name(heard: Glossary, text: str, term: str) -> None:
    assert outcome(heard, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what is soul music", "is a fixed fee ok for this job", "what is a pint of beer", "what is a cast iron pan",
    "what is the sale price", "what is a sharp rise", "we hit a bull market, what does it mean",
])
def test_words_that_only_share_sounds_are_no_name(heard: Glossary, text: str) -> None:
    status, ids = outcome(heard, text)
    assert status != "answer", ids


@pytest.mark.parametrize(("text", "term"), [
    ("zero coupon bones what are they", "zcb"),  # one sound apart, every vowel one
    ("What is the Gordon grove model", "ggm"),
    ("mass lows hierarchy of needs, what is it", "maslow"),  # two words run together, two name words beside
    ("Jensen alfa what is it", "jensen"),  # the possessive's "s" is no word of the name said
    ("What is Mazlo's hierarchy of needs", "maslow"),  # nor of the words typed
])
def test_a_long_word_heard_loosely_reads_the_name(heard: Glossary, text: str, term: str) -> None:
    assert outcome(heard, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "unwanted"), [
    ("comparative advantage principle - kindly explain", "competitive"),  # a word a name uses is meant
    ("Could you explain the three lines of defence model?", "three-nines"),
    ("we hit a bull market, what does it mean", "bear-market"),  # a short word is too often another word
    ("what is a call auction in trading", "call-option"),  # an English word beside one word of the name
    ("can someone explain job shadowing", "job-sharing"),
    ("what is the crime rate", "prime-rate"),
    ("what is the cash float for the register", "cash-flows"),
    ("what is zero thrust", "zero-trust"),
    ("high genie factors in motivation theory what is", "hygiene"),  # English words run together: one name word
])
def test_a_word_meant_as_itself_is_not_heard_loosely(heard: Glossary, text: str, unwanted: str) -> None:
    status, ids = outcome(heard, text)
    assert not (status == "answer" and ids == [unwanted])


@pytest.mark.parametrize(("text", "term"), [("what is a bear market", "bear-market"),
                                            ("what is a cost contract", "cost-contract")])
def test_a_name_typed_right_is_answered_as_typed(heard: Glossary, text: str, term: str) -> None:
    assert outcome(heard, text) == ("answer", [term])


@pytest.mark.parametrize(("typed", "name"), [
    ("bear", "bare"), ("soul", "sole"), ("sail", "sale"), ("prize", "price"), ("tee", "t"), ("right", "write"),
    ("fix", "fixed"), ("cruel", "accrual"), ("steak", "stake"), ("flew", "flu"), ("peace", "piece"),
])
def test_homophones_sound_alike(typed: str, name: str) -> None:
    assert sounds(typed) & sounds(name, written=True)


@pytest.mark.parametrize(("typed", "name"), [
    ("cost", "cast"), ("part", "port"), ("rat", "rate"), ("pat", "path"), ("band", "bond"), ("cod", "code"),
    ("sell", "sale"), ("staked", "stack"), ("accosted", "cost"), ("seat", "asset"), ("bull", "bear"),
    ("quest", "cruel"), ("quell", "cruel"),
])
def test_words_with_other_vowels_or_consonants_do_not(typed: str, name: str) -> None:
    assert not sounds(typed) & sounds(name, written=True)


@pytest.mark.parametrize("word", ["administration", "reconciliation", "internationalization"])
def test_a_long_word_has_a_sound(word: str) -> None:
    assert sounds(word)


def test_a_name_heard_that_the_message_typed_right_does_not_answer_is_offered(heard: Glossary) -> None:
    assert outcome(heard, "whats bear metal") == ("suggest", ["bare-metal"])

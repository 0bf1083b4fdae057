"""Issue 13, one clear candidate decided, over a real SQLite glossary: a message that names one term and asks
about it in a shape the cues used to leave undecided ("GAAP is...?", "a copy of our articles of incorporation.
what are those?", "what's the cash discount part", "X -> ?", "... — who is DCAA?") is answered, not met
with "did you mean"; where another reading stays open (a singular pronoun that may mean the copy, a noun
that names a thing of its own, a comparison before the dash) the message is left as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("gaap", "GAAP", "Generally accepted accounting principles.", ["Generally Accepted Accounting Principles"]),
    Term("articles", "articles of incorporation", "The document that creates a corporation."),
    Term("de-ratio", "debt to equity ratio", "Total debt divided by shareholders' equity."),
    Term("cash-discount", "cash discount", "A price cut for paying an invoice early."),
    Term("opp-cost", "opportunity cost", "The value of the best option given up."),
    Term("naics", "NAICS", "Short for North American Industry Classification System."),
    Term("jbod", "jbod", "Just a bunch of disks: drives used without RAID."),
    Term("dcaa", "DCAA", "The Defense Contract Audit Agency.", ["Defense Contract Audit Agency"]),
    Term("indenture", "indenture", "Legal term for a bond contract."),
    Term("bonds", "bonds", "Loans that investors make to a company or a government."),
    Term("portability", "portability", "Being able to move software between platforms."),
    Term("its", "ITS", "Intelligent transportation system."),
    Term("tax-shield", "interest tax shield", "The tax saved because interest is deductible."),
    Term("interest", "interest", "The price paid for borrowing money."),
    Term("sow", "statement of work (SOW)", "The document that says what a contractor will do.", ["SOW"]),
    Term("aes", "AES", "Advanced Encryption Standard."),
    Term("des", "DES", "Data Encryption Standard, an older cipher."),
    Term("api", "API", "An interface that lets programs talk to each other."),
    Term("scheduling", "scheduling", "Planning when work is done."),
]

@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "decided13", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    # "X is...?": dots before the question mark trail off as a pause would; "per glossary" names the bot
    ("per glossary, GAAP is...?", "gaap"),
    ("GAAP is\u2026?", "gaap"),
    # a plural pronoun cannot point at the singular noun the name hangs on ("a copy of")
    ("bank onboarding is asking for a copy of our articles of incorporation. what are those?", "articles"),
    # "a high one" is the term named before, as "it" is
    ("debt to equity ratio what does a high one mean", "de-ratio"),
    # a partitive noun names a share of what was named; "X example" asks about X
    ("2/10 net 30 — what's the cash discount part", "cash-discount"),
    ("opportunity cost example for 9th graders?", "opp-cost"),
    # an arrow before a bare question asks what the name leads to, as "=" does
    ("NAICS code -> ? the gov form wants ours", "naics"),
    # a message ending on the term and a lone "??"
    ("storage guy said 'its just jbod'. ??", "jbod"),
    # a dash before "who is"/"is that" opens a sentence of its own
    ("DCAA wants to audit our indirect rate — who is DCAA?", "dcaa"),
    ("the '2/10' part — is that a cash discount?", "cash-discount"),
    ("and the '2/10' part — is that a cash discount?", "cash-discount"),
    # the question points at an everyday word the term's entry says, right before the term
    ("what's a bond indenture? legal forwarded a 140-page PDF called that", "indenture"),
    # "it's" is a word and its clitic, never the acronym ITS
    ("what does portability mean for software they said it's portable between clouds", "portability"),
    # "it's about X" describes the term asked, it does not ask about X
    ("interest tax shield... i know it's about interest being deductible but what's the proper definition",
     "tax-shield"),
])
def test_one_clear_candidate_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    # a singular pronoun may mean the copy: still only offered
    "bank onboarding is asking for a copy of our articles of incorporation. what is that?",
    # the pronoun may point at the damages, a phrase no term names
    "liquidated damages in the SOW - what are those",
    # a noun after an acronym that names a thing of its own ("an API key" is no API)
    "what is an API key",
    # a modifier the entry does not say: a kind of scheduling nobody defined
    "what's block scheduling?",
])
def test_another_reading_stays_open(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"


def test_an_arrow_before_a_question_that_names_its_subject_is_no_equals(glossary: Glossary) -> None:
    assert outcome(glossary, "GAAP / SOW -> what is a statement of work") == ("answer", ["sow"])


def test_a_comparison_before_the_dash_is_still_compared(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "AES and DES — is DES just the older AES or totally different")
    assert status == "compare" and set(ids) == {"aes", "des"}


def test_a_contraction_names_no_acronym(glossary: Glossary) -> None:
    assert outcome(glossary, "it's fine, what's up")[0] == "unknown"
    assert outcome(glossary, "It's fine, what's up")[0] == "unknown"  # a sentence's first word: capital, still "it"

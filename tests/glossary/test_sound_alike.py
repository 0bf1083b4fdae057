"""Issue 13, over a real SQLite glossary: an acronym said as a word and typed by ear ("whack" for WACC,
"voyp" for VoIP, "lie bore" for LIBOR) is read by its sound (glossary/sound_alike.py), answered only when the
message backs that one name or what was typed is no English word with the name's first vowel, else at most
offered; a word only mentioned, an acronym written in capitals and a negative stay as they were."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.sound_alike import sound_key
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("wacc", "weighted average cost of capital (WACC)", "What a firm pays, on average, for its money.",
         tags=["finance"]),
    Term("voip", "VOIP", "Voice Over IP (Voice Over the Internet Protocol)", aliases=["Voice Over IP"]),
    Term("libor", "London Interbank Offered Rate (LIBOR)", "A benchmark interest rate between banks."),
    Term("gaap", "Generally Accepted Accounting Principles (GAAP)", "The common set of accounting standards."),
    Term("nic", "NIC", "Network Interface Card", aliases=["Network Interface Card"]),
    Term("soc", "SOC", "Security Operations Center", aliases=["Security Operations Center"]),
    Term("sec", "Securities and Exchange Commission (SEC)", "The regulator of securities markets."),
    Term("faas", "FaaS", "Functions run on demand by a cloud.", aliases=["Function as a Service"]),
    Term("fas", "FAS", "Buys for federal agencies.", aliases=["Federal Acquisition Service"]),
    Term("bod", "board of directors (BOD)", "The people who oversee a company."),
    Term("cak", "CAK", "Card Authentication Key", aliases=["Card Authentication Key"]),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines."),
    Term("cor", "Contracting Officer's Representative", "Helps the contracting officer watch a contract.",
         aliases=["COR"]),
    Term("spac", "special purpose acquisition companies (SPACs)", "A listed shell company that buys a business."),
    Term("waf", "WAF", "Web Application Firewall", aliases=["Web Application Firewall"]),
    Term("naics", "NAICS", "North American Industry Classification System: a code for an industry."),
    Term("finra", "Financial Industry Regulatory Authority (FINRA)", "The US regulator of broker-dealers."),
    Term("owasp", "OWASP", "Open Web Application Security Project", aliases=["Open Web Application Security Project"]),
    Term("gwac", "Government-wide acquisition contract (GWAC)", "A contract many agencies can order from."),
    Term("atm", "ATM", "Asynchronous Transfer Mode", aliases=["Asynchronous Transfer Mode"]),
    Term("cal", "CAL", "Client Access License", aliases=["Client Access License"]),
    Term("raas", "RaaS", "Ransomware as a Service: ransomware rented out to criminals."),
    Term("odc", "Other Direct Cost (ODC)", "A contract cost that is neither labour nor travel."),
    Term("dap", "Digital Analytics Program (DAP)", "A government-wide web analytics service."),
    Term("saas", "SaaS", "Software rented and run by its maker.", aliases=["Software as a Service"]),
    Term("cpa", "Certified Public Accountant (CPA)", "An accountant licensed to audit."),
    Term("eps", "earnings per share (EPS)", "Profit divided by the number of shares."),
    Term("cim", "computer integrated manufacturing (CIM)", "Factories run by linked computers."),
    Term("grok", "grok", "To understand something deeply."),
    Term("arra", "American Recovery and Reinvestment Act (ARRA)", "A 2009 US stimulus law."),
    Term("sku", "SKU", "Stock Keeping Unit: a code for one product a shop sells.", aliases=["Stock Keeping Unit"]),
    Term("mean", "MEAN", "A web stack of MongoDB, Express, Angular and Node."),
    Term("pcii", "Protected Critical Infrastructure Information (PCII)", "Shielded infrastructure data."),
    Term("cise", "CISE", "Computer and Information Science and Engineering"),
    Term("tina", "Truth in Negotiations Act (TINA)", "A law on cost data in contract negotiations."),
    Term("rbac", "RBAC", "Role-based access control", aliases=["Role-based access control"]),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("typed", "name"), [
    ("whack", "WACC"), ("voyp", "VoIP"), ("lie bore", "LIBOR"), ("gap", "GAAP"), ("nick", "NIC"),
    ("eye map", "IMAP"), ("dunce", "DUNS"), ("nakes", "NAICS"), ("skew", "SKU"), ("spack", "SPAC"),
])
def test_a_word_sounds_like_the_acronym(typed: str, name: str) -> None:
    assert sound_key(typed) == sound_key(name)


@pytest.mark.parametrize(("text", "term"), [
    ("what is whack the finance team says our whack is nine percent what is whack", "wacc"),
    ("the new phones are voyp what does voyp mean is that voice over something", "voip"),
    ("um what is lie bore l i b o r", "libor"),
    ("what is gap accounting", "gaap"),
    ("tech notes say replace the nick card on the kiosk pc what is a nick", "nic"),
    ("um the sock called me about an alert wait what is the sock security operations something", "soc"),
    ("function as a service fass what is that", "faas"),
])
def test_an_acronym_heard_and_backed_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what is voyp", "voip"),  # no English word, but unknown acronyms and product names are typed so too
    ("what is a spack company", "spac"),
    ("what's a waff the buyer asked if we sit behind a waff", "waf"),
    ("What are nakes codes", "naics"),
    ("What is fin rah, the American regulator", "finra"),
    ("What is oh wasp, the security summary mentions the oh wasp top ten", "owasp"),
])
def test_an_acronym_heard_as_no_english_word_is_offered(glossary: Glossary, text: str, term: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and term in ids


def test_a_letter_said_by_its_name_and_the_rest_as_a_word_is_heard(glossary: Glossary) -> None:
    assert outcome(glossary, "at jargon bot what's a G whack contract") == ("answer", ["gwac"])


def test_a_letter_heard_is_only_that_letter(glossary: Glossary) -> None:
    assert "gwac" not in outcome(glossary, "what is a B whack contract")[1]  # GWAC begins with G


@pytest.mark.parametrize("text", [
    "what is so easy about computer science",  # "so" only sounds like a letter's name (the second review)
    "what is the one act",
    "what is our back office access control policy",
])
def test_a_word_that_only_sounds_like_a_letter_says_no_letter(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", [
    "what is sase", "what is ccpa and does it apply to us?", "what does epss mean", "can someone explain scim",
    "what is groq and is it faster than openai", "que significa ahorro", "what's aisha's slack handle",
    "what does skew mean in stats", "what is an amine group", "what is a piazza in italy", "what is a waif",
])
def test_an_unknown_word_that_sounds_like_an_acronym_is_never_answered(glossary: Glossary, text: str) -> None:
    """Unknown acronyms, product names, other languages' words, names and rare English words are typed as no
    English word too: their sound alone answers nothing (the review of this change found 160 such)."""
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", [
    "whats a utm link and why does everyone want one on everything",  # typed as its letters: not ATM's vowel
    "what's a kol, the pr agency keeps saying we need more kols",
    "roas meaning pls, the paid social guy says it every 4 seconds",
    "oidc what is it",
    "what does cac mean in the growth deck",  # three letters: an acronym of its own, not CAK
    "selinux blocking de app they say. wha is it",  # "de app" is "the app": more than a letter from DAP
])
def test_an_unknown_acronym_typed_as_letters_is_not_answered_by_sound(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [
    ("what is whack", "wacc"),  # an English word, nothing backs the acronym: "did you mean"
])
def test_an_acronym_heard_alone_is_offered(glossary: Glossary, text: str, term: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and term in ids


@pytest.mark.parametrize("text", [
    "the new phones are voyp, they ring all day",  # mentioned, not asked
    "cots software. like a cot, the bed?? what does that mean",  # "bed" is no BOD
    "the whack on the head hurt, what is a concussion",
])
def test_a_word_only_said_is_left_alone(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_an_acronym_written_in_capitals_is_not_heard(glossary: Glossary) -> None:
    assert outcome(glossary, "CAC card — what is a CAC, my friend at the pentagon has one")[1] != ["cak"]


def test_two_sound_alikes_neither_backed_are_not_answered(glossary: Glossary) -> None:
    assert outcome(glossary, "what is the sock")[0] != "answer"  # SOC or SEC: nothing says which


@pytest.mark.parametrize(("text", "unwanted"), [
    ("a competitor protested our award. what is a bid protest?", "bod"),  # "bid" sounds like BOD
    ("the fed funds rate keeps going up, what is the wacc rate on a loan", "libor"),
])
def test_an_english_word_among_others_asked_is_not_offered_by_sound(glossary: Glossary, text: str,
                                                                    unwanted: str) -> None:
    """A sound match is a guess worth offering only for a word no dictionary knows ("voyp") or the one word
    asked ("what is whack"): "bid" in "a bid protest" is the word it is."""
    assert unwanted not in outcome(glossary, text)[1]


def test_the_s_of_whats_backs_no_name(glossary: Glossary) -> None:
    """ "what's the core idea": the "s" of "what's" is no word of "Contracting Officer's Representative"."""
    assert outcome(glossary, "what's the core idea")[0] != "answer"

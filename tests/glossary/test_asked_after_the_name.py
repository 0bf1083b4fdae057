"""Issue 13, over a real SQLite glossary: a name asked about by one or two words of a language the bot has no word
of, after it ("SIEM chi ast?", "OPEX kana bhai", "ARP ni iki?"): answered, when the clause opens on the name and
closes a question or a line of its own, and no other term is asked. Not when the words ask when, where or who in
a language read by a table ("SLA kab milega?"), thanks, greetings, "yes" and "no" ("SLA gracias"), a line without a
question mark among others or closed by a full stop ("SLA kini."), a lone word that is not typed as syllables
("LDAP ldapsearch?"), a word English typed with two letters swapped ("VPN dwon?"), a keystroke off or drawn out,
or the opening of an English word ("cert"), when the
name sits inside a longer one ("EV/EBIT etc?"), or when another term is asked in words the bot knows. Such a
question closing a message after a sentence that names a term points back to it, as "what is that?" does
(glossary/closing_pointer.py). One such word joining two names, in a sentence asking whether they differ or are the
same, joins them as "and" does (apposed_pair.foreign_joined)."""

from __future__ import annotations

import pytest

from glossary import apposed_pair, closing_pointer, tail_words, textscan
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("siem", "SIEM", "Security information and event management: one place that collects and alerts on logs."),
    Term("opex", "OPEX", "Operating expenses: what it costs to run the business day to day."),
    Term("jbod", "JBOD", "Just a bunch of disks: drives used one by one, with no RAID."),
    Term("dhcp", "DHCP", "The service that hands each device on a network its address."),
    Term("arp", "ARP", "Address Resolution Protocol: finds the hardware address behind an IP address."),
    Term("csrf", "CSRF", "Cross-site request forgery: a page tricking a browser into an unwanted request."),
    Term("junk-bonds", "junk bonds", "Bonds from borrowers likely to default, paying high interest for the risk."),
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether work is on track."),
    Term("vpn", "VPN", "Virtual private network: a private link to the office network over the internet."),
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("ev", "EV multiples", "Ratios of enterprise value to earnings or sales, to compare companies' prices."),
    Term("etf", "ETF", "Exchange traded fund: a basket of investments bought and sold like one share."),
    Term("mutual-fund", "mutual fund", "A pool of savers' money invested together by a manager."),
    Term("san", "SAN", "Storage area network: a separate fast network of shared disks for servers."),
    Term("nas", "NAS", "Network attached storage: a file server many computers reach over the network."),
    Term("sftp", "SFTP", "File transfer over an encrypted SSH connection."),
    Term("ftp", "FTP", "File transfer protocol: the old unencrypted way to move files between computers."),
    Term("hsm", "HSM", "Hardware security module: a locked-down device that keeps and uses secret keys."),
]

tail = glossary_fixture("tail", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("SIEM chi ast?", "siem"),
    ("salam, DHCP chi ast? new router not giving IP to laptops", "dhcp"),  # the question, then the story
    ("OPEX kana bhai", "opex"),  # a line of its own, no question mark
    ("JBOD kana 🤔", "jbod"),
    ("junk bonds ni iki 😂", "junk-bonds"),
    ("network guy mentioned arp spoofing. ARP ni iki?", "arp"),  # the same term named before
    ("Forbidden (403)\nCSRF verification failed.\n\ncsrf ni iki? 😩", "csrf"),  # the last line
])
def test_a_name_then_a_question_in_unknown_words_is_answered(tail: Glossary, text: str, expected: str) -> None:
    assert outcome(tail, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "SLA kab milega?",  # "when", in Hindi (read by a table)
    "KPI review is friday. KPI kailan?",  # "when", in Tagalog
    "SLA kini.",  # a statement: "the SLA now."
    "VPN dwon?",  # English, two letters swapped
    "the VPN is down again",  # English words
    "VPN kharap hai, SLA kab milega bhai?",  # more than two words after the name
    "SLA gracias",  # thanks
    "SLA oui?",  # yes
    "SLA kiitos?",  # a particle alone
    "LDAP ldapsearch?",  # English jargon and tools: no lone word of syllables
    "DNS anycast?",
    "SLA recvd?",  # chat shorthand
    "VPN sloooow?",  # drawn out
    "VPN brokn?",  # a keystroke from English
    "TLS certs?",  # an English word's opening, plural
    "DNS unbound\nDHCP dnsmasq",  # a list
    "VPN kaput.",  # a statement
    "ravi: VPN kaput?",  # spoken to someone
    "#SLA kana?",  # a tag
    "VPN ei toimi?",  # "not", in Finnish
])
def test_other_words_after_a_name_are_not_read_as_asking(tail: Glossary, text: str) -> None:
    assert outcome(tail, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_closing_question_of_unknown_words_points_back(tail: Glossary) -> None:
    assert outcome(tail, "the bank keeps keys in an HSM. ni iki?") == ("answer", ["hsm"])
    assert closing_pointer.english("the bank keeps keys in an HSM. ni iki?") == \
        "the bank keeps keys in an HSM. what is that?"


@pytest.mark.parametrize("text", [
    "the VPN is down again. kya karein?",  # Hindi, read by its table
    "the VPN is down again. kab?",  # "when"
    "the VPN is down again. ni iki ariko?",  # more than two words
    "ni iki?",  # nothing before it
    "the VPN is down again. ni iki",  # no question mark
    "the new KPI is churn. samjhe?",  # "understood?"
    "VPN keeps dropping. weishenme?",  # "why?"
])
def test_other_closing_words_are_not_put_as_pointing_back(text: str) -> None:
    assert closing_pointer.english(text) is None


@pytest.mark.parametrize("text", ["SAN au NAS re difference kana?", "SFTP au FTP same kina?"])
def test_two_names_joined_by_a_word_of_no_english_are_compared(tail: Glossary, text: str) -> None:
    status, ids = outcome(tail, text)
    assert status == "compare" and len(ids) == 2


@pytest.mark.parametrize("text", ["SAN au NAS", "SAN og NAS, difference?", "SAN or NAS, difference?",
                                  "SAN ka NAS same?"])
def test_other_words_between_two_names_are_not_read_as_a_foreign_and(tail: Glossary, text: str) -> None:
    """No word asking a difference; a listed language's own "and" (Norwegian "og", read with its words); English; a
    table's postposition (Hindi "ka": the SAN's NAS)."""
    assert apposed_pair.foreign_joined(text, tail.understander.detector.spans) is None


def test_a_term_asked_in_known_words_is_answered_not_the_one_before_unknown_words(tail: Glossary) -> None:
    assert outcome(tail, "ETF andre enu macha, mutual fund thara na") == ("answer", ["etf"])


def test_a_name_inside_a_longer_one_is_not_asked_by_the_words_after_it(tail: Glossary) -> None:
    assert outcome(tail, "EV multiples = EV/revenue, EV/EBIT etc? what's the actual def")[1][:1] != ["ebit"]


@pytest.mark.parametrize(("word", "counts"), [("kana", True), ("chi", True), ("iki", True), ("dwon", False),
                                               ("cert", False), ("kab", False), ("kailan", False), ("ok", False)])
def test_which_words_after_a_name_may_ask(word: str, counts: bool) -> None:
    s = textscan.scan(f"SLA {word}")
    assert tail_words.tail_word(s, 1) is counts


@pytest.mark.parametrize(("word", "syllabic"), [("kana", True), ("iki", True), ("bhai", True), ("ldapsearch", False),
                                                 ("anycast", False), ("dpa", False), ("recvd", False)])
def test_a_lone_word_after_a_name_asks_only_typed_as_syllables(word: str, syllabic: bool) -> None:
    assert tail_words._syllabic(word) is syllabic  # noqa: SLF001 - the rule itself


def test_a_long_message_of_names_and_unknown_words_gets_a_reply(tail: Glossary) -> None:
    """Each name's clause is read a few words around: thousands of them still get a reply (bench/pathological.py
    times the shape "SIEM chi ast?")."""
    assert outcome(tail, "SIEM chi ast? " * 3_000)[0] in ("answer", "suggest", "unknown", "ambiguous")

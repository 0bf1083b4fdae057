"""Issue 13, over a real SQLite glossary: Urdu as Pakistani colleagues type it in Latin letters
(glossary/hindi_phrases.py: "kia", "murad", "kis cheez ko kehte hain", "hota kya hai", "ye kya hai" after a term
someone mentioned), European Portuguese chat ("quer dizer o quê", "e o X?", "explica X"), and the postpositions of a
phrase read in English order ("SBP ki report mein": in SBP's report)."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("profit-margin", "profit margin", "The share of each sale left as profit once the costs are paid."),
    Term("working-capital", "working capital", "What a firm owns that turns to cash within a year, minus what it owes "
         "within a year."),
    Term("retained-earnings", "retained earnings", "Past profits a firm kept instead of paying them out to owners."),
    Term("esg", "ESG", "Environmental, social and governance: how a firm's conduct is judged beyond its profit."),
    Term("osha", "OSHA", "The US agency that sets and enforces rules for safety at work."),
    Term("chain-of-command", "chain of command", "Who reports to whom, from the top of an organisation down."),
    Term("fdic", "FDIC", "The US agency that insures bank deposits up to a limit."),
    Term("forward-contract", "forward contract", "An agreement to buy or sell later at a price fixed today."),
    Term("dividend-yield", "dividend yield", "A year's dividends divided by the share price."),
    Term("job-analysis", "job analysis", "Working out what a job involves and what it takes to do it."),
    Term("compensating-balance", "compensating balance", "Money a borrower keeps on deposit with the lender."),
    Term("core-inflation", "core inflation", "Price rises leaving out food and energy, whose prices jump about."),
    Term("sbp", "SBP", "Statement of basis and purpose: the preamble an agency publishes with a new rule."),
    Term("z-score", "z score", "How many standard deviations a value lies from the average."),
    Term("double-entry", "double entry accounting", "Recording every transaction twice, as a debit and a credit."),
    Term("po", "PO", "Product owner: the person who decides what the team builds next.", aliases=["product owner"]),
    Term("ship", "ship", "To release work to the people who use it."),
    Term("cvss", "CVSS", "A 0 to 10 score of how severe a security weakness is."),
    Term("crl", "CRL", "Certificate revocation list: the certificates an authority has withdrawn."),
    Term("nat", "NAT", "Network address translation: many devices sharing one public address."),
    Term("wstg", "WSTG", "A guide to testing the security of web applications."),
    Term("margin", "margin", "Money set aside with a broker to cover losses on a trade."),
    Term("slo", "SLO", "Service level objective: the target a team sets for a service's reliability."),
    Term("sla", "SLA", "Service level agreement: what a provider promises its customer, with penalties."),
    Term("agile", "Agile", "Building software in short steps, checking with users after each one."),
    Term("invoice", "invoice", "A seller's bill listing what was delivered and what is owed."),
    Term("npv", "NPV", "Net present value: future cash flows in today's money, minus the cost."),
    Term("free-cash-flow", "free cash flow", "Cash a business generates after paying to keep and grow its assets."),
    Term("waf", "WAF", "Web application firewall: a filter in front of a web app that blocks attacks."),
    Term("penalty-clause", "penalty clause", "A contract term setting what is paid if a party fails to perform."),
]

urdu = glossary_fixture("urdu", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("profit margin se kya muraad hai?", "profit-margin"),  # Urdu's word for meaning
    ("retained earnings kia hoti hai? samjh nahi aaya", "retained-earnings"),  # "kia" for "kya"
    ("ESG kis cheez ka short hai?", "esg"),
    ("OSHA kis cheez ka naam hai", "osha"),
    ("job analysis kisay kehte hain?", "job-analysis"),
    ("yaar working capital hota kya hai", "working-capital"),  # the words in another order
    ("chain of command matlab", "chain-of-command"),  # "matlab" closing the message
    ("forward contract kis tarah kaam karta hai?", "forward-contract"),
    ("dividend yield kaise calculate karte hain", "dividend-yield"),
    ("z score ki definition chahiye thi ji", "z-score"),
    ("double entry accounting ka concept samjha dein", "double-entry"),
    ("meeting mein compensating balance ki baat ho rahi thi, ye kya hai?", "compensating-balance"),
    ("SBP ki report mein core inflation likha hai, iska matlab kya hai?", "core-inflation"),  # in SBP's report
    ("SLO kya hota hai? SLA toh pata hai", "slo"),  # known in a sentence of its own, after the question
])
def test_a_question_in_urdu_is_read(urdu: Glossary, text: str, expected: str) -> None:
    assert outcome(urdu, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("pá, nat quer dizer o quê?", "nat"),
    ("e o cvss?", "cvss"),  # a follow-up, "and the CVSS?"
    ("e crl?", "crl"),
    ("explica agile", "agile"),
    ("o lead mandou seguir o WSTG nos testes. alguém me explica o que é?", "wstg"),
    ("margin nos futuros, o que é?", "margin"),
    ("crl o que é isso 😅 apareceu num code review", "crl"),  # the question closed before the story goes on
    ("apa sih yg dimaksud SLO?", "slo"),  # Indonesian "what is meant by": no question closed at its start
    ("o PO disse 'let's ship it'. ship aqui quer dizer o quê?", "ship"),  # the PO typed in capitals is no syllable
])
def test_a_question_in_european_portuguese_is_read(urdu: Glossary, text: str, expected: str) -> None:
    assert outcome(urdu, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "mujhe pata hai SLA kya hai",  # known, and nothing else asked
    "shukriya ji, samajh aa gaya",
    "fixe, obrigado!",
    "e depois almoçamos?",  # "e" opening a question that names no term
])
def test_a_remark_is_never_answered(urdu: Glossary, text: str) -> None:
    assert outcome(urdu, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", [
    "man midoonam SLA chiye, soalam ine ke ki emzash mikone",  # Persian: I know what it is; who signs it
    "em biết SLA là gì rồi, chỉ hỏi ai ký thôi",  # Vietnamese
    "najua SLA ni nini, tatizo ni nani anasaini",  # Swahili
    "ami jani SLA mane ki, kintu ke sign korbe?",  # Bengali
    "kabalo ko unsay meaning sa SLA pero kinsa mo-sign",  # Cebuano
])
def test_knowing_said_in_another_language_is_a_remark(urdu: Glossary, text: str) -> None:
    assert outcome(urdu, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("ami jani na SLA mane ki", "sla"),  # Bengali "I do not know"
    ("vamos fazer canary SLO da sexta. o que é isso ao certo?", "slo"),  # words of the language, no longer name
])
def test_words_of_another_language_are_no_part_of_a_name(urdu: Glossary, text: str, expected: str) -> None:
    assert outcome(urdu, text) == ("answer", [expected])


def test_a_verb_after_its_subject_is_no_part_of_the_name(urdu: Glossary) -> None:
    """A past verb after "the consultant" says who said it: "muttered" makes no longer name with the term."""
    text = "the new org chart is flat and the consultant muttered 'chain of command'. Meaning?"
    assert outcome(urdu, text) == ("answer", ["chain-of-command"])


@pytest.mark.parametrize("text", [
    "kal standup hai? mujhe pata hai SLA kya hai",  # the "?" before closes a question that asks no meaning
    "sab theek? mujhe pata hai SLA kya hota hai",
    "ready? aku tahu SLA itu apa",
    "ela explica o SLA amanhã na reunião",  # she will explain it: "explica" opens no question there
    "explica ao cliente porque é que o SLA falhou pf",  # a task: explain to the client why
    "e o WAF? já está ligado em prod?",  # its state asked after the follow-up
    "token expire hone pe API kya karta hai?",  # how it behaves then
    "client ko samjha dein ke invoice next week aayega",  # tell the client that
    "free cash flow ka number bata dein please",  # its value
    "is project ka NPV kaise calculate hua? numbers match nahi kar rahe",  # how this one came out
    "what does the tax deferred invoice mean?",  # "deferred" a modifier: no invoice answered for a longer name
    "أعرف ما هو SLA، بس متى التسليم؟",  # Arabic: I know what the SLA is; when is delivery?
    "मुझे पता है SLA क्या है, बस deadline बताओ",  # Hindi in its own script
    "pta hai mujhe NPV kya hai?? main finance se hoon",
    "SLA ka zikr hua tha meeting mein, follow up kar lena",  # mentioned, follow it up: "mein" no slip of "mean"
    "Juan, explica el SLA al equipo mañana",  # Spanish: a task for Juan
    "bueno. explica el SLA al cliente",
    "client ko SLA samjha dein",  # explain it to the client: a task for the asker
    "lunch? I know what an SLA is",  # an English remark after a question about something else
])
def test_a_remark_task_or_value_is_never_answered(urdu: Glossary, text: str) -> None:
    assert outcome(urdu, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("kasabot ko, unsa man ang SLA?", "sla"),  # "got it," alone in its clause: the question stands
    ("explica à malta o que é o NPV, pf", "npv"),  # explain to the team what it is
    ("mujhe explain karo ki NPV kya hota hai", "npv"),
    ("ما أعرف وش يعني SLA", "sla"),  # Arabic: I do not know what it means
    ("kisi ko pata hai NPV kya hota hai?", "npv"),  # does anyone know
    ("kal call mein penalty clause ka zikr hua, iska kya matlab hai?", "penalty-clause"),
    ("midoonam harf-e ziadi nist, vali NPV chiye?", "npv"),  # I know it is a small ask: no knowing of the term
    ("najua margin, lakini profit margin ni nini?", "profit-margin"),  # the remark names a word, not the term
    ("hum ko SLA samjha do", "sla"),  # explain it to us
    ("I know what an SLA is, but what is an SLO?", "slo"),
])
def test_a_question_after_a_remark_or_a_request_stands(urdu: Glossary, text: str, expected: str) -> None:
    assert outcome(urdu, text) == ("answer", [expected])

"""Issue 13, over a real SQLite glossary: names people use that the entry does not list, and question shapes that
say which term is meant, or that no meaning is asked.

- Names: one the definition gives its term ("WebAssembly (often abbreviated as Wasm)"), never over another
  entry's own name; a clip typed in camel case ("CapEx"); a run of a name's words typed as initials ("AR aging
  schedule"); a noun the definition says the term is ("Kerberos authentication"); an acronym sounded out before
  it is spelled ("see surf C S R F"); a lower-case acronym inside a longer name ("gpt in chatgpt").
- Shapes: "what beta measures", "is mentoring considered training?", "what does it stand for" after one
  acronym, "full form", "we are agile" (a statement), quoted speech, "X. What is it. And how is it different
  from ...", a heading before a comparison, a list item's number, the speaker of reported speech, a person
  named before a verb, a courteous request for a definition.
- No meaning asked: a value owned by a time ("this week's prime rate"), "RFI #42", a statement beside another
  question ("the vpn is so slow today, anyone else??")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("wasm", "WebAssembly", "WebAssembly (often abbreviated as Wasm) is a binary instruction format for the web."),
    Term("expense-recognition", "expense recognition",
         "(also, matching principle) matches expenses with the revenues of the same period."),
    Term("debt", "debt", "Money borrowed that must be paid back."),
    Term("liabilities", "liabilities", "What a firm owes to its creditors; also called debts."),
    Term("capex", "capital expenditures", "Money spent on long-lived assets such as buildings and machines."),
    Term("opex", "OPEX", "Operating expenditure: the running costs of a business.", aliases=["operating expenditure"]),
    Term("beta", "beta", "How much a stock's price swings compared with the whole market."),
    Term("mentoring", "mentoring", "An experienced employee guiding a newer one."),
    Term("ojt", "on-the-job training", "Learning a job while doing it, at the workplace."),
    Term("waterfall", "waterfall development", "Building software in fixed phases, one after another."),
    Term("agile", "agile", "Building software in short cycles, changing the plan as feedback comes in."),
    Term("fasb", "Financial Accounting Standards Board (FASB)", "The body that sets US accounting standards."),
    Term("job-description", "job description", "A written list of a job's duties and requirements."),
    Term("dread", "DREAD", "A way to rate threats: damage, reproducibility, exploitability, affected users, "
         "discoverability.", aliases=["Damage Reproducibility Exploitability Affected Users Discoverability"]),
    Term("sre", "Site Reliability Engineering", "Site Reliability Engineering or SRE is a discipline that runs "
         "operations as a software problem."),
    Term("w9", "W-9 form", "The US tax form a supplier fills in to give its taxpayer number."),
    Term("vpn", "VPN", "A virtual private network: an encrypted tunnel into a private network."),
    Term("ar", "accounts receivable", "Money customers owe the firm for what it sold them.", aliases=["AR"]),
    Term("ar-aging", "accounts receivable aging schedule", "A table of unpaid customer invoices by how late they are."),
    Term("gmt", "general management team", "The senior managers who run a unit together."),
    Term("crm", "customer relationship management software", "Software that tracks customers and contacts.",
         aliases=["CRM"]),
    Term("cresm", "clinical resource management software", "Software that schedules clinical staff and rooms."),
    Term("selectivity", "audience selectivity", "How well a medium reaches one chosen group of people."),
    Term("eda", "event-driven architecture", "Software whose parts react to events as they happen."),
    Term("monolith", "monolithic apps", "An application built and deployed as one piece.", aliases=["monolith"]),
    Term("microservices", "microservices", "An application built as many small services that talk over a network."),
    Term("prime", "prime rate", "The interest rate banks charge their best customers."),
    Term("rfi", "RFI", "A request for information sent to suppliers.", aliases=["request for information"]),
    Term("kpi", "KPI", "A key performance indicator: a number that shows how well something is going."),
    Term("mfa", "MFA", "Multi-factor authentication: a second proof of identity besides the password."),
    Term("it", "IT", "Information technology: the computers and networks of an organisation, and the team."),
    Term("mvp", "MVP", "A minimum viable product: the smallest version worth putting in front of users."),
    Term("clin", "CLIN", "A contract line item number: one priced line of a contract.",
         aliases=["contract line item number"]),
    Term("motive", "precautionary motive", "Holding cash for emergencies nobody can foresee."),
    Term("fed-funds", "federal funds rate", "The rate banks charge each other for overnight loans."),
    Term("finra", "FINRA", "The US body that oversees brokers.", aliases=["Financial Industry Regulatory Authority"]),
    Term("csrf", "CSRF", "An attack that makes a logged-in browser send a request the user never meant.",
         aliases=["cross-site request forgery"]),
    Term("sole-source", "sole source", "A contract awarded to one supplier without competition."),
    Term("cure-notice", "cure notice", "A letter telling a contractor to fix a failure within a set time."),
    Term("income-statement", "income statement", "The report of revenue, costs and profit over a period."),
    Term("treynor", "Treynor ratio", "Excess return per unit of market risk."),
    Term("sharpe", "Sharpe ratio", "Excess return per unit of total risk."),
    Term("gpt", "GPT", "A generative pre-trained transformer: a kind of language model.",
         aliases=["generative pre-trained transformer"]),
    Term("chatgpt", "ChatGPT", "An AI chatbot made by OpenAI."),
    Term("kerberos", "Kerberos", "Kerberos is a computer-network authentication protocol that uses tickets."),
    Term("aaa", "AAA", "Authentication, authorization and accounting.",
         aliases=["Authentication Authorization Accounting"]),
    Term("sam", "SAM", "The federal System for Award Management, where contractors register.",
         aliases=["System for Award Management"]),
    Term("siem", "SIEM", "A system that gathers security logs and raises alerts.",
         aliases=["Security Information and Event Management"]),
]

given = glossary_fixture("given", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("wasm", "wasm"),
    ("what's wasm", "wasm"),
    ("What is the matching principle?", "expense-recognition"),
    ("Our controller mentioned it. What is the matching principle?", "expense-recognition"),
])
def test_a_name_the_definition_gives_answers(given: Glossary, text: str, expected: str) -> None:
    assert outcome(given, text) == ("answer", [expected])


def test_a_given_name_never_takes_another_entrys_plural(given: Glossary) -> None:
    assert outcome(given, "what are debts") == ("answer", ["debt"])


@pytest.mark.parametrize("text", ["what is CapEx", "CapEx?"])
def test_a_clipped_name_in_camel_case_reads_as_the_name(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["capex"])


def test_a_clipped_name_in_capitals_is_only_offered(given: Glossary) -> None:
    assert outcome(given, "what is CAPEX") == ("suggest", ["capex"])


def test_a_comparison_with_a_camel_case_side(given: Glossary) -> None:
    assert outcome(given, "What is the difference between OpEx and CapEx?") == ("compare", ["opex", "capex"])


@pytest.mark.parametrize("text", ["remind me what beta measures exactly", "no idea what beta indicates"])
def test_what_a_measure_tells_asks_what_it_is(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["beta"])


@pytest.mark.parametrize("text", ["what beta measures for my portfolio is bad news",
                                  "figure out what beta indicates for the finance team",
                                  "waiting to see what beta reflects in the next release"])
def test_what_a_measure_shows_in_one_case_is_no_meaning_asked(given: Glossary, text: str) -> None:
    assert outcome(given, text)[0] != "answer"


@pytest.mark.parametrize("text", ["is mentoring considered training?", "is mentoring regarded as a form of training?",
                                  "Is mentoring considered a form of training? What's the proper definition?"])
def test_asking_which_class_a_term_counts_as_asks_about_it(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["mentoring"])


@pytest.mark.parametrize("text", ["is the VPN considered down?", "is our VPN considered approved?"])
def test_a_state_asked_of_one_thing_is_not_a_class(given: Glossary, text: str) -> None:
    assert outcome(given, text)[0] != "answer"


def test_a_statement_about_ourselves_does_not_ask(given: Glossary) -> None:
    text = "waterfall development meaning - client is following waterfall, we are agile, confusion is there"
    assert outcome(given, text) == ("answer", ["waterfall"])


@pytest.mark.parametrize(("text", "expected"), [
    ("FASB is in the job description for our senior accountant opening. What does it stand for?", "fasb"),
    ("DREAD model — what does each letter stand for", "dread"),
])
def test_what_it_stands_for_is_asked_of_the_acronym(given: Glossary, text: str, expected: str) -> None:
    assert outcome(given, text) == ("answer", [expected])


def test_what_it_stands_for_after_two_acronyms_is_not_guessed(given: Glossary) -> None:
    assert outcome(given, "we moved from VPN to GCP. what does it stand for?")[0] != "answer"  # GCP: no term


@pytest.mark.parametrize("text", ["SRE full form?", "what is the full form of SRE"])
def test_full_form_asks_what_an_acronym_stands_for(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["sre"])


@pytest.mark.parametrize("text", ["what is an AR aging schedule", "ar aging schedule - explain",
                                  "we ran the AR aging schedule. what is it?"])
def test_a_run_of_a_names_words_typed_as_initials(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["ar-aging"])


def test_initials_in_lower_case_need_more_words_typed_whole(given: Glossary) -> None:
    assert outcome(given, "gm team")[0] != "answer"


def test_initials_the_glossary_spells_otherwise_are_not_another_names(given: Glossary) -> None:
    assert outcome(given, "what is CRM software") == ("answer", ["crm"])



def test_a_question_quoted_from_someone_else_is_not_the_askers(given: Glossary) -> None:
    """The client's "what's our X on the buy" asks for a value; the asker's own "what IS X" asks what it is."""
    text = "Client on the call just now: 'what's our audience selectivity on the podcast buy?'\nso what IS audience " \
           "selectivity please!!"
    assert outcome(given, text) == ("answer", ["selectivity"])


@pytest.mark.parametrize("text", ["Event-driven architecture. What is it. And how is it different from a CICS "
                                  "transaction getting triggered", "Event-driven architecture - what is it, and how "
                                  "does it compare with batch jobs?"])
def test_a_term_asked_outright_is_answered_beside_an_unknown_comparison(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["eda"])


@pytest.mark.parametrize("text", ["ok settle this: monolith vs microservices. what's the actual difference, without "
                                  "the marketing", "settle this: monolith vs microservices"])
def test_a_heading_before_a_comparison_is_no_side(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("compare", ["monolith", "microservices"])


@pytest.mark.parametrize("text", ["what is kerberos authentication", "kindly explain kerberos authentication"])
def test_a_noun_the_definition_says_the_term_is_repeats_it(given: Glossary, text: str) -> None:
    """"Kerberos is a computer-network authentication protocol": "Kerberos authentication" is Kerberos."""
    assert outcome(given, text) == ("answer", ["kerberos"])


def test_a_lower_case_acronym_inside_a_longer_name_is_asked_itself(given: Glossary) -> None:
    assert outcome(given, "what does gpt in chatgpt stand for") == ("answer", ["gpt"])


@pytest.mark.parametrize("text", ["Could you tell me today's prime rate, please?", "RFI #42 still open with the "
                                  "architect, any update?", "the vpn is so slow today, anyone else??",
                                  "our KPIs look bad this month, can we talk tmrw?"])
def test_a_value_or_a_statement_beside_another_question_asks_no_meaning(given: Glossary, text: str) -> None:
    assert outcome(given, text)[0] != "answer"


@pytest.mark.parametrize("text", ["what's a CLIN #newbie", "what is MFA #question"])
def test_a_hashtag_is_no_numbered_instance(given: Glossary, text: str) -> None:
    assert outcome(given, text)[0] == "answer"


@pytest.mark.parametrize("text", ["what is this week's prime rate", "whats this sprint's KPIs"])
def test_a_period_owns_a_figure(given: Glossary, text: str) -> None:
    assert outcome(given, text)[0] != "answer"


@pytest.mark.parametrize(("text", "expected"), [("what does today's prime rate mean", "prime"),
                                                ("the VPN is down, what does that mean?", "vpn"),
                                                ("our KPIs look bad, what does KPI mean?", "kpi")])
def test_the_term_asked_back_is_still_answered(given: Glossary, text: str, expected: str) -> None:
    assert outcome(given, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("IT says i need MFA set up on my phone by fri\nwhat is that exactly?? do i need a new phone", "mfa"),
    ("IT keeps saying the site app is 'just an MVP'. not most valuable player i'm guessing. what is it", "mvp"),
])
def test_the_speaker_of_reported_speech_is_not_what_is_asked(given: Glossary, text: str, expected: str) -> None:
    """A verb with its particle ("set up") ends the name before it, and IT, who spoke, is not "that"."""
    assert outcome(given, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("She also mentioned 'the matching principle'. What is that?", "expense-recognition"),
    ("The adviser mentioned the precautionary motive. Could you elaborate on what that is?", "motive"),
])
def test_what_a_question_points_back_at(given: Glossary, text: str, expected: str) -> None:
    assert outcome(given, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["The fallback provisions refer to the federal funds rate. I should be grateful for "
                                  "a definition.", "The provisions refer to the federal funds rate. I'd appreciate "
                                  "an explanation."])
def test_a_courteous_request_for_a_definition_points_back(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["fed-funds"])


@pytest.mark.parametrize("text", ["4) FINRA?", "(b) what is FINRA", "Two questions:\n1) what is FINRA"])
def test_a_list_items_number_is_no_part_of_the_question(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("answer", ["finra"])


def test_words_that_sound_out_a_spelled_acronym_are_that_acronym(given: Glossary) -> None:
    assert outcome(given, "what is see surf C S R F") == ("answer", ["csrf"])


@pytest.mark.parametrize(("text", "expected"), [
    ('Our team wants to award the contract as a "sole source". Helen would like to know what that means - could you '
     'explain?', "sole-source"),
    ('Legal mentioned we might need to send a "cure notice". Helen asked me what that is.', "cure-notice"),
    ("A new board member asked what an income statement is. Could you give me a simple definition I can pass on?",
     "income-statement"),
])
def test_a_person_named_or_a_request_worded_plainly_points_back(given: Glossary, text: str, expected: str) -> None:
    """Helen, who wants to know, is no term nobody defined; "a simple definition I can pass on" names nothing."""
    assert outcome(given, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["And how does the Treynor ratio differ from the Sharpe ratio?",
                                  "and how is the Treynor ratio different from the Sharpe ratio?"])
def test_a_comparison_opening_on_and_compares(given: Glossary, text: str) -> None:
    assert outcome(given, text) == ("compare", ["treynor", "sharpe"])

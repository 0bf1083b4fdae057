"""Issue 13, over a real SQLite glossary: questions asked after the term, and what is only said around it.

- Hindi in Latin letters and Indonesian asked after the term ("MTTR matlab kya hai", "CNAME itu apa ya?",
  "artinya apa?" after a sentence naming it), their postpositions in English order ("kubernetes mein pod":
  "in kubernetes, pod"; "stock ka beta": "stock's beta"), "mein" never read as a slip of "mean".
- French as typed in Quebec: "c quoi un QASP", "OMB c'est quoi comme organisme?", "pis GOTS?", "CVE pis CWE
  c'est-tu la même affaire?", with « » as quotation marks.
- Spanish asked after the term, as people who think in Spanish type it ("xfs qué es?", "rto qué significa en
  DR", "ldap para qué sirve", "scrum master qué hace"), with its small words and fillers ("en" is "in", "güey"
  is a word to the listener, "formalmente" asks for the exact definition); never a remark of knowing ("ya sé
  qué es, gracias").
- A word with accents is no run of dictated letters ("es güey" is no ESG).
- Someone else's words pasted in quotation marks are the story: '"which CA issued your certificate? my firewall
  does not trust it" CA?' asks what a CA is, not the customer's question; a name in quotes stays a name, and a
  message whose own words only introduce the quote keeps its question.
- Tags and words to the listener after a term ("transaction exposure hey", "EV multiples yaani what?", "What is
  OSINT, alltså?") are no part of its name and no guess at its meaning.
- "CA as in certificate authority?" names a sense, not a "CA as" ("is X a paid thing?" still asks nothing); a pair
  with a story after it ("X or Y for the stadium work — what's the difference between those two?") and a
  question opened by "seriously" still compare.
- "I only know AWS as the amazon cloud thing" rules that sense out; "worker's comp" is "workers comp" typed with
  its apostrophe; "Who is W3C?" names something (a code of letters and digits); a name before "notation",
  "qualification" or "designation" is that kind of thing; "break it down", "spell it out" ask for an
  explanation of what was named before."""

from __future__ import annotations

import pytest

from glossary.compare_sides import before_story
from glossary.foreign_asks import english
from glossary.models import Term
from glossary.quoted_speech import as_context
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("xfs", "XFS", "A journaling file system for Linux that handles large files well."),
    Term("rto", "RTO", "Recovery time objective: how long a system may be down after a disaster."),
    Term("toctou", "TOCTOU", "Time of check to time of use: a bug where a checked thing changes before use."),
    Term("ldap", "LDAP", "A protocol for looking up users and groups in a directory."),
    Term("scrum-master", "scrum master", "The person who helps a Scrum team follow its process."),
    Term("hypervisor", "hypervisor", "Software that runs virtual machines on one physical machine."),
    Term("ssp", "SSP", "System security plan: how a system meets its security controls."),
    Term("fedramp", "FedRAMP", "The US government's programme for approving cloud services."),
    Term("pert", "PERT", "Program evaluation and review technique: a way to schedule a project's tasks."),
    Term("project-management", "project management", "Planning and running work so it ends on time."),
    Term("big-data", "big data", "Data too large or fast for ordinary tools to handle."),
    Term("outliers", "outliers", "Values far from the rest of a data set."),
    Term("ev", "enterprise value (EV)", "What a whole company is worth: equity plus debt less cash."),
    Term("esg", "ESG", "Environmental, social and governance: how a company treats the world around it."),
    Term("siem", "SIEM", "A system that gathers security logs and raises alerts."),
    Term("dns", "DNS", "The domain name system: it turns names into network addresses."),
    Term("ca", "CA", "Certificate authority: an organisation that signs digital certificates."),
    Term("tld", "TLD", "Top-level domain: the last part of a domain name, such as .com."),
    Term("oauth", "OAuth", "A standard that lets one service sign you in through another."),
    Term("cia", "CIA triad", "Confidentiality, integrity and availability: the three aims of security.",
         aliases=["CIA"]),
    Term("sla", "SLA", "Service level agreement: the service a supplier promises, in numbers."),
    Term("tvm", "time value of money", "Money now is worth more than the same sum later."),
    Term("free-trade-zone", "free-trade zone", "An area where goods can be stored or processed without duty."),
    Term("tx-exposure", "transaction exposure", "The risk that exchange rates move before a foreign deal settles."),
    Term("ev-multiples", "EV multiples", "A company's enterprise value divided by a measure such as its sales."),
    Term("osint", "OSINT", "Open-source intelligence: information gathered from public sources."),
    Term("caas", "CaaS", "Containers as a service: a cloud service that runs containers for you.",
         aliases=["containers as a service"]),
    Term("ffp", "firm fixed-price contract", "A contract whose price does not change with the seller's costs."),
    Term("cpff", "cost-plus-fixed-fee contract", "A contract that pays the seller's costs plus a set fee."),
    Term("theory-x", "Theory X", "A view of managing that assumes people avoid work."),
    Term("theory-y", "Theory Y", "A view of managing that assumes people seek work and responsibility."),
    Term("roi", "return on investment (ROI)", "Profit from an investment as a share of what it cost."),
    Term("aws-cloud", "AWS", "Amazon Web Services: Amazon's cloud computing platform.",
         aliases=["Amazon Web Services"]),
    Term("aws-hr", "AWS", "Alternative work schedule: working set hours other than the usual week, in HR.",
         aliases=["alternative work schedule"]),
    Term("workers-comp", "worker's compensation", "Pay and care for staff hurt or made ill by their work."),
    Term("comps", "comparable company analysis (comps)", "Valuing a company by the prices of similar ones."),
    Term("w3c", "W3C", "The World Wide Web Consortium, which writes the standards of the web."),
    Term("cidr", "CIDR", "Classless inter-domain routing: writing an address range as 10.0.0.0/24."),
    Term("cma", "certified management accountant (CMA)", "A professional title for management accountants."),
    Term("evm", "earned value management (EVM)", "Tracking a project by the value of the work done so far."),
    Term("mttr", "MTTR", "Mean time to repair: how long a fix takes on average."),
    Term("cui", "CUI", "Controlled unclassified information: government data that must be protected."),
    Term("pod", "pod", "The smallest unit Kubernetes runs: one or more containers together."),
    Term("kubernetes", "Kubernetes", "A system that runs containers across many machines."),
    Term("dhcp", "DHCP", "A protocol that gives devices their network addresses."),
    Term("beta", "beta", "How much a stock's price moves with the market as a whole."),
    Term("port-445", "PORT 445", "SMB: Windows file sharing."),
    Term("firewall", "firewall", "A device or program that blocks network traffic by rules."),
    Term("cname", "CNAME", "A DNS record that makes one name an alias of another."),
    Term("jv", "joint venture", "A business two companies set up and own together."),
    Term("libor", "LIBOR", "London interbank offered rate: a benchmark interest rate, now retired."),
    Term("lbo", "leveraged buyout (LBO)", "Buying a company mostly with borrowed money."),
    Term("dlp", "DLP", "Data loss prevention: tools that stop sensitive data leaving the company."),
    Term("container", "container", "A packaged application with everything it needs to run."),
    Term("vm", "virtual machine", "A computer simulated in software on a physical one."),
    Term("agile", "agile", "Building software in short steps with frequent feedback."),
    Term("qasp", "QASP", "Quality assurance surveillance plan: how the government checks a contractor's work."),
    Term("omb", "OMB", "The Office of Management and Budget, which oversees US federal agencies' spending."),
    Term("gots", "GOTS", "Government off-the-shelf software: built for and owned by the government."),
    Term("cve", "CVE", "A public list of known security flaws, each with its own number."),
    Term("cwe", "CWE", "A list of kinds of software weakness that lead to flaws."),
    Term("mtbf", "MTBF", "Mean time between failures: how long a device runs before it fails, on average."),
    Term("vpn", "VPN", "A virtual private network: an encrypted link into the company network."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows how well something is going."),
    Term("sow", "SOW", "Statement of work: what a contractor will do, by when."),
]

asides = glossary_fixture("asides", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("xfs qué es? rhel lo pone por default", "xfs"),
    ("rto qué significa en DR", "rto"),
    ("toctou qué es güey, salió en el code review", "toctou"),
    ("ldap para qué sirve", "ldap"),
    ("scrum master qué hace en realidad", "scrum-master"),
    ("ssp qué es en fedramp", "ssp"),
    ("pert qué es en project management", "pert"),
    ("big data qué significa formalmente, no el buzzword", "big-data"),
    ("outliers qué son formalmente? tengo picos raros en grafana", "outliers"),
    ("dns qué significa (sí, ya sé, pero pa la presentación)", "dns"),
    ("EV en finanzas qué es? (no electric vehicle jaja)", "ev"),
    ("oye, qué hace un hypervisor?", "hypervisor"),
])
def test_spanish_asked_after_the_term_answers(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["ya sé qué es, gracias", "gracias, ya entendí qué es SIEM",
                                  "ya sé qué es SIEM, gracias"])
def test_knowing_what_it_is_stays_a_remark(asides: Glossary, text: str) -> None:
    assert outcome(asides, text)[0] != "answer"


def test_spanish_small_words_read_as_spanish() -> None:
    assert english("rto qué significa en DR") == "rto, what does it mean in DR"
    assert english("ldap para qué sirve", {"ldap"}.__contains__) == "ldap is used for what"  # a name: never marked
    assert english("wat betekent MVP en KPI?") == "what means MVP and KPI?"  # Dutch "en" stays "and"


@pytest.mark.parametrize(("text", "expected"), [
    ("MTTR matlab kya hai, manager har review mein puchta hai", "mttr"),
    ("CUI kya hai, mail pe CUI marking hai", "cui"),
    ("kubernetes mein pod kya hota hai? deployment ke andar 3 pods dikh rahe", "pod"),
    ("LDAP samjha do ek baar, simple language mein", "ldap"),
    ("DHCP ka full form kya hai yaar", "dhcp"),
    ("big data kya hotay hain asal mein?", "big-data"),  # Urdu as typed in Karachi: "hotay", "asal mein"
    ("SSP samajh nahi aaya", "ssp"), ("OSINT ye kya bala hai", "osint"), ("SIEM ki definition batao", "siem"),
    ("certificate wala CA kya hota hai?", "ca"), ("ye wala SLA kya hai", "sla"),  # "wala": the one for, this one
    ("stock ka beta kya hota hai? beta version nahi", "beta"),
    ("port 445 firewall pe blocked hai, ye port kya hai actually", "port-445"),
    ("CNAME itu apa ya?", "cname"),
    ("joint venture artinya apa? ada partner dari Singapore ngajak JV", "jv"),
    ("nemu kata LIBOR di loan agreement lama. artinya apa?", "libor"),
    ("LBO apaan sih?", "lbo"),
    ("DLP tool itu buat apa?", "dlp"),
])
def test_hindi_and_indonesian_asked_after_the_term_answer(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["container aur virtual machine mein kya difference hai bhai",
                                  "apa bedanya container dan virtual machine?"])
def test_hindi_and_indonesian_comparisons_compare(asides: Glossary, text: str) -> None:
    assert outcome(asides, text) == ("compare", ["container", "vm"])


def test_a_field_after_a_question_in_hindi_is_no_subject(asides: Glossary) -> None:
    assert outcome(asides, "sprint kya hota hai agile mein")[0] != "answer"  # the glossary has no sprint


@pytest.mark.parametrize("text", ["mujhe pata hai SLA kya hai", "SLA kya hai mujhe pata hai",
                                  "aku udah tahu CNAME itu apa"])
def test_knowing_it_in_hindi_or_indonesian_is_a_remark(asides: Glossary, text: str) -> None:
    assert outcome(asides, text)[0] != "answer"


def test_not_knowing_it_in_hindi_asks(asides: Glossary) -> None:
    assert outcome(asides, "mujhe nahi pata MTTR kya hai") == ("answer", ["mttr"])


def test_mein_in_english_is_still_a_slip_of_mean(asides: Glossary) -> None:
    assert outcome(asides, "what does MTTR mein in ops") == ("answer", ["mttr"])


def test_a_value_of_one_thing_after_a_kind_noun_is_no_definition(asides: Glossary) -> None:
    assert outcome(asides, "what's the CIDR notation for a /24?")[0] != "answer"


def test_the_asker_explaining_is_no_request(asides: Glossary) -> None:
    assert outcome(asides, "let me break it down: the EVM report covers cost only")[0] != "answer"


def test_hindi_letters_that_spell_a_name_stay_the_name() -> None:
    assert english("CO aur KO same hai kya?") == "CO and KO are the same?"
    assert english("log mein sab UTC mein hai IST nahi") is None  # no question: left as typed


def test_an_accented_word_is_no_dictated_letter(asides: Glossary) -> None:
    assert outcome(asides, "toctou qué es güey")[1] == ["toctou"]


@pytest.mark.parametrize(("text", "expected"), [
    ('"which CA issued your certificate? my firewall does not trust it" CA?', "ca"),
    ('"why is your new site on a weird .xyz TLD, looks fake" TLD?', "tld"),
    ('"why do you ask me to sign in with Google? is this OAuth thing safe?" oauth = ?', "oauth"),
    ('"your warehouse is in a free trade zone so why am I paying duty" free-trade zone?', "free-trade-zone"),
    ('Customer: "which CA issued your certificate? my firewall does not trust it". what is a CA?', "ca"),
])
def test_a_pasted_question_is_the_story_around_the_askers_own(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ('"what is an SLA?"', "sla"),
    ('my manager asked: "what is an SLA, and who signs it?"', "sla"),
    ('Our treasurer said "remember the time value of money" when we debated it. What did she mean?', "tvm"),
    ('"SLA" what is it?', "sla"),
])
def test_a_quoted_question_with_nothing_asked_around_it_is_the_question(asides: Glossary, text: str,
                                                                        expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


def test_a_pasted_question_asks_nothing_when_the_asker_only_laughs_at_it(asides: Glossary) -> None:
    assert outcome(asides, '"why do you need my passport, are you the CIA?" lol what do I even answer to that')[0] \
        != "answer"


@pytest.mark.parametrize(("text", "expected"), [
    ("what's transaction exposure hey. we invoice in USD and get paid 60 days later", "tx-exposure"),
    ("EV multiples yaani what?", "ev-multiples"),
    ("What is OSINT, alltså? The security team uses it.", "osint"),
    ("What is OSINT alltså?", "osint"),
])
def test_a_tag_after_a_term_is_no_part_of_it(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


def test_as_in_names_a_sense_not_a_longer_name(asides: Glossary) -> None:
    assert outcome(asides, "CA as in certificate authority? what is it") == ("answer", ["ca"])


@pytest.mark.parametrize("text", ["is the VPN a paid thing?", "is the SOW a recurring thing?",
                                  "is 2FA a mandatory thing now?"])
def test_asking_whether_a_term_is_some_kind_of_thing_answers_nothing(asides: Glossary, text: str) -> None:
    assert outcome(asides, text)[0] != "answer"  # whether it is paid, recurring, required: not what it is


@pytest.mark.parametrize("text", [
    "firm fixed-price contract or cost-plus-fixed-fee for the stadium work — what's the difference between those two?",
    "Theory X vs Theory Y managers — which one was the coach lol. seriously what's the difference",
])
def test_a_pair_with_a_story_after_it_compares(asides: Glossary, text: str) -> None:
    status, ids = outcome(asides, text)
    assert status == "compare" and len(ids) == 2


def test_a_short_side_keeps_the_words_that_join_its_name() -> None:
    assert before_story("return on investment", 4) == "return on investment"
    assert before_story("cost-plus-fixed-fee for the stadium work", 4) == "cost-plus-fixed-fee"


def test_a_sense_the_asker_only_knows_already_is_not_the_one_asked(asides: Glossary) -> None:
    text = ("HR memo says staff can request an AWS for the off-season. I only know AWS as the amazon cloud thing"
            " — what does it mean in an HR memo?")
    assert outcome(asides, text) == ("answer", ["aws-hr"])


def test_a_possessive_inside_a_shortened_name_is_part_of_it(asides: Glossary) -> None:
    assert outcome(asides, "the claim was lost. worker's comp = ?") == ("answer", ["workers-comp"])


def test_a_code_of_letters_and_digits_is_named_by_who_is(asides: Glossary) -> None:
    assert outcome(asides, "Who is W3C? They are mentioned in the WCAG document.") == ("answer", ["w3c"])


@pytest.mark.parametrize(("text", "expected"), [
    ("what's CIDR notation? like the /24 thing", "cidr"),
    ("CMA qualification, what is it? saw it on a CV", "cma"),
    ("whats a CMA designation", "cma"),
])
def test_a_noun_saying_what_kind_of_thing_a_name_is_asks_the_name(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "Earned value management came up at the board meeting. Break it down like a playbook for me?",
    "EVM. can you spell it out?",
])
def test_a_phrasal_verb_of_explaining_points_back(asides: Glossary, text: str) -> None:
    assert outcome(asides, text) == ("answer", ["evm"])


@pytest.mark.parametrize(("text", "expected"), [
    ("c quoi un QASP", "qasp"),
    ("OMB c'est quoi comme organisme?", "omb"),
    ("MTBF ça veut dire quoi sur la fiche technique du serveur?", "mtbf"),
    ("un pod dans kubernetes c'est quoi? genre un conteneur ou plusieurs?", "pod"),
])
def test_french_asked_around_the_term_answers(asides: Glossary, text: str, expected: str) -> None:
    assert outcome(asides, text) == ("answer", [expected])


def test_french_and_then_is_a_follow_up_and_compares(asides: Glossary) -> None:
    assert outcome(asides, "CVE pis CWE c'est-tu la même affaire?") == ("compare", ["cve", "cwe"])
    assert english("pis GOTS?") == "and GOTS?"


@pytest.mark.parametrize("text", ["what is MATLAB?", "What is APA?", "how do I cite in APA?", "MLA or APA?",
                                  "Dong said APA.", "PIs and co-PIs must sign. what is an F&A rate?",
                                  "was it on the same h/w?"])
def test_english_that_looks_like_another_language_is_left_as_typed(text: str) -> None:
    assert english(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("RE kya hai?", "RE, what is it?"),  # a name in capitals is no particle
    ("Was ist RTO für mein Projekt?", "what is RTO for my Projekt?"),  # German "mein" is no Hindi "in"
    ("container aur virtual machine mein difference kya hai?", "container and virtual machine difference?"),
])
def test_small_words_of_one_language_stay_in_it(text: str, expected: str) -> None:
    assert english(text) == expected


@pytest.mark.parametrize("text", ['"Payment Card Industry Data Security Standard" vs SOC 2?',
                                  'our 19" racks are full. what is a 1U server? the 21" ones too?'])
def test_a_name_in_quotes_or_an_inch_mark_is_no_pasted_speech(text: str) -> None:
    assert as_context(text) == text


def test_laughing_after_a_question_asked_after_its_term_reads_at_once() -> None:
    """A run of "ja" no pattern splits two ways (it once took about a minute at 40 of them)."""
    assert english("sprint qué es " + "ja" * 40 + " ni idea") is None  # the clause goes on: no question asked
    assert english("sprint qué es " + "ja" * 40 + "?") == "sprint, what is it " + "ja" * 40 + "?"



@pytest.mark.parametrize("text", [
    "para qué sirve tener un SLA si nadie lo cumple jaja",  # a question asked after its term, with none before it
    "pis le SOW, c'est signé?",  # "and the SOW, is it signed?": a status
    "VPN's password, what is it?",  # a thing the term owns, not what it is
    "what is the VPN's password?",
    "break it down by region please - the KPI report",  # a task, not a request to explain
])
def test_what_only_looks_like_a_question_about_a_term_is_not_answered(asides: Glossary, text: str) -> None:
    assert outcome(asides, text)[0] != "answer"


def test_a_word_for_what_a_term_is_after_its_possessive_still_asks(asides: Glossary) -> None:
    assert outcome(asides, "what is CIDR's full name?") == ("answer", ["cidr"])


def test_the_foreign_words_a_typo_repair_looks_for_are_all_of_them() -> None:
    from glossary import foreign_words, scaffold_typos

    assert set(scaffold_typos._FOREIGN) == {t for t in scaffold_typos.table()
                                            if t in foreign_words.WORDS or t in foreign_words.MARKS}

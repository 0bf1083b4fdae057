"""The words glossary/instances.py reads: what makes a question ask for an instance, a value or an action (and
what names a sense instead of an owner)."""

from __future__ import annotations

from glossary.cue_words import AFTER, OTHER_WH
from glossary.textscan import Scan

DEFINITE = frozenset("the our your their my this that these those his her its".split())
OWNERS = frozenset("our your their my".split())  # "what's our WACC?": the asker's own, a value
OWNED_BY = frozenset("on for of in at with".split())
AUX = frozenset("did do does should will would are is was were can could have has shall".split())
SUBJECTS = frozenset("we you they i he she our the this that my your their us".split())
ASKED = frozenset("you u someone somebody anyone anybody pls please just quickly kindly".split())
#: What asks for the meaning when one asks to be given it: "can I have a primer on EBITDA?", "... more info on OKRs".
TOLD_NOUNS = frozenset("rundown gist primer intro introduction overview background info information refresher "
                       "breakdown eli5 explanation explainer definition summary example examples idea sense version "
                       "tldr lowdown skinny".split())
#: Verbs of explaining: after "can you" they ask what the term means ("can you explain my SLA?").
EXPLAINING = frozenset("explain define describe clarify tell elaborate expand spell decode decipher break walk "
                       "help give show unpack summarize summarise simplify eli5 remind teach say mean understand "
                       "go talk clear point use enlighten educate refresh brief run fill sum detail look outline "
                       "illustrate recap paraphrase rephrase interpret overview learn know ask hear read figure "
                       "grasp".split())
MEANING = AFTER | {"define", "definition", "explain", "meaning", "mean", "means", "stand", "stands", "what"}
UNKNOWN_WORD = (MEANING - {"what"}) | frozenset("heard word term idea clue".split())  # "never heard"
MAX_MODIFIERS = 2
POINTERS = frozenset("it this that them these those".split())
WH = frozenset("what who where which when".split())
FUSED_WH = frozenset("whats wats whos wheres".split())  # a question word and "is" typed as one
COPULA = frozenset("is s are re was were".split())
STATING = frozenset("i we he she they is are was were has have had did fyi fwiw ftr".split())  # "..., fyi": told
#: Besides "?" and "what"/"mean": other question words, typed fast too, and wanting to know.
ASKING = OTHER_WH | frozenset("which whom whose wht wth hw whos need want wonder know tell help learn heard hear "
                              "hearing mentioned mentions get getting idea clue lost confused unsure understand "
                              "keep keeps seeing saw".split())
LEADS = frozenset("so and but ok okay just".split())  # "so the RFP is due friday, right?"
SOME = frozenset("a an any some".split())  # "is there an ATM", "are there any SOPs"
OPENERS = frozenset("hey hi hello um hmm quick question q btw also".split())  # "hey, what SLA do we have"
VALUES = frozenset("number code id figure value rate amount date status version link url score".split())
#: Between the verb and the state: "still down", "super slow", "not working" ("isn't": "isn", "t").
ADVERBS = frozenset("still already currently yet now again really totally completely super so very kinda pretty "
                    "way too not t just always".split())
#: "is", and its denials typed with an apostrophe ("isn't": "isn"), before a state.
STATE_VERBS = frozenset("is s are re was were isn aren wasn weren isnt arent wasnt werent keeps".split())
WHEN = frozenset("next last today tomorrow yesterday tonight now currently".split())
#: Periods that own a figure: "this week's prime rate", "last quarter's EPS", "monday's stock value".
PERIODS = frozenset("week month quarter year morning afternoon evening night sprint day weekend monday tuesday "
                    "wednesday thursday friday saturday sunday".split())
#: Said of the term between "the" and it, they ask for its value at a time: "what's the current fed funds rate".
TIMELY = frozenset("current latest todays today newest present prevailing".split())
#: Said of the term after "what's a", they ask for a value worth having: "what's a good CPM", "a healthy ratio".
JUDGED = frozenset("good bad typical normal reasonable healthy decent acceptable realistic average".split())
#: Said of the term after "what's the", they ask for a pick: "what's the best CRM for a company of 200 people?".
SUPERLATIVES = frozenset("best worst cheapest easiest fastest safest simplest top".split())
#: After "any", they ask for news of the thing named, not what it is: "the DDoS last week — any update from IT?".
NEWS = frozenset("update updates news progress eta word status".split())
BACK = frozenset({"it", "they", "this", "that"})  # "VPN, is it down?": the name asked back, its state
#: Subjects of a clause right after "what's the TERM": "the RTO *we* committed to", "the rate *they* use".
CHOOSERS = frozenset("we you they i he she".split())
#: ... unless its verb says, names or meets the term, which asks what it is: "the CMDB you mentioned", "the CMMC you
#: keep bringing up", "the CUI he warned us about", "the ESG I keep seeing everywhere" (not "going", "awarded": "the
#: RTO we're going with", "the IDIQ they awarded us" are values).
SAYING = frozenset("mention mentioned mentions mentioning said say says saying talk talked talking talks meant mean "
                   "means heard hear hearing refer referred referring call called calls wrote write brought bring "
                   "bringing reference references referenced referencing describe described describing raise raised "
                   "raising cite cited citing warned warning seeing seen pushing recommended read".split())
MAX_CHOSEN = 3  # words of that clause read for its verb: "we're (re) using", "you just mentioned"
#: Where a term was seen, not what owns it: "LPTA in the RFP is what?" asks what LPTA is.
DOCUMENTS = frozenset("rfp rfq rfi sow email mail form dashboard deck doc docs document report slide slides memo "
                      "contract invoice ticket page site wiki runbook spreadsheet sheet file chart".split())


#: Heads of a phrase that names a sense, not an owner: "(what's the X) in the statistical sense / accounting context".
SENSE_HEADS = frozenset("sense context meaning definition parlance lingo jargon speak".split())
MAX_SENSE_WORDS = 4  # "in the same Planungsrechnung context": the words from "the" to the head


def sense_named(s: Scan, k: int) -> bool:
    """Tokens from `k` (after "in") are a phrase headed by a word of sense that ends its clause: "in the statistical
    sense?", "in this context"; not a name holding one ("in the Context Store app")."""
    end = s.sentence_bounds(k)[1]
    last = next((m for m in range(k, min(end, k + MAX_SENSE_WORDS)) if s.norms[m] in SENSE_HEADS), -1)
    return last >= 0 and (last + 1 == end or s.text[s.ends[last]:s.starts[last + 1]].strip() != "")

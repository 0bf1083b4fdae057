"""The words the cues read (glossary/cues.py): what points at a term, what ends its phrase, what asks.

Kept apart from the cues' logic so each list is easy to find and extend; every list is a frozenset.
"""

from __future__ import annotations

#: Words that, just before a span, point at it ("what is a X", "define X", "heard X", "meaning of X").
BEFORE = frozenset(
    "is are was s re define defines explain explains describe clarify eli5 elif about by of on regarding called "
    "term word acronym abbreviation phrase expression buzzword mean meant say says said saying wrote mentioned "
    "mention mentions heard hear hearing seeing see saw keep keeps understand know get expand decode unpack "
    "whats wtf wats wat is does do did lookup look up signify signifies".split())
#: "what counts as X", "who qualifies as X": asking what the term covers is asking what it means.
COUNTING = frozenset("count counts counted qualify qualifies qualified considered classed classified "
                     "treated regarded".split())
#: Cues that are also prepositions of time and place ("info on X", but "open on Fridays", "done by Monday"):
#: they ask about a term, never about an everyday word.
PREPOSITIONS = frozenset({"by", "on"})
#: Words that, just after a span, point back at it ("X mean", "X stand for", "X is what").
AFTER = frozenset("mean means meant meaning meanings stand stands stood refer refers definition definitions example "
                  "defined short abbreviation acronym exactly spelled spelt expanded expansion full abbreviated "
                  "shortened".split())
#: Skipped between a cue and its span: "what is *the* X", "define *the term* X".
SKIP = frozenset("a an the this that these those our your my their his her some term word acronym abbreviation "
                 "phrase expression thing called me us".split())  # "explain me the SLA": non-native, common
#: Function words: after a span they end its phrase ("CAC before the QBR"); any other word makes the span
#: part of a longer name nobody defined ("API key", "lead time", "EBITDA margin").
FUNCTION = frozenset(
    "the a an of to in on at for with by from as and or nor but if then than so is are was were be been being has "
    "have had do does did will would can could should may might must not no this that these those it its they "
    "them their we our you your he she his her i me my us into over under up down out off again very just also "
    "too here there now today yesterday tomorrow when while because since until before after about mean means "
    "meant stand stands refer refers is what which who why how where vs versus twice once always never often "
    "everywhere lately recently already still itself themselves "
    "alongside among amongst beside besides despite toward towards upon amid unlike "  # prepositions that set no value
    "ll ve re d m t don doesn didn isn aren wasn weren wouldn shouldn couldn hasn haven hadn mustn "  # clitics: "we'll"
    "im ive dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt youre theyre thats"  # typed bare
    .split())
#: Nouns that name a share of what was named, no thing of their own: "what's the cash discount part", "the SEC bit".
PARTITIVE = frozenset({"part", "bit", "piece", "portion", "element"})
#: After "is X", verbs that ask which class X falls in: "is mentoring considered a form of training?".
CLASSED = frozenset("considered regarded classed classified counted deemed categorized categorised".split())
#: Words that end a term's phrase like function words do: what people ask a term does ("what does the
#: Service Contract Act cover", "what is LDAP used for") and adverbs ("what does idempotence actually mean").
ENDS_PHRASE = frozenset("say says said cover covers covered require requires required do does involve involves "
                        "include includes used tell tells entail entails comprise comprises mean means refer refers "
                        "stand stands "
                        "responsible supposed useful needed keeps keep came comes coming appears appeared shows "
                        "showed pops popped something someone anything stuff work works apply applied applies done "
                        "look looks get gets got explain define describe clarify contain contains "
                        "solve solves play plays serve serves provide provides offer offers prevent prevents "
                        "protect protects achieve achieves handle handles "
    "next last tonight soon later yet ago between among across via per through without against toward towards "
    "inside outside around behind beyond calculated computed measured determined based like sounds sound seems seem "
    "feels instead also too either all aka anyway eventually finally "
    # who says it, opening a clause that tells where the term came up: "that GDPR thing everyone keeps saying"
    "everyone everybody somebody nobody anyone anybody people folks".split()) | PARTITIVE | CLASSED
# ("annuity due next quarter": time, not the name; "letter of credit instead of wire")
#: Fillers that may trail a subject in lower case and are no part of it ("blockchain anyway", "GDPR tho lol"):
#: no content word ("break even"), no word that is also an acronym ("COSO ERM"), no thanks, which close a message.
FILLERS = frozenset("please pls plz svp stp lol haha anyway anyways though tho btw lmao rofl omg idk tbh ngl imo "
                    "imho iirc "
                    "afaik fwiw lowkey honestly fr frfr rly tbf tbqh "
                    # tags and words to the listener, in English and the other languages of workplace chat:
                    # "transaction exposure hey", "EV multiples yaani what?", "OSINT alltså"
                    "hey mate dude guys innit yaani yani khalas inshallah wallahi yalla habibi alltsa liksom "
                    "lekker yaar accha arre hein lah leh meh naman ah eh huh lor hor sia msm mesmo afinal abeg".split())
#: Courtesies, apologies and fillers after a term: they end its phrase ("explain me the SLA please", "what is an
#: ETF sorry caps lock"), and question words: "fedramp wat is it".
COURTESY = FILLERS | frozenset("thanks thx thank ty cheers again even whats wat wtf quick wut sorry sry soz oops "
                               "um umm uh uhh erm hmm appreciate appreciated grateful obliged thankful".split())
#: Nouns that name a term as a word: after an acronym they end its phrase ("the SLA word").
REF_NOUNS = frozenset("word term acronym abbreviation expression phrase".split())
#: "the concept of X", "the meaning of X": a head that introduces its subject with "of".
OF_HEADS = frozenset("concept meaning meanings definition definitions signification significance idea notion "
                     "purpose point explanation description sense example examples term word acronym form name "
                     "expansion abbreviation spelling use uses usage role job duties responsibilities letters letter "
                     "initials version summary overview breakdown gist rundown basics intro introduction primer recap "
                     "outline "
                     # its parts or how it is worked out ask what it is: "what are the stages of the product life
                     # cycle", "the formula for EPS"
                     "stages steps phases parts components elements pillars formula calculation mechanism "
                     "mechanics workings logic principle principles theory intuition rationale".split())
OTHER_WH = frozenset({"who", "why", "when", "where", "how"})
COUNTED = frozenset({"many", "much", "long", "often"})  # after "how": a number asked, never a use of the term
#: With how/when/where, words that ask how a term is used: a question about the term ("how does factoring
#: work in practice?", "where would I run into a change order?"), not about something else.
USAGE = frozenset("use used uses using usage work works apply applied applies example examples practice typical "
                  "typically run calculate calculated calculates computed measure measured measures "
                  "determined compute computes figure figured derive derived interpret interpreted".split())
HOW_USAGE = USAGE | {"understand"}  # after "how" only: "X how to understand?" asks X; "who would understand X?" not
QUESTION_CUES = frozenset({"what", "whats", "wat", "define", "explain", "meaning", "mean", "means", "definition",
                           "explanation", "wtf", "eli5", "stand", "stands", "describe", "clarify", "example",
                           "examples", "acronym", "abbreviation", "abbreviated", "translate", "translation",
                           "teach", "elaborate"})  # "please teach me the concept of X": a learner's "explain"
#: Question scaffolding and chat filler: never the subject, never typo-matched.
SCAFFOLD = BEFORE | AFTER | SKIP | frozenset(
    "what whats which who whom why how when where wtf wth hey hi hello yo ok okay so um uh hmm please pls plz kindly "
    "thanks thx can could would will you u someone somebody anyone anybody me us we i it its to for in at and "
    "or but also just actually really quick question q help guys folks all btw pronounced does do did "
    "tell does anyone know here there again simple terms plain english layman bot jargon jargonbot my diff vs "
    "versus glossary dictionary".split())  # the bot's own reference: "X def per glossary"
PRONOUN_QUESTION = frozenset({"that", "this", "it", "those", "these"})
SINGLE_POINTERS = frozenset({"it", "this", "that"})  # "how does it differ from Y": one term named before
#: Just before such a pronoun they make it a question about what was named: "what is it", "whats that".
POINTING_VERBS = frozenset({"is", "s", "does", "by", "mean", "whats", "wat"})
#: "what" as people type it, the word that opens a question about what something is.
WHAT = frozenset({"what", "whats", "wat"})
ASKING_WH = WHAT | {"who", "how", "why", "which"}
MAX_BACK_REFERENCE = 9  # tokens from a term to "what is it" that may still point back at it
_YES_NO = frozenset({"is", "are", "was", "were", "do", "does", "did"})
#: After "is X ...?", words that liken the term to something: the question is what X is ("is EBIT basically
#: operating profit?", "is a COOP plan the same as a BCP?"), not whether something holds ("is the PO in?").
LIKENED = frozenset("basically just like same similar essentially simply merely kind type sort form part "
                    "another different opposite equivalent synonym related roughly literally".split())
STRONG = 2  # an "asked" score at least this is a clear cue
COMMON_LOOSE_RANK = 2_000  # "so", "it", "am" typed in lower case: never a term unless shouted as one
POINTERS = frozenset({"is", "are", "s", "re", "whats", "define", "explain", "does", "do"})
CONTEXT_IN = frozenset({"in", "within", "among"})
FIELD_AT = CONTEXT_IN | {"on", "at", "during"}  # "the weather in DC", "the latest on the ATO"
EVERYDAY_RANK = 30_000  # "eta", "cap", "sow" in lower case: an acronym only when clearly the subject
_QUOTES = frozenset("\"'`“”‘’«»*_")
QUOTE_MARKS = _QUOTES - {"*", "_"}  # marks that quote a name; "*" and "_" are also emphasis
_BREAKS = frozenset(",;:()–—")  # punctuation that ends a phrase
CLAUSE_MARKS = frozenset({",", ";", ":", "-", "\u2013", "\u2014"})  # a gap of one of these opens a clause
#: "a lot of X", "a kind of X": a quantity or a kind of the term, not something the term belongs to.
QUANTIFIERS = frozenset("lot lots ton tons kind kinds sort sorts type types bit couple amount bunch plenty "
                        "piece".split())
#: Verbs and adjectives that take their object after "of": "the note speaks of CAPM", "I am aware of EBITDA but
#: ...". The term after them is what is spoken of, no part of a longer "N of X" phrase ("the IRR of a project"),
#: and their "of" is no cue asking about it, as "meaning of X" is ("when economists speak of the money supply").
#: "heard of X" and "know of X" are the scaffolding's (cue_words.SCAFFOLD): they point at the term.
OF_TAKERS = frozenset("speak speaks spoke spoken speaking talk talks talked talking think thinks thought thinking "
                      "dream dreams dreamt dreamed knew aware unaware conscious mindful unsure sure "
                      "remind reminds reminded tired sick afraid scared wary fond proud ashamed "
                      "apprised warned approve approves approved disapprove consist consists consisted".split())
#: Nouns for a name's meaning: "X meaning on ..." is no field of X (a verb, "X mean on a PO", is).
NAMING = frozenset("meaning meanings definition definitions abbreviation acronym expansion".split())
IN_FULL = frozenset({"form", "name"})  # after "full", the name written out: "KPI full form" asks its expansion
#: "what kind of contract is that?": a class, the question is about what was named before.
KINDS = frozenset("kind kinds type types sort sorts".split())
#: "can/could you ...": a question or a request, "?" or not.
MODALS = frozenset({"can", "could", "would", "will"})
#: Whom a request is put to: "can you ...", "could someone ...".
ADDRESSED = frozenset({"you", "u", "someone", "somebody", "anyone", "anybody", "ya"})
#: Verbs of knowing: "I know what a VPN is" (glossary/wh_opening.py), "anyone verified that?" is no knowing.
KNOWING_VERBS = frozenset("know knows knew understand understood get learned learnt".split())
#: Past forms that name or explain a thing, never a state or an event of it: "SOW explained?", "what called X".
NAMING_PARTICIPLES = frozenset("explained defined meant called named termed used abbreviated described spelled".split())
#: A state said of a thing ("the VPN is down", "is the outage over"): a report or a question about the thing
#: itself, not about what its name means.
STATES = frozenset("down up working broken slow out back live open closed available ready done on off online "
                   "offline running failing ok okay fixed approved signed late due over expired".split())
#: Words of manner, not of a field: "in plain terms", "in simple terms", "in proper terms", "in a general sense".
MANNER_WORDS = frozenset("plain simple layman laymans basic general practical everyday normal english human real "
                         "broad short few strict technical literal proper correct official formal precise exact "
                         "academic textbook usual ordinary dictionary reality concise succinct tidy brief quick clear "
                         "intuitive classic classical traditional conventional standard common original narrow "
                         "wide wider broader generic colloquial loose".split())
#: Words that point at a place or this message, not a field: "in the doc", "in our contract", "in this context".
#: Possessive determiners: "our DUNS number", "said our bonds ...", "VPC, my api is ...".
POSSESSIVES = frozenset("my our your their his her its".split())
DEICTIC = frozenset("this that these those the our my your their its his her here there".split())
#: Neither a field: manner, pointing, or "the same/other sense".
NOT_FIELD = MANNER_WORDS | DEICTIC | frozenset({"same", "other"})
#: Words that ask what a term means, wherever they stand in its sentence ("what", "mean", "define").
MEANING_WORDS = frozenset("what whats wat mean means meaning meant define definition explain stand stands".split())
#: Verbs of reported speech: the term right before one is the speaker ("CFO said ...", "devs say ...").
SPEECH = frozenset("said says say saying mentioned mentions mentioning told tells asked asks claims claimed thinks "
                   "wrote writes insists insisted".split())

"""The shapes a comparison or a follow-up is typed in, as patterns: glossary/frames.py reads a message with them.

"SLA vs SLO", "difference between CAC and LTV", "is ARR the same as MRR", "how is that different from X", "and
SLI?". Every pattern is anchored at the start; each lazy group is followed by a literal: time linear in the text.
"""

from __future__ import annotations

import re

LEAD = re.compile(r"^(?:(?:ok(?:ay)?|k|thanks|thank you|thx|ty|cool|great|nice|got it|perfect|hmm+|ah+|oh|right|"
                   r"sure|alright|yes|yeah|so|also|but|and|please|pls|hey|hi|hello|hiya|greetings|seriously|honestly|"
                   r"actually|anyway|well|sorry|lol|haha|"
                  r"good (?:morning|afternoon|evening|day)|(?:dear|respected) (?:sir|madam|ma'?am|all|team|colleagues?)"
                  r")\b(?!-\w)[\s,.!:;-]*)+", re.I)  # "Respected Sir, kindly explain X vs Y": a greeting, no side
TAIL = re.compile(r"(?<![\s,])(?:[\s,]+(?:please|pls|plz|thanks|thx|then|too|again|as well|now))*[\s?!.,;:]*$", re.I)
#: After a comparison, how the asker wants it told: "containers vs vms eli5", "monolith vs microservices tldr".
COMPARE_TAIL = re.compile(r"(?<![\s,])(?:[\s,]+(?:eli5|tl;?dr|briefly|quickly|exactly|anyway|lol|in short|in brief|"
                           r"in a nutshell|in simple terms|in plain english|for (?:me|us)|to (?:me|us)|"
                           r"or (?:the )?same(?: thing)?|or not|or no|(?:pls|please|plz) (?:explain|help)))+"
                           r"(?=[\s?!.,;:]*$)", re.I)  # "... or same thing", "call option vs put option pls explain"
ART = r"(?:(?:an?|the|this|that|our|your) )?(?:(?:term|word|acronym|abbreviation|phrase|concept) )?"

COMPARE_LAST = re.compile(
    r"^(?:how(?: is|'s|\u2019s|s| does| do| are) (?:that|this|it|they) (?:different|differ|compare|relate|similar)|"
    r"how(?: is|'s|\u2019s|s) (?:that|this|it) (?:not )?(?:the )?same (?:as|like)|"
    r"what(?:'s| is) the difference (?:with|from|to)|"
    r"is (?:that|this|it) (?:(?:the )?same (?:[a-z]+ )?(?:as|like)|different (?:from|to|than)|like|similar to)|"
    r"(?:and )?(?:compared?|in comparison) (?:to|with)|difference (?:with|from|to)|(?:and|but) vs\.?|vs\.?|versus)"
    r"(?: (?:from|to|than|with|and))? (?P<y>.+)$", re.I)
NEW = re.compile(r"^(?:and (?:what|how) about|what about|how about|and|"
                  r"(?:now )?(?:the )?same (?:q |question |thing |one |deal )?(?:but )?(?:for|with|about)|now|next|"
                  r"what of|then what about|ok(?:ay)? and|also|and also) (?P<x>.+)$", re.I)
#: Asking to have a comparison explained: "could you explain", "eli5", "please tell me" before it.
ASK = (r"(?:(?:(?:can|could|would) (?:you|u|someone|somebody) (?:please |pls )?|please |pls |kindly )?"
        r"(?:explain|tell me|tell us|describe|clarify|eli5|help me understand|i don'?t (?:know|get|understand)|"
        r"lay out|set out|break down|spell out|go over|outline|summari[sz]e|(?:walk|run|take) (?:me|us) through|"
        r"i'?m (?:confused|not sure) (?:about|on))(?: to me| for me| me| us)?[:,]? )?")  # "explain me the difference"
DIFF = r"(?:diff\w{0,7}|distinction)"  # "difference", "diff", and their typos ("differnce", "diffrence")
#: After two terms named together, a clause that picks one of them: "blue green or canary — which is the one...".
BACK_TO_PAIR = re.compile(r"^(?:which|what) (?:one|is the one|of (?:them|the two|these|those)|is which)\b", re.I)
#: "is X like Y or totally different": a likeness asked together with its opposite compares both.
SAME_OR_NOT = re.compile(r"^(?:is|are) " + ART + r"(?P<a>.+?) (?:like|just|basically|(?:the )?same (?:as|like)|"
                          r"similar to) " + ART
                          + r"(?P<b>.+?),? or (?:is it |are they )?(?:\w+ )?(?:different|not|something else)$", re.I)
#: A likeness asked in a statement's word order: "opex is the same as capex?", "EV is different of market cap?"
STATED = re.compile(r"^(?:(?:so|but) )?(?P<a>(?!(?:the|our|my|your|this|that|it) )[^,?\d]+?) (?:is|are) "
                     r"(?P<b>(?:not )?"
                     r"(?:(?:the )?same (?:[a-z]+ )?(?:as|like)|different (?:from|to|than|of)|similar to) "
                     r"(?!(?:on|in|at|for|with|from|last|this|our|my|the) )[^?\d]+?)"  # not "as on the PO?", "SKU 12"
                     r"(?:,? right)?\?$", re.I)
LIKENED = re.compile(r"^(?:(?:so|but) )?(?:is|are|isn'?t|aren'?t) " + ART + r"(?P<a>.+?) "
                      r"(?:(?:the )?same (?:[a-z]+ )?(?:as|like)|"
                      r"different (?:from|to|than|of)|similar to|(?:the )?opposites? (?:of|to)|"
                      r"just(?! (?:for|used)\b)|basically|"  # not "just for devs", "just used for": a use
                      r"(?:just )?(?:another|a (?:new|fancy|fancier|posh|different|newer|trendy|other)|the new) "
                      r"(?:word|name|term) for|a kind of|a type of|part of) " + ART + r"(?P<b>.+)$", re.I)
#: "does BAFO mean the same thing as final proposal revision?": one meaning for two names, asked.
MEANS_SAME = re.compile(r"^(?:(?:so|but) )?(?:does|do|doesn'?t|don'?t) " + ART + r"(?P<a>.+?) (?:mean|stand for) "
                         r"(?:the )?same(?: thing)? (?:as|like) " + ART + r"(?P<b>.+)$", re.I)
#: The difference asked in so many words: also read where an ask runs on with no mark before it.
BETWEEN = (re.compile(r"^" + ASK + r"(?:(?:what|which|wtf|wth)(?:'s| is| are|s)? |whats |"
                       r"(?:is|are) there (?:an?y?|some) )?(?:the )?"
                       r"(?:main |real |key |big )?" + DIFF + r" (?:between|betwen|btwn|b/w|btw|of|among) (?P<a>.+?) "
                       r"(?:and|&|vs\.?|or|n|with) (?P<b>.+)$", re.I),)
#: The pair first, then whether they are one thing: "blue green and canary deployment both are same only no?".
PAIR_SAME = re.compile(r"^(?P<a>[^,?]+?) (?:and|&) (?P<b>[^,?]+?),? (?:both )?(?:are|r) (?:both )?(?:the )?"
                       r"(?:same|similar|interchangeable)(?: things?)?(?: only)?(?:,? (?:no|na|right|ah|or not))?\??$",
                       re.I)
COMPARE = [
    SAME_OR_NOT,
    PAIR_SAME,
    *BETWEEN,
    LIKENED,
    MEANS_SAME,
    re.compile(r"^" + ASK + r"how(?:'s|\u2019s|s)? (?:(?:is|are|does|do) )?" + ART + r"(?P<a>.+?) (?:(?:is|are) )?"
               r"(?:differ(?:s|ent)?|compares?|relates?) (?:from|to|than|with|against) " + ART + r"(?P<b>.+)$", re.I),
    re.compile(r"^" + ASK + r"how (?:do|does|are|is) " + ART + r"(?P<a>.+?) (?:and|&) " + ART + r"(?P<b>.+?) "
               r"(?:differ|compare|different|relate)$", re.I),
    re.compile(r"^" + ASK + r"(?:what|which) (?:separates|distinguishes|differentiates|sets apart) " + ART
               + r"(?P<a>.+?) (?:from|and) " + ART + r"(?P<b>.+)$", re.I),
    re.compile(r"^" + ASK + r"(?:(?:compare|contrast) )?(?P<a>.+?) (?:vs\.?|versus|v\.?|v/s|compared (?:to|with)|"
               r"and how it differs from) (?P<b>.+)$", re.I),
    re.compile(r"^(?:compare|contrast) (?P<a>.+?) (?:and|with|to) (?P<b>.+)$", re.I),
    TIMES := re.compile(r"^(?P<a>[^\d\s][^,;:?=]*?) x (?!(?:or|and|vs|versus)\b)"  # "Theory X or Theory Y"
                         r"(?P<b>[^\d\s=][^=]*)$", re.I),  # "debit x credit"; no formula
]

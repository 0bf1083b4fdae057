"""The part of a long message that asks: "Dear team, I hope you are well. ... Could you explain what an
ATO is? ... Kind regards" is read from the question, not from its first 300 characters.

A term lookup reads at most `limit` characters (time stays bounded whatever is pasted). When a message
is longer, the window is the sentence that asks a definition question (a question word such as "what",
"mean", "explain", else a question mark), with the sentences just before it for what "that" refers to,
as much as fits. One pass over sentences of a text already cut to a few thousand characters: linear.
`prepare` is that read for the pipeline: markup gone, lines as sentences, a typed "@botname" dropped.
"""

from __future__ import annotations

import re

from glossary import (
    chat_shorthand,
    def_kinds,
    dotted_initials,
    dropped_commas,
    edges,
    glued,
    lettered,
    normalize,
    quoted_speech,
    scaffold_typos,
    spoken_letters,
)
from glossary.question import clean

MAX_QUESTION = 300  # a term lookup never needs more; the rest of a long message is not read
MAX_RAW = 2_000  # characters of raw chat text read to get MAX_QUESTION after markup is stripped
#: A list item's number or letter opening a line: "4) FINRA?", "(b) what is a QASP".
_ENUMERATOR = re.compile(r"(?m)^[ \t]*\(?(?:\d{1,2}|[A-Za-z])\)[ \t]+")
_LINE_END = re.compile(r"(?<=[^\s.,;:!?>])[ \t]*\r?\n")  # a line break after a word (not after punctuation)
_ADDRESS = re.compile(r"^(?:@[\w.-]{1,40}(?: bot\b)?[\s,:;-]*)+", re.I)  # "@jargonbot SLA" typed as text
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")
#: An arrow before the question asks what the name leads to, as "=" does: "NAICS code -> ?", "DDM -> what".
_ARROW_ASKS = re.compile(r"\s*(?:->|=>|\u2192)\s*(?=\?|what\s*(?:\?|$))", re.I)
#: A shell command that shows what a name is, typed at a prompt: "$ man pac", "$ whatis k8s", "% tldr rsync".
_SHELL_ASK = re.compile(r"^[$%]\s*(?:man|whatis|tldr)\s+(?=\S)", re.I)
_SHELL_DIFF = re.compile(r"^[$%]\s*diff\s+(\S+)\s+(\S+)\s*$", re.I)  # "$ diff tcp udp": the two compared
#: Words that make a sentence a definition question (a superset of the cues' question words, typos aside).
DEFINITION_CUES = frozenset({"what", "whats", "wat", "define", "explain", "meaning", "mean", "means", "definition",
                             "wtf", "eli5", "stand", "stands", "describe", "clarify", "difference", "vs", "versus",
                             "acronym", "abbreviation"})


def asking_window(text: str, limit: int) -> str:
    """`text` if it fits in `limit`, else the asking sentence with as much of what precedes it as fits."""
    if len(text) <= limit:
        return text
    spans = _sentences(text)
    chosen = _asking(text, spans)
    if chosen is None:
        return text[:limit]
    start, end = spans[chosen]
    if end - start >= limit:
        return text[start:start + limit]
    first = chosen
    while first > 0 and end - spans[first - 1][0] <= limit:
        first -= 1  # the sentences before it: "... 'north star metric'. what's that?"
    return text[spans[first][0]:end]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _asking(text: str, spans: list[tuple[int, int]]) -> int | None:
    """Index of the sentence that asks most clearly: a definition cue and a question mark, else a question
    mark, else a cue; the first of equals."""
    best, best_score = None, 0
    for n, (start, end) in enumerate(spans):
        sentence = text[start:end]
        score = bool(DEFINITION_CUES.intersection(normalize.words(sentence))) + 2 * sentence.rstrip().endswith("?")
        if score > best_score:
            best, best_score = n, score
    return best


#: A chat correction: "*word" opening a sentence, no closing "*" (not "*bold*"), names the word meant
_STAR_FIX = re.compile(r"(?<=[.?!]) +\*(?=[A-Za-z])(?![^*\n]*\*)")


#: A phrasal verb of explaining with its pronoun between verb and particle: "break it down", "spell this out".
_SPLIT_EXPLAIN = re.compile(r"(?<!let me )(?<!i'll )(?<!i will )(?<!we'll )(?<!i can )(?<!i'd )(?<!to )"
                            r"\b(?:break|spell|dumb|lay)\s+(it|this|that|them|these|those)\s+(?:down|out)\b"
                            r"(?=\s*(?:$|[?!.,;]|for\s+(?:me|us|a|an|the)\b|like\b|simply|pls|please|plz|again))", re.I)
# not "let me break it down: the SLA covers uptime only" (the asker explains), "break it down by region" (a task)
#: A hedge before "like a/an/the" ("kind of like a traffic cop"): the asker's guess is a likening all the same; not
#: before an adjective ("is the VPN kind of like slow today?": a state).
_HEDGED_LIKE = re.compile(r"\b(?:(?:kind|sort)\s+of|kinda|sorta)\s+like(?=\s+(?:a|an|the)\s)", re.I)


#: "the word", "this phrase" asked at the end, nothing after them but the verb: "that", pointing back at what was
#: named ('the solicitation calls us "the offeror". What does the word mean?', "a CISO. what do the letters stand
#: for?"); not "what does the word X mean", nor
#: "what's the word? grok" (the name follows alone), nor "the term" (a loan's term is one).
_THE_WORD = re.compile(r"\b(what\s++(?:does|do|is)\s++|what'?s\s++)(?:the|this|that)\s++(?:word|phrase|expression|"
                       r"acronym|abbreviation|letters|initials)\b(?=(?:\s++(?:mean|means|stand|stands|short)(?:\s++for)?)?\s*+"
                       r"(?:[?.!]*+\s*+$|[?.!]++\s++\S++\s++\S))", re.I)  # the end, or a mark and a sentence of its own
# after ("... mean? Respectfully yours"); possessive, so a long run of blanks is read once


def prepare(text: str, known: spoken_letters.Names | None = None, named: dropped_commas.Exact | None = None) -> str:
    """What the pipeline reads of a message: markup gone, cut to the part that asks, a typed "@botname"
    dropped, mistyped question words spelled right ("waht is", "explian"), the kind of definition wanted
    ("textbook meaning?") left to the answer (def_kinds.py); with `known` (the glossary's names), an acronym
    dictated letter by letter written as one word ("a p i", "dee vee are": spoken_letters.py); with `named` (its
    reading of a name), a comma left out after one put back ("cap ex whats that": dropped_commas.py)."""
    text = chat_shorthand.read(text[:MAX_RAW])  # "q es un repo?": Spanish "que", not a "quick q" opening
    text = glued.read(text)  # "SLA-ga mwo-jyo?": "SLA mwojyo?"; "c'est quoi l'OTP ?": "c'est quoi la OTP ?"
    text = _ENUMERATOR.sub("", text) if ")" in text else text  # "4) FINRA?": a list
    text = quoted_speech.as_context(text)  # '"which CA issued your certificate?" CA?': the customer's question
    text = _LINE_END.sub(". ", dotted_initials.collapse(text))  # "S.R.E." as SRE; a line ends a sentence
    text = _STAR_FIX.sub(" i mean ", text) if "*" in text else text  # "... self feeling system? *self-healing"
    asked = edges.trimmed(_ADDRESS.sub("", asking_window(clean(text), MAX_QUESTION)).strip(), named)  # "hi team, ..."
    asked = _SHELL_DIFF.sub(r"\1 vs \2", _SHELL_ASK.sub("what is ", asked)) if asked[:1] in "$%" else asked
    asked = def_kinds.plain_ask(_ARROW_ASKS.sub(" = ", asked) if ">" in asked or "\u2192" in asked else asked)
    asked = spoken_letters.respell(scaffold_typos.capitals_joined(lettered.spelled(asked, known.is_acronym_key),
                                                                 known.is_acronym_key), known) if known \
        else asked  # "A P R", "E T F s", "ce pe a"
    asked = _HEDGED_LIKE.sub("like", asked) if "like" in asked else asked  # "is X kind of like a Y?": a guess
    asked = _THE_WORD.sub(r"\1that", asked) if "what" in asked.lower() else asked  # "what does the word mean?"
    if "down" in asked.lower() or "out" in asked.lower():  # "Break it down like a playbook for me?": explain it
        asked = _SPLIT_EXPLAIN.sub(r"explain \1", asked)
    return scaffold_typos.repair(dropped_commas.restored(asked, named) if named else asked)

"""Question words of other languages read as their English: "o que é SIEM?", "VPC significa o que?", "qual a
diferença entre IDS e IPS?", "data mining c'est quoi", "Was bedeutet SOAR ...", "¿qué es un SLA?".

People whose first language is Portuguese, Spanish, French, German or Italian often ask in their own words
around an English term. Only the words that ask are read ("what is", "means", "the difference between", "the
same thing", "exactly"), only in phrases that are not English ("o que é", "qué es", "c'est quoi", "was ist"), and
never a term's own words. The joining word ("e", "y", "et", "und") reads "and" only in a message that asks in
another language, between two words. One pass of one pattern over the message: linear in its length.
"""

from __future__ import annotations

import re

_WORD_END = r"(?![\w'])"
#: (pattern, English). Accents are optional: people type "o que e", "que es", "differenza".
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"(?:qual|cu[aá]l|quelle|qual)\s+(?:[eé]|es|est|[eè])?\s*(?:a|la)?\s*(?:diferen[cç]a|diferencia|"
     r"diff[eé]rence|differenza)\s+(?:entre|tra|fra)", "what is the difference between"),
    (r"(?:qual|cu[aá]l|quelle)\s+(?:[eé]\s+|es\s+|est\s+)?(?:a\s+|la\s+)?(?:diferen[cç]a|diferencia|diff[eé]rence|"
     r"differenza)", "what is the difference"),
    (r"(?:der\s+)?unterschied\s+zwischen", "the difference between"),
    (r"(?:algu[eé]m|alguien)\s+(?:sabe|me\s+explica)", "does anyone know"),
    (r"o\s+q(?:ue)?\s+(?:significa|quer\s+dizer)|qu[eé]\s+(?:significa|quiere\s+decir)|que\s+(?:signifie|veut\s+dire)|"
     r"was\s+(?:bedeutet|hei(?:ß|ss)t)|(?:che\s+)?cosa\s+significa|che\s+significa", "what means"),
    (r"o\s+q(?:ue)?\s+s[aã]o|qu[eé]\s+son|was\s+sind|(?:che\s+)?cosa\s+sono", "what are"),
    (r"(?:o\s*q(?:ue)?\s+(?:[eé]|eh)|qu[eé]\s+es|qu'est[- ]ce\s+que\s+c'est|qu'est[- ]ce\s+qu(?:e|')|"
     r"was\s+ist|(?:che\s+)?cos(?:'|a\s+)[eè])(?:\s+(?:um|uma|un|una|une|ein|eine|o|el|le|der|die|das)(?=\s))?",
     "what is"),
    (r"c'est\s+quoi", "what is it"),
    (r"significa[mn]?\s+o\s+q(?:ue)?|signifie\s+quoi|bedeutet\s+was", "means what"),
    (r"significa[mn]?|signifie|bedeutet", "means"),
    (r"(?:[eé]|es|est|ist|[eè])\s+(?:a\s+|la\s+|le\s+|das\s+)?(?:mesma\s+coisa|misma\s+cosa|m[eê]me\s+chose|"
     r"gleiche|stessa\s+cosa)", "is the same thing"),
    (r"exatamente|exactamente|exactement|esattamente|genau", "exactly"),
)
_ASKS = re.compile("|".join(f"(?P<p{n}>(?<![\\w']){pattern}{_WORD_END})" for n, (pattern, _) in enumerate(_PHRASES)),
                   re.I)
#: "IDS e IPS", "SLA y SLO", "CAPEX et OPEX", "EBIT und EBITDA": between two words, lower case.
_AND = re.compile(r"(?<=\w)\s+(?:e|y|et|und)\s+(?=\w)")


def english(text: str) -> str | None:
    """`text` with its question words of another language in English, or None when it has none."""
    found = False

    def replaced(match: re.Match[str]) -> str:
        nonlocal found
        found = True
        return _PHRASES[int(match.lastgroup[1:])][1]  # type: ignore[index]

    read = _ASKS.sub(replaced, text)
    return _AND.sub(" and ", read) if found else None

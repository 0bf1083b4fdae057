"""Words clipped in workplace chat, read whole where a whole word is what the glossary writes.

Nouns after a name ("an x509 cert", "SAML auth", "the DNS config") are read as the kind of thing the name is
(glossary/classifiers.py); words of the context ("the dev wants me to review his PR", "PR in github") point at
the sense whose definition speaks of the word they stand for (glossary/senses.py).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from glossary.typo_rules import is_word

#: Nouns clipped after a name, read whole: "an x509 cert" is an X.509 certificate.
CLIPPED_NOUNS = {"cert": "certificate", "auth": "authentication", "config": "configuration", "repo": "repository",
                 "env": "environment", "app": "application", "admin": "administrator"}
#: Context words, clipped or the name of a code tool, read as the word a definition uses.
CONTEXT_WORDS = {**{k: v for k, v in CLIPPED_NOUNS.items() if k in ("repo", "admin")}, "dev": "developer",
                 "github": "code", "gitlab": "code", "git": "code", "prod": "production", "infra": "infrastructure",
                 "doc": "documentation", "ads": "advertising"}


def read_noun(typed: str, nouns: frozenset[str]) -> str:
    """The noun of `nouns` typed, clipped the way people at work clip it ("x509 cert"), or mistyped a keystroke
    off one and no English word ("DDOS attak"); else the word as typed."""
    typed = CLIPPED_NOUNS.get(typed, typed)
    if typed in nouns or len(typed) < 4 or is_word(typed):
        return typed
    near = [w for w in nouns if len(w) >= 4 and OSA.distance(w, typed, score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 else typed

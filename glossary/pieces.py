"""A piece of a written name that is a term of its own: "what does GPT stand for in chatgpt".

"the M in MIRR", "the PM in PMO" ask about a piece of one name, and the whole name's entry answers them,
as it spells the piece out ("Modified Internal Rate of Return", "Project Management Office"). When the
whole name's entries spell nothing out for the piece ("ChatGPT: an AI chatbot developed by OpenAI") and the
piece, typed as an acronym (or in lower case and no English word: "gpt", not "sec"), is a name of its own (GPT),
the whole cannot answer: the piece is asked, read in the whole's context as "PR in marketing" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary import normalize
from glossary.models import Term
from glossary.typo_rules import is_word

if TYPE_CHECKING:
    from glossary.matching import Matcher

MIN_LETTERS = 2  # "M" of MIRR is a letter, never a term of its own


def asked_itself(matcher: Matcher, piece: str, whole: str) -> bool:
    """The piece is an acronym the glossary names, and no entry of the whole name spells it out."""
    piece = piece.strip()
    if len(piece) < MIN_LETTERS or not piece.isalpha() or not (piece.isupper() or piece.islower()
                                                               and not is_word(piece)):
        return False  # "the M in MIRR", "the sec in devsecops"; but "gpt in chatgpt" typed in lower case
    own, entire = matcher.exact([piece]), matcher.exact([whole.strip()])
    if own is None or own.status not in ("answer", "ambiguous") or entire is None:
        return False
    return not any(_spelled_within(piece.lower(), matcher.terms[m.id]) for m in entire.matches)


def _spelled_within(letters: str, term: Term) -> bool:
    """Consecutive words of the term's names or definition whose initials are `letters` (small words such
    as "of" may sit between): the entry spells the piece out."""
    text = " ".join([term.term, *term.aliases, term.definition])
    words = [w for w in normalize.words(text) if w not in normalize.SMALL]
    n = len(letters)
    return any("".join(w[:1] for w in words[k:k + n]) == letters for k in range(len(words) - n + 1))

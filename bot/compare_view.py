"""Replies that lean on the conversation: comparisons side by side and follow-ups about the last answer.

What tells two terms apart comes from the glossary itself: a sentence of one's definition that names
the other and contrasts them. Nothing is invented, and no filler when the glossary has no such sentence.
"""

from __future__ import annotations

import re

from bot.messages import Button, Item, Reply
from glossary import normalize
from glossary.models import LookupResult, Term

MAX_COMPARED = 4
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CONTRAST = re.compile(r"\b(?:unlike|whereas|while|but|not|instead|rather than|as opposed to|in contrast|"
                       r"differs?|different|distinct|opposite|than|versus|vs|only|however)\b", re.I)
_TOKEN = re.compile(r"[^\W_]+")
_NO_EXAMPLE = "The glossary has no example of {} yet. You can suggest one with “Suggest an edit”."


def _mentions(text: str, term: Term) -> bool:
    """`text` names `term`; an acronym only in its own casing ("it" is not IT)."""
    words = f" {' '.join(normalize.words(text))} "
    raw = f" {' '.join(_TOKEN.findall(text))} "
    for name in [term.term, *term.aliases]:
        if not name.strip():
            continue
        if name.isupper() and f" {' '.join(_TOKEN.findall(name))} " in raw:
            return True
        if not name.isupper() and f" {' '.join(normalize.words(name))} " in words:
            return True
    return False


def differences(terms: list[Term]) -> list[str]:
    """Sentences of the glossary's definitions that set one compared term against another: they name
    the other term and contrast ("unlike", "not", "whereas", "than"). Examples and "related" links
    say nothing about the difference, so nothing is shown rather than filler."""
    lines: list[str] = []
    for term in terms:
        for other in terms:
            if other is term:
                continue
            for sentence in _SENTENCE.split(term.definition):
                line = f"{term.term}: {sentence.strip()}"
                if _mentions(sentence, other) and _CONTRAST.search(sentence) and line not in lines:
                    lines.append(line)
                    break
    return lines[:4]


def compare_reply(result: LookupResult, terms: dict[str, Term]) -> Reply:
    """Two or more terms side by side: the definition of each, then what tells them apart."""
    compared = [terms[m.id] for m in result.matches if m.id in terms][:MAX_COMPARED]
    names = " vs ".join(t.term for t in compared)
    items = [Item(t.term, t.definition + (f"\nExample: {t.examples[0]}" if t.examples else ""),
                  [Button(f"More about {t.term}", "lookup", {"term_id": t.id})]) for t in compared]
    apart = differences(compared)
    body = ["What tells them apart: " + " ".join(apart)] if apart else []
    text = "\n".join([f"{names}:"] + [f"• {t.term}: {t.definition}" for t in compared] + body)
    return Reply(text=text, kind="compare", title=names, body=body, items=items, side_by_side=True)


def aspect_reply(term: Term, aspect: str, full: Reply) -> Reply:
    """'another example', 'simpler please', 'who owns it?', 'related?' about the last answered term."""
    if aspect == "example":  # the answer card already showed the first example
        text = (f"Another example of {term.term}: {term.examples[1]}" if len(term.examples) > 1 else
                f"There is no other example of {term.term} yet; the one the glossary has: {term.examples[0]} "
                "You can suggest another with “Suggest an edit”." if term.examples else _NO_EXAMPLE.format(term.term))
    elif aspect == "examples":
        text = (f"Example of {term.term}: " + " / ".join(term.examples[:3]) if term.examples
                else _NO_EXAMPLE.format(term.term))
    elif aspect == "other":
        text = f"{term.term} has only one meaning in the glossary: {term.short_definition}."
    elif aspect == "simpler":
        text = f"{term.term}, in short: {term.short_definition}."
    elif aspect == "owner":
        text = (f"{term.term} is owned by {term.owner}." if term.owner else
                f"Nobody owns {term.term} yet. A curator can set one with “glossary owner {term.term} @someone”.")
    elif aspect == "related":
        text = (f"Related to {term.term}: {', '.join(term.related[:8])}." if term.related else
                f"The glossary lists no related terms for {term.term}.")
    else:
        return full
    related = full.related if aspect == "related" else []
    actions = [b for b in full.actions if b.action == "suggest_form"]
    return Reply(text=text, kind="answer", title=term.term, body=[text], related=related, actions=actions)


def no_previous_reply() -> Reply:
    return Reply(text="Ask me about a term first (“what does SLA mean?”); then “another example”, “simpler "
                      "please”, “who owns it?” or “related?” are about that term.", kind="help", private=True)

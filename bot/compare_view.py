"""Replies that lean on the conversation: comparisons side by side and follow-ups about the last answer.

What tells two terms apart comes from the glossary itself: one listing the other as related,
and a sentence of a definition that names the other term. Nothing is invented.
"""

from __future__ import annotations

import re

from bot.messages import Button, Item, Reply
from glossary import normalize
from glossary.models import LookupResult, Term

MAX_COMPARED = 4
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _mentions(text: str, term: Term) -> bool:
    words = f" {' '.join(normalize.words(text))} "
    return any(f" {' '.join(normalize.words(name))} " in words for name in [term.term, *term.aliases] if name.strip())


def differences(terms: list[Term]) -> list[str]:
    """Sentences from the glossary that set the compared terms apart."""
    lines: list[str] = []
    for term in terms:
        for other in terms:
            if other is term:
                continue
            for sentence in _SENTENCE.split(" ".join([term.definition, *term.examples])):
                if _mentions(sentence, other) and sentence not in lines:
                    lines.append(f"{term.term}: {sentence.strip()}")
                    break
            else:
                if any(normalize.key(r) in {normalize.key(n) for n in [other.term, *other.aliases]}
                       for r in term.related):
                    lines.append(f"{term.term} lists {other.term} as a related term.")
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
    if aspect == "example":
        text = (f"Another example of {term.term}: {term.examples[1]}" if len(term.examples) > 1 else
                f"Example of {term.term}: {term.examples[0]}" if term.examples else
                f"The glossary has no example of {term.term} yet. You can suggest one with “Suggest an edit”.")
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

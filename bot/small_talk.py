"""Greetings and thanks get a friendly word, not "I don't know 'thanks' yet" (and are not logged as misses)."""

from __future__ import annotations

import re

from bot.messages import Reply

_THANKS = re.compile(r"^(?:thanks?(?: a lot| so much| again| you(?: so much)?)?|thank u|thx|tx|ty|tysm|cheers|"
                     r"great|cool|nice|awesome|perfect|got it|ok(?:ay)?|k|makes sense|that helps|helpful)"
                     r"(?:\s*(?:!|\.|,)*\s*(?:jargon ?bot|bot|mate|man)?)?\s*[!.]*$", re.I)
_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|hallo|hola)"
                       r"(?:\s+(?:there|all|team|jargon ?bot|bot))?\s*[!.,]*$", re.I)


def small_talk(cleaned: str) -> Reply | None:
    """A reply for pure pleasantries; None for anything that might be a question."""
    if _THANKS.match(cleaned):
        return Reply(text="You're welcome! Ask me about any term, any time.", kind="notice", private=True)
    if _GREETING.match(cleaned):
        return Reply(text="Hi! Ask me what a term means, like “what does SLA mean?” or “define EBITDA”. "
                          "Type “help” to see everything I can do.", kind="help", private=True)
    return None

"""Greetings, thanks and chit-chat get a friendly word, not "I don't know 'thanks' yet", and are not logged
as misses: the digest's "Curators, define them" list is for words people wanted explained."""

from __future__ import annotations

import re

from bot.messages import Reply

_ADDRESS = r"(?:\s*(?:!|\.|,)*\s*(?:jargon ?bot|bot|mate|man|all|team|everyone)?)?\s*[!.?]*"
_THANKS = re.compile(r"^(?:(?:ok(?:ay)?|great|cool|nice|awesome|perfect|got it)[\s,!.]*)?"
                     r"(?:thanks?(?: a lot| so much| again| you(?: so much)?)?|thank u|thx|tx|ty|tysm|cheers|"
                     r"great|cool|nice|awesome|perfect|got it|makes sense|that helps|helpful)" + _ADDRESS + "$", re.I)
_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|hallo|hola)"
                       r"(?:\s+(?:there|all|team|jargon ?bot|bot))?\s*[!.,]*$", re.I)
_OK = re.compile(r"^(?:ok(?:ay)?|k|kk|alright|all right|sure|fine|noted|roger(?: that)?)" + _ADDRESS + "$", re.I)
_LAUGH = re.compile(r"^(?:lol+|lmao+|rofl|(?:ha){2,}h?|(?:he){2,}h?|hah|heh|xd|:-?\)|:-?d|😂|🤣|😄|😆)+"
                    r"\s*[!.]*$", re.I)
_HOW_ARE_YOU = re.compile(r"^(?:(?:hi|hey|hello)[\s,!]*)?(?:how are (?:you|u)(?: doing| today)?|how r u|"
                          r"how(?:'s| is) it going|how do you do|what'?s up|wh?at'?s up|sup|wassup)" + _ADDRESS + "$",
                          re.I)
_WHO = re.compile(r"^(?:(?:who|what) (?:are|r) (?:you|u)|what(?:'s| is) your name|who (?:made|built|wrote) (?:you|u)|"
                  r"are you (?:a bot|human|real|an? ai))" + _ADDRESS + "$", re.I)
_BYE = re.compile(r"^(?:bye|bye bye|goodbye|good bye|see (?:you|ya)(?: later| soon)?|cya|later|good night|gn|"
                  r"have a (?:good|nice) (?:day|one|evening|weekend))" + _ADDRESS + "$", re.I)


def small_talk(cleaned: str, bot_name: str = "Jargon Bot") -> Reply | None:
    """A reply for pure pleasantries and chit-chat; None for anything that might be a question."""
    text = cleaned.strip()
    if _THANKS.match(text):
        return _say("You're welcome! Ask me about any term, any time.")
    if _GREETING.match(text):
        return Reply(text="Hi! Ask me what a term means, like “what does SLA mean?” or “define EBITDA”. "
                          "Type “help” to see everything I can do.", kind="help", private=True)
    if _OK.match(text):
        return _say("👍 Ask me about a term whenever one puzzles you.")
    if _LAUGH.match(text):
        return _say("😄 Glad to hear it. Ask me about any term whenever you like.")
    if _HOW_ARE_YOU.match(text):
        return _say("All good, thanks! Ready to explain any term: try “what does EBITDA mean?”.")
    if _WHO.match(text):
        return Reply(text=f"I'm {bot_name}: I explain jargon between IT and the business in plain words. Ask "
                          "me “what does SLA mean?”, paste a sentence after “explain:”, or type “help”.",
                     kind="help", private=True)
    if _BYE.match(text):
        return _say("Bye! I'm here whenever a term puzzles you.")
    return None


def not_a_question() -> Reply:
    """For a message of everyday words only ("so", "the", "so what") that names no glossary term."""
    return Reply(text="Ask me about a term, like “what does SLA mean?” or “define EBITDA”, or paste a sentence "
                      "after “explain:”. Type “help” to see everything I can do.", kind="help", private=True)


def _say(text: str) -> Reply:
    return Reply(text=text, kind="notice", private=True)

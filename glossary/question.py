"""Pull the asked-about term out of how people really ask.

"wtf is an SLA??", "can someone explain `tech debt` to me", "<@U123> CAC meaning"
all become the subject the matcher looks up.
"""

from __future__ import annotations

import html
import re

_MARKUP = [
    (re.compile(r"<(?:@|#|!)[^>]*>"), " "),                 # Slack user/channel/special mentions
    (re.compile(r"<at>.*?</at>", re.I), " "),                # Teams mentions
    (re.compile(r"<(https?://[^|>]+)\|([^>]+)>"), r"\2"),    # Slack links with a label
    (re.compile(r"<[^>]{1,200}>"), " "),                     # any other tag
    (re.compile(r":[a-z0-9_+\-]+:"), " "),                   # :emoji: shortcodes
    (re.compile(r"[*_~`]+"), " "),                           # bold, italics, strike, code
]
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]")
_SPACE = re.compile(r"\s+")

# Phrasings, tried in order; the named group is the subject. Kept as data so they are easy to extend.
_LEAD = r"(?:hey|hi|hello|yo|ok|okay|so|um+|uh+|sorry|please|pls|plz|quick question|question)?[\s,:!-]*"
_POLITE = r"(?:(?:can|could|would|will) (?:you|someone|somebody|anyone|any ?one) (?:please )?|please |pls |plz )?"
_ARTICLE = r"(?:(?:an?|the|this|that|these|those|our|your|my|their) )?"
_TAIL = r"(?:\s+(?:again|exactly|actually|here|in (?:this|the) (?:context|channel|thread|doc|email|meeting)|please|pls|for me|to me|for us|to us|in plain english|in simple terms|in layman'?s terms|like i'?m (?:five|5)|mean(?:s)?|stands? for|refer(?:s)? to))*"
_PATTERNS = [
    rf"what(?:'s| is| are| does| do)? {_ARTICLE}(?P<s>.+?) (?:mean|stand for|refer to|short for)",
    rf"what(?:'s| is| are)? {_ARTICLE}(?P<s>.+?) (?:short|an acronym|an abbreviation) for",
    rf"(?:what|wat|wut)(?:'s| is| are| r|s)? (?:the )?(?:meaning|definition|def|full form|expansion) of {_ARTICLE}(?P<s>.+?)",
    rf"(?:meaning|definition|def|full form|expansion) of {_ARTICLE}(?P<s>.+?)",
    rf"{_POLITE}(?:define|explain|describe|clarify|expand|translate|decode|eli5|eli 5|elif)(?: what)?(?: the (?:term|word|acronym|phrase))?(?: (?:is|are|does))? {_ARTICLE}(?P<s>.+?)(?: (?:means?|is|stands for))?",
    rf"{_POLITE}(?:tell me|remind me|help me understand|i (?:don'?t|do not) (?:know|understand|get)|i'?m not sure|not sure|no idea) (?:what )?(?:(?:is|are|does) )?{_ARTICLE}(?P<s>.+?)(?: (?:means?|is|are|stands? for))?",
    rf"(?:wtf|wth|what the (?:heck|hell|fuck)|what in the world|what on earth|whats?|wat|wut)(?:'s| is| are| r|s)? {_ARTICLE}(?P<s>.+?)",
    rf"(?:who|what) (?:is|are) {_ARTICLE}(?P<s>.+?)",
    rf"(?:does anyone|anyone|does somebody|does someone|somebody|someone|do you) know (?:what )?{_ARTICLE}(?P<s>.+?)(?: (?:means?|is|are|stands? for))?",
    rf"(?:i (?:keep )?(?:hear(?:ing)?|see(?:ing)?)|people (?:keep )?(?:say(?:ing)?|use|using)) {_ARTICLE}(?P<s>.+?)(?:,| -| but| and| all| a lot| everywhere| in).*",
    rf"(?:explanation|definition|meaning) (?:for|of) {_ARTICLE}(?P<s>.+?)",
    rf"{_ARTICLE}(?P<s>.+?) (?:meaning|definition|means|stands for|explained|explanation|def|acronym)",
    r"(?P<s>.+?) (?:is|are) what",
    rf"(?:term|word|acronym|abbreviation|jargon|lookup|look up|whatis|what is) {_ARTICLE}(?P<s>.+?)",
]
_COMPILED = [re.compile(rf"^{_LEAD}{p}{_TAIL}$", re.I) for p in _PATTERNS]
_TRAILING_PUNCT = re.compile(r"[\s?!.,;:]+$")
_LEADING_PUNCT = re.compile(r"^[\s?!.,;:\"'“”‘’(\[]+")
_QUOTES = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")


def clean(text: str) -> str:
    """Strip chat markup, HTML entities and emoji; collapse spaces."""
    text = html.unescape(html.unescape(text))
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    text = _EMOJI.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def _tidy(subject: str) -> str:
    subject = _QUOTES.sub(" ", subject)
    subject = _TRAILING_PUNCT.sub("", _LEADING_PUNCT.sub("", subject))
    return _SPACE.sub(" ", subject).strip()


def extract_subject(question: str) -> str:
    """The term being asked about, or the cleaned text when no phrasing fits (a bare 'SLA?')."""
    text = _tidy(clean(question))
    text = re.sub(r"^(?:q|question|hi|hey|hello)\s*[:,-]\s*", "", text, flags=re.I)
    for _ in range(2):  # "can someone explain what does X mean" peels twice
        for pattern in _COMPILED:
            match = pattern.match(text)
            if match and match.group("s").strip():
                text = _tidy(match.group("s"))
                break
        else:
            break
    return text

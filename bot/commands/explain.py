"""Explain a whole message: every piece of jargon in it, in plain words; "Translate" rewrites it.

Reached by "explain: <text>", by "explain" in a thread (its first message), by a
sentence where a term was expected ("/whatis we need to cut CAC before the QBR"),
by Slack's "Explain jargon" shortcut and Teams' message action (`explain_text`),
and by `glossary context TAGS`, which sets the tags that pick a sense in a channel.
"""

from __future__ import annotations

import re

from bot.commands.help import is_role_refused
from bot.commands.me import audience_of
from bot.commands.registry import action, command
from bot.context import Context
from bot.explain_view import button_value, explain_reply, text_of, translate_reply
from bot.limits import MAX_EXPLAIN_CHARS, explain_cut
from bot.messages import Action, Reply
from bot.roles import Role
from glossary import channel_settings, normalize, sides
from glossary.cue_words import QUESTION_CUES
from glossary.detect import Found, detector_for
from glossary.question import extract_subject
from glossary.search import known_tags

MIN_SENTENCE_WORDS = 6  # "/whatis" with this many words and no term to look up explains the sentence
MIN_PHRASE_WORDS = 3  # "CAC vs LTV": an unknown phrase that holds terms is explained too
MAX_TAGS = 10
MAX_EXPLAIN = 4_000  # explain and watch read this much of a message: a few screens of text
_PREFIX = re.compile(r"^\s*(?P<verb>explain|translate)\b(?P<sep>(?:\s*(?:[:,\-–—]|this\b|please\b|pls\b))*)\s*",
                     re.I)
_PRIVATE_VIA = {"slash", "shortcut", "extension"}


def find_terms(ctx: Context, text: str) -> list[Found]:
    """The terms in the first MAX_EXPLAIN characters of `text`, with this channel's context tags picking senses.

    Cut before any pattern runs: time stays linear in what is read, whatever was sent."""
    tags = channel_settings.context_tags(ctx.glossary.connections, ctx.conversation.key)
    return sides.order_found(detector_for(ctx.glossary).find(text[:MAX_EXPLAIN], tags), audience_of(ctx))


def explain_prefix(text: str) -> tuple[str, str] | None:
    """('explain' or 'translate', the text to work on) when `text` asks for it; None otherwise.

    "explain: <text>" and a bare "explain" always do; "explain SLA" or "explain what CAC means"
    is a question about one term, which the lookup answers better.
    """
    match = _PREFIX.match(text)
    if not match:
        return None
    rest = text[match.end():]
    if ":" not in match.group("sep") and rest.strip() and len(extract_subject(text).split()) < MIN_PHRASE_WORDS:
        return None
    return match.group("verb").lower(), rest


def wants_explain(ctx: Context, cleaned: str) -> bool:
    """'explain: <text>', 'explain' in a thread, or a sentence rather than a term: explain it, don't look it up."""
    if explain_prefix(cleaned) is not None:
        return True
    subject = extract_subject(cleaned)
    words = len(subject.split())
    if words < MIN_PHRASE_WORDS:
        return False  # "what does SLA mean?", "CAC?", "tech debt"
    result = ctx.glossary.matcher.lookup(subject)  # the subject itself as a name or a typo of one
    if result.status in ("answer", "ambiguous"):
        return False  # a long term name ("earnings before interest, taxes, ...") is still a term
    if words < MIN_SENTENCE_WORDS and result.status != "unknown":
        return False  # a near miss ("did you mean ...?") helps more than an explanation
    found = find_terms(ctx, subject)
    asks = "?" in cleaned or bool(QUESTION_CUES.intersection(normalize.words(cleaned)))
    if (len({f.id for f in found}) == 1 or asks) and ctx.glossary.lookup(cleaned).status in ("answer", "ambiguous"):
        return False  # one term, or a question the cues tie to one term: answer it
    return bool(found)


def answers_long_question(ctx: Context, text: str, cleaned: str) -> bool:
    """A long message that asks one definition question in one of its sentences ("Dear team, I hope you are
    well. ... Could you explain what an ATO is? ..."): the answer helps more than every term in it."""
    if explain_prefix(cleaned) is not None:
        return False
    asks = "?" in cleaned or bool(QUESTION_CUES.intersection(normalize.words(cleaned)))
    return asks and ctx.glossary.lookup(text).status in ("answer", "ambiguous", "compare")


def _request(ctx: Context, act: Action) -> tuple[str, str, bool]:
    """(verb, text, cut): what to do and with what. A bare "explain" means the thread's first message.

    The text is cut to MAX_EXPLAIN_CHARS before anything reads it; `cut` says whether it was.
    """
    text, cut = explain_cut(text_of(ctx.glossary.connections, act.value) or "")
    verb, text = explain_prefix(text) or ("explain", text)
    if not text.strip() and ctx.message is not None and ctx.message.parent_text:
        text, cut = explain_cut(ctx.message.parent_text)
    return verb, text, cut


def _cut_note(reply: Reply) -> Reply:
    """Say so when only the start of a long message was read."""
    note = f"(I read the first {MAX_EXPLAIN_CHARS:,} characters of that message.)"
    reply.text = f"{reply.text}\n{note}"
    reply.body.append(note)
    return reply


def _private(ctx: Context) -> bool:
    """Asked privately (slash command, shortcut, message action): only the asker sees it."""
    return ctx.message is None or ctx.message.via in _PRIVATE_VIA


_NOTHING = ("Send “explain: ” followed by the text, or use “Explain jargon” on any message (in Slack its "
            "“More actions” menu; in Teams its “…” menu). In Slack, “explain” in a thread explains its first message.")


@action("explain_text")
def explain_text(ctx: Context, act: Action) -> list[Reply]:
    verb, text, cut = _request(ctx, act)
    if not text.strip():
        return [Reply(text=_NOTHING, kind="help", private=True)]
    found = find_terms(ctx, text)
    if verb == "translate":
        reply = translate_reply(text, found, private=_private(ctx))
    else:
        value = button_value(ctx.glossary.connections, text, ctx.glossary.clock()) if found else {}
        reply = explain_reply(text, found, value, private=_private(ctx))
    return [_cut_note(reply) if cut else reply]


@action("translate_text")
def translate_text(ctx: Context, act: Action) -> list[Reply]:
    text = text_of(ctx.glossary.connections, act.value)
    if text is None:
        return [Reply(text="That message is no longer available to translate. Please explain it again.",
                      kind="error", private=True)]
    text = explain_cut(text)[0]
    return [translate_reply(text, find_terms(ctx, text))]


@command("context", "context [TAGS|off]", "Show or set this channel's default tags, which pick the meaning of "
         "terms like PR or AR (curators set them).")
def context_command(ctx: Context, args: str) -> list[Reply]:
    wanted = [t.strip().lower().lstrip("#") for t in re.split(r"[,\s]+", args) if t.strip()]
    key = ctx.conversation.key
    if not wanted:
        tags = channel_settings.context_tags(ctx.glossary.connections, key)
        shown = ", ".join(tags) if tags else "none"
        return [Reply(text=f"Context tags here: {shown}. They pick the meaning of terms with several senses. "
                           "Curators change them with “glossary context TAGS” or “glossary context off”.",
                      kind="notice", private=True)]
    refused = is_role_refused(ctx, Role.CURATOR, False)
    if refused is not None:
        return [refused]
    if wanted in (["off"], ["none"], ["clear"]):
        wanted = []
    known = known_tags(ctx.glossary.matcher.terms.values())
    unknown = [t for t in wanted if t not in known]
    if unknown:
        return [Reply(text=f"No term has the tag{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}. "
                           f"Nothing was changed. Known tags: {', '.join(sorted(known))}.",
                      kind="error", private=True)]
    wanted = list(dict.fromkeys(wanted))[:MAX_TAGS]
    channel_settings.update(ctx.glossary.connections, key,
                            lambda s: s.update(context_tags=wanted, context_by=ctx.actor))
    if not wanted:
        return [Reply(text="Context tags cleared: terms with several meanings show all of them here again.",
                      kind="notice")]
    return [Reply(text=f"Context tags for this channel: {', '.join(wanted)}. When a term such as PR has several "
                       "meanings and the message doesn't say which, I'll pick the one with these tags.",
                  kind="notice")]

"""A language's table for reading a question asked in it (glossary/foreign_words.py): its marks, its small words in
English, the particles that go, its postpositions, verb forms and case endings. Each table's patterns are built on the
first message in that language, so a start-up that reads English only never pays for them."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from glossary import common_words, normalize

TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")  # a word of letters, with an apostrophe inside ("c'est")
EDGE_BEFORE, EDGE_AFTER = r"(?<![\w'&/.-])", r"(?![\w'&/-]|\.\w)"
_ENGLISH = "is it are they what who does do mean the a an of and or to in on from this that".split()


PLAIN_ENGLISH = 3_000  # an English word this common means itself in a question asked in English ("no wait")


@dataclass(frozen=True)
class Language:
    marks: frozenset[str]  # words only this language uses, in lower case
    small: dict[str, str]  # its small words -> English
    dropped: str  # a pattern of words to the listener and particles, in lower case (or as they open a message)
    after: dict[str, str] = field(default_factory=dict)  # postpositions: "kubernetes mein" -> "in kubernetes"
    verbs: str = ""  # a pattern of the language's verb forms, in lower case: "wanauliza" (they ask) reads "have"
    opening: frozenset[str] = frozenset()  # small words read capitalised too, opening a sentence ("Kwa ufupi ...")
    suffixes: str = ""  # case endings typed after an apostrophe, dropped: Turkish "SAM'e", "KPI'ın"
    g_dropped: bool = False  # words typed without their final "g" ("pricin", "computin'") read with it

    def english(self, text: str) -> str:
        """`text` with this language's small words in English and its particles gone ("port 445 firewall pe": on
        the firewall, three words of letters at most); a verb of its own no longer passes for part of a name
        ("merchants wanauliza letter of credit": not a kind of letter of credit)."""
        drop, words, after = self._patterns
        if self._suffixes is not None:
            text = self._suffixes.sub("", text)  # "CDN'den": "CDN"
        text = drop.sub("", text)
        for possessive in (True, False):  # "SBP ki report mein": "SBP's report", then "in SBP's report"
            text = after.sub(lambda m, p=possessive: _placed(self.after[m.group(2)], m.group(1))
                             if self.after[m.group(2)].startswith("'") is p else m.group(0), text)
        if self.opening:  # "Kwa ufupi ni nini?": a sentence opens on a small word; not "Dan bilang ...", a name
            text = _OPENING.sub(lambda m: m.group(1) + (m.group(2).lower() if m.group(2).lower() in self.opening
                                                        else m.group(2)), text)
        text = words.sub(lambda m: self.small[m.group(1)], text)
        if self.g_dropped:
            text = _G_DROPPED.sub(_with_g, text)
        if self._verbs is not None:
            text = self._verbs.sub(lambda m: "have" if common_words.rank(m.group(0)) == common_words.NOT_COMMON
                                   else m.group(0), text)
        return text

    def small_in_english(self, text: str) -> str:
        """`text` with this language's small words that are no everyday English word in English ("inna" in, "mi" my;
        not "no", "an"), nothing else changed: in a question asked in English its particles and postpositions stay
        as typed ("what is stock ka beta": no "stock's beta", a possessive that would make "beta" the name asked;
        "explain giúp em": with "giúp" gone, "em" would read as a name)."""
        def read(m: re.Match[str]) -> str:
            plain = common_words.is_common(normalize.fold(m.group(1)), PLAIN_ENGLISH)
            return m.group(0) if plain else self.small[m.group(1)]
        return self._patterns[1].sub(read, text)

    def without_particles(self, text: str, after: Callable[[str], bool]) -> str:
        """`text` without this language's particles and words to the listener where the word before one is one
        `after` takes, or another of them ("GPT po stands for?": "GPT stands for?"; "what is ETF ya kak?")."""
        def dropped(m: re.Match[str]) -> str:
            before = _LAST_WORD.search(text[max(0, m.start() - _LOOK_BACK):m.start()])  # a few characters only
            return "" if before and (after(before.group(1)) or self.addresses(before.group(1))) else m.group(0)
        return self._patterns[0].sub(dropped, text)

    def addresses(self, word: str) -> bool:
        """`word` (in lower case) is one this language drops: a word to the listener or a particle ("yaar", "che"),
        which neighbouring languages share, so it alone shows no language is spoken."""
        return self._dropped_word.fullmatch(word) is not None

    @cached_property
    def _dropped_word(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.dropped})")

    @cached_property
    def _suffixes(self) -> re.Pattern[str] | None:
        """The case endings' pattern, built on the first message in the language, or None for a language with none."""
        return re.compile(self.suffixes) if self.suffixes else None

    @cached_property
    def _verbs(self) -> re.Pattern[str] | None:
        """The verb forms' pattern, built on the first message in the language, or None for a language with none."""
        return re.compile(rf"{EDGE_BEFORE}(?:{self.verbs}){EDGE_AFTER}") if self.verbs else None

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """Built on the first message in the language, so a start-up that reads English only never pays for them."""
        words = "|".join(sorted(self.small, key=len, reverse=True)) or "(?!)"  # a language with no small words
        # one start per run of blanks (the match opens on its first one): linear however many blanks are typed
        drop = rf"(?<![ \t,])(?:,[ \t]*|[ \t]+)?{EDGE_BEFORE}(?:{self.dropped}){EDGE_AFTER}"
        own = "|".join(re.escape(w) for w in sorted({*_ENGLISH, *self.small, *self.after, *self.marks}, key=len,
                                                       reverse=True))
        word = rf"(?!(?:{own})\b)[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*"  # no English read in, no word of this language
        phrase = rf"{EDGE_BEFORE}(?:{word}[ \t]+){{0,2}}{word}"  # the noun phrase a postposition follows: three words
        return (re.compile(drop), re.compile(rf"{EDGE_BEFORE}({words}){EDGE_AFTER}"),  # "KO" stays
                re.compile(rf"({phrase})[ \t]+({'|'.join(self.after) or '(?!)'}){EDGE_AFTER}"))


_LAST_WORD = re.compile(r"([^\W_][\w&/.'-]*)[\s,]*$")  # the word before a particle, and the blanks after it
_LOOK_BACK = 40  # characters before a particle in which its word is looked for
_OPENING = re.compile(r"(^|[.!?\n][ \t]*)([A-Z][a-z]+)")  # a capitalised word opening a sentence


def _placed(english: str, phrase: str) -> str:
    """A postposition in English order: a possessive after its noun ("stock ka beta": "stock's beta"), a
    preposition before its noun phrase ("fedramp package mein CRM": "in fedramp package, CRM")."""
    if english.startswith("'"):
        *before, noun = phrase.split()
        return " ".join([*before, noun + english])
    return f"{english} {phrase},"


_G_DROPPED = re.compile(r"(?<![\w'])([A-Za-z]{3,}in)'?(?![\w'])")  # "pricin", "computin'"


def _with_g(m: re.Match[str]) -> str:
    """A word with its "g" dropped, read with it: "skimmin" is no word, "skimming" is; "begin" and "domain" stay."""
    word = m.group(1)
    if common_words.rank(word.lower()) == common_words.NOT_COMMON \
            and common_words.rank(word.lower() + "g") != common_words.NOT_COMMON:
        return word + "g"
    return m.group(0)

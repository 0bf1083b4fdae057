"""Names typed with a run of their words as its initials: "AR aging schedule" for accounts receivable aging
schedule, "NPV profile", "the PO process" when the glossary writes "purchase order process".

People shorten the part of a long name that has a well-known acronym and type the rest whole. A name of three
to eight words is read so when one run of two or three consecutive words, none a minor word ("of", "and"), is
typed as one token of their initials (in capitals, or in lower case letters that are no English word nor chat,
with two words or more typed whole: "ar aging schedule", never "gm team"), and every other word of the name is
typed whole, in order, around it. The whole words carry the reading, so
the initials need not be an acronym the glossary knows. The caller keeps a reading only when it names one
concept. Initials the glossary writes as an acronym of other words are not these ("CRM software" is no
"clinical resource management software" where CRM is customer relationship management). The index (initials ->
names) is built on first need, so a cold `jargon ask` never pays for it.
"""

from __future__ import annotations

from collections import defaultdict

from glossary import common_words, normalize
from glossary.abbreviated import same_form
from glossary.models import Term

MIN_WORDS, MAX_WORDS = 3, 8  # a name of two words typed as initials is the acronym itself
RUN = (2, 3)  # words a token of initials stands for
LOWER_WHOLE = 2  # words typed whole around initials in lower case: "ar aging schedule", never "gm team"
ENGLISH = 5_000  # a lower-case token this common ("it", "am") is that word, not initials ("ar" may be)
Words = tuple[str, ...]
#: (term id, the name's words before the run, the run, the words after it)
Reading = tuple[str, Words, Words, Words]


class Initialed:
    """Initials of a run of a name's words -> the names, with the words around the run."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.terms = terms
        self._index: dict[str, list[Reading]] | None = None
        self._spelled: dict[str, set[Words]] = defaultdict(set)  # an acronym the glossary writes -> its words

    def find(self, typed: list[str], raws: list[str]) -> list[tuple[int, int, str]]:
        """(first, last, term id) of every name `typed` (folded words; `raws` as written) holds with a run of
        its words typed as initials; [] when none."""
        index = self._built()
        found = []
        for k, (norm, raw) in enumerate(zip(typed, raws, strict=True)):
            if norm not in index or not _initials(raw):
                continue
            for tid, before, run, after in index[norm]:
                first, last = k - len(before), k + len(after)
                if raw.islower() and len(before) + len(after) < LOWER_WHOLE or norm in self._spelled \
                        and run not in self._spelled[norm]:
                    continue  # "gm team" is a greeting; "CRM software" is no other words' CRM
                if first >= 0 and last < len(typed) and _same(typed[first:k], before) \
                        and _same(typed[k + 1:last + 1], after):
                    found.append((first, last, tid))
        return found

    def _built(self) -> dict[str, list[Reading]]:
        if self._index is None:
            index: dict[str, list[Reading]] = defaultdict(list)
            for term in self.terms.values():
                named = [(written, (written, *normalize.name_forms(written)) if "(" in written or " or " in written
                          else (written,)) for written, _ in term.names()]  # each name's forms, read once
                for written, forms in named:
                    if written.count(" ") + written.count("-") >= 1 or "(" in written:  # not one word alone
                        for name in forms:
                            _add(index, term.id, tuple(normalize.words(name)))
                self._spell(named)
            self._index = dict(index)
        return self._index

    def _spell(self, named: list[tuple[str, tuple[str, ...]]]) -> None:
        """Which words each acronym a term writes stands for ("AR" beside "accounts receivable"); `named`: its
        names, each with its forms."""
        names = [(n, tuple(normalize.words(n))) for written, forms in named
                 for n in (forms if "(" in written else (written,))]
        for acronym in (n.lower() for n, words in names if len(words) == 1 and n.isupper()):
            for _, words in names:  # its letters may begin a longer name: CRM of "... management software"
                runs = (words[a:b] for a in range(len(words)) for b in range(a + 2, len(words) + 1))
                if spelled := {run for run in runs if normalize.initials(" ".join(run)) == acronym}:
                    self._spelled[acronym] |= spelled


def _add(index: dict[str, list[Reading]], tid: str, words: tuple[str, ...]) -> None:
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not all(w.isalpha() for w in words):
        return
    for size in range(RUN[0], RUN[1] + 1):
        for start in range(len(words) - size + 1):
            run = words[start:start + size]
            if len(run) < len(words) and not normalize.MINOR_WORDS.intersection(run):
                index["".join(w[0] for w in run)].append((tid, words[:start], run, words[start + size:]))


def _initials(raw: str) -> bool:
    """Typed as initials: capitals ("AR"), or lower-case letters that are no everyday word ("ar", not "it")."""
    if not raw.isalpha() or not RUN[0] <= len(raw) <= RUN[1]:
        return False
    return raw.isupper() or raw.islower() and not common_words.is_common(raw, ENGLISH) \
        and not common_words.is_chat(raw)


def _same(typed: list[str], words: tuple[str, ...]) -> bool:
    return len(typed) == len(words) and all(map(same_form, typed, words))

"""The frames a message may have besides one question (glossary/frames.py): a follow-up about the term last
answered ("another example", "who owns it?"), an aspect of a named term ("dhcp eli5"), a new term ("and X?"),
a comparison with the last term ("how is that different from Y") or between named terms."""

from __future__ import annotations

from glossary import frames
from glossary.comparing import Comparing
from glossary.explained import other_senses
from glossary.models import LookupResult, Match
from glossary.world_compare import holds_difference_word

_ANSWERED = ("answer", "ambiguous")


class FramedReading(Comparing):
    """The frame-reading part of the Understander (glossary/understand.py), which provides `_one`."""

    def _framed(self, frame: frames.Frame, cleaned: str, last: str | None) -> LookupResult | None:
        """The outcome of a message with a frame, or None when the frame leaves it to the plain reading;
        `last`: the term last answered in this conversation, if any."""
        last = last if last in self.terms else None
        if frame.kind == "about_last":
            if last is None:
                return LookupResult(cleaned, cleaned, "unknown", [], aspect=frame.aspect, followup="about_last")
            if frame.aspect == "other":
                return other_senses(cleaned, self.terms[last], self.terms, self.matcher)
            term = self.terms[last]
            return LookupResult(cleaned, term.term, "answer", [Match(last, term.term, 100.0)], aspect=frame.aspect,
                                followup="about_last")
        if frame.kind == "about_named":
            if self.matcher.exact([cleaned]) is not None:
                return None  # "code example" is a name of its own, not an example of "code"
            compared = self._read(frame.parts[0], last) if holds_difference_word(frame.parts[0]) else None
            named = compared if compared and compared.status == "compare" else self._one(frame.parts[0])  # "X / Y:
            if named.status not in (*_ANSWERED, "compare"):  # the difference in simple terms?" compares
                return None  # "dhcp eli5": its senses are weighed after, as for "dhcp?"
            named.aspect, named.followup = frame.aspect, "about_named"
            return named
        if frame.kind == "new":
            result = self._one(frames.still_asked(frame.parts[0], cleaned))  # "and X — is that Y?" still asks
            result.followup = "new"
            return result
        if frame.kind == "compare_last":
            other = self._one(frame.parts[0])
            if last is None or other.status not in _ANSWERED or other.matches[0].id == last:
                other.followup = "new"
                return other  # without history "how is that different from Y" can only be about Y
            ids = [last, self._pick_sense(other.matches, [last])]
            return self._compare(cleaned, [self.terms[last].term, frame.parts[0]], ids, followup="compare_last")
        return self._comparison(frame, cleaned)

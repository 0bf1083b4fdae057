"""The two sides, read off tags; false friends; the other side's meaning first."""

from __future__ import annotations

from glossary import sides
from glossary.models import LookupResult, Match, Term


def _term(tid: str, tags: list[str], alias: str) -> Term:
    return Term(id=tid, term="pipeline", definition=f"The {alias}.", aliases=[alias], tags=tags)


ENG = _term("pipeline-eng", ["it", "dev"], "deployment pipeline")
SALES = _term("pipeline-sales", ["business", "sales"], "sales pipeline")


def test_a_term_belongs_to_the_side_of_its_tags_and_its_most_specific_team() -> None:
    assert (sides.side_of(ENG), sides.side_of(SALES)) == (sides.IT, sides.BUSINESS)
    assert (sides.team_of(ENG), sides.team_of(SALES)) == ("engineering", "sales")
    assert sides.side_of(_term("x", ["acronym"], "x")) is None
    assert sides.spans_both_sides([ENG, SALES]) and not sides.spans_both_sides([ENG, ENG])


def test_the_other_sides_meaning_comes_first_and_nothing_is_dropped() -> None:
    assert sides.other_side_first([ENG, SALES], "finance") == [ENG, SALES]
    assert sides.other_side_first([ENG, SALES], "dev") == [SALES, ENG]
    assert sides.other_side_first([ENG, SALES], None) == [ENG, SALES]
    assert sides.other_side_first([ENG, SALES], "acronym") == [ENG, SALES]  # a tag on neither side


def test_an_ambiguous_result_is_reordered_only_for_false_friends() -> None:
    result = LookupResult("pipeline", "pipeline", "ambiguous", [Match(ENG.id, "pipeline", 100.0),
                                                                 Match(SALES.id, "pipeline", 100.0)])
    terms = {ENG.id: ENG, SALES.id: SALES}
    assert [m.id for m in sides.order_result(result, terms, "security").matches] == [SALES.id, ENG.id]
    assert [m.id for m in sides.order_result(result, terms, "marketing").matches] == [ENG.id, SALES.id]
    answer = LookupResult("x", "x", "answer", [Match(ENG.id, "pipeline", 100.0)])
    assert sides.order_result(answer, terms, "dev") is answer

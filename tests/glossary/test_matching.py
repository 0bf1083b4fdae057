"""The matcher's four outcomes, its typo rules, and when it is rebuilt."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import matching
from glossary.matching import Matcher
from glossary.models import Term
from glossary.service import Glossary, starter_terms

STARTER = Matcher(starter_terms())


def _term(term_id: str, name: str, *aliases: str, tags: tuple[str, ...] = ()) -> Term:
    return Term(id=term_id, term=name, definition=f"About {name}.", aliases=list(aliases), tags=list(tags))


def test_the_issue_examples_are_not_answered() -> None:
    for text in ("what does banana mean", "thanks!", "hello"):
        assert STARTER.lookup(text).status not in ("answer", "ambiguous"), text


def test_an_answer_has_exactly_one_match_best_first() -> None:
    result = STARTER.lookup("what does SLA mean?")
    assert (result.status, [m.id for m in result.matches]) == ("answer", ["sla"])
    assert result.subject == "SLA" and result.query == "what does SLA mean?"
    assert result.to_dict() == {"query": "what does SLA mean?", "status": "answer",
                                "matches": [{"id": "sla", "term": "SLA", "score": 100.0}]}


def test_several_senses_of_one_acronym_are_all_shown() -> None:
    result = STARTER.lookup("PR")
    assert result.status == "ambiguous"
    assert sorted(m.id for m in result.matches) == ["pr-public-relations", "pr-pull-request"]


def test_context_picks_one_sense() -> None:
    assert [m.id for m in STARTER.lookup("what does PR mean in marketing").matches] == ["pr-public-relations"]
    assert [m.id for m in STARTER.lookup("what is a PR in git").matches] == ["pr-pull-request"]
    assert STARTER.lookup("what is PR in the weather").status == "ambiguous"  # no clue: every sense


def test_the_expansion_names_one_sense() -> None:
    assert STARTER.lookup("pull requests").matches[0].id == "pr-pull-request"
    assert STARTER.lookup("PR (public relations)").matches[0].id == "pr-public-relations"


def test_a_long_typo_is_answered_and_a_short_one_only_suggested() -> None:
    assert [m.id for m in STARTER.lookup("kubernetse").matches] == ["kubernetes"]
    assert STARTER.lookup("kubernetse").status == "answer"
    short = STARTER.lookup("dockr")
    assert short.status == "suggest" and short.matches[0].id == "docker"


def test_a_typo_equally_close_to_two_terms_is_a_question() -> None:
    result = STARTER.lookup("deprecaition")  # one keystroke from deprecation AND from depreciation
    assert result.status == "suggest"
    assert {"deprecation", "depreciation"} <= {m.id for m in result.matches}
    assert len(result.matches) <= matching.MAX_CHOICES


def test_a_different_word_two_keystrokes_away_is_not_answered() -> None:
    assert STARTER.lookup("what is a service mesh").status != "answer"  # not "service desk"
    assert STARTER.lookup("cash cow").status != "answer"  # not "cash flow"


def test_unknown_has_no_matches() -> None:
    result = STARTER.lookup("what is photosynthesis")
    assert (result.status, result.matches, result.subject) == ("unknown", [], "photosynthesis")


def test_a_name_shared_by_a_term_and_an_alias_shows_both_senses() -> None:
    matcher = Matcher([_term("cs-science", "CS", "computer science"),
                       _term("customer-success", "customer success", "CS"),
                       _term("a", "alpha", "shared"), _term("b", "beta", "shared")])
    result = matcher.lookup("what is CS")
    assert result.status == "ambiguous"
    assert [m.id for m in result.matches] == ["cs-science", "customer-success"]  # the term name first
    assert matcher.lookup("shared").status == "ambiguous"


def test_an_expansion_without_an_alias_suggests_the_acronym() -> None:
    matcher = Matcher([_term("seo", "SEO"), _term("sem", "SEM")])
    result = matcher.lookup("what is search engine optimization")
    assert result.status == "suggest" and result.matches[0].id == "seo"


def test_a_typed_prefix_is_suggested() -> None:
    result = STARTER.lookup("ssl cert")
    assert result.status == "suggest" and result.matches[0].id == "ssl-certificate"


def test_number_words_and_digits_meet() -> None:
    assert STARTER.lookup("what is 2 factor authentication").matches[0].id == "mfa"


def test_a_large_glossary_scores_only_nearby_keys_and_still_finds_typos() -> None:
    filler = [_term(f"t{i}", f"filler term {i:05d}") for i in range(matching.FULL_SCAN_KEYS)]
    matcher = Matcher(filler + [_term("kubernetes", "Kubernetes", "k8s")])
    assert len(matcher._pool("kubernetse")) < len(matcher._keys) / 10
    result = matcher.lookup("what is kubernetse")
    assert (result.status, result.matches[0].id) == ("answer", "kubernetes")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_exactly_one_of_the_four_outcomes(text: str) -> None:
    result = STARTER.lookup(text)
    assert result.status in ("answer", "ambiguous", "suggest", "unknown")
    counts = {"answer": (1, 1), "ambiguous": (2, 50), "suggest": (1, matching.MAX_CHOICES), "unknown": (0, 0)}
    low, high = counts[result.status]
    assert low <= len(result.matches) <= high
    assert len({m.id for m in result.matches}) == len(result.matches)


def test_the_matcher_is_rebuilt_only_when_the_glossary_changes(glossary: Glossary) -> None:
    first = glossary.matcher
    assert glossary.lookup("kubernetes").status == "answer"
    assert glossary.matcher is first
    glossary.terms.save(_term("zanzibar", "Zanzibar protocol"), actor="t", platform="test")
    assert glossary.matcher is not first
    assert glossary.lookup("what is the zanzibar protocol").matches[0].id == "zanzibar"


def test_a_change_made_by_another_process_is_seen(glossary: Glossary) -> None:
    glossary.lookup("SLA")
    other = Glossary(glossary.path)
    try:
        other.terms.save(_term("quokka", "quokka metric"), actor="cli", platform="cli")
    finally:
        other.close()
    assert glossary.lookup("quokka metric").matches[0].id == "quokka"

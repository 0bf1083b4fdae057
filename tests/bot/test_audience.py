"""Answers for the asker's side: `glossary me`, "I work in sales", false friends labelled by team."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import BotConfig
from bot.core import Bot
from glossary import sides
from glossary.detect import Found
from glossary.service import Glossary, starter_terms
from tests.conftest import say


def _audience_rows(glossary: Glossary) -> list[dict]:
    return list(glossary.connections.db.query("select * from user_audience"))


def _false_friends() -> dict[str, list]:
    by_name: dict[str, list] = {}
    for term in starter_terms():
        by_name.setdefault(term.term.lower(), []).append(term)
    return {name: group for name, group in by_name.items() if sides.spans_both_sides(group)}


def test_the_starter_glossary_has_at_least_25_false_friends_one_sense_per_side() -> None:
    friends = _false_friends()
    assert len(friends) >= 25, sorted(friends)
    for name in ("pipeline", "release", "capacity", "conversion", "backlog", "ticket"):
        assert name in friends, name


@pytest.mark.parametrize("name", sorted(_false_friends()))
def test_every_false_friend_says_so_and_labels_each_teams_meaning(bot: Bot, name: str) -> None:
    [reply] = say(bot, name)
    assert reply.kind == "ambiguous"
    assert "means different things to different teams" in reply.text
    senses = _false_friends()[name]
    assert len(reply.body) == len(senses)
    assert all(line.startswith("In ") for line in reply.body), reply.body


def test_glossary_me_sets_shows_and_forgets_the_side(bot: Bot, glossary: Glossary) -> None:
    assert "haven't said" in say(bot, "glossary me")[0].text
    assert "you work in finance" in say(bot, "glossary me finance")[0].text
    assert _audience_rows(glossary)[0]["tag"] == "finance"
    assert "finance" in say(bot, "glossary me")[0].text
    assert "no longer keep" in say(bot, "glossary me off")[0].text
    assert _audience_rows(glossary) == []
    assert "isn't a team I know" in say(bot, "glossary me astrology")[0].text


def test_the_other_sides_meaning_comes_first_and_every_sense_is_still_shown(bot: Bot) -> None:
    say(bot, "glossary me finance", user="FIN")
    say(bot, "glossary me dev", user="DEV")
    for_finance = say(bot, "pipeline", user="FIN")[0]
    for_dev = say(bot, "pipeline", user="DEV")[0]
    neutral = say(bot, "pipeline", user="NOBODY")[0]
    assert for_finance.body[0].startswith("In engineering") or for_finance.body[0].startswith("In data")
    assert for_dev.body[0].startswith("In sales")
    assert sorted(for_finance.body) == sorted(for_dev.body) == sorted(neutral.body)


def test_saying_where_you_work_in_a_dm_sets_it_but_not_in_a_channel(bot: Bot, glossary: Glossary) -> None:
    assert "you work in sales" in say(bot, "I work in sales", user="S1")[0].text
    assert "you work in engineering" in say(bot, "I'm an engineer", user="E1")[0].text
    say(bot, "I work in sales", user="C1", channel="C9", kind="channel")
    assert {(r["user"], r["tag"]) for r in _audience_rows(glossary)} == {("S1", "sales"), ("E1", "dev")}


def test_nothing_about_a_user_is_kept_that_they_did_not_set(bot: Bot, glossary: Glossary) -> None:
    for text in ("what is a sales pipeline?", "EBITDA", "explain: the release pipeline is blocked", "pipeline"):
        say(bot, text, user="QUIET")
    assert _audience_rows(glossary) == []


def test_explain_takes_the_sense_from_the_message_and_orders_undecided_ones_for_the_asker(bot: Bot,
                                                                                         glossary: Glossary) -> None:
    say(bot, "glossary me sales", user="S2")
    [reply] = say(bot, "explain: the pipeline failed again after the merge so the build never reached staging",
                  user="S2")
    assert "deployment pipeline" in reply.text or "In engineering" in reply.text or "pipeline" in reply.text.lower()
    group = tuple(t for t in glossary.matcher.terms.values() if t.term == "pipeline")
    found = Found(0, 8, "pipeline", tuple(sorted(group, key=lambda t: sides.side_of(t) != sides.BUSINESS)))
    [for_sales] = sides.order_found([found], "sales")
    [for_finance_none] = sides.order_found([found], None)
    assert sides.side_of(for_sales.senses[0]) == sides.IT and for_finance_none.senses == found.senses


def test_stats_and_digest_show_coverage_and_misses_by_side(bot: Bot) -> None:
    say(bot, "glossary me finance", user="admin")
    say(bot, "what is flibbertigibbet", user="admin")
    say(bot, "SLA", user="admin")
    stats = say(bot, "glossary stats", user="admin")[0].text
    assert "Coverage by side: IT" in stats and "the business" in stats
    assert "Unanswered by the asker's side: the business 50% of 2" in stats


def _jargon(db: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "adapters.cli.main", "--db", db, *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_cli_audience_puts_the_other_sides_sense_first(glossary: Glossary) -> None:
    db = str(glossary.path)
    for_finance = json.loads(_jargon(db, "ask", "--json", "--audience", "finance", "pipeline").stdout)
    for_sales = json.loads(_jargon(db, "ask", "--json", "--audience", "sales", "pipeline").stdout)
    terms = glossary.matcher.terms
    assert for_finance["status"] == "ambiguous"
    assert sides.side_of(terms[for_finance["matches"][0]["id"]]) == sides.IT
    assert sides.side_of(terms[for_sales["matches"][0]["id"]]) == sides.IT
    for_dev = json.loads(_jargon(db, "ask", "--json", "--audience", "dev", "pipeline").stdout)
    assert sides.side_of(terms[for_dev["matches"][0]["id"]]) == sides.BUSINESS
    text = _jargon(db, "ask", "--audience", "dev", "pipeline").stdout
    assert text.index("In sales") < text.index("In engineering")
    bad = _jargon(db, "ask", "--audience", "astrology", "pipeline")
    assert bad.returncode == 2 and "not a team tag" in bad.stderr
    explained = json.loads(_jargon(db, "explain", "--json", "--audience", "dev",
                                   "the sales pipeline and the deployment pipeline").stdout)
    assert explained["terms"]


def _sides_stored(glossary: Glossary) -> list[tuple[str, str | None]]:
    return [(r["text"], r["side"]) for r in glossary.connections.db.query("select text, side from queries order by id")]


def test_a_question_keeps_the_askers_side_when_they_change_team_later(bot: Bot, glossary: Glossary) -> None:
    say(bot, "glossary me finance", user="admin")
    say(bot, "what is flibbertigibbet", user="admin")
    say(bot, "glossary me dev", user="admin")  # switching team must not re-attribute the question above
    say(bot, "SLA", user="admin")
    say(bot, "wobblegong", user="nobody")
    assert _sides_stored(glossary) == [("what is flibbertigibbet", "business"), ("SLA", "it"), ("wobblegong", None)]
    stats = say(bot, "glossary stats", user="admin")[0].text
    assert "Unanswered by the asker's side: the business 100% of 1, not set 100% of 1, IT 0% of 1." in stats
    say(bot, "glossary me off", user="admin")
    assert "the business 100% of 1" in say(bot, "glossary stats", user="admin")[0].text


def test_with_question_logging_off_no_side_and_no_row_is_stored(db_path: Path, config: BotConfig) -> None:
    quiet = Glossary(db_path, log_questions=False)
    try:
        bot = Bot(quiet, config)
        say(bot, "glossary me finance", user="admin")
        say(bot, "pipeline", user="admin")
        say(bot, "what is flibbertigibbet", user="admin")
        assert quiet.connections.db.execute("select count(*) from queries").fetchone()[0] == 0
    finally:
        quiet.close()


def test_cli_ask_with_an_audience_stores_that_side_on_the_question(glossary: Glossary) -> None:
    _jargon(str(glossary.path), "ask", "--audience", "sales", "pipeline")
    assert _sides_stored(glossary)[-1] == ("pipeline", "business")


def test_upgrading_keeps_the_sides_figures_of_questions_logged_before(db_path: Path) -> None:
    """Migration 014 gives rows logged before it the side their asker had at upgrade time."""
    from glossary.db import Connections
    from glossary.migrations import migrations

    old = Connections(db_path)
    db = old.db
    db.execute("alter table queries drop column side")
    db.execute("delete from _sqlite_migrations where name = '014_question_side'")
    db.execute("insert into user_audience (platform, user, tag, at) values ('slack', 'U1', 'sales', 'x')")
    db.execute("insert into queries (at, text, status, \"user\", platform) values ('2026-01-01', 'a', 'unknown', "
               "'slack:U1', 'slack'), ('2026-01-01', 'b', 'unknown', 'slack:U2', 'slack')")
    migrations.apply(db)
    assert [tuple(r) for r in db.execute("select text, side from queries order by id")] == [("a", "business"),
                                                                                            ("b", None)]
    old.close()


@pytest.mark.parametrize(("tag", "said"), [("sales", "You said you work in sales, on the business side."),
                                           ("dev", "You said you work in engineering, on the IT side.")])
def test_glossary_me_names_the_side_in_plain_english(bot: Bot, tag: str, said: str) -> None:
    say(bot, f"glossary me {tag}")
    assert say(bot, "glossary me")[0].text.startswith(said)


def test_coverage_by_side_says_1_term_and_leaves_out_empty_tag_lists() -> None:
    from glossary.models import Term
    from glossary.side_stats import coverage_line

    one = [Term(id="a", term="A", definition="a", tags=["dev"])]
    assert coverage_line(one) == "Coverage by side: IT 1 term (dev 1); the business 0 terms."
    two = [*one, Term(id="b", term="B", definition="b", tags=["dev", "finance"])]
    assert coverage_line(two) == "Coverage by side: IT 2 terms (dev 2); the business 1 term (finance 1)."

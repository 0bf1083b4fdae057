"""Schema history. Append new migrations at the end; never edit an applied one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("jargon")


@migrations(name="001_core")
def _core(db: Database) -> None:
    db["terms"].create(
        {
            "id": str, "term": str, "term_key": str, "aliases": str, "definition": str, "examples": str,
            "tags": str, "related": str, "owner": str, "review_by": str, "revision": int,
            "deleted": int, "created_at": str, "created_by": str, "updated_at": str, "updated_by": str,
        },
        pk="id",
        not_null={"term", "definition"},
        defaults={"revision": 0, "deleted": 0, "aliases": "[]", "examples": "[]", "tags": "[]", "related": "[]"},
    )
    db["terms"].create_index(["term_key"])
    db["revisions"].create(
        {
            "id": int, "term_id": str, "number": int, "action": str, "actor": str, "platform": str,
            "at": str, "before": str, "after": str, "note": str,
        },
        pk="id",
    )
    db["revisions"].create_index(["term_id", "number"], unique=True)
    db["revisions"].create_index(["at"])
    db["queries"].create(
        {
            "id": int, "at": str, "text": str, "subject": str, "normalized": str, "status": str,
            "top_id": str, "matched": str, "user": str, "platform": str, "channel": str,
        },
        pk="id",
    )
    db["queries"].create_index(["at"])
    db["queries"].create_index(["status", "normalized"])
    db["feedback"].create(
        {"id": int, "at": str, "term_id": str, "helpful": int, "user": str, "platform": str, "query": str},
        pk="id",
    )
    db["feedback"].create_index(["at"])
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["meta"].insert({"key": "glossary_version", "value": "0"})


@migrations(name="002_collaboration")
def _collaboration(db: Database) -> None:
    db["suggestions"].create(
        {
            "id": int, "at": str, "term_id": str, "term": str, "payload": str, "status": str, "author": str,
            "platform": str, "channel": str, "decided_by": str, "decided_at": str, "reason": str,
        },
        pk="id",
        defaults={"status": "pending"},
    )
    db["suggestions"].create_index(["status"])
    db["curators"].create({"user": str, "added_by": str, "at": str}, pk="user")
    db["channel_settings"].create({"channel": str, "settings": str}, pk="channel")
    db["conversations"].create(
        {"key": str, "platform": str, "channel": str, "kind": str, "reference": str, "seen_at": str}, pk="key"
    )


@migrations(name="003_digest")
def _digest(db: Database) -> None:
    db["subscriptions"].create(
        {
            "id": int, "platform": str, "channel": str, "reference": str, "active": int, "failures": int,
            "created_by": str, "at": str, "last_error": str,
        },
        pk="id",
        defaults={"active": 1, "failures": 0},
    )
    db["subscriptions"].create_index(["platform", "channel"], unique=True)
    db["digest_deliveries"].create(
        {"subscription_id": int, "week": str, "status": str, "claimed_at": str, "sent_at": str,
         "attempts": int, "error": str},
        pk=("subscription_id", "week"),
        defaults={"attempts": 0},
    )



@migrations(name="004_term_search")
def _term_search(db: Database) -> None:
    """Full-text search over names, aliases, definitions and examples (`glossary search`), kept in sync by triggers.

    Plain statements rather than `enable_fts`, whose executescript would commit mid-migration.
    """
    db.execute("create virtual table terms_fts using fts5(term, aliases, definition, examples, content=terms, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    db.execute("insert into terms_fts (rowid, term, aliases, definition, examples) "
               "select rowid, term, aliases, definition, examples from terms")
    delete_old = ("insert into terms_fts (terms_fts, rowid, term, aliases, definition, examples) "
                  "values ('delete', old.rowid, old.term, old.aliases, old.definition, old.examples);")
    insert_new = ("insert into terms_fts (rowid, term, aliases, definition, examples) "
                  "values (new.rowid, new.term, new.aliases, new.definition, new.examples);")
    db.execute("create trigger terms_ai after insert on terms begin " + insert_new + " end")
    db.execute("create trigger terms_ad after delete on terms begin " + delete_old + " end")
    db.execute("create trigger terms_au after update on terms begin " + delete_old + " " + insert_new + " end")


@migrations(name="005_slack_events")
def _slack_events(db: Database) -> None:
    """Slack event ids already claimed: a retried delivery (same event_id) is answered once, across processes."""
    db["slack_events"].create({"event_id": str, "at": str}, pk="event_id")
    db["slack_events"].create_index(["at"])


@migrations(name="006_explain_texts")
def _explain_texts(db: Database) -> None:
    """Texts too long for a button value (Slack: 2,000 characters) that a "Translate" button refers to."""
    db["explain_texts"].create({"id": str, "at": str, "text": str}, pk="id")  # id: a random token, never reused
    db["explain_texts"].create_index(["at"])


@migrations(name="007_term_key_ampersand")
def _term_key_ampersand(db: Database) -> None:
    """The lookup key now reads '&' as 'and' ('P&L' = 'P and L'): recompute the stored keys that changed."""
    from glossary.normalize import key

    for row in list(db.query("select id, term from terms where term like '%&%'")):
        db.execute("update terms set term_key = ? where id = ?", [key(row["term"]), row["id"]])


@migrations(name="008_recent_answers")
def _recent_answers(db: Database) -> None:
    """The last term answered per conversation key, so follow-ups ("and X?", "who owns it?") work across processes."""
    db["recent_answers"].create({"key": str, "term_id": str, "at": str}, pk="key")
    db["recent_answers"].create_index(["at"])


@migrations(name="009_name_keys")
def _name_keys(db: Database) -> None:
    """Every lookup key of every name and alias, written once per glossary version: a cold `jargon ask`
    answers an exact question from a few rows instead of loading and indexing the whole glossary."""
    db["name_keys"].create({"key": str, "term_id": str}, pk=("key", "term_id"))


@migrations(name="010_user_audience")
def _user_audience(db: Database) -> None:
    """The side a person said they are on (`glossary me finance`): set by them, removed by `glossary me off`."""
    db["user_audience"].create({"platform": str, "user": str, "tag": str, "at": str}, pk=("platform", "user"))


@migrations(name="011_people")
def _people(db: Database) -> None:
    """Display names by 'platform:user id', learned once, so the digest shows 'Ann Lee' rather than 'U0123ABC'."""
    db["people"].create({"key": str, "name": str, "source": str, "at": str}, pk="key")


@migrations(name="012_one_vote_per_user")
def _one_vote_per_user(db: Database) -> None:
    """One "Helpful"/"Not helpful" vote per person and term, the latest: older duplicates go, an index keeps it so."""
    db.execute('delete from feedback where "user" is not null and id not in '
               '(select max(id) from feedback where "user" is not null group by term_id, "user")')
    db.execute('create unique index feedback_one_vote on feedback (term_id, "user")')


@migrations(name="013_parked_forms")
def _parked_forms(db: Database) -> None:
    """Forms too big to travel in a button (Slack: 2,000 characters) wait here behind a random id."""
    db["parked_forms"].create({"id": str, "at": str, "form": str}, pk="id")
    db["parked_forms"].create_index(["at"])


@migrations(name="014_question_side")
def _question_side(db: Database) -> None:
    """The asker's side ('it', 'business' or NULL) kept on each question when it is asked, so changing
    team later does not re-attribute old questions. Rows logged before keep the side their asker had
    at upgrade time, which is what the figures showed until then."""
    from glossary.sides import side_of_tag

    db["queries"].add_column("side", str)
    for platform, user, tag in list(db.execute("select platform, user, tag from user_audience").fetchall()):
        side = side_of_tag(str(tag or ""))
        if side:
            db.execute('update queries set side = ? where "user" = ?', [side, f"{platform}:{user}"])


@migrations(name="015_term_key_own_letters")
def _term_key_own_letters(db: Database) -> None:
    """The lookup key now reads letters Unicode does not decompose ("ø", "æ", "ð", "ł") as the letters they are
    written for, instead of dropping them: recompute the stored keys that changed."""
    from glossary.normalize import key

    for row in list(db.query("select id, term, term_key from terms")):
        if not str(row["term"]).isascii() and (new := key(row["term"])) != row["term_key"]:
            db.execute("update terms set term_key = ? where id = ?", [new, row["id"]])

"""The SQLite store: migrations, WAL, revisions, the query log."""

from __future__ import annotations

import sqlite3

import pytest

from bot.service import ClaimService, NotFound, ServiceError
from bot.settings import Settings
from bot.store import _LISTED_SQL, SCHEMA_VERSION, Store, StoreError
from tests.conftest import review_line

CLAIM = "turkey-return-s400-to-russia"


def test_new_database_is_migrated_and_in_wal_mode(db_path):
    store = Store.open(db_path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.journal_mode() == "wal"
        for table in (
            "sources",
            "claims",
            "evidence",
            "claim_revisions",
            "queries",
            "claim_fts",
            "notifications",
            "optouts",
        ):
            assert table in store.tables()
    finally:
        store.close()


def test_reopening_keeps_data_and_does_not_migrate_again(db_path):
    svc = ClaimService.open(Settings(), db=db_path)
    n = svc.store.claim_count()
    svc.ask("will Turkey return S-400")
    svc.close()
    svc = ClaimService.open(Settings(), db=db_path)
    try:
        assert svc.store.claim_count() == n
        assert len(svc.recent(10)) == 1
        assert svc.store.schema_version() == SCHEMA_VERSION
    finally:
        svc.close()


def test_newer_schema_is_refused(db_path):
    store = Store.open(db_path)
    store.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    store.close()
    with pytest.raises(StoreError, match="newer than this claimbot"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a claimbot database|cannot open"):
        Store.open(path)


def test_every_change_keeps_the_previous_version_who_and_when(service):
    service.set_status(CLAIM, "opinion", note="A later document refutes it.", actor="mod:alice")
    service.edit_claim(CLAIM, statement="Turkey will give its S-400 systems back to Russia.", actor="mod:bob")
    service.add_phrasing(CLAIM, "are the s400s going home", actor="mod:bob")
    history = service.history(CLAIM)
    actions = [(r["action"], r["actor"]) for r in history]
    assert actions[0][0] == "import"
    assert actions[1:] == [("set-status", "mod:alice"), ("edit", "mod:bob"), ("add-phrasing", "mod:bob")]
    status_change = history[1]
    assert status_change["before"]["status"] == "unverified"
    assert status_change["after"]["status"] == "opinion"
    assert status_change["note"] == "A later document refutes it."
    assert status_change["at"].endswith("Z")
    assert history[2]["before"]["statement"] == "Turkey may return its S-400 systems to Russia."


def test_retired_claim_is_never_matched_but_kept(service):
    assert service.ask("will Turkey return S-400", log=False).answer.claim.id == CLAIM
    service.retire(CLAIM, actor="mod:alice", note="superseded")
    answer = service.ask("will Turkey return S-400", log=False).answer
    assert answer.claim is None or answer.claim.id != CLAIM
    assert CLAIM not in [c.id for c in answer.candidates]
    assert service.get_claim(CLAIM).retired is True
    assert CLAIM not in {c.id for c in service.list_claims()}
    assert CLAIM in {c.id for c in service.list_claims(include_retired=True)}
    assert service.history(CLAIM)[-1]["action"] == "retire"
    with pytest.raises(ServiceError, match="already retired"):
        service.retire(CLAIM, actor="mod:alice")


def test_bad_curation_is_refused_and_writes_nothing(service):
    revisions = len(service.history(CLAIM))
    with pytest.raises(ServiceError, match="unknown status"):
        service.set_status(CLAIM, "maybe", note="x", actor="m")
    with pytest.raises(ServiceError, match="needs a note"):
        service.set_status(CLAIM, "false", note="  ", actor="m")
    with pytest.raises(NotFound, match="no claim with id 'turkey-return-s401'.*did you mean"):
        service.set_status("turkey-return-s401", "false", note="x", actor="m")
    with pytest.raises(ServiceError, match="not found word for word"):
        service.add_claim(
            statement="Turkey sold the S-400 to Ukraine.",
            status="false",
            claimant="nobody",
            quote="Turkey sold the S-400 to Ukraine.",
            source="webangah-turkey-s400-stance",
            actor="m",
        )
    with pytest.raises(ServiceError, match="statement"):
        service.edit_claim(CLAIM, statement="", actor="m")
    assert len(service.history(CLAIM)) == revisions
    assert service.get_claim(CLAIM).status == "unverified"


def test_moderator_claim_with_a_checked_quote_is_added_and_matched(service):
    claim = service.add_claim(
        statement="European officials proposed selling the S-400 systems to other countries.",
        status="unverified",
        claimant="European officials",
        quote="the idea proposed by European officials regarding the sale of these systems to other countries",
        source="webangah-turkey-s400-stance",
        stance="supports",
        actor="discord:42",
        phrasings=["did europe propose selling the s400 to other countries"],
    )
    assert claim.id.startswith("european-official")
    assert service.history(claim.id)[0]["actor"] == "discord:42"
    got = service.ask("did europe propose selling the s400 to other countries", log=False).answer
    assert got.claim and got.claim.id == claim.id


def test_query_log_records_everything(service):
    asked = service.ask("will Turkey return S-400", interface="discord", user_id=1, channel_id=2, guild_id=3)
    row = service.store.query_row(asked.query_id)
    assert row["interface"] == "discord"
    assert (row["user_id"], row["channel_id"], row["guild_id"]) == ("1", "2", "3")
    assert row["question"] == "will Turkey return S-400"
    assert row["normalized"] == "turkey return s400"
    assert row["claim_id"] == CLAIM and row["outcome"] == "match"
    assert row["score"] > 0 and row["latency_ms"] >= 0
    assert '"id": "turkey-return-s400-to-russia"' in row["candidates"]


def test_unmatched_queue_groups_by_normalised_question(service):
    for q in ("Will India return its S-400?", "will INDIA return its s400", "is bitcoin up"):
        service.ask(q)
    rows = service.unmatched()
    assert rows[0]["asked"] == 2
    assert rows[0]["normalized"] == "india return s400"
    assert rows[0]["best_claim_id"] is not None
    assert {r["normalized"] for r in rows} >= {"india return s400"}


def test_sql_in_user_text_is_data(service):
    evil = "'; DROP TABLE claims; -- \" OR 1=1"
    service.ask(evil)
    service.ask('turkey" OR "1"="1')
    assert service.store.claim_count() >= 18
    assert service.recent(1)[0]["question"] == 'turkey" OR "1"="1'


def test_log_export_neutralises_spreadsheet_formulas(service):
    service.ask('=HYPERLINK("http://evil") turkey s400')
    csv_text = service.export_log("csv")
    assert "'=HYPERLINK" in csv_text
    assert sqlite3.sqlite_version  # sanity: sqlite present


def test_migration_3_links_existing_claims_to_their_source(db_path):
    """A database made before claims named their source gets them from the evidence."""
    import sqlite_utils

    from bot.store import MIGRATIONS

    db = sqlite_utils.Database(db_path)
    MIGRATIONS.apply(db, stop_before="0003_claim_source")
    db.execute("DROP TABLE _sqlite_migrations")  # as a database made before the migration record
    db["meta"].insert({"key": "schema_version", "value": "2"})
    db["sources"].insert({"id": "doc", "title": "A document", "outlet": "An outlet"})
    db["claims"].insert({"id": "c1", "statement": "Something happened.", "status": "true", "retired": 0})
    db["evidence"].insert(
        {"claim_id": "c1", "position": 0, "quote": "q", "speaker": "s", "stance": "supports", "source_id": "doc"}
    )
    db.conn.commit()
    db.conn.close()
    store = Store.open(db_path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        claim = store.claim("c1")
        assert claim.source == "doc" and store.source(claim.source).outlet == "An outlet"
    finally:
        store.close()


def test_reply_target_fills_only_a_missing_message_id(service):
    slash = service.ask("will Turkey return S-400", interface="discord", user_id=1)
    service.set_reply_target(slash.query_id, 99)
    service.set_reply_target(slash.query_id, 100)
    assert service.store.query_row(slash.query_id)["message_id"] == "99"
    prefix = service.ask("will Turkey return S-400", interface="discord", user_id=1, message_id=7)
    service.set_reply_target(prefix.query_id, 99)
    assert service.store.query_row(prefix.query_id)["message_id"] == "7"


def test_an_alias_table_change_reindexes_on_open(tmp_path, db_path):
    """An alias that changes how claims' own words are indexed takes effect on the next open."""
    import json
    import shutil

    from tests.conftest import KNOWLEDGE

    kdir = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, kdir)
    shutil.copytree(KNOWLEDGE.parent / "seeds", tmp_path / "seeds")
    question = "were the zorblax letters real"
    svc = ClaimService.open(Settings(), db=db_path, knowledge_dir=kdir)
    assert svc.ask(question, log=False).answer.claim is None
    svc.close()
    table = json.loads((kdir / "aliases.json").read_text(encoding="utf-8"))
    for entry in table["entries"]:  # "sent" becomes zorblax's alone
        entry["aliases"] = [a for a in entry["aliases"] if a != "sent"]
    table["entries"].append({"canonical": "zorblax", "kind": "term", "aliases": ["sent"]})
    (kdir / "aliases.json").write_text(json.dumps(table), encoding="utf-8")
    svc = ClaimService.open(Settings(), db=db_path, knowledge_dir=kdir)
    try:
        answer = svc.ask(question, log=False).answer
        assert answer.claim is not None and answer.claim.id == "us-threatening-letters-over-s400", answer.why
    finally:
        svc.close()


def test_a_database_made_by_release_0_1_0_is_migrated_and_keeps_everything(tmp_path):
    """tests/data/releases/release-0.1.0.sql is a database made by the release before
    sqlite-utils' migrations (meta.schema_version = 3): it opens, its steps are adopted
    (not run again), and its claims, history, log and index are all still there."""
    import sqlite3 as sq
    from pathlib import Path

    dump = Path(__file__).resolve().parent / "data" / "releases" / "release-0.1.0.sql"
    path = tmp_path / "old.db"
    conn = sq.connect(path)
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()
    svc = ClaimService.open(Settings(), db=path, seed=False)
    try:
        assert svc.store.schema_version() == SCHEMA_VERSION
        ids = svc.store.claim_ids()
        assert {"cr-d2c18d58b5f0", "turkey-return-s400-to-russia", "sydney-opera-hous-sold-chines-company-2023"} <= set(
            ids
        )
        opera = svc.get_claim("sydney-opera-hous-sold-chines-company-2023")
        assert opera.status == "mostly-false" and opera.status_note == "fixture change"
        assert svc.store.source(opera.source).url == "https://example.org/opera"
        assert [r["action"] for r in svc.history(opera.id)] == ["create", "set-status"]
        assert len(svc.recent(10)) == 2
        assert svc.ask("was the sydney opera house sold to china", log=False).answer.claim.id == opera.id
        # a change after the upgrade is written and kept like any other
        svc.set_status(opera.id, "unverified", note="after the upgrade", actor="test")
        assert svc.history(opera.id)[-1]["before"]["status"] == "mostly-false"
    finally:
        svc.close()
    again = Store.open(path)  # opening again applies nothing twice
    try:
        assert again.schema_version() == SCHEMA_VERSION
    finally:
        again.close()


def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path):
    import sqlite3 as sq

    path = tmp_path / "other.db"
    conn = sq.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a claimbot database"):
        Store.open(path)
    assert path.read_bytes() == before
    conn = sq.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_every_ask_is_one_log_line_without_the_question(service, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="bot.service"):
        service.ask("will Turkey return S-400 my-secret-words", interface="discord", user_id=5)
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("ask ")]
    assert "interface=discord" in line and "outcome=" in line and "latency_ms=" in line
    assert "secret" not in line and "Turkey" not in line


def test_a_claim_id_is_made_of_the_statements_own_words_not_stems(service):
    claim = service.add_claim(
        statement="The Sydney Opera House was sold to a Chinese company in 2023.",
        status="false",
        claimant="viral posts",
        quote="The Opera House remains in public ownership.",
        speaker="the New South Wales government",
        actor="mod",
    )
    assert claim.id == "sydney-opera-house-sold-chinese-company-2023"  # not "…-hous-…-chines-…"


def test_a_logged_question_is_one_committed_insert_and_a_bad_column_is_refused(db_path):
    store = Store.open(db_path)
    try:
        qid = store.log_query({"interface": "cli", "question": "is it raining", "outcome": "none"})
        with sqlite3.connect(db_path) as other:  # another connection sees it at once: committed
            assert other.execute("SELECT question FROM queries WHERE id = ?", [qid]).fetchone() == ("is it raining",)
        with pytest.raises(StoreError, match="no column 'question; DROP TABLE queries'"):
            store.log_query({"question; DROP TABLE queries": "x"})
        assert store.query_row(qid)["outcome"] == "none"
    finally:
        store.close()


def test_an_answer_lists_each_claim_with_its_statement_and_first_source_url(service):
    """``listed``: the claim's own source's URL, else the first of its evidence's sources
    that has one, else none; a claim that does not exist is left out."""
    with_url = service.add_claim(
        statement="Greece will send its S-300 batteries to Armenia next spring.",
        status="unverified",
        claimant=["A test outlet"],
        quote="Greece will send its S-300 batteries to Armenia next spring.",
        source_url="https://news.example.org/greece-s300",
        actor="test",
    )
    without = service.add_claim(
        statement="Armenia will pay for the S-300 batteries in grain.",
        status="unverified",
        claimant=["Another test outlet"],
        quote="Armenia will pay for the S-300 batteries in grain.",
        source_title="A document with no address",
        actor="test",
    )
    assert service.store.listed([without.id])[without.id] == (without.statement, None)
    service.add_evidence(
        without.id,
        quote="The grain deal was reported.",
        speaker="A reporter",
        stance="neutral",
        source=with_url.source,
        actor="test",
    )
    listed = service.store.listed([CLAIM, with_url.id, without.id, "no-such-claim"])
    assert listed == {
        CLAIM: (service.get_claim(CLAIM).statement, None),  # the bundled base names no URL
        with_url.id: (with_url.statement, "https://news.example.org/greece-s300"),
        without.id: (without.statement, "https://news.example.org/greece-s300"),  # from its evidence
    }


def test_listing_claims_reads_each_source_by_key_whatever_the_statistics(service, db_path):
    """Statistics gathered on the bundled base (one source) had the planner scan every
    source to list a claim whose evidence names one: 17 % of an ask at 100,000 claims."""
    with sqlite3.connect(db_path) as db:
        db.execute("ANALYZE")
        assert db.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'sources'").fetchone()[0].startswith("1 ")
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + _LISTED_SQL.format(marks="?"), ["x"])]
    assert not any(step.startswith("SCAN") for step in plan), plan
    bundled = [c.id for c in service.list_claims()]
    listed = service.store.listed(bundled)
    assert set(listed) == set(bundled) and all(statement for statement, _ in listed.values())


def test_a_large_import_refreshes_the_planner_s_statistics(service, db_path, tmp_path):
    with sqlite3.connect(db_path) as db:
        db.execute("ANALYZE")  # as on the bundled base alone
    reviews = tmp_path / "reviews.jsonl"
    reviews.write_text("\n".join(review_line(i, f"Claim number {i} about a harbour.") for i in range(300)))
    service.import_path(reviews, actor="test")
    with sqlite3.connect(db_path) as db:
        stat = db.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'sources'").fetchone()[0]
    assert int(stat.split()[0]) >= 300

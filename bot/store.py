"""SQLite storage: sources, claims, evidence, revisions, the query log, follow-ups.

``ClaimStore`` is the interface the service uses: a second implementation (a
server database such as PostgreSQL) satisfies the same protocol. ``SQLiteStore``
is today's: one file in WAL mode, migrated on open with sqlite-utils'
``Migrations``. It owns every SQL statement but the search index's, which
lives behind the retrieval seam (``bot.retrieve``).

Every change to a claim writes a revision row holding the claim before and
after, who changed it, when and how. Each public method is one unit of work:
callers never open transactions. One connection guarded by a lock serves every
thread (the Discord bot's workers).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.request import pathname2url

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .claim import LIST_FIELDS, Claim, Source
from .retrieve import FTS5Retriever, IndexDoc, Retriever, retriever_class

CLAIM_COLUMNS = (
    "id",
    "guild_id",
    "statement",
    "status",
    "rationale",
    "status_note",
    "rating",
    "source_id",
    *LIST_FIELDS,
    "retired",
    "created_at",
    "updated_at",
    "updated_by",
)
SOURCE_COLUMNS = ("id", "title", "outlet", "language", "date", "url", "document", "text")
CHUNK = 500  # rows per statement with an IN (...) list
# Claims per unit of work in a large import: a logged ask waits for one at most (about a
# fifth of a second at a million claims); bigger units write each index page fewer times
# (40,000 reviews onto a million-claim base: 14.0 s in units of 500, 12.8 s in 2,000).
WRITE_CHUNK = 2000
BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another writer before failing
CACHE_KIB = 64 * 1024  # SQLite page cache per connection (the default, 2 MB, thrashes on a large import)
NOTE_LIMIT = 500  # characters kept of a delivery error


class StoreError(Exception):
    """A storage operation that cannot be done (unknown claim, bad database file)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def timed() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: (time.perf_counter() - start) * 1000.0


@dataclass(frozen=True)
class Change:
    """One claim to write: the new version, the stored one it replaces (None: new), and
    the action recorded in its history (``create``, ``edit``, ``import`` …)."""

    claim: Claim
    before: Claim | None
    action: str
    note: str | None = None  # overrides the note given for the whole write


# --- migrations ----------------------------------------------------------------

# sqlite-utils' migration set: each step runs in its own transaction with the record
# of it (table _sqlite_migrations). Databases made before it (a meta.schema_version
# of N) are adopted on open: their first N steps are recorded as applied.
MIGRATIONS = Migrations("claimbot")


@MIGRATIONS(name="0001_initial")
def _m1(db: sqlite_utils.Database) -> None:
    """Sources, claims, evidence, revisions, the query log and the search index."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["sources"].create(
        {
            "id": str,
            "title": str,
            "outlet": str,
            "language": str,
            "date": str,
            "url": str,
            "document": str,
            "text": str,
        },
        pk="id",
    )
    db["claims"].create(
        {
            "id": str,
            "statement": str,
            "claimant": str,  # JSON list
            "status": str,
            "rationale": str,
            "status_note": str,
            "rating": str,  # the original textual rating, for imported reviews
            "entities": str,
            "tags": str,
            "phrasings": str,
            "related": str,
            "retired": int,
            "created_at": str,
            "updated_at": str,
            "updated_by": str,
        },
        pk="id",
        not_null={"statement", "status", "retired"},
        defaults={"retired": 0, "claimant": "[]", "entities": "[]", "tags": "[]", "phrasings": "[]", "related": "[]"},
    )
    db["evidence"].create(
        {
            "id": int,
            "claim_id": str,
            "position": int,
            "quote": str,
            "speaker": str,
            "stance": str,
            "source_id": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id"), ("source_id", "sources", "id")],
    )
    db["evidence"].create_index(["claim_id", "position"])
    db["claim_revisions"].create(
        {
            "id": int,
            "claim_id": str,
            "at": str,
            "actor": str,
            "action": str,
            "note": str,
            "before": str,  # JSON snapshot, null when the claim was created
            "after": str,
        },
        pk="id",
    )
    db["claim_revisions"].create_index(["claim_id", "id"])
    db["queries"].create(
        {
            "id": int,
            "at": str,
            "interface": str,
            "user_id": str,
            "channel_id": str,
            "guild_id": str,
            "message_id": str,
            "question": str,
            "normalized": str,
            "outcome": str,  # match | suggest | none | error
            "claim_id": str,
            "score": float,
            "candidates": str,  # JSON [{id, score}]
            "latency_ms": float,
            "error": str,
            "chosen_claim_id": str,  # what the asker picked from "did you mean"
            "linked_claim_id": str,  # what a moderator linked the question to
            "notified_at": str,  # when the asker was told of a follow-up
        },
        pk="id",
    )
    db["queries"].create_index(["at"])
    db["queries"].create_index(["outcome"])
    db["queries"].create_index(["user_id"])
    db.execute(
        "CREATE VIRTUAL TABLE claim_fts USING fts5("
        "claim_id UNINDEXED, statement, phrasings, evidence, entities, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.execute("CREATE VIRTUAL TABLE claim_fts_vocab USING fts5vocab(claim_fts, 'row')")


@MIGRATIONS(name="0002_followups")
def _m2(db: sqlite_utils.Database) -> None:
    """Follow-ups: who was told what about which claim, and who opted out."""
    db["notifications"].create(
        {
            "id": int,
            "query_id": int,
            "claim_id": str,
            "revision_id": int,  # the claim revision the notice is about
            "user_id": str,
            "channel_id": str,
            "guild_id": str,
            "kind": str,  # answered | status-changed
            "mode": str,  # reply | dm
            "at": str,
            "error": str,  # why delivery failed, if it did
        },
        pk="id",
    )
    db["notifications"].create_index(["query_id", "revision_id"], unique=True)
    db["notifications"].create_index(["user_id"])
    db["optouts"].create({"user_id": str, "at": str}, pk="user_id")


@MIGRATIONS(name="0003_claim_source")
def _m3(db: sqlite_utils.Database) -> None:
    """Each claim names its source (an imported review has no evidence to link one)."""
    db["claims"].add_column("source_id", str)
    db.execute(
        "UPDATE claims SET source_id = (SELECT source_id FROM evidence e WHERE e.claim_id = claims.id "
        "AND e.source_id IS NOT NULL ORDER BY position LIMIT 1)"
    )


class ClaimStore(Protocol):
    """What the service needs from storage. Every method is one unit of work."""

    path: str
    retriever: Retriever

    def close(self) -> None: ...
    def schema_version(self) -> int: ...
    def meta(self, key: str, default: str | None = None) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...
    def generation(self) -> int: ...

    # sources
    def source(self, source_id: str) -> Source | None: ...
    def sources(self, ids: Iterable[str] | None = None) -> dict[str, Source]: ...
    def save_source(self, source: Source) -> None: ...

    # claims
    def claim_count(self, include_retired: bool = False) -> int: ...
    def claim_ids(self, include_retired: bool = False) -> list[str]: ...
    def claim_guilds(self, ids: Iterable[str]) -> dict[str, str | None]: ...
    def guild_settings(self, guild_id: str) -> dict[str, Any]: ...
    def set_guild_setting(self, guild_id: str, key: str, value: Any, *, actor: str) -> None: ...
    def existing_ids(self, ids: Iterable[str]) -> list[str]: ...
    def claim(self, claim_id: str) -> Claim | None: ...
    def claims(self, ids: Iterable[str] | None = None, include_retired: bool = False) -> list[Claim]: ...
    def listed(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]: ...
    def refresh_statistics(self) -> None: ...
    def save_claims(
        self,
        changes: Sequence[Change],
        *,
        actor: str,
        note: str | None = None,
        index: dict[str, IndexDoc],
        sources: Iterable[Source] = (),
        progress: Callable[[int, int], None] | None = None,
        atomic: bool = True,
    ) -> None: ...
    def reindex(self, docs: Iterable[IndexDoc]) -> None: ...
    def revisions(self, claim_id: str) -> list[dict[str, Any]]: ...
    def revision_count(self) -> int: ...

    def latest_revision_id(self, claim_id: str) -> int | None: ...
    def latest_revisions(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]: ...

    # the query log
    def log_query(self, row: dict[str, Any]) -> int: ...
    def update_query(self, query_id: int, **fields: Any) -> None: ...
    def fill_query(self, query_id: int, **fields: Any) -> None: ...
    def query_row(self, query_id: int) -> dict[str, Any] | None: ...
    def recent_queries(
        self, limit: int, user_id: str | None = None, guild_id: str | None = None
    ) -> list[dict[str, Any]]: ...
    def all_queries(self, guild_id: str | None = None) -> Iterator[dict[str, Any]]: ...
    def query_columns(self) -> list[str]: ...
    def unmatched(self, limit: int, guild_id: str | None = None) -> list[dict[str, Any]]: ...
    def link_queries(self, query_id: int, claim_id: str) -> list[dict[str, Any]]: ...
    def stats(self, guild_id: str | None = None) -> dict[str, Any]: ...
    def forget_user(self, user_id: str) -> dict[str, int]: ...
    def erase_before(self, cutoff: str, guild_id: str | None = None, except_guilds: Sequence[str] = ()) -> int: ...

    # follow-ups
    def queued_questions(self, interface: str | None = None) -> list[dict[str, Any]]: ...
    def link_query_ids(self, query_ids: Sequence[int], claim_id: str) -> None: ...
    def questions_about(self, claim_id: str, interface: str) -> list[int]: ...
    def reserve_notices(
        self,
        claim_id: str,
        kind: str,
        query_ids: Sequence[int],
        *,
        revision_id: int,
        mode: str,
        interface: str,
        answered_kind: str,
    ) -> list[dict[str, Any]]: ...
    def mark_notified(self, query_ids: Sequence[int], revision_id: int, mode: str | None = None) -> None: ...
    def mark_notice_failed(self, query_ids: Sequence[int], revision_id: int, error: str) -> None: ...
    def notifications(self, guild_id: str | None = None, state: str | None = None) -> list[dict[str, Any]]: ...
    def set_opt_out(self, user_id: str, opted_out: bool) -> None: ...
    def is_opted_out(self, user_id: str) -> bool: ...

    # operations: checks, backups, compaction
    def ping(self) -> None: ...
    def integrity(self, quick: bool = False) -> list[str]: ...
    def schema_problems(self) -> list[str]: ...
    def indexed_claim_ids(self) -> dict[str, int]: ...
    def index_change_head(self) -> int: ...
    def backup(self, dest: str | Path) -> int: ...
    def vacuum(self) -> tuple[int, int]: ...

    # watch mode (issue 14): cooldowns from the log, "Was this helpful?" votes
    def last_watch_reply(self, channel_id: str, claim_id: str) -> str | None: ...
    def record_feedback(self, query_id: int, user_id: str, helpful: bool) -> bool: ...
    def feedback_counts(self, guild_id: str | None = None) -> dict[str, int]: ...
    def watch_replies(self, limit: int, guild_id: str | None = None) -> list[dict[str, Any]]: ...


@MIGRATIONS(name="0004_index_relations")
def _m4(db: sqlite_utils.Database) -> None:
    """The search index keeps each claim's relations (``IndexDoc.relations``) beside its
    indexed columns: the index is made anew, and filled again on the next open."""
    db.execute("DROP TABLE IF EXISTS claim_fts_vocab")
    db.execute("DROP TABLE IF EXISTS claim_fts")
    db.execute(
        "CREATE VIRTUAL TABLE claim_fts USING fts5("
        "claim_id UNINDEXED, statement, phrasings, evidence, entities, relations UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.execute("CREATE VIRTUAL TABLE claim_fts_vocab USING fts5vocab(claim_fts, 'row')")
    db["meta"].upsert({"key": "alias_digest", "value": INDEX_STALE}, pk="key")


@MIGRATIONS(name="0005_server_claims_and_settings")
def _m5(db: sqlite_utils.Database) -> None:
    """Claims a server owns (``claims.guild_id``; none: the shared base) and each
    server's settings (key → JSON value, who set it and when)."""
    db["claims"].add_column("guild_id", str)
    db["claims"].create_index(["guild_id"])
    db["queries"].create_index(["guild_id"])
    db["guild_settings"].create(
        {"guild_id": str, "key": str, "value": str, "updated_at": str, "updated_by": str}, pk=("guild_id", "key")
    )


@MIGRATIONS(name="0006_notice_delivery")
def _m6(db: sqlite_utils.Database) -> None:
    """Each notice's delivery: when it went out, how many attempts failed."""
    db["notifications"].add_column("sent_at", str)
    db["notifications"].add_column("attempts", int, not_null_default=0)


@MIGRATIONS(name="0007_watch_feedback")
def _m7(db: sqlite_utils.Database) -> None:
    """Watch mode: members' "Was this helpful?" votes on a logged answer (one per member),
    and an index for the channel cooldown (the last watch reply about a claim there)."""
    db["feedback"].create(
        {"id": int, "query_id": int, "user_id": str, "helpful": int, "at": str},
        pk="id",
        not_null={"query_id", "helpful"},
    )
    db["feedback"].create_index(["query_id", "user_id"], unique=True)
    db.execute("CREATE INDEX idx_queries_watch ON queries (channel_id, claim_id, at) WHERE interface = 'watch'")


@MIGRATIONS(name="0008_index_changes")
def _m8(db: sqlite_utils.Database) -> None:
    """The claim ids whose index document changed, in order: a search index kept outside
    SQLite (tantivy) catches up from it (``Retriever.sync``)."""
    db.execute("CREATE TABLE index_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, claim_id TEXT NOT NULL)")
    db["index_changes"].insert({"claim_id": "*"})  # whatever was indexed before: everything


INDEX_STALE = "stale"  # an alias digest no table has: the service indexes again on open


# --- the SQLite store --------------------------------------------------------------------


# A claim's statement and its first source URL (``SQLiteStore.listed``): its own source's,
# else the first of its evidence's sources (by position) that has one.
# Each source is read by its key in a subquery of its own: written as a join, with
# statistics gathered on a small base ("sources: 1 row"), the planner scanned every source
# to list a claim whose evidence names one (17 % of an ask at 100,000 claims).
_LISTED_SQL = """
SELECT c.id, c.statement, coalesce(
    (SELECT s.url FROM sources s WHERE s.id = c.source_id AND s.url <> ''),
    (SELECT url FROM (
        SELECT (SELECT s.url FROM sources s WHERE s.id = e.source_id) AS url, e.position AS position
        FROM evidence e WHERE e.claim_id = c.id
     ) WHERE url <> '' ORDER BY position LIMIT 1)
) FROM claims c WHERE c.id IN ({marks})
"""


class SQLiteStore:
    """The runtime database. Open with ``SQLiteStore.open(path)`` (":memory:" for tests)."""

    def __init__(self, db: sqlite_utils.Database, path: str, retriever: str = "fts5") -> None:
        self._db = db
        self._lock = threading.RLock()
        self.path = path
        self._retriever_name = retriever
        self._query_columns: frozenset[str] | None = None  # the query log's columns, read once
        self.retriever: Retriever = FTS5Retriever(db, self._lock)

    def _start_retriever(self) -> None:
        """The chosen retriever, once the schema is current (it reads the change log)."""
        if self._retriever_name != "fts5":
            try:
                self.retriever = retriever_class(self._retriever_name)(self._db, self._lock, self.path)
            except (ValueError, OSError) as exc:
                raise StoreError(f"cannot open the {self._retriever_name} search index: {exc}") from exc

    @classmethod
    def open(cls, path: str | Path, retriever: str = "fts5") -> SQLiteStore:
        path = str(path)
        if path != ":memory:":
            parent = Path(path).expanduser().parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database folder {parent}: {exc.strerror}") from exc
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _refuse_foreign(conn, path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # a large base: its index pages stay in memory
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        store = cls(sqlite_utils.Database(conn), path, retriever)
        try:
            store.migrate()
            store._start_retriever()
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        with self._lock:
            try:
                self._db.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self._db.conn.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One unit of work, all or nothing. The outermost takes the write lock before it
        reads (BEGIN IMMEDIATE); nested ones are sqlite-utils savepoints."""
        with self._lock:
            conn = self._db.conn
            if conn.in_transaction:
                with self._db.atomic():
                    yield
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                with self._db.atomic():
                    yield
            except BaseException:
                self._db.rollback()
                raise
            else:
                conn.execute("COMMIT")

    # -- schema

    def migrate(self) -> None:
        """Bring the schema up to date. One process at a time: the whole check-and-apply
        runs in one write transaction, so a second process opening a new database waits
        for the first (``busy_timeout``) and then finds nothing left to do."""
        with self._lock:
            try:
                self._db.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot open the database {self.path}: {exc}") from exc
            try:
                self._migrate()
            except BaseException:
                self._db.rollback()
                raise
            else:
                self._db.conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self._lock:
            try:
                self._adopt_release_schema()
                applied = [m.name for m in MIGRATIONS.applied(self._db)]
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} is not a claimbot database: {exc}") from exc
            known = [m.name for m in MIGRATIONS._migrations]
            unknown = [name for name in applied if name not in known]
            stamped = int(self.meta("schema_version", "0") or 0) if self._has_table("meta") else 0
            if unknown or stamped > len(known):
                newer = max(stamped, len(applied))
                raise StoreError(
                    f"{self.path} has schema version {newer}, newer than this claimbot ({len(known)}); upgrade claimbot"
                )
            if len(applied) < len(known):
                MIGRATIONS.apply(self._db)
                self.set_meta("schema_version", str(len(known)))

    def _adopt_release_schema(self) -> None:
        """A database made before sqlite-utils' migrations (meta.schema_version = N, no
        record of migrations): record its first N steps as applied, once."""
        if not self._has_table("meta") or MIGRATIONS.applied(self._db):
            return
        version = int(self.meta("schema_version", "0") or 0)
        if version == 0:
            return
        names = [m.name for m in MIGRATIONS._migrations][:version]
        with self._write():
            MIGRATIONS.ensure_migrations_table(self._db)
            self._db[Migrations.migrations_table].insert_all(
                {"migration_set": MIGRATIONS.name, "name": name, "applied_at": f"adopted {now()}"} for name in names
            )

    def _has_table(self, name: str) -> bool:
        return self._db[name].exists()

    def schema_version(self) -> int:
        with self._lock:
            return len(MIGRATIONS.applied(self._db))

    def tables(self) -> list[str]:
        with self._lock:
            return self._db.table_names()

    def refresh_statistics(self) -> None:
        """Let the query planner see the tables as they are now (after a large import:
        statistics gathered on the bundled base would have it scan a table of a million
        rows). ``ANALYZE`` on a sample of each index: a fraction of a second at any size."""
        with self._lock:
            self._db.execute("PRAGMA analysis_limit=1000")
            self._db.execute("ANALYZE")

    def journal_mode(self) -> str:
        with self._lock:
            return self._db.execute("PRAGMA journal_mode").fetchone()[0]

    def ping(self) -> None:
        """Raise if the database cannot be read (a health check)."""
        with self._lock:
            self._db.execute("SELECT 1").fetchone()

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self._write():
            self._db["meta"].upsert({"key": key, "value": value}, pk="key")

    def generation(self) -> int:
        """A counter bumped by every change to the claim base (caches key on it)."""
        return int(self.meta("generation", "0") or 0)

    def _bump(self) -> None:
        self.set_meta("generation", str(self.generation() + 1))

    # -- sources

    def source(self, source_id: str) -> Source | None:
        return self.sources([source_id]).get(source_id)

    def sources(self, ids: Iterable[str] | None = None) -> dict[str, Source]:
        """Sources by id: those among ``ids``, or all of them."""
        with self._lock:
            if ids is None:
                rows = list(self._db["sources"].rows_where(order_by="id"))
            else:
                rows = []
                for part in _chunks(
                    list(dict.fromkeys(i for i in ids if i))
                ):  # a plain query (rows_where reads the schema first)
                    rows += self._db.query(f"SELECT * FROM sources WHERE id IN ({','.join('?' * len(part))})", part)
        return {r["id"]: Source.from_row(r) for r in rows}

    def save_source(self, source: Source) -> None:
        with self._write():
            self._db.conn.execute(_upsert_sql("sources", SOURCE_COLUMNS), _source_values(source))
            self._bump()

    # -- claims

    def claim_count(self, include_retired: bool = False) -> int:
        where = "" if include_retired else " WHERE retired = 0"
        with self._lock:
            return self._db.execute(f"SELECT count(*) FROM claims{where}").fetchone()[0]

    def claim_ids(self, include_retired: bool = False) -> list[str]:
        where = "" if include_retired else " WHERE retired = 0"
        with self._lock:
            return [r[0] for r in self._db.execute(f"SELECT id FROM claims{where} ORDER BY id")]

    def existing_ids(self, ids: Iterable[str]) -> list[str]:
        """Those of ``ids`` that name a stored claim (retired ones too)."""
        out: list[str] = []
        with self._lock:
            for part in _chunks(list(dict.fromkeys(ids))):
                out += [
                    r[0]
                    for r in self._db.execute(f"SELECT id FROM claims WHERE id IN ({','.join('?' * len(part))})", part)
                ]
        return out

    def claim_guilds(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The owning server of each of these claims (None: the shared base)."""
        out: dict[str, str | None] = {}
        with self._lock:
            for part in _chunks(list(dict.fromkeys(ids))):
                out.update(
                    self._db.execute(
                        f"SELECT id, guild_id FROM claims WHERE id IN ({','.join('?' * len(part))})", part
                    ).fetchall()
                )
        return out

    def claim(self, claim_id: str) -> Claim | None:
        """A claim with its evidence, or None."""
        found = self.claims([claim_id])
        return found[0] if found else None

    def claims(self, ids: Iterable[str] | None = None, include_retired: bool = False) -> list[Claim]:
        """Claims with their evidence: those among ``ids`` (retired ones too, in the order
        given), or every claim by id."""
        with self._lock:
            if ids is not None:
                ids = list(dict.fromkeys(ids))
                rows = []
                for part in _chunks(ids):  # a plain query (rows_where reads the schema first)
                    rows += self._db.query(f"SELECT * FROM claims WHERE id IN ({','.join('?' * len(part))})", part)
                order = {cid: i for i, cid in enumerate(ids)}
                rows.sort(key=lambda r: order[r["id"]])
            else:
                where = None if include_retired else "retired = 0"
                rows = list(self._db["claims"].rows_where(where, order_by="id"))
            evidence: dict[str, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
            for part in _chunks(list(evidence)):
                for ev in self._db.query(
                    "SELECT claim_id, quote, speaker, stance, source_id FROM evidence "
                    f"WHERE claim_id IN ({','.join('?' * len(part))}) ORDER BY claim_id, position",
                    part,
                ):
                    evidence[ev["claim_id"]].append(ev)
        return [Claim.from_row(r, evidence[r["id"]]) for r in rows]

    def listed(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """What an answer lists of each of these claims (those that exist): its statement
        and the first URL among its own source and its evidence's sources, in evidence
        order. One query; no claim is built."""
        out: dict[str, tuple[str, str | None]] = {}
        with self._lock:
            for part in _chunks(list(dict.fromkeys(ids))):
                rows = self._db.conn.execute(_LISTED_SQL.format(marks=",".join("?" * len(part))), part)
                out.update((cid, (statement, url)) for cid, statement, url in rows)
        return out

    def save_claims(
        self,
        changes: Sequence[Change],
        *,
        actor: str,
        note: str | None = None,
        index: dict[str, IndexDoc],
        sources: Iterable[Source] = (),
        progress: Callable[[int, int], None] | None = None,
        atomic: bool = True,
    ) -> None:
        """Create or replace claims in bulk statements: all or nothing, or (``atomic``
        false: a large import) one unit of work per chunk of ``WRITE_CHUNK`` claims, so other
        writers (logged asks) wait at most one chunk, well under ``BUSY_TIMEOUT_MS``.
        Checks come before this, so a chunked write fails only on I/O, and importing
        again finishes the job (imports are idempotent).

        Each claim gets its evidence rows, a revision row (the versions before and
        after, who, when, what), and its document in the search index (``index[claim
        id]``; retired claims are left out of the index). ``sources`` are written
        first. ``progress(done, total)`` is called as chunks are written."""
        total = len(changes)
        source_rows = list(sources)
        whole = self._write() if atomic else contextlib.nullcontext()
        with whole:
            if source_rows:
                with self._write():
                    self._db.conn.executemany(
                        _upsert_sql("sources", SOURCE_COLUMNS), [_source_values(s) for s in source_rows]
                    )
            if progress:
                progress(0, total)
            done = 0
            for start in range(0, total, WRITE_CHUNK):
                chunk = changes[start : start + WRITE_CHUNK]
                with self._write():
                    self._write_chunk(chunk, actor=actor, note=note, index=index)
                done += len(chunk)
                if progress:
                    progress(done, total)
            if changes or source_rows:
                with self._write():
                    self._bump()

    def _write_chunk(
        self, chunk: Sequence[Change], *, actor: str, note: str | None, index: dict[str, IndexDoc]
    ) -> None:
        conn = self._db.conn
        stamp = now()
        ids = [c.claim.id for c in chunk]
        conn.executemany(
            _upsert_sql("claims", CLAIM_COLUMNS),
            [_claim_values(c.claim, c.before, actor, stamp) for c in chunk],
        )
        conn.execute(f"DELETE FROM evidence WHERE claim_id IN ({','.join('?' * len(ids))})", ids)
        conn.executemany(
            "INSERT INTO evidence (claim_id, position, quote, speaker, stance, source_id) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (c.claim.id, i, ev.quote, ev.speaker, ev.stance, ev.source or c.claim.source)
                for c in chunk
                for i, ev in enumerate(c.claim.evidence)
            ],
        )
        self.retriever.write(
            [index[c.claim.id] for c in chunk if not c.claim.retired and c.claim.id in index],
            remove=ids,
        )
        conn.executemany(
            "INSERT INTO claim_revisions (claim_id, at, actor, action, note, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.claim.id,
                    stamp,
                    actor,
                    c.action,
                    c.note or note,
                    _dumps(c.before.content()) if c.before else None,
                    _dumps(c.claim.content()),
                )
                for c in chunk
            ],
        )

    def reindex(self, docs: Iterable[IndexDoc]) -> None:
        """Replace the whole search index (after an alias change)."""
        with self._write():
            self.retriever.clear()
            self.retriever.write(docs)
            self._bump()

    def revisions(self, claim_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = list(self._db.query("SELECT * FROM claim_revisions WHERE claim_id = ? ORDER BY id", [claim_id]))
        for r in rows:
            r["before"] = json.loads(r["before"]) if r["before"] else None
            r["after"] = json.loads(r["after"]) if r["after"] else None
        return rows

    def revision_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM claim_revisions").fetchone()[0]

    def latest_revisions(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Each claim's newest revision row (id, actor, action, at), by claim id."""
        out: dict[str, dict[str, Any]] = {}
        with self._lock:
            for part in _chunks(list(dict.fromkeys(ids))):
                for row in self._db.query(
                    "SELECT r.claim_id, r.id, r.actor, r.action, r.at FROM claim_revisions r JOIN ("
                    "SELECT claim_id, max(id) AS id FROM claim_revisions "
                    f"WHERE claim_id IN ({','.join('?' * len(part))}) GROUP BY claim_id) m ON m.id = r.id",
                    part,
                ):
                    out[row.pop("claim_id")] = row
        return out

    def latest_revision_id(self, claim_id: str) -> int | None:
        with self._lock:
            row = self._db.execute("SELECT max(id) FROM claim_revisions WHERE claim_id = ?", [claim_id]).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    # -- the query log

    def log_query(self, row: dict[str, Any]) -> int:
        """Log one question: one INSERT, its own transaction (committed when this returns:
        an answered question is a logged one), or part of the caller's."""
        row = {**row, "at": row.get("at") or now()}
        if isinstance(row.get("candidates"), list):
            row["candidates"] = _dumps(row["candidates"])
        with self._lock:
            if self._query_columns is None:
                self._query_columns = frozenset(self._db["queries"].columns_dict)
            unknown = set(row) - self._query_columns
            if unknown:
                raise StoreError(f"the query log has no column {sorted(unknown)[0]!r}")
            cols = list(row)
            cur = self._db.conn.execute(
                f"INSERT INTO queries ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [row[c] for c in cols],
            )
            return int(cur.lastrowid)

    def update_query(self, query_id: int, **fields: Any) -> None:
        with self._write():
            self._db["queries"].update(query_id, fields)

    def fill_query(self, query_id: int, **fields: Any) -> None:
        """Set the fields of a logged question that are still empty."""
        with self._write():
            row = self.query_row(query_id)
            if row is not None:
                empty = {k: v for k, v in fields.items() if row.get(k) is None}
                if empty:
                    self._db["queries"].update(query_id, empty)

    def query_row(self, query_id: int) -> dict[str, Any] | None:
        with self._lock:
            rows = list(self._db["queries"].rows_where("id = ?", [query_id]))
        return rows[0] if rows else None

    def recent_queries(
        self, limit: int, user_id: str | None = None, guild_id: str | None = None
    ) -> list[dict[str, Any]]:
        """The newest questions: all, or one user's, or one server's (``guild_id``)."""
        where, args = _where(user_id=user_id, guild_id=guild_id)
        with self._lock:
            return list(self._db["queries"].rows_where(where, args, order_by="id desc", limit=limit))

    def all_queries(self, guild_id: str | None = None) -> Iterator[dict[str, Any]]:
        where, args = _where(guild_id=guild_id)
        with self._lock:
            rows = list(self._db["queries"].rows_where(where, args, order_by="id"))
        return iter(rows)

    def query_columns(self) -> list[str]:
        with self._lock:
            return list(self._db["queries"].columns_dict)

    def unmatched(self, limit: int, guild_id: str | None = None) -> list[dict[str, Any]]:
        """Questions with no confident match and no moderator link, grouped by their
        normalised form, most asked first; one server's only when ``guild_id`` is given."""
        scope = " AND guild_id IS ?" if guild_id is not None else ""
        inner = " AND q2.guild_id IS q.guild_id" if guild_id is not None else ""
        args = [guild_id] if guild_id is not None else []
        with self._lock:
            return list(
                self._db.query(
                    "SELECT normalized, count(*) AS asked, max(at) AS last_at, "
                    "min(id) AS first_id, max(id) AS last_id, "
                    "(SELECT question FROM queries q2 WHERE q2.normalized = q.normalized"
                    f"{inner} ORDER BY id DESC LIMIT 1) AS question, "
                    "(SELECT candidates FROM queries q2 WHERE q2.normalized = q.normalized"
                    f"{inner} ORDER BY id DESC LIMIT 1) AS candidates, "
                    "max(score) AS best_score "
                    "FROM queries q WHERE outcome IN ('suggest', 'none') "
                    "AND chosen_claim_id IS NULL AND linked_claim_id IS NULL "
                    f"AND normalized IS NOT NULL AND normalized != ''{scope} "
                    "GROUP BY normalized ORDER BY asked DESC, last_id DESC LIMIT ?",
                    [*args, limit],
                )
            )

    def link_queries(self, query_id: int, claim_id: str) -> list[dict[str, Any]]:
        """Link a logged question, and every one with the same normalised form, to a
        claim. Returns the linked rows (empty if the question is unknown)."""
        with self._write():
            row = self.query_row(query_id)
            if row is None:
                return []
            if row["normalized"]:
                ids = [
                    r[0]
                    for r in self._db.execute(
                        "SELECT id FROM queries WHERE normalized = ? ORDER BY id", [row["normalized"]]
                    )
                ]
            else:
                ids = [query_id]
            for part in _chunks(ids):
                self._db.execute(
                    f"UPDATE queries SET linked_claim_id = ? WHERE id IN ({','.join('?' * len(part))})",
                    [claim_id, *part],
                )
            return [self.query_row(i) for i in ids]

    def stats(self, guild_id: str | None = None) -> dict[str, Any]:
        """Counts over the log, or over one server's questions. Erased rows still count:
        retention removes text and ids, not the row."""
        where = "WHERE guild_id IS ?" if guild_id is not None else ""
        also = "AND guild_id IS ?" if guild_id is not None else ""
        a = [guild_id] if guild_id is not None else []
        with self._lock:
            db = self._db
            one = db.execute(
                "SELECT count(*), sum(outcome = 'match'), sum(outcome = 'suggest'), "
                f"sum(outcome = 'none'), sum(outcome = 'error'), avg(latency_ms) FROM queries {where}",
                a,
            ).fetchone()
            top = list(
                db.query(
                    "SELECT claim_id, count(*) AS asked FROM queries WHERE claim_id IS NOT NULL "
                    f"AND outcome = 'match' {also} GROUP BY claim_id ORDER BY asked DESC, claim_id LIMIT 10",
                    a,
                )
            )
            per_day = list(
                db.query(
                    "SELECT substr(at, 1, 10) AS day, count(*) AS asked, "
                    f"sum(outcome = 'match') AS matched FROM queries {where} GROUP BY day ORDER BY day",
                    a,
                )
            )
            per_interface = dict(
                db.execute(f"SELECT interface, count(*) FROM queries {where} GROUP BY interface", a).fetchall()
            )
            latencies = [
                r[0]
                for r in db.execute(
                    f"SELECT latency_ms FROM queries WHERE latency_ms IS NOT NULL {also} ORDER BY latency_ms", a
                )
            ]
        return {
            "questions": one[0] or 0,
            "matched": one[1] or 0,
            "suggested": one[2] or 0,
            "unmatched": one[3] or 0,
            "errors": one[4] or 0,
            "mean_latency_ms": round(one[5], 2) if one[5] is not None else None,
            "p95_latency_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2) if latencies else None,
            "top_claims": top,
            "per_day": per_day,
            "per_interface": per_interface,
        }

    # -- server settings

    def guild_settings(self, guild_id: str) -> dict[str, Any]:
        """One server's stored settings (key → value); defaults are the caller's."""
        with self._lock:
            rows = self._db.execute("SELECT key, value FROM guild_settings WHERE guild_id = ?", [guild_id]).fetchall()
        return {k: json.loads(v) for k, v in rows}

    def set_guild_setting(self, guild_id: str, key: str, value: Any, *, actor: str) -> None:
        """Store one server setting (None removes it: back to the default)."""
        with self._write():
            if value is None:
                self._db.execute("DELETE FROM guild_settings WHERE guild_id = ? AND key = ?", [guild_id, key])
            else:
                self._db["guild_settings"].upsert(
                    {
                        "guild_id": guild_id,
                        "key": key,
                        "value": _dumps(value),
                        "updated_at": now(),
                        "updated_by": actor,
                    },
                    pk=("guild_id", "key"),
                )

    # -- privacy

    def forget_user(self, user_id: str) -> dict[str, int]:
        """Erase one user's logged questions (text, ids; the counts stay), their opt-out
        and their pending notices. Returns how many of each."""
        with self._write():
            questions = self._db.execute(f"UPDATE queries SET {ERASED} WHERE user_id = ?", [user_id]).rowcount
            notices = self._db.execute("DELETE FROM notifications WHERE user_id = ?", [user_id]).rowcount
            optouts = self._db.execute("DELETE FROM optouts WHERE user_id = ?", [user_id]).rowcount
            self._db.execute("UPDATE feedback SET user_id = NULL WHERE user_id = ?", [user_id])  # votes stay counted
        return {"questions": questions, "notices": notices, "optouts": optouts}

    def erase_before(self, cutoff: str, guild_id: str | None = None, except_guilds: Sequence[str] = ()) -> int:
        """Erase the text and ids of questions logged before ``cutoff`` (an ISO time), in
        one server or, with no ``guild_id``, in all but ``except_guilds`` (questions with
        no server included). Rows stay, so counts stay right."""
        scope, args = (" AND guild_id IS ?", [guild_id]) if guild_id is not None else ("", [])
        if guild_id is None and except_guilds:
            scope = f" AND (guild_id IS NULL OR guild_id NOT IN ({','.join('?' * len(except_guilds))}))"
            args = list(except_guilds)
        with self._write():
            erased = self._db.execute(
                f"UPDATE queries SET {ERASED} WHERE at < ? AND (question IS NOT NULL OR user_id IS NOT NULL){scope}",
                [cutoff, *args],
            ).rowcount
            # Votes on those answers keep counting, without who voted (as forget_user does).
            self._db.execute(
                "UPDATE feedback SET user_id = NULL WHERE user_id IS NOT NULL AND query_id IN "
                f"(SELECT id FROM queries WHERE at < ?{scope})",
                [cutoff, *args],
            )
            return erased

    # -- follow-ups

    def queued_questions(self, interface: str | None = None) -> list[dict[str, Any]]:
        """Questions with no match, none chosen and none linked, newest first: from one
        ``interface`` (and with a known asker), or from every interface."""
        scope, args = ("AND interface = ? AND user_id IS NOT NULL ", [interface]) if interface else ("", [])
        with self._lock:
            return list(
                self._db.query(
                    "SELECT id, question, normalized, guild_id, interface FROM queries "
                    "WHERE outcome IN ('suggest', 'none') AND chosen_claim_id IS NULL "
                    f"AND linked_claim_id IS NULL AND question IS NOT NULL {scope}ORDER BY id DESC",
                    args,
                )
            )

    def link_query_ids(self, query_ids: Sequence[int], claim_id: str) -> None:
        """Record that these logged questions are answered by a claim (``linked_claim_id``)."""
        with self._write():
            for part in _chunks(list(query_ids)):
                self._db.execute(
                    f"UPDATE queries SET linked_claim_id = ? WHERE id IN ({','.join('?' * len(part))})",
                    [claim_id, *part],
                )

    def questions_about(self, claim_id: str, interface: str) -> list[int]:
        """Questions from ``interface`` answered with, chosen as, or linked to the claim."""
        with self._lock:
            return [
                r[0]
                for r in self._db.execute(
                    "SELECT id FROM queries WHERE interface = ? AND user_id IS NOT NULL AND ("
                    "(outcome = 'match' AND claim_id = ?) OR chosen_claim_id = ? OR linked_claim_id = ?) "
                    "ORDER BY id",
                    [interface, claim_id, claim_id, claim_id],
                )
            ]

    def reserve_notices(
        self,
        claim_id: str,
        kind: str,
        query_ids: Sequence[int],
        *,
        revision_id: int,
        mode: str,
        interface: str,
        answered_kind: str,
    ) -> list[dict[str, Any]]:
        """Reserve one notification row per question to tell about this claim revision,
        leaving out questions from elsewhere or without an asker, askers who opted out,
        questions already told about this revision and, for ``answered_kind``, questions
        already told that this claim answers them. Returns the reserved questions' rows
        (id, user_id, channel_id, guild_id, message_id, question) in id order."""
        ids = sorted(set(int(i) for i in query_ids))
        if not ids:
            return []
        with self._write():
            rows: list[dict[str, Any]] = []
            for part in _chunks(ids):
                rows += self._db.query(
                    "SELECT q.id, q.user_id, q.channel_id, q.guild_id, q.message_id, q.question FROM queries q "
                    f"WHERE q.id IN ({','.join('?' * len(part))}) AND q.interface = ? AND q.user_id IS NOT NULL "
                    "AND q.user_id NOT IN (SELECT user_id FROM optouts) "
                    "AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.query_id = q.id AND (n.revision_id = ? "
                    "OR (n.kind = ? AND n.kind = ? AND n.claim_id = ?))) ORDER BY q.id",
                    [*part, interface, revision_id, answered_kind, kind, claim_id],
                )
            stamp = now()
            self._db["notifications"].insert_all(
                {
                    "query_id": r["id"],
                    "claim_id": claim_id,
                    "revision_id": revision_id,
                    "user_id": r["user_id"],
                    "channel_id": r["channel_id"],
                    "guild_id": r["guild_id"],
                    "kind": kind,
                    "mode": mode,
                    "at": stamp,
                    "error": None,
                }
                for r in rows
            )
        return rows

    def mark_notified(self, query_ids: Sequence[int], revision_id: int, mode: str | None = None) -> None:
        """The notice went out: stamp the questions (and the delivery mode, if it changed)."""
        with self._write():
            stamp = now()
            for part in _chunks(list(query_ids)):
                marks = ",".join("?" * len(part))
                self._db.execute(f"UPDATE queries SET notified_at = ? WHERE id IN ({marks})", [stamp, *part])
                self._db.execute(
                    "UPDATE notifications SET sent_at = ?, error = NULL "
                    f"WHERE revision_id = ? AND query_id IN ({marks})",
                    [stamp, revision_id, *part],
                )
                if mode:
                    self._db.execute(
                        f"UPDATE notifications SET mode = ? WHERE revision_id = ? AND query_id IN ({marks})",
                        [mode, revision_id, *part],
                    )

    def mark_notice_failed(self, query_ids: Sequence[int], revision_id: int, error: str) -> None:
        with self._write():
            for part in _chunks(list(query_ids)):
                self._db.execute(
                    f"UPDATE notifications SET error = ?, attempts = attempts + 1 WHERE revision_id = ? "
                    f"AND query_id IN ({','.join('?' * len(part))})",
                    [error[:NOTE_LIMIT], revision_id, *part],
                )

    def notifications(self, guild_id: str | None = None, state: str | None = None) -> list[dict[str, Any]]:
        """Reserved notices, oldest first, each with its ``state``: sent, failed (an attempt
        failed, none succeeded yet) or pending. One server's, or of one state, if asked."""
        where, args = _where(guild_id=guild_id)
        with self._lock:
            rows = list(self._db["notifications"].rows_where(where, args, order_by="id"))
        for row in rows:
            row["state"] = "sent" if row.get("sent_at") else "failed" if row.get("error") else "pending"
        return [r for r in rows if state is None or r["state"] == state]

    def set_opt_out(self, user_id: str, opted_out: bool) -> None:
        with self._write():
            if opted_out:
                self._db["optouts"].upsert({"user_id": user_id, "at": now()}, pk="user_id")
            else:
                self._db.execute("DELETE FROM optouts WHERE user_id = ?", [user_id])

    def is_opted_out(self, user_id: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM optouts WHERE user_id = ?", [user_id]).fetchone() is not None

    # -- watch mode (issue 14)

    def last_watch_reply(self, channel_id: str, claim_id: str) -> str | None:
        """When the watcher last answered (or drafted an answer) about this claim in this
        channel: the channel cooldown. None if never."""
        with self._lock:
            row = self._db.execute(
                "SELECT max(at) FROM queries WHERE interface = 'watch' AND channel_id = ? AND claim_id = ?",
                [channel_id, claim_id],
            ).fetchone()
        return row[0] if row else None

    def record_feedback(self, query_id: int, user_id: str, helpful: bool) -> bool:
        """A member's "Was this helpful?" vote on a logged answer. One vote per member and
        answer: False (and nothing changed) if they already voted."""
        with self._write():
            return (
                self._db.execute(
                    "INSERT OR IGNORE INTO feedback (query_id, user_id, helpful, at) VALUES (?, ?, ?, ?)",
                    [query_id, user_id, int(bool(helpful)), now()],
                ).rowcount
                == 1
            )

    def feedback_counts(self, guild_id: str | None = None) -> dict[str, int]:
        """Votes over every answer, or one server's: {"helpful": n, "not_helpful": n}."""
        scope, args = ("WHERE q.guild_id IS ?", [guild_id]) if guild_id is not None else ("", [])
        with self._lock:
            row = self._db.execute(
                "SELECT sum(f.helpful = 1), sum(f.helpful = 0) FROM feedback f JOIN queries q ON q.id = f.query_id "
                + scope,
                args,
            ).fetchone()
        return {"helpful": row[0] or 0, "not_helpful": row[1] or 0}

    def watch_replies(self, limit: int, guild_id: str | None = None) -> list[dict[str, Any]]:
        """The watcher's latest answers (one server's, with ``guild_id``), newest first,
        each with its votes (``helpful``, ``not_helpful``)."""
        scope, args = ("AND q.guild_id IS ? ", [guild_id]) if guild_id is not None else ("", [])
        with self._lock:
            return list(
                self._db.query(
                    "SELECT q.id, q.at, q.channel_id, q.claim_id, q.question, q.score, "
                    "coalesce(sum(f.helpful = 1), 0) AS helpful, coalesce(sum(f.helpful = 0), 0) AS not_helpful "
                    "FROM queries q LEFT JOIN feedback f ON f.query_id = q.id "
                    f"WHERE q.interface = 'watch' {scope}GROUP BY q.id ORDER BY q.id DESC LIMIT ?",
                    [*args, limit],
                )
            )

    # -- operations: checks, backups, compaction

    @classmethod
    def open_existing(cls, path: str | Path) -> SQLiteStore:
        """An existing database as it is, for checks, backups and compaction: nothing is
        created, migrated or imported, and its journal mode is left alone. A missing
        file, a file that is not SQLite, or another program's database is a StoreError."""
        path = str(Path(path).expanduser())
        if path == ":memory:" or not Path(path).is_file():
            raise StoreError(f"no database at {path}" + (" (it is a folder)" if Path(path).is_dir() else ""))
        conn = None
        try:
            conn = sqlite3.connect(
                f"file:{pathname2url(path)}?mode=rw", uri=True, check_same_thread=False, isolation_level=None
            )
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _refuse_foreign(conn, path)
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                raise StoreError(f"{path} is empty: not a claimbot database")
            conn.execute("PRAGMA foreign_keys=ON")
        except (sqlite3.DatabaseError, StoreError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        return cls(sqlite_utils.Database(conn), path)

    def integrity(self, quick: bool = False) -> list[str]:
        """SQLite's own check of the file (``PRAGMA integrity_check``, or the faster
        ``quick_check``) and, in full, the search index's (FTS5 ``integrity-check``).
        Returns the problems found (empty: sound). A file too damaged to be checked at all
        is a StoreError."""
        pragma = "quick_check" if quick else "integrity_check"
        with self._lock:
            try:
                rows = [str(r[0]) for r in self._db.execute(f"PRAGMA {pragma}")]
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} is damaged: {exc}") from exc
            lines = [line.strip() for r in rows for line in r.splitlines()]
            problems = [] if rows == ["ok"] else [f"integrity: {line}" for line in lines if line and "***" not in line]
            if not quick and not problems and self._has_table(FTS5Retriever.TABLE):
                table = FTS5Retriever.TABLE
                try:
                    self._db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
                except sqlite3.DatabaseError as exc:
                    if "readonly" not in str(exc):  # a write-protected file: the index is not checked
                        problems.append(f"integrity: the search index is damaged ({exc})")
        return problems

    def schema_problems(self) -> list[str]:
        """Why the schema is not this claimbot's: migrations not applied yet (the next
        ordinary open applies them), or migrations this claimbot does not know (a newer
        release made the file). Empty when every migration is applied and none is unknown."""
        with self._lock:
            try:
                applied = [m.name for m in MIGRATIONS.applied(self._db)]
                stamped = int(self.meta("schema_version", "0") or 0) if self._has_table("meta") else 0
            except (sqlite3.DatabaseError, ValueError) as exc:
                raise StoreError(f"cannot read the schema of {self.path}: {exc}") from exc
        known = [m.name for m in MIGRATIONS._migrations]
        if not applied and 0 < stamped <= len(known):  # made before migrations were recorded (adopted on open)
            applied = known[:stamped]
        unknown = [name for name in applied if name not in known]
        pending = [name for name in known if name not in applied]
        out = []
        if unknown or stamped > len(known):
            out.append(
                f"schema: version {max(stamped, len(applied))} is newer than this claimbot's ({len(known)})"
                + (f"; unknown migrations: {', '.join(unknown)}" if unknown else "")
                + "; upgrade claimbot"
            )
        if pending:
            out.append(
                f"schema: {len(known) - len(pending)} of {len(known)} migrations applied; not applied: "
                f"{', '.join(pending)} (claimbot applies them when it next opens the database for work)"
            )
        return out

    def index_change_head(self) -> int:
        """The newest entry of the index change log (0: none): what a search index kept
        outside SQLite must have applied to be current."""
        with self._lock:
            try:
                return int(self._db.execute("SELECT max(seq) FROM index_changes").fetchone()[0] or 0)
            except sqlite3.OperationalError:  # a schema from before the log
                return 0

    def indexed_claim_ids(self) -> dict[str, int]:
        """Every claim id the search index holds, with how many documents it has there
        (one each, when the index agrees with the claims)."""
        with self._lock:
            try:
                rows = self._db.execute(
                    f"SELECT claim_id, count(*) FROM {FTS5Retriever.TABLE} GROUP BY claim_id"
                ).fetchall()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot read the search index of {self.path}: {exc}") from exc
        return {str(cid): int(n) for cid, n in rows}

    def backup(self, dest: str | Path) -> int:
        """A consistent copy of the whole database in the file ``dest`` (replaced if it
        exists; the caller decides whether it may be), made with SQLite's online backup
        API: other connections go on writing, and the copy is the database as of one
        moment. The copy is one self-contained file (rollback journal, no WAL beside it),
        written beside ``dest`` and renamed into place, so ``dest`` is never half written.
        Returns its size in bytes."""
        dest = Path(dest)
        partial = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
        try:
            with open(partial, "xb"):  # an unwritable place fails here, with the system's reason
                pass
            target = sqlite3.connect(partial, isolation_level=None)
            try:
                with self._lock:
                    self._db.conn.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
                checked = [str(r[0]) for r in target.execute("PRAGMA quick_check")]
            finally:
                target.close()
            if checked != ["ok"]:
                raise StoreError(f"the backup {dest} did not check out: {'; '.join(checked[:3])}")
            os.replace(partial, dest)
            return dest.stat().st_size
        except OSError as exc:
            raise StoreError(f"cannot write the backup {dest}: {exc.strerror or exc}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the backup {dest}: {exc}") from exc
        finally:
            for leftover in (partial, Path(f"{partial}-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass

    def vacuum(self) -> tuple[int, int]:
        """Rebuild the file without its free pages (``VACUUM``, outside any transaction),
        let SQLite refresh its query statistics (``PRAGMA optimize``) and fold the WAL
        back into the file. Returns the size on disk (the file and its WAL) before and after."""
        with self._lock:
            if self._db.conn.in_transaction:
                raise StoreError("cannot vacuum inside a transaction")
            before = self._size_on_disk()
            try:
                self._db.execute("VACUUM")
                self._db.execute("PRAGMA optimize")
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot vacuum {self.path}: {exc}") from exc
            return before, self._size_on_disk()

    def _size_on_disk(self) -> int:
        if self.path == ":memory:":
            return 0
        total = 0
        for name in (self.path, f"{self.path}-wal"):
            try:
                total += Path(name).stat().st_size
            except OSError:
                pass
        return total


# --- helpers ----------------------------------------------------------------------------


def _refuse_foreign(conn: sqlite3.Connection, path: str) -> None:
    """A SQLite file with tables but no claimbot schema is someone else's: refuse it
    before changing anything (not even its journal mode)."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if names and not names & {"meta", Migrations.migrations_table}:
        raise StoreError(f"{path} is not a claimbot database (it holds other tables); choose another file")


# What erasing a logged question clears: its words and whoever asked. The outcome, the
# claim, the scores and the time stay for the statistics.
ERASED = "question = NULL, normalized = NULL, user_id = NULL, message_id = NULL, candidates = NULL"


def _where(**equal: str | None) -> tuple[str | None, list[Any]]:
    """A WHERE clause (or None) for the given column = value pairs whose value is set."""
    pairs = [(k, v) for k, v in equal.items() if v is not None]
    if not pairs:
        return None, []
    return " AND ".join(f"{k} = ?" for k, _ in pairs), [v for _, v in pairs]


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns[1:])}"
    )


def _source_values(source: Source) -> tuple:
    row = source.to_row()
    return tuple(row.get(c) for c in SOURCE_COLUMNS)


def _claim_values(claim: Claim, before: Claim | None, actor: str, stamp: str) -> tuple:
    row = claim.to_row()
    row["created_at"] = (before.created_at if before else None) or stamp
    row["updated_at"] = stamp
    row["updated_by"] = actor
    return tuple(row[c] for c in CLAIM_COLUMNS)


SCHEMA_VERSION = len(MIGRATIONS._migrations)
Store = SQLiteStore  # the default implementation

__all__ = ["ClaimStore", "SQLiteStore", "Store", "StoreError", "Change", "MIGRATIONS", "SCHEMA_VERSION", "now", "timed"]

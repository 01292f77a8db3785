"""SQLite storage: sources, claims, evidence, revisions, the query log and the index.

One file, WAL mode, a schema version with migrations that run on open. Every
change to a claim writes a revision row holding the claim as it was before,
who changed it, when and how. Writes go through one connection guarded by a
lock, so the store may be shared by threads (the Discord bot's worker).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .normalize import AliasTable


CLAIM_JSON_FIELDS = ("claimant", "entities", "tags", "phrasings", "related")
CLAIM_COLUMNS = ("id", "statement", "status", "rationale", "status_note", "rating", "source_id",
                 *CLAIM_JSON_FIELDS, "retired", "created_at", "updated_at", "updated_by")
SOURCE_COLUMNS = ("id", "title", "outlet", "language", "date", "url", "document", "text")
CHUNK = 500  # rows per statement with an IN (...) list


class StoreError(Exception):
    """A storage operation that cannot be done (unknown claim, bad database file)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --- migrations ----------------------------------------------------------------


def _m1(db: sqlite_utils.Database) -> None:
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
        defaults={"retired": 0, "claimant": "[]", "entities": "[]", "tags": "[]",
                  "phrasings": "[]", "related": "[]"},
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


def _m3(db: sqlite_utils.Database) -> None:
    """Each claim names its source (an imported review has no evidence to link one)."""
    db["claims"].add_column("source_id", str)
    db.execute(
        "UPDATE claims SET source_id = (SELECT source_id FROM evidence e WHERE e.claim_id = claims.id "
        "AND e.source_id IS NOT NULL ORDER BY position LIMIT 1)"
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_m1, _m2, _m3]


# --- the store -------------------------------------------------------------------


class Store:
    """The runtime database. Open with ``Store.open(path)`` (":memory:" for tests)."""

    def __init__(self, db: sqlite_utils.Database, path: str) -> None:
        self.db = db
        self.path = path
        self.lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        path = str(path)
        if path != ":memory:":
            parent = Path(path).expanduser().parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database folder {parent}: {exc.strerror}") from exc
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=5000")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        store = cls(sqlite_utils.Database(conn), path)
        store.migrate()
        return store

    def close(self) -> None:
        with self.lock:
            try:
                self.db.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.db.conn.close()

    # -- schema

    def schema_version(self) -> int:
        if "meta" not in self.db.table_names():
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        with self.lock:
            try:
                current = self.schema_version()
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path} is not a claimbot database: {exc}") from exc
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} has schema version {current}, newer than this claimbot "
                    f"({len(MIGRATIONS)}); upgrade claimbot"
                )
            for version in range(current + 1, len(MIGRATIONS) + 1):
                with self.transaction():
                    MIGRATIONS[version - 1](self.db)
                    self.db["meta"].upsert({"key": "schema_version", "value": str(version)}, pk="key")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing unit of work."""
        with self.lock:
            conn = self.db.conn
            if conn.in_transaction:  # nested: the outer one commits
                yield
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def generation(self) -> int:
        """A counter bumped by every change to the claim base (caches key on it)."""
        return int(self.meta("generation", "0") or 0)

    def _bump(self) -> None:
        self.set_meta("generation", str(self.generation() + 1))

    # -- sources

    def upsert_source(self, source: dict[str, Any]) -> None:
        with self.lock:
            self.db["sources"].upsert(source, pk="id")

    def source(self, source_id: str) -> dict[str, Any] | None:
        rows = list(self.db["sources"].rows_where("id = ?", [source_id]))
        return rows[0] if rows else None

    def sources(self) -> list[dict[str, Any]]:
        return list(self.db["sources"].rows_where(order_by="id"))

    # -- claims

    def claim_count(self, include_retired: bool = False) -> int:
        where = "" if include_retired else " WHERE retired = 0"
        return self.db.execute(f"SELECT count(*) FROM claims{where}").fetchone()[0]

    def claim(self, claim_id: str) -> dict[str, Any] | None:
        """A claim with its evidence (each with its source), or None."""
        rows = list(self.db["claims"].rows_where("id = ?", [claim_id]))
        if not rows:
            return None
        return self._hydrate(rows)[0]

    def claims(self, ids: Iterable[str] | None = None, include_retired: bool = False) -> list[dict[str, Any]]:
        if ids is not None:
            ids = list(ids)
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            rows = list(self.db["claims"].rows_where(f"id IN ({marks})", ids))
            order = {cid: i for i, cid in enumerate(ids)}
            rows.sort(key=lambda r: order[r["id"]])
        else:
            where = None if include_retired else "retired = 0"
            rows = list(self.db["claims"].rows_where(where, order_by="id"))
        return self._hydrate(rows)

    def _hydrate(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ",".join("?" * len(ids))
        evidence: dict[str, list[dict[str, Any]]] = {cid: [] for cid in ids}
        for ev in self.db.query(
            "SELECT e.claim_id, e.quote, e.speaker, e.stance, e.source_id, "
            "s.title AS source_title, s.outlet AS source_outlet, s.url AS source_url "
            f"FROM evidence e LEFT JOIN sources s ON s.id = e.source_id "
            f"WHERE e.claim_id IN ({marks}) ORDER BY e.claim_id, e.position",
            ids,
        ):
            evidence[ev.pop("claim_id")].append(ev)
        source_ids = sorted({r["source_id"] for r in rows if r.get("source_id")})
        smarks = ",".join("?" * len(source_ids))
        sources = {
            r["id"]: r for r in self.db.query(
                f"SELECT id, outlet, title, url, date FROM sources WHERE id IN ({smarks})", source_ids)
        } if source_ids else {}
        out = []
        for row in rows:
            claim = dict(row)
            for key in CLAIM_JSON_FIELDS:
                claim[key] = json.loads(claim[key] or "[]")
            claim["retired"] = bool(claim["retired"])
            claim["source"] = sources.get(claim.get("source_id"))
            claim["evidence"] = evidence[claim["id"]]
            out.append(claim)
        return out

    def save_claim(
        self,
        claim: dict[str, Any],
        *,
        actor: str,
        action: str,
        note: str | None = None,
        index_text: dict[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """Create or replace one claim; see ``save_claims``. Returns the previous
        version, or None if the claim is new. ``index_text`` holds the claim's
        normalised columns for the search index; None leaves it out of the index."""
        with self.transaction():
            before = self.claim(claim["id"])
            index = {claim["id"]: index_text} if index_text is not None else {}
            self.save_claims([(claim, before, action)], actor=actor, note=note, index=index)
            return before

    def save_claims(
        self,
        changes: list[tuple[dict[str, Any], dict[str, Any] | None, str]],
        *,
        actor: str,
        note: str | None = None,
        index: dict[str, dict[str, str]],
        sources: Iterable[dict[str, Any]] = (),
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Create or replace claims, all or nothing, in bulk statements.

        ``changes`` holds (claim, the stored claim before or None, the action for the
        history). A claim has the fields of the claims table (lists as lists),
        ``source_id`` (its source) and ``evidence``: a list of {quote, speaker, stance,
        source_id}. Each claim gets a revision row with the versions before and after,
        who and when, and its row in the search index (``index[claim id]``; retired
        claims and claims without an entry are left out). ``sources`` are upserted
        first. ``progress(done, total)`` is called as chunks are written."""
        total = len(changes)
        with self.transaction():
            conn = self.db.conn
            source_rows = list(sources)
            if source_rows:
                conn.executemany(_upsert_sql("sources", SOURCE_COLUMNS),
                                 [tuple(r.get(c) for c in SOURCE_COLUMNS) for r in source_rows])
            if progress:
                progress(0, total)
            done = 0
            for start in range(0, total, CHUNK):
                chunk = changes[start:start + CHUNK]
                stamp = now()
                ids = [c["id"] for c, _, _ in chunk]
                conn.executemany(_upsert_sql("claims", CLAIM_COLUMNS), [
                    _claim_row(c, b, actor, stamp) for c, b, _ in chunk])
                marks = ",".join("?" * len(ids))
                conn.execute(f"DELETE FROM evidence WHERE claim_id IN ({marks})", ids)
                conn.execute(f"DELETE FROM claim_fts WHERE claim_id IN ({marks})", ids)
                conn.executemany(
                    "INSERT INTO evidence (claim_id, position, quote, speaker, stance, source_id) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(c["id"], i, ev["quote"], ev["speaker"], ev["stance"], ev.get("source_id"))
                     for c, _, _ in chunk for i, ev in enumerate(c.get("evidence") or [])],
                )
                conn.executemany(
                    "INSERT INTO claim_fts (claim_id, statement, phrasings, evidence, entities) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(c["id"], *(index[c["id"]][k] for k in ("statement", "phrasings", "evidence", "entities")))
                     for c, _, _ in chunk if not c.get("retired") and c["id"] in index],
                )
                after = {c["id"]: c for c in self.claims(ids)}
                conn.executemany(
                    "INSERT INTO claim_revisions (claim_id, at, actor, action, note, before, after) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(c["id"], stamp, actor, action, note,
                      json.dumps(_snapshot(b), ensure_ascii=False) if b else None,
                      json.dumps(_snapshot(after[c["id"]]), ensure_ascii=False))
                     for c, b, action in chunk],
                )
                done += len(chunk)
                if progress:
                    progress(done, total)
            if changes or source_rows:
                self._bump()

    def revisions(self, claim_id: str) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM claim_revisions WHERE claim_id = ? ORDER BY id", [claim_id]
        )
        out = []
        for r in rows:
            r["before"] = json.loads(r["before"]) if r["before"] else None
            r["after"] = json.loads(r["after"]) if r["after"] else None
            out.append(r)
        return out

    def reindex(self, index_rows: Iterable[dict[str, str]]) -> None:
        """Replace the whole search index (used after an alias change)."""
        with self.transaction():
            self.db.execute("DELETE FROM claim_fts")
            self.db["claim_fts"].insert_all(index_rows)
            self._bump()

    # -- search

    def search(self, match: str, limit: int) -> list[tuple[str, float]]:
        """FTS5 candidates: (claim_id, bm25) best first. ``match`` is a MATCH expression
        built from quoted terms only (see ``match.fts_query``)."""
        with self.lock:
            return [
                (cid, -score)
                for cid, score in self.db.execute(
                    "SELECT claim_id, bm25(claim_fts, 0.0, 3.0, 2.0, 1.0, 2.0) AS s "
                    "FROM claim_fts WHERE claim_fts MATCH ? ORDER BY s LIMIT ?",
                    [match, limit],
                )
            ]

    def index_rows(self, ids: list[str]) -> dict[str, dict[str, str]]:
        marks = ",".join("?" * len(ids))
        with self.lock:
            return {
                r["claim_id"]: r
                for r in self.db.query(
                    f"SELECT claim_id, statement, phrasings, evidence, entities "
                    f"FROM claim_fts WHERE claim_id IN ({marks})",
                    ids,
                )
            }

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(set(terms))
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        with self.lock:
            return dict(
                self.db.execute(
                    f"SELECT term, doc FROM claim_fts_vocab WHERE term IN ({marks})", terms
                ).fetchall()
            )

    def vocabulary(self) -> list[str]:
        with self.lock:
            return [r[0] for r in self.db.execute("SELECT term FROM claim_fts_vocab")]

    def indexed_count(self) -> int:
        with self.lock:
            return self.db.execute("SELECT count(*) FROM claim_fts").fetchone()[0]

    # -- the query log

    def log_query(self, row: dict[str, Any]) -> int:
        with self.lock:
            row = {**row, "at": row.get("at") or now()}
            if isinstance(row.get("candidates"), list):
                row["candidates"] = json.dumps(row["candidates"], ensure_ascii=False)
            return self.db["queries"].insert(row).last_pk

    def log_queries(self, rows: list[dict[str, Any]]) -> list[int]:
        """Log several rows in one transaction (the Discord writer batches)."""
        with self.transaction():
            return [self.log_query(r) for r in rows]

    def update_query(self, query_id: int, **fields: Any) -> None:
        with self.lock:
            self.db["queries"].update(query_id, fields)

    def query_row(self, query_id: int) -> dict[str, Any] | None:
        rows = list(self.db["queries"].rows_where("id = ?", [query_id]))
        return rows[0] if rows else None

    def recent_queries(self, limit: int, user_id: str | None = None) -> list[dict[str, Any]]:
        where, args = ("user_id = ?", [user_id]) if user_id else (None, [])
        return list(self.db["queries"].rows_where(where, args, order_by="id desc", limit=limit))

    def all_queries(self) -> Iterator[dict[str, Any]]:
        return self.db["queries"].rows_where(order_by="id")

    def unmatched(self, limit: int) -> list[dict[str, Any]]:
        """Questions with no confident match and no moderator link, grouped by their
        normalised form, most asked first."""
        return list(
            self.db.query(
                "SELECT normalized, count(*) AS asked, max(at) AS last_at, "
                "min(id) AS first_id, max(id) AS last_id, "
                "(SELECT question FROM queries q2 WHERE q2.normalized = q.normalized "
                " ORDER BY id DESC LIMIT 1) AS question, "
                "(SELECT candidates FROM queries q2 WHERE q2.normalized = q.normalized "
                " ORDER BY id DESC LIMIT 1) AS candidates, "
                "max(score) AS best_score "
                "FROM queries q WHERE outcome IN ('suggest', 'none') "
                "AND chosen_claim_id IS NULL AND linked_claim_id IS NULL "
                "AND normalized IS NOT NULL AND normalized != '' "
                "GROUP BY normalized ORDER BY asked DESC, last_id DESC LIMIT ?",
                [limit],
            )
        )

    def queries_with_normalized(self, normalized: str) -> list[dict[str, Any]]:
        return list(self.db["queries"].rows_where("normalized = ?", [normalized], order_by="id"))

    def stats(self) -> dict[str, Any]:
        one = self.db.execute(
            "SELECT count(*), sum(outcome = 'match'), sum(outcome = 'suggest'), "
            "sum(outcome = 'none'), sum(outcome = 'error'), avg(latency_ms) FROM queries"
        ).fetchone()
        top = list(
            self.db.query(
                "SELECT claim_id, count(*) AS asked FROM queries WHERE claim_id IS NOT NULL "
                "AND outcome = 'match' GROUP BY claim_id ORDER BY asked DESC, claim_id LIMIT 10"
            )
        )
        per_day = list(
            self.db.query(
                "SELECT substr(at, 1, 10) AS day, count(*) AS asked, "
                "sum(outcome = 'match') AS matched FROM queries GROUP BY day ORDER BY day"
            )
        )
        per_interface = dict(
            self.db.execute("SELECT interface, count(*) FROM queries GROUP BY interface").fetchall()
        )
        latencies = [
            r[0] for r in self.db.execute(
                "SELECT latency_ms FROM queries WHERE latency_ms IS NOT NULL ORDER BY latency_ms")
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


def _upsert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns[1:])}")


def _claim_row(claim: dict[str, Any], before: dict[str, Any] | None, actor: str, stamp: str) -> tuple:
    values = {k: claim.get(k) for k in ("id", "statement", "status", "rationale", "status_note", "rating",
                                         "source_id")}
    for key in CLAIM_JSON_FIELDS:
        values[key] = json.dumps(list(claim.get(key) or []), ensure_ascii=False)
    values["retired"] = int(bool(claim.get("retired")))
    values["created_at"] = before["created_at"] if before else stamp
    values["updated_at"] = stamp
    values["updated_by"] = actor
    return tuple(values[c] for c in CLAIM_COLUMNS)


def _snapshot(claim: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a revision keeps of a claim: everything but the bookkeeping stamps."""
    if claim is None:
        return None
    skip = {"created_at", "updated_at", "updated_by"}
    return {k: v for k, v in claim.items() if k not in skip}


def timed() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: (time.perf_counter() - start) * 1000.0


SCHEMA_VERSION = len(MIGRATIONS)

__all__ = ["Store", "StoreError", "AliasTable", "SCHEMA_VERSION", "now", "timed"]

"""Candidate retrieval: the seam between the matcher and a search index.

The matcher asks a ``Retriever`` for candidates (claim ids with a relevance
score), for the indexed text of those candidates, and for the statistics its
scores need (document frequencies, the vocabulary, the number of documents).
The store writes index documents through ``Retriever.write`` in the same unit
of work as the claims they index.

``FTS5Retriever`` is the default: SQLite FTS5 with BM25 over four weighted
columns, and ``fts5vocab`` for the statistics. It is the only module that
speaks FTS5. Another retriever (tantivy, a semantic index) implements the same
protocol and is named in ``RETRIEVERS``; it is imported only when chosen, so
its package stays an optional extra.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import sqlite_utils

FIELDS = ("statement", "phrasings", "evidence", "entities")  # the indexed columns, in order
STORED = (*FIELDS, "relations")  # and what is kept beside them, not indexed
UNIT_SEP = " | "  # separates phrasings inside one indexed column


@dataclass(frozen=True)
class IndexDoc:
    """One claim as the index holds it: normalised terms per field (see ``bot.index``)."""

    claim_id: str
    statement: str
    phrasings: str  # phrasings joined by UNIT_SEP
    evidence: str
    entities: str
    relations: str = ""  # what the statement is about besides its words ("said"); not searched

    def field(self, name: str) -> str:
        return getattr(self, name)


@runtime_checkable
class Retriever(Protocol):
    """What the matcher needs from a search index."""

    def search(self, terms: Sequence[str], limit: int, weights: Mapping[str, float]) -> list[tuple[str, float]]:
        """Claims holding any of ``terms``: (claim id, relevance; higher is better), best first."""
        ...

    def documents(self, ids: Sequence[str]) -> dict[str, IndexDoc]:
        """The indexed documents of these claims."""
        ...

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many documents hold each term (absent terms are left out)."""
        ...

    def vocabulary(self) -> list[str]:
        """Every indexed term."""
        ...

    def count(self) -> int:
        """How many documents the index holds."""
        ...

    def write(self, docs: Iterable[IndexDoc], remove: Iterable[str] = ()) -> None:
        """Drop the documents of ``remove`` and of every doc's claim, then add ``docs``."""
        ...

    def clear(self) -> None:
        """Drop every document."""
        ...

    def terms_with_prefix(self, prefix: str) -> list[str]:
        """The indexed terms that begin with ``prefix`` (typo correction reads one
        first letter's terms, never the whole vocabulary)."""
        ...

    def sync(self) -> None:
        """Catch up with changes other processes made (an index kept outside SQLite)."""
        ...


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression: every term quoted (terms are [a-z0-9.] only, and any
    double quote is doubled anyway), joined with OR. Nothing from the user reaches
    FTS5 syntax."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


class FTS5Retriever:
    """SQLite FTS5 over the store's connection (the table is made by the store's
    first migration: ``claim_fts`` and its ``fts5vocab`` companion)."""

    TABLE = "claim_fts"
    VOCAB = "claim_fts_vocab"

    def __init__(self, db: sqlite_utils.Database, lock: threading.RLock, path: str | None = None) -> None:
        self._db = db
        self._lock = lock

    def search(self, terms: Sequence[str], limit: int, weights: Mapping[str, float]) -> list[tuple[str, float]]:
        if not terms:
            return []
        # bm25() takes one weight per column, claim_id (unindexed) first.
        args = ", ".join(str(float(weights.get(f, 1.0))) for f in ("claim_id", *FIELDS))
        with self._lock:
            rows = self._db.execute(
                f"SELECT claim_id, bm25({self.TABLE}, {args}) AS s FROM {self.TABLE} "
                f"WHERE {self.TABLE} MATCH ? ORDER BY s LIMIT ?",
                [fts_query(terms), int(limit)],
            ).fetchall()
        return [(cid, -score) for cid, score in rows]

    def documents(self, ids: Sequence[str]) -> dict[str, IndexDoc]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        out: dict[str, IndexDoc] = {}
        cols = ", ".join(STORED)
        with self._lock:
            # A claim's document has the claim's rowid (``write``): found by key, not by a
            # scan of the index (claim_id is not an indexed column).
            for part in _parts(ids):
                marks = ",".join("?" * len(part))
                rows = self._db.execute(
                    f"SELECT f.claim_id, {', '.join('f.' + c for c in STORED)} FROM claims c "
                    f"JOIN {self.TABLE} f ON f.rowid = c.rowid WHERE c.id IN ({marks})",
                    part,
                ).fetchall()
                out.update((row[0], IndexDoc(*row)) for row in rows)
            missing = [cid for cid in ids if cid not in out]
            if missing:  # a document with no claim (a damaged index): found the slow way
                for part in _parts(missing):
                    marks = ",".join("?" * len(part))
                    rows = self._db.execute(
                        f"SELECT claim_id, {cols} FROM {self.TABLE} WHERE claim_id IN ({marks})", part
                    ).fetchall()
                    out.update((row[0], IndexDoc(*row)) for row in rows)
        return out

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(set(terms))
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        with self._lock:
            return dict(
                self._db.execute(f"SELECT term, doc FROM {self.VOCAB} WHERE term IN ({marks})", terms).fetchall()
            )

    def vocabulary(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute(f"SELECT term FROM {self.VOCAB}")]

    def count(self) -> int:
        with self._lock:
            return self._db.execute(f"SELECT count(*) FROM {self.TABLE}").fetchone()[0]

    def terms_with_prefix(self, prefix: str) -> list[str]:
        with self._lock:
            if not prefix:
                return [r[0] for r in self._db.execute(f"SELECT term FROM {self.VOCAB}")]
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            return [
                r[0]
                for r in self._db.execute(
                    f"SELECT term FROM {self.VOCAB} WHERE term >= ? AND term < ?", [prefix, upper]
                )
            ]

    def write(self, docs: Iterable[IndexDoc], remove: Iterable[str] = ()) -> None:
        docs = list(docs)
        gone = list(dict.fromkeys([*remove, *(d.claim_id for d in docs)]))
        with self._lock:
            conn = self._db.conn
            for part in _parts(gone):
                marks = ",".join("?" * len(part))
                # By rowid: a claim's document has its claim's rowid (an index written before
                # that, INDEX_VERSION 2, is written anew on open).
                conn.execute(
                    f"DELETE FROM {self.TABLE} WHERE rowid IN (SELECT rowid FROM claims WHERE id IN ({marks}))", part
                )
                known = {r[0] for r in conn.execute(f"SELECT id FROM claims WHERE id IN ({marks})", part)}
                ghosts = [cid for cid in part if cid not in known]
                if ghosts:  # a document with no claim has no claim rowid: the slow way
                    conn.execute(f"DELETE FROM {self.TABLE} WHERE claim_id IN ({','.join('?' * len(ghosts))})", ghosts)
            marks = ", ".join("?" * (1 + len(STORED)))
            conn.executemany(
                f"INSERT INTO {self.TABLE} (rowid, claim_id, {', '.join(STORED)}) "
                f"VALUES ((SELECT rowid FROM claims WHERE id = ?), {marks})",
                [(d.claim_id, d.claim_id, *(d.field(f) for f in STORED)) for d in docs],
            )
            # What changed, for an index kept outside SQLite (``sync``): same transaction.
            conn.executemany(f"INSERT INTO {CHANGES} (claim_id) VALUES (?)", [(cid,) for cid in gone])

    def clear(self) -> None:
        with self._lock:
            self._db.execute(f"DELETE FROM {self.TABLE}")
            self._db.execute(f"INSERT INTO {CHANGES} (claim_id) VALUES (?)", [EVERYTHING])

    def sync(self) -> None:
        """Nothing to do: FTS5 is written in the same transaction as the claims."""


CHUNK = 500  # ids per DELETE … IN (…) statement
CHANGES = "index_changes"  # claim ids whose document changed, in order (``sync``)
EVERYTHING = "*"  # in CHANGES: the whole index was written anew


def _parts(items: list[str], size: int = CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Retrievers by name: "module:Class", imported only when chosen.
RETRIEVERS = {"fts5": "bot.retrieve:FTS5Retriever", "tantivy": "bot.retrieve_tantivy:TantivyRetriever"}


def retriever_class(name: str) -> type:
    """The retriever class registered as ``name`` (imported lazily)."""
    try:
        target = RETRIEVERS[name]
    except KeyError:
        raise ValueError(f"unknown retriever {name!r}; known: {', '.join(sorted(RETRIEVERS))}") from None
    module, _, attr = target.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)
    except ImportError as exc:
        raise ValueError(f"the {name} retriever needs an optional package: {exc.name}") from None


__all__ = ["IndexDoc", "Retriever", "FTS5Retriever", "fts_query", "retriever_class", "RETRIEVERS", "FIELDS", "UNIT_SEP"]

"""Candidate retrieval with tantivy: the same documents, searched by a real search engine.

SQLite stays the store of record. The documents (``IndexDoc``) live in the FTS5 table,
written in the same transaction as the claims, and every change is appended to the
``index_changes`` log. The tantivy index beside the database (``<db>.tantivy/``) is a
derived copy: ``sync`` applies the log (or rebuilds the copy from the documents when
it is missing, damaged, behind a pruned log or ahead of a restored database) and
records the last change applied in ``synced.json`` after tantivy's own commit. A
crash in between applies the same changes again, which is harmless.

Searching reads a bounded number of postings (tantivy's top-k with block-max WAND)
instead of ranking every row that holds any term, and document frequencies and
per-letter term lists come from tantivy's term dictionary. One field holds every
term, each field's text repeated by its weight (``FIELD_REPEATS``): a term's
document frequency there is the number of claims that hold it anywhere, as FTS5
counts it. Documents are read from SQLite by key, and kept (with the claim ids of
the rowids found) while the copy holds every change the log has: every change to a
document is in the log, whose head ``sync`` reads before each search, and a new
head empties them.

Several processes may share one database: a process that finds the log ahead of the
copy applies it, unless another holds tantivy's writer lock, in which case it
searches the copy as it is and tries again on its next search.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import sqlite_utils
import tantivy

from .retrieve import CHANGES, EVERYTHING, STORED, FTS5Retriever, IndexDoc

log = logging.getLogger(__name__)

# Each field's text is repeated this many times in the one indexed field: BM25 term
# frequencies weighted as ``Tuning.field_weights`` weights the FTS5 columns.
FIELD_REPEATS = (("statement", 3), ("phrasings", 2), ("evidence", 1), ("entities", 2))
SCHEMA_VERSION = 1  # bump when the schema or FIELD_REPEATS change: the copy is rebuilt
WRITER_HEAP = 64_000_000  # bytes for tantivy's writer
BATCH = 5_000  # documents read from SQLite per batch while rebuilding
PRUNE_AFTER = 10_000  # log rows kept before the applied ones are deleted
REBUILD_AFTER = 50_000  # changes after which the copy is built anew rather than patched
DF_CACHE = 200_000  # document frequencies kept per generation of the copy
DOC_CACHE = 20_000  # documents, and claim ids by rowid, kept per generation of the copy


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("rid", indexed=True, fast=True)  # the claim's rowid in SQLite
    builder.add_text_field("all", tokenizer_name="whitespace", index_option="freq")
    return builder.build()


def _document(rid: int, doc: IndexDoc) -> tantivy.Document:
    out = tantivy.Document()
    out.add_unsigned("rid", rid)
    out.add_text("all", _text(doc))
    return out


def _text(doc: IndexDoc) -> str:
    parts = []
    for name, times in FIELD_REPEATS:
        value = doc.field(name).replace(" | ", " ")
        if value.strip():
            parts.extend([value] * times)
    return " ".join(parts)


class TantivyRetriever(FTS5Retriever):
    """Searches with tantivy; stores, writes and reads documents with FTS5 (SQLite)."""

    def __init__(self, db: sqlite_utils.Database, lock: threading.RLock, path: str | None = None) -> None:
        super().__init__(db, lock)
        self._schema = _schema()
        self._dir = None if path in (None, "", ":memory:") else Path(f"{path}.tantivy")
        self._index = self._open_index()
        self._synced = self._read_synced()
        self._searcher = self._index.searcher()
        self._df: dict[str, int] = {}
        self._head_seen = -1  # the change log's head when ``sync`` last read it
        self._docs = _Kept(DOC_CACHE)  # claim id → its document
        self._ids = _Kept(DOC_CACHE)  # a claim's rowid → its id
        self._tlock = threading.RLock()

    # -- the copy on disk

    def _open_index(self) -> tantivy.Index:
        if self._dir is None:
            return tantivy.Index(self._schema)
        if self._dir.exists() and not self._dir.is_dir():
            raise OSError(
                f"{self._dir} is a file, where claimbot keeps its search index: move it away "
                "(or set CLAIMBOT_RETRIEVER=fts5)"
            )
        meta = self._dir / "synced.json"
        try:
            version = json.loads(meta.read_text())["schema"] if meta.exists() else SCHEMA_VERSION
            if version == SCHEMA_VERSION:
                self._dir.mkdir(parents=True, exist_ok=True)
                return tantivy.Index(self._schema, path=str(self._dir), reuse=True)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("the search index at %s is unreadable (%s): rebuilding it", self._dir, exc)
        shutil.rmtree(self._dir, ignore_errors=True)
        self._dir.mkdir(parents=True, exist_ok=True)
        return tantivy.Index(self._schema, path=str(self._dir), reuse=False)

    def _read_synced(self) -> int:
        """The last change the copy holds (-1: unknown, rebuild)."""
        if self._dir is None:
            return -1
        try:
            return int(json.loads((self._dir / "synced.json").read_text())["seq"])
        except (OSError, ValueError, KeyError, TypeError):
            return -1

    def _write_synced(self, seq: int) -> None:
        if self._dir is None:
            return
        tmp = self._dir / "synced.json.tmp"
        tmp.write_text(json.dumps({"seq": seq, "schema": SCHEMA_VERSION}))
        tmp.replace(self._dir / "synced.json")

    def _head(self) -> int:
        with self._lock:
            return int(self._db.execute(f"SELECT max(seq) FROM {CHANGES}").fetchone()[0] or 0)

    def sync(self) -> None:
        """Apply the changes the copy does not hold yet; nothing when it is current."""
        with self._tlock:
            head = self._head_seen = self._head()
            if head == self._synced:
                return
            on_disk = self._read_synced()
            if on_disk == head and on_disk != self._synced:  # another process applied them
                self._reload(head)
                return
            try:
                writer = self._index.writer(WRITER_HEAP, 1)
            except ValueError as exc:  # another process holds the writer: search as it is
                log.info("search index busy (%s); searching it as it is", exc)
                return
            try:
                self._apply(writer, head)
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                writer.rollback()
                raise
            self._write_synced(head)
            self._reload(head)
            self._prune(head)

    def _apply(self, writer: tantivy.IndexWriter, head: int) -> None:
        since = self._synced if self._synced >= 0 else self._read_synced()
        with self._lock:
            first = self._db.execute(f"SELECT min(seq) FROM {CHANGES}").fetchone()[0]
            full = since < 0 or since > head or (first is not None and first > since + 1)
            if not full:
                everything, pending = self._db.execute(
                    f"SELECT count(*) FILTER (WHERE claim_id = ?), count(*) FROM {CHANGES} WHERE seq > ? AND seq <= ?",
                    [EVERYTHING, since, head],
                ).fetchone()
                # A large import: building the copy anew, a batch at a time, is faster and
                # holds less than deleting and adding its claims one by one.
                full = everything > 0 or pending > REBUILD_AFTER
        if full:
            writer.delete_all_documents()
            self._add_all(writer)
            return
        with self._lock:
            changed = [
                r[0]
                for r in self._db.execute(
                    f"SELECT DISTINCT claim_id FROM {CHANGES} WHERE seq > ? AND seq <= ?", [since, head]
                )
            ]
        for start in range(0, len(changed), 500):
            part = changed[start : start + 500]
            marks = ",".join("?" * len(part))
            with self._lock:
                rids = dict(self._db.execute(f"SELECT id, rowid FROM claims WHERE id IN ({marks})", part).fetchall())
            if not rids:
                continue
            # (a delete by term does not match an unsigned field in tantivy-py; by query does)
            writer.delete_documents_by_query(tantivy.Query.term_set_query(self._schema, "rid", list(rids.values())))
            for cid, doc in super().documents(list(rids)).items():
                writer.add_document(_document(rids[cid], doc))

    def _add_all(self, writer: tantivy.IndexWriter) -> None:
        last = -1
        cols = ", ".join(f"f.{name}" for name, _ in FIELD_REPEATS)
        while True:
            with self._lock:  # in batches: asks on this connection go between them
                rows = self._db.execute(
                    f"SELECT c.rowid, f.claim_id, {cols} FROM {self.TABLE} f JOIN claims c ON c.rowid = f.rowid "
                    "WHERE f.rowid > ? ORDER BY f.rowid LIMIT ?",
                    [last, BATCH],
                ).fetchall()
            if not rows:
                return
            for rid, cid, *fields in rows:
                doc = IndexDoc(cid, *fields)
                writer.add_document(_document(rid, doc))
            last = rows[-1][0]

    def _reload(self, head: int) -> None:
        self._index.reload()
        self._searcher = self._index.searcher()
        self._df = {}  # document frequencies of this generation of the copy
        self._docs.clear()
        self._ids.clear()
        self._synced = head

    def _current(self) -> bool:
        """Does the copy hold every change the change log had at the last ``sync``? (Not
        when another process holds the writer: then documents are read anew each time.)"""
        return self._synced == self._head_seen

    def _prune(self, head: int) -> None:
        """Forget applied changes once there are many (the newest stays: it is the head)."""
        with self._lock:
            first = self._db.execute(f"SELECT min(seq) FROM {CHANGES}").fetchone()[0]
            if first is None or head - first < PRUNE_AFTER:
                return
            conn = self._db.conn
            if conn.in_transaction:
                return
            try:
                conn.execute(f"DELETE FROM {CHANGES} WHERE seq < ?", [head])
            except Exception as exc:  # busy: another writer; pruning can wait
                log.info("could not prune %s: %s", CHANGES, exc)

    # -- what the matcher reads

    def search(self, terms: Sequence[str], limit: int, weights: Mapping[str, float]) -> list[tuple[str, float]]:
        if not terms:
            return []
        self.sync()
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self._schema, "all", t)) for t in dict.fromkeys(terms)]
        )
        searcher = self._searcher
        hits = searcher.search(query, int(limit), count=False).hits
        if not hits:
            return []
        rids = searcher.fast_field_values("rid", [addr for _, addr in hits])
        ids = self._ids.read(rids, self._claims_with_documents) if self._current() else self._claim_ids(rids)
        return [(ids[rid], float(score)) for (score, _), rid in zip(hits, rids, strict=True) if rid in ids]

    def _claim_ids(self, rids: list[int]) -> dict[int, str]:
        """The ids of the claims with these rowids (a rowid no claim has is left out)."""
        with self._lock:
            marks = ",".join("?" * len(rids))
            return dict(self._db.execute(f"SELECT rowid, id FROM claims WHERE rowid IN ({marks})", rids).fetchall())

    def _claims_with_documents(self, rids: list[int]) -> dict[int, str]:
        """``_claim_ids``, with the claims' documents read in the same query (by the claim's
        rowid, as ``documents`` reads them) and kept: the matcher asks for them next."""
        cols = ", ".join(f"f.{name}" for name in ("claim_id", *STORED))
        kept = self._docs.items  # (kept there: a ``sync`` meanwhile leaves them out)
        with self._lock:
            marks = ",".join("?" * len(rids))
            rows = self._db.execute(
                f"SELECT c.rowid, c.id, {cols} FROM claims c LEFT JOIN {self.TABLE} f ON f.rowid = c.rowid "
                f"WHERE c.rowid IN ({marks})",
                rids,
            ).fetchall()
        self._docs.keep({row[2]: IndexDoc(*row[2:]) for row in rows if row[2] is not None}, kept)
        return {row[0]: row[1] for row in rows}

    def documents(self, ids: Sequence[str]) -> dict[str, IndexDoc]:
        """Read from SQLite by key (``FTS5Retriever.documents``), and kept while the copy
        is current."""
        if not self._current():
            return super().documents(ids)
        return self._docs.read(ids, super().documents)

    # Statistics read the copy as the last ``sync`` left it (``search`` and the matcher
    # sync first), so one ask checks the change log once or twice, not per call.

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        searcher, cache = self._searcher, self._df
        if len(cache) > DF_CACHE:
            cache.clear()
        out = {}
        for t in set(terms):
            n = cache.get(t)
            if n is None:
                n = cache[t] = searcher.doc_freq("all", t)
            if n:
                out[t] = n
        return out

    def terms_with_prefix(self, prefix: str) -> list[str]:
        return [t for t, _ in self._searcher.terms_with_prefix("all", prefix)]

    def vocabulary(self) -> list[str]:
        self.sync()
        return self.terms_with_prefix("")

    def count(self) -> int:
        self.sync()  # read once per generation of the base
        return self._searcher.num_docs


class _Kept:
    """Values read by key and kept, up to ``limit`` of them (then all are dropped and
    kept anew), until ``clear``. A value read before a ``clear`` goes where it was read
    for (the values ``clear`` dropped), never among those read after it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: dict = {}

    def read(self, keys: Sequence, read: Callable[[list], dict]) -> dict:
        """The values of ``keys`` (those ``read`` finds), kept ones first, the others read."""
        items = self.items
        out = {key: value for key in keys if (value := items.get(key)) is not None}
        missing = [key for key in keys if key not in out]
        if missing:
            found = read(missing)
            self.keep(found, items)
            out.update(found)
        return out

    def keep(self, found: dict, items: dict) -> None:
        """Keep ``found`` in ``items``: what ``self.items`` was when they were read."""
        if len(items) + len(found) > self.limit:
            items.clear()
        items.update(found)

    def clear(self) -> None:
        self.items = {}


def inspect(folder: Path) -> tuple[int, int]:
    """A copy on disk as it is, for ``db check``: (the last change it applied, -1 if
    unknown; how many documents it holds). Opens it for reading only."""
    try:
        synced = int(json.loads((folder / "synced.json").read_text())["seq"])
    except (OSError, ValueError, KeyError, TypeError):
        synced = -1
    index = tantivy.Index.open(str(folder))
    return synced, index.searcher().num_docs


__all__ = ["TantivyRetriever", "FIELD_REPEATS", "inspect"]

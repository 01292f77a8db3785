"""The tantivy index is a copy of SQLite's documents that never goes wrong: it catches up
with changes made by any process, rebuilds itself when it is missing, damaged or ahead of
a restored database, and typo correction reads one letter's terms, never the vocabulary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tantivy

from bot import retrieve_tantivy
from bot.retrieve import FTS5Retriever
from bot.retrieve_tantivy import TantivyRetriever
from bot.service import ClaimService
from tests.conftest import make_settings

CLAIM = "turkey-return-s400-to-russia"
QUESTION = "will turkey return the s400 to russia"
NEW = "Greece will send its S-300 batteries to Armenia next spring."


def _open(db: Path, retriever: str = "tantivy") -> ClaimService:
    return ClaimService.open(make_settings(retriever=retriever), db=db)


def _add(svc: ClaimService) -> str:
    claim = svc.add_claim(
        statement=NEW,
        status="unverified",
        claimant=["A test outlet"],
        quote=NEW,
        source_title="A test document",
        actor="test",
    )
    return claim.id


def _answer(svc: ClaimService, question: str) -> str | None:
    answer = svc.ask(question, log=False).answer
    return answer.claim.id if answer.outcome == "match" and answer.claim else None


def test_the_default_retriever_is_tantivy_with_its_copy_beside_the_database(tmp_path):
    svc = _open(tmp_path / "c.db")
    try:
        assert isinstance(svc.store.retriever, TantivyRetriever)
        assert (tmp_path / "c.db.tantivy" / "synced.json").exists()
        assert svc.store.retriever.count() == svc.store.claim_count()
        assert _answer(svc, QUESTION) == CLAIM
    finally:
        svc.close()


def test_a_claim_added_by_another_process_is_found_on_the_next_ask(tmp_path):
    db = tmp_path / "c.db"
    bot, curator = _open(db), _open(db)
    try:
        assert _answer(bot, "will greece send s300 batteries to armenia") is None
        new = _add(curator)  # another process (here: another connection and index handle)
        assert _answer(bot, "will greece send s300 batteries to armenia") == new
        curator.retire(new, actor="test")
        assert _answer(bot, "will greece send s300 batteries to armenia") is None
    finally:
        bot.close()
        curator.close()


def test_an_edit_reindexes_the_claim_in_the_copy(tmp_path):
    svc = _open(tmp_path / "c.db")
    try:
        new = _add(svc)
        svc.add_phrasing(new, "Athens ships its old air defence to Yerevan", actor="test")
        assert _answer(svc, "is athens shipping its old air defence to yerevan") == new
        assert svc.store.retriever.count() == svc.store.claim_count()
    finally:
        svc.close()


def test_a_missing_or_damaged_copy_is_rebuilt_from_sqlite(tmp_path):
    db = tmp_path / "c.db"
    svc = _open(db)
    new = _add(svc)
    svc.close()
    shutil.rmtree(tmp_path / "c.db.tantivy")
    svc = _open(db)
    try:
        assert _answer(svc, "will greece send s300 batteries to armenia") == new
    finally:
        svc.close()
    (tmp_path / "c.db.tantivy" / "synced.json").write_text("{not json")
    svc = _open(db)
    try:
        assert svc.store.retriever.count() == svc.store.claim_count()
        assert _answer(svc, QUESTION) == CLAIM
    finally:
        svc.close()


def test_a_database_restored_from_an_older_backup_gets_a_rebuilt_copy(tmp_path):
    """The copy holds a claim the restored database never had: it must not be found."""
    db = tmp_path / "c.db"
    svc = _open(db)
    svc.backup(tmp_path / "before.db")
    new = _add(svc)
    svc.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "before.db", db)
    svc = _open(db)
    try:
        hits = svc.store.retriever.search(["greece", "armenia", "s300"], 10, {})
        assert new not in [cid for cid, _ in hits]
        assert svc.store.retriever.count() == svc.store.claim_count()
    finally:
        svc.close()


def test_the_change_log_is_pruned_once_applied_and_a_new_process_still_agrees(tmp_path, monkeypatch):
    monkeypatch.setattr(retrieve_tantivy, "PRUNE_AFTER", 3)
    db = tmp_path / "c.db"
    svc = _open(db)
    try:
        for i in range(5):
            svc.add_phrasing(CLAIM, f"will ankara hand back the s400 number {i}", actor="test")
        rows = svc.store.retriever._db.execute("SELECT count(*) FROM index_changes").fetchone()[0]
        assert rows <= 3
    finally:
        svc.close()
    again = _open(db)
    try:
        assert again.store.retriever.count() == again.store.claim_count()
        assert _answer(again, "will ankara hand back the s400 number 4") == CLAIM
    finally:
        again.close()


def test_fts5_and_tantivy_answer_the_same_on_the_bundled_base(tmp_path):
    fts, tan = _open(tmp_path / "a.db", "fts5"), _open(tmp_path / "b.db", "tantivy")
    try:
        assert type(fts.store.retriever) is FTS5Retriever
        for q in (QUESTION, "did bloomberg report turkey is considering returning the s400", "who won the match"):
            assert _answer(fts, q) == _answer(tan, q), q
    finally:
        fts.close()
        tan.close()


@pytest.mark.parametrize("retriever", ["fts5", "tantivy"])
def test_typos_are_corrected_from_terms_that_begin_alike_at_most_three_per_question(tmp_path, retriever, monkeypatch):
    svc = _open(tmp_path / "c.db", retriever)
    try:
        asked: list[str] = []
        real = type(svc.store.retriever).terms_with_prefix
        monkeypatch.setattr(
            type(svc.store.retriever),
            "terms_with_prefix",
            lambda self, prefix: asked.append(prefix) or real(self, prefix),
        )
        monkeypatch.setattr(
            type(svc.store.retriever), "vocabulary", lambda self: pytest.fail("the whole vocabulary was read")
        )
        result = svc.matcher.match("ambasador said resolvd in four to six monhts")
        assert result.corrections == {"ambasador": "ambassador", "resolvd": "resolve", "monht": "month"}
        # two letters at a time (a whole letter's terms are tens of thousands at 1M claims)
        assert set(asked) == {"am", "ab", "re", "rs", "mo", "mn"}
        many = svc.matcher.match("ambasador said resolvd in four to six monhts, the sytems")
        assert len(many.corrections) == 3 and "sytem" not in many.corrections
    finally:
        svc.close()


def test_many_changes_rebuild_the_copy_a_batch_at_a_time(tmp_path, monkeypatch):
    """After a large import the copy is built anew from SQLite, a batch at a time
    (patching a million claims one by one held them all in memory); same answers."""
    monkeypatch.setattr(retrieve_tantivy, "REBUILD_AFTER", 2)
    monkeypatch.setattr(retrieve_tantivy, "BATCH", 7)
    db = tmp_path / "c.db"
    bot, curator = _open(db), _open(db, "fts5")  # the curator's changes wait in the log
    try:
        rebuilt: list[int] = []
        real = TantivyRetriever._add_all

        def spy(self, writer):
            rebuilt.append(1)
            return real(self, writer)

        monkeypatch.setattr(TantivyRetriever, "_add_all", spy)
        new = _add(curator)
        for i in range(3):
            curator.add_phrasing(CLAIM, f"will ankara hand back the s400 number {i}", actor="test")
        assert _answer(bot, "will greece send s300 batteries to armenia") == new
        assert rebuilt == [1]
        assert bot.store.retriever.count() == bot.store.claim_count()
        assert _answer(bot, "will ankara hand back the s400 number 2") == CLAIM
    finally:
        bot.close()
        curator.close()


def test_a_file_where_the_copy_belongs_is_one_clear_error(tmp_path):
    from bot.store import StoreError

    db = tmp_path / "c.db"
    (tmp_path / "c.db.tantivy").write_text("not a folder")
    with pytest.raises(StoreError, match=r"c\.db\.tantivy is a file, where claimbot keeps its search index"):
        _open(db)
    assert (tmp_path / "c.db.tantivy").read_text() == "not a folder"  # nothing of the user's is touched


def _seen(svc: ClaimService, question: str) -> tuple:
    """All an answer says about its candidates: what a stale cache would change."""
    answer = svc.ask(question, log=False).answer
    return (
        answer.outcome,
        answer.claim.id if answer.claim else None,
        answer.confidence,
        answer.why,
        [(c.id, c.text, c.score, c.url) for c in answer.candidates],
    )


@pytest.mark.parametrize("retriever", ["fts5", "tantivy"])
def test_what_asks_keep_between_them_follows_every_change_to_the_base(tmp_path, retriever):
    """Documents, claim ids and term weights are kept from one ask to the next; after each
    change (a phrasing added, a claim added by another process, one retired) every answer
    is the one a fresh process gives."""
    db = tmp_path / "c.db"
    bot, curator = _open(db, retriever), _open(db, retriever)
    questions = (
        QUESTION,
        "will ankara hand back its new batteries to moscow",
        "will greece send s300 batteries to armenia",
        "will turkey send its s400 batteries back to russia next spring",
    )

    def agrees() -> None:
        fresh = _open(db, retriever)
        try:
            for q in questions:
                assert _seen(bot, q) == _seen(fresh, q), q
        finally:
            fresh.close()

    try:
        for q in questions:  # what the bot keeps, before any change
            _seen(bot, q)
        assert _answer(bot, "will ankara hand back its new batteries to moscow") != CLAIM
        bot.add_phrasing(CLAIM, "Ankara hands back its new batteries to Moscow", actor="test")
        assert _answer(bot, "will ankara hand back its new batteries to moscow") == CLAIM
        agrees()
        new = _add(curator)  # another process: new documents, and every shared term weighs less
        curator.add_claim(
            statement="Turkey will send its S-400 batteries back to Russia next spring.",
            status="unverified",
            claimant=["Another test outlet"],
            quote="Turkey will send its S-400 batteries back to Russia next spring.",
            source_title="Another test document",
            actor="test",
        )
        assert _answer(bot, "will greece send s300 batteries to armenia") == new
        agrees()
        bot.retire(new, actor="test")
        assert _answer(bot, "will greece send s300 batteries to armenia") is None
        agrees()
    finally:
        bot.close()
        curator.close()


def test_while_the_copy_cannot_catch_up_documents_are_read_anew(tmp_path):
    """Another process holds tantivy's writer: the copy is searched as it is, and the
    documents of what it finds are read from SQLite each time, never kept from before."""
    db = tmp_path / "c.db"
    bot, curator = _open(db), _open(db, "fts5")  # the curator's changes wait in the log
    try:
        retriever = bot.store.retriever
        _seen(bot, QUESTION)  # the claim's document is kept
        before = retriever.documents([CLAIM])[CLAIM]

        holder = tantivy.Index.open(f"{db}.tantivy").writer(15_000_000, 1)  # another process's writer
        curator.add_phrasing(CLAIM, "Ankara hands back its new batteries to Moscow", actor="test")
        _seen(bot, QUESTION)
        now = retriever.documents([CLAIM])[CLAIM]
        assert now != before
        assert now == FTS5Retriever.documents(retriever, [CLAIM])[CLAIM]
        holder.rollback()
    finally:
        bot.close()
        curator.close()

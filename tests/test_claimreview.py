"""ClaimReview / Fact Check Tools API import and ClaimReview export (bot.claimreview)."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

from bot import claimreview as cr
from bot import store as store_module
from bot.retrieve import IndexDoc
from bot.service import ClaimService, fewer_collections
from bot.settings import Settings
from tests.conftest import review_line

DATA = Path(__file__).resolve().parent / "data" / "claimreview"
NASA = "cr-d2c18d58b5f0"  # single.json


@pytest.fixture
def svc(tmp_path: Path):
    service = ClaimService.open(Settings(), db=tmp_path / "t.db")
    yield service
    service.close()


def _import(svc: ClaimService, name: str | Path) -> dict:
    return svc.import_reviews(cr.parse(DATA / name if isinstance(name, str) else name), actor="test")


def _snapshot(svc: ClaimService) -> tuple:
    return (
        [(c.content(), c.created_at, c.updated_at, c.updated_by) for c in svc.list_claims(include_retired=True)],
        svc.store.sources(),
        svc.store.revision_count(),
        svc.store.retriever.count(),
        svc.store.generation(),
    )


# --- the accepted shapes ---------------------------------------------------------------


def _review_sources(svc, claim_id):
    """The review (the claim's source) and where the claim was seen."""
    return svc.store.source(claim_id), svc.store.source(claim_id + cr.CLAIM_SOURCE_SUFFIX)


def test_single_object(svc):
    parsed = cr.parse(DATA / "single.json")
    assert parsed.shape == "ClaimReview JSON-LD object"
    counts = svc.import_reviews(parsed, actor="test")
    assert (counts["created"], counts["skipped"]) == (1, 0)
    claim = svc.get_claim(NASA)
    assert claim.statement.startswith("NASA has confirmed")
    assert claim.status == "false"
    assert claim.rating == "Pants on Fire"
    assert claim.claimant == ["Viral image"]
    assert claim.evidence == []
    assert claim.phrasings == ["No, NASA did not confirm six days of darkness in December"]
    assert claim.tags == ["PolitiFact"]
    assert claim.rationale.startswith("Rated “Pants on Fire” by PolitiFact on 2020-01-06.")
    review, seen = _review_sources(svc, NASA)
    assert claim.source == NASA and svc.store.source(claim.source).url == review.url
    assert review.url.startswith("https://www.politifact.com/factchecks/2020/jan/06/")
    assert review.title == "No, NASA did not confirm six days of darkness in December"
    assert (review.outlet, review.date, review.language) == ("PolitiFact", "2020-01-06", "en")
    assert (seen.date, seen.url) == ("2020-01-02", "https://www.facebook.com/example/posts/1")
    assert svc.history(NASA)[0]["action"] == "import"


def test_list_with_unknown_numeric_and_missing_claims(svc):
    parsed = cr.parse(DATA / "list.json")
    assert parsed.shape == "ClaimReview JSON-LD list"
    counts = svc.import_reviews(parsed, actor="test")
    assert (counts["created"], counts["skipped"]) == (3, 2)
    assert counts["reasons"] == [
        "item 3: numeric rating 2 without bestRating (the scale is unknown)",
        "item 4: no claim text (claimReviewed / text)",
    ]
    assert counts["unknown_ratings"] == {"Sort of, but only once": 1}
    by_text = {c.statement: c for c in svc.list_claims()}
    eiffel = by_text["The Eiffel Tower was sold for scrap metal twice by the same con man."]
    assert (eiffel.status, eiffel.rating) == ("unverified", "Sort of, but only once")
    assert "does not know this rating" in eiffel.rationale
    wall = by_text["The Great Wall of China is visible from space with the naked eye."]
    assert (wall.status, wall.rating) == ("mostly-false", "2 on a scale of 1 to 5")
    assert by_text["Drinking hot lemon water kills cancer cells."].claimant == ["Chain email"]
    assert "Goldfish have a three-second memory." not in by_text


def test_graph(svc):
    parsed = cr.parse(DATA / "graph.json")
    assert parsed.shape == "ClaimReview JSON-LD @graph"
    assert _import(svc, "graph.json")["created"] == 2  # the WebPage and Organization nodes are ignored
    bananas = next(c for c in svc.list_claims() if c.statement.startswith("Eating bananas"))
    assert bananas.claimant == ["Jane Poster", "John Sharer"]
    assert bananas.status == "mostly-false"


def test_json_lines_with_a_bad_line(svc):
    parsed = cr.parse(DATA / "reviews.jsonl")
    assert parsed.shape == "ClaimReview JSON Lines"
    counts = svc.import_reviews(parsed, actor="test")
    assert counts["created"] == 2
    assert counts["skipped"] == 2
    assert counts["reasons"][0].startswith("line 2: not JSON")
    assert counts["reasons"][1].startswith("line 5: the same review as line 1")
    bulls = next(c for c in svc.list_claims() if c.statement.startswith("Bulls"))
    assert bulls.status == "misleading"


def test_fact_check_api_response(svc):
    parsed = cr.parse(DATA / "api.json")
    assert parsed.shape == "Fact Check Tools API response"
    counts = svc.import_reviews(parsed, actor="test")
    assert counts["created"] == 3  # one claim reviewed twice → two claims
    assert counts["reasons"] == ["claims[2].claimReview[0]: no claim text (claimReviewed / text)"]
    assert counts["unknown_ratings"] == {"Dangerous nonsense": 1}
    five_g = [c for c in svc.list_claims() if c.statement.startswith("5G")]
    assert sorted((c.status, c.rating, c.tags[0]) for c in five_g) == [
        ("false", "False", "Reuters"),
        ("false", "Incorrect", "Full Fact"),
    ]
    assert all(c.claimant == ["Social media posts"] for c in five_g)
    full_fact = next(c for c in five_g if c.tags == ["Full Fact"])
    review, seen = _review_sources(svc, full_fact.id)
    assert review.url == "https://fullfact.org/online/5g-and-coronavirus/"
    assert review.title == "5G is not causing coronavirus"
    assert (review.date, seen.date, review.language) == ("2020-04-01T00:00:00Z", "2020-03-30T00:00:00Z", "en")
    bleach = next(c for c in svc.list_claims() if c.statement.startswith("Drinking bleach"))
    assert (bleach.status, bleach.claimant) == ("unverified", ["unknown"])


def test_fact_check_api_json_lines(svc):
    parsed = cr.parse(DATA / "api.jsonl")
    assert parsed.shape == "Fact Check Tools API JSON Lines"
    assert _import(svc, "api.jsonl")["created"] == 2
    moon = next(c for c in svc.list_claims() if c.statement.startswith("The moon landing"))
    assert (moon.status, moon.rating) == ("false", "Pants on Fire!")


# --- refusals, all or nothing, idempotence -------------------------------------------------


@pytest.mark.parametrize("name", ["not-claimreview.json", "not-json.csv"])
def test_invalid_file_is_an_error_and_changes_nothing(svc, name):
    before = _snapshot(svc)
    with pytest.raises(cr.ClaimReviewError) as exc:
        _import(svc, name)
    assert name in str(exc.value)
    assert "ClaimReview" in str(exc.value)
    assert _snapshot(svc) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(cr.ClaimReviewError, match="no such file"):
        cr.parse(tmp_path / "nope.json")
    with pytest.raises(cr.ClaimReviewError, match="folder"):
        cr.parse(tmp_path)
    empty = tmp_path / "empty.json"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(cr.ClaimReviewError, match="empty"):
        cr.parse(empty)
    for text in ("[1, 2]", "42"):
        empty.write_text(text, encoding="utf-8")
        with pytest.raises(cr.ClaimReviewError, match="not ClaimReview"):
            cr.parse(empty)


def test_empty_list_and_empty_api_response_import_nothing(tmp_path):
    for text in ("[]", '{"claims": []}'):
        path = tmp_path / "empty.json"
        path.write_text(text, encoding="utf-8")
        parsed = cr.parse(path)
        assert parsed.records == [] and parsed.skipped == []


def test_a_failure_while_writing_rolls_back_the_whole_file(svc, monkeypatch):
    before = _snapshot(svc)
    parsed = cr.parse(DATA / "list.json")
    calls = []

    real = store_module.FTS5Retriever.write

    def broken(self, docs, remove=()):  # the index fails on the second chunk
        calls.append(list(docs))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(self, calls[-1], remove)

    monkeypatch.setattr(store_module.FTS5Retriever, "write", broken)
    monkeypatch.setattr(store_module, "WRITE_CHUNK", 1)
    with pytest.raises(RuntimeError):
        svc.import_reviews(parsed, actor="test")
    assert _snapshot(svc) == before


def test_big_files_must_be_json_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 100)
    with pytest.raises(cr.ClaimReviewError, match="must be JSON Lines"):
        cr.parse(DATA / "list.json")
    parsed = cr.parse(DATA / "reviews.jsonl")  # read line by line
    assert len(parsed.records) == 2 and parsed.skipped[0][0] == "line 2"


def test_importing_twice_changes_nothing(svc):
    first = _import(svc, "api.json")
    assert first["created"] == 3
    before = _snapshot(svc)
    again = _import(svc, "api.json")
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 3)
    assert _snapshot(svc) == before


def test_reimport_keeps_what_moderators_added(svc):
    _import(svc, "single.json")
    phrasings = ["No, NASA did not confirm six days of darkness in December", "nasa dark"]
    svc.set_status(NASA, "false", note="checked", actor="mod")
    svc.edit_claim(NASA, phrasings=phrasings, actor="mod")
    counts = _import(svc, "single.json")
    assert counts["unchanged"] == 1
    claim = svc.get_claim(NASA)
    assert claim.status_note == "checked" and "nasa dark" in claim.phrasings


def test_chunked_writes_store_what_one_statement_writes(tmp_path, monkeypatch):
    """The bulk path writes the same claims, index and history whatever its chunk size."""
    stores = []
    for chunk in (store_module.WRITE_CHUNK, 1):
        monkeypatch.setattr(store_module, "CHUNK", min(chunk, store_module.CHUNK))
        monkeypatch.setattr(store_module, "WRITE_CHUNK", chunk)
        service = ClaimService.open(Settings(), db=tmp_path / f"{chunk}.db")
        for name in ("list.json", "api.json"):
            service.import_reviews(cr.parse(DATA / name), actor="test")
        stores.append(
            (
                [c.content() for c in service.list_claims(include_retired=True)],
                service.store.retriever.documents(service.store.claim_ids()),
                [
                    (r["action"], r["before"], r["after"])
                    for cid in service.store.claim_ids()
                    for r in service.history(cid)
                ],
                service.store.sources(),
            )
        )
        service.close()
    assert stores[0] == stores[1]


def test_progress_is_reported(svc):
    seen = []
    svc.import_reviews(cr.parse(DATA / "api.json"), actor="test", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)


# --- matching and export ---------------------------------------------------------------------


def test_imported_review_is_matched_by_its_title_words(svc):
    _import(svc, "single.json")
    answer = svc.ask("nasa six days of darkness", log=False).answer
    assert answer.outcome == "match"
    assert answer.claim.id == NASA
    assert answer.claim.rating == "Pants on Fire"


def test_export_is_claimreview_json_ld(svc, tmp_path):
    _import(svc, "single.json")
    _import(svc, "list.json")
    out = tmp_path / "export.json"
    count, left_out = svc.export_claimreview(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    opinions = [c.id for c in svc.list_claims() if c.status == "opinion"]
    assert opinions and left_out == opinions  # analysis is not rated
    assert count == len(data) == len(svc.list_claims()) - len(opinions)
    for item in data:
        assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
        assert item["claimReviewed"] and item["itemReviewed"]["@type"] == "Claim"
        rating = item["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
        if "ratingValue" in rating:
            assert (rating["bestRating"], rating["worstRating"]) == (7, 1)
    nasa = next(i for i in data if i["@id"].endswith(NASA))
    assert nasa["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 7,
        "worstRating": 1,
        "alternateName": "Pants on Fire",
        "author": {"@type": "Organization", "name": "PolitiFact"},
    }
    assert nasa["url"].startswith("https://www.politifact.com/")
    assert nasa["datePublished"] == "2020-01-06"
    assert nasa["itemReviewed"]["datePublished"] == "2020-01-02"
    assert nasa["itemReviewed"]["author"] == {"@type": "Person", "name": "Viral image"}
    unverified = [i for i in data if i["reviewRating"]["alternateName"] == "Unproven"]
    assert unverified
    assert all(set(i["reviewRating"]) == {"@type", "alternateName", "author"} for i in unverified)
    seeded = next(i for i in data if i["@id"].endswith("turkey-return-s400-to-russia"))
    assert "datePublished" not in seeded and "url" not in seeded  # never invented
    assert seeded["author"]["name"] == "claimbot moderators"


def test_export_then_import_round_trips(svc, tmp_path):
    for name in ("single.json", "list.json", "api.json", "graph.json"):
        _import(svc, name)
    out = tmp_path / "export.json"
    svc.export_claimreview(out)
    before = _snapshot(svc)
    again = _import(svc, out)
    assert (again["created"], again["updated"], again["skipped"]) == (0, 0, 0)
    assert _snapshot(svc) == before

    fresh = ClaimService.open(Settings(), db=tmp_path / "fresh.db", seed=False)
    try:
        counts = _import(fresh, out)
        rated = [c for c in svc.list_claims() if c.status != "opinion"]  # opinion is not exported
        assert counts["created"] == len(rated)

        def key(c):
            return c.statement, c.status, c.claimant, c.rationale

        assert {c.id: key(c) for c in fresh.list_claims()} == {c.id: key(c) for c in rated}
        assert fresh.get_claim(NASA).rating == "Pants on Fire"
        assert fresh.ask("nasa six days of darkness", log=False).answer.claim.id == NASA
    finally:
        fresh.close()


def test_numeric_scales():
    assert cr.status_from_scale(1, 5) == "false"
    assert cr.status_from_scale(2, 5) == "mostly-false"
    assert cr.status_from_scale(3, 5) == "mixed"
    assert cr.status_from_scale(4, 5) == "mostly-true"
    assert cr.status_from_scale(5, 5) == "true"
    assert cr.status_from_scale(3, 7) == "misleading"  # claimbot's own 1-7 scale
    assert cr.status_from_scale(0, 10, 0) == "false"


def test_sniffing_claimreview_files(tmp_path):
    assert cr.is_claimreview_file(DATA / "single.json")
    assert cr.is_claimreview_file(DATA / "api.json")
    assert cr.is_claimreview_file(DATA / "reviews.jsonl")
    assert not cr.is_claimreview_file(
        Path(__file__).resolve().parent.parent / "knowledge" / "webangah-turkey-s400-stance.json"
    )


@pytest.mark.parametrize(
    ("rating", "status"),
    [
        ("One Pinocchio", "mostly-true"),
        ("Two Pinocchios", "mixed"),
        ("Three Pinocchios", "mostly-false"),
        ("Four Pinocchios", "false"),
        ("Geppetto Checkmark", "true"),
    ],
)
def test_the_washington_posts_ratings_are_read(rating, status):
    assert cr.status_from_rating(rating) == (status, True)


@pytest.mark.parametrize("rating", ["Correct Attribution", "Misattributed", "Incorrect Attribution", "Satire"])
def test_ratings_about_attribution_or_satire_are_not_verdicts_on_truth(svc, tmp_path, rating):
    """A correctly attributed quote may be false and a misattributed one true: such a
    rating imports as unverified, kept and shown, never as true or false."""
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checks.example.org/quote",
        "claimReviewed": "A famous scientist said the moon is hollow.",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Viral post"}},
        "author": {"@type": "Organization", "name": "Example Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": rating, "ratingValue": 1, "bestRating": 5},
    }
    path = tmp_path / "review.json"
    path.write_text(json.dumps(review), encoding="utf-8")
    counts = _import(svc, path)
    assert counts["created"] == 1 and counts["unknown_ratings"] == {}
    (claim,) = [c for c in svc.list_claims() if c.statement.startswith("A famous scientist")]
    assert (claim.status, claim.rating) == ("unverified", rating)
    assert "not whether it is true" in claim.rationale
    answer = svc.ask("did a famous scientist say the moon is hollow", log=False).answer
    assert answer.claim is not None and answer.claim.rating == rating


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Rear Admiral Zeki Akturk, Turkish Armed Forces", "Person"),
        ("Tom Barrack, US Ambassador to Turkey", "Person"),
        ("Webangah News Agency, International Desk", "Organization"),
        ("Turkish Armed Forces", "Organization"),
        ("US media", "Organization"),
        ("Minister Hulusi Akar", "Person"),
    ],
)
def test_a_persons_name_with_an_affiliation_is_exported_as_a_person(name, kind):
    assert cr.author_type(name) == kind


# --- a large JSON Lines file, a batch at a time ------------------------------------------


def _lines_file(path: Path, n: int) -> Path:
    rows = [review_line(i, f"Synthetic batch claim {i} about harbour {i % 13}.", folder="batch/") for i in range(n)]
    rows.insert(1500, rows[10])  # the same review again, in a later batch
    rows.insert(700, "{not json")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_large_json_lines_file_is_read_checked_and_written_a_batch_at_a_time(tmp_path, monkeypatch):
    """Reading a million reviews whole took 5.6 GB (issue 13): a large JSON Lines file is
    imported a batch at a time, with the same result as reading it whole."""
    big = _lines_file(tmp_path / "big.jsonl", 2500)
    whole = ClaimService.open(Settings(), db=tmp_path / "whole.db")
    expected = whole.import_path(big, actor="test")
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 1000)  # every file is "large" ...
    monkeypatch.setattr(cr.reader, "BATCH", 1000)  # ... and batches are small
    monkeypatch.setattr(cr.reader, "WORKER_BATCH", 1000)  # (read here or by a worker process)
    batches: list[int] = []
    streamed = ClaimService.open(Settings(), db=tmp_path / "streamed.db")
    real = streamed.import_reviews

    def spy(parsed, **kwargs):
        batches.append(len(parsed.records))
        return real(parsed, **kwargs)

    monkeypatch.setattr(streamed, "import_reviews", spy)
    counts = streamed.import_path(big, actor="test")
    try:
        assert len(batches) == 3 and max(batches) <= 1000
        assert counts["created"] == expected["created"] == 2500
        assert counts["skipped"] == expected["skipped"] == 2
        assert sorted(counts["reasons"]) == sorted(expected["reasons"])
        assert any("the same review as line 11" in r for r in counts["reasons"])
        assert counts["shape"] == expected["shape"] == "ClaimReview JSON Lines"
        assert [c.content() for c in streamed.list_claims()] == [c.content() for c in whole.list_claims()]
        assert streamed.store.retriever.count() == whole.store.retriever.count()
        assert streamed.import_path(big, actor="test")["unchanged"] == 2538 - 38  # idempotent
    finally:
        whole.close()
        streamed.close()


# -- a large file read by worker processes (issue 13)


def _bogus_document(claim):
    """A ``prepare`` whose documents are recognisably not ``index_document``'s."""
    return IndexDoc(claim.id, "bogus", "", "", "", "")


def _batches(path: Path, **kwargs) -> list[cr.Parsed]:
    return list(cr.parse_batches(path, 1000, **kwargs))


def test_worker_processes_read_a_large_file_as_this_process_does(tmp_path, monkeypatch):
    """Reading on other cores gives the same records (rebuilt without a second check),
    skips, order and shape, a batch at a time, and runs ``prepare`` on each claim there."""
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 1000)
    big = _lines_file(tmp_path / "big.jsonl", 2500)
    here = _batches(big, workers=0)  # 1,000 records a batch
    there = _batches(big, workers=1, prepare=_bogus_document)  # 1,000 lines a batch
    assert len(there) == 3 and all(len(b.records) <= 1000 for b in there)

    def whole(batches: list[cr.Parsed]) -> tuple:
        records = [r for b in batches for r in b.records]
        return [(r.claim, r.sources, r.where, r.own) for r in records], sorted(s for b in batches for s in b.skipped)

    assert whole(here) == whole(there)
    assert any("the same review as line 11" in why for _, why in whole(there)[1])
    assert here[-1].shape == there[-1].shape == "ClaimReview JSON Lines"
    assert all(r.prepared is None for b in here for r in b.records)
    assert all(r.prepared == _bogus_document(r.claim) for b in there for r in b.records)


def test_worker_processes_report_a_file_with_no_review(tmp_path, monkeypatch):
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 10)
    junk = tmp_path / "junk.jsonl"
    junk.write_text('{"a": 1}\n{"b": 2}\n', encoding="utf-8")
    with pytest.raises(cr.ClaimReviewError, match="not ClaimReview JSON-LD"):
        _batches(junk, workers=1)


def test_an_import_read_by_workers_writes_what_one_process_writes(tmp_path, monkeypatch):
    """The same claims, revisions and search documents, whichever process read the file;
    a document made by a worker is used only for the claim it was made from (a review of
    a claim already stored gets its document made from the merged claim)."""
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(cr.reader, "BATCH", 1000)
    monkeypatch.setattr(cr.reader, "WORKER_BATCH", 1000)
    big = _lines_file(tmp_path / "big.jsonl", 2500)
    results = {}
    for workers in (0, 1):
        monkeypatch.setattr(cr.reader, "workers_available", lambda n=workers: n)
        svc = ClaimService.open(Settings(), db=tmp_path / f"w{workers}.db")
        try:
            counts = svc.import_path(big, actor="test")
            docs = svc.store.retriever.documents([c.id for c in svc.list_claims()])
            results[workers] = (
                {k: v for k, v in counts.items() if k != "reasons"},
                sorted(counts["reasons"]),
                [c.content() for c in svc.list_claims()],
                docs,
                svc.store.revision_count(),
            )
        finally:
            svc.close()
    assert results[0] == results[1]
    assert results[1][0]["created"] == 2500


def test_a_worker_s_document_is_used_only_for_the_claim_it_was_made_from(svc):
    svc.import_reviews(cr.parse(DATA / "api.json"), actor="test")
    changed = cr.parse(DATA / "api.json")  # the same reviews, with a new rationale
    for record in changed.records:
        record.claim = record.claim.model_copy(update={"statement": record.claim.statement + " Again."})
        record.prepared = _bogus_document(record.claim)
    new = cr.parse(DATA / "list.json")
    for record in new.records:
        record.prepared = _bogus_document(record.claim)
    assert svc.import_reviews(changed, actor="test")["updated"] == len(changed.records)
    assert svc.import_reviews(new, actor="test")["created"] == len(new.records)
    docs = svc.store.retriever.documents([r.claim.id for r in changed.records + new.records])
    assert all(docs[r.claim.id].statement != "bogus" for r in changed.records)  # merged: made here
    assert all(docs[r.claim.id].statement == "bogus" for r in new.records)  # as read: the worker's


def test_workers_are_forked_only_by_a_process_with_one_thread(monkeypatch):
    """Forking while another thread holds a lock would copy the lock held: the Discord
    bot (threads for its worker and helpers) reads a large file itself."""
    monkeypatch.setattr(cr.reader, "WORKERS", 1)
    monkeypatch.setattr(cr.reader.threading, "active_count", lambda: 1)
    assert cr.reader.workers_available() == 1
    monkeypatch.setattr(cr.reader.threading, "active_count", lambda: 3)
    assert cr.reader.workers_available() == 0


def test_an_import_nearly_pauses_the_cycle_collector_and_restores_it(svc, monkeypatch):
    """Collections cost a fifth of a large import (bot.service.fewer_collections)."""
    during: list[tuple[int, ...]] = []
    real = svc.import_reviews

    def spy(parsed, **kwargs):
        during.append(gc.get_threshold())
        return real(parsed, **kwargs)

    monkeypatch.setattr(svc, "import_reviews", spy)
    before = gc.get_threshold()
    svc.import_path(DATA / "list.json", actor="test")
    assert during and during[0][0] >= 50_000
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    with fewer_collections():  # imports on two threads: the first to end leaves it paused
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] >= 50_000
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def _dies(path, chunk, prepare):
    """A worker killed while reading (the kernel's out-of-memory killer, say)."""
    os._exit(9)


def test_a_reading_process_that_dies_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 1000)
    big = _lines_file(tmp_path / "big.jsonl", 1200)
    monkeypatch.setattr(cr.reader, "_read_chunk", _dies)
    with pytest.raises(cr.ClaimReviewError, match="the process reading it stopped .* Import the file again"):
        _batches(big, workers=1)


@pytest.mark.parametrize("workers", [0, 1])
def test_a_large_file_with_a_bad_byte_near_its_end_imports_nothing(tmp_path, monkeypatch, workers):
    """A large file is written a batch at a time: a byte that is not UTF-8 on its last
    line once left the batches before it imported under a bare "not UTF-8 text"."""
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(cr.reader, "BATCH", 500)
    monkeypatch.setattr(cr.reader, "WORKER_BATCH", 500)
    monkeypatch.setattr(cr.reader, "workers_available", lambda: workers)
    big = _lines_file(tmp_path / "big.jsonl", 2500)
    big.write_bytes(big.read_bytes() + b'{"claimReviewed": "caf\xe9"}\n')
    svc = ClaimService.open(Settings(), db=tmp_path / "claims.db")
    try:
        before = svc.store.claim_count()
        with pytest.raises(cr.ClaimReviewError, match=r"not UTF-8 text \(line 2503\); nothing was imported"):
            svc.import_path(big, actor="test")
        assert svc.store.claim_count() == before
    finally:
        svc.close()


def test_a_large_file_that_ends_inside_a_character_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(cr.reader, "MAX_FILE_BYTES", 1000)
    big = _lines_file(tmp_path / "big.jsonl", 50)
    big.write_bytes(big.read_bytes() + "\u20ac".encode()[:2])
    with pytest.raises(cr.ClaimReviewError, match="ends inside a character"):
        _batches(big, workers=0)

"""Reading ClaimReview JSON-LD and Fact Check Tools API files into ``Record``s (one
claim and its sources each), and ``merge``: a review over the claim already stored.
What is accepted, how ids and ratings are read: see the package docstring."""

from __future__ import annotations

import codecs
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import re
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..claim import MAX_RATIONALE, MAX_STATEMENT, SLUG, Claim, Source
from .ratings import TO_CLAIMREVIEW, about_truth, status_from_rating
from .ratings import clean as _clean
from .ratings import read_rating as _rating

MAX_FILE_BYTES = 50 * 1024 * 1024
BATCH = 20_000  # reviews read, checked and written at a time from a large JSON Lines file
OWN_AUTHOR = "claimbot moderators"
OWN_ID_PREFIX = "urn:claimbot:claim:"
ID_PREFIX = "cr-"
CLAIM_SOURCE_SUFFIX = "-claim"


class ClaimReviewError(Exception):
    """A file that cannot be imported at all; the message names the file."""


@dataclass
class Record:
    """One review, ready to import: the claim and its source rows."""

    claim: Claim
    sources: list[Source]
    where: str
    own: bool = False  # a claimbot export (``@id`` urn:claimbot:claim:...)
    own_rating: bool = False  # its rating is claimbot's own verdict, not someone else's (see ``merge``)
    prepared: Any = None  # ``prepare(claim)``, when a worker process read it (``parse_batches``)


@dataclass
class Parsed:
    path: Path
    shape: str
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)
    unknown_ratings: Counter = field(default_factory=Counter)

    @property
    def reasons(self) -> list[str]:
        return [f"{where}: {why}" for where, why in self.skipped]


# --- small readers -----------------------------------------------------------------


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _dicts(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    return [v for v in items if isinstance(v, dict)]


def _names(value: Any) -> list[str]:
    """Names from an author/publisher value: an object, a list of them, or text."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        name = _clean(item.get("name")) if isinstance(item, dict) else _clean(item)
        if name and name not in out:
            out.append(name)
    return out


def _url(value: Any) -> str | None:
    for item in value if isinstance(value, list) else [value]:
        text = _clean(item.get("url") or item.get("@id")) if isinstance(item, dict) else _clean(item)
        if text and re.match(r"^https?://\S+$", text):
            return text
    return None


def _language(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        return _clean(value.get("alternateName")) or _clean(value.get("name"))
    return _clean(value)


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", t)[-1] for t in items if isinstance(t, str)}


def _is_review(obj: Any) -> bool:
    return isinstance(obj, dict) and "ClaimReview" in _types(obj)


def _is_api_claim(obj: Any) -> bool:
    return isinstance(obj, dict) and "claimReview" in obj and "@type" not in obj


def _is_api_response(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("claims"), list) and "@type" not in obj


# --- ratings --------------------------------------------------------------------------


def _rationale(rating: str, status: str, publisher: str | None, date: str | None, url: str | None) -> str:
    by = f" by {publisher}" if publisher else ""
    on = f" on {date[:10] if _ISO_DAY.match(date) else date}" if date else ""
    known = status_from_rating(rating)[1] or status != "unverified"
    tail = "" if known else "; claimbot does not know this rating, so the status is unverified"
    if not about_truth(rating):
        tail = (
            "; this rating judges who said it or whether it is satire, not whether it is true, "
            "so the status is unverified"
        )
    text = f"Rated “{rating}”{by}{on}{tail}."
    if url and len(text) + len(url) + 9 <= MAX_RATIONALE:
        text += f" Review: {url}"
    return text if len(text) <= MAX_RATIONALE else text[: MAX_RATIONALE - 1] + "…"


_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def claim_id_for(url: str | None, statement: str, publisher: str | None = None) -> str:
    key = f"{url or publisher or ''}\n{statement}"
    return ID_PREFIX + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --- records ------------------------------------------------------------------------------


def _record(
    where: str,
    *,
    statement: str | None,
    claimant: list[str],
    rating_obj: dict[str, Any] | None,
    publisher: str | None,
    url: str | None,
    title: str | None,
    review_date: str | None,
    claim_date: str | None,
    appearance: str | None,
    language: str | None,
    own_id: str | None = None,
    body: str | None = None,
    rating_author: str | None = None,
    unknown: Counter | None = None,
) -> Record | str:
    """A Record, or the reason to skip."""
    if not statement:
        return "no claim text (claimReviewed / text)"
    if len(statement) > MAX_STATEMENT:
        return f"the claim text is {len(statement)} characters long (the limit is {MAX_STATEMENT})"
    status, rating, problem = _rating(rating_obj)
    if problem:
        return problem
    assert status is not None and rating
    if publisher == OWN_AUTHOR:
        publisher = None
    if not status_from_rating(rating)[1] and status == "unverified" and unknown is not None:
        unknown[rating] += 1
    cid = own_id or claim_id_for(url, statement, publisher)
    claim: dict[str, Any] = {
        "id": cid,
        "statement": statement,
        "claimant": claimant or ["unknown"],
        "status": status,
        "rationale": body[:MAX_RATIONALE]
        if own_id and body
        else _rationale(rating, status, publisher, review_date, url),
        "evidence": [],
        "entities": [],
        "tags": [publisher] if publisher else [],
        "phrasings": [title[:300]] if title and title.casefold() != statement.casefold() else [],
        "related": [],
        "retired": False,
        "rating": rating,
    }
    own_rating = bool(own_id) and rating == TO_CLAIMREVIEW[status][0] and rating_author in (None, OWN_AUTHOR)
    if own_rating:
        claim["rating"] = None  # our own verdict, not someone else's rating (see ``merge``)
    sources = []
    if cid.startswith(ID_PREFIX):  # the review itself is the claim's source
        sources.append(
            {"id": cid, "title": title, "outlet": publisher, "language": language, "date": review_date, "url": url}
        )
        claim["source"] = cid
    if cid.startswith(ID_PREFIX) and (claim_date or appearance):
        sources.append(
            {
                "id": cid + CLAIM_SOURCE_SUFFIX,
                "title": None,
                "outlet": ", ".join(c for c in claimant if c != "unknown") or None,
                "language": language,
                "date": claim_date,
                "url": appearance,
            }
        )
    try:
        model = Claim.model_validate(claim)
        source_models = [Source.model_validate(s) for s in sources]
    except ValidationError as exc:
        return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'claim'}: {e['msg']}" for e in exc.errors())
    return Record(model, source_models, where, own=bool(own_id), own_rating=own_rating)


def _from_review(obj: dict[str, Any], where: str, unknown: Counter) -> Record | str:
    item = (_dicts(obj.get("itemReviewed")) or [{}])[0]
    first = (_dicts(item.get("firstAppearance")) or _dicts(item.get("appearance")) or [{}])[0]
    own_id = None
    raw_id = _clean(obj.get("@id"))
    if raw_id and raw_id.startswith(OWN_ID_PREFIX) and SLUG.match(raw_id[len(OWN_ID_PREFIX) :]):
        own_id = raw_id[len(OWN_ID_PREFIX) :]
    rating_obj = (_dicts(obj.get("reviewRating")) or [None])[0]
    rating_author = (_names((rating_obj or {}).get("author")) or [None])[0]
    publisher = (_names(obj.get("author")) or _names(obj.get("publisher")) or [rating_author])[0]
    return _record(
        where,
        statement=_clean(obj.get("claimReviewed")),
        claimant=_names(item.get("author")),
        rating_obj=rating_obj,
        rating_author=rating_author,
        publisher=publisher,
        url=_url(obj.get("url")) or (_url(obj.get("@id")) if not own_id else None),
        title=_clean(obj.get("name")) or _clean(obj.get("headline")),
        review_date=_clean(obj.get("datePublished")),
        claim_date=_clean(item.get("datePublished")) or _clean(first.get("datePublished")),
        appearance=_url(item.get("firstAppearance")) or _url(item.get("appearance")),
        language=_language(obj.get("inLanguage")),
        own_id=own_id,
        body=obj["reviewBody"].strip() or None if isinstance(obj.get("reviewBody"), str) else None,
        unknown=unknown,
    )


def _from_api(claim: dict[str, Any], review: dict[str, Any], where: str, unknown: Counter) -> Record | str:
    text = _clean(review.get("textualRating"))
    publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
    return _record(
        where,
        statement=_clean(claim.get("text")),
        claimant=_names(claim.get("claimant")),
        rating_obj={"alternateName": text} if text else None,
        publisher=_clean(publisher.get("name")) or _clean(publisher.get("site")),
        url=_url(review.get("url")),
        title=_clean(review.get("title")),
        review_date=_clean(review.get("reviewDate")),
        claim_date=_clean(claim.get("claimDate")),
        appearance=None,
        language=_clean(review.get("languageCode")),
        unknown=unknown,
    )


def _add_at(parsed: Parsed, where: str, result: Record | str) -> None:
    if isinstance(result, str):
        parsed.skipped.append((where, result))
    else:
        parsed.records.append(result)


# --- parsing files ------------------------------------------------------------------------


def _shape(value: Any) -> str:
    if isinstance(value, list):
        return (
            "ClaimReview JSON-LD list"
            if not value or not all(_is_api_claim(v) for v in value)
            else "Fact Check Tools API claims (list)"
        )
    if isinstance(value, dict) and isinstance(value.get("@graph"), list):
        return "ClaimReview JSON-LD @graph"
    if _is_api_response(value) or _is_api_claim(value):
        return "Fact Check Tools API response"
    return "ClaimReview JSON-LD object"


def parse(path: str | Path) -> Parsed:
    """Read a ClaimReview / Fact Check API file (see the module docstring).
    Raises ClaimReviewError when the file is none of the accepted shapes."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ClaimReviewError(f"{path}: no such file") from None
    except OSError as exc:
        raise ClaimReviewError(f"{path}: cannot read: {exc.strerror}") from None
    if path.is_dir():
        raise ClaimReviewError(f"{path}: is a folder; give one ClaimReview or Fact Check API file")
    if size >= MAX_FILE_BYTES:
        if not _looks_like_jsonl(path):
            raise ClaimReviewError(
                f"{path}: {size / 1e6:.0f} MB; files of {MAX_FILE_BYTES // (1024 * 1024)} MB or more must be "
                "JSON Lines (one review or API response per line), which are read line by line"
            )
        return _parse_lines(path, _lines(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ClaimReviewError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise ClaimReviewError(f"{path}: cannot read: {exc.strerror}") from None
    if not text.strip():
        raise ClaimReviewError(f"{path}: the file is empty")
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, *UNREADABLE) as exc:
        whole_error = _json_error(exc)
        if sum(1 for line in text.splitlines() if line.strip()) < 2:
            raise ClaimReviewError(f"{path}: {whole_error}") from None
        return _parse_lines(path, enumerate(text.splitlines(), 1), whole_error)
    parsed = Parsed(path, _shape(value))
    found = _walk(value, "", parsed, top=True)
    if found == 0:
        raise ClaimReviewError(
            f"{path}: not ClaimReview JSON-LD or a Fact Check Tools API response "
            '(expected an object with "@type": "ClaimReview", a list or "@graph" of them, '
            'or {"claims": [...]})'
        )
    _dedupe(parsed)
    return parsed


# JSON that parses in principle but not here: an integer of over 4,300 digits (Python's
# limit), nesting deeper than the interpreter's recursion limit.
UNREADABLE = (ValueError, RecursionError)


def _json_error(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read"
    return f"JSON that cannot be read: {str(exc).split(';')[0][:120]}"


def _looks_like_jsonl(path: Path, lines: int = 5) -> bool:
    """Does one of the first few non-empty lines hold a whole JSON object?"""
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except (json.JSONDecodeError, *UNREADABLE):
                pass
            lines -= 1
            if not lines:
                break
    return False


def _check_utf8(path: Path, block: int = 1 << 24) -> None:
    """Raise ClaimReviewError, naming the line, if the file is not UTF-8 text: a large
    file is imported a batch at a time, so a bad byte near its end must be found before
    the first batch is written (about 1 s for 500 MB)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0  # newlines before the current block
    with path.open("rb") as fh:
        while chunk := fh.read(block):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                line = lines + chunk[: exc.start].count(b"\n") + 1
                raise ClaimReviewError(f"{path}: not UTF-8 text (line {line}); nothing was imported") from None
            lines += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ClaimReviewError(f"{path}: not UTF-8 text (it ends inside a character); nothing was imported") from None


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8-sig") as fh:
            yield from enumerate(fh, 1)
    except UnicodeDecodeError:
        raise ClaimReviewError(f"{path}: not UTF-8 text") from None


def _parse_lines(path: Path, lines: Iterable[tuple[int, str]], whole_error: str | None = None) -> Parsed:
    (whole,) = _line_batches(path, lines, None, whole_error)  # one batch: all of it
    return whole


def _read_line(number: int, line: str, parsed: Parsed) -> str | None:
    """Add one JSON line's records to ``parsed`` (or why it was skipped). Returns what the
    line was: "api" (a Fact Check API response or claim), "review", or None."""
    if not line.strip():
        return None
    where = f"line {number}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        parsed.skipped.append((where, f"not JSON ({exc.msg} at column {exc.colno})"))
        return None
    except UNREADABLE as exc:
        parsed.skipped.append((where, _json_error(exc)))
        return None
    if _walk(value, where, parsed) == 0:
        parsed.skipped.append((where, "not a ClaimReview or a Fact Check API response"))
        return None
    return "api" if _is_api_response(value) or _is_api_claim(value) else "review"


def _finish(path: Path, parsed: Parsed, kinds: Counter, whole_error: str | None = None) -> None:
    """The last batch of a JSON Lines file: its shape, or the error when no line was
    recognised (raised after the batches before it were read)."""
    if not kinds["api"] + kinds["review"]:
        detail = f" ({whole_error})" if whole_error else ""
        raise ClaimReviewError(
            f"{path}: not ClaimReview JSON-LD, JSON Lines of it, or a Fact Check Tools API response"
            f"{detail}; {len(parsed.skipped)} line(s) could not be read"
        )
    if kinds["api"] and not kinds["review"]:
        parsed.shape = "Fact Check Tools API JSON Lines"
    elif kinds["review"] and not kinds["api"]:
        parsed.shape = "ClaimReview JSON Lines"


def _line_batches(
    path: Path, lines: Iterable[tuple[int, str]], batch: int | None, whole_error: str | None = None
) -> Iterator[Parsed]:
    """JSON Lines, ``batch`` records at a time (None: all at once). A review repeated
    anywhere in the file is skipped, as ``parse`` skips it; the last batch has the file's
    shape. Raises ClaimReviewError (after the last batch) when no line was recognised."""
    parsed = Parsed(path, "JSON Lines")
    seen: dict[str, str] = {}
    kinds: Counter = Counter()
    for number, line in lines:
        kinds[_read_line(number, line, parsed)] += 1
        if batch is not None and len(parsed.records) >= batch:
            _dedupe(parsed, seen)
            yield parsed
            parsed = Parsed(path, "JSON Lines")
    _finish(path, parsed, kinds, whole_error)
    _dedupe(parsed, seen)
    yield parsed


# --- reading a large file on other cores -------------------------------------------------
#
# A million reviews take minutes to read (JSON, then a checked ``Claim`` each). Beside
# the import, which checks and writes in this process, ``WORKERS`` processes read the
# next batches: each gets ``batch`` lines and sends back its ``Record``s. A worker may
# also run the caller's ``prepare`` on each claim (the import makes its search document
# there). The order, the duplicates skipped and the errors are those of ``_line_batches``.
# Workers are forked, so only a process with one thread uses them (the command line);
# forking one with other threads running (the Discord bot) could copy a held lock.

WORKERS = min(2, (os.cpu_count() or 1) - 1)  # processes that read a large file (0: read here)
# Lines a worker reads at a time. A few batches are in memory at once (being written,
# waiting, being read): 10,000 lines keep an import near the memory of reading in one
# process (100,000 reviews: 312 MB, one process 361 MB, batches of 20,000 437 MB; a
# million: 568 MB in 214 s, against 764 MB in 189 s with 20,000).
WORKER_BATCH = 10_000


def _read_chunk(
    path: str, chunk: list[tuple[int, str]], prepare: Callable[[Claim], Any] | None
) -> tuple[list[Record], list[tuple[str, str]], dict[str, int], dict[str | None, int]]:
    """In a worker process: ``_read_line`` over ``chunk``, and ``prepare`` on each claim."""
    gc.set_threshold(50_000, 50, 100)  # as ``bot.service.fewer_collections``: a reader's objects are acyclic
    parsed = Parsed(Path(path), "JSON Lines")
    kinds: Counter = Counter(_read_line(number, line, parsed) for number, line in chunk)
    if prepare is not None:
        for record in parsed.records:
            record.prepared = prepare(record.claim)
    return parsed.records, parsed.skipped, dict(parsed.unknown_ratings), dict(kinds)


def workers_available() -> int:
    """How many worker processes may read a large file now: ``WORKERS``, or none where
    forking is unsafe (other threads are running) or impossible."""
    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return max(WORKERS, 0)


def _parallel_batches(
    path: Path,
    lines: Iterable[tuple[int, str]],
    batch: int,
    workers: int,
    prepare: Callable[[Claim], Any] | None,
) -> Iterator[Parsed]:
    """``_line_batches`` with the reading done by ``workers`` processes, ``batch`` lines
    each. A few batches are in memory at once: being written, waiting, being read, and
    the lines of the next."""
    seen: dict[str, str] = {}
    kinds: Counter = Counter()
    pending: deque[Future] = deque()
    held: Parsed | None = None  # a batch is yielded once the next exists: the last has the shape
    imported = 0  # reviews in the batches yielded (and so imported) so far

    def collect() -> Parsed:
        records, skipped, unknown, found = pending.popleft().result()
        parsed = Parsed(path, "JSON Lines", records, skipped, Counter(unknown))
        kinds.update(found)
        _dedupe(parsed, seen)
        return parsed

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        chunk: list[tuple[int, str]] = []
        for item in itertools.chain(lines, [None]):
            if item is not None:
                chunk.append(item)
            if chunk and (item is None or len(chunk) >= batch):
                pending.append(pool.submit(_read_chunk, str(path), chunk, prepare))
                chunk = []
            while pending and (len(pending) > workers or item is None):
                if held is not None:
                    yield held
                    imported += len(held.records)
                held = collect()
        last = held if held is not None else Parsed(path, "JSON Lines")
        _finish(path, last, kinds)
        yield last
    except BrokenProcessPool:
        raise ClaimReviewError(
            f"{path}: the process reading it stopped (killed, or out of memory); {imported:,} reviews were "
            "imported before it did. Import the file again to finish: nothing is written twice"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def parse_batches(
    path: str | Path,
    batch: int | None = None,
    *,
    workers: int | None = None,
    prepare: Callable[[Claim], Any] | None = None,
) -> Iterator[Parsed]:
    """``parse``, for a large JSON Lines file ``batch`` records at a time, so that reading,
    checking and writing a million reviews takes the memory of one batch; any other file is
    one batch. A large file is read by ``workers`` other processes (default:
    ``workers_available()``; 0 reads it here), ``batch`` lines each (default
    ``WORKER_BATCH``), and each record they read gets ``prepared = prepare(claim)`` (a
    function that can be sent to a worker). Raises ClaimReviewError as ``parse`` does."""
    path = Path(path)
    try:
        large = path.is_file() and path.stat().st_size >= MAX_FILE_BYTES and _looks_like_jsonl(path)
    except OSError:
        large = False
    if not large:
        yield parse(path)
        return
    _check_utf8(path)
    workers = workers_available() if workers is None else workers
    if workers > 0:
        yield from _parallel_batches(path, _lines(path), batch or WORKER_BATCH, workers, prepare)
    else:
        yield from _line_batches(path, _lines(path), batch or BATCH)


def _walk(value: Any, where: str, parsed: Parsed, top: bool = False) -> int:
    """Add the records in one JSON value (one bad record is skipped, not fatal). Returns how
    many review-shaped items it held: 0 nothing recognisable, -1 an empty list or response."""
    sep = ", " if where else ""
    if isinstance(value, list):
        if not value:
            return -1
        seen = 0
        for i, item in enumerate(value):
            w = f"{where}{sep}item {i + 1}"
            found = _walk(item, w, parsed)
            if found == 0:
                parsed.skipped.append((w, "not a ClaimReview or a Fact Check API claim"))
            seen += max(found, 0)
        return seen
    if not isinstance(value, dict):
        return 0
    if isinstance(value.get("@graph"), list):
        count = 0
        for i, node in enumerate(value["@graph"]):
            if _is_review(node):
                count += 1
                _add_at(
                    parsed,
                    f"{where}{sep}@graph[{i}]",
                    _from_review(node, f"{where}{sep}@graph[{i}]", parsed.unknown_ratings),
                )
        return count
    if _is_review(value):
        w = where or "the object"
        _add_at(parsed, w, _from_review(value, w, parsed.unknown_ratings))
        return 1
    if _is_api_response(value):
        if not value["claims"]:
            return -1
        for i, claim in enumerate(value["claims"]):
            w = f"{where}{sep}claims[{i}]"
            if isinstance(claim, dict):
                _walk_api_claim(claim, w, parsed)
            else:
                parsed.skipped.append((w, "not an object"))
        return len(value["claims"])
    if _is_api_claim(value):
        _walk_api_claim(value, where or "the claim", parsed)
        return 1
    return 0


def _walk_api_claim(claim: dict[str, Any], where: str, parsed: Parsed) -> None:
    reviews = _dicts(claim.get("claimReview"))
    if not reviews:
        parsed.skipped.append((where, "no claimReview"))
    for j, review in enumerate(reviews):
        w = f"{where}.claimReview[{j}]"
        _add_at(parsed, w, _from_api(claim, review, w, parsed.unknown_ratings))


def _dedupe(parsed: Parsed, seen: dict[str, str] | None = None) -> None:
    """Skip a review seen before (in this file: ``seen`` carries the ids across batches)."""
    seen = {} if seen is None else seen
    kept = []
    for rec in parsed.records:
        cid = rec.claim.id
        if cid in seen:
            parsed.skipped.append((rec.where, f"the same review as {seen[cid]} (claim {cid})"))
            continue
        seen[cid] = rec.where
        kept.append(rec)
    parsed.records = kept


# --- merging with a stored claim -------------------------------------------------------------


def merge(existing: Claim | None, record: Record) -> Claim:
    """The claim to store: the review's fields over what the stored claim keeps.

    A review carries the statement, claimants, status, rationale, source and rating;
    the stored claim keeps its evidence, entities, related claims, status note and
    retired flag, and phrasings or tags added since (the review's are merged in). A
    claimbot export's own verdict does not overwrite a rating from someone else."""
    new = record.claim
    if existing is None:
        return new
    update: dict[str, Any] = {k: getattr(new, k) for k in ("statement", "claimant", "status", "rationale")}
    update["source"] = new.source or existing.source
    if not record.own_rating:
        update["rating"] = new.rating
    for key in ("phrasings", "tags"):
        have = list(getattr(existing, key))
        folded = {x.casefold() for x in have}
        update[key] = have + [x for x in getattr(new, key) if x.casefold() not in folded]
    return existing.model_copy(update=update, deep=True)


def is_claimreview_file(path: str | Path) -> bool:
    """A cheap test for ``ClaimService.import_path``: does this file look like
    ClaimReview / Fact Check API data rather than a knowledge file?"""
    path = Path(path)
    if not path.is_file():
        return False
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return True
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        head = fh.read(1 << 20)
    return bool(_SNIFF.search(head))


_SNIFF = re.compile(r'"@type"\s*:\s*\[?\s*"(?:schema:|https?://schema\.org/)?ClaimReview"|"claimReview"\s*:')


__all__ = [
    "ClaimReviewError",
    "Parsed",
    "Record",
    "parse",
    "merge",
    "is_claimreview_file",
    "claim_id_for",
    "MAX_FILE_BYTES",
    "CLAIM_SOURCE_SUFFIX",
    "ID_PREFIX",
    "OWN_AUTHOR",
    "OWN_ID_PREFIX",
]

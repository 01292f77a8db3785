"""ClaimReview in and out: fact-checks published by others become claims, and the
claim base is published as schema.org ClaimReview JSON-LD.

Reading (``parse``) accepts:

* schema.org ClaimReview JSON-LD: one object, a list of them, or an object with
  ``@graph`` (nodes of other types in the graph are ignored);
* Google Fact Check Tools API search responses
  (``{"claims": [{"text", "claimant", "claimDate", "claimReview": [...]}]}``);
* JSON Lines of either (one object per line; a line may also be a single API
  ``claim``). A line that is not JSON is skipped and reported by its number.

Files of ``MAX_FILE_BYTES`` (50 MB) or more are refused unless they are JSON
Lines, which are read line by line.

Each review becomes one claim, with the id ``cr-`` + the first 12 hex digits of
sha1(review url, newline, claim text), so importing the same file again changes
nothing. The claim has no evidence (a review quotes no document); the review is
the claim's source (``claims.source_id``): a source row whose id is the claim id
(url, title, publisher, review date, language). When the claim's date or first
appearance is known, a second source row ``<claim id>-claim`` holds them.

Ratings: ``reviewRating.alternateName`` (API: ``textualRating``) goes through
``bot.status.status_from_rating``; a rating not in that table imports as
``unverified`` and is listed in the import report. Without a textual rating, a
numeric ``ratingValue`` needs ``bestRating`` (``worstRating`` defaults to 1, as
in schema.org); the scale is read as:

* exactly 1–7: claimbot's own scale (7 true, 6 mostly-true, 4 mixed,
  3 misleading, 2 mostly-false, 1 false; 5 counts as mostly-true);
* any other: the position on the scale, f = (value − worst) / (best − worst),
  goes to the nearest of 0 false, .25 mostly-false, .5 mixed, .75 mostly-true,
  1 true (a tie goes toward mixed). "Misleading" cannot be expressed this way.

Writing (``export``) produces a list of ClaimReview objects. Each carries
``@id: urn:claimbot:claim:<claim id>`` and the rationale as ``reviewBody``; a
record with such an ``@id`` is read back as that claim, so exporting and
importing into the same database changes nothing, and into a fresh one
recreates the claims (statement, status, claimants, rationale).

Re-importing into an existing claim keeps what a review does not carry: the
evidence, entities, related claims, the moderator's status note, the retired
flag, and phrasings or tags added since (the review's are merged in).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .match import index_text
from .models import SLUG, SourcedClaimIn
from .normalize import AliasTable, canonical_token
from .status import STATUS_VALUES, TO_CLAIMREVIEW, status_from_rating
from .store import CHUNK, Store

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_STATEMENT = 500  # as ClaimIn
MAX_RATIONALE = 500
OWN_AUTHOR = "claimbot moderators"
OWN_ID_PREFIX = "urn:claimbot:claim:"
ID_PREFIX = "cr-"
CLAIM_SOURCE_SUFFIX = "-claim"

Progress = Callable[[int, int], None]


class ClaimReviewError(Exception):
    """A file that cannot be imported at all; the message names the file."""


@dataclass
class Record:
    """One review, ready to import: the claim (as ``service._claim_dict`` makes it,
    plus ``rating``) and its source rows."""

    claim: dict[str, Any]
    sources: list[dict[str, Any]]
    where: str
    own: bool = False  # a claimbot export (``@id`` urn:claimbot:claim:...)


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


def _clean(value: Any) -> str | None:
    """A scalar as one line of text, or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = _num_text(float(value)) if math.isfinite(value) else None
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


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


def _num(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            out = float(value.strip())
        except ValueError:
            return None
        return out if math.isfinite(out) else None
    return None


def _num_text(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


# --- ratings --------------------------------------------------------------------------

OWN_SCALE = {value: status for status, (_, value) in TO_CLAIMREVIEW.items() if value is not None}
OWN_SCALE[5] = "mostly-true"
_ANCHORS = [(0.0, "false"), (0.25, "mostly-false"), (0.5, "mixed"), (0.75, "mostly-true"), (1.0, "true")]


def status_from_scale(value: float, best: float, worst: float = 1.0) -> str:
    """A numeric rating on a known scale → our status (see the module docstring)."""
    if worst == 1 and best == 7 and value == int(value):
        return OWN_SCALE[int(value)]
    f = (value - worst) / (best - worst)
    return min(_ANCHORS, key=lambda a: (abs(a[0] - f), abs(a[0] - 0.5)))[1]


def _rating(rating: dict[str, Any] | None) -> tuple[str | None, str | None, str | None]:
    """reviewRating → (status, original rating text, reason to skip)."""
    if not rating:
        return None, None, "no reviewRating"
    text = _clean(rating.get("alternateName"))
    if text:
        status, known = status_from_rating(text)
        if known:
            return status, text, None
    raw_value = rating.get("ratingValue")
    if raw_value is not None and raw_value != "":
        value = _num(raw_value)
        best = _num(rating.get("bestRating"))
        worst = _num(rating.get("worstRating"))
        worst = 1.0 if worst is None else worst
        numeric_problem = None
        if value is None:
            numeric_problem = f"ratingValue {raw_value!r} is not a number"
        elif best is None:
            numeric_problem = f"numeric rating {_num_text(value)} without bestRating (the scale is unknown)"
        elif best <= worst:
            numeric_problem = f"bestRating {_num_text(best)} is not above worstRating {_num_text(worst)}"
        elif not worst <= value <= best:
            numeric_problem = (f"ratingValue {_num_text(value)} is outside "
                               f"{_num_text(worst)}–{_num_text(best)}")
        if numeric_problem is None:
            assert value is not None and best is not None
            shown = text or f"{_num_text(value)} on a scale of {_num_text(worst)} to {_num_text(best)}"
            return status_from_scale(value, best, worst), shown, None
        if not text:
            return None, None, numeric_problem
    if text:
        return "unverified", text, None
    return None, None, "the rating has no alternateName and no ratingValue"


def _rationale(rating: str, status: str, publisher: str | None, date: str | None, url: str | None) -> str:
    by = f" by {publisher}" if publisher else ""
    on = f" on {date[:10] if _ISO_DAY.match(date) else date}" if date else ""
    known = status_from_rating(rating)[1] or status != "unverified"
    tail = "" if known else "; claimbot does not know this rating, so the status is unverified"
    text = f"Rated “{rating}”{by}{on}{tail}."
    if url and len(text) + len(url) + 9 <= MAX_RATIONALE:
        text += f" Review: {url}"
    return text if len(text) <= MAX_RATIONALE else text[: MAX_RATIONALE - 1] + "…"


_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def claim_id_for(url: str | None, statement: str, publisher: str | None = None) -> str:
    key = f"{url or publisher or ''}\n{statement}"
    return ID_PREFIX + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def validate_claim(claim: dict[str, Any]) -> str | None:
    """Check a claim dict with SourcedClaimIn; the problem as text, or None."""
    data = {k: claim.get(k) for k in SourcedClaimIn.model_fields if claim.get(k) is not None}
    data["evidence"] = [
        {"quote": ev["quote"], "speaker": ev["speaker"], "stance": ev["stance"],
         "source": ev.get("source_id")}
        for ev in claim.get("evidence") or []
    ]
    try:
        SourcedClaimIn.model_validate(data)
    except ValidationError as exc:
        return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'claim'}: {e['msg']}" for e in exc.errors())
    return None


# --- records ------------------------------------------------------------------------------


def _record(where: str, *, statement: str | None, claimant: list[str], rating_obj: dict[str, Any] | None,
            publisher: str | None, url: str | None, title: str | None, review_date: str | None,
            claim_date: str | None, appearance: str | None, language: str | None,
            own_id: str | None = None, body: str | None = None, rating_author: str | None = None,
            unknown: Counter | None = None) -> Record | str:
    """A Record, or the reason to skip."""
    if not statement:
        return "no claim text (claimReviewed / text)"
    if len(statement) > MAX_STATEMENT:
        return f"the claim text is {len(statement)} characters long (the limit is {MAX_STATEMENT})"
    status, rating, problem = _rating(rating_obj)
    if problem:
        return problem
    assert status in STATUS_VALUES and rating
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
        "rationale": body[:MAX_RATIONALE] if own_id and body else
        _rationale(rating, status, publisher, review_date, url),
        "evidence": [],
        "entities": [],
        "tags": [publisher] if publisher else [],
        "phrasings": [title[:300]] if title and title.casefold() != statement.casefold() else [],
        "related": [],
        "retired": False,
        "rating": rating,
    }
    if own_id and rating == TO_CLAIMREVIEW[status][0] and rating_author in (None, OWN_AUTHOR):
        claim["rating"] = None  # our own verdict, not someone else's rating (see _merge)
        claim["_own_rating"] = True
    sources = []
    if cid.startswith(ID_PREFIX):  # the review itself is the claim's source
        sources.append({"id": cid, "title": title, "outlet": publisher,
                        "language": language, "date": review_date, "url": url, "document": None,
                        "text": None})
        claim["source_id"] = cid
    if cid.startswith(ID_PREFIX) and (claim_date or appearance):
        sources.append({"id": cid + CLAIM_SOURCE_SUFFIX, "title": None,
                        "outlet": ", ".join(c for c in claimant if c != "unknown") or None,
                        "language": language, "date": claim_date, "url": appearance, "document": None,
                        "text": None})
    problem = validate_claim(claim)
    if problem:
        return problem
    return Record(claim, sources, where, own=bool(own_id))


def _from_review(obj: dict[str, Any], where: str, unknown: Counter) -> Record | str:
    item = (_dicts(obj.get("itemReviewed")) or [{}])[0]
    first = (_dicts(item.get("firstAppearance")) or _dicts(item.get("appearance")) or [{}])[0]
    own_id = None
    raw_id = _clean(obj.get("@id"))
    if raw_id and raw_id.startswith(OWN_ID_PREFIX) and SLUG.match(raw_id[len(OWN_ID_PREFIX):]):
        own_id = raw_id[len(OWN_ID_PREFIX):]
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
        return "ClaimReview JSON-LD list" if not value or not all(_is_api_claim(v) for v in value) \
            else "Fact Check Tools API claims (list)"
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
                "JSON Lines (one review or API response per line), which are read line by line")
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
    except json.JSONDecodeError as exc:
        whole_error = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        if sum(1 for line in text.splitlines() if line.strip()) < 2:
            raise ClaimReviewError(f"{path}: {whole_error}") from None
        return _parse_lines(path, enumerate(text.splitlines(), 1), whole_error)
    parsed = Parsed(path, _shape(value))
    found = _walk(value, "", parsed, top=True)
    if found == 0:
        raise ClaimReviewError(
            f"{path}: not ClaimReview JSON-LD or a Fact Check Tools API response "
            "(expected an object with \"@type\": \"ClaimReview\", a list or \"@graph\" of them, "
            "or {\"claims\": [...]})")
    _dedupe(parsed)
    return parsed


def _looks_like_jsonl(path: Path, lines: int = 5) -> bool:
    """Does one of the first few non-empty lines hold a whole JSON object?"""
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except json.JSONDecodeError:
                pass
            lines -= 1
            if not lines:
                break
    return False


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8-sig") as fh:
            yield from enumerate(fh, 1)
    except UnicodeDecodeError:
        raise ClaimReviewError(f"{path}: not UTF-8 text") from None


def _parse_lines(path: Path, lines: Iterable[tuple[int, str]], whole_error: str | None = None) -> Parsed:
    parsed = Parsed(path, "JSON Lines")
    recognised = 0
    api = reviews = 0
    for number, line in lines:
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            parsed.skipped.append((where, f"not JSON ({exc.msg} at column {exc.colno})"))
            continue
        found = _walk(value, where, parsed)
        if found == 0:
            parsed.skipped.append((where, "not a ClaimReview or a Fact Check API response"))
        else:
            recognised += 1
            if _is_api_response(value) or _is_api_claim(value):
                api += 1
            else:
                reviews += 1
    if not recognised:
        detail = f" ({whole_error})" if whole_error else ""
        raise ClaimReviewError(
            f"{path}: not ClaimReview JSON-LD, JSON Lines of it, or a Fact Check Tools API response"
            f"{detail}; {len(parsed.skipped)} line(s) could not be read")
    if api and not reviews:
        parsed.shape = "Fact Check Tools API JSON Lines"
    elif reviews and not api:
        parsed.shape = "ClaimReview JSON Lines"
    _dedupe(parsed)
    return parsed


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
                _add_at(parsed, f"{where}{sep}@graph[{i}]",
                        _from_review(node, f"{where}{sep}@graph[{i}]", parsed.unknown_ratings))
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


def _dedupe(parsed: Parsed) -> None:
    seen: dict[str, str] = {}
    kept = []
    for rec in parsed.records:
        cid = rec.claim["id"]
        if cid in seen:
            parsed.skipped.append((rec.where, f"the same review as {seen[cid]} (claim {cid})"))
            continue
        seen[cid] = rec.where
        kept.append(rec)
    parsed.records = kept


# --- writing to the store ---------------------------------------------------------------

_COMPARED = ("statement", "claimant", "status", "rationale", "rating", "status_note", "entities", "tags",
             "phrasings", "related", "retired", "source_id")
_EVIDENCE_KEYS = ("quote", "speaker", "stance", "source_id")


def _chunks(items: list[Any], size: int | None = None) -> Iterator[list[Any]]:
    size = size or CHUNK
    for i in range(0, len(items), size):
        yield items[i : i + size]


def existing_claims(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored claims (hydrated, retired ones too) among ``ids``, by id."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        for claim in store.claims(chunk):
            out[claim["id"]] = claim
    return out


def _existing_sources(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(f"SELECT * FROM sources WHERE id IN ({marks})", chunk):
            out[row["id"]] = row
    return out


def _plain_evidence(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: ev.get(k) for k in _EVIDENCE_KEYS} for ev in evidence]


def _merge(existing: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """The claim to store: the review's fields over what the stored claim keeps."""
    fresh = {k: v for k, v in new.items() if not k.startswith("_")}
    if existing is None:
        return fresh
    merged = {k: existing.get(k) for k in ("id", *_COMPARED)}
    merged["evidence"] = _plain_evidence(existing["evidence"])
    for key in ("statement", "claimant", "status", "rationale"):
        merged[key] = fresh[key]
    merged["source_id"] = fresh.get("source_id") or existing.get("source_id")
    if not new.get("_own_rating"):
        merged["rating"] = fresh["rating"]
    for key in ("phrasings", "tags"):
        have = list(existing.get(key) or [])
        folded = {x.casefold() for x in have}
        merged[key] = have + [x for x in fresh[key] if x.casefold() not in folded]
    return merged


def same_claim(existing: dict[str, Any], new: dict[str, Any]) -> bool:
    if any(existing.get(k) != new.get(k) for k in _COMPARED):
        return False
    return _plain_evidence(existing["evidence"]) == _plain_evidence(new.get("evidence") or [])


def write_claims(
    store: Store,
    aliases: AliasTable,
    changes: list[tuple[dict[str, Any], dict[str, Any] | None]],
    *,
    actor: str,
    note: str | None = None,
    sources: Iterable[dict[str, Any]] = (),
    progress: Progress | None = None,
    action_new: str = "import",
    action_update: str = "reimport",
) -> None:
    """Write many claims at once through ``Store.save_claims`` (one transaction, bulk
    statements, a revision and an index row per claim). ``changes`` holds (claim, the
    stored claim before or None)."""
    store.save_claims(
        [(claim, before, action_update if before else action_new) for claim, before in changes],
        actor=actor, note=note, sources=sources, progress=progress,
        index={claim["id"]: index_text(claim, aliases) for claim, _ in changes},
    )


def import_records(service: Any, parsed: Parsed, actor: str, progress: Progress | None = None, *,
                   fast: bool = True) -> dict[str, Any]:
    """Import parsed reviews into the service's store: all or nothing, idempotent.

    Returns {created, updated, unchanged, skipped, reasons, sources, unknown_ratings}.
    ``progress(done, total)`` is called as records are compared and written.
    ``fast=False`` writes claim by claim through ``Store.save_claim`` (slower; the
    reference the bulk path is checked against)."""
    store = service.store
    records = parsed.records
    note = f"from {parsed.path.name}"
    counts: dict[str, Any] = {"created": 0, "updated": 0, "unchanged": 0}
    with store.lock:
        existing = existing_claims(store, (r.claim["id"] for r in records))
        known_sources = _existing_sources(store, (s["id"] for r in records for s in r.sources))
        changes: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
        for rec in records:
            before = existing.get(rec.claim["id"])
            claim = _merge(before, rec.claim)
            if before is not None and same_claim(before, claim):
                counts["unchanged"] += 1
                continue
            counts["created" if before is None else "updated"] += 1
            changes.append((claim, before))
        new_sources = {s["id"]: s for r in records for s in r.sources}
        sources = [s for sid, s in new_sources.items() if known_sources.get(sid) != s]
        unchanged = len(records) - len(changes)

        def step(done: int, total: int) -> None:
            if progress:
                progress(unchanged + done, len(records))

        if fast:
            write_claims(store, service.aliases, changes, actor=actor, note=note, sources=sources,
                         progress=step)
        else:
            with store.transaction():
                for source in sources:
                    store.upsert_source(source)
                step(0, len(changes))
                for i, (claim, before) in enumerate(changes, 1):
                    store.save_claim(claim, actor=actor, action="reimport" if before else "import", note=note,
                                     index_text=index_text(claim, service.aliases))
                    if i % 100 == 0 or i == len(changes):
                        step(i, len(changes))
    counts["skipped"] = len(parsed.skipped)
    counts["reasons"] = parsed.reasons
    counts["sources"] = len(sources)
    counts["unknown_ratings"] = dict(parsed.unknown_ratings.most_common())
    return counts


def import_file(service: Any, path: str | Path, actor: str,
                progress: Progress | None = None) -> dict[str, Any]:
    """``parse`` then ``import_records``; the result also names the file's shape."""
    parsed = parse(path)
    counts = import_records(service, parsed, actor, progress)
    counts["shape"] = parsed.shape
    return counts


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


# --- export ---------------------------------------------------------------------------------

_ORG_WORDS = re.compile(
    r"\b(media|news|agency|ministry|ministries|government|office|department|forces|army|navy|police|party|"
    r"committee|council|association|inc|ltd|llc|corp|company|university|institute|press|times|post|tv|"
    r"radio|officials|politicians|staff|desk|network|foundation|organi[sz]ation|group|bank|fund|union|"
    r"reuters|bloomberg|afp|associated|channel|newspaper|magazine|website|campaign|administration)\b",
    re.IGNORECASE,
)


def author_type(name: str, aliases: AliasTable | None = None) -> str:
    """Person or Organization, by the alias table's kind or the words in the name."""
    kind = aliases.kinds.get(canonical_token(name)) if aliases else None
    if kind == "person":
        return "Person"
    if kind in ("org", "country", "place"):
        return "Organization"
    return "Organization" if _ORG_WORDS.search(name) else "Person"


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v not in (None, [], "")}


def to_claimreview(claim: dict[str, Any], sources: dict[str, dict[str, Any]],
                   aliases: AliasTable | None = None) -> dict[str, Any]:
    """One stored claim as a ClaimReview object (schema.org JSON-LD)."""
    cid = claim["id"]
    review = sources.get(cid) if cid.startswith(ID_PREFIX) else None
    seen_at = sources.get(cid + CLAIM_SOURCE_SUFFIX) if cid.startswith(ID_PREFIX) else None
    status = claim["status"]
    ours, value = TO_CLAIMREVIEW[status]
    original = claim.get("rating")
    theirs = bool(original) and status_from_rating(original)[0] == status
    publisher = (review or {}).get("outlet") or None
    rating: dict[str, Any] = {"@type": "Rating"}
    if value is not None:
        rating.update(ratingValue=value, bestRating=7, worstRating=1)
    rating["alternateName"] = original if theirs else ours
    rating["author"] = {"@type": "Organization", "name": publisher if theirs and publisher else OWN_AUTHOR}
    names = [n for n in claim["claimant"] if n and n != "unknown"]
    authors = [{"@type": author_type(n, aliases), "name": n} for n in names]
    appearance = []
    if seen_at and seen_at.get("url"):
        appearance.append({"@type": "CreativeWork", "url": seen_at["url"]})
    listed = set()
    for ev in claim["evidence"]:
        sid = ev.get("source_id")
        src = sources.get(sid) if sid else None
        if src is None or sid in listed:
            continue
        listed.add(sid)
        appearance.append(_drop_none({
            "@type": "CreativeWork",
            "url": src.get("url"),
            "headline": src.get("title"),
            "author": {"@type": "Organization", "name": src["outlet"]} if src.get("outlet") else None,
            "datePublished": src.get("date"),
        }))
    item = _drop_none({
        "@type": "Claim",
        "author": authors[0] if len(authors) == 1 else authors,
        "appearance": appearance,
        "datePublished": (seen_at or {}).get("date"),
    })
    out = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": OWN_ID_PREFIX + cid,
        "claimReviewed": claim["statement"],
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": publisher or OWN_AUTHOR},
        "reviewBody": claim.get("rationale"),
        "url": (review or {}).get("url"),
        "name": (review or {}).get("title"),
        "datePublished": (review or {}).get("date"),
        "inLanguage": (review or {}).get("language"),
    }
    return _drop_none(out)


def export_records(service: Any) -> list[dict[str, Any]]:
    """Every claim that is not retired, as ClaimReview objects."""
    with service.store.lock:
        claims = service.store.claims()
        sources = {s["id"]: s for s in service.store.sources()}
    return [to_claimreview(c, sources, service.aliases) for c in claims]


def export(service: Any, path: str | Path) -> int:
    """Write the claim base as a ClaimReview JSON-LD list to ``path`` (atomically).
    Returns how many claims were written."""
    path = Path(path)
    if path.is_dir():
        raise ClaimReviewError(f"{path} is a folder; ClaimReview export writes one .json file")
    records = export_records(service)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return len(records)


__all__ = ["ClaimReviewError", "Parsed", "Record", "parse", "import_records", "import_file", "export",
           "export_records", "to_claimreview", "write_claims",
           "is_claimreview_file", "validate_claim",
           "status_from_scale", "MAX_FILE_BYTES"]

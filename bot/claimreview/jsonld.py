"""Publishing the claim base as schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..claim import Claim, Source
from ..knowledge import KnowledgeError, write_text
from ..normalize import AliasTable, canonical_token
from .ratings import TO_CLAIMREVIEW, status_from_rating
from .reader import CLAIM_SOURCE_SUFFIX, ID_PREFIX, OWN_AUTHOR, OWN_ID_PREFIX, ClaimReviewError

_ORG_WORDS = re.compile(
    r"\b(media|news|agency|ministry|ministries|government|office|department|forces|army|navy|police|party|"
    r"committee|council|association|inc|ltd|llc|corp|company|university|institute|press|times|post|tv|"
    r"radio|officials|politicians|staff|desk|network|foundation|organi[sz]ation|group|bank|fund|union|"
    r"reuters|bloomberg|afp|associated|channel|newspaper|magazine|website|campaign|administration)\b",
    re.IGNORECASE,
)


_PERSON_TITLE = re.compile(
    r"^(?:(?:rear|vice) admiral|admiral|general|lieutenant|colonel|major|captain|president|prime minister|"
    r"minister|senator|ambassador|spokes(?:man|woman|person)|dr|mr|mrs|ms|prof(?:essor)?)\b\.?\s+\S",
    re.IGNORECASE,
)


def author_type(name: str, aliases: AliasTable | None = None) -> str:
    """Person or Organization, by the alias table's kind, else by the name itself: a
    person's name is often followed by an affiliation ("Rear Admiral Zeki Akturk,
    Turkish Armed Forces"), so only the part before the first comma is read."""
    kind = aliases.kinds.get(canonical_token(name)) if aliases else None
    if kind == "person":
        return "Person"
    if kind in ("org", "country", "place"):
        return "Organization"
    head = name.split(",", 1)[0].strip()
    if _PERSON_TITLE.match(head):
        return "Person"
    return "Organization" if _ORG_WORDS.search(head) else "Person"


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v not in (None, [], "")}


def to_claimreview(claim: Claim, sources: Mapping[str, Source], aliases: AliasTable | None = None) -> dict[str, Any]:
    """One stored claim as a ClaimReview object (schema.org JSON-LD)."""
    cid = claim.id
    review = sources.get(cid) if cid.startswith(ID_PREFIX) else None
    seen_at = sources.get(cid + CLAIM_SOURCE_SUFFIX) if cid.startswith(ID_PREFIX) else None
    status = claim.status
    ours, value = TO_CLAIMREVIEW[status]
    original = claim.rating
    theirs = bool(original) and status_from_rating(original)[0] == status
    publisher = review.outlet if review is not None and review.outlet else None
    rating: dict[str, Any] = {"@type": "Rating"}
    if value is not None:
        rating.update(ratingValue=value, bestRating=7, worstRating=1)
    rating["alternateName"] = original if theirs else ours
    rating["author"] = {"@type": "Organization", "name": publisher if theirs and publisher else OWN_AUTHOR}
    names = [n for n in claim.claimant if n and n != "unknown"]
    authors = [{"@type": author_type(n, aliases), "name": n} for n in names]
    appearance = []
    if seen_at is not None and seen_at.url:
        appearance.append({"@type": "CreativeWork", "url": seen_at.url})
    listed = set()
    for ev in claim.evidence:
        sid = ev.source or claim.source
        src = sources.get(sid) if sid else None
        if src is None or sid in listed:
            continue
        listed.add(sid)
        appearance.append(
            _drop_none(
                {
                    "@type": "CreativeWork",
                    "url": src.url,
                    "headline": src.title,
                    "author": {"@type": "Organization", "name": src.outlet} if src.outlet else None,
                    "datePublished": src.date,
                }
            )
        )
    item = _drop_none(
        {
            "@type": "Claim",
            "author": authors[0] if len(authors) == 1 else authors,
            "appearance": appearance,
            "datePublished": seen_at.date if seen_at is not None else None,
        }
    )
    out = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "@id": OWN_ID_PREFIX + cid,
        "claimReviewed": claim.statement,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": publisher or OWN_AUTHOR},
        "reviewBody": claim.rationale,
        "url": review.url if review is not None else None,
        "name": review.title if review is not None else None,
        "datePublished": review.date if review is not None else None,
        "inLanguage": review.language if review is not None else None,
    }
    return _drop_none(out)


NOT_EXPORTED = frozenset({"opinion"})  # ClaimReview reviews checkable claims made by others


def export_records(
    claims: Iterable[Claim], sources: Mapping[str, Source], aliases: AliasTable | None = None
) -> tuple[list[dict[str, Any]], list[Claim]]:
    """Claims as ClaimReview objects, and the claims left out: opinion is analysis, not
    a checkable claim, so it gets no rating (Google's ClaimReview guidance)."""
    records, left_out = [], []
    for claim in claims:
        if claim.status in NOT_EXPORTED:
            left_out.append(claim)
        else:
            records.append(to_claimreview(claim, sources, aliases))
    return records, left_out


def write_records(path: Path, records: list[dict[str, Any]]) -> None:
    """Write ClaimReview objects as one JSON-LD list to ``path`` (atomically)."""
    if path.is_dir():
        raise ClaimReviewError(f"{path} is a folder; ClaimReview export writes one .json file")
    try:
        write_text(path, json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    except KnowledgeError as exc:
        raise ClaimReviewError(str(exc)) from None


__all__ = ["to_claimreview", "export_records", "write_records", "author_type"]

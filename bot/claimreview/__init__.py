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

The package: ``reader`` (files to ``Record``s, and ``merge`` with a stored claim),
``ratings`` (rating maps both ways) and ``jsonld`` (JSON-LD out). Importing is the
service's job (``ClaimService.import_reviews``), through the same bulk path as
knowledge files.

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

from .jsonld import author_type, export_records, to_claimreview, write_records
from .ratings import TO_CLAIMREVIEW, status_from_rating, status_from_scale
from .reader import (
    CLAIM_SOURCE_SUFFIX,
    ID_PREFIX,
    MAX_FILE_BYTES,
    OWN_AUTHOR,
    OWN_ID_PREFIX,
    ClaimReviewError,
    Parsed,
    Record,
    claim_id_for,
    is_claimreview_file,
    merge,
    parse,
    parse_batches,
)

__all__ = [
    "ClaimReviewError",
    "Parsed",
    "Record",
    "parse",
    "parse_batches",
    "merge",
    "is_claimreview_file",
    "claim_id_for",
    "to_claimreview",
    "export_records",
    "write_records",
    "author_type",
    "status_from_scale",
    "status_from_rating",
    "TO_CLAIMREVIEW",
    "MAX_FILE_BYTES",
    "CLAIM_SOURCE_SUFFIX",
    "ID_PREFIX",
    "OWN_AUTHOR",
    "OWN_ID_PREFIX",
]

"""The status vocabulary, its ClaimReview mapping, and the derived stance.

| status        | meaning                                                      | ClaimReview ratingValue (1-7 scale) |
|---------------|--------------------------------------------------------------|-----------------------|
| true          | the documents establish it                                   | 7 |
| mostly-true   | established, with minor inaccuracies or missing detail       | 6 |
| mixed         | parts are established and parts contradicted                 | 4 |
| misleading    | literally accurate but presented to mislead, or out of context | 3 |
| mostly-false  | the documents contradict its main point                      | 2 |
| false         | the documents contradict it                                  | 1 |
| unverified    | claimed or reported, not established by the documents       | (none) |
"""

from __future__ import annotations

import re

from .models import Stance, Status

DESCRIPTIONS: dict[str, str] = {
    "true": "the documents establish it",
    "mostly-true": "established, with minor inaccuracies or missing detail",
    "mixed": "parts are established and parts are contradicted",
    "misleading": "accurate in part but presented to mislead, or out of context",
    "mostly-false": "the documents contradict its main point",
    "false": "the documents contradict it",
    "unverified": "claimed or reported, but not established by the documents",
}

# Our status → the textual rating we publish in ClaimReview, and its value on a 1-7 scale.
TO_CLAIMREVIEW: dict[str, tuple[str, int | None]] = {
    "true": ("True", 7),
    "mostly-true": ("Mostly True", 6),
    "mixed": ("Mixture", 4),
    "misleading": ("Misleading", 3),
    "mostly-false": ("Mostly False", 2),
    "false": ("False", 1),
    "unverified": ("Unproven", None),
}

# ClaimReview textual ratings (lower-cased, punctuation removed) → our status.
# Ratings not listed here import as "unverified", keeping the original rating.
CLAIMREVIEW_RATINGS: dict[str, str] = {
    **dict.fromkeys(
        ["true", "correct", "accurate", "confirmed", "verified", "fact", "real", "legit", "correct attribution"],
        "true",
    ),
    **dict.fromkeys(["mostly true", "mostly correct", "mostly accurate", "largely true"], "mostly-true"),
    **dict.fromkeys(
        ["half true", "mixture", "mixed", "partly true", "partly false", "partially true",
         "partially false", "half truth", "somewhat true"],
        "mixed",
    ),
    **dict.fromkeys(
        ["misleading", "missing context", "out of context", "miscaptioned", "cherry picks",
         "exaggerated", "exaggeration", "distorts the facts", "lacks context", "spins the facts"],
        "misleading",
    ),
    **dict.fromkeys(["mostly false", "mostly incorrect", "largely false"], "mostly-false"),
    **dict.fromkeys(
        ["false", "pants on fire", "pants on fire!", "incorrect", "fake", "fake news", "hoax",
         "wrong", "fabricated", "not true", "inaccurate", "scam", "satire", "misattributed",
         "incorrect attribution", "four pinocchios", "debunked", "baseless"],
        "false",
    ),
    **dict.fromkeys(
        ["unproven", "unverified", "unsupported", "unsubstantiated", "no evidence",
         "research in progress", "unknown", "undetermined", "legend", "outdated"],
        "unverified",
    ),
}

STATUS_VALUES = [s.value for s in Status]

_PUNCT = re.compile(r"[^\w\s]+")


def status_from_rating(rating: str | None) -> tuple[str, bool]:
    """A ClaimReview textual rating → (our status, whether the rating was known)."""
    if not rating:
        return "unverified", False
    key = " ".join(_PUNCT.sub(" ", rating.casefold()).split())
    if key in CLAIMREVIEW_RATINGS:
        return CLAIMREVIEW_RATINGS[key], True
    if rating.casefold().strip() in CLAIMREVIEW_RATINGS:
        return CLAIMREVIEW_RATINGS[rating.casefold().strip()], True
    return "unverified", False


def derive_stance(stances: list[str]) -> str:
    """The claim-level stance from its evidence items' stances.

    supports and refutes → disputed; only supports → supported; only refutes →
    refuted; otherwise (neutral or no evidence) → reported.
    """
    has_for = Stance.SUPPORTS.value in stances
    has_against = Stance.REFUTES.value in stances
    if has_for and has_against:
        return "disputed"
    if has_for:
        return "supported"
    if has_against:
        return "refuted"
    return "reported"

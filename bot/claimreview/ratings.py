"""ClaimReview ratings: our statuses in ClaimReview terms, and the ratings others publish
read as our statuses (textual ratings by name, numeric ones by their place on the scale)."""

from __future__ import annotations

import math
import re
from typing import Any

# Our status → the textual rating we publish in ClaimReview, and its value on a 1-7 scale.
TO_CLAIMREVIEW: dict[str, tuple[str, int | None]] = {
    "true": ("True", 7),
    "mostly-true": ("Mostly True", 6),
    "mixed": ("Mixture", 4),
    "misleading": ("Misleading", 3),
    "mostly-false": ("Mostly False", 2),
    "false": ("False", 1),
    "unverified": ("Unproven", None),
    "attributed": ("Attributed to its source, not verified", None),
    "opinion": ("Opinion", None),  # never exported: ClaimReview rates checkable claims
}

# ClaimReview textual ratings (lower-cased, punctuation removed) → our status.
# Ratings not listed here import as "unverified", keeping the original rating.
CLAIMREVIEW_RATINGS: dict[str, str] = {
    **dict.fromkeys(
        ["true", "correct", "accurate", "confirmed", "verified", "fact", "real", "legit", "geppetto checkmark"],
        "true",
    ),
    **dict.fromkeys(
        ["mostly true", "mostly correct", "mostly accurate", "largely true", "one pinocchio", "1 pinocchio"],
        "mostly-true",
    ),
    **dict.fromkeys(
        [
            "half true",
            "mixture",
            "mixed",
            "partly true",
            "partly false",
            "partially true",
            "partially false",
            "half truth",
            "somewhat true",
            "two pinocchios",
            "2 pinocchios",
        ],
        "mixed",
    ),
    **dict.fromkeys(
        [
            "misleading",
            "missing context",
            "out of context",
            "cherry picks",
            "exaggerated",
            "exaggeration",
            "distorts the facts",
            "lacks context",
            "spins the facts",
        ],
        "misleading",
    ),
    **dict.fromkeys(
        ["mostly false", "mostly incorrect", "largely false", "three pinocchios", "3 pinocchios"], "mostly-false"
    ),
    **dict.fromkeys(
        [
            "false",
            "pants on fire",
            "pants on fire!",
            "incorrect",
            "fake",
            "fake news",
            "hoax",
            "wrong",
            "fabricated",
            "not true",
            "inaccurate",
            "scam",
            "four pinocchios",
            "4 pinocchios",
            "debunked",
            "baseless",
        ],
        "false",
    ),
    "attributed to its source not verified": "attributed",
    **dict.fromkeys(
        [
            "unproven",
            "unverified",
            "unsupported",
            "unsubstantiated",
            "no evidence",
            "research in progress",
            "unknown",
            "undetermined",
            "legend",
            "outdated",
        ],
        "unverified",
    ),
}

_PUNCT = re.compile(r"[^\w\s]+")


# Ratings about who said something, whether it is a joke, or how it was captioned, not
# about whether it is true: a correctly attributed quote may be false, a misattributed one true. They import
# as unverified with the original rating kept and shown (``about_truth`` is False).
NOT_ABOUT_TRUTH = frozenset(
    [
        "correct attribution",
        "correctly attributed",
        "misattributed",
        "incorrect attribution",
        "wrong attribution",
        "unattributed",
        "satire",
        "labeled satire",
        "labelled satire",
        "parody",
        "miscaptioned",
    ]
)


def rating_key(rating: str) -> str:
    """A textual rating as the tables hold it: lower case, punctuation as spaces."""
    return " ".join(_PUNCT.sub(" ", rating.casefold()).split())


def about_truth(rating: str | None) -> bool:
    """False for a rating that judges attribution or satire, not truth."""
    return not rating or rating_key(rating) not in NOT_ABOUT_TRUTH


def status_from_rating(rating: str | None) -> tuple[str, bool]:
    """A ClaimReview textual rating → (our status, whether the rating was known)."""
    if not rating:
        return "unverified", False
    key = rating_key(rating)
    if key in NOT_ABOUT_TRUTH:
        return "unverified", True
    if key in CLAIMREVIEW_RATINGS:
        return CLAIMREVIEW_RATINGS[key], True
    if rating.casefold().strip() in CLAIMREVIEW_RATINGS:
        return CLAIMREVIEW_RATINGS[rating.casefold().strip()], True
    return "unverified", False


def clean(value: Any) -> str | None:
    """A scalar as one line of text, or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = num_text(f) if (f := num(value)) is not None else None
    if not isinstance(value, str):
        return None
    text = " ".join(value.encode("utf-8", "replace").decode("utf-8").split())  # lone surrogates: "?"
    return text or None


def num(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            out = float(value)
        except OverflowError:  # an integer beyond a float's range
            return None
        return out if math.isfinite(out) else None
    if isinstance(value, str):
        try:
            out = float(value.strip())
        except (ValueError, OverflowError):
            return None
        return out if math.isfinite(out) else None
    return None


def num_text(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


OWN_SCALE = {value: status for status, (_, value) in TO_CLAIMREVIEW.items() if value is not None}
OWN_SCALE[5] = "mostly-true"
_ANCHORS = [(0.0, "false"), (0.25, "mostly-false"), (0.5, "mixed"), (0.75, "mostly-true"), (1.0, "true")]


def status_from_scale(value: float, best: float, worst: float = 1.0) -> str:
    """A numeric rating on a known scale → our status (see the module docstring)."""
    if worst == 1 and best == 7 and value == int(value):
        return OWN_SCALE[int(value)]
    f = (value - worst) / (best - worst)
    return min(_ANCHORS, key=lambda a: (abs(a[0] - f), abs(a[0] - 0.5)))[1]


def read_rating(rating: dict[str, Any] | None) -> tuple[str | None, str | None, str | None]:
    """reviewRating → (status, original rating text, reason to skip)."""
    if not rating:
        return None, None, "no reviewRating"
    text = clean(rating.get("alternateName"))
    if text:
        status, known = status_from_rating(text)
        if known:
            return status, text, None
    raw_value = rating.get("ratingValue")
    if raw_value is not None and raw_value != "":
        value = num(raw_value)
        best = num(rating.get("bestRating"))
        worst = num(rating.get("worstRating"))
        worst = 1.0 if worst is None else worst
        numeric_problem = None
        if value is None:
            numeric_problem = f"ratingValue {raw_value!r} is not a number"
        elif best is None:
            numeric_problem = f"numeric rating {num_text(value)} without bestRating (the scale is unknown)"
        elif best <= worst:
            numeric_problem = f"bestRating {num_text(best)} is not above worstRating {num_text(worst)}"
        elif not worst <= value <= best:
            numeric_problem = f"ratingValue {num_text(value)} is outside {num_text(worst)}–{num_text(best)}"
        if numeric_problem is None:
            assert value is not None and best is not None
            shown = text or f"{num_text(value)} on a scale of {num_text(worst)} to {num_text(best)}"
            return status_from_scale(value, best, worst), shown, None
        if not text:
            return None, None, numeric_problem
    if text:
        return "unverified", text, None
    return None, None, "the rating has no alternateName and no ratingValue"


__all__ = [
    "TO_CLAIMREVIEW",
    "CLAIMREVIEW_RATINGS",
    "status_from_rating",
    "status_from_scale",
    "read_rating",
    "clean",
    "num",
    "num_text",
]

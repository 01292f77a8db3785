"""The status vocabulary and the derived stance (the ClaimReview mapping is in
``bot.claimreview.ratings``).

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

from .claim import Stance, Status

DESCRIPTIONS: dict[str, str] = {
    "true": "the documents establish it",
    "mostly-true": "established, with minor inaccuracies or missing detail",
    "mixed": "parts are established and parts are contradicted",
    "misleading": "accurate in part but presented to mislead, or out of context",
    "mostly-false": "the documents contradict its main point",
    "false": "the documents contradict it",
    "unverified": "claimed or reported, but not established by the documents",
}

STATUS_VALUES = [s.value for s in Status]


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

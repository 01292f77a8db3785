"""Would reranking fewer candidates change answers? (issue 13)

    python bench/scale.py --sizes 100k --keep /tmp/scale      # keeps /tmp/scale/100k/
    python bench/rerank_depth.py /tmp/scale/100k [--candidates 10]

Asks every question ``bench/scale.py`` kept for a base (the measured and the sustained
ones) twice, without logging: with ``Tuning.candidates`` (20) and with ``--candidates``.
Prints the time per ask of each, how many answers changed outcome or claim, how many
top-3 lists changed, and the first changed answers.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.match import Tuning  # noqa: E402
from bot.service import ClaimService  # noqa: E402
from bot.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a base kept by bench/scale.py --keep (claimbot.db, questions)")
    parser.add_argument("--candidates", type=int, default=10, help="the depth to compare with the default")
    args = parser.parse_args()
    db = args.folder / "claimbot.db"
    if not db.is_file():
        raise SystemExit(f"{db}: not found; keep a base with: python bench/scale.py --sizes 100k --keep DIR")
    questions = [
        json.loads(line)["q"]
        for name in ("questions.jsonl", "sustain.jsonl")
        for line in (args.folder / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    service = ClaimService.open(Settings(_env_file=None), db=db)
    answers = {}
    try:
        for depth in (Tuning().candidates, args.candidates):
            service.matcher.tuning = dataclasses.replace(Tuning(), candidates=depth)
            service.ask("warm up", log=False)
            start = time.perf_counter()
            out = []
            for q in questions:
                a = service.ask(q, log=False).answer
                out.append((a.outcome, a.claim.id if a.claim else None, [c.id for c in a.candidates[:3]]))
            ms = (time.perf_counter() - start) / len(questions) * 1000
            answers[depth] = out
            print(f"{depth} candidates: {ms:.3f} ms an ask (not logged)")
    finally:
        service.close()
    default, other = answers[Tuning().candidates], answers[args.candidates]
    changed = [(q, a, b) for q, a, b in zip(questions, default, other, strict=True) if a[:2] != b[:2]]
    top3 = sum(a[2] != b[2] for a, b in zip(default, other, strict=True))
    print(f"{len(questions):,} questions: {len(changed)} answers changed outcome or claim; {top3} top-3 lists changed")
    for q, a, b in changed[:10]:
        print(f"  {q!r}: {a[0]} {a[1]} → {b[0]} {b[1]}")


if __name__ == "__main__":
    main()

"""Latency of one ask (match + answer + log row) on the bundled claim base.

    python bench/ask.py [--rounds N]

Prints the median, p95 and max milliseconds per question over every question of
tests/questions.json, with and without logging, and the resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import ClaimService  # noqa: E402
from bot.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    data = json.loads((ROOT / "tests" / "questions.json").read_text(encoding="utf-8"))
    questions = [p["q"] for p in data["positives"]] + data["off_topic"] + data["near_topic"]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        service = ClaimService.open(Settings(), db=Path(tmp) / "bench.db")
        print(
            f"open + first-run import: {(time.perf_counter() - start) * 1000:.0f} ms, "
            f"{service.store.claim_count()} claims"
        )
        for log in (False, True):
            times = []
            for _ in range(args.rounds):
                for q in questions:
                    t = time.perf_counter()
                    service.ask(q, log=log)
                    times.append((time.perf_counter() - t) * 1000)
            times.sort()
            print(
                f"ask {'with' if log else 'without'} logging: {len(times)} questions, "
                f"median {statistics.median(times):.2f} ms, p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms, "
                f"max {times[-1]:.2f} ms"
            )
        service.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {rss:.0f} MB")


if __name__ == "__main__":
    main()

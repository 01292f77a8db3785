"""How many chat messages per second watch mode can screen (issue 14).

    python bench/watch.py [--claims 10000] [--messages 3000]

Two claim bases: the bundled one, and the bundled one plus N generated ClaimReview
claims (everyday words, so that ordinary chat shares terms with them and more of it
reaches the matcher than with the bundled base). The messages are the watcher's own
examples (tests/test_watch.py: ordinary chat and restated claims, about 2:1), cycled,
and its ordinary chat alone.
For each base it prints messages per second through the prefilter alone (what runs on
the event loop) and through the whole core path (``ClaimService.watch``: prefilter,
matcher, decision; default statuses, so nothing is logged), and the share of messages
that reached the matcher. ``--semantic off`` reads by words alone (the default reads by
meaning too when the semantic extra is installed: ``bot/semantic.py``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.service import ClaimService  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.watch import SKIPS  # noqa: E402
from tests.test_watch import ORDINARY, RESTATED  # noqa: E402

WORDS = (
    "game server phone update weather rain city mayor council school teacher price bread coffee vaccine "
    "election vote bank tax police road bridge river flood football team coach player music concert movie "
    "market bitcoin company worker strike hospital doctor virus water power grid fire forest beach tourist "
    "airport flight train ticket law court judge minister president army border church museum festival "
    "internet app data privacy battery car engine fuel farm crop milk meat festival storm snow summer night"
).split()
VERBS = "banned bought closed opened raised cut sold built cancelled approved delayed moved".split()


def generated_reviews(n: int, seed: int = 14) -> str:
    """N ClaimReview records in JSON Lines, with statements made of everyday words."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        a, b, c = rng.sample(WORDS, 3)
        text = f"The {a} {rng.choice(VERBS)} the {b} {c} in {rng.randint(1990, 2030)} (claim {i})."
        lines.append(
            json.dumps(
                {
                    "@type": "ClaimReview",
                    "url": f"https://checks.example.org/watch/{i}",
                    "claimReviewed": text,
                    "reviewRating": {"@type": "Rating", "alternateName": rng.choice(["False", "Mostly False", "True"])},
                    "author": {"@type": "Organization", "name": "Example Checks"},
                }
            )
        )
    return "\n".join(lines)


def measure(service: ClaimService, messages: list[str]) -> tuple[float, float, float]:
    """Messages per second (prefilter alone, whole core path) and the share that reached the matcher."""
    start = time.perf_counter()
    reasons = [service.watch(text, guild_id=1, channel_id=2, prefixes=["!"]).reason for text in messages]
    full = len(messages) / (time.perf_counter() - start)
    start = time.perf_counter()  # the event loop's screening, with the terms the watch path met
    for text in messages:
        service.watcher.screen(text, ["!"])
    screen = len(messages) / (time.perf_counter() - start)
    reached = sum(r not in SKIPS for r in reasons) / len(messages)
    return screen, full, reached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=10_000, help="generated claims added to the bundled base")
    parser.add_argument("--messages", type=int, default=3000, help="messages screened per base")
    parser.add_argument(
        "--semantic", default="auto", help="CLAIMBOT_SEMANTIC: auto (the extra if installed), off, or a model folder"
    )
    args = parser.parse_args()
    pool = ORDINARY + [text for text, _ in RESTATED]
    messages = [pool[i % len(pool)] for i in range(args.messages)]
    chat = [ORDINARY[i % len(ORDINARY)] for i in range(args.messages)]
    with tempfile.TemporaryDirectory() as tmp:
        service = ClaimService.open(Settings(_env_file=None, semantic=args.semantic), db=Path(tmp) / "bench.db")
        print("reading by meaning too (the semantic extra)" if service.semantic else "reading by words alone")
        try:
            for label in ("bundled", "generated"):
                if label == "generated":
                    reviews = Path(tmp) / "reviews.jsonl"
                    reviews.write_text(generated_reviews(args.claims), encoding="utf-8")
                    service.import_path(reviews, actor="bench")
                for kind, stream in (("examples", messages), ("ordinary chat only", chat)):
                    screen, full, reached = measure(service, stream)
                    print(
                        f"{service.store.claim_count():>6} claims ({label}), {kind}: prefilter {screen:,.0f} msg/s; "
                        f"whole watch path {full:,.0f} msg/s; {reached:.0%} of messages reached the matcher"
                    )
        finally:
            service.close()


if __name__ == "__main__":
    main()

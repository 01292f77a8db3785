"""Right and confidently wrong answers on the labelled question files, file by file.

    python bench/questions.py                       # every tuning file, and their totals
    python bench/questions.py --blind               # the blind files, figures only
    python bench/questions.py --tuning light_weight=1.0 --tuning done_check=False

The totals the README gives for the tuning files ("2,074 right of 2,191" for the sixteen of
session 12, "2,389 of 2,533" with the two added in session 13) come from here.
A blind file is printed as figures only, never its questions; ``--misses`` prints what a
tuning file's positives got instead of their claim (never for a blind file).
``--tuning name=value`` overrides a ``bot.match.Tuning`` field, to measure a rule against
the defaults.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluate import evaluate, load_questions  # noqa: E402
from bot.service import ClaimService  # noqa: E402
from bot.settings import Settings  # noqa: E402

TESTS = ROOT / "tests"
# Never tuned on (tests/test_quality.py says when each was written and measured).
BLIND = (
    "questions_set3.json",
    "questions_set12.json",
    "questions_set15.json",
    "questions_set19.json",
    "questions_set21.json",
    "questions_set23.json",
    "questions_set25.json",
    "questions_set28.json",
    "questions_set31.json",
    "questions_set33.json",
    "questions_set36.json",
    "questions_set37.json",
    "questions_set41.json",
    "questions_set46.json",
    "questions_set50.json",
    "questions_set54.json",
    "questions_set55.json",
    "questions_set71.json",
    "questions_set72.json",
    "questions_set83.json",
    "questions_set84.json",
    "questions_set97.json",
    "questions_set102.json",
    "questions_set105.json",
    "questions_set106.json",
)
# The sixteen tuning files of session 12, then the two added in session 13, the one of
# session 14, the four of session 15, the three of session 16, those of sessions 17 to 22 and 24.
TUNING = (
    "questions_heldout.json",
    "questions.json",
    "questions_tuning2.json",
    *(f"questions_set{n}.json" for n in (4, 5, 7, 6, 8, 9, 10, 11, 13, 14, 17, 18, 20)),
    "questions_set16.json",
    "questions_set22.json",
    "questions_set24.json",
    "questions_set26.json",
    "questions_set27.json",
    "questions_set29.json",
    "questions_set30.json",
    "questions_set32.json",
    "questions_set34.json",
    "questions_set35.json",
    "questions_set38.json",
    "questions_set39.json",
    "questions_set40.json",
    "questions_set42.json",
    "questions_set43.json",
    "questions_set44.json",
    "questions_set45.json",
    "questions_set47.json",
    "questions_set48.json",
    "questions_set49.json",
    "questions_set51.json",
    "questions_set52.json",
    "questions_set53.json",
    "questions_set56.json",
    "questions_set57.json",
    "questions_set58.json",
    "questions_set59.json",
    "questions_set60.json",
    "questions_set61.json",
    "questions_set62.json",
    "questions_set63.json",
    "questions_set64.json",
    "questions_set65.json",
    "questions_set66.json",
    "questions_set67.json",
    "questions_set68.json",
    "questions_set69.json",
    "questions_set70.json",
    "questions_set73.json",
    "questions_set74.json",
    "questions_set75.json",
    "questions_set76.json",
    "questions_set77.json",
    "questions_set78.json",
    "questions_set79.json",
    "questions_set80.json",
    "questions_set81.json",
    "questions_set82.json",
    *(f"questions_set{n}.json" for n in range(85, 97)),
    "questions_set98.json",
    "questions_set99.json",
    "questions_set100.json",
    "questions_set101.json",
    "questions_set103.json",
    "questions_set104.json",
    "questions_set107.json",
    "questions_set108.json",
    "questions_set109.json",
    "questions_set110.json",
    "questions_set111.json",
    "questions_set112.json",
)
SESSION_12 = TUNING.index("questions_set16.json")  # the first sixteen: the tuning files of session 12


def _override(service: ClaimService, pairs: list[str]) -> None:
    """Apply ``name=value`` overrides to the matcher's tuning; a bad one exits with a message."""
    tuning = service.matcher.tuning
    for pair in pairs:
        name, _, text = pair.partition("=")
        if not hasattr(tuning, name):
            raise SystemExit(f"--tuning {pair}: Tuning has no field {name!r}")
        current = getattr(tuning, name)
        try:
            value = type(current)(ast.literal_eval(text))
        except (ValueError, SyntaxError, TypeError):
            raise SystemExit(f"--tuning {pair}: {text!r} is not a {type(current).__name__}") from None
        tuning = dataclasses.replace(tuning, **{name: value})
    service.matcher.tuning = tuning


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blind", action="store_true", help="the blind files instead of the tuning files")
    parser.add_argument("--tuning", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--misses", action="store_true", help="print a tuning file's misses")
    args = parser.parse_args()
    files = BLIND if args.blind else TUNING
    with tempfile.TemporaryDirectory() as tmp:
        service = ClaimService.open(Settings(), db=Path(tmp) / "bench.db")
        _override(service, args.tuning)
        right = positives = wrong = asked = 0
        for i, name in enumerate(files):
            if not args.blind and i == SESSION_12:
                print(f"{'total, session 12 files':28} right {right:,} of {positives:,}; confidently wrong {wrong:,}")
            figures = evaluate(service, load_questions(TESTS / name))
            print(f"{name:28} {figures.summary()}")
            right += figures.positives_right
            positives += figures.positives
            wrong += figures.confidently_wrong
            asked += figures.asked
            if args.misses and not args.blind:
                for miss in figures.misses:
                    print("   ", miss)
        print(f"{'total':28} right {right:,} of {positives:,}; confidently wrong {wrong:,} of {asked:,}")


if __name__ == "__main__":
    main()

"""bench/verifier.py (the verifier's training and measure, session 25): the typos it trains on
and the options it refuses. Training itself needs torch and is not run here."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
try:
    import verifier as bench_verifier
finally:
    sys.path.remove(str(ROOT / "bench"))

QUESTION = "will turkey send the s-400 back to russia in 2026?"


def test_typos_touch_one_or_two_longer_words_and_nothing_else():
    words = QUESTION.split(" ")
    touched = 0
    for seed in range(200):
        noisy = bench_verifier.typos(QUESTION, random.Random(seed)).split(" ")
        assert len(noisy) == len(words)
        changed = [(a, b) for a, b in zip(words, noisy, strict=True) if a != b]
        assert len(changed) <= 2, noisy  # a letter replaced by itself changes nothing
        touched += bool(changed)
        for before, after in changed:
            # a word of four letters or more; never a model number, a year or a short word
            assert before.isalpha() and len(before) >= 4
            assert abs(len(after) - len(before)) <= 1 and after[0] == before[0]
    assert touched >= 190


def test_typos_are_the_same_for_the_same_seed():
    a = [bench_verifier.typos(QUESTION, random.Random(7)) for _ in range(3)]
    assert a[0] == a[1] == a[2]
    assert bench_verifier.typos("is it so?", random.Random(1)) == "is it so?"  # no word long enough


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--held-from", "nope.json"], "--held-from nope.json: not a tuning file"),
        (["--noise", "1.5"], "--noise 1.5: a probability, from 0 to 1"),
        (["--epochs", "0"], "--epochs 0: at least 1"),
    ],
)
def test_a_bad_option_is_refused_with_a_message(args, message):
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "verifier.py"), *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert message in done.stderr
    assert "Traceback" not in done.stderr

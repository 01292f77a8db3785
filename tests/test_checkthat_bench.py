"""The CheckThat! benchmark harness: its scorer, and a short real run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT

DATA = ROOT.parent / "shared" / "data" / "checkthat2020"
spec = importlib.util.spec_from_file_location("checkthat", ROOT / "bench" / "checkthat.py")
checkthat = importlib.util.module_from_spec(spec)
spec.loader.exec_module(checkthat)


def test_average_precision_as_the_official_scorer():
    # gold at ranks 2 and 4 of two gold claims: (1/2 + 2/4) / 2
    assert checkthat.average_precision(["a", "g1", "b", "g2", "c"], {"g1", "g2"}, 5) == pytest.approx(0.5)
    assert checkthat.average_precision(["a", "g1"], {"g1"}, 1) == 0.0
    assert checkthat.average_precision(["g1"], {"g1"}, 1) == 1.0
    figures = checkthat.score({"q1": ["x", "g"], "q2": ["h"], "q3": ["z"]}, {"q1": {"g"}, "q2": {"h"}})
    assert figures["queries"] == 2  # q3 has no gold pair
    assert figures["MAP@5"] == pytest.approx((0.5 + 1.0) / 2)
    assert figures["P@1"] == pytest.approx(0.5)


def test_pasted_tweets_are_cleaned_by_the_core():
    from bot.normalize import clean_pasted

    tweet = "Turkey sends the #S400 back https://t.co/x pic.twitter.com/y — Jo Doe (@jodoe) July 3, 2025"
    assert clean_pasted(tweet) == "Turkey sends the S 400 back Jo Doe"
    assert clean_pasted(tweet, keep_author=False) == "Turkey sends the S 400 back"
    assert clean_pasted("will Turkey return S-400") == "will Turkey return S-400"


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data/checkthat2020 is not beside this checkout")
def test_a_short_run_prints_the_figures(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "checkthat.py"),
            "--split",
            "dev",
            "--limit",
            "40",
            "--db",
            str(tmp_path / "ct.db"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert "claim base: 10,375 claims" in out.stdout
    line = next(x for x in out.stdout.splitlines() if x.strip().startswith("dev ("))
    for name in ("MAP@1", "MAP@5", "P@1", "MRR@5", "per tweet"):
        assert name in line
    map5 = float(line.split("MAP@5")[1].split()[0])
    assert 0.5 < map5 <= 1.0
    assert "Turkey question set" in out.stdout

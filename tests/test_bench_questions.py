"""The question-set benchmark (bench/questions.py): it runs as a script, prints a line per
file and the totals, prints a blind file as figures only, and refuses a bad override."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = ROOT / "bench" / "questions.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300)


def test_blind_files_print_figures_only():
    done = _run("--blind", "--misses")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == [
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
    ]
    assert all("confidently wrong:" in line for line in lines[:-1])
    assert lines[-1].startswith("total") and "right" in lines[-1]
    assert "'q'" not in done.stdout and "?" not in done.stdout  # no question is printed


def test_an_override_that_is_not_a_tuning_field_or_value_is_refused():
    for bad, message in (("nope=1", "Tuning has no field 'nope'"), ("light_weight=abc", "'abc' is not a float")):
        done = _run("--blind", "--tuning", bad)
        assert done.returncode != 0
        assert message in done.stderr
        assert "Traceback" not in done.stderr

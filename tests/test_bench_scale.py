"""The scale benchmark (bench/scale.py) at 1k claims: it runs end to end and prints its table.
No timing is asserted: only that the figures are there and make sense."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = ROOT / "bench" / "scale.py"
HEADER = [
    "claims",
    "import s",
    "db MB",
    "RSS import MB",
    "RSS ask MB",
    "cold start s",
    "in-process ms p50/p95/p99",
    "CLI ms p50/p95/p99",
    "asks/s",
    "rows lost",
    "acc@1",
    "top1",
    "wrong",
    "abstain",
    "scan p50 ms",
    "×scan p50/p99",
]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def test_the_scale_benchmark_prints_its_table_at_1k(tmp_path):
    figures = tmp_path / "scale.json"
    out = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--sizes",
            "1000",
            "--questions",
            "60",
            "--seconds",
            "1",
            "--cold-runs",
            "2",
            "--json",
            str(figures),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| claims |"))
    assert _cells(lines[header]) == HEADER
    row = dict(zip(HEADER, _cells(lines[header + 2]), strict=True))
    assert row["claims"].startswith("1k (")
    assert row["rows lost"] == "0"
    for name in ("acc@1", "top1", "wrong", "abstain"):
        assert 0.0 <= float(row[name]) <= 1.0, (name, row[name])
    assert "Machine:" in out.stdout and "Command: python bench/scale.py --sizes 1000" in out.stdout

    data = json.loads(figures.read_text(encoding="utf-8"))
    (size,) = data["sizes"]
    assert size["claims"] == 1000 and size["import"]["created"] == 1000
    assert size["inprocess"]["claims_total"] >= 1000  # the generated base beside the bundled one
    assert size["rows_lost"] == 0 and size["cli"]["rows"]["lost"] == 0 and size["inprocess"]["rows"]["lost"] == 0
    acc = size["inprocess"]["accuracy"]
    assert acc["questions"] == 48 and acc["offtopic"] == 12
    assert size["cli"]["accuracy"]["questions"] == 48
    for value in (acc["acc@1"], acc["top1"], acc["wrong"], acc["abstain"], size["scan"]["acc@1"]):
        assert 0.0 <= value <= 1.0


def test_scale_help_prints_its_options():
    """``--help`` works (a "%" in a help text once made argparse crash)."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "--sizes" in result.stdout and "off-topic" in result.stdout

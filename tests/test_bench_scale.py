"""The scale benchmark (bench/scale.py) at 1k claims: it runs end to end and prints its table.
No timing is asserted: only that the figures are there and make sense."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "bench" / "scale.py"
spec = importlib.util.spec_from_file_location("scale", SCRIPT)
scale = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scale)
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
            "--setting",
            "verify=false",
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
    assert "Settings: CLAIMBOT_VERIFY=false" in out.stdout

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

    # Where the time goes: both breakdowns printed, one row per size, and in the JSON.
    assert "Where the time goes" in out.stdout
    ask_head = next(line for line in lines if line.startswith("| claims | asks |"))
    for bucket in ("matching", "reading claims", "building the answer", "logging (log_query)", "other"):
        assert f"| {bucket} |" in ask_head, bucket
    import_head = next(line for line in lines if line.startswith("| claims | reviews |"))
    for bucket in ("reading reviews", "search documents", "checks and merging", "SQLite writes", "search copy"):
        assert f"| {bucket}" in import_head, bucket
    assert "this process only; reading may run on another core" in out.stdout.lower()
    asks, imported = size["inprocess"]["profile"], size["import"]["profile"]
    assert asks["count"] == scale.PROFILED_ASKS and imported["count"] == 1000
    for profile in (asks, imported):
        assert sum(b["share"] for b in profile["buckets"].values()) == pytest.approx(1.0, abs=0.01)
        assert profile["buckets"][max(profile["buckets"], key=lambda k: profile["buckets"][k]["share"])]["us"] > 0
    assert asks["buckets"]["matching"]["share"] > 0 and asks["buckets"]["logging (log_query)"]["share"] > 0
    assert imported["buckets"]["SQLite writes"]["share"] > 0
    assert data["targets"] and any(t.startswith("- throughput at 1k") for t in data["targets"])

    # A missed target states its measured cause (faked here: timings are never asserted).
    slow = copy.deepcopy(size)
    slow.update(claims=1_000_000, label="1M")
    slow["inprocess"]["sustained"]["asks_per_s"] = 500.0
    slow["import"]["seconds"] = 300.0
    lines = scale.targets([slow], data["bundled_cold_start"])
    causes = [line for line in lines if line.strip().startswith("- cause (measured):")]
    assert len(causes) == 2, lines
    assert "1,000/s needs ≤ 1 ms" in causes[1] and "%" in causes[1]
    assert "300 µs a review" in causes[0] and "reading may run on another core" in causes[0]


def test_scale_help_prints_its_options():
    """``--help`` works (a "%" in a help text once made argparse crash)."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "--sizes" in result.stdout and "off-topic" in result.stdout


def test_a_setting_reaches_the_runs_and_a_bad_one_is_refused(monkeypatch):
    """``--setting verify=false`` is the only CLAIMBOT_* variable the runs see (the caller's are
    dropped); a name that is not a setting, or no "=", is refused with a message."""
    monkeypatch.setenv("CLAIMBOT_SEMANTIC", "off")
    env = scale.Runner({"verify": "false"}).env
    assert {k: v for k, v in env.items() if k.startswith("CLAIMBOT_")} == {"CLAIMBOT_VERIFY": "false"}
    for bad in ("nope=1", "verify"):
        result = subprocess.run(
            [sys.executable, str(SCRIPT), "--setting", bad], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 2 and "use NAME=VALUE with a field of bot.settings.Settings" in result.stderr
        assert "Traceback" not in result.stderr


def test_self_time_outside_bot_counts_for_the_bot_function_that_called_it():
    """sqlite3's execute under log_query is logging; under a store read, reading claims; a store
    helper counts for its caller; a function with no bot/ caller is "other"."""
    bot = str(ROOT / "bot")
    ask = (f"{bot}/service.py", 1, "ask")
    log_query = (f"{bot}/store.py", 2, "log_query")
    claims = (f"{bot}/store.py", 3, "claims")
    helper = (f"{bot}/store.py", 4, "_rows")
    execute = ("~", 0, "<method 'execute' of 'sqlite3.Connection' objects>")
    root = ("/bench/loop.py", 1, "loop")
    # cProfile's stats: func -> (cc, nc, tottime, cumtime, {caller: (nc, cc, tottime, cumtime)})
    stats = {
        root: (1, 1, 0.5, 10.0, {}),
        ask: (1, 1, 1.0, 9.5, {root: (1, 1, 1.0, 9.5)}),
        log_query: (1, 1, 0.5, 3.5, {ask: (1, 1, 0.5, 3.5)}),
        claims: (1, 1, 1.0, 5.0, {ask: (1, 1, 1.0, 5.0)}),
        helper: (1, 1, 1.0, 3.0, {claims: (1, 1, 1.0, 3.0)}),
        execute: (2, 2, 5.0, 5.0, {log_query: (1, 1, 3.0, 3.0), helper: (1, 1, 2.0, 2.0)}),
    }
    seconds = scale.time_by_bucket(stats, scale.ask_bucket)
    assert seconds == pytest.approx({"other": 1.5, "logging (log_query)": 3.5, "reading claims": 4.0})


def test_rerank_depth_explains_itself_and_names_a_missing_base(tmp_path):
    script = SCRIPT.with_name("rerank_depth.py")
    shown = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and "--candidates" in shown.stdout
    missing = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "not found" in missing.stderr and "Traceback" not in missing.stderr

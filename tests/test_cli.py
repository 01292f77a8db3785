"""The command line through its real entry point (click's runner, and a subprocess)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.conftest import ROOT

CLAIM = "turkey-return-s400-to-russia"


@pytest.fixture
def run(env):
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def _rows(run) -> list[dict]:
    return json.loads(run("logs", "recent", "-n", "1000", "--json").output)


def test_ask_prints_the_claim_status_and_the_evidence_against_it(run):
    result = run("ask", "will Turkey return S-400")
    assert result.exit_code == 0
    out = result.output
    assert "Claim: Turkey may return its S-400 systems to Russia." in out
    assert "Status: UNVERIFIED" in out
    assert "Stance of the sources: asserted by Webangah News Agency, reporting US media and officials" in out
    assert "Turkish Armed Forces [neutral]" in out  # "position unchanged" does not contradict "may return"
    assert "(undated)" in out
    assert "remains constant and unchanged" in out
    assert "Webangah News Agency, International Desk" in out
    assert "Why: matched terms: turkey, return, s400" in out


def test_ask_without_quotes_joins_the_words(run):
    result = run("ask", "will", "Turkey", "return", "S-400")
    assert CLAIM in result.output


def test_ask_json_has_the_documented_fields(run):
    result = run("ask", "--json", "will Turkey return S-400")
    data = json.loads(result.output)
    assert data["query"] == "will Turkey return S-400"
    assert data["matched"] is True and data["score"] > 0 and data["why"]
    claim = data["claim"]
    assert claim["id"] == CLAIM and claim["status"] == "unverified" and claim["stance"].startswith("asserted by")
    assert claim["verdict"] == "UNVERIFIED"
    assert claim["claimant"] and all(isinstance(q, str) for q in claim["evidence"])
    assert claim["sources"][0] == {
        "outlet": "Webangah News Agency, International Desk",
        "title": "Turkey’s S-400 Stance Remains Unchanged Amidst US Pressure",
        "url": None,
        "date": None,
    }
    assert [c["id"] for c in data["candidates"]][0] == CLAIM
    assert len(data["candidates"]) == 5
    assert len(json.loads(run("ask", "--json", "--top", "2", "turkey s400").output)["candidates"]) == 2


def test_batch_from_stdin_gives_one_line_out_per_line_in(run):
    lines = ["will Turkey return S-400", "", "???", "Will India return its S-400?", "x" * 5000, "is turkey sanctioned"]
    result = run("ask", "--json", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert len(out) == len(lines)
    assert [o["query"][:50] for o in out] == [line[:50] for line in lines]
    assert out[0]["matched"] and out[0]["claim"]["id"] == CLAIM
    for bad in (out[1], out[2], out[4]):
        assert bad["matched"] is False and bad["error"]
    assert out[3]["matched"] is False
    assert len(_rows(run)) == len(lines)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty question"),
        ("   \t ", "empty question"),
        ("?!?...", "no letters or digits"),
        ("x" * 10_000, "too long"),
        ("\u200b\u200b\u200d", "empty question"),
        ("🙂" * 2000, "no letters"),
    ],
)
def test_bad_questions_exit_2_with_a_message_and_a_log_row(run, question, message):
    result = run("ask", question)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    rows = _rows(run)
    assert len(rows) == 1 and rows[0]["outcome"] == "error" and message in rows[0]["error"]


def test_control_characters_and_mixed_scripts_are_handled(run):
    result = run("ask", "will Turkey\x00\x07 return\u200b S-400\x1b[31m")
    assert result.exit_code == 0 and CLAIM in result.output
    result = run("ask", "Will Тurkey return S-400")  # Cyrillic Т
    assert CLAIM in result.output
    result = run("ask", "Вернет ли Турция С-400?")
    assert result.exit_code == 0 and "No checked claim matches" in result.output
    assert "Latin script" in result.output


def test_no_log_leaves_no_row(run):
    run("ask", "--no-log", "will Turkey return S-400")
    assert _rows(run) == []


def test_missing_question_is_a_usage_error(run):
    result = run("ask")
    assert result.exit_code == 2 and "give a question" in result.output


def test_claims_list_and_show(run):
    listing = run("claims", "list")
    assert CLAIM in listing.output and "claims" in listing.output.splitlines()[-1]
    data = json.loads(run("claims", "list", "--json").output)
    assert len(data) >= 18 and all(c["evidence"] for c in data)
    shown = run("claims", "show", CLAIM)
    assert "Zeki Akturk" in shown.output
    missing = CliRunner().invoke(main, ["claims", "show", "no-such-claim"])
    assert missing.exit_code == 1 and "no claim with id 'no-such-claim'" in missing.output
    assert "Traceback" not in missing.output


def test_curation_commands_record_history(run):
    refused = CliRunner().invoke(main, ["claims", "set-status", CLAIM, "false", "--note", "Refuted later"])
    assert refused.exit_code == 1 and "is a truth rating, but no evidence from someone other than" in refused.output
    assert "Traceback" not in refused.output
    assert run("claims", "set-status", CLAIM, "opinion", "--note", "Reread", "--as", "mod:ann").exit_code == 0
    assert run("claims", "edit", CLAIM, "--add-phrasing", "are the s400s going home", "--as", "mod:ann").exit_code == 0
    history = json.loads(run("claims", "history", CLAIM, "--json").output)
    assert [h["action"] for h in history][-2:] == ["set-status", "add-phrasing"]
    assert history[-2]["before"]["status"] == "unverified" and history[-2]["actor"] == "mod:ann"
    text = run("claims", "history", CLAIM).output
    assert "status: unverified → opinion" in text
    assert run("claims", "retire", CLAIM).exit_code == 0
    assert CLAIM not in run("claims", "list").output
    answer = json.loads(run("ask", "--json", "will Turkey return S-400").output)
    assert answer["claim"] is None or answer["claim"]["id"] != CLAIM


def test_claims_add_checks_the_quote_against_the_document(run):
    bad = CliRunner().invoke(
        main,
        [
            "claims",
            "add",
            "--statement",
            "Turkey sold the S-400.",
            "--status",
            "false",
            "--claimant",
            "someone",
            "--quote",
            "Turkey sold the S-400.",
            "--source",
            "webangah-turkey-s400-stance",
        ],
    )
    assert bad.exit_code == 1 and "not found word for word" in bad.output
    good = run(
        "claims",
        "add",
        "--statement",
        "The S-400 deal cost Turkey $2.5 billion.",
        "--status",
        "attributed",
        "--claimant",
        "Webangah News Agency",
        "--quote",
        "the $2.5 billion S-400 purchase agreement",
        "--source",
        "webangah-turkey-s400-stance",
        "--id",
        "s400-cost-2-5-billion-mod",
    )
    assert good.exit_code == 0 and "added s400-cost-2-5-billion-mod" in good.output
    bad_status = CliRunner().invoke(main, ["claims", "set-status", CLAIM, "maybe", "--note", "x"])
    assert bad_status.exit_code == 2 and "maybe" in bad_status.output


def test_import_and_export(run, tmp_path):
    out = tmp_path / "export"
    assert run("claims", "export", str(out)).exit_code == 0
    assert (out / "webangah-turkey-s400-stance.json").exists()
    again = run("claims", "import", str(ROOT / "knowledge"))
    assert "0 created, 0 updated" in again.output
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["claims", "import", str(broken)])
    assert result.exit_code == 1 and "broken.json: not valid JSON" in result.output
    missing = CliRunner().invoke(main, ["claims", "import", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_logs_commands(run, tmp_path):
    for q in ("will Turkey return S-400", "Will India return its S-400?", "will india return its s400", ""):
        run("ask", q)
    unmatched = run("logs", "unmatched").output
    assert unmatched.startswith("2×") and "india" in unmatched.lower() and "best:" in unmatched
    stats = json.loads(run("logs", "stats", "--json").output)
    assert stats["questions"] == 4 and stats["matched"] == 1 and stats["errors"] == 1
    assert stats["match_rate"] == 0.25 and stats["top_claims"][0]["claim_id"] == CLAIM
    assert "questions: 4" in run("logs", "stats").output
    text = run("logs", "export", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 4 and rows[0]["question"] == "will Turkey return S-400"
    data = json.loads(run("logs", "export", "--format", "json").output)
    assert len(data) == 4
    target = tmp_path / "log.csv"
    run("logs", "export", "-o", str(target))
    assert target.read_text(encoding="utf-8") == text
    assert "will india" in run("logs", "recent", "-n", "2").output


def test_installed_console_script_and_python_m(db_path):
    env = {**os.environ, "CLAIMBOT_DB": str(db_path)}
    env.pop("CLAIMBOT_KNOWLEDGE_DIR", None)
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "will Turkey return S-400"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0 and CLAIM in out.stdout
    script = os.path.join(os.path.dirname(sys.executable), "claimbot")
    out = subprocess.run([script, "ask", ""], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 2 and "empty question" in out.stderr and "Traceback" not in out.stderr


def test_a_bad_setting_is_named_in_one_line(run, monkeypatch):
    monkeypatch.setenv("CLAIMBOT_LOG_LEVEL", "loud")
    result = CliRunner().invoke(main, ["ask", "will Turkey return S-400"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: bad setting CLAIMBOT_LOG_LEVEL: Input should be 'DEBUG', 'INFO', 'WARNING', 'ERROR' or 'CRITICAL'"
    ]


def test_claimreview_import_ask_and_export_through_the_cli(run, tmp_path):
    data = ROOT / "tests" / "data" / "claimreview"
    first = run("claims", "import", str(data / "single.json"))
    assert first.exit_code == 0 and first.output.startswith("1 created, 0 updated")
    again = run("claims", "import", str(data / "single.json"))
    assert again.output.startswith("0 created, 0 updated, 1 unchanged")
    answer = json.loads(
        run("ask", "--json", "--top", "3", "did NASA confirm six days of total darkness in December").output
    )
    assert answer["matched"] and answer["claim"]["status"] == "false"
    assert answer["claim"]["rating"] == "Pants on Fire"
    url = "https://www.politifact.com/factchecks/2020/jan/06/viral-image/no-nasa-did-not-confirm-six-days-darkness/"
    assert answer["candidates"][0]["url"] == url
    assert any(s["url"] == url for s in answer["claim"]["sources"])
    text = run("ask", "did NASA confirm six days of total darkness in December").output
    assert "Original rating: Pants on Fire" in text and url in text
    out = tmp_path / "reviews.json"
    assert run("claims", "export", "--format", "claimreview", str(out)).exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    nasa = next(r for r in exported if r["claimReviewed"].startswith("NASA has confirmed"))
    assert nasa["reviewRating"]["alternateName"] == "Pants on Fire" and nasa["@type"] == "ClaimReview"
    bad = CliRunner().invoke(main, ["claims", "import", str(data / "not-claimreview.json")])
    assert bad.exit_code == 1 and "not-claimreview.json" in bad.output and "Traceback" not in bad.output


# --- watch: a preview of watch mode -------------------------------------------------

RESTATEMENT = "turkey may return its s-400 systems to russia, heard it today"


def test_watch_previews_a_reply_without_logging_it(run):
    before = len(_rows(run))
    result = run("watch", RESTATEMENT, "--statuses", "all")
    assert result.exit_code == 0
    assert result.output.startswith("reply (") and "Turkey may return its S-400 systems to Russia." in result.output
    assert "Status: UNVERIFIED" in result.output and "Why: matched terms" in result.output
    assert len(_rows(run)) == before  # a preview: nothing logged


def test_watch_says_why_it_would_not_reply(run):
    held = run("watch", RESTATEMENT)  # the default statuses: false, mostly-false, misleading, mixed
    assert held.exit_code == 0 and held.output.startswith("no reply (")
    assert "status is not among --statuses" in held.output and "turkey-return-s400-to-russia" in held.output
    short = run("watch", "turkey s400 lol")
    assert "too short to be a claim" in short.output
    data = json.loads(run("watch", "--json", RESTATEMENT, "--statuses", "all").output)
    assert data["reply"] is True and data["claim_id"] == "turkey-return-s400-to-russia"
    assert data["answer"]["claim"]["id"] == "turkey-return-s400-to-russia"


def test_watch_refuses_a_bad_status_or_no_message_in_one_line(run):
    bad = CliRunner().invoke(main, ["watch", RESTATEMENT, "--statuses", "fals"])
    assert bad.exit_code == 2 and "unknown status 'fals'" in bad.output and "Traceback" not in bad.output
    empty = CliRunner().invoke(main, ["watch"])
    assert empty.exit_code == 2 and "give a chat message" in empty.output


def test_every_reason_watch_mode_gives_has_words():
    from bot.cli import WATCH_REASONS
    from bot.watch import HOLDS, SKIPS

    assert set(SKIPS) | set(HOLDS) <= set(WATCH_REASONS)

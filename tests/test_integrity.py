"""Nothing lost, nothing silently overwritten (issue 11, first part): quotes are checked,
files do not take over each other's claims or sources, re-imports keep moderators'
later changes, bad input and unwritable paths are one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.service import ClaimService, ServiceError
from tests.conftest import KNOWLEDGE, ROOT, make_settings, review_line

CLAIM = "turkey-return-s400-to-russia"
FILE = "webangah-turkey-s400-stance.json"


def _copy(tmp_path: Path) -> Path:
    kdir = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, kdir)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return kdir


def test_a_quote_added_without_a_source_is_checked_against_the_claims_document(service):
    with pytest.raises(ServiceError, match="not found word for word"):
        service.add_evidence(
            CLAIM, quote="Turkey will certainly hand them back next week.", speaker="X", stance="refutes", actor="mod"
        )
    assert len(service.get_claim(CLAIM).evidence) == 4


def test_a_file_cannot_take_over_a_claim_of_another_source(service, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    data = json.loads((KNOWLEDGE / FILE).read_text(encoding="utf-8"))
    data["source"] = {"id": "another-outlet", "title": "Another story", "outlet": "Another outlet"}
    data["claims"] = [dict(data["claims"][0], evidence=[], related=[])]
    (other / "another-outlet.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ServiceError, match=rf"claim '{CLAIM}' already belongs to source 'webangah-turkey-s400-stance'"):
        service.import_path(other, actor="test")
    assert service.get_claim(CLAIM).source == "webangah-turkey-s400-stance"


def test_a_file_cannot_reuse_a_source_id_for_another_document(service, tmp_path):
    kdir = _copy(tmp_path)
    data = json.loads((kdir / FILE).read_text(encoding="utf-8"))
    data["source"].update(title="Something else entirely", document=None)
    for claim in data["claims"]:
        claim["evidence"] = [dict(e, quote="words nobody checked") for e in claim["evidence"]]
    (kdir / FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ServiceError, match="source 'webangah-turkey-s400-stance'.*already the document"):
        service.import_path(kdir, actor="test")
    assert service.sources()["webangah-turkey-s400-stance"].text  # the document is still held


def test_reimport_keeps_a_moderators_later_change_unless_forced(service, tmp_path):
    service.set_status(CLAIM, "opinion", note="reviewed", actor="mod:ann")
    service.retire("turkey-bought-s400-in-2017", actor="mod:ann")
    counts = service.import_path(KNOWLEDGE, actor="reimport")
    kept = {c["claim"]: c for c in counts["conflicts"]}
    assert set(kept) == {CLAIM, "turkey-bought-s400-in-2017"}
    assert kept[CLAIM]["fields"] == ["status"] and kept[CLAIM]["by"] == "mod:ann"
    assert service.get_claim(CLAIM).status == "opinion"
    assert service.get_claim("turkey-bought-s400-in-2017").retired
    forced = service.import_path(KNOWLEDGE, actor="reimport", force=True)
    assert forced["conflicts"] == [] and service.get_claim(CLAIM).status == "unverified"


def test_a_retired_claim_can_be_restored(service, env):
    service.retire(CLAIM, actor="mod")
    service.close()
    out = CliRunner().invoke(main, ["claims", "restore", CLAIM, "--note", "back", "--as", "mod:b"])
    assert out.exit_code == 0 and f"restored {CLAIM}" in out.output
    again = CliRunner().invoke(main, ["claims", "restore", CLAIM])
    assert again.exit_code == 1 and "is not retired" in again.output
    history = json.loads(CliRunner().invoke(main, ["claims", "history", CLAIM, "--json"]).output)
    assert [h["action"] for h in history][-2:] == ["retire", "restore"]


def test_undecodable_input_is_answered_and_the_stream_goes_on(db_path, tmp_path):
    stream = b"will turkey return s400\n\xff\xfe\xfd\nis the s400 deployed in ankara\n"
    out = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db_path), "ask", "--json", "-"],
        input=stream,
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr.decode()
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(lines) == 3 and lines[1]["outcome"] == "error" and lines[2]["query"].startswith("is the s400")
    assert b"Traceback" not in out.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["logs", "export", "-o", "/no/such/folder/log.csv"],
        ["claims", "export", "--format", "claimreview", "/no/such/folder/cr.json"],
    ],
)
def test_an_unwritable_output_path_is_one_line(env, args):
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 1 and "cannot write /no/such/folder/" in out.output and "Traceback" not in out.output


def test_a_wrong_knowledge_folder_is_an_error_not_an_empty_base(env, monkeypatch):
    monkeypatch.setenv("CLAIMBOT_KNOWLEDGE_DIR", "/no/such/knowledge")
    out = CliRunner().invoke(main, ["ask", "will turkey return s400"])
    assert out.exit_code == 1 and "the knowledge folder /no/such/knowledge does not exist" in out.output


def test_a_damaged_database_is_one_line(tmp_path, env):
    bad = tmp_path / "damaged.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    out = CliRunner().invoke(main, ["--db", str(bad), "ask", "x"])
    assert out.exit_code == 1 and str(bad) in out.output and "Traceback" not in out.output


def test_three_first_asks_at_once_on_a_new_database_all_answer(tmp_path):
    db = tmp_path / "new.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "--db", str(db), "ask", "--json", "will turkey return s400"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e.decode()[-300:] for _, e in results]
    svc = ClaimService.open(make_settings(), db=db)
    try:
        assert len(svc.recent(10)) == 3 and svc.store.claim_count() == 38
    finally:
        svc.close()


def test_setting_the_same_status_again_notifies_nobody(service):
    from bot import followup

    service.ask("will Turkey return S-400", interface="discord", user_id=7, guild_id=1, channel_id=2)
    service.set_status(CLAIM, "opinion", note="reread", actor="mod")
    assert len(followup.for_status_change(service, CLAIM, mode="reply")) == 1
    service.set_status(CLAIM, "opinion", note="the same, with a better note", actor="mod")
    assert followup.for_status_change(service, CLAIM, mode="reply") == []


def _reviews(n: int) -> str:
    return "\n".join(
        review_line(i, f"Synthetic claim number {i} about topic {i % 97} and place {i % 89}.") for i in range(n)
    )


IMPORT_SIZE = int(os.environ.get("CLAIMBOT_TEST_IMPORT", "12000"))  # the figure: 100000
ASKS = int(os.environ.get("CLAIMBOT_TEST_ASKS", "300"))  # the figure: 2000


def test_a_large_import_beside_a_stream_of_asks_loses_no_question(tmp_path):
    """A large import commits in chunks while another process asks a stream of
    questions: every question is answered and logged, and no "database is locked".
    CI runs 12,000 reviews beside 300 questions; the issue's 100,000 beside 2,000 runs with
    CLAIMBOT_TEST_IMPORT=100000 CLAIMBOT_TEST_ASKS=2000 (README, "Operations")."""
    db = tmp_path / "busy.db"
    reviews = tmp_path / "reviews.jsonl"
    reviews.write_text(_reviews(IMPORT_SIZE), encoding="utf-8")
    first = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "warm up"], capture_output=True, cwd=tmp_path, timeout=120
    )
    assert first.returncode == 0, first.stderr.decode()
    importer = subprocess.Popen(
        [sys.executable, "-m", "bot", "--db", str(db), "claims", "import", str(reviews)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    questions = "\n".join(f"will turkey return the s400 number {i}" for i in range(ASKS)) + "\n"
    asker = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "--json", "-"],
        input=questions.encode(),
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err.decode()[-500:]
    assert asker.returncode == 0 and b"locked" not in asker.stderr, asker.stderr.decode()[-500:]
    assert len(asker.stdout.decode().splitlines()) == ASKS
    assert f"{IMPORT_SIZE} created".encode() in out
    svc = ClaimService.open(make_settings(), db=db)
    try:
        assert svc.stats()["questions"] == ASKS + 1
    finally:
        svc.close()


def test_sigkill_mid_stream_leaves_a_sound_database_with_every_printed_answer_logged(tmp_path):
    import signal

    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--db", str(db), "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    printed = 0
    for i in range(400):
        proc.stdin.write(f"will turkey return the s400 {i}\n".encode())
        proc.stdin.flush()
        if i % 50 == 49:  # every answer printed so far was logged before it was printed
            while printed < i - 10:
                proc.stdout.readline()
                printed += 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    check = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), "db", "check"], capture_output=True, cwd=tmp_path, timeout=120
    )
    assert check.returncode == 0, check.stdout.decode() + check.stderr.decode()
    svc = ClaimService.open(make_settings(), db=db)
    try:
        assert svc.stats()["questions"] >= printed > 0
    finally:
        svc.close()


def test_a_queued_question_a_new_claim_answers_leaves_the_queue_and_hears_of_changes(service, env):
    from bot import followup

    asked = service.ask("is sourdough bread leavened with wild yeast", interface="discord", user_id=9, guild_id=1)
    service.ask("is sourdough bread leavened with wild yeast", interface="cli")
    assert {r["question"] for r in service.unmatched(10)} >= {"is sourdough bread leavened with wild yeast"}
    service.close()
    out = CliRunner().invoke(
        main,
        [
            "claims",
            "add",
            "--statement",
            "Sourdough bread is leavened with wild yeast.",
            "--status",
            "true",
            "--claimant",
            "Bakers guild",
            "--quote",
            "Sourdough is leavened by wild yeast.",
            "--source-url",
            "https://example.org/sourdough",
            "--outlet",
            "Example Science",
            "--id",
            "sourdough",
        ],
    )
    assert out.exit_code == 0 and "it answers 2 queued questions" in out.output
    svc = ClaimService.open(make_settings(), db=service.store.path)
    try:
        assert "is sourdough bread leavened with wild yeast" not in {r["question"] for r in svc.unmatched(10)}
        assert asked.query_id in followup.asked_about(svc, "sourdough")  # counts as asking about it
        svc.set_status("sourdough", "mostly-true", note="a nuance", actor="mod")
        (notice,) = followup.for_status_change(svc, "sourdough", mode="reply")
        assert notice.query_ids == (asked.query_id,)
        listed = CliRunner().invoke(main, ["logs", "followups", "--json"])
        assert listed.exit_code == 0 and json.loads(listed.output)[0]["state"] == "pending"
    finally:
        svc.close()

"""Operations: `claimbot db check|backup|vacuum`, the restore procedure of the README,
the heartbeat and `claimbot health`, and the container (its files, and its install
steps replayed without Docker)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import sysconfig
import time
from fnmatch import fnmatchcase
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from sqlite_utils.migrations import Migrations

from bot import health
from bot.cli import main
from bot.retrieve import IndexDoc
from bot.service import ClaimService
from bot.store import MIGRATIONS
from tests.conftest import ROOT, make_settings

N = len(MIGRATIONS._migrations)  # the migrations this claimbot knows

CLAIM = "turkey-return-s400-to-russia"
SOURCE = "webangah-turkey-s400-stance"
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def run(env):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def seeded(db_path):
    """A database made by the ordinary open (migrated, the bundled base imported), closed."""
    ClaimService.open(make_settings(), db=db_path).close()
    return db_path


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


# --- db check ------------------------------------------------------------------------


def test_db_check_passes_on_a_sound_database_and_says_what_it_checked(run, seeded):
    result = run("db", "check")
    assert result.exit_code == 0, result.output
    (summary,) = _lines(result.output)
    assert summary.startswith(f"ok: {seeded} (integrity, schema {N} of {N}, search index 38 claims")
    assert "38 claims against the rules" in summary and "quotes in 1 document" in summary
    quick = run("db", "check", "--quick")
    assert quick.exit_code == 0 and _lines(quick.output) == [f"ok: {seeded} (integrity (quick), schema {N} of {N})"]


def test_db_check_names_every_way_the_search_index_disagrees_with_the_claims(run, service, db_path):
    claims = {c.id: c for c in service.list_claims()}
    retired, gone, stale, twice = sorted(set(claims) - {CLAIM})[:4]
    service.retire(retired, actor="test")
    index = service.store.retriever
    index.write([], remove=[gone])  # a claim that is never matched
    index.write([IndexDoc("ghost-claim", "ghost", "", "", "")])  # a claim that does not exist
    index.write([IndexDoc(retired, "retired", "", "", "")])  # a retired claim back in the index
    index.write([IndexDoc(stale, "an older version", "", "", "")])  # not what the claim says now
    service.close()
    with sqlite3.connect(db_path) as conn:  # one claim twice (``write`` keys a document by its claim's rowid)
        conn.execute(
            "INSERT INTO claim_fts (claim_id, statement, phrasings, evidence, entities, relations) "
            "SELECT claim_id, statement, phrasings, evidence, entities, relations FROM claim_fts WHERE claim_id = ?",
            [twice],
        )
    conn.close()

    result = run("db", "check")
    assert result.exit_code == 1
    lines = _lines(result.output)
    assert set(lines[:-1]) == {
        f"search index: claim {gone!r} is not in the search index (it is never matched)",
        "search index: it holds claim 'ghost-claim', which does not exist",
        f"search index: retired claim {retired!r} is still in the search index",
        f"search index: claim {twice!r} is in the search index 2 times",
        f"search index: claim {stale!r} is indexed as an older version of it",
        # written behind the service's back: the tantivy copy has not caught up (a note)
        f"note: search copy: {db_path}.tantivy has not applied the latest changes yet; it catches up on the next ask",
    }
    assert lines[-1].startswith(f"5 problems in {db_path} (checked: integrity, schema {N} of {N}, search index")


def test_db_check_finds_a_quote_no_longer_word_for_word_in_its_document(run, service):
    source = service.store.source(SOURCE)
    quote = service.get_claim(CLAIM).evidence[0].quote
    service.store.save_source(source.model_copy(update={"text": source.text.replace(quote[:40], "")}))
    service.close()
    result = run("db", "check")
    assert result.exit_code == 1
    problems = _lines(result.output)[:-1]
    assert problems and all(p.startswith("claim '") and ".quote: not found word for word in" in p for p in problems)
    assert any(p.startswith(f"claim {CLAIM!r}: evidence[0].quote") for p in problems)
    assert "problem" in _lines(result.output)[-1]


def test_db_check_reports_a_schema_from_a_newer_release_and_one_not_yet_migrated(run, seeded, tmp_path):
    newer = Migrations("claimbot")  # the same migration set, one step further

    @newer(name="0099_from_the_future")
    def _future(db: sqlite_utils.Database) -> None:
        db["future"].create({"id": int}, pk="id")

    newer.apply(sqlite_utils.Database(seeded))
    result = run("db", "check")
    assert result.exit_code == 1
    assert _lines(result.output)[0] == (
        f"schema: version {N + 1} is newer than this claimbot's ({N}); unknown migrations: 0099_from_the_future; "
        "upgrade claimbot"
    )

    old = tmp_path / "release-0.1.0.db"  # made before migrations were recorded: schema version 3
    conn = sqlite3.connect(old)
    conn.executescript((ROOT / "tests" / "data" / "releases" / "release-0.1.0.sql").read_text(encoding="utf-8"))
    conn.close()
    result = run("--db", str(old), "db", "check")
    assert result.exit_code == 1
    assert _lines(result.output)[0].startswith(
        f"schema: 3 of {N} migrations applied; not applied: 0004_index_relations, 0005_server_claims_and_settings, "
        "0006_notice_delivery, 0007_watch_feedback, 0008_index_changes"
    )
    assert run("--db", str(old), "claims", "list").exit_code == 0  # any ordinary command migrates it
    migrated = run("--db", str(old), "db", "check")
    assert migrated.exit_code == 0, migrated.output
    # Its claims predate the editorial rule: a note each, not damage.
    notes = [line for line in _lines(migrated.output) if line.startswith("note: ")]
    assert notes[0].startswith("note: claim 's400-for-f35-exchange': evidence[0].stance: the quote is the claimant's")
    assert notes[-1].startswith("note: 2 editorial problems above")
    assert _lines(migrated.output)[-1].startswith(f"ok: {old}")


def test_db_check_on_a_damaged_foreign_empty_or_missing_file_is_one_line(run, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.close()
    empty = tmp_path / "empty.db"
    empty.touch()
    cases = {
        junk: "file is not a database",
        foreign: "is not a claimbot database",
        empty: "is empty: not a claimbot database",
        tmp_path / "missing.db": "no database at",
    }
    for path, message in cases.items():
        result = CliRunner().invoke(main, ["--db", str(path), "db", "check"])
        assert result.exit_code == 1, path
        (line,) = _lines(result.output)
        assert line.startswith("Error: ") and message in line, line
    assert not (tmp_path / "missing.db").exists()  # a check never creates a database
    assert foreign.stat().st_size and empty.stat().st_size == 0  # nor changes someone else's


def test_db_check_lists_the_integrity_problems_of_a_damaged_page(run, seeded):
    data = bytearray(seeded.read_bytes())
    page = 4096
    assert len(data) > 60 * page
    for n in range(30, 60, 3):  # scribble over a stretch of b-tree pages
        data[n * page + 100 : n * page + 1100] = b"\xff" * 1000
    seeded.write_bytes(bytes(data))
    result = run("db", "check")
    assert result.exit_code == 1
    lines = _lines(result.output)
    assert lines[0].startswith(("integrity: ", "Error: ")) and "Traceback" not in result.output
    assert "***" not in result.output  # SQLite's banner is not a problem


# --- db backup and the restore procedure ----------------------------------------------


WRITER = """
import sys
import time
from bot.service import ClaimService
from bot.settings import Settings

service = ClaimService.open(Settings(_env_file=None), db=sys.argv[1])
i = 0
while True:
    service.add_claim(
        statement=f"Backup test claim number {i} was written by the writer",
        status="unverified",
        claimant="the writer",
        quote=f"the writer wrote claim {i}",
        source_url=f"https://example.org/written/{i}",
        claim_id=f"written-{i}",
        actor="test:writer",
    )
    service.ask(f"was claim {i} written", interface="discord", user_id=i)
    print(i, time.time(), flush=True)  # claim i is committed
    i += 1
"""


def _wait_for(proc: subprocess.Popen, count: int, after: float = 0.0) -> int:
    """Read the writer's progress until it has committed ``count`` claims after the time
    ``after``; returns how many it has committed in all."""
    seen = done = 0
    deadline = time.monotonic() + 60
    while seen < count:
        line = proc.stdout.readline()
        assert line, f"the writer stopped: {proc.stderr.read()}"
        index, at = line.split()
        done = int(index) + 1
        seen += float(at) > after
        assert time.monotonic() < deadline
    return done


def test_backup_while_the_bot_writes_then_the_readme_restore_procedure(run, db_path, tmp_path):
    """The README's restore, step by step, with a backup made while another process
    writes claims (each claim, its evidence, revision and index entry in one transaction)
    and that process then killed: it leaves a write-ahead log, which step 2 removes."""
    backup = tmp_path / "backups" / "claimbot-2025-01-31.db"
    backup.parent.mkdir()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        _wait_for(writer, 5)
        result = run("db", "backup", str(backup))  # while the writer keeps writing
        assert result.exit_code == 0, result.output
        assert _lines(result.output) == [f"backed up {db_path} to {backup}: {backup.stat().st_size / 1024:.1f} kB"]
        written = _wait_for(writer, 5, after=time.time())  # and five more after the backup
    finally:
        writer.send_signal(signal.SIGKILL)  # 1. stop the bot (here: the worst way)
        writer.wait(timeout=10)
    assert Path(f"{db_path}-wal").exists()
    assert not Path(f"{backup}-wal").exists() and not Path(f"{backup}-journal").exists()

    # 2. delete the old database's write-ahead log; 3. copy the backup over the database
    for leftover in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(backup, db_path)
    # 4. check it
    checked = run("db", "check")
    assert checked.exit_code == 0, checked.output
    assert _lines(checked.output)[-1].startswith(f"ok: {db_path}")

    # The data is there: the bundled base, and the writer's claims up to the backup, whole.
    ids = {c["id"] for c in json.loads(run("claims", "list", "--json").output)}
    kept = sorted(int(i.removeprefix("written-")) for i in ids if i.startswith("written-"))
    assert kept == list(range(len(kept))) and 5 <= len(kept) < written
    assert CLAIM in ids and len(ids) == 38 + len(kept)
    last = json.loads(run("claims", "history", f"written-{kept[-1]}", "--json").output)
    assert [r["actor"] for r in last] == ["test:writer"]
    logged = json.loads(run("logs", "recent", "-n", "1000", "--json").output)
    assert len(kept) - 1 <= len([r for r in logged if r["interface"] == "discord"]) <= len(kept)
    asked = run("ask", "--json", "will Turkey return S-400")
    assert json.loads(asked.output)["claim"]["id"] == CLAIM


def test_backup_refuses_to_overwrite_without_force_and_says_why_it_cannot_write(run, seeded, tmp_path):
    target = tmp_path / "copy.db"
    assert run("db", "backup", str(target)).exit_code == 0
    before = target.read_bytes()
    refused = run("db", "backup", str(target))
    assert refused.exit_code == 1
    assert _lines(refused.output) == [f"Error: {target} exists: give another file, or --force to replace it"]
    assert target.read_bytes() == before
    assert run("db", "backup", "--force", str(target)).exit_code == 0
    assert run("--db", str(target), "db", "check").exit_code == 0  # a backup is a sound database

    if os.geteuid() == 0:  # root writes anywhere a mode allows: use a folder no one may create files in
        unwritable = Path("/proc/claimbot-backup.db")
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        unwritable = locked / "b.db"
    cases = {
        unwritable: "cannot write the backup",
        tmp_path / "no-such-folder" / "b.db": "the folder",
        tmp_path: "is a folder: give the backup a file name",
        seeded: "is the database itself",
        Path(f"{seeded}-wal"): "is the database itself",
    }
    for path, message in cases.items():
        result = run("db", "backup", "--force", str(path))
        assert result.exit_code == 1, path
        (line,) = _lines(result.output)
        assert line.startswith("Error: ") and message in line, line
    assert run("db", "check").exit_code == 0  # the database is untouched
    assert not list(tmp_path.glob(".*partial*"))


# --- db vacuum ---------------------------------------------------------------------------


def test_vacuum_compacts_and_prints_the_size_before_and_after(run, service, db_path):
    seeded = db_path
    index = service.store.retriever
    index.write([IndexDoc(f"filler-{i}", "filler " * 200, "", "", "") for i in range(400)])
    index.write([], remove=[f"filler-{i}" for i in range(400)])  # free pages left behind
    service.close()
    result = run("db", "vacuum")
    assert result.exit_code == 0, result.output
    (line,) = _lines(result.output)
    assert line.startswith(f"vacuumed {seeded}: ") and " before, " in line and " after (" in line
    before, after = (int(n.replace(",", "")) for n in line.rsplit("(", 1)[1].rstrip(" bytes)").split(" → "))
    assert after < before
    wal = Path(f"{seeded}-wal")
    assert after == seeded.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    assert run("db", "check").exit_code == 0


# --- heartbeat and health ------------------------------------------------------------------


def test_the_heartbeat_is_beside_the_database():
    assert health.heartbeat_path("/data/claimbot.db") == Path("/data/claimbot.db.heartbeat")
    assert health.heartbeat_path(":memory:") is None


def test_a_heartbeat_is_healthy_only_while_fresh_connected_and_reading_its_database(tmp_path):
    beat = tmp_path / "claimbot.db.heartbeat"
    assert health.heartbeat_problems(beat) == [
        f"heartbeat: none at {beat} (is the bot running? it writes one every 30 s)"
    ]
    health.write_heartbeat(beat, now=1000.0)
    assert json.loads(beat.read_text())["connected"] is True
    assert health.heartbeat_problems(beat, max_age=90, now=1089.0) == []
    (stale,) = health.heartbeat_problems(beat, max_age=90, now=1091.0)
    assert stale.startswith("heartbeat: the last one is 91 s old") and "stopped or stuck" in stale
    health.write_heartbeat(beat, connected=False, now=1000.0)
    assert health.heartbeat_problems(beat, now=1001.0) == [
        "heartbeat: the bot is not connected to Discord (at 1970-01-01T00:16:40Z)"
    ]
    health.write_heartbeat(beat, db_error="disk I/O error", now=1000.0)
    assert health.heartbeat_problems(beat, now=1001.0) == [
        "heartbeat: the bot cannot read its database: disk I/O error"
    ]
    beat.write_text("{not json")
    assert health.heartbeat_problems(beat) == [f"heartbeat: {beat} cannot be read"]
    health.clear_heartbeat(beat)
    assert not beat.exists()
    health.clear_heartbeat(beat)  # twice is fine
    assert not list(tmp_path.iterdir())  # no temporary file left behind


def test_beat_reads_the_database_and_records_what_it_found(service, db_path):
    beat = health.heartbeat_path(db_path)
    assert health.beat(service, beat, connected=True) is None
    assert health.check(beat, db=db_path, settings=make_settings()) == []
    service.close()  # the bot's connection is gone: the next beat says so
    error = health.beat(service, beat, connected=True)
    assert error and "cannot be read" in error
    (problem,) = health.check(beat, db=db_path, settings=make_settings())
    assert problem.startswith("heartbeat: the bot cannot read its database: ")
    blocked = db_path.parent / "a-file" / "claimbot.db.heartbeat"  # its folder is a file: never written
    blocked.parent.write_text("")
    assert "cannot write the heartbeat" in health.beat(service, blocked, connected=True)  # returned, not raised


def test_claimbot_health_exits_0_only_when_the_bot_and_its_database_are_healthy(run, seeded):
    beat = health.heartbeat_path(seeded)
    missing = run("health")
    assert missing.exit_code == 1
    assert _lines(missing.output) == [
        f"heartbeat: none at {beat} (is the bot running? it writes one every 30 s)",
        "unhealthy: 1 problem",
    ]
    health.write_heartbeat(beat)
    healthy = run("health")
    assert healthy.exit_code == 0, healthy.output
    assert _lines(healthy.output) == [f"healthy: heartbeat fresh and connected; {seeded} usable"]
    health.write_heartbeat(beat, now=time.time() - 120)
    assert run("health").exit_code == 1
    assert run("health", "--max-age", "300").exit_code == 0
    other = seeded.with_name("elsewhere.heartbeat")
    health.write_heartbeat(other, connected=False)
    assert "not connected to Discord" in run("health", "--heartbeat", str(other)).output

    health.write_heartbeat(beat)
    seeded.write_bytes(os.urandom(8192))  # the database is no longer usable
    broken = run("health")
    assert broken.exit_code == 1
    assert _lines(broken.output) == [
        f"database: cannot open the database {seeded}: file is not a database",
        "unhealthy: 1 problem",
    ]


# --- the container --------------------------------------------------------------------------


def _instructions(dockerfile: Path) -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    out, pending = [], ""
    for raw in dockerfile.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        keyword, _, args = line.partition(" ")
        out.append((keyword.upper(), args.strip()))
    return out


DOCKERFILE = _instructions(ROOT / "Dockerfile")


def _index(keyword: str, contains: str) -> int:
    (i,) = [i for i, (k, a) in enumerate(DOCKERFILE) if k == keyword and contains in a]
    return i


def test_the_dependency_layer_is_built_from_pyproject_alone_before_the_code_is_copied():
    deps = _index("RUN", "pip install -r")
    assert DOCKERFILE[deps - 1] == ("COPY", "pyproject.toml ./")  # nothing else feeds that layer
    assert deps < _index("COPY", "README.md") < _index("COPY", "bot/") < _index("RUN", "pip install --no-deps .")
    for later in ("bot/ bot/", "knowledge/ knowledge/", "seeds/ seeds/"):
        assert _index("COPY", later) > deps


def test_the_image_keeps_the_database_on_data_runs_unprivileged_and_checks_its_health():
    env = " ".join(a for k, a in DOCKERFILE if k == "ENV")
    assert "CLAIMBOT_DB=/data/claimbot.db" in env
    assert ("USER", "claimbot") in DOCKERFILE and ("VOLUME", '["/data"]') in DOCKERFILE
    (check,) = [a for k, a in DOCKERFILE if k == "HEALTHCHECK"]
    assert check.endswith('CMD ["claimbot", "health"]') and "--interval=30s" in check
    assert health.HEARTBEAT_SECONDS == 30  # what the README and the interval assume


def _dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule, simplified: a pattern matches the path or a folder above it;
    ``**/`` matches any depth (no ``!`` exceptions are used)."""
    parts = path.split("/")
    for pattern in patterns:
        anywhere, form = pattern.startswith("**/"), pattern.removeprefix("**/")
        for end in range(1, len(parts) + 1):
            starts = range(end) if anywhere else (0,)
            if any(fnmatchcase("/".join(parts[start:end]), form) for start in starts):
                return True
    return False


def _dockerignore() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_build_context_leaves_out_venvs_git_databases_caches_and_bench_output():
    patterns = _dockerignore()
    for path in (
        ".git/HEAD",
        ".ci/venv/bin/python",
        ".venv/lib/x.py",
        "claimbot.db",
        "data/claimbot.db-wal",
        "bot/__pycache__/cli.cpython-311.pyc",
        ".pytest_cache/v/cache",
        ".ruff_cache/x",
        ".hypothesis/examples/x",
        "bench/out/run.json",
        ".env",
    ):
        assert _dockerignored(path, patterns), path
    for path in ("pyproject.toml", "README.md", "bot/cli.py", "knowledge/aliases.json", f"seeds/{SOURCE}.txt"):
        assert not _dockerignored(path, patterns), path


def test_compose_has_a_named_volume_for_data_and_the_env_file():
    text = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    assert "env_file: .env" in text
    assert "- claimbot-data:/data" in text
    assert "\nvolumes:\n  claimbot-data:" in text
    assert "CLAIMBOT_DB: /data/claimbot.db" in text
    assert "restart: unless-stopped" in text


def test_the_readme_env_example_does_not_move_the_database_off_the_docker_volume():
    block = README.split("**Configure it**", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert "DISCORD_TOKEN=" in block
    assert not [line for line in block.splitlines() if line.strip().startswith("CLAIMBOT_DB=")]
    assert "leave `CLAIMBOT_DB` out of `.env`" in README


def _copy_into_context(src: str, dest: Path, patterns: list[str]) -> None:
    """COPY src dest, as Docker does it with .dockerignore (folders: their content)."""
    source = ROOT / src
    if source.is_file():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest if not str(dest).endswith("/") else dest / source.name)
        return
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(ROOT).as_posix()
        if path.is_file() and not _dockerignored(rel, patterns):
            target = dest / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def test_the_image_install_steps_replayed_without_docker_answer_from_the_bundled_base(tmp_path):
    """The Dockerfile's steps in /src, replayed in a fresh virtual environment: each COPY
    (with .dockerignore), each RUN (but the removal of /src). The dependencies are found
    in this test run's environment (put on the new one's path, so pip finds them
    installed, as it would after the image's dependency layer); the package itself is
    built and installed from the copied files, not editable. Then the installed
    `claimbot` answers with HOME unwritable and CLAIMBOT_DB in a writable folder."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    site = Path(
        subprocess.run(
            [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "_dependency_layer.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = venv / "bin" / "pip"
    pip.write_text('#!/bin/sh\nexec "$(dirname "$0")/python" -m pip "$@"\n')
    pip.chmod(0o755)

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    for keyword, args in DOCKERFILE:
        if keyword == "ENV":
            for pair in shlex.split(args):
                key, _, value = pair.partition("=")
                env[key] = value

    start = next(i for i, (k, a) in enumerate(DOCKERFILE) if (k, a) == ("WORKDIR", "/src"))
    end = next(i for i, (k, _) in enumerate(DOCKERFILE) if k == "USER")
    context = tmp_path / "src"
    context.mkdir()
    patterns = _dockerignore()
    cleanup = {"cd /", "rm -rf /src"}
    replayed = []
    for keyword, args in DOCKERFILE[start + 1 : end]:
        if keyword == "COPY":
            *sources, dest = args.split()
            for src in sources:
                _copy_into_context(src.rstrip("/"), context / dest if dest != "./" else context, patterns)
        elif keyword == "RUN":
            for command in (c.strip() for c in args.split("&&")):
                if command in cleanup:
                    continue
                subprocess.run(command, shell=True, cwd=context, env=env, check=True, timeout=120)
                replayed.append(command)
        else:
            pytest.fail(f"the replay does not know {keyword} {args}")
    assert any("pip install -r requirements.txt" in c for c in replayed)
    assert "pip install --no-deps ." in replayed

    home = tmp_path / "home-is-a-file"
    home.write_text("nothing can be written under HOME\n")
    data = tmp_path / "data"
    data.mkdir()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env.pop("XDG_DATA_HOME", None)
    env.update(HOME=str(home / "home"), CLAIMBOT_DB=str(data / "claimbot.db"))
    where = subprocess.run(
        ["python", "-c", "import bot.knowledge as k; print(k.default_knowledge_dir())"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where) == site / "bot" / "_data" / "knowledge"  # the installed package's copy, not the checkout
    answer = subprocess.run(
        ["claimbot", "ask", "will Turkey return S-400"], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert answer.returncode == 0, answer.stderr
    assert "Claim: Turkey may return its S-400 systems to Russia." in answer.stdout
    assert "Status: UNVERIFIED" in answer.stdout and not answer.stderr
    assert (data / "claimbot.db").is_file()
    check = subprocess.run(["claimbot", "db", "check"], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and check.stdout.startswith(f"ok: {data / 'claimbot.db'}"), check.stdout


def test_db_check_compares_the_tantivy_copy_with_the_database(run, service, db_path):
    service.close()
    result = run("db", "check")
    assert result.exit_code == 0 and "search copy" in result.output, result.output
    # A copy that lost documents (here: made from an empty database) is named, with the fix.
    import shutil

    empty = ClaimService.open(make_settings(), db=db_path.parent / "empty.db", seed=False)
    empty.close()
    shutil.rmtree(f"{db_path}.tantivy")
    shutil.copytree(f"{db_path.parent / 'empty.db'}.tantivy", f"{db_path}.tantivy")
    (Path(f"{db_path}.tantivy") / "synced.json").write_text(
        json.dumps({"seq": _head(db_path), "schema": 1}), encoding="utf-8"
    )
    result = run("db", "check")
    assert result.exit_code == 1
    assert f"search copy: {db_path}.tantivy holds 0 documents, the database 38" in result.output
    assert "delete the folder and claimbot builds it again" in result.output


def _head(db_path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT max(seq) FROM index_changes").fetchone()[0]

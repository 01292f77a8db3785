"""The test fixtures ignore the developer's ``.env`` and ``CLAIMBOT_*`` variables.

A ``.env`` (or a shell) with ``CLAIMBOT_KNOWLEDGE_DIR=/nonexistent`` would open an
empty claim base, and ``CLAIMBOT_LOG_LEVEL=loud`` would fail validation; neither
may reach a test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.service import ClaimService
from bot.settings import Settings
from tests.conftest import KNOWLEDGE, ROOT, is_setting_variable, make_settings

CLAIM_ID = "turkey-return-s400-to-russia"
BAD_SETTINGS = {
    "CLAIMBOT_KNOWLEDGE_DIR": "/nonexistent",
    "CLAIMBOT_LOG_LEVEL": "loud",
    "CLAIMBOT_DB": "/nonexistent/claimbot.db",
    "DISCORD_TOKEN": "not-a-token",
}


def write_bad_env(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".env").write_text("".join(f"{k}={v}\n" for k, v in BAD_SETTINGS.items()), encoding="utf-8")
    return folder


def test_the_bad_env_file_is_really_bad(tmp_path, monkeypatch):
    """The premise: plain ``Settings()`` in that folder does read the file."""
    monkeypatch.chdir(write_bad_env(tmp_path / "dev"))
    with pytest.raises(ValueError, match="log_level"):
        Settings()


def test_the_fixtures_helper_ignores_a_bad_env_file(tmp_path, monkeypatch):
    monkeypatch.chdir(write_bad_env(tmp_path / "dev"))
    settings = make_settings()
    assert settings.log_level == "INFO" and settings.discord_token is None
    assert settings.knowledge_dir == KNOWLEDGE
    svc = ClaimService.open(settings, db=tmp_path / "t.db")  # as the ``service`` fixture opens it
    try:
        assert svc.get_claim(CLAIM_ID).id == CLAIM_ID
    finally:
        svc.close()


def test_a_test_starts_with_no_settings_variable_and_no_env_file():
    # but the verifier's switch, off (tests/conftest.py: the word rules are tested by words)
    assert [name for name in os.environ if is_setting_variable(name)] == ["CLAIMBOT_VERIFY"]
    assert os.environ["CLAIMBOT_VERIFY"] == "0"
    assert not Path(".env").exists()
    Settings()  # the code under test may read the environment itself: it finds nothing


def test_probe_the_service_fixture(service):
    """Run by the next test in a hostile setting; passes trivially here."""
    assert service.get_claim(CLAIM_ID).id == CLAIM_ID
    assert Settings().log_level == "INFO"


def test_the_fixtures_hold_in_a_folder_with_a_bad_env_and_bad_variables(tmp_path):
    """The real thing: pytest started from a folder holding a bad ``.env``, in a shell
    that sets the same bad values (and one in lower case, which pydantic-settings reads)."""
    folder = write_bad_env(tmp_path / "dev")
    environ = {k: v for k, v in os.environ.items() if not is_setting_variable(k)}
    environ.update(BAD_SETTINGS, claimbot_prefix="??????", PYTHONPATH=str(ROOT))
    node = f"{ROOT / 'tests' / 'test_settings_env.py'}::test_probe_the_service_fixture"
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", node],
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "1 passed" in out.stdout

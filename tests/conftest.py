"""Shared fixtures: a service on a fresh database seeded from the bundled claim base."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import ClaimService
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
SEED = ROOT / "seeds" / "webangah-turkey-s400-stance.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claimbot.db"


@pytest.fixture
def service(db_path: Path):
    svc = ClaimService.open(Settings(), db=db_path)
    yield svc
    svc.close()


@pytest.fixture
def env(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for CLI runs: the test's own database, no .env from the cwd."""
    monkeypatch.setenv("CLAIMBOT_DB", str(db_path))
    monkeypatch.delenv("CLAIMBOT_KNOWLEDGE_DIR", raising=False)
    return {"CLAIMBOT_DB": str(db_path)}

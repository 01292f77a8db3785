"""Shared fixtures: a service on a fresh database seeded from the bundled claim base.

Every test runs in its own empty folder with no ``CLAIMBOT_*`` or ``DISCORD_TOKEN``
variable set, so neither a developer's ``.env`` nor their shell changes what the
tests see. Paths to the checkout's files go through ``ROOT``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from bot.service import ClaimService
from bot.settings import Settings

# CI runs the property tests on hypothesis's derandomized examples (``HYPOTHESIS_PROFILE=ci``, set
# by .ci/run): the same examples on every run, so a landing never fails on a new random find. A
# developer's run searches afresh (the default profile), which is how session 21 found
# "0@everyoneA0" (tests/test_properties.py).
hypothesis_settings.register_profile("ci", derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
SEED = ROOT / "seeds" / "webangah-turkey-s400-stance.txt"


def is_setting_variable(name: str) -> bool:
    """A variable ``Settings`` reads (pydantic-settings matches names in any case)."""
    upper = name.upper()
    return upper.startswith("CLAIMBOT_") or upper == "DISCORD_TOKEN"


def review_line(i: int, statement: str, *, folder: str = "") -> str:
    """One synthetic ClaimReview (rated False by Example Checks) as a JSON line."""
    return json.dumps(
        {
            "@type": "ClaimReview",
            "url": f"https://checks.example.org/{folder}{i}",
            "claimReviewed": statement,
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
            "author": {"@type": "Organization", "name": "Example Checks"},
        }
    )


def make_settings(**overrides: Any) -> Settings:
    """Settings from the defaults and ``overrides`` only: never from a ``.env`` file. The
    verifier is off unless asked for (``verify=True``): the word rules are tested by words,
    and the verifier in tests/test_verifier.py (with the question files' figures)."""
    return Settings(_env_file=None, **{"verify": False, **overrides})


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting from the developer's environment, and an empty cwd (so no ``.env``).

    Autouse fixtures run first, so a test's own ``setenv`` (the ``env`` fixture's
    ``CLAIMBOT_DB``, say) still applies. The default database folder moves into the
    test's folder too, so nothing can touch a real ``~/.local/share/claimbot``.
    """
    for name in list(os.environ):
        if is_setting_variable(name):
            monkeypatch.delenv(name)
    monkeypatch.setenv("CLAIMBOT_VERIFY", "0")  # as ``make_settings``
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claimbot.db"


@pytest.fixture
def service(db_path: Path):
    svc = ClaimService.open(make_settings(), db=db_path)
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def module_service(tmp_path_factory: pytest.TempPathFactory):
    """One service for a module whose tests only ask (``log=False``) and read: opening and
    indexing the base costs 0.3 s, which a thousand tests paid each (session 21). Built with the
    developer's settings variables cleared, as ``isolated_settings`` clears them for a test."""
    with pytest.MonkeyPatch.context() as patch:
        for name in list(os.environ):
            if is_setting_variable(name):
                patch.delenv(name)
        svc = ClaimService.open(make_settings(), db=tmp_path_factory.mktemp("shared") / "claimbot.db")
    yield svc
    svc.close()


@pytest.fixture
def env(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for CLI runs: the test's own database (the cwd holds no .env)."""
    monkeypatch.setenv("CLAIMBOT_DB", str(db_path))
    return {"CLAIMBOT_DB": str(db_path)}

"""The Prometheus endpoint (``CLAIMBOT_METRICS_PORT``): off by default, loopback only.

Each bot has its own registry, so these tests read its samples directly; one test GETs
``/metrics`` over HTTP from a free loopback port. Failing follow-ups are mocked as in
test_delivery.py: the channel class's ``send`` raises for the first notice.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import discord
import pytest
from discord_helpers import CLAIM_ID, QUESTION, make_settings, say, sent
from pydantic import ValidationError

from bot.discord.client import ClaimBot, run_bot
from bot.metrics import INSTALL, LISTEN, Metrics, MetricsError
from bot.settings import Settings, settings_error

FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB"
STATUS = f"!claims status {CLAIM_ID} attributed only US media report it"
FREE = "free"  # a ``metrics_port`` override: a port free on loopback now
ASKS = "claimbot_asks_total"
MATCH = {"interface": "discord", "outcome": "match"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LISTEN, 0))
        return s.getsockname()[1]


@pytest.fixture
def settings(request: pytest.FixtureRequest) -> Iterator[Settings]:
    """As conftest's, but ``metrics_port="free"`` picks a free loopback port at setup."""
    overrides = dict(getattr(request, "param", {}))
    if overrides.get("metrics_port") == FREE:
        overrides["metrics_port"] = free_port()
    yield make_settings(**overrides)


@pytest.fixture
def served(bot: ClaimBot) -> Iterator[ClaimBot]:
    """The bot, serving /metrics (with ``metrics_on``) until the test ends."""
    yield bot
    bot.metrics.stop()


def metrics_on(test: Any) -> Any:
    """Metrics on, on a free loopback port, for this test's bot."""
    test = pytest.mark.usefixtures("served")(test)
    return pytest.mark.parametrize("settings", [{"metrics_port": FREE}], indirect=True)(test)


def no_prometheus(monkeypatch: pytest.MonkeyPatch) -> None:
    """``import prometheus_client`` fails, as if the extra were not installed."""
    monkeypatch.setitem(sys.modules, "prometheus_client", None)


def get_metrics(address: tuple[str, int]) -> str:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through a proxy
    with opener.open(f"http://{address[0]}:{address[1]}/metrics", timeout=5) as response:
        assert response.status == 200
        return response.read().decode()


# --- off ------------------------------------------------------------------------------


async def test_off_by_default_nothing_served_nothing_recorded(bot: ClaimBot, alice):
    assert bot.settings.metrics_port is None
    assert not bot.metrics.enabled and bot.metrics.address is None
    assert await say(f"!claim {QUESTION}", alice) is None
    assert sent()  # answered as usual
    assert bot.metrics.value(ASKS, **MATCH) is None
    bot.metrics.followup_failed()  # no-ops, no error
    bot.metrics.followup_sent("dm")
    bot.metrics.start()
    assert bot.metrics.address is None


def test_off_never_imports_prometheus_client(monkeypatch):
    no_prometheus(monkeypatch)
    for port in (None, 0):
        metrics = Metrics(port)
        metrics.start()
        metrics.ask("discord", "match", 0.01)
        assert not metrics.enabled and metrics.address is None


# --- the setting ------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "port"), [("", None), ("0", 0), ("9108", 9108), ("65535", 65535)])
def test_the_setting(monkeypatch, value, port):
    monkeypatch.setenv("CLAIMBOT_METRICS_PORT", value)
    assert Settings(_env_file=None).metrics_port == port


@pytest.mark.parametrize("value", ["-1", "65536", "http"])
def test_a_bad_port_is_refused_by_name(monkeypatch, value):
    monkeypatch.setenv("CLAIMBOT_METRICS_PORT", value)
    with pytest.raises(ValidationError) as info:
        Settings(_env_file=None)
    assert settings_error(info.value).startswith("bad setting CLAIMBOT_METRICS_PORT:")


# --- on ---------------------------------------------------------------------------------


@metrics_on
async def test_an_answered_question_is_counted_and_timed(bot: ClaimBot, alice):
    assert bot.metrics.address == (LISTEN, bot.settings.metrics_port)
    assert bot.metrics.value(ASKS, **MATCH) is None  # not asked yet
    assert await say(f"!claim {QUESTION}", alice) is None
    assert sent()
    assert bot.metrics.value(ASKS, **MATCH) == 1
    assert bot.metrics.value("claimbot_ask_latency_seconds_count") == 1
    assert 0 < bot.metrics.value("claimbot_ask_latency_seconds_sum") < 60
    assert await say("!claim how do i bake sourdough bread", alice) is None
    sent()
    assert bot.metrics.value(ASKS, interface="discord", outcome="none") == 1
    assert bot.metrics.value("claimbot_ask_latency_seconds_count") == 2


@metrics_on
async def test_metrics_are_served_on_loopback(bot: ClaimBot, alice):
    assert await say(f"!claim {QUESTION}", alice) is None
    sent()
    text = await asyncio.to_thread(get_metrics, bot.metrics.address)
    assert 'claimbot_asks_total{interface="discord",outcome="match"} 1.0' in text
    assert "claimbot_ask_latency_seconds_bucket{le=" in text
    assert "claimbot_worker_queue_depth 0.0" in text
    assert "claimbot_followup_failures_total 0.0" in text
    assert "python_gc" not in text  # the bot's own registry, not the library's global one


@metrics_on
async def test_a_failed_followup_attempt_is_counted(bot: ClaimBot, alice, mod, monkeypatch):
    assert await say(f"!claim {QUESTION}", alice) is None
    sent()
    real = discord.TextChannel.send
    failed: list[int] = []

    async def send_once_failing(self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("reference") is not None and not failed:  # the notice's first try
            failed.append(1)
            raise RuntimeError("boom")
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(discord.TextChannel, "send", send_once_failing)
    assert await say(STATUS, mod) is None
    assert len(sent()) == 2  # the status change's reply, then the notice on its second try
    assert failed == [1]
    assert bot.metrics.value("claimbot_followup_failures_total") == 1
    assert bot.metrics.value("claimbot_followups_sent_total", via="reply") == 1


@metrics_on
async def test_the_queue_gauge_counts_waiting_calls(bot: ClaimBot):
    depth = "claimbot_worker_queue_depth"
    assert bot.metrics.value(depth) == 0
    gate = threading.Event()
    running = bot.executor.submit(gate.wait, 5)
    waiting = bot.executor.submit(lambda: None)
    deadline = time.monotonic() + 5
    while not running.running() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert bot.metrics.value(depth) == 1  # the one waiting; the running one is not queued
    gate.set()
    waiting.result(timeout=5)
    assert bot.metrics.value(depth) == 0


def test_two_bots_have_their_own_registries():
    first, second = Metrics(free_port()), Metrics(free_port())
    first.ask("discord", "match", 0.002)
    assert first.value(ASKS, **MATCH) == 1 and second.value(ASKS, **MATCH) is None


# --- claimbot run -----------------------------------------------------------------------


def test_run_without_the_package_fails_with_one_line(tmp_path, monkeypatch, capsys):
    no_prometheus(monkeypatch)

    async def never(self, token, *, reconnect=True):
        raise AssertionError("started without metrics")

    monkeypatch.setattr(ClaimBot, "start", never)
    settings = make_settings(discord_token=FAKE_TOKEN, db=tmp_path / "m.db", metrics_port=9108)
    assert run_bot(settings) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and INSTALL in err[0] and "CLAIMBOT_METRICS_PORT" in err[0], err


def test_run_with_the_port_taken_fails_with_one_line(tmp_path, monkeypatch, capsys):
    seen: dict[str, ClaimBot] = {}

    async def setup_only(self, token, *, reconnect=True):  # what login does, without Discord
        seen["bot"] = self
        await self.setup_hook()

    monkeypatch.setattr(ClaimBot, "start", setup_only)
    monkeypatch.setattr(discord.utils, "setup_logging", lambda **kw: None)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((LISTEN, 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = make_settings(discord_token=FAKE_TOKEN, db=tmp_path / "m.db", metrics_port=port)
        assert run_bot(settings) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"cannot serve metrics on {LISTEN}:{port}" in err[0], err
    assert seen["bot"].metrics.address is None


def test_metrics_error_is_one_line():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((LISTEN, 0))
        taken.listen()
        metrics = Metrics(taken.getsockname()[1])
        with pytest.raises(MetricsError) as info:
            metrics.start()
    assert "\n" not in str(info.value)

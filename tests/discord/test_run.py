"""Starting the bot: token checks, LoginFailure, create_bot configuration, clean shutdown."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from unittest.mock import MagicMock

import discord
import pytest
from discord_helpers import make_settings

from bot.discord import client
from bot.discord.client import ClaimBot, create_bot, run_bot, token_problem

FAKE_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB"


def run_cli(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "CLAIMBOT_DISCORD_TOKEN")}
    environ.update({"CLAIMBOT_DB": str(tmp_path / "run.db"), **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=environ, capture_output=True, text=True, timeout=60
    )


def test_run_without_a_token_fails_with_one_line(tmp_path):
    result = run_cli(tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISCORD_TOKEN is not set" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_run_with_a_malformed_token_fails_with_one_line(tmp_path):
    result = run_cli(tmp_path, DISCORD_TOKEN="Bot not-a-token")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not look like a bot token" in lines[0]
    assert "not-a-token" not in result.stderr  # the token is never echoed


def test_token_shapes():
    assert token_problem(FAKE_TOKEN) is None
    assert token_problem("") and token_problem(None) and token_problem("a.b.c")
    assert token_problem(f"Bot {FAKE_TOKEN}")


def test_login_failure_is_one_line_and_closes_the_database(tmp_path, monkeypatch, capsys):
    settings = make_settings(discord_token=FAKE_TOKEN, db=tmp_path / "login.db")
    seen: dict[str, ClaimBot] = {}

    async def refuse(self, token, *, reconnect=True):
        seen["bot"] = self
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(ClaimBot, "start", refuse)
    monkeypatch.setattr(discord.utils, "setup_logging", MagicMock())
    assert run_bot(settings) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Discord rejected DISCORD_TOKEN" in err[0]
    discord.utils.setup_logging.assert_called_once_with(level=30)  # WARNING from the test settings
    with pytest.raises(sqlite3.ProgrammingError):
        seen["bot"].service.store.ping()


async def test_create_bot_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMBOT_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("CLAIMBOT_PREFIX", "?")
    bot = create_bot()
    try:
        assert Path(bot.service.store.path) == tmp_path / "env.db"
        assert bot.settings.prefix == "?"
        assert bot.intents.message_content and bot.intents.guilds and not bot.intents.members
        assert not bot.intents.presences
        assert bot.allowed_mentions.to_dict() == {"parse": []}
        await bot._async_setup_hook()
        await bot.setup_hook()
        assert set(bot.cogs) == {
            "ErrorHandler",
            "Ask",
            "Curate",
            "Admin",
            "Followups",
            "Privacy",
            "ServerConfig",
            "Owner",
            "Watch",
        }
    finally:
        await bot.close()
    with pytest.raises(sqlite3.ProgrammingError):
        bot.service.store.ping()


def test_create_bot_rejects_an_unknown_admin_permission(tmp_path):
    with pytest.raises(ValueError, match="not a Discord permission"):
        create_bot(make_settings(admin_permission="rule_the_world", db=tmp_path / "x.db"))


def test_default_intents_are_minimal():
    intents = client.default_intents()
    enabled = {name for name, value in intents if value}
    assert enabled == {"guilds", "guild_messages", "dm_messages", "message_content"}


SIGTERM_SCRIPT = """
import asyncio, sys
from bot.discord.client import ClaimBot, run_bot
from bot.settings import Settings

async def fake_start(self, token, *, reconnect=True):
    print("started", flush=True)
    while not self.is_closed():  # what the real gateway loop does once close() is called
        await asyncio.sleep(0.02)

ClaimBot.start = fake_start
sys.exit(run_bot(Settings(_env_file=None, discord_token=sys.argv[1], db=sys.argv[2], log_level="INFO")))
"""


def test_sigterm_shuts_down_and_closes_the_database(tmp_path):
    import signal

    proc = subprocess.Popen(
        [sys.executable, "-c", SIGTERM_SCRIPT, FAKE_TOKEN, str(tmp_path / "sig.db")],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "started"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "received SIGTERM" in err and "database closed" in err
    assert "Traceback" not in err


async def test_slash_commands_serialize_within_discord_limits(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bot = create_bot(make_settings(db=tmp_path / "slash.db"))
    try:
        await bot._async_setup_hook()
        await bot.setup_hook()
        payloads = [cmd.to_dict(bot.tree) for cmd in bot.tree.get_commands()]
    finally:
        bot.close_service()
    assert {p["name"] for p in payloads} == {
        "claim",
        "claims",
        "claimlog",
        "claimconfig",
        "claim-followups",
        "claim-forget-me",
    }

    def check(node):
        assert 1 <= len(node["name"]) <= 32 and node["name"] == node["name"].lower()
        assert 1 <= len(node["description"]) <= 100
        assert len(node.get("options", [])) <= 25
        for option in node.get("options", []):
            check(option)

    for payload in payloads:
        check(payload)


async def test_the_heartbeat_is_fresh_only_while_connected_and_gone_after_close(tmp_path, monkeypatch):
    """The container's HEALTHCHECK (`claimbot health`) reads the heartbeat the bot writes."""
    from bot import health

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMBOT_DB", str(tmp_path / "hb.db"))
    bot = create_bot()
    beat = tmp_path / "hb.db.heartbeat"
    try:
        assert bot.heartbeat == beat
        monkeypatch.setattr(type(bot), "connected", lambda self: False)
        assert await bot.heartbeat_once() is None  # the database answers ...
        assert health.heartbeat_problems(beat)  # ... but a disconnected bot is unhealthy
        monkeypatch.setattr(type(bot), "connected", lambda self: True)
        assert await bot.heartbeat_once() is None
        assert health.heartbeat_problems(beat) == []  # connected, database answers: healthy
    finally:
        await bot.close()
    assert not beat.exists()  # a stopped bot is not healthy

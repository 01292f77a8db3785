"""The error handler's last resort, unknown commands, and the owner's ``!sync``."""

from __future__ import annotations

import logging
from unittest.mock import AsyncMock

from discord.ext import commands
from discord_helpers import only, say, sent

from bot.discord.exts.errors import APOLOGY


async def test_unexpected_errors_get_an_apology_and_a_logged_traceback(bot, service, admin, monkeypatch, caplog):
    def boom(**kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(service, "stats", boom)
    with caplog.at_level(logging.ERROR, logger="bot.discord.exts.errors"):
        error = await say("!claimlog stats", admin)
    assert isinstance(error, commands.CommandInvokeError)
    assert only(sent()).content == APOLOGY
    (record,) = [r for r in caplog.records if r.name == "bot.discord.exts.errors"]
    assert record.exc_info and "disk on fire" in str(record.exc_info[1])


async def test_unknown_commands_are_ignored_quietly(bot, alice):
    assert isinstance(await say("!no-such-command", alice), commands.CommandNotFound)
    assert sent() == []


async def test_sync_is_owner_only(bot, alice, bob, monkeypatch):
    bot.owner_id = alice.id
    sync = AsyncMock(return_value=[object()] * 3)
    monkeypatch.setattr(bot.tree, "sync", sync)
    assert isinstance(await say("!sync", bob), commands.NotOwner)
    assert only(sent()).content == "Only the bot's owner can do that."
    await say("!sync", alice)
    assert only(sent()).content == "Synced 3 commands to this server."
    assert sync.await_args.kwargs["guild"].id == alice.guild.id
    await say("!sync global", alice)
    assert only(sent()).content.startswith("Synced 3 commands globally")
    assert sync.await_args.kwargs == {}

"""Refusals read well: roles named by their names, with grammar; a cooldown of at least
1 s; a bad status escaped once."""

from __future__ import annotations

from unittest.mock import MagicMock

import discord.ext.test as dpytest
from discord.ext import commands
from discord_helpers import CLAIM_ID, only, say, sent


async def test_refusal_names_the_moderator_roles_by_name(bot, config, mod, alice):
    helper = dpytest.backend.make_role("Fact Helpers", config.guilds[0], permissions=0)
    bot.settings.mod_roles = [*bot.settings.mod_roles, helper.id]
    await say("!claims show x", alice)
    text = only(sent()).content
    assert "(they have the Moderator or Fact Helpers role or the Manage Server permission)" in text
    assert str(helper.id) not in text and "role role" not in text


async def test_refusal_without_moderator_roles_reads_well(bot, alice):
    await say("!claims show x", alice)
    text = only(sent()).content
    assert "(they have a moderator role or the Manage Server permission)" in text
    assert "the a moderator" not in text and "role role" not in text


async def test_cooldown_never_says_wait_0_s(bot, alice):
    handler = bot.get_cog("ErrorHandler")
    ctx = MagicMock(spec=commands.Context)
    ctx.author, ctx.command = alice, bot.get_command("claim")
    error = commands.CommandOnCooldown(commands.Cooldown(1, 1.0), 0.2, commands.BucketType.user)
    text = handler.cooldown_message(ctx, error)
    assert "wait 1 s" in text and "wait 0 s" not in text
    ctx.author = MagicMock(id=alice.id + 1)
    error = commands.CommandOnCooldown(commands.Cooldown(1, 60.0), 12.1, commands.BucketType.user)
    assert "wait 13 s" in handler.cooldown_message(ctx, error)


async def test_a_bad_status_is_escaped_once(bot, mod):
    error = await say(f"!claims status {CLAIM_ID} Bogus_status* because", mod)
    assert isinstance(error, commands.BadArgument)
    text = only(sent()).content
    assert "Bogus\\_status\\*" in text and "\\\\" not in text, text


async def test_a_bad_status_flag_is_escaped_once(bot, mod):
    error = await say("!claims add statement: x status: Bogus_status* claimant: a quote: b source: c", mod)
    assert isinstance(error, commands.BadArgument)
    text = only(sent()).content
    assert "Bogus\\_status\\*" in text and "\\\\" not in text, text

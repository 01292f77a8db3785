"""Per-server settings: ``!claimconfig`` (show, set, reset) and each setting taking effect at
once, in its own server only.

Server A (``config.guilds[0]``) is the editor server; server B (the ``b`` fixture) is
another. Test settings (``make_settings``) are the defaults: follow-ups by reply, 100
questions per 60 s, no moderator roles, 90 days' retention.
"""

from __future__ import annotations

import logging
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext import commands
from discord_helpers import (
    CLAIM_ID,
    NO_MATCH,
    QUESTION,
    ephemeral_reply,
    in_dms,
    mock_interaction,
    new_member,
    only,
    press,
    say,
    sent,
)

from bot import config as server_config
from bot.discord.checks import NotAdmin, NotModerator, WrongChannel
from bot.discord.exts.ask import ask_here
from bot.discord.views import DETAILS_REFUSAL

STATUS = f"!claims status {CLAIM_ID} attributed only US media report it"


def stored(service, guild) -> dict[str, Any]:
    return service.store.guild_settings(str(guild.id))


def shown(message: discord.Message) -> str:
    """A reply's text as Discord shows it (the core's messages are markdown-escaped)."""
    return message.content.replace("\\_", "_")


async def configure(b, text: str) -> discord.Message:
    """B's admin runs ``!claimconfig <text>``; returns the one reply."""
    assert await say(f"!claimconfig {text}", b.admin, b.channel) is None, text
    return only(sent())


# -- showing, setting, resetting


async def test_claimconfig_shows_every_setting_with_its_value_default_and_description(bot, service, b):
    reply = await configure(b, "")
    lines = reply.content.splitlines()
    for key in server_config.KEYS:
        (line,) = [x for x in lines if x.startswith(f"`{key}`:")]
        assert "(default)" in line
        assert server_config.ServerSettings.model_fields[key].description in line
    assert "`reply`" in reply.content and "all channels" in reply.content
    assert len(reply.content) < 1500

    assert (await configure(b, "frobnicate")).content.startswith("Unknown subcommand `frobnicate`")
    await configure(b, "set followup dm")
    again = (await configure(b, "show")).content
    assert "`followup`: `dm` (set here)" in again and "`ask_rate`: `100` (default)" in again


async def test_set_and_reset_take_effect_in_that_server_only(bot, service, config, b):
    reply = await configure(b, "set ask_rate 7")
    assert reply.content == "Set `ask_rate` to `7` in this server."
    assert service.server_settings(b.guild.id, bot.settings).ask_rate == 7
    assert service.server_settings(config.guilds[0].id, bot.settings).ask_rate == 100
    reply = await configure(b, "reset ask_rate")
    assert reply.content == "`ask_rate` is back to the default: `100`."
    assert stored(service, b.guild) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set colour red", "unknown setting 'colour'"),
        ("set followup loudly", "bad value for followup"),
        ("set ask_rate lots", "bad value for ask_rate"),
        ("set ask_rate 0", "bad value for ask_rate"),
        ("set log_retention_days -1", "bad value for log_retention_days"),
        ("set mod_roles Moderators", "bad value for mod_roles"),
        ("reset colour", "unknown setting 'colour'"),
    ],
)
async def test_a_bad_key_or_value_is_one_line_naming_it_and_nothing_is_stored(bot, service, b, text, expected):
    error = await say(f"!claimconfig {text}", b.admin, b.channel)
    assert isinstance(error, commands.CommandInvokeError)
    reply = shown(only(sent()))
    assert reply.startswith(expected) and "\n" not in reply
    assert stored(service, b.guild) == {}


async def test_a_role_or_channel_from_another_server_is_refused(bot, service, config, b):
    role_a = dpytest.backend.make_role("Fact checkers", config.guilds[0], permissions=0)
    for text, expected in (
        (f"set mod_roles {role_a.id}", f"bad value for mod_roles: {role_a.id} is not a role in this server"),
        (f"set mod_roles <@&{role_a.id}>", "is not a role in this server"),
        (f"set mod_roles {b.guild.id}", f"{b.guild.id} is the role every member has"),
        (f"set channels {config.channels[0].id}", f"{config.channels[0].id} is not a channel in this server"),
        (f"set channels {b.channel.id}, {config.channels[0].id}", "is not a channel in this server"),
    ):
        error = await say(f"!claimconfig {text}", b.admin, b.channel)
        assert isinstance(error, commands.CommandInvokeError), text
        reply = shown(only(sent()))
        assert expected in reply and "\n" not in reply, reply
    assert stored(service, b.guild) == {}


async def test_claimconfig_is_for_admins_in_a_server(bot, service, b):
    error = await say("!claimconfig set followup off", b.member, b.channel)
    assert isinstance(error, NotAdmin)
    assert "Only admins" in only(sent()).content
    dm = await b.admin.create_dm()
    error = await say("!claimconfig", b.admin, channel=dm)
    assert isinstance(error, commands.NoPrivateMessage)
    assert "only in a server" in only(sent()).content
    assert stored(service, b.guild) == {}
    claimconfig = bot.tree.get_command("claimconfig")
    assert claimconfig.default_permissions.manage_guild and claimconfig.guild_only
    assert {c.name for c in claimconfig.commands} == {"show", "set", "reset", "watch"}


async def test_slash_claimconfig_replies_are_ephemeral(bot, service, b):
    cog = bot.get_cog("ServerConfig")

    def slash_ctx() -> MagicMock:
        ctx = MagicMock(spec=commands.Context)
        ctx.interaction = mock_interaction(b.admin)
        ctx.author, ctx.guild = b.admin, b.guild
        ctx.defer, ctx.reply = AsyncMock(), AsyncMock()
        return ctx

    ctx = slash_ctx()
    await cog.set_.callback(cog, ctx, "followup", value="dm")
    assert ctx.reply.await_args.kwargs["ephemeral"] is True
    assert service.server_settings(b.guild.id, bot.settings).followup == "dm"
    ctx = slash_ctx()
    await cog.show.callback(cog, ctx)
    assert ctx.reply.await_args.kwargs["ephemeral"] is True
    assert "`followup`: `dm` (set here)" in ctx.reply.await_args.args[0]
    ctx = slash_ctx()
    await cog.reset.callback(cog, ctx, "followup")
    assert ctx.reply.await_args.kwargs["ephemeral"] is True and stored(service, b.guild) == {}


# -- each setting, at once, in its own server


async def test_followup_mode_is_the_servers_and_changes_without_restart(bot, service, alice, mod, b):
    async def ask_both() -> None:
        assert await say(f"!claim {QUESTION}", alice) is None
        assert await say(f"!claim {QUESTION}", b.member, b.channel) is None
        sent()

    await ask_both()
    assert (await configure(b, "set followup dm")).content == "Set `followup` to `dm` in this server."
    assert await say(STATUS, mod) is None
    messages = sent()[1:]
    (dm,) = in_dms(messages)
    assert dm.channel.recipient is None or dm.channel.recipient.id == b.member.id
    (reply,) = [m for m in messages if m not in in_dms(messages)]
    assert reply.channel.id == alice.guild.text_channels[0].id  # A stays on replies
    assert {(r["guild_id"], r["mode"]) for r in service.store.notifications()} == {
        (str(alice.guild.id), "reply"),
        (str(b.guild.id), "dm"),
    }

    # Off in B: B's asker hears nothing (and nothing is reserved for them); A still does.
    await configure(b, "set followup off")
    await ask_both()
    assert await say(f"!claims status {CLAIM_ID} opinion a forecast", mod) is None
    (notice,) = sent()[1:]
    assert notice.channel.id == alice.guild.text_channels[0].id
    later = service.store.notifications()[2:]  # alice's two questions, none of B's
    assert len(later) == 2 and {r["guild_id"] for r in later} == {str(alice.guild.id)}

    # What B's members are told matches: no promise of a follow-up.
    assert await say(f"!claim {NO_MATCH}", b.member, b.channel) is None
    assert "you'll be told" not in only(sent()).embeds[0].description
    assert await say("!claim-followups", b.member, b.channel) is None
    assert "This server has follow-ups turned off" in only(sent()).content


async def test_mod_roles_make_that_role_a_moderator_in_that_server_only(bot, service, config, alice, b):
    checkers_b = dpytest.backend.make_role("Checkers", b.guild, permissions=0)
    carol = await new_member(b.guild, "Dave", role=checkers_b)
    checkers_a = dpytest.backend.make_role("Checkers", config.guilds[0], permissions=0)
    await dpytest.add_role(alice, checkers_a)
    alice = config.guilds[0].get_member(alice.id)

    assert isinstance(await say(f"!claims show {CLAIM_ID}", carol, b.channel), NotModerator)
    assert "Only moderators" in only(sent()).content
    reply = await configure(b, f"set mod_roles <@&{checkers_b.id}>")
    assert reply.content == f"Set `mod_roles` to <@&{checkers_b.id}> in this server."
    assert await say(f"!claims show {CLAIM_ID}", carol, b.channel) is None
    assert only(sent()).content.startswith(f"Claim `{CLAIM_ID}`")
    # A moderator of B, not an editor: B's own claims only.
    error = await say(f"!claims status {CLAIM_ID} false nope", carol, b.channel)
    assert isinstance(error, commands.CommandInvokeError)
    sent()
    # In A, nobody got power from B's setting.
    assert service.server_settings(config.guilds[0].id, bot.settings).mod_roles == []
    assert isinstance(await say(f"!claims show {CLAIM_ID}", alice), NotModerator)
    assert "Only moderators" in only(sent()).content
    # Reset: back to no moderator roles in B.
    await configure(b, "reset mod_roles")
    assert isinstance(await say(f"!claims show {CLAIM_ID}", carol, b.channel), NotModerator)
    sent()


async def test_channels_restrict_where_the_bot_answers(bot, service, alice, b, monkeypatch):
    deleted: list[tuple[str, float | None]] = []

    async def delete(self, *, delay=None):  # record, don't schedule a 20 s task in a test
        deleted.append((self.content, delay))

    monkeypatch.setattr(discord.Message, "delete", delete)
    facts = dpytest.backend.make_text_channel("facts", b.guild)
    asked = service.stats()["questions"]
    await configure(b, f"set channels <#{facts.id}>")

    error = await say(f"!claim {QUESTION}", b.member, b.channel)
    assert isinstance(error, WrongChannel)
    note = only(sent())
    assert note.content == f"I answer questions only in <#{facts.id}> in this server."
    assert deleted == [(note.content, 20.0)]  # the note goes away by itself
    assert service.stats()["questions"] == asked  # not asked, not logged

    assert await say(f"!claim {QUESTION}", b.member, facts) is None
    assert only(sent()).embeds[0].title.startswith("Turkey may return")
    assert await say(f"!claim {QUESTION}", alice) is None  # A: everywhere, as before
    assert only(sent()).embeds
    dm = await b.member.create_dm()
    assert await say(f"!claim {QUESTION}", b.member, channel=dm) is None  # and DMs
    assert only(sent()).embeds

    # The slash form: the check refuses, and the note is ephemeral.
    ctx = MagicMock(spec=commands.Context)
    ctx.bot, ctx.guild, ctx.channel, ctx.author = bot, b.guild, b.channel, b.member
    ctx.interaction = mock_interaction(b.member)
    ctx.command, ctx.reply = None, AsyncMock()
    with pytest.raises(WrongChannel) as refused:
        await ask_here(ctx)
    await bot.get_cog("ErrorHandler").on_command_error(ctx, refused.value)
    text, _ = ephemeral_reply(ctx.interaction)
    assert text and ctx.reply.await_args is None
    assert text == note.content

    await configure(b, "reset channels")
    assert await say(f"!claim {QUESTION}", b.member, b.channel) is None
    assert only(sent()).embeds


async def test_the_ask_rate_is_the_servers_and_changes_without_restart(bot, alice, b):
    await configure(b, "set ask_rate 1")
    errors = [await say(f"!claim {QUESTION}", b.member, b.channel) for _ in range(2)]
    assert [type(e).__name__ if e else None for e in errors] == [None, "CommandOnCooldown"]
    assert "please wait" in sent()[-1].content
    # A keeps its rate (100 per 60 s).
    assert [await say(f"!claim {QUESTION}", alice) for _ in range(3)] == [None] * 3
    sent()
    # Raised again in B: the next question is answered at once.
    await configure(b, "set ask_rate 5")
    assert await say(f"!claim {QUESTION}", b.member, b.channel) is None
    assert only(sent()).embeds


async def test_retention_is_per_server(bot, service, config, alice, b, caplog):
    def old(guild_id, question):
        return service.store.log_query(
            {
                "at": "2020-01-01T00:00:00.000Z",
                "interface": "discord",
                "user_id": "1",
                "guild_id": guild_id,
                "question": question,
                "outcome": "none",
            }
        )

    in_a, in_b = old(str(config.guilds[0].id), "old in A"), old(str(b.guild.id), "old in B")
    await configure(b, "set log_retention_days 0")  # B keeps its questions
    cog = bot.get_cog("Privacy")
    with caplog.at_level(logging.INFO, logger="bot.discord.exts.privacy"):
        assert await cog.prune_once() == 1
    assert f"retention: erased 1 questions older than 90 days in server {config.guilds[0].id}" in caplog.messages
    rows = {r["id"]: r for r in service.recent(10)}
    assert rows[in_a]["question"] is None and rows[in_b]["question"] == "old in B"

    await configure(b, "set log_retention_days 3650")  # kept ten years: not yet old
    assert await cog.prune_once() == 0
    await configure(b, "set log_retention_days 30")
    assert await cog.prune_once() == 1
    assert {r["id"]: r for r in service.recent(10)}[in_b]["question"] is None


async def test_the_details_button_follows_the_servers_mod_roles(bot, b):
    checkers = dpytest.backend.make_role("Checkers", b.guild, permissions=0)
    dave = await new_member(b.guild, "Dave", role=checkers)
    assert await say(f"!claim {QUESTION}", b.member, b.channel) is None
    answer = only(sent())
    text, _ = ephemeral_reply(await press(bot, answer, "Details", dave))
    assert text == DETAILS_REFUSAL
    await configure(b, f"set mod_roles {checkers.id}")
    _, embed = ephemeral_reply(await press(bot, answer, "Details", dave))
    assert embed.title == "Answer details"

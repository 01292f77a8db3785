"""Many servers, safely: each server's log is its own, only editors change the shared
claim base (other servers' moderators curate their own claims: see test_own_claims.py),
roles count by id, members can erase their data, the bot stays only in the servers it
is allowed in, and old questions are erased.

Server A (``config.guilds[0]``) is the editor server; server B is another server
the bot is in, with its own admin, moderator and members.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import threading
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord
import discord.ext.test as dpytest
from discord.ext import commands
from discord_helpers import CLAIM_ID, NO_MATCH, QUESTION, ServerB, by_dm, embed_text, in_dms, only, say, sent

from bot.discord.checks import NotModerator
from bot.discord.exts.admin import DM_CLOSED, DM_SENT
from bot.service import SHARED_ONLY_EDITORS, NotAllowed

A_SECRET = "is the launch of project nightingale planned for march"  # asked in A only
B_QUESTION = "how do i bake sourdough bread in a cold kitchen"  # asked in B only


def refused_as_not_editor(error: BaseException | None) -> bool:
    """The core's refusal of a shared-claim change by a non-editor, out of discord.py's wrapper."""
    return isinstance(error, commands.CommandInvokeError) and isinstance(error.original, NotAllowed)


async def ask_in_both(alice, b: ServerB) -> None:
    assert await say(f"!claim {A_SECRET}", alice) is None
    assert await say(f"!claim {B_QUESTION}", b.member, b.channel) is None
    sent()


def channel_messages(messages: list[discord.Message], channel: Any) -> list[discord.Message]:
    return [m for m in messages if m.channel.id == channel.id]


# -- whose log is whose


async def test_b_admin_reads_only_b_log(bot, service, alice, b):
    await ask_in_both(alice, b)
    texts = []
    for command in ("recent", "unmatched", "stats", f"user {alice.id}", f"user {b.member.id}"):
        assert await say(f"!claimlog {command}", b.admin, b.channel) is None
        dm = by_dm(sent(), b.admin)
        texts.append(dm.content + "".join(embed_text(e) for e in dm.embeds))
    everything = "\n".join(texts)
    assert A_SECRET not in everything and f"<@{alice.id}>" not in everything and str(alice.id) not in everything
    recent, unmatched, stats, alices, carols = texts
    assert B_QUESTION in recent and f"<@{b.member.id}>" in recent and "Server B" in recent
    assert B_QUESTION in unmatched
    assert '"name": "Questions", "value": "1"' in stats
    assert "No questions from this user." in alices and B_QUESTION in carols

    assert await say("!claimlog export", b.admin, b.channel) is None
    export = by_dm(sent(), b.admin)
    (attachment,) = export.attachments
    rows = list(csv.DictReader(io.StringIO((await attachment.read()).decode("utf-8"))))
    assert [(r["user_id"], r["question"], r["guild_id"]) for r in rows] == [
        (str(b.member.id), B_QUESTION, str(b.guild.id))
    ]


async def test_a_admin_reads_only_a_log(bot, alice, b, admin_a):
    await ask_in_both(alice, b)
    await say("!claimlog recent", admin_a)
    recent = by_dm(sent(), admin_a).embeds[0].description
    assert A_SECRET in recent and B_QUESTION not in recent and f"<@{b.member.id}>" not in recent


async def test_the_prefix_log_view_is_sent_by_dm_not_in_the_channel(bot, alice, b, monkeypatch):
    await ask_in_both(alice, b)
    assert await say("!claimlog recent", b.admin, b.channel) is None
    messages = sent()
    (note,) = channel_messages(messages, b.channel)
    assert note.content == DM_SENT and not note.embeds and not note.attachments
    (dm,) = in_dms(messages)
    assert B_QUESTION in dm.embeds[0].description

    async def closed(*args, **kwargs):
        raise discord.Forbidden(MagicMock(status=403, reason="Forbidden"), "Cannot send messages to this user")

    monkeypatch.setattr(discord.DMChannel, "send", closed)
    for command in ("recent", "stats", "export"):
        assert await say(f"!claimlog {command}", b.admin, b.channel) is None
        reply = only(sent())
        assert reply.channel.id == b.channel.id
        assert reply.content == DM_CLOSED and not reply.embeds and not reply.attachments


async def test_slash_log_views_are_ephemeral(bot, b):
    cog = bot.get_cog("Admin")
    ctx = MagicMock(spec=commands.Context)
    ctx.interaction = MagicMock(spec=discord.Interaction)
    ctx.author = b.admin
    ctx.guild = b.guild
    ctx.reply = AsyncMock()
    ctx.send = AsyncMock()
    await cog._private(ctx, embed=discord.Embed(title="stats"))
    assert ctx.reply.await_args.kwargs["ephemeral"] is True
    await cog._private(ctx, pages=[discord.Embed(title="page")])
    assert ctx.send.await_args.kwargs["ephemeral"] is True


async def test_log_commands_in_a_dm_say_they_need_a_server(bot, admin):
    dm = await admin.create_dm()
    error = await say("!claimlog recent", admin, channel=dm)
    assert isinstance(error, commands.NoPrivateMessage)
    assert "only in a server" in only(sent()).content


# -- who may curate the shared claim base


async def test_b_moderator_cannot_change_a_shared_claim_and_an_editor_can(bot, service, alice, mod, b):
    before = service.get_claim(CLAIM_ID)
    history = len(service.history(CLAIM_ID))
    claims = len(service.list_claims())
    attempts = [
        f"!claims status {CLAIM_ID} attributed because I say so",
        f"!claims edit {CLAIM_ID} statement: Something else entirely",
        f"!claims retire {CLAIM_ID} gone",
        f"!claims phrase {CLAIM_ID} a new way to ask",
        f"!claims link 1 {CLAIM_ID}",
    ]
    for attempt in attempts:
        error = await say(attempt, b.admin, b.channel)
        assert refused_as_not_editor(error), attempt
        reply = only(sent())
        assert reply.channel.id == b.channel.id and reply.content == SHARED_ONLY_EDITORS
        assert "shared claim base is curated only by its editors" in reply.content and "\n" not in reply.content
        assert alice.guild.name not in reply.content and str(alice.guild.id) not in reply.content
    after = service.get_claim(CLAIM_ID)
    assert (after.status, after.statement, after.retired, after.phrasings) == (
        before.status,
        before.statement,
        before.retired,
        before.phrasings,
    )
    assert len(service.history(CLAIM_ID)) == history and len(service.list_claims()) == claims

    # B's moderator may still look.
    assert await say(f"!claims show {CLAIM_ID}", b.admin, b.channel) is None
    assert only(sent()).content.startswith(f"Claim `{CLAIM_ID}`")

    # A's moderator (A is an editor server) may change it, and is told which base changed.
    assert await say(f"!claims status {CLAIM_ID} attributed only US media report it", mod) is None
    reply = sent()[0]
    assert "in the shared claim base" in reply.content
    assert service.get_claim(CLAIM_ID).status == "attributed"


async def test_a_members_answer_is_unaffected_by_b(bot, service, alice, b):
    assert await say(f"!claim {QUESTION}", alice) is None
    first = only(sent()).embeds[0]
    assert await say(f"!claims status {CLAIM_ID} attributed because", b.admin, b.channel) is not None
    assert channel_messages(sent(), alice.guild.text_channels[0]) == []  # no "is now rated" notice in A
    assert service.store.notifications() == []
    assert await say(f"!claim {QUESTION}", alice) is None
    again = only(sent()).embeds[0]
    assert (again.title, again.description) == (first.title, first.description)


async def test_the_owner_may_curate_from_any_server(bot, service, b):
    bot.owner_id = b.member.id  # a plain member of B, no moderator role
    assert await say(f"!claims status {CLAIM_ID} opinion a forecast", b.member, b.channel) is None
    assert "in the shared claim base" in sent()[0].content
    assert service.get_claim(CLAIM_ID).status == "opinion"


async def test_an_editor_cannot_link_another_servers_question(bot, service, mod, b):
    assert await say(f"!claim {B_QUESTION}", b.member, b.channel) is None
    sent()
    b_row = service.recent(1)[0]
    assert b_row["guild_id"] == str(b.guild.id)
    error = await say(f"!claims link {b_row['id']} {CLAIM_ID}", mod)
    assert isinstance(error, commands.CommandInvokeError)
    assert "in this server" in only(sent()).content
    assert B_QUESTION in [r["question"] for r in service.unmatched(50)]


# -- roles by id


async def test_a_role_named_moderator_without_its_id_gives_no_power(bot, service, config, alice, b):
    assert bot.settings.mod_roles == []
    for guild, member, channel in ((config.guilds[0], alice, config.channels[0]), (b.guild, b.member, b.channel)):
        fake = dpytest.backend.make_role("Moderator", guild, permissions=0)
        await dpytest.add_role(member, fake)
        member = guild.get_member(member.id)
        assert "Moderator" in [r.name for r in member.roles]
        for attempt in (f"!claims show {CLAIM_ID}", f"!claims status {CLAIM_ID} opinion nope"):
            error = await say(attempt, member, channel)
            assert isinstance(error, NotModerator), attempt
            assert "Only moderators" in only(sent()).content
    assert service.get_claim(CLAIM_ID).status == "unverified"


async def test_a_role_whose_id_is_configured_gives_power_in_an_editor_server(bot, service, config, alice, b):
    role_a = dpytest.backend.make_role("Fact checkers", config.guilds[0], permissions=0)
    role_b = dpytest.backend.make_role("Fact checkers", b.guild, permissions=0)
    await dpytest.add_role(alice, role_a)
    await dpytest.add_role(b.member, role_b)
    bot.settings.mod_roles = [role_a.id, role_b.id]
    assert await say(f"!claims status {CLAIM_ID} attributed only US media report it", alice) is None
    assert "in the shared claim base" in sent()[0].content
    assert service.get_claim(CLAIM_ID).status == "attributed"
    # The same kind of role in B: a moderator there (may look), not an editor.
    assert await say(f"!claims show {CLAIM_ID}", b.member, b.channel) is None
    sent()
    assert refused_as_not_editor(await say(f"!claims status {CLAIM_ID} opinion x", b.member, b.channel))
    assert only(sent()).content == SHARED_ONLY_EDITORS
    assert service.get_claim(CLAIM_ID).status == "attributed"


# -- forget me


async def test_forget_me_erases_the_members_data_and_confirms_counts(bot, service, alice, bob, mod):
    assert await say(f"!claim {NO_MATCH}", alice) is None
    assert await say(f"!claim {QUESTION}", bob) is None
    sent()
    asked = service.recent(2)[1]
    assert asked["user_id"] == str(alice.id)
    await say(f"!claims link {asked['id']} {CLAIM_ID}", mod)  # alice gets a follow-up notice
    await say("!claim-followups off", alice)
    await say(f"!claim {A_SECRET}", alice)
    sent()
    assert len(service.store.notifications()) == 1

    assert await say("!claim-forget-me", alice) is None
    reply = only(sent())
    assert reply.channel.id == alice.guild.text_channels[0].id
    assert "erased 2 logged questions" in reply.content and "1 follow-up notice" in reply.content
    assert "opt-out was erased" in reply.content

    rows = service.recent(1000)
    assert all(r["user_id"] != str(alice.id) for r in rows)
    assert [r["user_id"] for r in rows if r["user_id"]] == [str(bob.id)]
    export = service.export_log("json")
    assert str(alice.id) not in export and A_SECRET not in export
    assert len(json.loads(export)) == 3  # the counts stay
    assert service.store.notifications() == []

    # Again, from a DM: nothing left.
    dm = await alice.create_dm()
    assert await say("!claim-forget-me", alice, channel=dm) is None
    assert "erased 0 logged questions" in only(sent()).content


# -- allowed servers


async def test_joining_an_unlisted_server_leaves_it(bot, config, caplog):
    bot.settings.guilds = [config.guilds[0].id]
    guild = MagicMock(spec=discord.Guild)
    guild.id, guild.name = 4242, "Strangers\nInc"
    guild.leave = AsyncMock()
    with caplog.at_level(logging.WARNING, logger="bot.discord.client"):
        bot.dispatch("guild_join", guild)
        await dpytest.run_all_events()
    guild.leave.assert_awaited_once()
    assert "leaving server 4242 (Strangers Inc): not in CLAIMBOT_GUILDS" in caplog.messages

    listed = MagicMock(spec=discord.Guild)
    listed.id, listed.name, listed.leave = config.guilds[0].id, "A", AsyncMock()
    await bot.on_guild_join(listed)
    listed.leave.assert_not_awaited()


async def test_no_list_means_every_server_is_allowed(bot, config):
    assert bot.settings.guilds == []
    guild = MagicMock(spec=discord.Guild)
    guild.id, guild.name, guild.leave = 4242, "Anyone", AsyncMock()
    await bot.on_guild_join(guild)
    guild.leave.assert_not_awaited()


async def test_at_startup_it_leaves_unlisted_servers_and_ignores_their_commands(bot, config, b, monkeypatch, caplog):
    bot.settings.guilds = [config.guilds[0].id]
    # Until it has left, the bot answers nobody in B.
    assert await say(f"!claim {QUESTION}", b.member, b.channel) is None
    assert sent() == []
    left: list[int] = []

    async def leave(self):
        left.append(self.id)

    monkeypatch.setattr(discord.Guild, "leave", leave)
    with caplog.at_level(logging.WARNING, logger="bot.discord.client"):
        await bot.on_ready()
    assert left == [b.guild.id]
    assert f"leaving server {b.guild.id} (Server B): not in CLAIMBOT_GUILDS" in caplog.messages


# -- retention


async def test_a_retention_pass_erases_old_questions_off_the_event_loop(bot, service, alice, monkeypatch, caplog):
    # a question logged long ago (the store's own writer, with the time it was asked) ...
    old = service.store.log_query(
        {
            "at": "2000-01-01T00:00:00.000Z",
            "interface": "discord",
            "user_id": str(alice.id),
            "guild_id": str(alice.guild.id),
            "question": A_SECRET,
            "outcome": "none",
        }
    )
    await say(f"!claim {NO_MATCH}", alice)  # ... and one asked now
    sent()
    new = max(r["id"] for r in service.recent(2))
    real = service.prune_log
    calls: list[tuple[int, str]] = []

    def spy(days, **kwargs):
        calls.append((days, threading.current_thread().name))
        return real(days, **kwargs)

    monkeypatch.setattr(service, "prune_log", spy)
    cog = bot.get_cog("Privacy")
    with caplog.at_level(logging.INFO, logger="bot.discord.exts.privacy"):
        assert await cog.prune_once() == 1
    assert calls[0][0] == bot.settings.log_retention_days == 90
    assert calls[0][1].startswith("claimbot-background")  # off the loop, and off the askers' worker
    assert f"retention: erased 1 questions older than 90 days in server {alice.guild.id}" in caplog.messages
    rows = {r["id"]: r for r in service.recent(10)}
    assert rows[old]["question"] is None and rows[old]["user_id"] is None
    assert rows[new]["question"] == NO_MATCH
    assert service.stats()["questions"] == 2
    assert cog.prune_loop.hours == 6


async def test_retention_zero_keeps_everything_and_failures_are_logged(bot, service, monkeypatch, caplog):
    cog = bot.get_cog("Privacy")
    bot.settings.log_retention_days = 0
    calls: list[Any] = []
    monkeypatch.setattr(service, "prune_log", lambda *a, **k: calls.append((a, k)) or 0)
    assert await cog.prune_once() == 0 and calls == []  # 0: keep everything
    # The task runs all the same (once): a server may set its own retention.
    try:
        assert cog.start_pruning() is True and cog.start_pruning() is False and cog.prune_loop.is_running()
    finally:
        cog.prune_loop.cancel()

    bot.settings.log_retention_days = 30

    def broken(days, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(service, "prune_log", broken)
    with caplog.at_level(logging.ERROR, logger="bot.discord.exts.privacy"):
        assert await cog.prune_once() is None
    assert any("disk on fire" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)

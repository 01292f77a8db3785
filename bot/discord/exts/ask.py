"""Asking: ``!claim <question>`` and ``/claim question:``.

Each server's settings apply as they are when the question comes: its ``channels``
(where the bot answers; elsewhere the asker gets a short note), its ``ask_rate`` per
``ask_per_seconds`` (per member of that server) and its ``followup`` mode (what the
no-match answer promises; nothing to a member who turned follow-ups off).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from ... import followup
from .. import servers
from ..checks import WrongChannel
from ..embeds import ECHO, answer_embed, clean, suggest_embed
from ..views import CHOICE_TIMEOUT, AnswerDetails, DidYouMean, private_reply

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

INTERFACE = "discord"
NAMED_CHANNELS = 5  # channels named in the "not here" note


def channel_allowed(channel: Any, allowed: list[int]) -> bool:
    """Whether ``channel`` is one of ``allowed``: itself, the channel a thread is in, or
    its category."""
    wanted = set(allowed)
    ids = {getattr(channel, "id", None), getattr(channel, "parent_id", None), getattr(channel, "category_id", None)}
    parent = getattr(channel, "parent", None)
    ids.add(getattr(parent, "category_id", None))  # a thread in a channel of an allowed category
    return bool(wanted & (ids - {None}))


def wrong_channel_text(guild: discord.Guild, allowed: list[int]) -> str:
    names = [f"<#{c}>" for c in allowed if guild.get_channel(c) is not None][:NAMED_CHANNELS]
    if not names:
        return "I don't answer questions in this channel; this server's admins chose where I do."
    return f"I answer questions only in {', '.join(names)} in this server."


async def ask_here(ctx: commands.Context[ClaimBot]) -> bool:
    """Reads this server's settings for the command (its cooldown uses them too) and
    refuses a channel the server has not chosen."""
    server = await servers.for_ctx(ctx)
    if ctx.guild is None or not server.channels or channel_allowed(ctx.channel, server.channels):
        return True
    raise WrongChannel(wrong_channel_text(ctx.guild, server.channels))


def ask_cooldown(ctx: commands.Context[ClaimBot]) -> commands.Cooldown:
    """The server's ``ask_rate`` questions per ``ask_per_seconds``, per member."""
    server = servers.kept(ctx)
    return commands.Cooldown(server.ask_rate, server.ask_per_seconds)


def ask_bucket(ctx: commands.Context[ClaimBot]) -> tuple[Any, ...]:
    """Per member of a server (per user in DMs). The rate is part of the key, so a
    changed rate applies to the next question at once."""
    server = servers.kept(ctx)
    return (ctx.guild.id if ctx.guild else None, ctx.author.id, server.ask_rate, server.ask_per_seconds)


class Ask(commands.Cog):
    """Ask whether a claim has been checked."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="claim", usage="<question>")
    @commands.check(ask_here)
    @commands.dynamic_cooldown(ask_cooldown, ask_bucket)
    @app_commands.describe(question="Your question, e.g. will Turkey return the S-400 to Russia?")
    async def claim(self, ctx: commands.Context[ClaimBot], *, question: str) -> None:
        """Ask about a claim: the bot answers from its base of checked claims."""
        await ctx.defer()
        server = await servers.for_ctx(ctx, self.bot)
        started = time.perf_counter()
        try:
            asked = await self.bot.offload(
                self.bot.service.ask,
                question,
                interface=INTERFACE,
                user_id=ctx.author.id,
                channel_id=getattr(ctx.channel, "id", None),
                guild_id=ctx.guild.id if ctx.guild else None,
                message_id=None if ctx.interaction else ctx.message.id,
            )
        except Exception:
            self.bot.metrics.ask(INTERFACE, "exception", time.perf_counter() - started)
            raise
        answer = asked.answer
        self.bot.metrics.ask(INTERFACE, answer.outcome, time.perf_counter() - started)
        if answer.outcome == "error":
            usage = f"{ctx.clean_prefix}claim <question>" if not ctx.interaction else "/claim question:"
            await private_reply(ctx, f"{clean(answer.error or 'bad question', ECHO)}. Usage: `{usage}`")
            return
        # Members see plain words; ids, scores and the technical why are behind "Details",
        # for moderators (none in a DM, so no button there).
        details = ctx.guild is not None
        promise = await self._promise(ctx, server.followup, answer.outcome)
        if answer.outcome == "suggest" and answer.candidates:
            view: DidYouMean | AnswerDetails | None = DidYouMean(
                self.bot,
                answer,
                author_id=ctx.author.id,
                query_id=asked.query_id,
                details=details,
                followup=promise,
            )
            embed = suggest_embed(answer, timeout_s=CHOICE_TIMEOUT)
        else:
            # "Show evidence" and "Related" for anyone (in a DM too); "Details" for moderators.
            has_claim = answer.outcome == "match" and answer.claim is not None
            view = AnswerDetails(answer, self.bot, details=details) if details or has_claim else None
            embed = answer_embed(answer, promise)
        if view is not None:
            view.message = reply = await ctx.reply(embed=embed, view=view)
        else:
            reply = await ctx.reply(embed=embed)
        if ctx.interaction is not None and asked.query_id is not None and reply is not None:
            # A slash question has no message of its own: follow-ups reply to this answer.
            await self.bot.offload(self.bot.service.set_reply_target, asked.query_id, reply.id)

    async def _promise(self, ctx: commands.Context[ClaimBot], mode: str, outcome: str) -> str:
        """What a no-match (or "none of these") answer promises: the server's follow-up
        mode, or nothing (``off``) to a member who turned follow-ups off."""
        if mode == "off" or outcome == "match":
            return mode
        if await self.bot.offload(followup.is_opted_out, self.bot.service, ctx.author.id):
            return "off"
        return mode


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Ask(bot))

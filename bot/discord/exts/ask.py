"""Asking: ``!claim <question>`` and ``/claim question:``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from ..embeds import ECHO, answer_embed, clean, suggest_embed
from ..views import CHOICE_TIMEOUT, AnswerDetails, DidYouMean

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

INTERFACE = "discord"


def ask_cooldown(ctx: commands.Context[ClaimBot]) -> commands.Cooldown:
    """``settings.ask_rate`` questions per ``settings.ask_per_seconds``, per user."""
    settings = ctx.bot.settings
    return commands.Cooldown(settings.ask_rate, settings.ask_per_seconds)


class Ask(commands.Cog):
    """Ask whether a claim has been checked."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="claim", usage="<question>")
    @commands.dynamic_cooldown(ask_cooldown, commands.BucketType.user)
    @app_commands.describe(question="Your question, e.g. will Turkey return the S-400 to Russia?")
    async def claim(self, ctx: commands.Context[ClaimBot], *, question: str) -> None:
        """Ask about a claim: the bot answers from its base of checked claims."""
        await ctx.defer()
        asked = await self.bot.offload(
            self.bot.service.ask,
            question,
            interface=INTERFACE,
            user_id=ctx.author.id,
            channel_id=getattr(ctx.channel, "id", None),
            guild_id=ctx.guild.id if ctx.guild else None,
            message_id=None if ctx.interaction else ctx.message.id,
        )
        answer = asked.answer
        if answer.outcome == "error":
            usage = f"{ctx.clean_prefix}claim <question>" if not ctx.interaction else "/claim question:"
            await ctx.reply(f"{clean(answer.error or 'bad question', ECHO)}. Usage: `{usage}`", ephemeral=True)
            return
        # Members see plain words; ids, scores and the technical why are behind "Details",
        # for moderators (none in a DM, so no button there).
        details = ctx.guild is not None
        if answer.outcome == "suggest" and answer.candidates:
            view: DidYouMean | AnswerDetails | None = DidYouMean(
                self.bot, answer, author_id=ctx.author.id, query_id=asked.query_id, details=details
            )
            embed = suggest_embed(answer, timeout_s=CHOICE_TIMEOUT)
        else:
            view = AnswerDetails(answer, self.bot.settings) if details else None
            embed = answer_embed(answer, self.bot.settings.followup)
        if view is not None:
            view.message = reply = await ctx.reply(embed=embed, view=view)
        else:
            reply = await ctx.reply(embed=embed)
        if ctx.interaction is not None and asked.query_id is not None and reply is not None:
            # A slash question has no message of its own: follow-ups reply to this answer.
            await self.bot.offload(self.bot.service.set_reply_target, asked.query_id, reply.id)


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Ask(bot))

"""Members' data: ``!claim-forget-me`` erases your own, and a background task erases
logged questions older than each server's ``log_retention_days`` (its setting, read at
each pass; by default ``CLAIMBOT_LOG_RETENTION_DAYS``): their text and asker; the
counts stay.

The passes are per server the bot is in. The core's ``prune_log`` erases either one
server's questions or every question, so questions asked in DMs (or in servers the bot
has left) are not pruned here: a pass over every question would cut short the
retention of a server that keeps its questions longer.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from discord.ext import commands, tasks

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

PRUNE_EVERY_HOURS = 6.0  # how often old questions are erased
PRUNE_FIRST_DELAY = 60.0  # seconds after start before the first pass (let the bot settle)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def forgotten_text(counts: dict[str, int], prefix: str) -> str:
    """The confirmation of ``forget_user``: what was erased, about the asker only."""
    questions = counts.get("questions", 0)
    notices = counts.get("notices", 0)
    optouts = counts.get("optouts", 0)
    text = (
        f"Done: I erased {plural(questions, 'logged question')} of yours (the words and your id; "
        f"only an anonymous count stays) and {plural(notices, 'follow-up notice')}."
    )
    if optouts:
        text += (
            f" Your follow-up opt-out was erased too, so follow-ups are on again for new questions "
            f"(`{prefix}claim-followups off` turns them off)."
        )
    return text


class Privacy(commands.Cog):
    """Erase your own data; erase old questions on a schedule."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    async def cog_unload(self) -> None:
        self.prune_loop.cancel()

    @commands.hybrid_command(name="claim-forget-me", ignore_extra=False)
    async def forget_me(self, ctx: commands.Context[ClaimBot]) -> None:
        """Erase your questions from the bot's log, your pending follow-ups and your opt-out."""
        await ctx.defer(ephemeral=True)
        counts = await self.bot.offload(self.bot.service.forget_user, ctx.author.id)
        log.info(
            "forgot a user on request: %d questions, %d notices, %d opt-outs",
            counts.get("questions", 0),
            counts.get("notices", 0),
            counts.get("optouts", 0),
        )
        await ctx.reply(forgotten_text(counts, self.bot.settings.prefix), ephemeral=True)

    # -- retention

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        self.start_pruning()

    def start_pruning(self) -> bool:
        """Start the retention task (once). It runs even with a default retention of 0
        (keep everything): a server may set its own."""
        if self.prune_loop.is_running():
            return False
        self.prune_loop.start()
        return True

    async def prune_once(self) -> int | None:
        """One retention pass: in each server, erase questions older than its retention (0:
        keep them), then questions from nowhere the bot is (DMs, servers it left) with the
        environment's. Returns how many were erased, or None if a pass failed (logged; the
        next pass tries again; the other servers are still pruned)."""
        erased = 0
        failed = False
        for guild in list(self.bot.guilds):
            days = 0
            try:
                days = (await self.bot.server_settings(guild)).log_retention_days
                if days <= 0:
                    continue
                count = await self.bot.offload_background(self.bot.service.prune_log, days, guild_id=guild.id)
            except Exception:
                log.exception("could not erase questions older than %d days in server %s", days, guild.id)
                failed = True
                continue
            if count:
                log.info("retention: erased %d questions older than %d days in server %s", count, days, guild.id)
            erased += count
        # Questions from no server here (DMs, servers the bot has left): the environment's retention.
        days = self.bot.settings.log_retention_days
        if days > 0:
            here = [g.id for g in self.bot.guilds]
            try:
                count = await self.bot.offload_background(self.bot.service.prune_log, days, except_guilds=here)
            except Exception:
                log.exception("could not erase questions older than %d days outside the bot's servers", days)
                return None
            if count:
                log.info("retention: erased %d questions older than %d days outside the bot's servers", count, days)
            erased += count
        return None if failed else erased

    @tasks.loop(hours=PRUNE_EVERY_HOURS)
    async def prune_loop(self) -> None:
        await self.prune_once()

    @prune_loop.before_loop
    async def _before_prune(self) -> None:
        await self.bot.wait_until_ready()
        await asyncio.sleep(PRUNE_FIRST_DELAY)


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Privacy(bot))

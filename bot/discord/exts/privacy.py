"""Members' data: ``!claim-forget-me`` erases your own, and a background task erases
logged questions older than ``CLAIMBOT_LOG_RETENTION_DAYS`` (their text and asker;
the counts stay)."""

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
        """Start the retention task (once); not with a retention of 0 (keep everything)."""
        if self.bot.settings.log_retention_days <= 0 or self.prune_loop.is_running():
            return False
        self.prune_loop.start()
        return True

    async def prune_once(self) -> int | None:
        """One retention pass: erase questions older than the retention. Returns how many
        were erased, or None if it failed (logged; the next pass tries again)."""
        days = self.bot.settings.log_retention_days
        if days <= 0:
            return 0
        try:
            erased = await self.bot.offload(self.bot.service.prune_log, days)
        except Exception:
            log.exception("could not erase questions older than %d days", days)
            return None
        log.info("retention: erased %d questions older than %d days", erased, days)
        return erased

    @tasks.loop(hours=PRUNE_EVERY_HOURS)
    async def prune_loop(self) -> None:
        await self.prune_once()

    @prune_loop.before_loop
    async def _before_prune(self) -> None:
        await self.bot.wait_until_ready()
        await asyncio.sleep(PRUNE_FIRST_DELAY)


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Privacy(bot))

"""Owner-only: ``!sync`` publishes the slash commands (run it after an upgrade, not on every start)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from discord.ext import commands

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)


class Owner(commands.Cog):
    """Bot owner tools."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    async def cog_check(self, ctx: commands.Context[ClaimBot]) -> bool:  # type: ignore[override]
        if not await self.bot.is_owner(ctx.author):
            raise commands.NotOwner()
        return True

    @commands.command(name="sync", usage="[guild|global|clear]")
    async def sync(
        self, ctx: commands.Context[ClaimBot], scope: Literal["guild", "global", "clear"] | None = None
    ) -> None:
        """Sync slash commands: to this server (instant), globally (up to an hour), or clear this server's."""
        tree = self.bot.tree
        scope = scope or ("guild" if ctx.guild else "global")
        if scope in ("guild", "clear") and ctx.guild is None:
            raise commands.NoPrivateMessage()
        if scope == "global":
            synced = await tree.sync()
            where = "globally (may take up to an hour to show)"
        elif scope == "guild":
            tree.copy_global_to(guild=ctx.guild)
            synced = await tree.sync(guild=ctx.guild)
            where = "to this server"
        else:
            tree.clear_commands(guild=ctx.guild)
            synced = await tree.sync(guild=ctx.guild)
            where = "for this server (cleared)"
        log.info("synced %d commands %s by %s", len(synced), where, ctx.author.id)
        await ctx.reply(f"Synced {len(synced)} commands {where}.")


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Owner(bot))

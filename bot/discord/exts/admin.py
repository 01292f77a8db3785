"""Admins read their server's query log: ``!claimlog recent|unmatched|stats|user|export|followups|watch``.

Every view shows only the questions asked in the server it is used in. Replies
carry members' questions, so they never go in the channel: slash replies are
ephemeral, prefix replies go to the admin by direct message (with a one-line note
in the channel).
"""

from __future__ import annotations

import csv
import io
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from ..checks import check_admin
from ..embeds import NAME, SHORT_ECHO, clean, group_help, minute, paginate_lines, quote_text, stats_embed
from ..views import Paginator

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

MAX_ROWS = 500  # the most log entries one command lists
RECENT_ROWS = 50  # entries listed by default (recent, user)
UNMATCHED_ROWS = 100  # queued questions listed by default
LOG_PER_PAGE = 8  # entries per page (each takes two lines)
ERROR_ECHO = 300  # a follow-up's last delivery error, as listed
UNDELIVERED = ("pending", "failed")  # the follow-ups ``claimlog followups`` lists

NO_PINGS = discord.AllowedMentions.none()
DM_SENT = "Sent you the log by direct message."
DM_CLOSED = (
    "I couldn't send you a direct message, and the log is not for the channel. Allow direct messages "
    "from this server's members (the server's Privacy Settings), or use `/claimlog`, whose replies only you see."
)


def query_line(row: dict[str, Any]) -> str:
    """One logged question, for a list."""
    claim = row.get("chosen_claim_id") or row.get("linked_claim_id") or row.get("claim_id")
    target = f" → `{claim}`" if claim else ""
    user = f" · <@{row['user_id']}>" if row.get("user_id") and row.get("interface") == "discord" else ""
    return (
        f"**#{row['id']}** `{minute(row.get('at'))}` {row.get('outcome')}{target}{user} · "
        f"{row.get('interface')}\n“{quote_text(row.get('question'), SHORT_ECHO)}”"
    )


def unmatched_line(row: dict[str, Any]) -> str:
    """One queued question: how often asked, its best candidate and score."""
    best = (
        f"best: `{row['best_claim_id']}` ({row['best_score']:.0f})"
        if row.get("best_claim_id") and row.get("best_score") is not None
        else "no candidate"
    )
    return (
        f"**{row['asked']}×** “{quote_text(row.get('question'), SHORT_ECHO)}”\n"
        f"#{row['last_id']} · {best} · last `{minute(row.get('last_at'))}`"
    )


def notice_line(row: dict[str, Any]) -> str:
    """One follow-up notice that has not gone out: whom, which claim and question, how
    many attempts failed and the last reason."""
    attempts = int(row.get("attempts") or 0)
    tries = f"{attempts} failed attempt{'s' if attempts != 1 else ''}" if attempts else "not tried yet"
    user = f" · <@{row['user_id']}>" if row.get("user_id") else ""
    error = f"\nlast error: {clean(row['error'], ERROR_ECHO)}" if row.get("error") else ""
    return (
        f"**{row.get('state')}** `{row.get('claim_id')}` · question #{row.get('query_id')}{user} · "
        f"{row.get('mode')} · {tries} · `{minute(row.get('at'))}`{error}"
    )


def watch_line(row: dict[str, Any]) -> str:
    """One watch reply, with its "Was this helpful?" votes."""
    return (
        f"**#{row['id']}** `{minute(row.get('at'))}` <#{row.get('channel_id')}> → `{row.get('claim_id')}` · "
        f"👍 {row.get('helpful', 0)} · 👎 {row.get('not_helpful', 0)}\n“{quote_text(row.get('question'), SHORT_ECHO)}”"
    )


def watch_summary(counts: dict[str, int], feedback: dict[str, int]) -> str:
    """The watcher's counts since the bot started, and the votes on its replies."""
    return (
        f"Since the bot started: {counts.get('screened', 0)} messages screened, {counts.get('skipped', 0)} skipped "
        f"by the prefilter, {counts.get('checked', 0)} checked, {counts.get('replied', 0)} replied, "
        f"{counts.get('drafted', 0)} drafted, {counts.get('dropped', 0)} dropped (queue full); "
        f"{counts.get('queued', 0)} waiting now. Was it helpful? 👍 {feedback.get('helpful', 0)} · "
        f"👎 {feedback.get('not_helpful', 0)}."
    )


class Admin(commands.Cog):
    """Admins: their server's query log, unanswered queue, statistics, CSV export, undelivered follow-ups
    and watch mode's replies."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # Hide the slash group from members without the configured permission.
        perm = discord.Permissions(**{self.bot.settings.admin_permission: True})
        app = self.claimlog.app_command
        if app is not None:
            app.default_permissions = perm

    async def cog_check(self, ctx: commands.Context[ClaimBot]) -> bool:  # type: ignore[override]
        return check_admin(ctx)

    async def _private(
        self, ctx: commands.Context[ClaimBot], *, pages: list[discord.Embed] | None = None, **kwargs: Any
    ) -> None:
        """Send a log view to the admin only: ephemeral for a slash command, else by DM
        (with a note in the channel), or nowhere if the admin's DMs are closed."""
        if ctx.interaction is not None:
            if pages is not None:
                await Paginator(pages, author_id=ctx.author.id).start(ctx, ephemeral=True)
            else:
                await ctx.reply(ephemeral=True, **kwargs)
            return
        where = f"From **{clean(ctx.guild.name if ctx.guild else '', NAME)}**:"
        try:
            dm = ctx.author.dm_channel or await ctx.author.create_dm()
            if pages is not None:
                await Paginator(pages, author_id=ctx.author.id).start(dm, content=where, allowed_mentions=NO_PINGS)
            else:
                content = f"{where} {kwargs.pop('content')}" if kwargs.get("content") else where
                await dm.send(content, allowed_mentions=NO_PINGS, **kwargs)
        except discord.Forbidden:
            log.info("could not DM the log to admin %s (DMs closed)", ctx.author.id)
            await ctx.reply(DM_CLOSED)
            return
        await ctx.reply(DM_SENT)

    async def _pages(self, ctx: commands.Context[ClaimBot], lines: list[str], title: str, empty: str) -> None:
        pages = paginate_lines(lines, title=title, per_page=LOG_PER_PAGE, empty=empty)
        await self._private(ctx, pages=pages)

    @staticmethod
    def _guild_id(ctx: commands.Context[ClaimBot]) -> int:
        if ctx.guild is None:  # the checks already refuse DMs
            raise commands.NoPrivateMessage()
        return ctx.guild.id

    @commands.hybrid_group(name="claimlog", case_insensitive=True)
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def claimlog(self, ctx: commands.Context[ClaimBot], *, subcommand: str = "") -> None:
        """Admins: this server's query log."""
        await ctx.reply(group_help(ctx, subcommand))

    @claimlog.command(name="recent")
    @app_commands.describe(limit="How many questions (newest first)")
    async def recent(
        self, ctx: commands.Context[ClaimBot], limit: commands.Range[int, 1, MAX_ROWS] = RECENT_ROWS
    ) -> None:
        """This server's latest questions, newest first."""
        await ctx.defer(ephemeral=True)
        rows = await self.bot.offload(self.bot.service.recent, limit, guild_id=self._guild_id(ctx))
        await self._pages(ctx, [query_line(r) for r in rows], "Recent questions", "No questions yet.")

    @claimlog.command(name="unmatched")
    @app_commands.describe(limit="How many (most asked first)")
    async def unmatched(
        self, ctx: commands.Context[ClaimBot], limit: commands.Range[int, 1, MAX_ROWS] = UNMATCHED_ROWS
    ) -> None:
        """This server's unanswered questions, most asked first, with the best candidate."""
        await ctx.defer(ephemeral=True)
        rows = await self.bot.offload(self.bot.service.unmatched, limit, guild_id=self._guild_id(ctx))
        await self._pages(
            ctx,
            [unmatched_line(r) for r in rows],
            "Unanswered questions",
            "The queue is empty: every question got an answer.",
        )

    @claimlog.command(name="stats")
    async def stats(self, ctx: commands.Context[ClaimBot]) -> None:
        """This server's questions, match rate, top claims, response time."""
        await ctx.defer(ephemeral=True)
        data = await self.bot.offload(self.bot.service.stats, guild_id=self._guild_id(ctx))
        await self._private(ctx, embed=stats_embed(data))

    @claimlog.command(name="user")
    @app_commands.describe(user="Whose questions", limit="How many (newest first)")
    async def user(
        self, ctx: commands.Context[ClaimBot], user: discord.User, limit: commands.Range[int, 1, MAX_ROWS] = RECENT_ROWS
    ) -> None:
        """One user's questions in this server, newest first."""
        await ctx.defer(ephemeral=True)
        rows = await self.bot.offload(self.bot.service.recent, limit, user.id, guild_id=self._guild_id(ctx))
        await self._pages(ctx, [query_line(r) for r in rows], f"Questions from {user}", "No questions from this user.")

    @claimlog.command(name="followups")
    async def followups(self, ctx: commands.Context[ClaimBot]) -> None:
        """This server's follow-ups that have not gone out: failed, or still pending."""
        await ctx.defer(ephemeral=True)
        rows = await self.bot.offload(self.bot.service.followups, guild_id=self._guild_id(ctx))
        undelivered = [r for r in rows if r.get("state") in UNDELIVERED]
        undelivered.sort(key=lambda r: (r.get("state") != "failed", r.get("id") or 0))  # failed first
        await self._pages(
            ctx,
            [notice_line(r) for r in undelivered[:MAX_ROWS]],
            "Follow-ups not delivered",
            "Every follow-up went out.",
        )

    @claimlog.command(name="watch")
    @app_commands.describe(limit="How many replies (newest first)")
    async def watch(
        self, ctx: commands.Context[ClaimBot], limit: commands.Range[int, 1, MAX_ROWS] = RECENT_ROWS
    ) -> None:
        """Watch mode here: what it screened and answered, and the members' votes on its replies."""
        await ctx.defer(ephemeral=True)
        guild_id = self._guild_id(ctx)
        rows = await self.bot.offload(self.bot.service.watch_replies, limit, guild_id=guild_id)
        feedback = (await self.bot.offload(self.bot.service.stats, guild_id=guild_id))["feedback"]
        cog = self.bot.get_cog("Watch")
        counts = cog.summary(guild_id) if cog is not None and hasattr(cog, "summary") else {}
        pages = paginate_lines(
            [watch_line(r) for r in rows], title="Watch replies", per_page=LOG_PER_PAGE, empty="No watch replies yet."
        )
        for page in pages:
            page.description = f"{watch_summary(counts, feedback)}\n\n{page.description or ''}"
        await self._private(ctx, pages=pages)

    @claimlog.command(name="export")
    async def export(self, ctx: commands.Context[ClaimBot]) -> None:
        """This server's query log as a CSV file."""
        await ctx.defer(ephemeral=True)
        text = await self.bot.offload(self.bot.service.export_log, "csv", guild_id=self._guild_id(ctx))
        rows = max(0, sum(1 for _ in csv.reader(io.StringIO(text))) - 1)
        name = f"claimbot-log-{datetime.now(UTC):%Y%m%d-%H%M%S}.csv"
        file = discord.File(io.BytesIO(text.encode("utf-8")), filename=name)
        await self._private(ctx, content=f"The query log ({rows} rows, CSV).", file=file)


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Admin(bot))

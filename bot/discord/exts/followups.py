"""Follow-ups: telling askers when their question gets an answer or its claim changes.

Whom to tell is decided in ``bot.followup`` (core); this extension only sends,
as a reply in the original channel or a DM, as the server the question was asked in
has it set (its ``followup`` setting, read at the time; for a DM question, the
environment's), and offers ``!claim-followups on|off``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from ... import followup
from ...service import ClaimService, ServiceError
from ...settings import Settings
from .. import servers
from ..embeds import SHORT_ECHO, claim_embed, quote_text, status_label

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

# Never ping, not even the asker: the reply (or the DM) is the notice.
NO_PINGS = discord.AllowedMentions.none()
UNRATED = frozenset({"attributed", "opinion", "unverified"})  # statuses that are no verdict on truth


def notice_text(notice: followup.Notice, status: str, prefix: str) -> str:
    question = quote_text(notice.question, SHORT_ECHO)
    if notice.kind == followup.STATUS_CHANGED:
        # attributed and opinion are not ratings: say what the claim now is, not a verdict
        verb = "marked" if status in UNRATED else "rated"
        news = f"the claim it matched is now {verb} **{status_label(status)}**."
    else:
        news = "a moderator has added a checked claim that answers it."
    return (
        f"Update on your question “{question}”: {news}\n"
        f"-# You get these because you asked; turn them off with `{prefix}claim-followups off`."
    )


class Followups(commands.Cog):
    """Tell askers about new answers and status changes."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    @commands.hybrid_command(name="claim-followups", ignore_extra=False)
    @app_commands.describe(setting="on: tell me when my questions get answers; off: don't")
    async def followups(self, ctx: commands.Context[ClaimBot], setting: Literal["on", "off"] = None) -> None:  # type: ignore[assignment]
        """Turn follow-ups on your questions on or off."""
        service = self.bot.service
        if setting is not None:
            await self.bot.offload(followup.set_opt_out, service, ctx.author.id, setting == "off")
        off = await self.bot.offload(followup.is_opted_out, service, ctx.author.id)
        if off:
            text = "Follow-ups are **off**: you won't be told when your questions get answers."
        else:
            text = "Follow-ups are **on**: you'll be told when a moderator answers your questions."
        if (await servers.for_ctx(ctx, self.bot)).followup == "off":
            where = "This server has" if ctx.guild is not None else "The bot has"
            text += f" ({where} follow-ups turned off for everyone.)"
        await ctx.reply(text, ephemeral=True)

    @commands.Cog.listener()
    async def on_claim_change(self, claim_id: str, what: str, query_ids: list[int] | None = None) -> None:
        """A moderator added a claim, linked questions to one, or changed its status. Each
        question's asker is told as its server has it set now (or not at all: ``off``)."""
        try:
            selected = await self.bot.offload(select, self.bot.service, self.bot.settings, claim_id, what, query_ids)
        except Exception:
            log.exception("could not select follow-ups for %s (%s)", claim_id, what)
            return
        if selected:
            log.info("sending %d follow-up(s) about %s (%s)", len(selected), claim_id, what)
        for notice, mode in selected:
            await self.deliver(notice, mode)

    async def deliver(self, notice: followup.Notice, mode: str) -> None:
        """Send one notice; record it as sent, or why it failed."""
        service = self.bot.service
        try:
            claim = await self.bot.offload(service.get_claim, notice.claim_id)
            answer = await self.bot.offload(service.answer_for, claim, notice.question)
            assert answer.claim is not None
            text = notice_text(notice, answer.claim.status, self.bot.settings.prefix)
            embed = claim_embed(answer.claim)  # for the asker: no ids
            used = mode
            channel = await self._channel(notice.channel_id) if mode == "reply" else None
            if channel is not None and notice.message_id:
                reference = discord.MessageReference(
                    message_id=int(notice.message_id),
                    channel_id=channel.id,
                    guild_id=int(notice.guild_id) if notice.guild_id else None,
                    fail_if_not_exists=False,
                )
                await channel.send(text, embed=embed, reference=reference, allowed_mentions=NO_PINGS)
            elif channel is not None:  # a slash-command question: no message to reply to
                await channel.send(f"<@{int(notice.user_id)}> {text}", embed=embed, allowed_mentions=NO_PINGS)
            else:
                used = "dm"
                user = self.bot.get_user(int(notice.user_id)) or await self.bot.fetch_user(int(notice.user_id))
                await user.send(text, embed=embed, allowed_mentions=NO_PINGS)
        except (discord.HTTPException, ServiceError, ValueError) as exc:
            log.warning("follow-up to user %s about %s failed: %s", notice.user_id, notice.claim_id, exc)
            await self.bot.offload(followup.mark_failed, service, notice, f"{type(exc).__name__}: {exc}")
            return
        await self.bot.offload(followup.mark_sent, service, notice, used)

    async def _channel(self, channel_id: str | None) -> discord.abc.Messageable | None:
        if not channel_id:
            return None
        channel = self.bot.get_channel(int(channel_id))
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(int(channel_id))
            except discord.HTTPException:
                return None
        return channel if isinstance(channel, discord.abc.Messageable) else None


def select(
    service: ClaimService, settings: Settings, claim_id: str, what: str, query_ids: list[int] | None
) -> list[tuple[followup.Notice, str]]:
    """The notices to send about a change, each with its server's follow-up mode. Questions
    from a server with follow-ups ``off`` get none (nothing is reserved for them).
    Blocking: runs on the bot's worker thread."""
    if what == "added":
        ids, kind = followup.newly_answered(service, claim_id), followup.ANSWERED
    elif what == "linked":
        ids, kind = list(query_ids or []), followup.ANSWERED
    elif what == "status":
        if not followup.status_changed(service, claim_id):  # the same status again: no news
            return []
        ids, kind = followup.asked_about(service, claim_id), followup.STATUS_CHANGED
    else:
        return []
    modes: dict[str | None, str] = {}  # a server's mode, read once for this change
    by_mode: dict[str, list[int]] = {}
    for query_id in ids:
        row = service.query_row(query_id)
        if row is None:
            continue
        guild_id = row.get("guild_id")
        if guild_id not in modes:
            modes[guild_id] = servers.read(service, settings, guild_id).followup
        by_mode.setdefault(modes[guild_id], []).append(query_id)
    out: list[tuple[followup.Notice, str]] = []
    for mode, group in by_mode.items():
        if mode != "off":
            out += [(n, mode) for n in followup.prepare(service, claim_id, kind, group, mode=mode)]
    return out


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Followups(bot))

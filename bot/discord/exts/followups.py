"""Follow-ups: telling askers when their question gets an answer or its claim changes.

Whom to tell is decided in ``bot.followup`` (core); this extension only sends,
as a reply in the original channel or a DM, as the server the question was asked in
has it set (its ``followup`` setting, read at the time; for a DM question, the
environment's), and offers ``!claim-followups on|off``.

Each notice is sent on its own (one failure never stops the others) and recorded:
sent, with the way it went, or failed, with why. A channel the bot can no longer
write to, or that is gone, gets a DM instead; failures that may pass are tried
again with a growing delay. What never went out stays listed for the server's
admins (``claimlog followups``).
"""

from __future__ import annotations

import asyncio
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

ATTEMPTS = 3  # tries per notice, in all
RETRY_DELAY = 5.0  # seconds before the second try; twice as long before each later one
# The channel (or the user) is out of reach: no access any more, or deleted.
UNREACHABLE = (discord.Forbidden, discord.NotFound)
# Failures trying again won't mend: out of reach, the claim gone, a malformed id.
PERMANENT = (*UNREACHABLE, ServiceError, ValueError)
FALLBACK_NOTE = "-# Sent by direct message: I can no longer post in the channel where you asked."
ERROR_TEXT = 300  # one failure's reason, as recorded


class Undeliverable(Exception):
    """Neither the reply in the question's channel nor the DM went out."""

    def __init__(self, reply_error: BaseException, dm_error: BaseException) -> None:
        super().__init__(f"reply: {error_text(reply_error)}; DM: {error_text(dm_error)}")
        self.reply_error = reply_error
        self.dm_error = dm_error


def error_text(exc: BaseException) -> str:
    """A failure as recorded: its kind and message, on one line."""
    if isinstance(exc, Undeliverable):
        return str(exc)
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text[:ERROR_TEXT]


def worth_retrying(exc: BaseException) -> bool:
    """Whether a failed notice may go out if tried again later (Discord failing for a
    while, a lost connection), not when the asker or the claim is out of reach."""
    if isinstance(exc, Undeliverable):
        return worth_retrying(exc.dm_error)
    return not isinstance(exc, PERMANENT)


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
        if setting is not None:  # one short write and read: the quick thread, never behind questions
            await self.bot.offload_quick(followup.set_opt_out, service, ctx.author.id, setting == "off")
        off = await self.bot.offload_quick(followup.is_opted_out, service, ctx.author.id)
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
            # Re-checking queued questions can take seconds on a large base: background thread.
            selected = await self.bot.offload_background(
                select, self.bot.service, self.bot.settings, claim_id, what, query_ids
            )
        except Exception:
            log.exception("could not select follow-ups for %s (%s)", claim_id, what)
            return
        if selected:
            log.info("sending %d follow-up(s) about %s (%s)", len(selected), claim_id, what)
        await self.deliver_all(selected)

    async def deliver_all(self, selected: list[tuple[followup.Notice, str]]) -> None:
        """Send every notice, each on its own: one failure never stops the others. Notices
        that failed for a reason that may pass are tried again, up to ``ATTEMPTS`` times
        in all, after ``RETRY_DELAY`` seconds and then twice as long each time; every
        failed attempt is recorded (``claimlog followups`` lists what never went out)."""
        pending = list(selected)
        for attempt in range(1, ATTEMPTS + 1):
            if attempt > 1:
                await asyncio.sleep(RETRY_DELAY * 2 ** (attempt - 2))
            retry = []
            for notice, mode in pending:
                if await self.deliver(notice, mode):
                    retry.append((notice, mode))
            pending = retry
            if not pending:
                return
        log.warning("%d follow-up(s) not delivered after %d attempts", len(pending), ATTEMPTS)

    async def deliver(self, notice: followup.Notice, mode: str) -> bool:
        """Try to send one notice and record the outcome: sent (with the way it went), or
        why it failed. Never raises. Returns whether another attempt may succeed."""
        service = self.bot.service
        try:
            used = await self._send(notice, mode)
        except Exception as exc:  # one notice's failure, whatever it is, is that notice's only
            self.bot.metrics.followup_failed()
            again = worth_retrying(exc)
            if isinstance(exc, (discord.DiscordException, ServiceError, ValueError)):
                log.warning("follow-up to user %s about %s failed: %s", notice.user_id, notice.claim_id, exc)
            else:
                log.exception("follow-up to user %s about %s failed", notice.user_id, notice.claim_id)
            try:
                await self.bot.offload(followup.mark_failed, service, notice, error_text(exc))
            except Exception:
                log.exception("could not record a failed follow-up to user %s", notice.user_id)
            return again
        self.bot.metrics.followup_sent(used)
        try:
            await self.bot.offload(followup.mark_sent, service, notice, used)
        except Exception:  # it went out: sending it again would tell the asker twice
            log.exception("follow-up to user %s about %s sent but not recorded", notice.user_id, notice.claim_id)
        return False

    async def _send(self, notice: followup.Notice, mode: str) -> str:
        """Send one notice as ``mode`` says: a reply in the question's channel, or a DM.
        A channel the bot can no longer reach or write to gets a DM instead. Returns the
        way it went (``reply`` or ``dm``)."""
        service = self.bot.service
        claim = await self.bot.offload(service.get_claim, notice.claim_id)
        answer = await self.bot.offload(service.answer_for, claim, notice.question)
        if answer.claim is None:
            raise ServiceError(f"claim {notice.claim_id!r} has no answer to show")
        text = notice_text(notice, answer.claim.status, self.bot.settings.prefix)
        embed = claim_embed(answer.claim)  # for the asker: no ids
        reply_error: discord.HTTPException | None = None
        if mode == "reply":
            try:
                channel = await self._channel(notice.channel_id)
                if channel is not None:
                    await self._reply(channel, notice, text, embed)
                    return "reply"
            except UNREACHABLE as exc:  # no access any more, or gone: the asker gets a DM
                reply_error = exc
            log.info("follow-up to user %s: channel %s out of reach, sending a DM", notice.user_id, notice.channel_id)
            text += f"\n{FALLBACK_NOTE}"
        try:
            user = self.bot.get_user(int(notice.user_id)) or await self.bot.fetch_user(int(notice.user_id))
            await user.send(text, embed=embed, allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:
            if reply_error is None:
                raise
            raise Undeliverable(reply_error, exc) from exc
        return "dm"

    @staticmethod
    async def _reply(
        channel: discord.abc.Messageable, notice: followup.Notice, text: str, embed: discord.Embed
    ) -> None:
        if notice.message_id:
            reference = discord.MessageReference(
                message_id=int(notice.message_id),
                channel_id=getattr(channel, "id", None) or int(notice.channel_id or 0),
                guild_id=int(notice.guild_id) if notice.guild_id else None,
                fail_if_not_exists=False,
            )
            await channel.send(text, embed=embed, reference=reference, allowed_mentions=NO_PINGS)
        else:  # a slash-command question: no message to reply to
            await channel.send(f"<@{int(notice.user_id)}> {text}", embed=embed, allowed_mentions=NO_PINGS)

    async def _channel(self, channel_id: str | None) -> discord.abc.Messageable | None:
        """The question's channel, or None if there is none to reply in (deleted, out of
        reach, not a text channel). Other errors (Discord failing) are raised."""
        if not channel_id:
            return None
        channel = self.bot.get_channel(int(channel_id))
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(int(channel_id))
            except UNREACHABLE:
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

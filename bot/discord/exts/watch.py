"""Watch mode: in a watched channel, a message that restates a checked claim gets the
check beside it, without a command (``bot/watch.py`` decides; this posts).

- Off everywhere until an admin names a channel: ``!claimconfig watch #channel on``
  (the ``watch_channels`` setting). Threads follow their parent channel.
- Cheap first, on the event loop: other bots, DMs, commands and replies to the bot are
  ignored; the rest of a watched channel's messages go through the prefilter (no
  database). What passes waits in a bounded queue; when it is full the message is
  dropped and counted.
- One background worker serves the queue, on a thread of its own (``offload_watch``),
  and only when no question or command waits for the bot's worker thread: a burst of
  chat never delays ``!claim``.
- A reply is a compact card in a thread on the message (``watch_mode`` ``thread``, the
  default), or a reply that pings nobody (``reply``), with "Was this helpful?" buttons;
  or, with ``draft``, a draft in the ``watch_draft_channel`` that a moderator approves
  with one button.
- Messages that get no reply are counted (``counts``, shown by ``!claimlog watch``),
  never logged; a reply is logged like a question, with interface ``watch``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from ...config import ServerSettings
from ...watch import SKIPS, WatchCounts, WatchOutcome
from .. import servers
from ..embeds import draft_embed, watch_embed
from ..views import ApproveDraft, Helpful

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
QUEUE_SIZE = 200  # messages waiting for a check; more are dropped (and counted)
SETTINGS_SECONDS = 30.0  # a server's settings are read again after this (or when they change)
YIELD_SECONDS = 0.005  # how often the worker looks again while interactive work waits
THREAD_NAME = "Checked claim"
THREAD_ARCHIVE_MINUTES = 1440


@dataclass
class Pending:
    """A message waiting for its check, with its server's settings as they were."""

    message: discord.Message
    server: ServerSettings
    queued: float


def watched_channel_id(channel: Any) -> int | None:
    """The channel whose setting applies: a thread follows its parent channel."""
    if isinstance(channel, discord.Thread):
        return channel.parent_id
    return getattr(channel, "id", None)


def replies_to_bot(message: Any, bot_id: int) -> bool:
    """Whether ``message`` replies to one of the bot's messages."""
    ref = getattr(message, "reference", None)
    resolved = getattr(ref, "resolved", None) if ref is not None else None
    author = getattr(resolved, "author", None)
    return author is not None and getattr(author, "id", None) == bot_id


class Watch(commands.Cog):
    """Watch mode: answers restated checked claims in the channels a server chose."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot
        self.queue: asyncio.Queue[Pending] = asyncio.Queue(maxsize=QUEUE_SIZE)
        self.counts = WatchCounts()
        self._settings: dict[int, tuple[float, ServerSettings]] = {}
        self._settings_lock = asyncio.Lock()
        self._worker: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._worker = asyncio.create_task(self._work(), name="claimbot-watch")

    async def cog_unload(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    # -- the settings, kept briefly (every chat message needs them)

    async def server(self, guild_id: int) -> ServerSettings:
        """A server's settings, read at most every ``SETTINGS_SECONDS`` (on the watch
        thread), and at once after ``!claimconfig`` changes them."""
        kept = self._settings.get(guild_id)
        if kept is not None and kept[0] > time.monotonic():
            return kept[1]
        async with self._settings_lock:  # a burst of messages reads them once
            kept = self._settings.get(guild_id)
            if kept is not None and kept[0] > time.monotonic():
                return kept[1]
            found = await self.bot.offload_watch(servers.read, self.bot.service, self.bot.settings, guild_id)
            self._settings[guild_id] = (time.monotonic() + SETTINGS_SECONDS, found)
            return found

    @commands.Cog.listener()
    async def on_claimbot_settings_changed(self, guild_id: int) -> None:
        self._settings.pop(guild_id, None)

    # -- screening, on the event loop

    def prefixes(self) -> list[str]:
        """What starts a command: the prefix, and a mention of the bot."""
        found = [self.bot.settings.prefix]
        if self.bot.user is not None:
            found += [f"<@{self.bot.user.id}>", f"<@!{self.bot.user.id}>"]
        return found

    def _count(self, guild_id: int | None, reason: str, result: str) -> None:
        self.counts.add(guild_id, reason)
        self.bot.metrics.watched(result)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if message.guild is None or me is None or message.author.bot or message.author.id == me.id:
            return
        if not self.bot.guild_allowed(message.guild) or message.type not in (
            discord.MessageType.default,
            discord.MessageType.reply,
        ):
            return
        if message.content.lstrip().startswith(tuple(self.prefixes())):
            return  # a command, for the commands (never counted: most servers watch nothing)
        channel_id = watched_channel_id(message.channel)
        server = await self.server(message.guild.id)
        if channel_id not in server.watch_channels:
            return
        guild_id = message.guild.id
        if replies_to_bot(message, me.id):
            self._count(guild_id, "reply-to-bot", "skipped")
            return
        reason = self.bot.service.watcher.screen(message.content, self.prefixes())
        if reason is not None:
            self._count(guild_id, reason, "skipped")
            return
        try:
            self.queue.put_nowait(Pending(message, server, time.monotonic()))
        except asyncio.QueueFull:
            self._count(guild_id, "dropped", "dropped")
            log.info("watch queue full (%d): a message in server %s dropped", QUEUE_SIZE, guild_id)

    # -- checking, in the background

    async def _work(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                while self.bot.interactive_waiting():  # questions and commands first
                    await asyncio.sleep(YIELD_SECONDS)
                await self.check(item)
            except asyncio.CancelledError:
                raise
            except Exception:
                self._count(getattr(item.message.guild, "id", None), "error", "error")
                log.exception("watch check failed (message %s)", item.message.id)
            finally:
                self.queue.task_done()

    async def drain(self) -> None:
        """Wait until every queued message has been checked (tests, shutdown)."""
        await self.queue.join()

    async def check(self, item: Pending) -> WatchOutcome:
        message, server = item.message, item.server
        guild_id = message.guild.id if message.guild else None
        outcome = await self.bot.offload_watch(
            self.bot.service.watch,
            message.content,
            guild_id=guild_id,
            channel_id=message.channel.id,
            message_id=message.id,
            user_id=message.author.id,
            statuses=server.watch_statuses,
            cooldown_minutes=server.watch_cooldown_minutes,
            prefixes=self.prefixes(),
        )
        if not outcome.reply or outcome.answer is None:
            self._count(guild_id, outcome.reason, "skipped" if outcome.reason in SKIPS else "silent")
            return outcome
        if server.watch_mode == "draft":
            drafted = await self._draft(item, outcome)
            self._count(guild_id, "drafted" if drafted else "no-draft-channel", "drafted" if drafted else "silent")
        else:
            posted = await self.post(message, outcome, server.watch_mode)
            self._count(guild_id, "reply" if posted else "error", "replied" if posted else "error")
        return outcome

    async def post(self, message: discord.Message, outcome: WatchOutcome, mode: str) -> discord.Message | None:
        """The card beside ``message``: in a thread on it (``thread``; a message already in a
        thread gets a reply), or as a reply (``reply``). It pings nobody. None if it could
        not be posted (the message deleted, no permission)."""
        assert outcome.answer is not None and outcome.answer.claim is not None
        embed = watch_embed(outcome.answer)
        view = Helpful(self.bot, outcome.query_id, outcome.answer.claim)
        try:
            if mode == "thread" and not isinstance(message.channel, discord.Thread):
                try:
                    thread = await message.create_thread(name=THREAD_NAME, auto_archive_duration=THREAD_ARCHIVE_MINUTES)
                except discord.HTTPException as exc:  # no permission for threads: a reply will do
                    log.info("could not open a thread on message %s (%s): replying instead", message.id, exc)
                else:
                    view.message = await thread.send(embed=embed, view=view, allowed_mentions=NO_PINGS)
                    return view.message
            view.message = await message.reply(embed=embed, view=view, mention_author=False, allowed_mentions=NO_PINGS)
            return view.message
        except discord.HTTPException as exc:
            view.stop()
            log.warning("could not post a watch reply to message %s: %s", message.id, exc)
            return None

    async def _draft(self, item: Pending, outcome: WatchOutcome) -> bool:
        """Post the would-be reply to the moderators' draft channel with an "Approve" button."""
        message, server = item.message, item.server
        guild = message.guild
        channel = guild.get_channel(server.watch_draft_channel) if guild and server.watch_draft_channel else None
        if not isinstance(channel, discord.abc.Messageable):
            log.warning(
                "watch_mode is draft but server %s has no usable watch_draft_channel", getattr(guild, "id", "?")
            )
            return False
        assert outcome.answer is not None

        async def deliver() -> discord.Message | None:
            return await self.post(message, outcome, "thread")

        embed = draft_embed(
            outcome.answer, text=message.content, where=f"<#{message.channel.id}>", jump_url=message.jump_url
        )
        view = ApproveDraft(self.bot, deliver)
        try:
            view.message = await channel.send(embed=embed, view=view, allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:
            view.stop()
            log.warning("could not post a draft in channel %s: %s", channel.id, exc)
            return False
        return True

    def summary(self, guild_id: int) -> dict[str, int]:
        """This server's counts since the bot started, and the queue's length now."""
        out = WatchCounts.summary(self.counts.of(guild_id))
        out["queued"] = self.queue.qsize()
        return out


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Watch(bot))

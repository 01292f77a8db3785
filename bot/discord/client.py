"""The Discord bot: ``ClaimBot``, ``create_bot`` (configured, not started) and ``run_bot``."""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import signal
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from .. import health
from ..config import ServerSettings
from ..knowledge import KnowledgeError
from ..metrics import Metrics, MetricsError, executor_queue_depth
from ..service import ClaimService, ServiceError
from ..settings import Settings
from ..store import StoreError
from . import servers
from .checks import valid_permission
from .help import ClaimHelp

log = logging.getLogger(__name__)

T = TypeVar("T")

NO_PINGS = discord.AllowedMentions.none()
EXTENSIONS = (
    "bot.discord.exts.errors",
    "bot.discord.exts.ask",
    "bot.discord.exts.curate",
    "bot.discord.exts.admin",
    "bot.discord.exts.followups",
    "bot.discord.exts.privacy",
    "bot.discord.exts.serverconfig",
    "bot.discord.exts.owner",
    "bot.discord.exts.watch",
)
# One worker: matching and database writes run off the event loop, in order.
DB_WORKERS = 1
# Watch mode's checks run on a thread of their own, so a `!claim` never queues behind them.
WATCH_WORKERS = 1
# Background work (re-checking queued questions after a moderator's change, retention
# passes) runs on a thread of its own too: asks, buttons and autocomplete never wait for it.
BACKGROUND_WORKERS = 1
# Short reads and writes someone is waiting on to see a response (a button's choice,
# autocomplete, a server's settings) have a thread of their own: they never queue behind a
# burst of questions on the worker. The store serialises their SQL with everyone else's.
QUICK_WORKERS = 1
# A bot token: three base64url segments separated by dots (user id, timestamp, HMAC).
GUILD_NAME_LOG = 100  # a server's name in the log
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")


def default_intents() -> discord.Intents:
    """Only what the bot needs: guilds, messages (guild and DM) and their content."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True  # privileged: enable it in the developer portal
    return intents


class ClaimContext(commands.Context["ClaimBot"]):
    """Context whose replies never ping, whatever the text they echo. ``server_settings``:
    this server's settings, once a check has read them for this command."""

    server_settings: ServerSettings | None = None

    async def send(self, content: str | None = None, **kwargs: Any) -> discord.Message:  # type: ignore[override]
        if kwargs.get("allowed_mentions") is None:
            kwargs["allowed_mentions"] = NO_PINGS
        return await super().send(content, **kwargs)

    async def reply(self, content: str | None = None, **kwargs: Any) -> discord.Message:  # type: ignore[override]
        """A reply that still goes out (as a plain message) if the question was deleted."""
        if self.interaction is None:
            kwargs.setdefault("reference", self.message.to_reference(fail_if_not_exists=False))
        return await self.send(content, **kwargs)


class ClaimTree(app_commands.CommandTree):
    """Slash commands from a server not in ``CLAIMBOT_GUILDS`` are ignored (the bot is leaving it)."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        client = self.client
        if interaction.guild_id is None or not isinstance(client, ClaimBot):
            return True
        return client.guild_allowed(discord.Object(interaction.guild_id))


class ClaimBot(commands.Bot):
    """The claimbot Discord client. It owns its ``ClaimService`` and closes it on shutdown."""

    def __init__(self, settings: Settings, service: ClaimService, *, intents: discord.Intents | None = None) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.prefix),
            intents=intents or default_intents(),
            allowed_mentions=NO_PINGS,
            case_insensitive=True,
            strip_after_prefix=True,
            description="Answers questions from a curated base of checked claims.",
            tree_cls=ClaimTree,
            help_command=ClaimHelp(),
        )
        self.settings = settings
        self.service = service
        self.executor = ThreadPoolExecutor(max_workers=DB_WORKERS, thread_name_prefix="claimbot-db")
        self.watch_executor = ThreadPoolExecutor(max_workers=WATCH_WORKERS, thread_name_prefix="claimbot-watch")
        self.background_executor = ThreadPoolExecutor(
            max_workers=BACKGROUND_WORKERS, thread_name_prefix="claimbot-background"
        )
        self.quick_executor = ThreadPoolExecutor(max_workers=QUICK_WORKERS, thread_name_prefix="claimbot-quick")
        # Off (records nothing, serves nothing) unless CLAIMBOT_METRICS_PORT is set; raises
        # MetricsError if it is and prometheus-client is missing.
        self.metrics = Metrics(settings.metrics_port, queue_depth=executor_queue_depth(self.executor))
        self._service_closed = False
        # The container's HEALTHCHECK (`claimbot health`) reads this file: fresh while the
        # bot is connected and its database answers (see bot/health.py).
        self.heartbeat = health.heartbeat_path(settings.db)
        self._heartbeat_task: asyncio.Task[None] | None = None

    async def offload(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a blocking service call on the bot's worker thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def offload_quick(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a short blocking call a member is waiting on to get a response (a button,
        autocomplete) on its own thread, never behind the questions queued on ``offload``."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.quick_executor, functools.partial(fn, *args, **kwargs))

    async def offload_background(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a long blocking call that nobody waits for (re-checks, retention) on the
        background thread, so interactive calls on ``offload`` never queue behind it."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.background_executor, functools.partial(fn, *args, **kwargs))

    async def offload_watch(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a blocking call of watch mode on its own thread (never ahead of ``offload``'s work)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.watch_executor, functools.partial(fn, *args, **kwargs))

    def interactive_waiting(self) -> bool:
        """Whether calls wait for the worker thread (questions, commands): watch mode waits for them."""
        depth = executor_queue_depth(self.executor)()
        return depth == depth and depth > 0  # NaN (unknown) counts as idle

    async def server_settings(self, guild: Any) -> ServerSettings:
        """A server's settings (a guild or its id), read now; the environment's for None (a DM)."""
        guild_id = getattr(guild, "id", guild)
        if guild_id is None:
            return servers.env_defaults(self.settings)
        return await self.offload_quick(servers.read, self.service, self.settings, guild_id)

    async def setup_hook(self) -> None:
        for name in EXTENSIONS:
            await self.load_extension(name)
        log.debug("loaded %d extensions", len(EXTENSIONS))
        self.metrics.start()  # nothing unless CLAIMBOT_METRICS_PORT is set
        if self.heartbeat is not None:
            self._heartbeat_task = asyncio.create_task(self._heartbeat_loop(), name="claimbot-heartbeat")

    def connected(self) -> bool:
        """Connected to Discord now (``is_ready`` stays true after a disconnect)."""
        ws = self.ws
        return self.is_ready() and not self.is_closed() and ws is not None and bool(getattr(ws, "open", False))

    async def heartbeat_once(self) -> str | None:
        """Write the heartbeat if connected and the database answers; the problem, if any.
        Runs on the worker thread, so a stuck worker stops the heartbeat too."""
        problem = await self.offload(health.beat, self.service, self.heartbeat, connected=self.connected())
        if problem:
            log.warning("heartbeat: %s", problem)
        return problem

    async def _heartbeat_loop(self) -> None:
        while not self.is_closed():
            try:
                await self.heartbeat_once()
            except Exception:  # never let the loop die: a missing heartbeat is the alarm
                log.exception("heartbeat failed")
            await asyncio.sleep(health.HEARTBEAT_SECONDS)

    async def get_context(self, origin: Any, /, *, cls: type[commands.Context] = ClaimContext) -> Any:
        return await super().get_context(origin, cls=cls)

    async def on_message(self, message: discord.Message) -> None:
        """Commands from people only: other bots and the bot itself are ignored, and so
        is any server not in ``CLAIMBOT_GUILDS`` (the bot is leaving it)."""
        if message.author.bot or (self.user is not None and message.author.id == self.user.id):
            return
        if message.guild is not None and not self.guild_allowed(message.guild):
            return
        await self.process_commands(message)

    def guild_allowed(self, guild: discord.abc.Snowflake) -> bool:
        """Whether the bot may stay in ``guild``: any, unless ``CLAIMBOT_GUILDS`` lists some."""
        allowed = self.settings.guilds
        return not allowed or guild.id in allowed

    async def leave_if_not_allowed(self, guild: discord.Guild) -> bool:
        """Leave ``guild`` if ``CLAIMBOT_GUILDS`` does not list it. Returns whether it left."""
        if self.guild_allowed(guild):
            return False
        name = " ".join(str(getattr(guild, "name", "") or "").split())[:GUILD_NAME_LOG]  # one line in the log
        log.warning("leaving server %s (%s): not in CLAIMBOT_GUILDS", guild.id, name)
        try:
            await guild.leave()
        except discord.HTTPException as exc:
            log.error("could not leave server %s: %s", guild.id, exc)
            return False
        return True

    async def leave_unlisted_guilds(self) -> int:
        """Leave every server not in ``CLAIMBOT_GUILDS``; returns how many were left."""
        left = 0
        for guild in list(self.guilds):
            left += await self.leave_if_not_allowed(guild)
        return left

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.leave_if_not_allowed(guild)

    async def on_ready(self) -> None:
        log.info("connected as %s (%s) to %d servers", self.user, getattr(self.user, "id", "?"), len(self.guilds))
        await self.leave_unlisted_guilds()

    def close_service(self) -> None:
        """Finish pending database work and close the database (idempotent)."""
        if self._service_closed:
            return
        self._service_closed = True
        if self._heartbeat_task is not None:
            self._heartbeat_task.cancel()
        health.clear_heartbeat(self.heartbeat)
        self.metrics.stop()
        self.watch_executor.shutdown(wait=True, cancel_futures=True)
        self.background_executor.shutdown(wait=True)
        self.quick_executor.shutdown(wait=True)
        self.executor.shutdown(wait=True)
        self.service.close()
        log.info("database closed")

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            self.close_service()


def create_bot(
    settings: Settings | None = None, *, service: ClaimService | None = None, intents: discord.Intents | None = None
) -> ClaimBot:
    """A configured, not started bot. Settings come from the environment (``CLAIMBOT_DB``
    and the rest) unless given; the service is opened from them unless given. Raises
    ``MetricsError`` if ``CLAIMBOT_METRICS_PORT`` is set and prometheus-client is missing."""
    settings = settings or Settings()
    if not valid_permission(settings.admin_permission):
        raise ValueError(
            f"CLAIMBOT_ADMIN_PERMISSION={settings.admin_permission!r} is not a Discord permission name "
            "(for example manage_guild or administrator)"
        )
    service = service or ClaimService.open(settings)
    return ClaimBot(settings, service, intents=intents)


def token_problem(token: str | None) -> str | None:
    """Why ``token`` cannot be a bot token, or None. Never echoes the token."""
    if not token or not token.strip():
        return (
            "DISCORD_TOKEN is not set: put the bot token (developer portal → your application → Bot → "
            "Reset Token) in the environment or in .env"
        )
    if not TOKEN_PATTERN.match(token.strip()):
        return (
            "DISCORD_TOKEN does not look like a bot token (three base64url parts separated by dots); "
            "copy it again from the developer portal, without quotes or a 'Bot ' prefix"
        )
    return None


def _fail(message: str) -> None:
    print(f"claimbot: {message}", file=sys.stderr)


async def _serve(bot: ClaimBot, token: str) -> None:
    loop = asyncio.get_running_loop()

    def stop(sig: signal.Signals) -> None:
        log.info("received %s, shutting down", sig.name)
        loop.create_task(bot.close())

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop, sig)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
            pass
    async with bot:
        await bot.start(token)


def run_bot(settings: Settings) -> int:
    """Start the bot and block until it stops. Returns the process exit code."""
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    problem = token_problem(token)
    if problem:
        _fail(problem)
        return 2
    try:
        service = ClaimService.open(settings)
    except (ServiceError, StoreError, KnowledgeError) as exc:
        _fail(f"cannot open the database: {exc}")
        return 1
    try:
        bot = create_bot(settings, service=service)
    except (ValueError, MetricsError) as exc:
        service.close()
        _fail(str(exc))
        return 2
    discord.utils.setup_logging(level=getattr(logging, settings.log_level))
    try:
        asyncio.run(_serve(bot, token))
    except discord.LoginFailure:
        _fail("Discord rejected DISCORD_TOKEN (login failed): reset the token in the developer portal and set it again")
        return 1
    except discord.PrivilegedIntentsRequired:
        _fail(
            "Discord refused the Message Content intent: enable it in the developer portal "
            "(your application → Bot → Privileged Gateway Intents)"
        )
        return 1
    except KeyboardInterrupt:
        pass
    except MetricsError as exc:  # the metrics port could not be bound
        _fail(str(exc))
        return 1
    except (OSError, aiohttp.ClientError, discord.DiscordException) as exc:
        log.debug("stopped by %r", exc, exc_info=exc)
        _fail(f"stopped: cannot talk to Discord ({type(exc).__name__}: {exc})")
        return 1
    finally:
        bot.close_service()
    return 0

"""The one error handler: short, clear replies for expected failures; an apology
in the channel and the full traceback in the log for everything else."""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ...service import ServiceError
from ..checks import Escaped, NotAdmin, NotModerator, WrongChannel
from ..embeds import ECHO, MESSAGE_TEXT, clean, truncate
from ..views import private_reply, tell

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. The details are in the bot's log."
SERVICE_ERROR_TEXT = 1500  # a refusal from the core (its message says what to do)
WRONG_CHANNEL_DELETE_AFTER = 20.0  # seconds the "not in this channel" note stays (prefix form)
WRAPPERS = (commands.CommandInvokeError, commands.HybridCommandError, app_commands.CommandInvokeError)


def unwrap(error: BaseException) -> BaseException:
    """The error a command raised, out of discord.py's wrappers."""
    while isinstance(error, WRAPPERS) and getattr(error, "original", None) is not None:
        error = error.original  # type: ignore[union-attr]
    return error


def cooldown_seconds(retry_after: float) -> int:
    """Whole seconds to wait, rounded up and at least 1 (never "wait 0 s")."""
    return max(1, math.ceil(retry_after))


def usage(ctx: commands.Context) -> str:
    command = ctx.command
    if command is None:
        return ""
    if ctx.interaction is not None:
        return f"/{command.qualified_name}"
    return f"{ctx.clean_prefix}{command.qualified_name} {command.signature}".strip()


class ErrorHandler(commands.Cog):
    """Replies to command errors."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot
        self._cooldown_told: dict[tuple[int, str], float] = {}

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def reply(self, ctx: commands.Context, text: str, *, delete_after: float | None = None) -> None:
        """Ephemeral for a slash command, a reply deleted after a while for a prefix one."""
        try:
            await private_reply(ctx, truncate(text, MESSAGE_TEXT), delete_after=delete_after)
        except discord.HTTPException:
            log.warning("could not send an error reply in channel %s", getattr(ctx.channel, "id", "?"))

    @commands.Cog.listener()
    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if ctx.command is not None and ctx.command.has_error_handler():
            return
        original = unwrap(error)
        text = self.message_for(ctx, original)
        if text:
            # Not where the bot answers: a note only the asker sees (slash), or one that goes away.
            wrong = isinstance(original, WrongChannel)
            await self.reply(ctx, text, delete_after=WRONG_CHANNEL_DELETE_AFTER if wrong else None)

    def message_for(self, ctx: commands.Context, error: BaseException) -> str | None:
        """The reply for ``error``, or None to stay quiet."""
        if isinstance(error, commands.CommandNotFound):
            return None  # the prefix may be shared with other bots
        if isinstance(error, ServiceError):
            return clean(str(error), SERVICE_ERROR_TEXT)
        if isinstance(error, commands.CommandOnCooldown):
            return self.cooldown_message(ctx, error)
        if isinstance(error, (NotModerator, NotAdmin, WrongChannel)):
            return str(error)
        if isinstance(error, commands.NoPrivateMessage):
            return "That command works only in a server, not in direct messages."
        if isinstance(error, commands.NotOwner):
            return "Only the bot's owner can do that."
        if isinstance(error, commands.MissingPermissions):
            return f"You need these permissions for that: {', '.join(error.missing_permissions)}."
        if isinstance(error, commands.BotMissingPermissions):
            return f"I need these permissions for that: {', '.join(error.missing_permissions)}."
        if isinstance(error, commands.CheckFailure):
            return "You can't use that command here."
        if isinstance(error, commands.MissingRequiredArgument):
            return f"Missing `{error.param.name}`. Usage: `{usage(ctx)}`"
        if isinstance(error, commands.MissingRequiredFlag):
            return f"Missing `{error.flag.name}:`. Usage: `{usage(ctx)}`"
        if isinstance(error, commands.MissingFlagArgument):
            return f"`{error.flag.name}:` needs a value. Usage: `{usage(ctx)}`"
        if isinstance(error, commands.BadLiteralArgument):
            return f"`{error.param.name}` must be one of: {', '.join(map(str, error.literals))}."
        if isinstance(error, commands.BadFlagArgument) and isinstance(error.original, Escaped):
            return f"Bad value for `{error.flag.name}:`: {error.original}"
        if isinstance(error, Escaped):  # already escaped: once is enough
            return f"{error} Usage: `{usage(ctx)}`"
        if isinstance(error, commands.BadFlagArgument):
            return f"Bad value for `{error.flag.name}:`: {clean(str(error.original), ECHO)}"
        if isinstance(error, commands.UserInputError):
            return f"{clean(str(error), ECHO)} Usage: `{usage(ctx)}`"
        if isinstance(error, (commands.DisabledCommand, commands.MaxConcurrencyReached)):
            return clean(str(error), ECHO)
        log.error(
            "unexpected error in command %r (message %s)",
            getattr(ctx.command, "qualified_name", None),
            getattr(ctx.message, "id", None),
            exc_info=error,
        )
        return APOLOGY

    def cooldown_message(self, ctx: commands.Context, error: commands.CommandOnCooldown) -> str | None:
        """One polite note per cooldown window, then silence until it ends."""
        key = (ctx.author.id, ctx.command.qualified_name if ctx.command else "")
        now = time.monotonic()
        if self._cooldown_told.get(key, 0.0) > now:
            return None
        self._cooldown_told = {k: v for k, v in self._cooldown_told.items() if v > now}
        self._cooldown_told[key] = now + error.retry_after
        return (
            f"You're asking quickly; please wait {cooldown_seconds(error.retry_after)} s before the next question. "
            f"(I'll stay quiet until then.)"
        )

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Errors in pure application commands (hybrid ones go through ``on_command_error``)."""
        log.error("error in app command %r", getattr(interaction.command, "qualified_name", None), exc_info=error)
        text = "You can't use that command here." if isinstance(error, app_commands.CheckFailure) else APOLOGY
        await tell(interaction, text)


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(ErrorHandler(bot))

"""Each server's own settings (``!claimconfig``), read when they are used.

The core keeps them (``ClaimService.server_settings``: what a server set, over the
environment's values). Nothing here caches them across commands: a command reads them
once (``for_ctx``, kept on its context for its checks and cooldown) and the next
command reads them again, so a change takes effect at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .. import config
from ..config import ServerSettings
from ..settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from discord.ext import commands

    from ..service import ClaimService
    from .client import ClaimBot

log = logging.getLogger(__name__)


def env_defaults(settings: Settings) -> ServerSettings:
    """The environment's values (a DM's settings; a server's until it sets its own)."""
    return config.defaults(settings)


def read(service: ClaimService, settings: Settings, guild_id: Any) -> ServerSettings:
    """One server's settings now (blocking: run it on the bot's worker thread)."""
    if guild_id is None:
        return env_defaults(settings)
    return service.server_settings(guild_id, settings)


async def for_ctx(ctx: commands.Context[Any], bot: ClaimBot | None = None) -> ServerSettings:
    """The settings of the server a command is used in (the environment's in a DM), read
    once per command and kept on its context."""
    kept = getattr(ctx, "server_settings", None)
    if isinstance(kept, ServerSettings):
        return kept
    found = await (bot or ctx.bot).server_settings(ctx.guild)
    try:
        ctx.server_settings = found  # type: ignore[attr-defined]
    except AttributeError:  # a context that takes no new attributes
        pass
    return found


def kept(ctx: commands.Context[Any]) -> ServerSettings:
    """What ``for_ctx`` read for this command (for the synchronous cooldown), else the
    environment's."""
    found = getattr(ctx, "server_settings", None)
    return found if isinstance(found, ServerSettings) else env_defaults(ctx.bot.settings)

"""Admins set their server's settings: ``!claimconfig`` shows them, ``!claimconfig set KEY
VALUE`` sets one, ``!claimconfig reset KEY`` goes back to the default (the environment's).

The core parses, checks and stores them (``ClaimService.set_server_setting``); a change
takes effect at once (everything reads them when it uses them). Roles and channels must
be this server's. Settings are not private, so the prefix form answers in the channel;
the slash form answers only the admin.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from ... import config
from ...service import ServiceError
from ..checks import check_admin
from ..embeds import group_help

if TYPE_CHECKING:  # pragma: no cover
    from ..client import ClaimBot

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
KEY_CHOICES = [app_commands.Choice(name=k, value=k) for k in config.KEYS]
VALUE_TEXT = 400  # a value as typed, sent to the core
WATCH_STATES = ("on", "off")


def key_name(key: str) -> str:
    """As the core reads a key: ``Mod-Roles`` → ``mod_roles``."""
    return key.strip().lower().replace("-", "_")


def shown(key: str, value: Any) -> str:
    """A setting's value for the listing: roles and channels as mentions (never pinging)."""
    if key == "mod_roles":
        return ", ".join(f"<@&{i}>" for i in value) if value else "none (Manage Server only)"
    if key == "channels":
        return ", ".join(f"<#{i}>" for i in value) if value else "all channels"
    if key == "watch_channels":
        return ", ".join(f"<#{i}>" for i in value) if value else "none (watch mode is off)"
    if key == "watch_draft_channel":
        return f"<#{value}>" if value else "none"
    if key == "watch_statuses":
        return ", ".join(f"`{s}`" for s in value)
    return f"`{value}`"


def foreign_id(guild: discord.Guild, key: str, value: Any) -> str | None:
    """Why a role or channel id in ``value`` can't be this server's setting, or None."""
    if key == "mod_roles":
        for role_id in value:
            if role_id == guild.id:
                return f"bad value for {key}: {role_id} is the role every member has, not a moderator role"
            if guild.get_role(role_id) is None:
                return f"bad value for {key}: {role_id} is not a role in this server"
    if key in ("channels", "watch_channels", "watch_draft_channel"):
        for channel_id in value if isinstance(value, list) else [value] if value else []:
            if guild.get_channel(channel_id) is None:
                return f"bad value for {key}: {channel_id} is not a channel in this server"
    return None


class ServerConfig(commands.Cog):
    """Admins: this server's settings."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # Hide the slash group from members without the configured permission.
        perm = discord.Permissions(**{self.bot.settings.admin_permission: True})
        app = self.claimconfig.app_command
        if app is not None:
            app.default_permissions = perm

    async def cog_check(self, ctx: commands.Context[ClaimBot]) -> bool:  # type: ignore[override]
        return check_admin(ctx)

    async def _say(self, ctx: commands.Context[ClaimBot], text: str) -> None:
        await ctx.reply(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @commands.hybrid_group(name="claimconfig", case_insensitive=True)
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def claimconfig(self, ctx: commands.Context[ClaimBot], *, subcommand: str = "") -> None:
        """Admins: this server's settings, with their defaults."""
        if subcommand:
            await ctx.reply(group_help(ctx, subcommand))
            return
        await self.show(ctx)

    @claimconfig.command(name="show")
    async def show(self, ctx: commands.Context[ClaimBot]) -> None:
        """Show this server's settings: each value, whether it is the default, what it does."""
        assert ctx.guild is not None
        await ctx.defer(ephemeral=True)
        current = await self.bot.server_settings(ctx.guild)
        stored = await self.bot.offload(self.bot.service.stored_server_settings, ctx.guild.id)
        lines = []
        for key in config.KEYS:
            value = getattr(current, key)
            which = "set here" if config.is_set(stored, key) else "default"
            description = config.ServerSettings.model_fields[key].description or ""
            lines.append(f"`{key}`: {shown(key, value)} ({which}) — {description}")
        how = "/claimconfig set" if ctx.interaction else f"{ctx.clean_prefix}claimconfig set KEY VALUE"
        reset = "/claimconfig reset" if ctx.interaction else f"{ctx.clean_prefix}claimconfig reset KEY"
        await self._say(ctx, "This server's settings:\n" + "\n".join(lines) + f"\n-# Change: `{how}` · `{reset}`")

    @claimconfig.command(name="set")
    @app_commands.describe(key="The setting", value="Its new value (roles and channels: ids or mentions)")
    @app_commands.choices(key=KEY_CHOICES)
    async def set_(self, ctx: commands.Context[ClaimBot], key: str, *, value: str) -> None:
        """Set one of this server's settings."""
        assert ctx.guild is not None
        await ctx.defer(ephemeral=True)
        name = key_name(key)
        raw = value[:VALUE_TEXT]
        try:
            parsed = config.parse(name, raw)
        except config.ConfigError as exc:
            raise ServiceError(str(exc)) from None
        problem = foreign_id(ctx.guild, name, parsed)
        if problem:
            raise ServiceError(problem)
        stored = await self.bot.offload(
            self.bot.service.set_server_setting, ctx.guild.id, name, raw, actor=f"discord:{ctx.author.id}"
        )
        log.info("server %s: %s set by %s", ctx.guild.id, name, ctx.author.id)
        self.bot.dispatch("claimbot_settings_changed", ctx.guild.id)
        await self._say(ctx, f"Set `{name}` to {shown(name, stored)} in this server.")

    @claimconfig.command(name="reset")
    @app_commands.describe(key="The setting")
    @app_commands.choices(key=KEY_CHOICES)
    async def reset(self, ctx: commands.Context[ClaimBot], key: str) -> None:
        """Put one of this server's settings back to the default."""
        assert ctx.guild is not None
        await ctx.defer(ephemeral=True)
        name = key_name(key)
        await self.bot.offload(
            self.bot.service.set_server_setting, ctx.guild.id, name, None, actor=f"discord:{ctx.author.id}"
        )
        log.info("server %s: %s reset by %s", ctx.guild.id, name, ctx.author.id)
        self.bot.dispatch("claimbot_settings_changed", ctx.guild.id)
        current = await self.bot.server_settings(ctx.guild)
        await self._say(ctx, f"`{name}` is back to the default: {shown(name, getattr(current, name))}.")

    @claimconfig.command(name="watch", usage="[#channel on|off]")
    @app_commands.describe(channel="The channel", state="on or off")
    async def watch(
        self, ctx: commands.Context[ClaimBot], channel: discord.TextChannel | None = None, state: str = ""
    ) -> None:
        """Watch mode in one channel: `on` answers restated checked claims there, `off` stops.
        Without arguments: where it is on, and how it answers (see `watch_*` settings)."""
        assert ctx.guild is not None
        await ctx.defer(ephemeral=True)
        current = await self.bot.server_settings(ctx.guild)
        if channel is None:
            await self._say(
                ctx,
                f"Watched channels: {shown('watch_channels', current.watch_channels)}. Mode `{current.watch_mode}`, "
                f"statuses {shown('watch_statuses', current.watch_statuses)}, "
                f"cooldown {current.watch_cooldown_minutes} min.",
            )
            return
        turn = state.strip().lower()
        if turn not in WATCH_STATES:
            how = "/claimconfig watch" if ctx.interaction else f"{ctx.clean_prefix}claimconfig watch #channel on|off"
            raise ServiceError(f"say on or off after the channel: `{how}`")
        if ctx.guild.get_channel(channel.id) is None:
            raise ServiceError(f"bad value for watch_channels: {channel.id} is not a channel in this server")
        ids = [i for i in current.watch_channels if i != channel.id] + ([channel.id] if turn == "on" else [])
        await self.bot.offload(
            self.bot.service.set_server_setting,
            ctx.guild.id,
            "watch_channels",
            ",".join(map(str, ids)),
            actor=f"discord:{ctx.author.id}",
        )
        log.info("server %s: watch %s in %s by %s", ctx.guild.id, turn, channel.id, ctx.author.id)
        self.bot.dispatch("claimbot_settings_changed", ctx.guild.id)
        done = "now watched" if turn == "on" else "no longer watched"
        await self._say(ctx, f"{channel.mention} is {done}. Watched channels: {shown('watch_channels', ids)}.")


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(ServerConfig(bot))

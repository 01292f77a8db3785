"""Who may do what.

- A *moderator* has a role whose id is in ``settings.mod_roles``, or Manage Server
  (or administrator). Roles count by id only: anybody can name a role "Moderator"
  in a server of their own, nobody can copy an id.
- An *editor* may change the shared claim base: the bot's owner, or a moderator in
  one of ``settings.editor_guilds``. Elsewhere moderators may only look at claims.
- An *admin* (Manage Server by default) reads their own server's query log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from ..settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .client import ClaimBot


class NotModerator(commands.CheckFailure):
    """The author has neither a moderator role nor the Manage Server permission."""


class NotEditor(commands.CheckFailure):
    """A moderator, but not in a server whose moderators curate the shared claim base."""


class NotAdmin(commands.CheckFailure):
    """The author lacks the admin permission (Manage Server by default)."""


NOT_EDITOR = (
    "The shared claim base is curated only in its editors' servers, so claims can't be changed from here. "
    "You can still look at them (`claims show`, `claims history`)."
)


def permission_label(name: str) -> str:
    """``manage_guild`` → "Manage Server" (Discord's own wording)."""
    return {"manage_guild": "Manage Server"}.get(name, name.replace("_", " ").title())


def is_moderator_member(member: Any, settings: Settings) -> bool:
    """Manage Server (or administrator), or a role whose id is in ``settings.mod_roles``.
    Role names never count."""
    perms = getattr(member, "guild_permissions", None)
    if perms is not None and (perms.manage_guild or perms.administrator):
        return True
    wanted = set(settings.mod_roles)
    return bool(wanted) and any(role.id in wanted for role in getattr(member, "roles", []))


def is_editor_guild(guild: Any, settings: Settings) -> bool:
    return guild is not None and guild.id in settings.editor_guilds


async def is_editor(bot: ClaimBot, member: Any, guild: Any) -> bool:
    """The bot's owner, or a moderator in an editor server."""
    if is_editor_guild(guild, bot.settings) and is_moderator_member(member, bot.settings):
        return True
    return await bot.is_owner(member)


def is_admin_member(member: Any, settings: Settings) -> bool:
    perms = getattr(member, "guild_permissions", None)
    if perms is None:
        return False
    return bool(perms.administrator or getattr(perms, settings.admin_permission, False))


def moderator_refusal(ctx: commands.Context[ClaimBot]) -> str:
    """Names this server's moderator roles (never another server's)."""
    guild = ctx.guild
    names = [
        discord.utils.escape_markdown(role.name)
        for role_id in ctx.bot.settings.mod_roles
        if guild is not None and (role := guild.get_role(role_id)) is not None
    ]
    roles = f"the {', '.join(names)} role" if names else "a moderator role"
    return f"Only moderators can do that ({roles} or the Manage Server permission)."


def check_moderator(ctx: commands.Context[ClaimBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    if not is_moderator_member(ctx.author, ctx.bot.settings):
        raise NotModerator(moderator_refusal(ctx))
    return True


async def check_moderator_or_owner(ctx: commands.Context[ClaimBot]) -> bool:
    """A moderator in this server, or the bot's owner (in a server)."""
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    if is_moderator_member(ctx.author, ctx.bot.settings) or await ctx.bot.is_owner(ctx.author):
        return True
    raise NotModerator(moderator_refusal(ctx))


async def check_editor(ctx: commands.Context[ClaimBot]) -> bool:
    """May change the shared claim base: see ``is_editor``."""
    await check_moderator_or_owner(ctx)
    if not await is_editor(ctx.bot, ctx.author, ctx.guild):
        raise NotEditor(NOT_EDITOR)
    return True


def editor_only() -> Any:
    """A command check: only editors (see ``is_editor``)."""
    return commands.check(check_editor)


def check_admin(ctx: commands.Context[ClaimBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    if not is_admin_member(ctx.author, ctx.bot.settings):
        label = permission_label(ctx.bot.settings.admin_permission)
        raise NotAdmin(f"Only admins can do that (it needs the {label} permission).")
    return True


def valid_permission(name: str) -> bool:
    return name in discord.Permissions.VALID_FLAGS

"""Who may curate claims (moderators) and read the log (admins)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from ..settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .client import ClaimBot


class NotModerator(commands.CheckFailure):
    """The author has neither a moderator role nor the Manage Server permission."""


class NotAdmin(commands.CheckFailure):
    """The author lacks the admin permission (Manage Server by default)."""


def permission_label(name: str) -> str:
    """``manage_guild`` → "Manage Server" (Discord's own wording)."""
    return {"manage_guild": "Manage Server"}.get(name, name.replace("_", " ").title())


def is_moderator_member(member: Any, settings: Settings) -> bool:
    """A configured moderator role (by name, case-insensitive, or id) or Manage Server."""
    perms = getattr(member, "guild_permissions", None)
    if perms is not None and (perms.manage_guild or perms.administrator):
        return True
    wanted = {r.strip().casefold() for r in settings.mod_roles}
    return any(role.name.casefold() in wanted or str(role.id) in wanted for role in getattr(member, "roles", []))


def is_admin_member(member: Any, settings: Settings) -> bool:
    perms = getattr(member, "guild_permissions", None)
    if perms is None:
        return False
    return bool(perms.administrator or getattr(perms, settings.admin_permission, False))


def check_moderator(ctx: commands.Context[ClaimBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    if not is_moderator_member(ctx.author, ctx.bot.settings):
        roles = ", ".join(ctx.bot.settings.mod_roles) or "a moderator role"
        raise NotModerator(f"Only moderators can do that (the {roles} role or the Manage Server permission).")
    return True


def check_admin(ctx: commands.Context[ClaimBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    if not is_admin_member(ctx.author, ctx.bot.settings):
        label = permission_label(ctx.bot.settings.admin_permission)
        raise NotAdmin(f"Only admins can do that (it needs the {label} permission).")
    return True


def valid_permission(name: str) -> bool:
    return name in discord.Permissions.VALID_FLAGS

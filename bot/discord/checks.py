"""Who may do what.

- A *moderator* has Manage Server (or administrator), or a role whose id is in the
  server's ``mod_roles`` setting (``!claimconfig``; by default ``CLAIMBOT_MOD_ROLES``).
  Roles count by id only: anybody can name a role "Moderator" in a server of their
  own, nobody can copy an id.
- An *editor* may change the shared claim base: the bot's owner, or a moderator in
  one of ``settings.editor_guilds``. Every other moderator curates their own
  server's claims (the core enforces it: see ``bot.service.Scope``).
- An *admin* (Manage Server by default) reads their own server's query log and sets
  the server's settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from ..settings import Settings
from . import servers

if TYPE_CHECKING:  # pragma: no cover
    from .client import ClaimBot


class NotModerator(commands.CheckFailure):
    """The author has neither a moderator role nor the Manage Server permission."""


class NotAdmin(commands.CheckFailure):
    """The author lacks the admin permission (Manage Server by default)."""


class WrongChannel(commands.CheckFailure):
    """A question in a channel where this server's admins don't want the bot to answer."""


def permission_label(name: str) -> str:
    """``manage_guild`` → "Manage Server" (Discord's own wording)."""
    return {"manage_guild": "Manage Server"}.get(name, name.replace("_", " ").title())


def is_moderator_member(member: Any, mod_roles: Iterable[int]) -> bool:
    """Manage Server (or administrator), or a role whose id is in ``mod_roles`` (the
    server's setting). Role names never count."""
    perms = getattr(member, "guild_permissions", None)
    if perms is not None and (perms.manage_guild or perms.administrator):
        return True
    wanted = set(mod_roles)
    return bool(wanted) and any(role.id in wanted for role in getattr(member, "roles", []))


def is_editor_guild(guild: Any, settings: Settings) -> bool:
    return guild is not None and guild.id in settings.editor_guilds


async def is_editor(ctx: commands.Context[ClaimBot]) -> bool:
    """The bot's owner, or a moderator in an editor server: may change the shared base."""
    if is_editor_guild(ctx.guild, ctx.bot.settings) and is_moderator_member(
        ctx.author, (await servers.for_ctx(ctx)).mod_roles
    ):
        return True
    return await ctx.bot.is_owner(ctx.author)


def is_admin_member(member: Any, settings: Settings) -> bool:
    perms = getattr(member, "guild_permissions", None)
    if perms is None:
        return False
    return bool(perms.administrator or getattr(perms, settings.admin_permission, False))


def moderator_refusal(ctx: commands.Context[ClaimBot], mod_roles: Iterable[int]) -> str:
    """Names this server's moderator roles (never another server's)."""
    guild = ctx.guild
    names = [
        discord.utils.escape_mentions(discord.utils.escape_markdown(role.name))
        for role_id in mod_roles
        if guild is not None and (role := guild.get_role(role_id)) is not None
    ]
    return f"Only moderators can do that (they have {roles_phrase(names)} or the Manage Server permission)."


def roles_phrase(names: list[str]) -> str:
    """[] → "a moderator role"; ["Mod"] → "the Mod role"; ["A", "B", "C"] → "the A, B or C role"."""
    if not names:
        return "a moderator role"
    if len(names) == 1:
        return f"the {names[0]} role"
    return f"the {', '.join(names[:-1])} or {names[-1]} role"


class Escaped(commands.BadArgument):
    """A converter's refusal whose message is already escaped: shown as it is (escaping
    it again would show backslashes)."""


async def check_moderator(ctx: commands.Context[ClaimBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    mod_roles = (await servers.for_ctx(ctx)).mod_roles
    if not is_moderator_member(ctx.author, mod_roles):
        raise NotModerator(moderator_refusal(ctx, mod_roles))
    return True


async def check_moderator_or_owner(ctx: commands.Context[ClaimBot]) -> bool:
    """A moderator in this server, or the bot's owner (in a server)."""
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    mod_roles = (await servers.for_ctx(ctx)).mod_roles
    if is_moderator_member(ctx.author, mod_roles) or await ctx.bot.is_owner(ctx.author):
        return True
    raise NotModerator(moderator_refusal(ctx, mod_roles))


def check_admin(ctx: commands.Context[ClaimBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    if not is_admin_member(ctx.author, ctx.bot.settings):
        label = permission_label(ctx.bot.settings.admin_permission)
        raise NotAdmin(f"Only admins can do that (it needs the {label} permission).")
    return True


def valid_permission(name: str) -> bool:
    return name in discord.Permissions.VALID_FLAGS

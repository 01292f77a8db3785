"""Fixtures for the Discord layer: a real ClaimBot on a fresh temp database, driven by dpytest.

See /work/shared/notes/discord-testing.md for why the setup looks like this. The
autouse fixture in tests/conftest.py already cleared the developer's settings
variables and moved into an empty folder; settings here never read a ``.env``.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import discord
import discord.abc
import discord.ext.test as dpytest
import pytest
from discord_helpers import MANAGE, ServerB, core_settings, make_settings, new_member, start_bot, stop_views

from bot.discord.client import ClaimBot
from bot.service import ClaimService
from bot.settings import Settings


@pytest.fixture
def settings(request: pytest.FixtureRequest) -> Settings:
    """Test settings; parametrize indirectly with a dict to override some."""
    return make_settings(**getattr(request, "param", {}))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ClaimService]:
    svc = ClaimService.open(core_settings(), db=tmp_path / "t.db")
    yield svc
    try:
        svc.close()
    except Exception:
        pass


@pytest.fixture
async def bot(
    settings: Settings, service: ClaimService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> AsyncIterator[ClaimBot]:
    monkeypatch.chdir(tmp_path)  # dpytest writes sent attachments to the current folder
    b = await start_bot(settings, service)
    # Follow-ups are retried at once in tests (the bot waits seconds between tries). Each
    # bot loads its extensions as fresh modules: patch the one this bot runs.
    monkeypatch.setattr(sys.modules[type(b.get_cog("Followups")).__module__], "RETRY_DELAY", 0.0)
    if not settings.editor_guilds:
        # dpytest makes the guild (and its id) now: its moderators curate the shared base.
        settings.editor_guilds = [dpytest.get_config().guilds[0].id]
    yield b
    await dpytest.empty_queue()
    stop_views(b)
    b.executor.shutdown(wait=True)
    b.watch_executor.shutdown(wait=True, cancel_futures=True)
    b.background_executor.shutdown(wait=True)
    b.quick_executor.shutdown(wait=True)


@pytest.fixture
def config(bot: ClaimBot) -> Any:
    return dpytest.get_config()


@pytest.fixture
def alice(config: Any) -> discord.Member:
    return config.members[0]


@pytest.fixture
def bob(config: Any) -> discord.Member:
    return config.members[1]


@pytest.fixture
async def mod(config: Any) -> discord.Member:
    """A member with a moderator role, configured by its id (and no Manage Server), in
    the editor guild (the first)."""
    member = config.members[2]
    role = dpytest.backend.make_role("Moderator", config.guilds[0], permissions=0)
    await dpytest.add_role(member, role)
    config.client.settings.mod_roles = [*config.client.settings.mod_roles, role.id]
    return member


@pytest.fixture
async def admin(config: Any) -> discord.Member:
    """A member with Manage Server (an admin, and so also a moderator)."""
    member = config.members[2]
    role = dpytest.backend.make_role(
        "Staff", config.guilds[0], permissions=discord.Permissions(manage_guild=True).value
    )
    await dpytest.add_role(member, role)
    return member


@pytest.fixture
async def b(bot: ClaimBot, config: Any) -> ServerB:
    """A second server the bot is in, not an editor server: its admin (Manage Server,
    so also its moderator) and a plain member."""
    guild = dpytest.backend.make_guild("Server B")
    channel = dpytest.backend.make_text_channel("general", guild)
    dpytest.backend.make_member(dpytest.backend.get_state().user, guild)  # the bot is a member
    staff = dpytest.backend.make_role("Staff", guild, permissions=MANAGE)
    admin = await new_member(guild, "BossOfB", role=staff)
    member = await new_member(guild, "Carol")
    assert guild.id not in bot.settings.editor_guilds
    return ServerB(guild, channel, admin, member)


@pytest.fixture
async def admin_a(config: Any) -> discord.Member:
    """A's admin (Manage Server), besides the ``mod`` fixture's moderator."""
    staff = dpytest.backend.make_role("Staff", config.guilds[0], permissions=MANAGE)
    return await new_member(config.guilds[0], "BossOfA", role=staff)


@pytest.fixture
def payloads(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every message payload sent through ``Messageable.send`` (to check allowed_mentions)."""
    seen: list[dict[str, Any]] = []
    real = discord.abc.handle_message_parameters

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        params = real(*args, **kwargs)
        seen.append(params.payload or {})
        return params

    monkeypatch.setattr(discord.abc, "handle_message_parameters", wrapper)
    return seen

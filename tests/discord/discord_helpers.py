"""Helpers for the Discord tests (the fixtures are in conftest.py).

Named uniquely so it never clashes with another ``conftest``/``helpers`` module,
and this folder has no ``__init__.py`` so it can never shadow the ``discord`` package.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord
import discord.ext.test as dpytest
from discord.ext import commands

from bot.discord.client import ClaimBot, create_bot
from bot.service import ClaimService
from bot.settings import Settings
from tests.conftest import make_settings as core_settings

QUESTION = "will Turkey return S-400"
CLAIM_ID = "turkey-return-s400-to-russia"
NO_MATCH = "how do i bake sourdough bread"
# Vague questions that several claims fit, so they land in the "did you mean" band;
# tests use the first that does.
SUGGEST_CANDIDATES = [
    "erdogan",
    "s400",
    "turkey russia",
    "russia relations",
]


MANAGE = discord.Permissions(manage_guild=True).value


@dataclass
class ServerB:
    """A second server the bot is in (not an editor server): see the ``b`` fixture."""

    guild: discord.Guild
    channel: discord.TextChannel
    admin: discord.Member  # Manage Server in B only
    member: discord.Member  # a plain member of B


async def new_member(guild: discord.Guild, name: str, *, role: discord.Role | None = None) -> discord.Member:
    user = dpytest.backend.make_user(name, f"{len(guild.members) + 1:04}")
    member = dpytest.backend.make_member(user, guild)
    if role is not None:
        await dpytest.add_role(member, role)
        member = guild.get_member(member.id)
    return member


def http_error(cls: type[discord.HTTPException] = discord.Forbidden, status: int = 403) -> discord.HTTPException:
    """An error as discord.py raises it for a failed request (``Forbidden``: no access)."""
    response = SimpleNamespace(status=status, reason=cls.__name__)
    return cls(response, {"code": 50013 if status == 403 else 0, "message": f"{cls.__name__} (test)"})  # type: ignore[arg-type]


def make_settings(**overrides: Any) -> Settings:
    """The bot's test settings (never read from a ``.env``): the core's plus Discord defaults."""
    base: dict[str, Any] = {
        "prefix": "!",
        "mod_roles": [],  # role ids; the ``mod`` fixture adds its role's
        "followup": "reply",
        "ask_rate": 100,
        "ask_per_seconds": 60.0,
        "log_level": "WARNING",
    }
    base.update(overrides)
    return core_settings(**base)


def test_intents() -> discord.Intents:
    intents = discord.Intents.none()
    intents.guilds = intents.guild_messages = intents.dm_messages = intents.message_content = True
    intents.members = True  # dpytest needs the member cache
    return intents


test_intents.__test__ = False  # type: ignore[attr-defined]


async def start_bot(settings: Settings, service: ClaimService) -> ClaimBot:
    """A real ClaimBot wired to dpytest (extensions loaded, no Discord connection)."""
    bot = create_bot(settings, service=service, intents=test_intents())
    await bot._async_setup_hook()
    await bot.setup_hook()
    dpytest.configure(bot, members=["Alice", "Bob", "Mod"])
    bot.allowed_mentions = discord.AllowedMentions.none()  # configure drops it
    return bot


def stop_views(bot: ClaimBot) -> None:
    """Stop views still waiting for clicks, so no timeout task outlives the test's loop."""
    for view in live_views(bot):
        view.stop()


async def say(content: str, member: Any = 0, channel: Any = 0) -> BaseException | None:
    """Send a message as ``member``; return the command error dpytest re-raises, if any."""
    try:
        await dpytest.message(content, channel=channel, member=member)
    except commands.CommandError as exc:
        return exc
    return None


def sent() -> list[discord.Message]:
    """The messages the bot sent since the last call (empties dpytest's queue)."""
    out = []
    while not dpytest.sent_queue.empty():
        out.append(dpytest.sent_queue.get_nowait())
    return out


def only(messages: list[discord.Message]) -> discord.Message:
    assert len(messages) == 1, [m.content for m in messages]
    return messages[0]


def in_dms(messages: list[discord.Message]) -> list[discord.Message]:
    return [m for m in messages if isinstance(m.channel, discord.DMChannel)]


def by_dm(messages: list[discord.Message], member: Any = None) -> discord.Message:
    """A prefix log view: exactly one DM (to ``member``, if given) and, in the channel,
    only the note that it was sent. Returns the DM."""
    from bot.discord.exts.admin import DM_SENT

    dm = only(in_dms(messages))
    note = only([m for m in messages if m not in in_dms(messages)])
    assert note.content == DM_SENT, note.content
    if member is not None and dm.channel.recipient is not None:
        assert dm.channel.recipient.id == member.id
    return dm


def mock_interaction(user: Any) -> MagicMock:
    """A spec'd ``discord.Interaction`` from ``user``; coroutine methods are AsyncMocks."""
    interaction = MagicMock(spec=discord.Interaction)
    interaction.user = user
    response = MagicMock(spec=discord.InteractionResponse)
    response.is_done.return_value = False
    response.send_message = AsyncMock()
    response.edit_message = AsyncMock()
    interaction.response = response
    interaction.followup = MagicMock(spec=discord.Webhook)
    interaction.followup.send = AsyncMock()
    return interaction


async def press(bot: ClaimBot, message: discord.Message, label: str, user: Any) -> MagicMock:
    """``user`` presses the button ``label`` on the bot's ``message``: the click goes through
    discord.py's view store (lookup by message and custom id, the view's interaction
    check, then the button's callback), with a mocked interaction. Returns the interaction."""
    store = bot._connection._view_store
    items = store._views.get(message.id, {})
    matches = [i for i in items.values() if getattr(i, "label", None) == label]
    assert len(matches) == 1, f"no single live button {label!r} on that message"
    (item,) = matches
    interaction = mock_interaction(user)
    interaction.data = {"component_type": discord.ComponentType.button.value, "custom_id": item.custom_id}
    interaction.message = message
    before = set(asyncio.all_tasks())
    store.dispatch_view(discord.ComponentType.button.value, item.custom_id, interaction)
    tasks = [t for t in asyncio.all_tasks() - before if t.get_name().startswith("discord-ui-view-dispatch-")]
    assert tasks, "the click was not dispatched (view stopped?)"
    await asyncio.gather(*tasks)
    return interaction


def ephemeral_reply(interaction: MagicMock) -> tuple[str | None, discord.Embed | None]:
    """What an interaction was answered with: (text, embed); asserts it was ephemeral."""
    call = interaction.response.send_message.await_args
    assert call is not None, "the interaction got no message"
    assert call.kwargs.get("ephemeral") is True, call
    text = call.args[0] if call.args else call.kwargs.get("content")
    return text, call.kwargs.get("embed")


def embed_text(embed: discord.Embed) -> str:
    """Everything an embed shows (title, description, url, fields, footer, author), as one string."""
    return json.dumps(embed.to_dict(), ensure_ascii=False)


def find_suggest_question(service: ClaimService) -> str:
    """A question the matcher answers with "did you mean" (checked, not assumed)."""
    for question in SUGGEST_CANDIDATES:
        if service.ask(question, log=False).answer.outcome == "suggest":
            return question
    raise AssertionError("no candidate question yields outcome 'suggest'; update SUGGEST_CANDIDATES")


def live_views(bot: ClaimBot) -> list[discord.ui.View]:
    """Views the bot is still listening to (sent with a message)."""
    store = getattr(bot._connection, "_view_store", None)
    views = {item.view for items in getattr(store, "_views", {}).values() for item in items.values()}
    return [v for v in views if v is not None]


async def slash(bot: ClaimBot, monkeypatch: Any, config: Any, member: Any, path: str, **options: Any) -> MagicMock:
    """Run the slash command ``path`` as ``member`` through discord.py's hybrid app command
    (its checks, then the callback, then the error handler), with a mocked interaction and
    the command's ``options``. discord.py would build the context from the interaction;
    here it is built from a message (without the prefix, so dpytest runs no command), the
    interaction set on it. ``defer()`` leaves a placeholder that ``original_response()``
    returns (loading; ephemeral if the defer was). Returns the interaction."""
    *parents, name = path.split()
    if parents:
        command: Any = bot.tree.get_command(parents[0])
        for parent in parents[1:]:
            command = command.get_command(parent)
        command = command.get_command(name)
    else:
        command = bot.tree.get_command(name)
    assert command is not None, path
    interaction = mock_interaction(member)
    interaction.client = bot
    interaction.is_expired.return_value = False
    interaction.namespace = discord.app_commands.Namespace.__new__(discord.app_commands.Namespace)
    interaction.namespace.__dict__.update(options)  # the command's options, as Discord sends them
    response = interaction.response
    placeholder = MagicMock(spec=discord.InteractionMessage)
    placeholder.flags = discord.MessageFlags(loading=True)

    def defer(*, ephemeral: bool = False, **_: Any) -> None:
        response.is_done.return_value = True
        placeholder.flags.ephemeral = ephemeral

    response.defer = AsyncMock(side_effect=defer)
    interaction.original_response = AsyncMock(return_value=placeholder)
    interaction.delete_original_response = AsyncMock()
    ctx = await bot.get_context(dpytest.backend.make_message(path, member, config.channels[0]))
    ctx.interaction = interaction
    await dpytest.run_all_events()  # the made message's on_message, before get_context is patched
    monkeypatch.setattr(bot, "get_context", AsyncMock(return_value=ctx))
    await command._invoke_with_namespace(interaction, interaction.namespace)
    await dpytest.run_all_events()  # on_command_error runs as an event
    return interaction

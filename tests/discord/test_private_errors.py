"""Errors and refusals are private: ephemeral for slash commands (even after a public
defer), short and deleted after a while for prefix commands. Successful answers stay public."""

from __future__ import annotations

import discord
import pytest
from discord_helpers import QUESTION, only, say, sent, slash

from bot.discord.views import REFUSAL_DELETE_AFTER
from bot.service import MAX_QUESTION


def private(interaction) -> str:
    """The one message the interaction got, ephemeral: the response itself, or a follow-up
    (after a public defer, only once its placeholder was dropped: else it edits it, publicly)."""
    response, followup = interaction.response.send_message.await_args, interaction.followup.send.await_args
    assert (response is None) != (followup is None), (response, followup)
    call = response or followup
    assert call.kwargs.get("ephemeral") is True, call
    defer = interaction.response.defer.await_args
    if followup is not None and defer is not None and defer.kwargs.get("ephemeral") is not True:
        interaction.delete_original_response.assert_awaited_once()
    return call.args[0] if call.args else call.kwargs["content"]


async def test_slash_claim_too_long_is_ephemeral(bot, config, alice, monkeypatch):
    interaction = await slash(bot, monkeypatch, config, alice, "claim", question="x" * (MAX_QUESTION + 5))
    assert "too long" in private(interaction)
    assert sent() == []


async def test_slash_claim_answer_stays_public(bot, config, alice, monkeypatch):
    interaction = await slash(bot, monkeypatch, config, alice, "claim", question=QUESTION)
    call = interaction.followup.send.await_args
    assert call.kwargs.get("embed") is not None and not call.kwargs.get("ephemeral")
    interaction.delete_original_response.assert_not_awaited()


async def test_slash_unknown_claim_id_is_ephemeral(bot, config, mod, monkeypatch):
    interaction = await slash(bot, monkeypatch, config, mod, "claims show", claim_id="no-such-claim")
    assert "no-such-claim" in private(interaction)


async def test_slash_retire_unknown_claim_after_public_defer_is_ephemeral(bot, config, mod, monkeypatch):
    interaction = await slash(bot, monkeypatch, config, mod, "claims retire", claim_id="no-such-claim", note=None)
    interaction.response.defer.assert_awaited_once()
    assert "no-such-claim" in private(interaction)


async def test_slash_apology_after_an_exception_is_ephemeral(bot, config, alice, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(bot.service, "ask", boom)
    interaction = await slash(bot, monkeypatch, config, alice, "claim", question=QUESTION)
    assert "Sorry" in private(interaction)


async def test_an_ephemeral_placeholder_is_kept(bot, config, alice, monkeypatch):
    """A defer that was already ephemeral: the follow-up edits it, privately; nothing deleted."""
    interaction = await slash(bot, monkeypatch, config, alice, "claim-forget-me")
    interaction.delete_original_response.assert_not_awaited()


async def test_prefix_refusals_are_deleted_after_a_while(bot, alice, monkeypatch):
    deleted: list[tuple[str, float]] = []

    async def record(self, *, delay=None):
        deleted.append((self.content, delay))

    monkeypatch.setattr(discord.Message, "delete", record)
    error = await say("!claims show nothing-here", alice)
    assert error is not None
    note = only(sent())
    assert (note.content, REFUSAL_DELETE_AFTER) in deleted
    assert len(note.content) < 200


@pytest.mark.parametrize("question", ["x" * (MAX_QUESTION + 5)])
async def test_prefix_too_long_question_is_deleted_after_a_while(bot, alice, monkeypatch, question):
    deleted: list[tuple[str, float]] = []

    async def record(self, *, delay=None):
        deleted.append((self.content, delay))

    monkeypatch.setattr(discord.Message, "delete", record)
    assert await say(f"!claim {question}", alice) is None
    note = only(sent())
    assert "too long" in note.content and (note.content, REFUSAL_DELETE_AFTER) in deleted

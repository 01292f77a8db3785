"""Follow-ups are not lost: each notice is delivered on its own and retried, a channel the
bot can no longer write to gets a DM instead, a failed confirmation does not stop them,
admins see what never went out, nobody who opted out is promised one, and a retired
claim can be restored.

Failing channels are mocks over dpytest's real sending: the class's ``send`` raises for
the notices a test picks and sends the others for real.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord
import pytest
from discord.ext import commands
from discord_helpers import (
    CLAIM_ID,
    NO_MATCH,
    QUESTION,
    by_dm,
    find_suggest_question,
    http_error,
    in_dms,
    only,
    press,
    say,
    sent,
    slash,
)

from bot import followup
from bot.discord.client import ClaimContext
from bot.discord.embeds import FOLLOWUP_PROMISE
from bot.discord.exts.followups import ATTEMPTS, FALLBACK_NOTE
from bot.service import NotAllowed

SOURDOUGH_Q = "is sourdough bread leavened with wild yeast"
ADD = (
    "!claims add statement: Sourdough bread is leavened with wild yeast. status: true "
    "claimant: Bakers guild quote: Sourdough is leavened by wild yeast and lactobacilli. "
    "source: https://example.org/sourdough"
)
STATUS = f"!claims status {CLAIM_ID} attributed only US media report it"
PROMISE = FOLLOWUP_PROMISE["reply"].strip()
NO_MATCH_TITLE = "No checked claim matches this question"


async def ask(service, member, question=QUESTION) -> dict[str, Any]:
    """``member`` asks in the channel; returns the question's log row (replies dropped)."""
    assert await say(f"!claim {question}", member) is None
    sent()
    return service.recent(1)[0]


def replying_to(row: dict[str, Any]) -> Callable[..., bool]:
    """Picks the notice that replies to this question's message."""

    def picked(channel: Any, args: tuple, kwargs: dict) -> bool:
        reference = kwargs.get("reference")
        return reference is not None and reference.message_id == int(row["message_id"])

    return picked


def fail_sends(
    monkeypatch: pytest.MonkeyPatch,
    cls: type,
    error: Callable[[], BaseException],
    *,
    when: Callable[..., bool] = lambda *a: True,
    times: int | None = None,
) -> list[BaseException]:
    """``cls.send`` raises ``error()`` for the messages ``when`` picks (the first ``times``
    of them, or all); everything else is sent for real. Returns the errors raised."""
    real = cls.send
    raised: list[BaseException] = []

    async def send(self: Any, *args: Any, **kwargs: Any) -> Any:
        if when(self, args, kwargs) and (times is None or len(raised) < times):
            raised.append(error())
            raise raised[-1]
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(cls, "send", send)
    return raised


def notices_by_user(service) -> dict[str, dict[str, Any]]:
    return {r["user_id"]: r for r in service.followups()}


# --- 1. each notice on its own, retried ---------------------------------------------------


async def test_one_failing_notice_does_not_stop_the_others_and_is_retried(bot, service, alice, bob, mod, monkeypatch):
    alices = await ask(service, alice)
    await ask(service, bob)
    # Alice's notice (the first) fails once with something unexpected.
    raised = fail_sends(
        monkeypatch, discord.TextChannel, lambda: RuntimeError("boom"), when=replying_to(alices), times=1
    )
    assert await say(STATUS, mod) is None
    notices = sent()[1:]
    assert len(raised) == 1
    assert len(notices) == 2  # Bob's went out, and Alice's on the second try
    rows = notices_by_user(service)
    assert {(r["state"], r["attempts"]) for r in rows.values()} == {("sent", 1), ("sent", 0)}
    assert rows[str(alice.id)]["attempts"] == 1 and rows[str(bob.id)]["attempts"] == 0


async def test_a_notice_that_keeps_failing_is_tried_three_times_and_stays_listed(
    bot, service, alice, bob, mod, monkeypatch
):
    alices = await ask(service, alice)
    await ask(service, bob)
    raised = fail_sends(
        monkeypatch, discord.TextChannel, lambda: http_error(discord.DiscordServerError, 503), when=replying_to(alices)
    )
    assert await say(STATUS, mod) is None
    assert len(only(sent()[1:]).content) > 0  # Bob's
    assert len(raised) == ATTEMPTS == 3
    rows = notices_by_user(service)
    assert rows[str(bob.id)]["state"] == "sent"
    failed = rows[str(alice.id)]
    assert (failed["state"], failed["attempts"]) == ("failed", 3)
    assert failed["error"].startswith("DiscordServerError:")
    assert [r["query_id"] for r in service.followups(state="failed")] == [alices["id"]]


async def test_an_error_out_of_discord_is_retried_not_raised(bot, service, alice, mod, monkeypatch):
    """Even a failure the bot does not expect (a bug, a lost connection) is recorded."""
    await ask(service, alice)
    raised = fail_sends(monkeypatch, discord.TextChannel, lambda: ConnectionResetError("reset by peer"))
    assert await say(STATUS, mod) is None
    assert len(raised) == 3
    (row,) = service.followups()
    assert (row["state"], row["attempts"]) == ("failed", 3) and "ConnectionResetError" in row["error"]


# --- 2. a failed confirmation does not stop the follow-ups -----------------------------------


@pytest.mark.parametrize("change", ["add", "status", "link"])
async def test_askers_are_told_even_if_the_moderators_confirmation_fails(bot, service, alice, mod, monkeypatch, change):
    question = {"add": SOURDOUGH_Q, "status": QUESTION, "link": NO_MATCH}[change]
    row = await ask(service, alice, question)
    command = {"add": ADD, "status": STATUS, "link": f"!claims link {row['id']} {CLAIM_ID}"}[change]

    async def cannot_reply(self, *args, **kwargs):
        raise http_error()

    monkeypatch.setattr(ClaimContext, "reply", cannot_reply)  # the moderator's channel is closed to the bot
    error = await say(command, mod)
    assert isinstance(error, commands.CommandInvokeError)
    notice = only(sent())  # no confirmation, but the asker's notice
    assert notice.content.startswith("Update on your question")
    (sent_row,) = service.followups()
    assert sent_row["state"] == "sent" and sent_row["query_id"] == row["id"]


# --- 3. no access to the channel: a DM instead ------------------------------------------------


async def test_a_channel_the_bot_cannot_write_to_gets_a_dm_instead(bot, service, alice, mod, monkeypatch):
    await ask(service, alice)
    raised = fail_sends(monkeypatch, discord.TextChannel, http_error)  # Forbidden
    assert await say(STATUS, mod) is None
    assert len(raised) == 1  # not retried: the DM went out at once
    messages = sent()
    notice = only(in_dms(messages))
    assert notice.channel.recipient is None or notice.channel.recipient.id == alice.id
    assert notice.content.startswith("Update on your question") and FALLBACK_NOTE in notice.content
    (row,) = service.followups()
    assert (row["state"], row["mode"], row["attempts"], row["error"]) == ("sent", "dm", 0, None)


async def test_a_deleted_channel_gets_a_dm_instead(bot, service, alice, mod, monkeypatch):
    await ask(service, alice)
    raised = fail_sends(monkeypatch, discord.TextChannel, lambda: http_error(discord.NotFound, 404))
    assert await say(STATUS, mod) is None
    assert len(raised) == 1
    assert only(in_dms(sent())).content.startswith("Update on your question")
    assert service.followups()[0]["mode"] == "dm"


async def test_when_the_dm_fails_too_the_failure_is_recorded_and_admins_see_it(bot, service, alice, admin, monkeypatch):
    row = await ask(service, alice)
    with monkeypatch.context() as patch:
        fail_sends(patch, discord.TextChannel, http_error)
        dm_raised = fail_sends(patch, discord.User, http_error)  # the asker's DMs are closed
        assert await say(STATUS, admin) is None
        assert [m.content.split("`")[0] for m in sent()] == ["Claim "]  # only the confirmation
    assert len(dm_raised) == 1  # both are out of reach: not tried again
    (failed,) = service.followups(state="failed")
    assert failed["attempts"] == 1
    assert failed["error"].startswith("reply: Forbidden:") and "DM: Forbidden:" in failed["error"]

    assert await say("!claimlog followups", admin) is None
    listed = by_dm(sent(), admin).embeds[0]
    assert listed.title == "Follow-ups not delivered"
    assert f"question #{row['id']} ·" in listed.description and "1 failed attempt ·" in listed.description
    assert "DM: Forbidden" in listed.description


# --- 4. claimlog followups ------------------------------------------------------------------


def reserve(service, guild_id, channel_id, *users) -> list[followup.Notice]:
    ids = [
        service.ask(NO_MATCH, interface="discord", user_id=u, channel_id=channel_id, guild_id=guild_id).query_id
        for u in users
    ]
    return followup.for_link(service, CLAIM_ID, ids, mode="reply")


@pytest.fixture
def notices(service, config, alice, bob) -> dict[str, followup.Notice]:
    """In this server: one failed twice, one pending, one sent; one failed in another server."""
    guild, channel = config.guilds[0].id, config.channels[0].id
    failed, pending, done = reserve(service, guild, channel, alice.id, bob.id, 4242)
    followup.mark_failed(service, failed, "Forbidden: 403 Forbidden (error code: 50013): Missing Permissions")
    followup.mark_failed(service, failed, "DiscordServerError: 503 Service Unavailable")
    followup.mark_sent(service, done)
    (elsewhere,) = reserve(service, 98765, 111, 5151)
    followup.mark_failed(service, elsewhere, "Forbidden: somewhere else")
    return {"failed": failed, "pending": pending, "sent": done, "elsewhere": elsewhere}


def check_listing(embed: discord.Embed, notices: dict[str, followup.Notice]) -> None:
    text = embed.description
    assert embed.title == "Follow-ups not delivered"
    lines = text.split("\n")
    assert lines[0].startswith(f"**failed** `{CLAIM_ID}` · question #{notices['failed'].query_ids[0]} ·")
    assert "2 failed attempts" in lines[0] and lines[1] == "last error: DiscordServerError: 503 Service Unavailable"
    assert lines[2].startswith(f"**pending** `{CLAIM_ID}` · question #{notices['pending'].query_ids[0]} ·")
    assert "not tried yet" in lines[2]
    assert len(lines) == 3  # not the sent one, nor another server's
    assert "somewhere else" not in text


async def test_claimlog_followups_lists_this_servers_undelivered_notices_by_dm(bot, service, admin, notices):
    assert await say("!claimlog followups", admin) is None
    check_listing(by_dm(sent(), admin).embeds[0], notices)


async def test_claimlog_followups_says_when_all_went_out(bot, service, admin):
    assert await say("!claimlog followups", admin) is None
    assert by_dm(sent(), admin).embeds[0].description == "Every follow-up went out."


async def test_claimlog_followups_is_for_admins(bot, service, mod, notices):
    error = await say("!claimlog followups", mod)
    assert isinstance(error, commands.CheckFailure)
    assert "Manage Server" in only(sent()).content


async def test_slash_claimlog_followups_is_ephemeral(bot, service, config, admin, notices, monkeypatch):
    interaction = await slash(bot, monkeypatch, config, admin, "claimlog followups")
    interaction.response.defer.assert_awaited_once_with(ephemeral=True)
    call = interaction.followup.send.await_args
    assert call.kwargs["ephemeral"] is True
    check_listing(call.kwargs["embed"], notices)
    assert sent() == []  # nothing in the channel, nothing by DM


# --- 5. no promise to a member who opted out --------------------------------------------------


async def test_an_opted_out_member_is_not_promised_a_followup(bot, service, alice, bob):
    assert await say(f"!claim {NO_MATCH}", bob) is None
    assert PROMISE in only(sent()).embeds[0].description  # promised to Bob

    await say("!claim-followups off", alice)
    sent()
    assert await say(f"!claim {NO_MATCH}", alice) is None
    embed = only(sent()).embeds[0]
    assert embed.title == NO_MATCH_TITLE
    assert "you'll be told" not in embed.description and "passed to the moderators" in embed.description


async def test_an_opted_out_member_is_not_promised_one_after_none_of_these(bot, service, alice, bob):
    question = find_suggest_question(service)
    assert await say(f"!claim {question}", bob) is None
    interaction = await press(bot, only(sent()), "None of these", bob)
    assert PROMISE in interaction.response.edit_message.await_args.kwargs["embed"].description

    await say("!claim-followups off", alice)
    sent()
    assert await say(f"!claim {question}", alice) is None
    interaction = await press(bot, only(sent()), "None of these", alice)
    embed = interaction.response.edit_message.await_args.kwargs["embed"]
    assert embed.title == "Passed to the moderators" and "you'll be told" not in embed.description


# --- 6. claims restore ---------------------------------------------------------------------


async def test_restore_brings_a_retired_claim_back_in_its_base_and_tells_who_asked_meanwhile(bot, service, alice, mod):
    claim_id = service.add_claim(
        statement="Sourdough bread is leavened with wild yeast.",
        status="true",
        claimant="Bakers guild",
        quote="Sourdough is leavened by wild yeast.",
        source_url="https://example.org/sourdough",
        actor="test",
    ).id
    assert await say(f"!claims retire {claim_id} superseded", mod) is None
    sent()
    asked = await ask(service, alice, SOURDOUGH_Q)  # while retired: not answered with it
    assert asked["outcome"] == "none"

    assert await say(f"!claims restore {claim_id} back in use", mod) is None
    confirmation, *notices = sent()
    assert confirmation.content == f"Restored claim `{claim_id}` in the shared claim base; it answers questions again."
    assert service.get_claim(claim_id).retired is False
    last = service.history(claim_id)[-1]
    assert (last["action"], last["actor"], last["note"]) == ("restore", f"discord:{mod.id}", "back in use")
    # Those who asked while it was retired were promised an answer: they get it now.
    assert only(notices).content.startswith(f"Update on your question “{SOURDOUGH_Q}”")

    error = await say(f"!claims restore {claim_id}", mod)  # not retired now
    assert isinstance(error, commands.CommandInvokeError)
    assert "is not retired" in only(sent()).content


async def test_restore_follows_the_same_rules_as_retire(bot, service, b):
    # Another server's moderator may not restore a shared claim...
    service.retire(CLAIM_ID, actor="test")
    error = await say(f"!claims restore {CLAIM_ID}", b.admin, b.channel)
    assert isinstance(getattr(error, "original", None), NotAllowed)
    sent()
    assert service.get_claim(CLAIM_ID).retired is True
    # ...but restores their own, and the reply says which base.
    own = service.add_claim(
        statement="The bakery on Main Street opens at six.",
        status="unverified",
        claimant="A flyer",
        quote="We open at six.",
        source_url="https://example.org/bakery",
        actor="test",
        guild=b.guild.id,
    ).id
    assert await say(f"!claims retire {own}", b.admin, b.channel) is None
    assert await say(f"!claims restore {own}", b.admin, b.channel) is None
    assert sent()[-1].content == f"Restored claim `{own}` in this server's own claims; it answers questions again."
    assert service.get_claim(own).retired is False
    assert bot.tree.get_command("claims").get_command("restore") is not None  # the slash form too

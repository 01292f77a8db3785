"""Watch mode in Discord (issue 14): a watched channel answers a restated false claim
beside it (a thread, or a reply that pings nobody), stays silent on ordinary chat,
respects the channel cooldown and draft mode, and never delays ``!claim``."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest.mock import MagicMock

import discord
import discord.ext.test as dpytest
import pytest
from discord_helpers import QUESTION, by_dm, embed_text, ephemeral_reply, only, press, say, sent

from bot.discord.embeds import WATCH_INTRO
from bot.discord.exts.watch import replies_to_bot, watched_channel_id
from bot.discord.views import ALREADY_VOTED, APPROVE_REFUSAL, THANKS
from bot.semantic import installed_model
from tests.test_watch import FALSE_ID, ORDINARY, RESTATED_FALSE, add_false_claim

CORPUS = Path(__file__).resolve().parent.parent / "watch_corpus.json"
AGAIN = "so russia gave turkey all its s-400 systems for free, crazy"  # the same false claim, other words


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[discord.Thread]:
    """dpytest cannot open threads: give its fake HTTP client what ``Message.create_thread`` calls."""
    made: list[discord.Thread] = []

    async def start_thread_with_message(self: Any, channel_id: int, message_id: int, **kwargs: Any) -> dict:
        channel = self.state.get_channel(int(channel_id))
        data = {
            "id": discord.utils.time_snowflake(discord.utils.utcnow()) + len(made),
            "guild_id": channel.guild.id,
            "parent_id": channel.id,
            "owner_id": self.state.user.id,
            "name": kwargs["name"],
            "type": discord.ChannelType.public_thread.value,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": kwargs["auto_archive_duration"],
                "archive_timestamp": discord.utils.utcnow().isoformat(),
                "locked": False,
            },
        }
        thread = discord.Thread(guild=channel.guild, state=self.state, data=data)
        channel.guild._add_thread(thread)
        made.append(thread)
        return data

    monkeypatch.setattr(dpytest.backend.FakeHttp, "start_thread_with_message", start_thread_with_message, raising=False)
    return made


def cog(bot: Any) -> Any:
    return bot.get_cog("Watch")


async def configure(bot: Any, service: Any, guild: discord.Guild, **values: Any) -> None:
    """Set this server's watch settings in the store, and let the cog read them again."""
    for key, value in values.items():
        service.set_server_setting(guild.id, key, str(value), actor="test")
    await cog(bot).on_claimbot_settings_changed(guild.id)


async def chat(text: str, member: Any, channel: Any) -> discord.Message:
    """A member's message, then every check it set off."""
    message = await dpytest.message(text, channel=channel, member=member)
    await cog(dpytest.get_config().client).drain()
    await dpytest.run_all_events()
    return message


def buttons(bot: Any, message: discord.Message) -> set[str]:
    """The labels of the live buttons on one of the bot's messages."""
    items = bot._connection._view_store._views.get(message.id, {})
    return {getattr(i, "label", None) for i in items.values()}


@pytest.fixture
async def watched(bot, service, config) -> discord.TextChannel:
    """The first channel, watched (default mode: thread), with a server-checked false claim."""
    add_false_claim(service)
    channel = config.channels[0]
    await configure(bot, service, config.guilds[0], watch_channels=channel.id)
    return channel


async def test_a_watched_channel_answers_a_restated_false_claim_in_a_thread(
    bot, service, watched, alice, threads, payloads
):
    message = await chat(RESTATED_FALSE, alice, watched)
    card = only(sent())
    (thread,) = threads
    assert card.channel.id == thread.id and thread.parent_id == watched.id
    embed = card.embeds[0]
    assert embed.author.name == WATCH_INTRO and "FALSE" in (embed.description or "")
    assert "Russia gave Turkey its S-400 systems for free" in embed.title
    assert FALSE_ID not in embed_text(embed)  # members see no ids
    assert buttons(bot, card) == {"Helpful", "Not helpful", "Show evidence"}
    assert payloads[-1]["allowed_mentions"] == {"parse": []}  # nobody pinged
    row = service.recent(1)[0]
    assert (row["interface"], row["claim_id"], row["message_id"]) == (
        "watch",
        FALSE_ID,
        str(message.id),
    )
    assert cog(bot).summary(watched.guild.id)["replied"] == 1


async def test_reply_mode_replies_to_the_message_without_a_ping(bot, service, watched, alice, payloads):
    await configure(bot, service, watched.guild, watch_mode="reply")
    await chat(RESTATED_FALSE, alice, watched)
    card = only(sent())
    assert card.channel.id == watched.id and card.embeds[0].author.name == WATCH_INTRO
    payload = payloads[-1]
    assert payload["allowed_mentions"]["parse"] == [] and payload["allowed_mentions"]["replied_user"] is False
    assert payload["message_reference"]["message_id"] == int(service.recent(1)[0]["message_id"])


async def test_an_unwatched_channel_and_ordinary_chat_stay_silent(bot, service, config, alice, threads):
    add_false_claim(service)
    other = dpytest.backend.make_text_channel("random", config.guilds[0])
    await configure(bot, service, config.guilds[0], watch_channels=other.id)
    await chat(RESTATED_FALSE, alice, config.channels[0])  # not watched
    for text in ORDINARY:
        await chat(text, alice, other)
    assert sent() == [] and threads == []
    assert service.recent(10) == []  # nothing logged: only replies are
    counts = cog(bot).summary(config.guilds[0].id)
    assert counts["screened"] == len(ORDINARY) and counts["replied"] == 0
    assert counts["skipped"] >= len(ORDINARY) * 0.6  # most chat never reaches the matcher


@pytest.mark.skipif(not CORPUS.exists(), reason="tests/watch_corpus.json is not there yet")
@pytest.mark.parametrize("settings", [{"ask_rate": 10_000}], indirect=True)
async def test_the_ordinary_corpus_gets_at_most_one_reply_per_300_messages(bot, service, config, alice, threads):
    ordinary = json.loads(CORPUS.read_text(encoding="utf-8"))["ordinary"]
    await configure(bot, service, config.guilds[0], watch_channels=config.channels[0].id, watch_statuses="all")
    for text in ordinary:
        await chat(text, alice, config.channels[0])
    replies = sent()
    print(f"\nordinary corpus in a watched channel (every status): {len(replies)} replies to {len(ordinary)}")
    assert len(replies) <= len(ordinary) / 300


async def test_the_same_claim_is_answered_once_per_channel_within_the_cooldown(
    bot, service, watched, alice, bob, config, threads
):
    await chat(RESTATED_FALSE, alice, watched)
    await chat(AGAIN, bob, watched)
    assert len(sent()) == 1
    assert [r["interface"] for r in service.recent(10)] == ["watch"]  # the held one is not logged
    assert cog(bot).counts.of(watched.guild.id)["cooldown"] == 1
    second = dpytest.backend.make_text_channel("second", config.guilds[0])
    await configure(bot, service, config.guilds[0], watch_channels=f"{watched.id},{second.id}")
    await chat(AGAIN, bob, second)  # another channel has its own cooldown
    assert len(sent()) == 1
    await configure(bot, service, config.guilds[0], watch_cooldown_minutes=0)
    await chat(AGAIN, bob, watched)
    assert len(sent()) == 1


def test_a_thread_follows_its_parent_channel():
    thread = MagicMock(spec=discord.Thread, parent_id=5, id=6)
    assert watched_channel_id(thread) == 5
    assert watched_channel_id(SimpleNamespace(id=7)) == 7


def test_replies_to_the_bot_and_messages_of_bots_are_not_checked():
    bot_id = 42
    to_bot = SimpleNamespace(reference=SimpleNamespace(resolved=SimpleNamespace(author=SimpleNamespace(id=bot_id))))
    to_member = SimpleNamespace(reference=SimpleNamespace(resolved=SimpleNamespace(author=SimpleNamespace(id=1))))
    assert replies_to_bot(to_bot, bot_id)
    assert not replies_to_bot(to_member, bot_id) and not replies_to_bot(SimpleNamespace(reference=None), bot_id)


async def test_commands_in_a_watched_channel_are_left_to_the_commands(bot, service, watched, alice, threads):
    await chat(f"!claim {RESTATED_FALSE}", alice, watched)
    (answer,) = sent()
    assert answer.embeds[0].author.name != WATCH_INTRO  # the ordinary answer, not a watch card
    assert threads == [] and cog(bot).summary(watched.guild.id)["screened"] == 0


async def test_draft_mode_posts_to_the_moderators_and_approve_posts_the_reply(
    bot, service, watched, alice, mod, config, threads
):
    mods = dpytest.backend.make_text_channel("mods", config.guilds[0])
    await configure(bot, service, config.guilds[0], watch_mode="draft", watch_draft_channel=mods.id)
    await chat(RESTATED_FALSE, alice, watched)
    draft = only(sent())
    assert draft.channel.id == mods.id and threads == []
    text = embed_text(draft.embeds[0])
    assert "Draft" in text and "russia gave turkey the s-400 systems for free" in text
    refused = await press(bot, draft, "Approve", alice)  # not a moderator
    assert ephemeral_reply(refused)[0] == APPROVE_REFUSAL and sent() == []
    approved = await press(bot, draft, "Approve", mod)
    card = only(sent())
    (thread,) = threads
    assert card.channel.id == thread.id and thread.parent_id == watched.id
    assert card.embeds[0].author.name == WATCH_INTRO
    edit = approved.response.edit_message.await_args
    assert "Approved by" in edit.kwargs["content"]


async def test_draft_mode_without_a_draft_channel_stays_silent(bot, service, watched, alice, threads):
    await configure(bot, service, watched.guild, watch_mode="draft")
    await chat(RESTATED_FALSE, alice, watched)
    assert sent() == [] and threads == []
    assert cog(bot).counts.of(watched.guild.id)["no-draft-channel"] == 1


async def test_was_this_helpful_is_one_vote_per_member_and_moderators_see_it(
    bot, service, watched, alice, bob, admin, threads
):
    await chat(RESTATED_FALSE, alice, watched)
    card = only(sent())
    first = await press(bot, card, "Helpful", bob)
    assert ephemeral_reply(first)[0] == THANKS
    again = await press(bot, card, "Not helpful", bob)
    assert ephemeral_reply(again)[0] == ALREADY_VOTED
    await press(bot, card, "Not helpful", alice)
    assert service.stats(guild_id=watched.guild.id)["feedback"] == {"helpful": 1, "not_helpful": 1}
    await say("!claimlog watch", admin)
    dm = by_dm(sent(), admin)
    text = embed_text(dm.embeds[0])
    assert FALSE_ID in text and "👍 1 · 👎 1" in text and "1 replied" in text


@pytest.mark.parametrize("settings", [{"ask_rate": 10_000}], indirect=True)
async def test_claim_is_answered_at_once_under_a_burst_of_watched_chat(
    bot, service, watched, alice, bob, monkeypatch, threads
):
    """The watch queue is full of slow checks; a `!claim` is answered while they still wait."""
    real = service.watch
    slow = 0.05

    def slow_watch(*args: Any, **kwargs: Any) -> Any:
        time.sleep(slow)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "watch", slow_watch)
    burst = 60
    for i in range(burst):
        await dpytest.message(f"{RESTATED_FALSE} #{i}", channel=watched, member=bob)
    watcher = cog(bot)
    assert watcher.queue.qsize() > burst / 2  # the checks are queued, not done
    started = time.perf_counter()
    await dpytest.message(f"!claim {QUESTION}", channel=watched, member=alice)
    waited = time.perf_counter() - started
    answers = [m for m in sent() if m.embeds and m.embeds[0].author.name != WATCH_INTRO]
    assert len(answers) == 1 and answers[0].channel.id == watched.id
    assert watcher.queue.qsize() > 0, "the !claim waited for the whole watch queue"
    assert waited < burst * slow / 2
    await watcher.drain()  # the watched chat is still checked afterwards
    assert watcher.summary(watched.guild.id)["checked"] == burst


async def test_a_full_queue_drops_and_counts(bot, service, watched, bob, monkeypatch):
    watcher = cog(bot)
    monkeypatch.setattr(watcher, "queue", asyncio.Queue(maxsize=2))
    gate = asyncio.Event()
    real = watcher.check

    async def held(item: Any) -> Any:
        await gate.wait()
        return await real(item)

    monkeypatch.setattr(watcher, "check", held)
    watcher._worker.cancel()
    watcher._worker = asyncio.create_task(watcher._work())
    for i in range(6):
        await dpytest.message(f"{RESTATED_FALSE} #{i}", channel=watched, member=bob)
    counts = watcher.counts.of(watched.guild.id)
    assert counts["dropped"] >= 3
    gate.set()
    await watcher.drain()


async def test_claimconfig_watch_turns_a_channel_on_and_off(bot, service, config, admin, alice):
    guild, channel = config.guilds[0], config.channels[0]
    assert await say(f"!claimconfig watch <#{channel.id}> on", admin) is None
    assert "now watched" in only(sent()).content
    assert service.server_settings(guild.id, bot.settings).watch_channels == [channel.id]
    await say("!claimconfig watch", admin)
    assert f"<#{channel.id}>" in only(sent()).content
    await say(f"!claimconfig watch <#{channel.id}> off", admin)
    assert "no longer watched" in only(sent()).content
    assert service.server_settings(guild.id, bot.settings).watch_channels == []
    await say("!claimconfig set watch_statuses false, misleading", admin)
    assert service.server_settings(guild.id, bot.settings).watch_statuses == ["false", "misleading"]
    sent()
    # bad input: one line, nothing changed
    for bad in (
        f"!claimconfig watch <#{channel.id}> maybe",
        "!claimconfig watch #nowhere on",
        "!claimconfig set watch_mode loud",
        "!claimconfig set watch_statuses fals",
        "!claimconfig set watch_draft_channel 12345",
    ):
        await say(bad, admin)
        reply = only(sent())
        assert "\n" not in reply.content.strip(), (bad, reply.content)
    stored = service.stored_server_settings(guild.id)
    assert stored == {"watch_channels": [], "watch_statuses": ["false", "misleading"]}
    assert await say(f"!claimconfig watch <#{channel.id}> on", alice) is not None  # admins only
    assert service.server_settings(guild.id, bot.settings).watch_channels == []


@pytest.mark.skipif(installed_model() is None, reason="the semantic extra is not installed")
async def test_a_restatement_in_other_words_is_answered_by_meaning_in_the_channel(bot, service, config, alice, threads):
    """The semantic extra through the real pipeline: a restatement the words alone leave
    unanswered ("trade the s400s back … get the f35s") gets the card in a thread."""
    channel = config.channels[0]
    await configure(bot, service, config.guilds[0], watch_channels=channel.id, watch_statuses="all")
    text = "turkey could just trade the s400s back to russia and get the f35s, problem solved"
    folder = installed_model()
    service.use_semantic(None)
    await chat(text, alice, channel)
    assert sent() == [] and threads == []  # by words alone: no reply
    service.use_semantic(folder)
    await chat(text, alice, channel)
    card = only(sent())
    (thread,) = threads
    assert card.channel.id == thread.id and card.embeds[0].author.name == WATCH_INTRO
    assert "in exchange for delivery of F-35" in card.embeds[0].title
    row = service.recent(1)[0]
    assert (row["interface"], row["claim_id"]) == ("watch", "s400-for-f35-exchange")

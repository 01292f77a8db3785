"""Asking through the real command pipeline: answers, "did you mean", no match, bad input, safety."""

from __future__ import annotations

import discord
import discord.ext.test as dpytest
from discord.ext import commands
from discord_helpers import (
    CLAIM_ID,
    NO_MATCH,
    QUESTION,
    embed_text,
    find_suggest_question,
    live_views,
    mock_interaction,
    only,
    say,
    sent,
)

from bot.discord.embeds import STATUS_COLOURS, TITLE, clean
from bot.discord.views import AnswerDetails, DidYouMean


async def test_ask_answers_with_the_claim_embed(bot, service, alice, config):
    assert await say(f"!claim {QUESTION}", alice) is None
    embed = only(sent()).embeds[0]
    assert embed.title == "Turkey may return its S-400 systems to Russia."
    assert embed.colour.value == STATUS_COLOURS["unverified"]
    assert "**Status: UNVERIFIED**" in embed.description
    # Compact: the source and the plain why; evidence and related claims are behind buttons.
    assert [f.name for f in embed.fields] == ["Source", "Why this claim"]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Source"].startswith("As reported by") and fields["Source"].endswith("(undated)")
    # Members get plain words: the why in the question's own words, no claim id anywhere.
    assert fields["Why this claim"].startswith("It matches your words")
    assert embed.footer.text == f"You asked: {QUESTION}"
    assert CLAIM_ID not in embed_text(embed)

    row = service.recent(1)[0]
    assert row["interface"] == "discord" and row["claim_id"] == CLAIM_ID and row["outcome"] == "match"
    assert row["user_id"] == str(alice.id)
    assert row["channel_id"] == str(config.channels[0].id)
    assert row["guild_id"] == str(config.guilds[0].id)
    assert row["message_id"] is not None


async def test_embed_colour_follows_the_status(bot, service, alice):
    # Only the claimant's own words are on record, so a truth rating is refused; attributed is allowed.
    service.set_status(CLAIM_ID, "attributed", note="test", actor="test")
    await say(f"!claim {QUESTION}", alice)
    embed = only(sent()).embeds[0]
    assert embed.colour.value == STATUS_COLOURS["attributed"] != STATUS_COLOURS["unverified"]
    assert "**Status: ATTRIBUTED**" in embed.description and "Moderator note" in embed.description
    assert "ATTRIBUTED — according to US media and officials" in embed.description


async def test_no_match_says_so_and_queues_the_question(bot, service, alice):
    await say(f"!claim {NO_MATCH}", alice)
    embed = only(sent()).embeds[0]
    assert embed.title == "No checked claim matches this question"
    assert "passed to the moderators" in embed.description
    assert "Status" not in embed.description and not any(f.name.startswith("Evidence") for f in embed.fields)
    assert NO_MATCH in [r["question"] for r in service.unmatched(50)]


async def test_did_you_mean_pick_shows_the_claim_and_logs_the_choice(bot, service, alice, bob):
    question = find_suggest_question(service)
    assert service.ask(question, log=False).answer.outcome == "suggest"
    await say(f"!claim {question}", alice)
    message = only(sent())
    assert message.embeds[0].title == "Did you mean…"
    (view,) = live_views(bot)
    assert isinstance(view, DidYouMean) and view.message is not None
    button = view.children[0]
    query_id = service.recent(1)[0]["id"]

    # Someone else can't choose.
    other = mock_interaction(bob)
    assert await view.interaction_check(other) is False
    assert other.response.send_message.await_args.kwargs["ephemeral"] is True

    # The asker picks the first candidate.
    mine = mock_interaction(alice)
    assert await view.interaction_check(mine) is True
    await button.callback(mine)
    embed = mine.response.edit_message.await_args.kwargs["embed"]
    chosen = view.answer.candidates[0]
    assert embed.title == clean(chosen.text, TITLE)
    assert chosen.id not in embed_text(embed) and "score" not in embed_text(embed).lower()
    # The answered message keeps the chosen claim's buttons, and "Details" (for moderators)
    # on the original answer.
    after = mine.response.edit_message.await_args.kwargs["view"]
    assert isinstance(after, AnswerDetails)
    assert [c.label for c in after.children][0] == "Show evidence" and after.children[-1].label == "Details"
    assert after.evidence.claim.id == chosen.id
    assert after.details.answer is view.answer and after.details.chosen == chosen.id
    assert service.recent(1)[0]["id"] == query_id
    assert service.recent(1)[0]["chosen_claim_id"] == chosen.id
    assert question not in [r["question"] for r in service.unmatched(50)]
    assert view.is_finished()


async def test_did_you_mean_none_of_these_keeps_the_question_queued(bot, service, alice):
    question = find_suggest_question(service)
    await say(f"!claim {question}", alice)
    sent()
    (view,) = live_views(bot)
    interaction = mock_interaction(alice)
    (none,) = [c for c in view.children if c.label == "None of these"]
    await none.callback(interaction)
    embed = interaction.response.edit_message.await_args.kwargs["embed"]
    assert embed.title == "Passed to the moderators"
    assert isinstance(interaction.response.edit_message.await_args.kwargs["view"], AnswerDetails)
    assert service.recent(1)[0]["chosen_claim_id"] is None
    assert question in [r["question"] for r in service.unmatched(50)]


async def test_did_you_mean_expires_with_buttons_disabled(bot, service, alice):
    await say(f"!claim {find_suggest_question(service)}", alice)
    sent()
    (view,) = live_views(bot)
    assert view.timeout == 120
    await view.on_timeout()
    assert all(item.disabled for item in view.children)


async def test_empty_question_gets_usage(bot, alice):
    error = await say("!claim", alice)
    assert isinstance(error, commands.MissingRequiredArgument)
    reply = only(sent()).content
    assert "Usage: `!claim <question>`" in reply


async def test_bad_inputs_get_a_short_clear_reply(bot, service, alice):
    cases = {
        "\u200b\u200b\u200d": ("empty question",),
        "😀" * 2000: ("too long", "no letters or digits"),
        "🙂🙃" * 100: ("no letters or digits",),
        "turkey " * 300: ("too long",),
    }
    for text, expected in cases.items():
        assert await say(f"!claim {text}", alice) is None
        message = only(sent())
        assert any(e in message.content for e in expected), message.content
        assert not message.embeds and len(message.content) < 300
        assert message.content.endswith("Usage: `!claim <question>`")
    assert [r["outcome"] for r in service.recent(4)] == ["error"] * 4


async def test_markdown_in_a_question_is_answered_and_not_rendered(bot, alice):
    await say("!claim **will** __Turkey__ `return` ~~the~~ S-400 ||?||", alice)
    embed = only(sent()).embeds[0]
    assert embed.title == "Turkey may return its S-400 systems to Russia."


async def test_everyone_in_a_question_pings_no_one(bot, alice, bob, payloads):
    await say(f"!claim @everyone @here <@{bob.id}> will Turkey return S-400", alice)
    await say(f"!claim @everyone <@{bob.id}> {NO_MATCH}", alice)
    await say("!claim @everyone " + "🙂" * 10, alice)
    assert len(sent()) == 3 and len(payloads) == 3
    for payload in payloads:
        assert payload["allowed_mentions"] == {"parse": []}


async def test_messages_from_bots_are_ignored(bot, config):
    robot = dpytest.backend.make_user("Robot", "0099")
    robot.bot = True
    member = dpytest.backend.make_member(robot, config.guilds[0])
    await say(f"!claim {QUESTION}", member)
    await say(f"!claim {QUESTION}", config.guilds[0].me)
    assert sent() == []


async def test_cooldown_is_announced_once(bot, alice):
    bot.settings.ask_rate = 2
    errors = [await say(f"!claim {QUESTION}", alice) for _ in range(5)]
    assert [type(e).__name__ if e else None for e in errors] == [None, None] + ["CommandOnCooldown"] * 3
    messages = sent()
    assert len(messages) == 3  # two answers and one notice
    assert "please wait" in messages[2].content


async def test_asking_in_a_dm_works(bot, service, alice):
    dm = await alice.create_dm()
    await say(f"!claim {QUESTION}", alice, channel=dm)
    message = only(sent())
    assert isinstance(message.channel, discord.DMChannel)
    assert message.embeds[0].title.startswith("Turkey may return")
    assert service.recent(1)[0]["guild_id"] is None


async def test_slash_claim_logs_the_asker_and_keeps_its_answer_as_the_reply_target(bot, service, alice, config):
    """/claim runs the same callback with an interaction context (dpytest has no slash
    support, so the context is a spec'd mock): the answer is logged with the asker and
    the bot's answer becomes the message follow-ups reply to."""
    from unittest.mock import AsyncMock, MagicMock

    ctx = MagicMock(spec=commands.Context)
    ctx.interaction = mock_interaction(alice)
    ctx.author, ctx.channel, ctx.guild = alice, config.channels[0], config.guilds[0]
    ctx.defer = AsyncMock()
    answer_message = MagicMock(spec=discord.Message)
    answer_message.id = 4242
    ctx.reply = AsyncMock(return_value=answer_message)
    cog = bot.get_cog("Ask")
    await cog.claim.callback(cog, ctx, question=QUESTION)
    embed = ctx.reply.await_args.kwargs["embed"]
    assert embed.title == "Turkey may return its S-400 systems to Russia."
    row = service.recent(1)[0]
    assert (row["user_id"], row["claim_id"], row["message_id"]) == (str(alice.id), CLAIM_ID, "4242")

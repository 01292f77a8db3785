"""Follow-ups end to end: a moderator's change reaches the asker once, as a reply or a DM."""

from __future__ import annotations

import discord
import pytest
from discord_helpers import CLAIM_ID, NO_MATCH, embed_text, only, say, sent

from bot import followup

SOURDOUGH_Q = "is sourdough bread leavened with wild yeast"
ADD = (
    "!claims add statement: Sourdough bread is leavened with wild yeast. status: true "
    "claimant: Bakers guild quote: Sourdough is leavened by wild yeast and lactobacilli. "
    "source: https://example.org/sourdough"
)


def split(messages, channel_type=discord.TextChannel):
    return [m for m in messages if isinstance(m.channel, channel_type)]


async def ask_unanswered(service, member, question=SOURDOUGH_Q):
    await say(f"!claim {question}", member)
    assert only(sent()).embeds[0].title == "No checked claim matches this question"
    row = service.recent(1)[0]
    assert row["outcome"] == "none"
    return row


async def test_adding_a_claim_tells_the_asker_with_a_reply(bot, service, alice, mod, payloads):
    row = await ask_unanswered(service, alice)
    await say(ADD, mod)
    messages = sent()
    assert messages[0].content.startswith("Added claim")
    notice = only(messages[1:])
    assert notice.content.startswith(f"Update on your question “{SOURDOUGH_Q}”")
    assert "added a checked claim that answers it" in notice.content
    assert notice.embeds[0].title == "Sourdough bread is leavened with wild yeast."
    payload = payloads[-1]
    assert payload["message_reference"]["message_id"] == int(row["message_id"])
    assert payload["allowed_mentions"] == {"parse": []}  # no pings, not even the asker
    assert service.recent(1)[0]["notified_at"] is not None


async def test_linking_a_question_tells_the_asker(bot, service, alice, mod):
    row = await ask_unanswered(service, alice, NO_MATCH)
    await say(f"!claims link {row['id']} {CLAIM_ID}", mod)
    notice = only(sent()[1:])
    assert notice.content.startswith(f"Update on your question “{NO_MATCH}”")
    # The notice is for a member: the claim itself, without its id.
    assert notice.embeds[0].title == "Turkey may return its S-400 systems to Russia."
    assert CLAIM_ID not in embed_text(notice.embeds[0])


async def test_a_status_change_tells_everyone_who_asked_once(bot, service, alice, bob, mod):
    for member in (alice, alice, bob):
        await say("!claim will Turkey return S-400", member)
    sent()
    await say(f"!claims status {CLAIM_ID} attributed only US media report it", mod)
    notices = sent()[1:]
    assert len(notices) == 2  # one per asker, not one per question
    assert all("now marked **ATTRIBUTED**" in n.content for n in notices)  # not a rating
    # The same revision again: nobody is told twice.
    await bot.get_cog("Followups").on_claim_change(CLAIM_ID, "status", None)
    assert sent() == []


async def test_opted_out_users_are_not_told(bot, service, alice, mod):
    await say("!claim-followups off", alice)
    assert "**off**" in only(sent()).content
    await ask_unanswered(service, alice)
    await say(ADD, mod)
    assert len(sent()) == 1  # only the moderator's confirmation
    await say("!claim-followups on", alice)
    assert "**on**" in only(sent()).content
    assert followup.is_opted_out(service, alice.id) is False


@pytest.mark.parametrize("settings", [{"followup": "dm"}], indirect=True)
async def test_dm_mode_sends_a_direct_message(bot, service, alice, mod):
    await ask_unanswered(service, alice)
    await say(ADD, mod)
    messages = sent()
    notice = only(split(messages, discord.DMChannel))
    assert notice.content.startswith("Update on your question")
    assert notice.channel.recipient is None or notice.channel.recipient.id == alice.id
    rows = [{k: r[k] for k in ("mode", "error")} for r in service.store.notifications()]
    assert rows == [{"mode": "dm", "error": None}]


@pytest.mark.parametrize("settings", [{"followup": "off"}], indirect=True)
async def test_followups_off_sends_nothing(bot, service, alice, mod):
    await ask_unanswered(service, alice)
    await say(ADD, mod)
    assert len(sent()) == 1


async def test_a_failed_delivery_is_retried_and_recorded(bot, service, alice, mod, monkeypatch):
    # (It used to be recorded and never retried; now each failed attempt is recorded, and
    # a failure that may pass is tried again: see test_delivery.py.)
    await ask_unanswered(service, alice)

    async def broken(*args, **kwargs):
        raise discord.HTTPException(type("R", (), {"status": 500, "reason": "Server Error"})(), "try later")

    monkeypatch.setattr(discord.TextChannel, "send", broken)
    await say(ADD, mod)
    (row,) = service.store.notifications()
    assert "HTTPException" in row["error"]
    assert (row["state"], row["attempts"]) == ("failed", 3)


async def test_a_slash_question_is_followed_up_naming_the_asker_without_a_ping(
    bot, service, config, alice, mod, payloads
):
    # /claim has no message to reply to: the log row has no message id.
    asked = service.ask(
        NO_MATCH, interface="discord", user_id=alice.id, channel_id=config.channels[0].id, guild_id=config.guilds[0].id
    )
    await say(f"!claims link {asked.query_id} {CLAIM_ID}", mod)
    notice = only(sent()[1:])
    assert notice.content.startswith(f"<@{alice.id}> Update on your question")
    assert payloads[-1]["allowed_mentions"] == {"parse": []}
    assert "message_reference" not in payloads[-1]

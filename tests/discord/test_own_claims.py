"""Server-owned claims: a moderator outside the editor servers curates their own server's
claims; they answer questions asked there only, other servers never see them, and the
shared base stays the editors'.

Server A (``config.guilds[0]``) is the editor server; server B (the ``b`` fixture) is
not: its admin (Manage Server) is its moderator.
"""

from __future__ import annotations

import discord
from discord.ext import commands
from discord_helpers import CLAIM_ID, embed_text, in_dms, mock_interaction, only, say, sent

from bot.service import NotAllowed

SOURDOUGH_Q = "is sourdough bread leavened with wild yeast"
SOURDOUGH = "Sourdough bread is leavened with wild yeast."
ADD = (
    f"!claims add statement: {SOURDOUGH} status: true "
    "claimant: Bakers guild quote: Sourdough is leavened by wild yeast and lactobacilli. "
    "source: https://example.org/sourdough"
)
NO_MATCH_TITLE = "No checked claim matches this question"


def added_id(message: discord.Message) -> str:
    assert message.content.startswith("Added claim `"), message.content
    return message.content.split("`")[1]


async def add_in_b(b) -> str:
    """B's moderator adds the sourdough claim; returns its id (and drops the replies)."""
    assert await say(ADD, b.admin, b.channel) is None
    messages = sent()
    return added_id(messages[0])


def a_claim(service, guild_id) -> str:
    """A claim of server A's own (A is an editor server, so it is made through the core)."""
    return service.add_claim(
        statement="The Nightingale project launches in March.",
        status="unverified",
        claimant="A's newsletter",
        quote="Nightingale launches in March.",
        source_url="https://example.org/nightingale",
        actor="test",
        guild=guild_id,
    ).id


async def test_b_moderators_claim_is_bs_own_and_answers_only_in_b(bot, service, alice, b):
    shared_before = {c.id for c in service.list_claims() if c.guild is None}
    assert await say(ADD, b.admin, b.channel) is None
    reply = only(sent())
    claim_id = added_id(reply)
    assert "to this server's own claims" in reply.content and "shared claim base" not in reply.content
    assert "seems to repeat" not in reply.content
    assert service.get_claim(claim_id).guild == str(b.guild.id)
    assert {c.id for c in service.list_claims() if c.guild is None} == shared_before

    # Asked in B: answered with B's claim.
    assert await say(f"!claim {SOURDOUGH_Q}", b.member, b.channel) is None
    assert only(sent()).embeds[0].title == SOURDOUGH
    assert service.recent(1)[0]["claim_id"] == claim_id
    # The same question in A: not answered with it.
    assert await say(f"!claim {SOURDOUGH_Q}", alice) is None
    answer = only(sent()).embeds[0]
    assert answer.title != SOURDOUGH and SOURDOUGH not in embed_text(answer)
    assert service.recent(1)[0]["claim_id"] != claim_id


async def test_b_moderator_curates_bs_own_claim_and_every_reply_names_the_base(bot, service, b):
    claim_id = await add_in_b(b)
    actor = f"discord:{b.admin.id}"
    for command, done in (
        (f"!claims edit {claim_id} claimant: Bakers guild, Millers note: both", "Edited claim"),
        (f"!claims status {claim_id} mostly-true some use commercial yeast too", "is now **MOSTLY TRUE**"),
        (f"!claims phrase {claim_id} does sourdough use wild yeast", "Added a phrasing"),
        (f"!claims show {claim_id}", f"Claim `{claim_id}`"),
        (f"!claims retire {claim_id} merged", "Retired claim"),
    ):
        assert await say(command, b.admin, b.channel) is None, command
        reply = sent()[0]
        assert done in reply.content and "in this server's own claims" in reply.content, reply.content
    claim = service.get_claim(claim_id)
    assert claim.claimant == ["Bakers guild", "Millers"] and claim.status == "mostly-true" and claim.retired
    assert [r["actor"] for r in service.history(claim_id)] == [actor] * 5


async def test_an_editors_change_says_it_is_the_shared_base(bot, service, mod, b):
    assert await say(ADD, mod) is None
    claim_id = added_id(sent()[0])
    assert service.get_claim(claim_id).guild is None
    bot.owner_id = b.member.id  # the owner curates the shared base from any server
    assert await say(f"!claims phrase {claim_id} wild yeast in sourdough", b.member, b.channel) is None
    assert "in the shared claim base" in only(sent()).content


async def test_a_server_claim_that_repeats_a_shared_one_is_pointed_out(bot, service, b):
    shared = service.get_claim(CLAIM_ID)
    command = (
        f"!claims add statement: {shared.statement} status: false claimant: A local blog "
        "quote: Turkey will send the S-400 back. source: https://example.org/blog"
    )
    assert await say(command, b.admin, b.channel) is None
    reply = only(sent())
    claim_id = added_id(reply)
    assert claim_id != CLAIM_ID and service.get_claim(claim_id).guild == str(b.guild.id)
    assert f"seems to repeat the shared claim `{CLAIM_ID}`" in reply.content


async def test_b_cannot_see_or_change_as_own_claim(bot, service, config, alice, b):
    secret = a_claim(service, config.guilds[0].id)
    before = service.get_claim(secret)
    for command in (
        f"!claims show {secret}",
        f"!claims history {secret}",
        f"!claims status {secret} false nope",
        f"!claims edit {secret} statement: Something else",
        f"!claims phrase {secret} when is nightingale",
        f"!claims retire {secret} gone",
        f"!claims link 1 {secret}",
    ):
        error = await say(command, b.admin, b.channel)
        assert isinstance(error, commands.CommandInvokeError), command
        text = only(sent()).content
        assert text.startswith(f"no claim with id '{secret}'") and before.statement not in text, command
    after = service.get_claim(secret)
    assert (after.status, after.statement, after.phrasings, after.retired) == (
        before.status,
        before.statement,
        before.phrasings,
        before.retired,
    )
    # Autocomplete in B does not offer it; in A it does.
    cog = bot.get_cog("Curate")
    in_b = mock_interaction(b.admin)
    in_b.guild_id = b.guild.id
    assert secret not in [c.value for c in await cog.claim_id_autocomplete(in_b, "nightingale")]
    in_a = mock_interaction(alice)
    in_a.guild_id = config.guilds[0].id
    assert secret in [c.value for c in await cog.claim_id_autocomplete(in_a, "nightingale")]


async def test_an_editor_cannot_see_bs_own_claim_either(bot, service, mod, b):
    claim_id = await add_in_b(b)
    error = await say(f"!claims show {claim_id}", mod)
    assert isinstance(error, commands.CommandInvokeError)
    assert only(sent()).content.startswith(f"no claim with id '{claim_id}'")


async def test_b_links_its_question_to_its_own_claim_but_not_to_a_shared_one(bot, service, b):
    assert await say("!claim my starter smells of nail polish, is it dead", b.member, b.channel) is None
    sent()
    row = service.recent(1)[0]
    claim_id = await add_in_b(b)
    error = await say(f"!claims link {row['id']} {CLAIM_ID}", b.admin, b.channel)
    assert isinstance(error, commands.CommandInvokeError) and isinstance(error.original, NotAllowed)
    sent()
    assert CLAIM_ID not in [r["linked_claim_id"] for r in service.recent(5)]
    assert await say(f"!claims link {row['id']} {claim_id}", b.admin, b.channel) is None
    reply = sent()[0]
    assert reply.content.startswith(f"Linked question #{row['id']}") and "this server's own claims" in reply.content


async def test_bs_claim_tells_bs_askers_only_and_as_answers_are_unaffected(bot, service, alice, b):
    assert await say(f"!claim {SOURDOUGH_Q}", alice) is None
    assert await say(f"!claim {SOURDOUGH_Q}", b.member, b.channel) is None
    assert [m.embeds[0].title for m in sent()] == [NO_MATCH_TITLE, NO_MATCH_TITLE]
    a_row, b_row = service.recent(2)[1], service.recent(2)[0]
    assert (a_row["guild_id"], b_row["guild_id"]) == (str(alice.guild.id), str(b.guild.id))

    assert await say(ADD, b.admin, b.channel) is None
    messages = sent()
    assert messages[0].content.startswith("Added claim")
    notice = only(messages[1:])
    assert notice.channel.id == b.channel.id and not in_dms(messages)
    assert notice.content.startswith(f"Update on your question “{SOURDOUGH_Q}”")
    told = {r["query_id"] for r in service.store.notifications()}
    assert told == {b_row["id"]}
    # A's question is still unanswered, and A's answer is what it was.
    assert SOURDOUGH_Q in [r["question"] for r in service.unmatched(10, guild_id=alice.guild.id)]
    assert await say(f"!claim {SOURDOUGH_Q}", alice) is None
    assert only(sent()).embeds[0].title == NO_MATCH_TITLE

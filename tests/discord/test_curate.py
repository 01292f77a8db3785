"""Moderator commands: permissions, every change in the history with the Discord actor."""

from __future__ import annotations

import discord.ext.test as dpytest
from discord.ext import commands
from discord_helpers import CLAIM_ID, NO_MATCH, mock_interaction, only, say, sent

from bot.discord.checks import NotModerator

ADD = (
    "!claims add statement: Sourdough bread is leavened with wild yeast. status: true "
    "claimant: Bakers guild quote: Sourdough is leavened by wild yeast and lactobacilli. "
    "source: https://example.org/sourdough"
)


def last_revision(service, claim_id):
    return service.history(claim_id)[-1]


async def test_a_plain_member_is_refused(bot, service, alice):
    before = len(service.list_claims())
    error = await say(ADD, alice)
    assert isinstance(error, NotModerator)
    assert "Only moderators" in only(sent()).content
    assert len(service.list_claims()) == before


async def test_the_moderator_role_may_add_a_claim(bot, service, mod):
    assert await say(ADD, mod) is None
    message = only(sent())
    assert message.content.startswith("Added claim `")
    claim_id = message.content.split("`")[1]
    assert message.embeds[0].title == "Sourdough bread is leavened with wild yeast."
    claim = service.get_claim(claim_id)
    assert claim.status == "true" and claim.claimant == ["Bakers guild"]
    assert service.store.source(claim.evidence[0].source).url == "https://example.org/sourdough"
    rev = last_revision(service, claim_id)
    assert rev["actor"] == f"discord:{mod.id}" and rev["action"] == "create"


async def test_a_known_source_id_checks_the_quote_against_its_document(bot, service, mod):
    base = (
        "!claims add statement: The S-400 deal cost Turkey 2.5 billion dollars. status: attributed "
        "claimant: Webangah source: webangah-turkey-s400-stance quote: "
    )
    before = len(service.list_claims())
    await say(base + "Turkey paid three billion dollars for the S-400.", mod)
    assert "not found word for word" in only(sent()).content
    assert len(service.list_claims()) == before
    assert await say(base + "the $2.5 billion S-400 purchase agreement", mod) is None
    claim_id = only(sent()).content.split("`")[1]
    claim = service.get_claim(claim_id)
    assert claim.status == "attributed" and claim.evidence[0].source == "webangah-turkey-s400-stance"


async def test_manage_server_counts_as_moderator(bot, service, admin):
    assert await say(ADD, admin) is None
    assert only(sent()).content.startswith("Added claim")


async def test_mod_role_by_id(bot, service, config, alice):
    role = dpytest.backend.make_role("Fact checkers", config.guilds[0], permissions=0)
    await dpytest.add_role(alice, role)
    bot.settings.mod_roles = [role.id]
    assert await say(f"!claims show {CLAIM_ID}", alice) is None
    message = only(sent())
    assert message.content.startswith(f"Claim `{CLAIM_ID}`")


async def test_curation_views_keep_the_ids_for_moderators(bot, service, mod):
    """Moderators' views are not members' answers: the claim id and related ids stay."""
    assert await say(f"!claims show {CLAIM_ID}", mod) is None
    embed = only(sent()).embeds[0]
    assert embed.footer.text == f"Claim id: {CLAIM_ID}"
    related = {f.name: f.value for f in embed.fields}["Related claims"]
    assert all(f"(`{r}`)" in related for r in service.get_claim(CLAIM_ID).related[:5])


async def test_edit_status_retire_phrase_are_in_the_history(bot, service, mod):
    actor = f"discord:{mod.id}"
    await say(f"!claims edit {CLAIM_ID} claimant: US media, Bloomberg note: sources named", mod)
    assert service.get_claim(CLAIM_ID).claimant == ["US media", "Bloomberg"]
    await say(f"!claims status {CLAIM_ID} attributed only the named outlets report it", mod)
    assert service.get_claim(CLAIM_ID).status == "attributed"
    assert service.get_claim(CLAIM_ID).status_note == "only the named outlets report it"
    await say(f"!claims phrase {CLAIM_ID} is ankara shipping the s400 back", mod)
    assert "is ankara shipping the s400 back" in service.get_claim(CLAIM_ID).phrasings
    await say(f"!claims retire {CLAIM_ID} superseded", mod)
    assert service.get_claim(CLAIM_ID).retired is True
    replies = sent()
    assert len(replies) == 4
    history = service.history(CLAIM_ID)
    assert [(r["action"], r["actor"]) for r in history[-4:]] == [
        ("edit", actor),
        ("set-status", actor),
        ("add-phrasing", actor),
        ("retire", actor),
    ]


async def test_link_an_unmatched_question(bot, service, alice, mod):
    await say(f"!claim {NO_MATCH}", alice)
    sent()
    query_id = service.recent(1)[0]["id"]
    assert await say(f"!claims link {query_id} {CLAIM_ID}", mod) is None
    replies = sent()
    assert any(m.content.startswith(f"Linked question #{query_id}") for m in replies)
    assert NO_MATCH not in [r["question"] for r in service.unmatched(50)]
    assert last_revision(service, CLAIM_ID)["actor"] == f"discord:{mod.id}"


async def test_phrasing_echo_is_escaped(bot, mod, payloads):
    await say(f"!claims phrase {CLAIM_ID} **will** turkey @everyone give the s400 back", mod)
    content = only(sent()).content
    assert "\\*\\*will\\*\\*" in content and "@\u200beveryone" in content
    assert payloads[-1]["allowed_mentions"] == {"parse": []}


async def test_unknown_subcommand_missing_argument_and_unknown_id(bot, mod):
    assert await say("!claims frobnicate", mod) is None
    assert only(sent()).content.startswith("Unknown subcommand `frobnicate`")

    error = await say(f"!claims status {CLAIM_ID} false", mod)
    assert isinstance(error, commands.MissingRequiredArgument)
    assert only(sent()).content.startswith("Missing `note`")

    error = await say(f"!claims status {CLAIM_ID} maybe because", mod)
    assert isinstance(error, commands.BadArgument)
    assert "is not a status; use one of: true, mostly-true" in only(sent()).content

    error = await say("!claims show no-such-claim", mod)
    assert isinstance(error, commands.CommandInvokeError)
    assert only(sent()).content.startswith("no claim with id 'no-such-claim'")

    error = await say("!claims add statement: Half a claim status: true", mod)
    assert isinstance(error, commands.MissingRequiredFlag)
    assert only(sent()).content.startswith("Missing `claimant:`")


async def test_service_validation_errors_are_short_replies(bot, mod):
    error = await say(
        f"!claims add statement: Duplicate id claim. status: true claimant: X quote: y "
        f"source: Somewhere id: {CLAIM_ID}",
        mod,
    )
    assert isinstance(error, commands.CommandInvokeError)
    assert only(sent()).content == f"a claim with id '{CLAIM_ID}' already exists"


async def test_curation_is_guild_only(bot, mod):
    dm = await mod.create_dm()
    error = await say(f"!claims show {CLAIM_ID}", mod, channel=dm)
    assert isinstance(error, commands.NoPrivateMessage)
    assert "only in a server" in only(sent()).content


async def test_claim_ids_autocomplete(bot, mod):
    cog = bot.get_cog("Curate")
    choices = await cog.claim_id_autocomplete(mock_interaction(mod), "turkey-ret")
    assert choices[0].value == CLAIM_ID
    assert len(await cog.claim_id_autocomplete(mock_interaction(mod), "")) == 25


async def test_slash_commands_are_hidden_from_members(bot):
    claims = bot.tree.get_command("claims")
    claimlog = bot.tree.get_command("claimlog")
    assert claims.default_permissions.manage_guild and claims.guild_only
    assert claimlog.default_permissions.manage_guild and claimlog.guild_only
    assert bot.tree.get_command("claim").default_permissions is None
    status = claims.get_command("status")
    assert [c.value for c in status.get_parameter("status").choices][:2] == ["true", "mostly-true"]
    add = claims.get_command("add")
    assert {"statement", "status", "claimant", "quote", "source"} <= {p.name for p in add.parameters if p.required}


async def test_status_is_read_in_any_case_and_offered_as_choices_in_slash(bot, service, mod):
    assert await say(f"!claims status {CLAIM_ID} Opinion a forecast, not checkable", mod) is None
    assert service.get_claim(CLAIM_ID).status == "opinion"
    slash = bot.tree.get_command("claims").get_command("status")
    choices = [c.value for c in next(p for p in slash.parameters if p.name == "status").choices]
    assert choices == [
        "true",
        "mostly-true",
        "mixed",
        "misleading",
        "mostly-false",
        "false",
        "unverified",
        "attributed",
        "opinion",
    ]

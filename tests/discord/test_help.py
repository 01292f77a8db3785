"""``!help``: a short list; ``!help <command>`` teaches a command: usage, every flag and
argument with its meaning, and an example."""

from __future__ import annotations

from discord_helpers import embed_text, only, say, sent

from bot.discord.exts.curate import AddFlags


async def test_help_for_a_flag_command_lists_every_flag_with_its_meaning(bot, mod):
    assert await say("!help claims add", mod) is None
    embed = only(sent()).embeds[0]
    text = embed_text(embed)
    assert "No description given" not in text and "(no description)" not in text
    fields = {f.name: f.value for f in embed.fields}
    for flag in AddFlags.get_flags().values():
        written = f"{flag.name}: <{flag.name}>"
        assert written in fields or f"[{written}]" in fields, flag.name
        assert flag.description in text
    assert "statement: <statement>" in fields["Usage"]
    assert fields["Example"].startswith("`!claims add statement:")


async def test_help_for_claim_explains_the_question(bot, alice):
    assert await say("!help claim", alice) is None
    embed = only(sent()).embeds[0]
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Usage"] == "`!claim <question>`"
    assert "Your question" in fields["<question>"]
    assert fields["Example"].startswith("`!claim ")


async def test_help_lists_commands_briefly(bot, alice):
    assert await say("!help", alice) is None
    embed = only(sent()).embeds[0]
    assert "`!claim` — Ask about a claim" in embed.description
    assert all(len(line) <= 120 for line in embed.description.splitlines())


async def test_help_for_a_group_lists_its_subcommands_with_usage(bot, mod):
    assert await say("!help claims", mod) is None
    embed = only(sent()).embeds[0]
    names = [f.name for f in embed.fields]
    assert any(n.startswith("!claims add statement: <statement>") for n in names), names
    assert any(n == "!claims show <claim_id>" for n in names), names


async def test_help_for_an_unknown_command(bot, alice):
    assert await say("!help nope", alice) is None
    assert "No command `nope`" in only(sent()).content


async def test_every_example_in_help_works_as_written(bot, service, config, mod, admin):
    """The examples are commands a moderator can paste: each runs without an error on the
    bundled base (in this order: retire before restore; the question of ``link`` asked first)."""
    from bot.discord.help import EXAMPLES

    asked = service.ask("how do i bake sourdough bread", interface="discord", user_id=mod.id, guild_id=mod.guild.id)
    errors = []
    for name, example in EXAMPLES.items():
        example = example.replace("claims link 42 ", f"claims link {asked.query_id} ")
        member = admin if name.startswith("claimconfig") else mod  # server settings are for admins
        error = await say(f"!{example}", member)
        replies = sent()
        text = " ".join(m.content + " ".join(embed_text(e) for e in m.embeds) for m in replies).lower()
        if error is not None or any(
            word in text for word in ("not found word", "unknown", "error", "cannot", "not allowed", "usage:")
        ):
            errors.append((name, repr(error), text[:200]))
    assert errors == []
    claim = service.get_claim("turkey-return-s400-to-russia")
    assert not claim.retired and "is turkey giving back the s400" in claim.phrasings

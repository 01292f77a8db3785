"""Admin commands: the log, the queue, stats, one user's questions, the CSV export, paging."""

from __future__ import annotations

import csv
import io

from discord_helpers import CLAIM_ID, NO_MATCH, QUESTION, by_dm, live_views, mock_interaction, only, say, sent

from bot.discord.checks import NotAdmin
from bot.discord.views import Paginator


async def ask_some(alice, bob):
    await say(f"!claim {QUESTION}", alice)
    await say(f"!claim {NO_MATCH}", alice)
    await say(f"!claim {NO_MATCH}", bob)
    sent()


async def test_export_attaches_the_log_as_csv(bot, service, alice, bob, admin):
    await ask_some(alice, bob)
    assert await say("!claimlog export", admin) is None
    message = by_dm(sent(), admin)
    # (dpytest drops the text of a message that has files; the attachment is what matters)
    (attachment,) = message.attachments
    assert attachment.filename.startswith("claimbot-log-") and attachment.filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO((await attachment.read()).decode("utf-8"))))
    assert [(r["user_id"], r["question"], r["outcome"]) for r in rows] == [
        (str(alice.id), QUESTION, "match"),
        (str(alice.id), NO_MATCH, "none"),
        (str(bob.id), NO_MATCH, "none"),
    ]
    assert {r["interface"] for r in rows} == {"discord"}
    assert rows[0]["claim_id"] == CLAIM_ID


async def test_admin_commands_are_refused_without_manage_server(bot, alice, mod):
    for member in (alice, mod):
        error = await say("!claimlog export", member)
        assert isinstance(error, NotAdmin)
        message = only(sent())
        assert "Manage Server" in message.content and not message.attachments


async def test_unmatched_lists_most_asked_first_with_best_candidate(bot, service, alice, bob, admin):
    await ask_some(alice, bob)
    await say("!claimlog unmatched", admin)
    embed = by_dm(sent(), admin).embeds[0]
    assert embed.title == "Unanswered questions"
    first = embed.description.split("\n")[0]
    assert first.startswith("**2×**") and NO_MATCH in first
    assert "best:" in embed.description or "no candidate" in embed.description


async def test_recent_user_and_stats(bot, service, alice, bob, admin):
    await ask_some(alice, bob)
    await say("!claimlog recent 2", admin)
    recent = by_dm(sent(), admin).embeds[0].description
    assert recent.count("**#") == 2 and NO_MATCH in recent
    await say(f"!claimlog user {alice.id}", admin)
    mine = by_dm(sent(), admin).embeds[0]
    assert mine.description.count("**#") == 2 and f"<@{alice.id}>" in mine.description
    await say("!claimlog stats", admin)
    stats = by_dm(sent(), admin).embeds[0]
    fields = {f.name: f.value for f in stats.fields}
    assert fields["Questions"] == "3" and fields["Match rate"] == "33%"
    assert CLAIM_ID in fields["Top claims"] and fields["Response time"].startswith("mean")


async def test_unknown_subcommand(bot, admin):
    await say("!claimlog frob", admin)
    assert only(sent()).content.startswith("Unknown subcommand `frob`")


async def test_long_lists_page_with_buttons_for_the_author_only(bot, service, alice, admin):
    for n in range(20):
        service.ask(f"{NO_MATCH} number {n}", interface="discord", user_id=alice.id, guild_id=alice.guild.id)
    await say("!claimlog recent", admin)
    first = by_dm(sent(), admin).embeds[0]
    assert first.footer.text == "Page 1/3"
    (view,) = live_views(bot)
    assert isinstance(view, Paginator) and view.previous.disabled and not view.next.disabled
    assert await view.interaction_check(mock_interaction(alice)) is False
    interaction = mock_interaction(admin)
    await view.next.callback(interaction)
    assert interaction.response.edit_message.await_args.kwargs["embed"].footer.text == "Page 2/3"
    await view.next.callback(interaction)
    assert view.next.disabled and not view.previous.disabled
    await view.on_timeout()
    assert view.previous.disabled and view.next.disabled

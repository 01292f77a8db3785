"""Two quick clicks on "did you mean" buttons: only the first counts; the other is told,
privately, that a choice was already made."""

from __future__ import annotations

import asyncio

from discord_helpers import find_suggest_question, live_views, mock_interaction, say, sent

from bot.discord.views import ALREADY_CHOSEN


async def suggest(bot, service, alice):
    await say(f"!claim {find_suggest_question(service)}", alice)
    sent()
    (view,) = live_views(bot)
    return view


async def test_two_quick_candidate_clicks_process_only_the_first(bot, service, alice):
    view = await suggest(bot, service, alice)
    first, second = view.children[0], view.children[1]
    one, two = mock_interaction(alice), mock_interaction(alice)
    await asyncio.gather(first.callback(one), second.callback(two))
    one.response.edit_message.assert_awaited_once()
    two.response.edit_message.assert_not_awaited()
    call = two.response.send_message.await_args
    assert call.args[0] == ALREADY_CHOSEN and call.kwargs["ephemeral"] is True
    assert view.chosen == view.answer.candidates[0].id
    assert service.recent(1)[0]["chosen_claim_id"] == view.answer.candidates[0].id


async def test_a_pick_then_none_of_these_keeps_the_pick(bot, service, alice):
    view = await suggest(bot, service, alice)
    (none,) = [c for c in view.children if c.label == "None of these"]
    one, two = mock_interaction(alice), mock_interaction(alice)
    await asyncio.gather(view.children[0].callback(one), none.callback(two))
    one.response.edit_message.assert_awaited_once()
    two.response.edit_message.assert_not_awaited()
    assert two.response.send_message.await_args.args[0] == ALREADY_CHOSEN
    assert service.recent(1)[0]["chosen_claim_id"] == view.answer.candidates[0].id

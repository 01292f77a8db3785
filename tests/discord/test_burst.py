"""A burst of 500 concurrent questions: every one answered and logged, the loop never blocked."""

from __future__ import annotations

import asyncio
import time

import discord.ext.test as dpytest
import pytest
from discord_helpers import NO_MATCH, QUESTION, sent

BURST = 500


@pytest.mark.parametrize("settings", [{"ask_rate": 10_000}], indirect=True)
async def test_500_concurrent_asks_are_all_answered_and_logged(bot, service, config):
    members = config.members[:2]
    questions = [QUESTION, NO_MATCH, "is turkey sending the s-400 back to russia", "bitcoin price today"]
    started = time.perf_counter()
    await asyncio.gather(
        *(dpytest.message(f"!claim {questions[i % len(questions)]} #{i}", member=members[i % 2]) for i in range(BURST))
    )
    elapsed = time.perf_counter() - started
    replies = sent()
    assert len(replies) == BURST
    assert all(r.embeds for r in replies)
    rows = service.recent(BURST + 10)
    assert len(rows) == BURST
    assert {r["interface"] for r in rows} == {"discord"}
    assert {r["user_id"] for r in rows} == {str(m.id) for m in members}
    assert all(r["channel_id"] and r["guild_id"] and r["message_id"] for r in rows)
    print(f"\n{BURST} concurrent asks answered and logged in {elapsed:.1f} s")  # a figure, not a limit


async def test_the_event_loop_stays_responsive_while_matching(bot, service, alice, monkeypatch):
    """A slow match runs on the worker thread: the loop keeps ticking meanwhile."""
    real_ask = service.ask

    def slow_ask(*args, **kwargs):
        time.sleep(0.3)  # would freeze the loop if it ran on it
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(service, "ask", slow_ask)
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    await dpytest.message(f"!claim {QUESTION}", member=alice)
    task.cancel()
    assert len(sent()) == 1
    assert ticks >= 10

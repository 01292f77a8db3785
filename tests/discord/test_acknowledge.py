"""Issue 12: every member gets an answer in time, whatever the load.

On a 10,000-claim base, a moderator adds a claim (which re-checks 300 queued questions
for follow-ups) while 300 members' questions arrive at once. The re-check runs on the
background thread, so no question waits for it: every question is answered while the
re-check is still going or right after its own turn on the worker. The time each
question took to be answered is printed (a figure, not an assertion: README, "Run it in
Discord")."""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import discord.ext.test as dpytest
import pytest
from discord_helpers import core_settings, find_suggest_question, live_views, mock_interaction, press, sent

from bot import claimreview
from bot.discord.client import ClaimContext
from bot.service import ClaimService
from tests.conftest import review_line

BASE = 10_000
QUEUED = 300
BURST = 300
WORDS = (
    "minister council budget election port grain tariff vaccine bridge treaty strike court "
    "senate governor pipeline drought border refinery subsidy census airline rail wage tax "
    "mayor harbour festival museum stadium reactor satellite railway ferry orchard"
).split()
PLACES = "Norway Chile Kenya Peru Vietnam Ghana Iceland Nepal Uruguay Bolivia Oman Laos".split()


def _reviews(n: int) -> str:
    rng = random.Random(12)
    lines = []
    for i in range(n):
        words = " ".join(rng.sample(WORDS, 6))
        place = rng.choice(PLACES)
        lines.append(review_line(i, f"{place} {words} number {i} in {1990 + i % 35}.", folder="ack/"))
    return "\n".join(lines)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ClaimService]:
    """The bundled base plus 10,000 reviews."""
    svc = ClaimService.open(core_settings(), db=tmp_path / "big.db")
    reviews = tmp_path / "reviews.jsonl"
    reviews.write_text(_reviews(BASE), encoding="utf-8")
    svc.import_reviews(claimreview.parse(reviews), actor="test")
    yield svc
    svc.close()


@pytest.mark.parametrize("settings", [{"ask_rate": 10_000}], indirect=True)
async def test_a_burst_during_a_moderator_add_on_10k_claims_never_waits_for_the_recheck(
    bot, service, config, mod, monkeypatch
):
    assert service.store.claim_count() >= BASE
    guild, channel = config.guilds[0], config.channels[0]
    for i in range(QUEUED):  # questions no claim answers yet, from this server's members
        service.ask(
            f"is the zebra parliament of atlantis banning kites number {i}",
            interface="discord",
            user_id=config.members[i % 2].id,
            guild_id=guild.id,
            channel_id=channel.id,
            message_id=10_000 + i,
        )
    threads: dict[str, set[str]] = {"recheck": set(), "ask": set()}
    recheck = {"started": 0.0, "ended": 0.0}
    real_queued, real_ask = service.answer_queued, service.ask

    def answer_queued(*args, **kwargs):
        threads["recheck"].add(threading.current_thread().name)
        recheck["started"] = time.perf_counter()
        try:
            return real_queued(*args, **kwargs)
        finally:
            recheck["ended"] = time.perf_counter()

    def ask(*args, **kwargs):
        if kwargs.get("log", True):  # a member's question, not a re-check
            threads["ask"].add(threading.current_thread().name)
        return real_ask(*args, **kwargs)

    monkeypatch.setattr(service, "answer_queued", answer_queued)
    monkeypatch.setattr(service, "ask", ask)
    answered: dict[str, float] = {}
    real_reply = ClaimContext.reply

    async def reply(ctx, *args, **kwargs):
        if ctx.command is not None and ctx.command.name == "claim":
            answered[ctx.message.content.rsplit("#", 1)[1]] = time.perf_counter()
        return await real_reply(ctx, *args, **kwargs)

    monkeypatch.setattr(ClaimContext, "reply", reply)
    members = config.members[:2]
    add = (
        "!claims add statement: The zebra parliament of Atlantis is banning kites. status: unverified "
        "claimant: A chain message quote: The zebra parliament of Atlantis is banning kites. "
        "source: A chain message"
    )
    sent_at: dict[str, float] = {}

    async def ask_one(i: int) -> None:
        sent_at[str(i)] = time.perf_counter()
        await dpytest.message(f"!claim will turkey return the s400 to russia #{i}", member=members[i % 2])

    started = time.perf_counter()
    await asyncio.gather(dpytest.message(add, member=mod), *(ask_one(i) for i in range(BURST)))
    for _ in range(600):  # the follow-ups go out after the re-check, in the background
        if recheck["ended"]:
            break
        await asyncio.sleep(0.05)
    await dpytest.run_all_events()
    total = time.perf_counter() - started

    assert len(answered) == BURST  # every member answered
    assert threads["recheck"] and all(name.startswith("claimbot-background") for name in threads["recheck"])
    assert threads["ask"] and all(name.startswith("claimbot-db") for name in threads["ask"])
    assert recheck["ended"] > recheck["started"] > 0
    waits = sorted(answered[k] - sent_at[k] for k in answered)
    followups = [m for m in sent() if "zebra" in (m.content + "".join(str(e.to_dict()) for e in m.embeds)).lower()]
    assert followups  # the queued askers were told, too
    print(
        f"\ntime to answer {BURST} questions sent at once during a moderator's add (re-checking "
        f"{QUEUED} queued questions) on {service.store.claim_count():,} claims: median "
        f"{statistics.median(waits):.2f} s, p95 {waits[int(0.95 * (len(waits) - 1))]:.2f} s, "
        f"max {waits[-1]:.2f} s; re-check {recheck['ended'] - recheck['started']:.2f} s; all done in {total:.1f} s"
    )


@pytest.mark.parametrize("settings", [{"ask_rate": 10_000}], indirect=True)
async def test_buttons_and_autocomplete_answer_at_once_while_a_burst_waits_on_the_worker(
    bot, service, config, alice, mod, monkeypatch
):
    """A "did you mean" choice and claim-id autocomplete do not queue behind 300 questions."""
    question = find_suggest_question(service)
    await dpytest.message(f"!claim {question}", member=alice)
    (suggestion,) = sent()
    threads: set[str] = set()
    real_choose = service.choose

    def choose(*args, **kwargs):
        threads.add(threading.current_thread().name)
        return real_choose(*args, **kwargs)

    monkeypatch.setattr(service, "choose", choose)
    members = config.members[:2]
    burst = asyncio.gather(
        *(dpytest.message(f"!claim will turkey return the s400 #{i}", member=members[i % 2]) for i in range(BURST))
    )
    await asyncio.sleep(0)  # the questions are on their way to the worker
    started = time.perf_counter()
    label = next(c.label for c in live_views(bot)[0].children if c.label and c.label[0].isdigit())
    interaction = await press(bot, suggestion, label, alice)
    pressed = time.perf_counter() - started
    started = time.perf_counter()
    autocomplete = mock_interaction(mod)
    autocomplete.guild_id = config.guilds[0].id
    choices = await bot.get_cog("Curate").claim_id_autocomplete(autocomplete, "turkey-return")
    completed = time.perf_counter() - started
    await burst
    assert interaction.response.edit_message.await_count == 1  # the choice was answered
    assert threads and all(name.startswith("claimbot-quick") for name in threads)
    assert any(c.value == "turkey-return-s400-to-russia" for c in choices)
    assert len([m for m in sent() if m.embeds]) == BURST
    print(
        f"\nwith {BURST} questions on the worker ({service.store.claim_count():,} claims): a did-you-mean "
        f"choice answered in {pressed:.2f} s, autocomplete in {completed:.2f} s"
    )


async def test_what_a_member_waits_on_runs_on_the_quick_thread(bot, service, alice, mod, monkeypatch):
    """`claims show`, `claims history` and `claim-followups` (5-7 s late under load before)
    read on the quick thread, not behind the questions on the worker."""
    seen: dict[str, str] = {}

    def spy(name, real):
        def call(*args, **kwargs):
            seen[name] = threading.current_thread().name
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(service, "get_claim", spy("show", service.get_claim))
    monkeypatch.setattr(service, "history", spy("history", service.history))
    module = sys.modules[type(bot.get_cog("Followups")).__module__]
    monkeypatch.setattr(module.followup, "is_opted_out", spy("followups", module.followup.is_opted_out))
    await dpytest.message("!claims show turkey-return-s400-to-russia", member=mod)
    await dpytest.message("!claims history turkey-return-s400-to-russia", member=mod)
    await dpytest.message("!claim-followups", member=alice)
    assert len(sent()) >= 3
    assert set(seen) == {"show", "history", "followups"}
    assert all(name.startswith("claimbot-quick") for name in seen.values()), seen

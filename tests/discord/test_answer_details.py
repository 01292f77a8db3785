"""Members see plain words; ids, scores and the technical why are behind "Details", for moderators.

Issue 9, point 4. Questions go through the real command pipeline (dpytest); the
"Details" clicks go through discord.py's view store with a mocked interaction.
"""

from __future__ import annotations

import re

import pytest
from discord_helpers import (
    CLAIM_ID,
    NO_MATCH,
    QUESTION,
    embed_text,
    ephemeral_reply,
    find_suggest_question,
    live_views,
    mock_interaction,
    only,
    press,
    say,
    sent,
)

from bot.discord.views import DETAILS_REFUSAL, DETAILS_TIMEOUT, AnswerDetails, DidYouMean

HOW_MANY = "how many S-400 batteries does turkey have"
TECHNICAL = re.compile(r"score|confidence|matched terms|terms:|threshold|needs \d+", re.IGNORECASE)


def assert_plain(embed, answer) -> None:
    """No claim or candidate id, no score, no confidence, none of the technical why."""
    text = embed_text(embed)
    ids = {c.id for c in answer.candidates} | ({answer.claim.id} if answer.claim else set())
    ids |= {r.id for r in answer.claim.related} if answer.claim else set()
    assert not [i for i in ids if i in text], text
    assert not TECHNICAL.search(text), text
    assert answer.why not in text


async def ask(service, member, question):
    """Ask through the pipeline; return (the answer message, the core's answer to compare)."""
    assert await say(f"!claim {question}", member) is None
    return only(sent()), service.ask(question, log=False).answer


async def test_a_match_shows_plain_words_and_no_id(bot, service, alice):
    message, answer = await ask(service, alice, QUESTION)
    embed = message.embeds[0]
    assert answer.outcome == "match" and answer.claim.id == CLAIM_ID
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Why this claim"] == answer.why_plain
    assert fields["Why this claim"].startswith("It matches your words")
    assert "turkey-return-s400-to-russia" not in embed_text(embed)
    assert_plain(embed, answer)
    # The related claims and the evidence moved behind buttons: plain words there too, no ids.
    for label in ("Related", "Show evidence"):
        _, shown = ephemeral_reply(await press(bot, message, label, alice))
        assert not [r.id for r in answer.claim.related if r.id in embed_text(shown)]
        assert not TECHNICAL.search(embed_text(shown)) and answer.why not in embed_text(shown)


async def test_a_how_many_question_is_told_why_in_its_own_words(bot, service, alice):
    message, answer = await ask(service, alice, HOW_MANY)
    embed = message.embeds[0]
    assert answer.outcome == "suggest"  # the claim gives no number: only suggested
    assert embed.title == "Did you mean…"
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Why not a match"] == "You asked how many, and the closest checked claim gives no number."
    assert "battery" not in embed_text(embed)  # a stem of "batteries"
    assert_plain(embed, answer)
    # The choices are the statements only.
    assert all(re.fullmatch(r"\*\*\d\.\*\* [^`]+", line) for line in embed.description.split("\n\n")[1].split("\n"))


async def test_no_match_shows_plain_words_not_stems(bot, service, alice):
    message, answer = await ask(service, alice, NO_MATCH)
    embed = message.embeds[0]
    assert "bak," in answer.why  # the technical why has the stems...
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Why"] == answer.why_plain == "No checked claim uses any of your words."
    assert "bak," not in embed_text(embed)  # ...members don't see them
    assert_plain(embed, answer)


@pytest.mark.parametrize(
    ("question", "labels"), [(QUESTION, ["Show evidence", "Related", "Details"]), (NO_MATCH, ["Details"])]
)
async def test_match_and_no_match_answers_carry_a_details_button(bot, service, alice, question, labels):
    message, _ = await ask(service, alice, question)
    (view,) = live_views(bot)
    assert isinstance(view, AnswerDetails) and view.message is not None and view.message.id == message.id
    assert [c.label for c in view.children] == labels
    assert view.timeout == DETAILS_TIMEOUT
    await view.on_timeout()
    assert all(c.disabled for c in view.children)


async def test_details_gives_a_moderator_the_id_and_scores(bot, service, alice, mod):
    message, answer = await ask(service, alice, QUESTION)
    interaction = await press(bot, message, "Details", mod)
    text, embed = ephemeral_reply(interaction)
    assert text is None and embed is not None
    shown = embed_text(embed)
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Claim id"] == f"`{CLAIM_ID}`"
    assert fields["Confidence"] == f"{answer.confidence:.0f}" and fields["Score"] == f"{answer.score:.1f}"
    assert fields["Why (technical)"] == answer.why and "confidence" in answer.why
    for c in answer.candidates:
        assert f"`{c.id}` — score {c.score:.1f}" in fields["Candidates"]
    assert all(r.id in shown for r in answer.claim.related[:5])
    interaction.response.edit_message.assert_not_awaited()  # the member's answer is left alone


async def test_details_also_opens_for_manage_server(bot, service, alice, admin):
    message, _ = await ask(service, alice, NO_MATCH)
    _, embed = ephemeral_reply(await press(bot, message, "Details", admin))
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Outcome"] == "none" and "bak" in fields["Why (technical)"]


async def test_details_are_refused_to_members_even_the_asker(bot, service, alice, bob):
    message, _ = await ask(service, alice, QUESTION)
    for member in (alice, bob):
        text, embed = ephemeral_reply(await press(bot, message, "Details", member))
        assert text == DETAILS_REFUSAL == "Details are for moderators." and embed is None


async def test_did_you_mean_details_are_for_moderators_though_its_choices_are_the_askers(bot, service, alice, bob, mod):
    message, answer = await ask(service, alice, find_suggest_question(service))
    (view,) = live_views(bot)
    assert isinstance(view, DidYouMean)
    assert [c.label for c in view.children][-2:] == ["None of these", "Details"]
    assert view.timeout == 120  # one timeout for the whole view, as before

    # A moderator (not the asker) may open the details, but may not choose.
    _, embed = ephemeral_reply(await press(bot, message, "Details", mod))
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Outcome"] == "suggest"
    for c in answer.candidates:
        assert f"`{c.id}` — score {c.score:.1f}" in fields["Candidates"]
    assert "offered" in fields["Candidates"]
    text, _ = ephemeral_reply(await press(bot, message, "None of these", mod))
    assert text == "Only the person who asked can use these buttons."

    # Another member gets neither; the asker can't open the details either.
    text, _ = ephemeral_reply(await press(bot, message, "Details", bob))
    assert text == DETAILS_REFUSAL
    text, _ = ephemeral_reply(await press(bot, message, "None of these", bob))
    assert text == "Only the person who asked can use these buttons."
    text, _ = ephemeral_reply(await press(bot, message, "Details", alice))
    assert text == DETAILS_REFUSAL
    assert not view.is_finished()

    # The asker still chooses; afterwards the moderators' details name the choice.
    pick = await press(bot, message, view.children[0].label, alice)
    after = pick.response.edit_message.await_args.kwargs["view"]
    assert view.is_finished() and isinstance(after, AnswerDetails)
    chosen = view.chosen
    shown = mock_interaction(mod)
    await after.details.callback(shown)
    _, embed = ephemeral_reply(shown)
    assert {f.name: f.value for f in embed.fields}["Chosen by the asker"] == f"`{chosen}`"
    assert chosen not in embed_text(pick.response.edit_message.await_args.kwargs["embed"])


async def test_no_details_button_in_a_dm(bot, service, alice):
    """Nobody is a moderator in a DM, so the button would only ever refuse."""
    dm = await alice.create_dm()
    await say(f"!claim {QUESTION}", alice, channel=dm)
    message = only(sent())
    (view,) = live_views(bot)  # the evidence and related claims are for anyone, in a DM too
    assert message.embeds and [c.label for c in view.children] == ["Show evidence", "Related"]
    view.stop()
    await say(f"!claim {find_suggest_question(service)}", alice, channel=dm)
    sent()
    (view,) = live_views(bot)
    assert "Details" not in [c.label for c in view.children]

"""A compact answer (issue "The Discord experience", point 2): the member's match embed is
short; the evidence and the related claims are behind "Show evidence" and "Related",
which anyone may press. Nothing is cut silently."""

from __future__ import annotations

import discord
from discord_helpers import CLAIM_ID, QUESTION, embed_text, ephemeral_reply, live_views, only, press, say, sent

from bot.discord import embeds
from bot.discord.views import DETAILS_TIMEOUT, AnswerDetails
from bot.models import ClaimOut, EvidenceOut, RelatedOut, SourceOut

OLD_SIZE = 2600  # characters of the tall answer this replaced (about ten fields)


def within_limits(embed: discord.Embed) -> bool:
    return (
        len(embed.title or "") <= embeds.TITLE
        and len(embed.description or "") <= embeds.DESCRIPTION
        and len(embed.fields) <= embeds.FIELDS
        and all(len(f.name) <= embeds.FIELD_NAME and len(f.value) <= embeds.FIELD_VALUE for f in embed.fields)
        and len(embed.footer.text or "") <= embeds.FOOTER
        and len(embed) <= embeds.TOTAL
    )


async def ask(alice) -> discord.Message:
    assert await say(f"!claim {QUESTION}", alice) is None
    return only(sent())


async def test_the_match_embed_is_compact(bot, service, alice):
    embed = (await ask(alice)).embeds[0]
    answer = service.ask(QUESTION, log=False).answer
    assert len(embed) < 1200 < OLD_SIZE and len(embed.fields) <= 4
    assert embed.title == embeds.clean(answer.claim.text, embeds.TITLE)
    assert "**Status: UNVERIFIED**" in embed.description
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Source"].startswith("As reported by") and fields["Source"].endswith("(undated)")
    assert fields["Why this claim"] == answer.why_plain
    assert embeds.BUTTONS_HINT in embed.description  # says where the evidence went
    assert not any(f.name.startswith("Evidence") or f.name == "Related claims" for f in embed.fields)


async def test_show_evidence_shows_every_quote_ephemerally_to_anyone(bot, service, alice, bob):
    message = await ask(alice)
    claim = service.get_claim(CLAIM_ID)
    assert claim.evidence
    interaction = await press(bot, message, "Show evidence", bob)  # not the asker
    text, embed = ephemeral_reply(interaction)
    assert text is None and within_limits(embed)
    shown = embed_text(embed)
    for ev in claim.evidence:
        assert embeds.clean(" ".join(ev.quote.split())) in shown
        assert embeds.clean(ev.speaker) in shown
        assert embeds.STANCE_LABELS.get(ev.stance, ev.stance) in shown
    assert len([f for f in embed.fields if f.name.startswith("Evidence ")]) == len(claim.evidence)
    assert "More evidence" not in shown
    interaction.response.edit_message.assert_not_awaited()  # the answer itself is left alone


async def test_related_lists_the_related_claims_to_anyone(bot, service, alice, bob):
    message = await ask(alice)
    claim = service.get_claim(CLAIM_ID)
    related = service.ask(QUESTION, log=False).answer.claim.related
    assert len(related) == len(claim.related) > 5  # more than the old field's five: all are listed
    text, embed = ephemeral_reply(await press(bot, message, "Related", bob))
    assert text is None and within_limits(embed)
    for r in related:
        assert f"• {embeds.clean(r.text, embeds.RELATED_TEXT)} — {embeds.status_label(r.status)}" in embed.description
        assert r.id not in embed_text(embed)  # members get no ids


async def test_the_answer_buttons_time_out_like_the_other_views(bot, service, alice):
    message = await ask(alice)
    (view,) = live_views(bot)
    assert isinstance(view, AnswerDetails) and view.timeout == DETAILS_TIMEOUT
    assert view.message is not None and view.message.id == message.id
    await view.on_timeout()
    assert [c.label for c in view.children] == ["Show evidence", "Related", "Details"]
    assert all(c.disabled for c in view.children)


def big_claim(n_evidence: int = 40, n_related: int = 40) -> ClaimOut:
    long = "word " * 300
    return ClaimOut(
        id="big-claim",
        text="A claim " * 60,
        status="false",
        stance="denied by X",
        claimant=["Y"],
        evidence=[],
        sources=[SourceOut(outlet=f"Outlet {i} " * 20, title=long, url="https://example.org") for i in range(8)],
        rationale=long * 2,
        status_note=long,
        evidence_detail=[
            EvidenceOut(quote=long, speaker=f"Speaker {i}", stance="refutes", source=None) for i in range(n_evidence)
        ],
        related=[RelatedOut(id=f"r{i}", text=f"Related {i} " + long, status="true") for i in range(n_related)],
    )


def test_cut_text_says_where_the_rest_is():
    claim = big_claim()
    compact = embeds.compact_claim_embed(claim, why="It matches your words.", question="q")
    assert within_limits(compact) and len(compact) < 1500 and len(compact.fields) <= 4
    assert embeds.SEE_EVIDENCE in compact.description  # the rationale was cut, and says so
    assert "7 more sources (under *Show evidence*)" in {f.name: f.value for f in compact.fields}["Source"]

    evidence = embeds.evidence_embed(claim)
    assert within_limits(evidence)
    quotes = [f for f in evidence.fields if f.name.startswith("Evidence ")]
    more = {f.name: f.value for f in evidence.fields}["More evidence"]
    assert 0 < len(quotes) < 40
    assert more == (
        f"{40 - len(quotes)} more quotes did not fit here; `!claims show big-claim` (moderators) has them all."
    )
    assert "Sources" in [f.name for f in evidence.fields]

    related = embeds.related_embed(claim)
    assert within_limits(related)
    listed = related.description.count("• ")
    assert 0 < listed < 40 and f"{40 - listed} more related claims did not fit here." in related.description


def test_a_claim_with_no_evidence_says_so():
    claim = big_claim(0, 0)
    assert "No evidence quotes are on record" in embeds.evidence_embed(claim).description

"""Embed rendering and Discord's limits (pure functions, no bot)."""

from __future__ import annotations

import json

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord import embeds
from bot.models import AnswerOut, CandidateOut, ClaimOut, EvidenceOut, RelatedOut, SourceOut


def within_limits(embed: discord.Embed) -> bool:
    return (
        len(embed.title or "") <= 256
        and len(embed.description or "") <= 4096
        and len(embed.fields) <= 25
        and all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)
        and len(embed.footer.text or "") <= 2048
        and len(embed.author.name or "") <= 256
        and len(embed) <= 6000
    )


def test_truncate():
    assert embeds.truncate("short", 10) == "short"
    assert embeds.truncate("x" * 10, 10) == "x" * 10
    assert embeds.truncate("x" * 11, 10) == "x" * 9 + "…"
    assert embeds.truncate("word    word", 8) == "word…"  # no space before the ellipsis
    assert len(embeds.truncate("y" * 5000, 1024)) == 1024
    assert embeds.truncate("abc", 1) == "…"
    assert embeds.truncate("abc", 0) == ""
    assert embeds.truncate(None, 5) == ""


def test_fit_cuts_every_part_to_its_limit():
    embed = discord.Embed(title="T" * 1000, description="D" * 10000)
    embed.set_footer(text="F" * 3000)
    embed.set_author(name="A" * 400)
    for _ in range(40):
        embed.add_field(name="N" * 300, value="V" * 2000)
    embeds.fit(embed)
    assert within_limits(embed)
    assert embed.title.endswith("…") and embed.description.endswith("…")
    assert embed.fields[-1].value.endswith("more not shown")


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(max_size=400),
    description=st.text(max_size=5000),
    fields=st.lists(st.tuples(st.text(max_size=300), st.text(max_size=1500)), max_size=30),
    footer=st.text(max_size=2500),
)
def test_fit_always_respects_the_limits(title, description, fields, footer):
    embed = discord.Embed(title=title, description=description)
    embed.set_footer(text=footer)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    assert within_limits(embeds.fit(embed))


def huge_claim() -> ClaimOut:
    long = "word " * 600
    return ClaimOut(
        id="huge",
        text=long,
        status="mostly-false",
        stance="asserted by " + long + "; denied by " + long,
        claimant=["someone " * 300],
        evidence=[long] * 12,
        sources=[SourceOut(outlet=long, title=long, url="https://example.org")] * 10,
        rationale=long * 3,
        status_note=long,
        rating=long,
        evidence_detail=[EvidenceOut(quote=long, speaker=long, stance="refutes", source=long)] * 12,
        related=[RelatedOut(id=f"r{i}", text=long, status="true") for i in range(12)],
    )


def test_answer_embed_of_a_huge_claim_stays_within_limits():
    answer = AnswerOut(
        query="q" * 3000, matched=True, outcome="match", score=99, claim=huge_claim(), candidates=[], why="why " * 500
    )
    embed = embeds.answer_embed(answer)
    assert within_limits(embed)
    assert embed.colour.value == embeds.STATUS_COLOURS["mostly-false"]


def test_suggest_and_no_match_embeds():
    candidates = [CandidateOut(id=f"c{i}", text=f"Claim **{i}**", score=50 - i) for i in range(6)]
    suggest = embeds.answer_embed(
        AnswerOut(
            query="q",
            matched=False,
            outcome="suggest",
            score=50,
            claim=None,
            candidates=candidates,
            why="matched terms: claim; confidence 50; below",
            why_plain="The closest checked claims are near your question.",
            suggestions=["c0", "c1", "c2", "c3", "c4"],
        )
    )
    assert suggest.title == "Did you mean…" and "Claim \\*\\*0\\*\\*" in suggest.description
    assert "Claim \\*\\*3\\*\\*" in suggest.description  # four buttons, four lines
    assert "Claim \\*\\*4\\*\\*" not in suggest.description
    assert "Claim \\*\\*5\\*\\*" not in suggest.description  # not among the core's suggestions
    assert "`c" not in suggest.description and "score" not in suggest.description  # no ids, no scores
    why = {f.name: f.value for f in suggest.fields}["Why not a match"]
    assert why == "The closest checked claims are near your question."
    none = embeds.answer_embed(
        AnswerOut(
            query="q",
            matched=False,
            outcome="none",
            score=0,
            claim=None,
            candidates=[],
            why="no claim shares a term with the question (terms: bak)",
            why_plain="No checked claim uses any of your words.",
        )
    )
    assert none.title.startswith("No checked claim") and none.colour.value == embeds.NO_MATCH_COLOUR
    assert {f.name: f.value for f in none.fields}["Why"] == "No checked claim uses any of your words."
    assert "bak" not in embed_text(none)


def embed_text(embed: discord.Embed) -> str:
    return json.dumps(embed.to_dict(), ensure_ascii=False)


def small_claim() -> ClaimOut:
    return ClaimOut(
        id="the-claim",
        text="A claim.",
        status="false",
        stance="denied by X",
        claimant=["Y"],
        evidence=[],
        sources=[],
        related=[RelatedOut(id="other-claim", text="Another claim.", status="true")],
    )


def test_a_members_claim_embed_has_no_ids_and_curations_keep_them():
    answer = AnswerOut(
        query="is it so",
        matched=True,
        outcome="match",
        score=97.5,
        claim=small_claim(),
        candidates=[CandidateOut(id="the-claim", text="A claim.", score=97.5)],
        why="matched terms: so; confidence 90; a match needs 50",
        why_plain="It matches your words “so”.",
        confidence=90,
    )
    member = embeds.answer_embed(answer)
    text = embed_text(member)
    assert "the-claim" not in text and "other-claim" not in text and "confidence" not in text
    assert {f.name: f.value for f in member.fields}["Why this claim"] == "It matches your words “so”."
    assert member.footer.text == "You asked: is it so"
    moderator = embeds.claim_embed(answer.claim, details=True)
    assert moderator.footer.text == "Claim id: the-claim"
    assert "(`other-claim`)" in {f.name: f.value for f in moderator.fields}["Related claims"]
    # An answer without a plain why shows no why at all (never the technical one).
    bare = embeds.answer_embed(answer.model_copy(update={"why_plain": ""}))
    assert "Why this claim" not in [f.name for f in bare.fields] and "confidence" not in embed_text(bare)

    details = {f.name: f.value for f in embeds.details_embed(answer).fields}
    assert details["Claim id"] == "`the-claim`" and details["Confidence"] == "90" and details["Score"] == "97.5"
    assert details["Why (technical)"] == answer.why and details["Candidates"] == "`the-claim` — score 97.5"
    assert details["Related claim ids"] == "`other-claim`"


def test_details_of_a_huge_answer_stay_within_limits():
    candidates = [CandidateOut(id="x" * 200 + str(i), text="t", score=i) for i in range(40)]
    answer = AnswerOut(
        query="q" * 3000,
        matched=True,
        outcome="match",
        score=99,
        claim=huge_claim(),
        candidates=candidates,
        why="why " * 500,
        why_plain="plain " * 500,
    )
    assert within_limits(embeds.details_embed(answer, chosen="c" * 3000))


def test_clean_escapes_markdown_and_mentions():
    text = embeds.clean("**bold** @everyone <@123> _x_ `code`")
    assert "\\*\\*bold\\*\\*" in text and "@\u200beveryone" in text and "\\_x\\_" in text
    assert embeds.clean("a" * 50, 10) == "a" * 9 + "…"


def test_status_colours_run_green_to_red():
    colours = embeds.STATUS_COLOURS
    assert colours["true"] != colours["false"] and colours["unverified"] == 0x9E9E9E
    assert embeds.status_colour("no-such-status") == colours["unverified"]


def test_paginate_lines():
    pages = embeds.paginate_lines([f"line {i}" for i in range(25)], title="T", per_page=10)
    assert [p.footer.text for p in pages] == ["Page 1/3", "Page 2/3", "Page 3/3"]
    assert embeds.paginate_lines([], title="T", empty="none")[0].description == "none"
    big = embeds.paginate_lines(["x" * 1500] * 10, title="T", per_page=10)
    assert all(within_limits(p) for p in big) and len(big) > 1


def test_no_match_promises_only_the_follow_up_that_is_configured():
    answer = AnswerOut(query="q", matched=False, outcome="none", score=0, claim=None, candidates=[], why="x")
    assert "told here" in embeds.answer_embed(answer, "reply").description
    assert "direct message" in embeds.answer_embed(answer, "dm").description
    off = embeds.answer_embed(answer, "off").description
    assert "told" not in off and "passed to the moderators" in off


def test_every_masked_link_on_a_line_is_escaped():
    import re

    from bot.discord.embeds import clean

    text = "see [one](https://a.example) and [two](https://b.example), also a\\[three](https://c.example)\n[four](http://d)"
    safe = clean(text)
    # No "[" is left unescaped: each is preceded by an odd number of backslashes.
    for match in re.finditer(r"(\\*)\[", safe):
        assert len(match.group(1)) % 2 == 1, (safe, match.start())
    assert safe.count("\\[") == 4

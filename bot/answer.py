"""Answers: one structure, rendered as data (JSON) or as plain text.

The Discord embed is built from the same ``AnswerOut`` in the Discord layer;
nothing here knows about Discord.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from .claim import Claim, Source
from .match import MatchResult
from .models import AnswerOut, CandidateOut, ClaimOut, EvidenceOut, RelatedOut, SourceOut
from .status import DESCRIPTIONS, derive_stance

NO_MATCH = "No checked claim matches this question."
MAX_SUGGESTIONS = 3


def claim_out(claim: Claim, sources: Mapping[str, Source], related: list[Claim] | None = None) -> ClaimOut:
    """A stored claim as the answer's ``claim`` object; ``sources`` holds its sources."""
    found: list[SourceOut] = []
    seen: set[tuple] = set()
    for sid in claim.source_ids():
        src = sources.get(sid)
        if src is None:
            continue
        key = (src.outlet or None, src.title or None, src.url or None)
        if key not in seen and any(key):
            seen.add(key)
            found.append(SourceOut(outlet=key[0], title=key[1], url=key[2], date=src.date or None))
    return ClaimOut(
        id=claim.id,
        text=claim.statement,
        status=claim.status,
        verdict=verdict(claim.status, claim.claimant),
        stance=derive_stance([(ev.stance, ev.speaker) for ev in claim.evidence]),
        claimant=claim.claimant,
        evidence=[ev.quote for ev in claim.evidence],
        sources=found,
        rationale=claim.rationale,
        status_note=claim.status_note,
        rating=claim.rating,
        evidence_detail=[
            EvidenceOut(
                quote=ev.quote,
                speaker=ev.speaker,
                stance=ev.stance,
                source=_source_label(sources.get(ev.source) if ev.source else None, ev.source),
            )
            for ev in claim.evidence
        ],
        related=[RelatedOut(id=r.id, text=r.statement, status=r.status) for r in related or []],
    )


def verdict(status: str, claimant: list[str]) -> str:
    """The status in words. An attributed claim is said to be somebody's, never true;
    an opinion is not rated."""
    who = ", ".join(claimant) or "its source"
    if status == "attributed":
        return f"ATTRIBUTED — according to {who}"
    if status == "opinion":
        return f"OPINION — analysis by {who}"
    return status.upper()


def source_line(source: SourceOut) -> str:
    """ "As reported by" a source, with its date, or "(undated)": an undated report cannot
    say what is true now."""
    bits = [b for b in (source.outlet, f"“{source.title}”" if source.title else None, source.url) if b]
    return f"as reported by {', '.join(bits)} ({source.date or 'undated'})"


def _source_label(source: Source | None, source_id: str | None) -> str | None:
    return (source.title if source is not None and source.title else None) or source_id


def build(
    query: str,
    result: MatchResult | None,
    listed: Mapping[str, tuple[str, str | None]],
    claim: ClaimOut | None = None,
    error: str | None = None,
) -> AnswerOut:
    """The answer to one question. ``listed`` holds each stored candidate's statement
    and first source URL (``ClaimStore.listed``); ``claim`` is the matched claim as
    shown (``claim_out``), when the outcome is a match."""
    if error is not None or result is None:
        return AnswerOut(
            query=query,
            matched=False,
            outcome="error",
            score=0.0,
            claim=None,
            candidates=[],
            why=error or "",
            why_plain=error or "",
            error=error,
        )
    candidates = []
    for c in result.candidates:
        stored = listed.get(c.claim_id)
        if stored is None:
            continue
        text, url = stored
        candidates.append(CandidateOut(id=c.claim_id, text=text, score=c.score, url=url))
    best = result.best
    if result.outcome != "match" or best is None:
        claim = None
    suggestions = []
    if result.outcome == "suggest":
        floor = result.tuning.suggest_at
        worth = {c.claim_id for c in result.candidates if c.confidence >= floor}
        ids = [c.id for c in candidates if c.id in worth]
        if best is not None and best.claim_id in ids:  # the one the decision was about comes first
            ids.remove(best.claim_id)
            ids.insert(0, best.claim_id)
        suggestions = ids[:MAX_SUGGESTIONS]
    return AnswerOut(
        query=query,
        suggestions=suggestions,
        confidence=best.confidence if best else 0.0,
        matched=claim is not None,
        outcome=result.outcome,
        score=best.score if best else 0.0,
        claim=claim,
        candidates=candidates,
        why=result.why(),
        why_plain=result.plain(),
    )


def _wrap(text: str, first: str = "  ", rest: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()), width=78, initial_indent=first, subsequent_indent=first if rest is None else rest
    )


def render_text(answer: AnswerOut) -> str:
    """The plain-text answer (the CLI's output)."""
    if answer.outcome == "error":
        return f"error: {answer.error}"
    lines: list[str] = []
    claim = answer.claim
    if claim is not None:
        lines.append(f"Claim: {claim.text}")
        lines.append(f"Status: {claim.verdict or claim.status.upper()} ({DESCRIPTIONS.get(claim.status, '')})")
        if claim.rationale:
            lines.append(_wrap(claim.rationale))
        if claim.status_note:
            lines.append(_wrap(f"Moderator note: {claim.status_note}"))
        if claim.rating:
            lines.append(f"  Original rating: {claim.rating}")
        lines.append(f"Stance of the sources: {claim.stance}")
        lines.append(f"Claimed by: {', '.join(claim.claimant)}")
        if claim.evidence_detail:
            lines.append("Evidence:")
        for ev in claim.evidence_detail:
            lines.append(_wrap(f"“{ev.quote}”", "  - ", "    "))
            lines.append(f"      — {ev.speaker or 'unattributed'} [{ev.stance}]")
        lines.append("Source:")
        for s in claim.sources:
            lines.append("  " + source_line(s)[0].upper() + source_line(s)[1:])
        if claim.related:
            lines.append("Related claims:")
            for r in claim.related:
                lines.append(f"  - {r.text} [{r.status}] ({r.id})")
        lines.append(f"Why: {answer.why}")
        lines.append(f"Claim id: {claim.id}")
        return "\n".join(lines)
    if answer.outcome == "suggest" and answer.suggestions:
        lines.append("No confident match. Did you mean:")
        by_id = {c.id: c for c in answer.candidates}
        offered = [by_id[i] for i in answer.suggestions if i in by_id]
        for i, c in enumerate(offered, 1):
            lines.append(f"  {i}. {c.text} ({c.id}, score {c.score:.0f})")
        lines.append(f"Why: {answer.why}")
        lines.append("Show one with: claimbot claims show ID")
        return "\n".join(lines)
    lines.append(NO_MATCH)
    lines.append("Nothing here has been checked for it; the question was logged for the moderators.")
    lines.append(f"Why: {answer.why}")
    return "\n".join(lines)

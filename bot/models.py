"""Pydantic models at the edges: knowledge and alias files in, answers out.

The claim itself (``Claim``, ``Evidence``, ``Source``) lives in ``bot.claim``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from .claim import Claim, Source, Stance, Status, Strict

__all__ = ["KnowledgeFile", "AliasEntry", "AliasFile", "AnswerOut", "ClaimOut", "Stance", "Status"]


class KnowledgeFile(Strict):
    """One file under knowledge/: one source document and the claims drawn from it.

    ``sources`` lists other sources the claims' evidence names (an exported
    folder carries them, so it imports into an empty database)."""

    source: Source
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim]

    @model_validator(mode="after")
    def _unique_ids(self) -> KnowledgeFile:
        seen: set[str] = set()
        for claim in self.claims:
            if claim.id in seen:
                raise ValueError(f"duplicate claim id {claim.id!r}")
            seen.add(claim.id)
        return self


class AliasEntry(Strict):
    """A canonical term, the words that mean it, and what kind of thing it names.

    Kinds ``country``, ``place``, ``weapon``, ``person``, ``org`` and ``event`` are
    entities: a question naming one that a claim does not mention is not answered
    with that claim. ``term`` is a plain synonym. ``implies`` names other canonical
    terms a claim about this one involves (the S-400 implies Russia).
    """

    canonical: str = Field(min_length=1)
    kind: Literal["country", "place", "weapon", "person", "org", "event", "currency", "project", "term"] = "term"
    aliases: list[str] = Field(default_factory=list)
    implies: list[str] = Field(default_factory=list)  # canonical terms a claim naming this involves
    # general words for what it is ("missile system" of the S-400): a question's such word
    # is answered by a claim that names it ("will the missile system go back to russia?")
    generic: list[str] = Field(default_factory=list)


class AliasFile(Strict):
    entries: list[AliasEntry]


# --- answers -----------------------------------------------------------------


class SourceOut(BaseModel):
    outlet: str | None
    title: str | None
    url: str | None
    date: str | None = None  # None: the source is undated, and the answer says so


class EvidenceOut(BaseModel):
    quote: str
    speaker: str
    stance: str
    source: str | None


class RelatedOut(BaseModel):
    id: str
    text: str
    status: str


class ClaimOut(BaseModel):
    id: str
    text: str
    status: str
    verdict: str = ""  # the status in words: "FALSE", "ATTRIBUTED — according to Bloomberg"
    stance: str  # the sources' stance in words: "asserted by X; denied by Y"
    claimant: list[str]
    evidence: list[str]
    sources: list[SourceOut]
    rationale: str | None = None
    status_note: str | None = None
    rating: str | None = None  # the original textual rating of an imported review
    evidence_detail: list[EvidenceOut] = []
    related: list[RelatedOut] = []


class CandidateOut(BaseModel):
    id: str
    text: str
    score: float
    url: str | None = None


class AnswerOut(BaseModel):
    """The JSON shape of one answer (``claimbot ask --json``)."""

    query: str
    matched: bool
    outcome: Literal["match", "suggest", "none", "error"]
    score: float
    claim: ClaimOut | None
    candidates: list[CandidateOut]
    why: str  # for moderators and logs: matched terms, confidence, thresholds
    why_plain: str = ""  # for members: the question's own words, no stems, ids or scores
    error: str | None = None
    suggestions: list[str] = []  # candidate ids worth offering as 'did you mean'
    confidence: float = 0.0  # the best candidate's absolute score, which the thresholds apply to

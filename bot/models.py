"""Pydantic models at the edges: claim files in, answers out.

Everything inside the engine passes plain dicts and tuples; these models
validate what comes from a file or a user and shape what goes back out.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _check_slug(v: str) -> str:
    if not SLUG.match(v):
        raise ValueError("must be a slug: lowercase letters, digits and single hyphens")
    return v


Slug = Annotated[str, Field(min_length=1, max_length=80), AfterValidator(_check_slug)]


class Status(str, Enum):
    """The verification status of a claim: one fixed vocabulary.

    The ClaimReview mapping lives in ``bot.status`` (``CLAIMREVIEW_RATINGS``).
    """

    TRUE = "true"
    MOSTLY_TRUE = "mostly-true"
    MIXED = "mixed"
    MISLEADING = "misleading"
    MOSTLY_FALSE = "mostly-false"
    FALSE = "false"
    UNVERIFIED = "unverified"


class Stance(str, Enum):
    """One evidence item's stance toward its claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SourceIn(Strict):
    """A source document: where the evidence comes from."""

    id: Slug
    title: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    language: str = Field(default="en", min_length=2, max_length=16)
    date: str | None = None
    url: str | None = None
    document: str | None = None  # file name under seeds/, when we hold the text


class EvidenceIn(Strict):
    quote: str = Field(min_length=1, max_length=2000)
    speaker: str = Field(min_length=1, max_length=200)
    stance: Stance
    source: str | None = None  # source id; defaults to the file's source


class ClaimIn(Strict):
    id: Slug
    statement: str = Field(min_length=1, max_length=500)
    claimant: list[str] = Field(min_length=1)
    status: Status
    rationale: str = Field(min_length=1, max_length=500)
    evidence: list[EvidenceIn] = Field(min_length=1)
    entities: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    phrasings: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    retired: bool = False

    @field_validator("claimant", "entities", "tags", "phrasings", "related")
    @classmethod
    def _no_blank_items(cls, v: list[str]) -> list[str]:
        items = [s.strip() for s in v]
        if any(not s for s in items):
            raise ValueError("items must not be empty")
        return items


class SourcedClaimIn(ClaimIn):
    """A claim with a source of its own (an imported fact-check review): the same
    rules, but it needs no evidence quote, since a review quotes no document."""

    evidence: list[EvidenceIn] = Field(default_factory=list)


class KnowledgeFile(Strict):
    """One file under knowledge/: one source document and the claims drawn from it."""

    source: SourceIn
    claims: list[ClaimIn]

    @model_validator(mode="after")
    def _unique_ids(self) -> "KnowledgeFile":
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
    kind: Literal["country", "place", "weapon", "person", "org", "event", "term"] = "term"
    aliases: list[str] = Field(default_factory=list)
    implies: list[str] = Field(default_factory=list)  # canonical terms a claim naming this involves


class AliasFile(Strict):
    entries: list[AliasEntry]


# --- answers -----------------------------------------------------------------


class SourceOut(BaseModel):
    outlet: str | None
    title: str | None
    url: str | None


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
    stance: str
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
    why: str
    error: str | None = None
    suggestions: list[str] = []  # candidate ids worth offering as 'did you mean'
    confidence: float = 0.0  # the best candidate's absolute score, which the thresholds apply to

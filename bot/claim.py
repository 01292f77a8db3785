"""The one claim type: from a knowledge file, through the store, to an answer.

A ``Claim`` is a statement someone made, its verification status, why, and the
evidence: each item an exact quote from a source document, who said it, and its
stance. The same model is read from knowledge files and ClaimReview imports,
written to and read from the store (``to_row`` / ``from_row``), exported back
to files (``to_file``) and shown in answers.

``Claim.problems()`` holds every rule a claim must meet beyond its field types
(the quote is verbatim in its document, the sources and related claims exist,
a claim drawn from a document quotes it); ``content_equals`` is the one "is
this claim unchanged?" check every import uses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from enum import Enum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG = 80
MAX_STATEMENT = 500
MAX_RATIONALE = 500
MAX_QUOTE = 2000
MAX_SPEAKER = 200

# A tag "gives:reason" (or time, number, place) says what a statement gives that its words
# do not show ("... perceived the purchase as a symbol of alignment with Russia" explains
# why the US objects): the index keeps it beside what ``normalize.gives`` finds.
GIVES_TAG = "gives:"
GIVES = ("reason", "time", "number", "place")

# A knowledge file with this source id holds claims that name no source (added by
# a moderator without one); its claims are stored with no source.
UNSOURCED = "unsourced"

_WS = re.compile(r"\s+")


def _check_slug(v: str) -> str:
    if not SLUG.match(v):
        raise ValueError("must be a slug: lowercase letters, digits and single hyphens")
    return v


Slug = Annotated[str, Field(min_length=1, max_length=MAX_SLUG), AfterValidator(_check_slug)]


class Status(str, Enum):
    """The verification status of a claim: one fixed vocabulary (see ``bot.status``)."""

    TRUE = "true"
    MOSTLY_TRUE = "mostly-true"
    MIXED = "mixed"
    MISLEADING = "misleading"
    MOSTLY_FALSE = "mostly-false"
    FALSE = "false"
    UNVERIFIED = "unverified"
    ATTRIBUTED = "attributed"
    OPINION = "opinion"


# Statuses that judge truth: a claim gets one only when evidence from someone other than
# its claimant establishes or contradicts it (see ``Claim.problems``).
TRUTH_STATUSES = frozenset({"true", "mostly-true", "mixed", "misleading", "mostly-false", "false"})


class Stance(str, Enum):
    """One evidence item's role toward its claim.

    ``asserts``: the claimant's own statement, reported: it makes the claim, it does not
    support it. ``supports`` / ``refutes``: someone else's words that establish or
    contradict it. ``neutral``: context that does neither."""

    ASSERTS = "asserts"
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


_REPORTING = re.compile(r",?\s+reporting\s+", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)")


def party(speaker: str) -> str:
    """Who a speaker label names: the reported party of "Outlet, reporting X" (X), and
    only the name before an affiliation ("Rear Admiral Zeki Akturk, Turkish Armed Forces")."""
    parts = _REPORTING.split(speaker, maxsplit=1)
    who = parts[-1]
    return _PARENS.sub("", who).split(",", 1)[0].strip()


def same_party(a: str, b: str) -> bool:
    """Do two labels name the same speaker? (One name holds the other, case aside.)"""
    x, y = party(a).casefold(), party(b).casefold()
    return bool(x and y) and (x in y or y in x)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=True)


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def quote_in_document(quote: str, document: str) -> bool:
    """True if the quote is in the document word for word; only whitespace may differ."""
    return squash(quote) in squash(document)


class Source(Strict):
    """A source document: where the evidence comes from (an article, a published review).

    ``document`` names the file under seeds/ when we hold the text; ``text`` is that
    text once read (it is never written to a knowledge file)."""

    id: Slug
    title: str | None = None
    outlet: str | None = None
    language: str | None = "en"
    date: str | None = None
    url: str | None = None
    document: str | None = None
    text: str | None = Field(default=None, exclude=True)

    def to_row(self) -> dict[str, Any]:
        return {**self.model_dump(), "text": self.text}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Source:
        """A stored row (validated on the way in, so not validated again)."""
        return cls.model_construct(**{k: row.get(k) for k in cls.model_fields})

    def to_file(self) -> dict[str, Any]:
        return self.model_dump(exclude={"text"})


class Evidence(Strict):
    """One quote: the source's exact words, who says them, and their stance."""

    quote: str = Field(min_length=1, max_length=MAX_QUOTE)
    speaker: str = Field(min_length=1, max_length=MAX_SPEAKER)
    stance: Stance
    source: str | None = None  # a source id; None in a file means the file's source


class Claim(Strict):
    """A checked claim. Bookkeeping stamps (``created_at`` …) come from the store and
    are never compared, exported or read from a file."""

    id: Slug
    statement: str = Field(min_length=1, max_length=MAX_STATEMENT)
    claimant: list[str] = Field(min_length=1)
    status: Status
    rationale: str = Field(min_length=1, max_length=MAX_RATIONALE)
    status_note: str | None = None  # a moderator's note on the last status change
    rating: str | None = None  # the original textual rating of an imported review
    source: str | None = None  # the source the claim is drawn from (a document or a review)
    evidence: list[Evidence] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    phrasings: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    retired: bool = False
    guild: str | None = None  # the Discord server that owns it; None: the shared base
    created_at: str | None = Field(default=None, exclude=True)
    updated_at: str | None = Field(default=None, exclude=True)
    updated_by: str | None = Field(default=None, exclude=True)

    @field_validator("claimant", "entities", "tags", "phrasings", "related")
    @classmethod
    def _no_blank_items(cls, v: list[str]) -> list[str]:
        items = [s.strip() for s in v]
        if any(not s for s in items):
            raise ValueError("items must not be empty")
        return items

    @model_validator(mode="after")
    def _evidence_names_its_source(self) -> Claim:
        """Evidence without a source is from the claim's own: say so explicitly, so a
        claim read from a file and the same claim read from the store compare equal."""
        if self.source is not None:
            for ev in self.evidence:
                if ev.source is None:
                    ev.source = self.source
        return self

    # -- the rules beyond field types

    def problems(self, sources: Mapping[str, Source], known_ids: Collection[str] = ()) -> list[str]:
        """Every rule this claim breaks, as ``field: problem`` lines (empty if none).

        ``sources`` holds every source the claim may name (its own, its evidence's);
        ``known_ids`` the other claim ids its ``related`` may point to."""
        out = []
        own = sources.get(self.source) if self.source else None
        if self.source and own is None:
            out.append(f"source: unknown source {self.source!r}")
        if not self.evidence and own is not None and own.text is not None:
            out.append(f"evidence: a claim drawn from the document {own.document or own.id!r} must quote it")
        for i, ev in enumerate(self.evidence):
            sid = ev.source or self.source
            src = sources.get(sid) if sid else None
            if sid and src is None:
                out.append(f"evidence[{i}].source: unknown source {sid!r}")
            elif src is not None and src.text is not None and not quote_in_document(ev.quote, src.text):
                out.append(
                    f"evidence[{i}].quote: not found word for word in {src.document or src.id}: {ev.quote[:80]!r}"
                )
        for rel in self.related:
            if rel != self.id and rel not in known_ids:
                out.append(f"related: no claim with id {rel!r}")
        for tag in self.tags:
            if tag.startswith(GIVES_TAG) and tag[len(GIVES_TAG) :] not in GIVES:
                out.append(f"tags: {tag!r} is not one of " + ", ".join(GIVES_TAG + g for g in GIVES))
        out += self.attribution_problems()
        return out

    def by_claimant(self, ev: Evidence) -> bool:
        return any(same_party(ev.speaker, c) for c in self.claimant)

    def attribution_problems(self) -> list[str]:
        """The editorial rule: a claimant's own words assert the claim, they do not
        support it; and a truth status needs evidence from someone else (a quote that
        supports or refutes it from another speaker). A claim with no evidence is an
        imported review, whose verdict is the reviewer's."""
        out = []
        for i, ev in enumerate(self.evidence):
            if ev.stance == Stance.SUPPORTS.value and self.by_claimant(ev):
                out.append(
                    f"evidence[{i}].stance: the quote is the claimant's own ({party(ev.speaker)}); their own "
                    "words assert the claim, they do not support it (use asserts)"
                )
        if self.status in TRUTH_STATUSES and self.evidence:
            independent = [
                ev
                for ev in self.evidence
                if ev.stance in (Stance.SUPPORTS.value, Stance.REFUTES.value) and not self.by_claimant(ev)
            ]
            if not independent:
                out.append(
                    f"status: {self.status!r} is a truth rating, but no evidence from someone other than the "
                    f"claimant supports or refutes claim {self.id!r}; use attributed (a source reports it), "
                    "opinion or unverified, or add evidence from someone else"
                )
        return out

    def source_ids(self) -> list[str]:
        """The sources this claim names, its own first, each once."""
        return list(dict.fromkeys(s for s in (self.source, *(ev.source for ev in self.evidence)) if s))

    # -- comparing

    def content(self) -> dict[str, Any]:
        """What the claim says, without bookkeeping: what imports compare and revisions keep."""
        return self.model_dump(mode="json")

    def content_equals(self, other: Claim | None) -> bool:
        return other is not None and self.content() == other.content()

    # -- the store's row

    def to_row(self) -> dict[str, Any]:
        """The claims table's row (lists as JSON text); evidence goes to its own table."""
        row = self.model_dump(mode="json", exclude={"evidence", "source", "guild"})
        for key in LIST_FIELDS:
            row[key] = json.dumps(row[key], ensure_ascii=False)
        row["retired"] = int(self.retired)
        row["source_id"] = self.source
        row["guild_id"] = self.guild
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, Any], evidence: list[Mapping[str, Any]] = ()) -> Claim:
        """A claim from its row and its evidence rows ({quote, speaker, stance, source_id})."""
        data = {k: row.get(k) for k in cls.model_fields if k not in ("evidence", "source", "guild")}
        for key in LIST_FIELDS:
            value = data.get(key)
            data[key] = json.loads(value) if isinstance(value, str) else list(value or [])
        data["retired"] = bool(data.get("retired"))
        data["source"] = row.get("source_id")
        data["guild"] = row.get("guild_id")
        data["evidence"] = [
            {"quote": e["quote"], "speaker": e["speaker"], "stance": e["stance"], "source": e.get("source_id")}
            for e in evidence
        ]
        return cls.model_construct(**_construct(data))

    # -- the knowledge file

    def to_file(self, file_source: str | None) -> dict[str, Any]:
        """The claim as a knowledge file holds it: evidence from the file's own source
        names no source; empty optional fields are left out."""
        data = self.model_dump(mode="json", exclude={"source"})
        for ev in data["evidence"]:
            if ev["source"] is None or ev["source"] == file_source:
                del ev["source"]
        for key in ("status_note", "rating", "guild"):
            if data[key] is None:
                del data[key]
        if not data["retired"]:
            del data["retired"]
        return data


LIST_FIELDS = ("claimant", "entities", "tags", "phrasings", "related")


def _construct(data: dict[str, Any]) -> dict[str, Any]:
    """Stored rows were validated on the way in: build the nested models without
    validating again (an ask reads claims on every question)."""
    data["evidence"] = [Evidence.model_construct(**e) for e in data["evidence"]]
    return data


__all__ = [
    "Claim",
    "Evidence",
    "Source",
    "Status",
    "Stance",
    "Slug",
    "SLUG",
    "UNSOURCED",
    "quote_in_document",
    "squash",
]

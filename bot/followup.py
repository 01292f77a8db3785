"""Follow-ups: who to tell when a claim now answers their question or changes status.

The core side of follow-ups; imports no discord. Given a claim and what happened
to it, it selects the logged Discord questions to notify, groups them per user
(one notice each), leaves out users who opted out and questions already told
about this revision, and reserves each notice in ``notifications`` (unique per
query and revision) before anything is sent, so nobody is told twice. The
adapter then sends and reports back with ``mark_sent`` / ``mark_failed``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .service import RECHECK_LIMIT

if TYPE_CHECKING:  # pragma: no cover
    from .service import ClaimService

ANSWERED = "answered"  # a new or linked claim answers a queued question
STATUS_CHANGED = "status-changed"  # the claim a question got changed status
KINDS = (ANSWERED, STATUS_CHANGED)
INTERFACE = "discord"


@dataclass(frozen=True)
class Notice:
    """One message to one user about one claim revision (covering all their questions)."""

    user_id: str
    claim_id: str
    revision_id: int
    kind: str
    question: str  # the user's latest question about it
    channel_id: str | None
    guild_id: str | None
    message_id: str | None  # the latest question's message, to reply to
    query_ids: tuple[int, ...]


def latest_revision(service: ClaimService, claim_id: str) -> int:
    """The id of the claim's newest revision."""
    revision = service.store.latest_revision_id(claim_id)
    if revision is None:
        service.get_claim(claim_id)  # raises NotFound for an unknown id
        raise ValueError(f"claim {claim_id!r} has no revisions")
    return revision


def newly_answered(service: ClaimService, claim_id: str, limit: int = RECHECK_LIMIT) -> list[int]:
    """Queued Discord questions that ``claim_id`` now answers (see
    ``ClaimService.answer_queued``, which records every queued question it answers, from
    any interface, as answered by it)."""
    rows = (service.query_row(i) for i in service.answer_queued(claim_id, limit))
    return sorted(r["id"] for r in rows if r and r["interface"] == INTERFACE and r["user_id"] is not None)


def asked_about(service: ClaimService, claim_id: str) -> list[int]:
    """Discord questions that were answered with, chosen as, or linked to ``claim_id``."""
    return service.store.questions_about(claim_id, INTERFACE)


def prepare(
    service: ClaimService,
    claim_id: str,
    kind: str,
    query_ids: Iterable[int],
    *,
    mode: str,
    revision_id: int | None = None,
) -> list[Notice]:
    """Select whom to tell about ``claim_id`` for these questions and reserve the notices.

    Leaves out non-Discord rows, rows without a user, users who opted out,
    questions already told about this revision and, for ``answered``, questions
    already told that this claim answers them. Returns one notice per user.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown follow-up kind {kind!r}")
    ids = sorted(set(int(i) for i in query_ids))
    if not ids:
        return []
    revision = revision_id if revision_id is not None else latest_revision(service, claim_id)
    rows = service.store.reserve_notices(
        claim_id, kind, ids, revision_id=revision, mode=mode, interface=INTERFACE, answered_kind=ANSWERED
    )
    per_user: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        per_user.setdefault(row["user_id"], []).append(row)
    notices = []
    for user_id, user_rows in per_user.items():
        last = user_rows[-1]
        notices.append(
            Notice(
                user_id=user_id,
                claim_id=claim_id,
                revision_id=revision,
                kind=kind,
                question=last["question"] or "",
                channel_id=last["channel_id"],
                guild_id=last["guild_id"],
                message_id=last["message_id"],
                query_ids=tuple(r["id"] for r in user_rows),
            )
        )
    return notices


def for_new_claim(service: ClaimService, claim_id: str, *, mode: str) -> list[Notice]:
    """After a claim was added: the queued questions it now answers (recorded as answered
    by it, so asking twice finds the same ones; nobody is told twice)."""
    newly_answered(service, claim_id)
    return prepare(service, claim_id, ANSWERED, asked_about(service, claim_id), mode=mode)


def for_link(service: ClaimService, claim_id: str, query_ids: Iterable[int], *, mode: str) -> list[Notice]:
    """After a moderator linked questions to a claim."""
    return prepare(service, claim_id, ANSWERED, query_ids, mode=mode)


def status_changed(service: ClaimService, claim_id: str) -> bool:
    """Did the claim's newest change change its status? (Setting the same status again
    with a new note is news to nobody.)"""
    revisions = service.history(claim_id)
    if not revisions or revisions[-1]["before"] is None:
        return False
    return revisions[-1]["before"].get("status") != (revisions[-1]["after"] or {}).get("status")


def for_status_change(service: ClaimService, claim_id: str, *, mode: str) -> list[Notice]:
    """After a claim's status changed: everyone who asked about it (nobody, when the
    status did not really change)."""
    if not status_changed(service, claim_id):
        return []
    return prepare(service, claim_id, STATUS_CHANGED, asked_about(service, claim_id), mode=mode)


def mark_sent(service: ClaimService, notice: Notice, mode: str | None = None) -> None:
    """The notice went out: stamp the questions (and the delivery mode, if it changed)."""
    service.store.mark_notified(notice.query_ids, notice.revision_id, mode)


def mark_failed(service: ClaimService, notice: Notice, error: str) -> None:
    """A delivery attempt failed: keep the reason and count the attempt (the adapter retries
    what may pass, and lists what failed: `!claimlog followups`, `service.followups`)."""
    service.store.mark_notice_failed(notice.query_ids, notice.revision_id, error)


def set_opt_out(service: ClaimService, user_id: Any, opted_out: bool) -> None:
    """Turn follow-ups off (``True``) or back on for one user."""
    service.store.set_opt_out(str(user_id), opted_out)


def is_opted_out(service: ClaimService, user_id: Any) -> bool:
    return service.store.is_opted_out(str(user_id))


__all__ = [
    "Notice",
    "ANSWERED",
    "STATUS_CHANGED",
    "latest_revision",
    "newly_answered",
    "asked_about",
    "prepare",
    "for_new_claim",
    "for_link",
    "for_status_change",
    "mark_sent",
    "mark_failed",
    "set_opt_out",
    "is_opted_out",
]

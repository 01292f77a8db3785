"""Watch mode: a checked claim, restated in a watched channel, gets its check beside it.

Most chat is not a claim, so the path is built to say no early and cheaply:

1. ``prefilter``: a message is screened only if it is long enough, not a command, mostly
   in the Latin script (the claims are in English) and holds at least
   ``WatchTuning.min_terms`` distinct terms the search index knows. ``Watcher`` runs it
   on the event loop with what it has learnt of the index's terms (no database), and
   again on the watch thread, where it looks up the terms it has not met yet. The reason
   a message is skipped ("short", "command", ...) is counted, never logged.
2. The matcher, as for ``!claim`` but without logging, reading the message as a
   statement, and with the semantic extra (``bot.semantic``) by meaning too
   (``ClaimService.watch``).
3. ``decide``: a reply only for a confident match that clears a stricter bar than
   ``!claim`` (``WatchTuning``), about a claim whose status is worth interrupting for
   (the server's ``watch_statuses``), and not answered in that channel within the
   server's ``watch_cooldown_minutes``.

Nothing here imports discord; the Discord side is ``bot/discord/exts/watch.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .normalize import AliasTable, analyze_words, clean_pasted, strip_chat_noise

if TYPE_CHECKING:  # pragma: no cover
    from .match import MatchResult
    from .models import AnswerOut
    from .retrieve import Retriever

# The statuses worth interrupting a conversation for, unless a server says otherwise.
DEFAULT_STATUSES = ("false", "mostly-false", "misleading", "mixed")
MODES = ("thread", "reply", "draft")

# Why a message got no reply. ``SKIPS`` never reach the matcher (``prefilter``, and the
# Discord side's "reply-to-bot"); ``HOLDS`` come from ``decide`` and the cooldown.
SKIPS = ("empty", "command", "short", "long", "non-latin", "few-terms", "reply-to-bot")
HOLDS = ("no-match", "low-confidence", "few-matched", "close-second", "status", "cooldown")
# The holds after which a message is read by meaning too (with the semantic extra): the
# words alone were not sure enough.
BY_MEANING = ("no-match", "low-confidence", "few-matched", "close-second")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class WatchTuning:
    """The watcher's bar, stricter than ``!claim``'s (``bot.match.Tuning``: a match at
    confidence 50). A message is matched as a statement (``Matcher.match(...,
    statement=True)``): it must hold at least ``Tuning.min_contained`` of one of the
    claim's units, and the words it says besides do not hold it back. Then the match
    needs ``min_confidence``, ``min_matched`` shared terms and ``min_margin`` over the next
    claim. Chosen on tests/watch_tuning.json (session 5; 52 and 53 gave the same figures,
    the stricter was kept), then measured once on the blind corpus (README, "Watch mode")."""

    min_words: int = 6  # words in the message (after mentions, emoji and links are removed)
    max_chars: int = 1000  # longer messages are not claims (pasted articles, logs)
    min_terms: int = 2  # distinct terms of the message the search index knows
    latin_share: float = 0.6  # of its letters, at least this share in the Latin script
    min_confidence: float = 53.0  # the match's confidence, read as a statement (``!claim``: 50, read as a question)
    min_matched: int = 3  # terms the message and the claim share
    min_margin: float = 3.0  # confidence over the best other claim (ties are not answers)


@dataclass(frozen=True)
class Decision:
    """Whether to reply, and why (a reason from ``HOLDS``, or "reply")."""

    reply: bool
    reason: str
    claim_id: str | None = None
    confidence: float = 0.0


@dataclass
class WatchOutcome:
    """What the watcher did with one message: skipped (``SKIPS``), held back (``HOLDS``),
    or answered (``reason`` "reply": ``answer`` and its log row ``query_id``)."""

    reason: str
    answer: AnswerOut | None = None
    query_id: int | None = None
    claim_id: str | None = None
    confidence: float = 0.0

    @property
    def reply(self) -> bool:
        return self.reason == "reply"


def latin_share(text: str) -> float:
    """The share of the letters of ``text`` that are in the Latin script (1.0 without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
    return latin / len(letters)


def prefilter(
    text: str,
    known: Callable[[Set[str]], Collection[str]],
    aliases: AliasTable,
    *,
    prefixes: Iterable[str] = (),
    tuning: WatchTuning | None = None,
) -> str | None:
    """Why ``text`` is not worth matching (a reason from ``SKIPS``), or None to match it.
    ``known(terms)`` says which of the message's terms the search index holds;
    ``prefixes`` are the bot's command prefixes. A few microseconds for ordinary chat,
    plus what ``known`` costs (it is asked last, and only about messages that got that far)."""
    k = tuning or WatchTuning()
    stripped = (text or "").strip()
    if not stripped:
        return "empty"
    if any(p and stripped.startswith(p) for p in prefixes):
        return "command"
    if len(stripped) > k.max_chars:
        return "long"
    plain = clean_pasted(strip_chat_noise(stripped))
    if len(_WORD.findall(plain)) < k.min_words:
        return "short"
    if latin_share(plain) < k.latin_share:
        return "non-latin"
    terms = {term for term, _ in analyze_words(plain, aliases)}
    if len(terms) < k.min_terms or len(known(terms)) < k.min_terms:
        return "few-terms"
    return None


def decide(
    result: MatchResult, status: str | None, statuses: Collection[str], tuning: WatchTuning | None = None
) -> Decision:
    """Reply or not, for a matcher result whose best claim has ``status``: a match, at
    ``min_confidence`` or more, sharing ``min_matched`` terms, ``min_margin`` above any
    other claim, with a status in ``statuses``; or a match by meaning (the semantic extra:
    ``Tuning.semantic_at``), with such a status. The cooldown is the caller's."""
    k = tuning or WatchTuning()
    best = result.best
    if result.outcome != "match" or best is None:
        return Decision(False, "no-match")
    held = Decision(False, "", best.claim_id, best.confidence)
    if result.meaning is not None:  # a match by meaning: the matcher's semantic bar is this one
        return (
            _with(held, "status") if status not in statuses else Decision(True, "reply", best.claim_id, best.confidence)
        )
    if best.confidence < k.min_confidence:
        return _with(held, "low-confidence")
    if len(best.matched) < k.min_matched:
        return _with(held, "few-matched")
    runner_up = max((c.confidence for c in result.candidates if c.claim_id != best.claim_id), default=0.0)
    if best.confidence - runner_up < k.min_margin:
        return _with(held, "close-second")
    if status not in statuses:
        return _with(held, "status")
    return Decision(True, "reply", best.claim_id, best.confidence)


def _with(decision: Decision, reason: str) -> Decision:
    return Decision(decision.reply, reason, decision.claim_id, decision.confidence)


class Watcher:
    """The prefilter, with what it has learnt of the search index's terms: never the
    whole vocabulary (a million-claim base holds hundreds of thousands of terms, and a
    moderator's edit would mean reading them all again).

    ``screen`` (on the event loop) decides from the terms it has met; a message with a
    term it has not met yet goes on to the watch thread, where ``screen(...,
    lookup=True)`` asks the index about those terms (``Retriever.document_frequencies``)
    and remembers the answers. When the claim base changes (``refresh``) the terms found
    missing are forgotten, since a new claim may bring them; the terms found are kept (a
    retired claim's words only let a message through to the matcher, which decides). At
    most ``MAX_TERMS`` answers are kept."""

    MAX_TERMS = 100_000

    def __init__(
        self,
        retriever: Retriever,
        aliases: AliasTable,
        generation: Callable[[], int],
        tuning: WatchTuning | None = None,
    ) -> None:
        self.retriever = retriever
        self.aliases = aliases
        self.generation = generation
        self.tuning = tuning or WatchTuning()
        self.terms: dict[str, bool] = {}  # term → in the index, as last looked up
        self._generation: int | None = None

    def refresh(self) -> None:
        """Forget the terms found missing if the claim base changed (no database read
        beyond the generation)."""
        gen = self.generation()
        if gen != self._generation:
            self.terms = {t: True for t, found in self.terms.items() if found}
            self._generation = gen

    def _assumed(self, terms: Set[str]) -> list[str]:
        """The terms known to be indexed, or not met yet (the watch thread looks them up)."""
        kept = self.terms
        return [t for t in terms if kept.get(t, True)]

    def _looked_up(self, terms: Set[str]) -> list[str]:
        """The terms the index holds, asking it about the ones not met yet (blocking)."""
        kept = self.terms
        new = [t for t in terms if t not in kept]
        if new:
            if len(kept) + len(new) > self.MAX_TERMS:
                kept = self.terms = {}
                new = list(terms)
            found = self.retriever.document_frequencies(new)
            for t in new:
                kept[t] = t in found
        return [t for t in terms if kept.get(t)]

    def screen(self, text: str, prefixes: Iterable[str] = (), *, lookup: bool = False) -> str | None:
        """``prefilter`` with the terms met so far (``lookup`` false: no database, for
        the event loop; a term not met yet counts as known), or looking up the others."""
        known = self._looked_up if lookup else self._assumed
        return prefilter(text, known, self.aliases, prefixes=prefixes, tuning=self.tuning)


@dataclass
class WatchCounts:
    """What the watcher did, counted per server (in memory, since the bot started): each
    reason of ``SKIPS`` and ``HOLDS``, and "reply", "drafted", "no-draft-channel",
    "dropped" (the queue was full), "error". No text, no ids of members: messages that get no reply are only counted."""

    by_guild: dict[int | None, Counter[str]] = field(default_factory=dict)

    def add(self, guild_id: int | None, reason: str) -> None:
        self.by_guild.setdefault(guild_id, Counter())[reason] += 1

    def of(self, guild_id: int | None) -> Counter[str]:
        return Counter(self.by_guild.get(guild_id, Counter()))

    @staticmethod
    def summary(counts: Counter[str]) -> dict[str, int]:
        """Screened (every message seen in a watched channel), skipped by the prefilter,
        checked by the matcher, replied, dropped."""
        skipped = sum(counts[r] for r in SKIPS)
        dropped = counts["dropped"]
        return {
            "screened": sum(counts.values()),
            "skipped": skipped,
            "dropped": dropped,
            "checked": sum(counts.values()) - skipped - dropped,
            "replied": counts["reply"],
            "drafted": counts["drafted"],
        }


__all__ = [
    "DEFAULT_STATUSES",
    "MODES",
    "SKIPS",
    "HOLDS",
    "BY_MEANING",
    "WatchTuning",
    "Decision",
    "WatchOutcome",
    "Watcher",
    "WatchCounts",
    "prefilter",
    "decide",
    "latin_share",
]

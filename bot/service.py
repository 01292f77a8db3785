"""The one service every adapter calls: asking, curating, reviewing the log.

The CLI and the Discord extensions translate their input into these calls and
their results into text or embeds. Nothing here imports discord.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gc
import hashlib
import hmac
import io
import json
import logging
import re
import sqlite3
import threading
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import answer as answers
from . import claimreview, config, knowledge, semantic, watch
from .claim import Claim, Evidence, Source, Status, same_party
from .config import ServerSettings
from .index import INDEX_VERSION, index_document
from .match import Matcher, MatchResult
from .models import AnswerOut, ClaimOut
from .normalize import (
    EMPTY_ALIASES,
    AliasTable,
    analyze_words,
    clean_pasted,
    has_words,
    read_lines,
    strip_chat_noise,
)
from .retrieve import IndexDoc
from .settings import Settings
from .status import STATUS_VALUES
from .store import SCHEMA_VERSION, Change, ClaimStore, SQLiteStore, StoreError, timed

logger = logging.getLogger(__name__)

MAX_QUESTION = 1000  # characters, after cleaning
MAX_LOGGED_QUESTION = 4000  # characters of the raw question kept in the log
MAX_TOP = 25  # ranked candidates an answer may list
MAX_PHRASING_FROM_LINK = 300  # characters of a linked question kept as a phrasing
SOURCE_ID_DIGITS = 10  # hex digits of the hash in a new source's id
RECHECK_LIMIT = 500  # distinct queued questions matched again when a claim is added
RECHECK_BATCH = 20  # re-checks between two yields of the thread
LARGE_WRITE = 2000  # claims: a bigger import commits in chunks (see ``_commit``)
VERIFIED_KEPT = 4096  # (question, claim) pairs whose verifier probability is kept (``_verify``)
SUGGEST_CUTOFF = 70  # rapidfuzz partial_ratio a claim id needs to be offered for a typed id
Progress = Callable[[int, int], None]
_SLUG_BAD = re.compile(r"[^a-z0-9]+")


class ServiceError(Exception):
    """A request that cannot be done, with a message for the person who made it."""


class NotFound(ServiceError):
    pass


class NotAllowed(ServiceError):
    """A change the person may not make (the shared base, outside its editors)."""


SHARED_ONLY_EDITORS = (
    "the shared claim base is curated only by its editors (the bot's owner, and moderators of the "
    "editor servers); a moderator here curates this server's own claims"
)


@dataclass(frozen=True)
class Scope:
    """Where a request comes from: a Discord server (``guild``; None: the operator's
    command line) and whether its author edits the shared base."""

    guild: str | None = None
    editor: bool = True

    @classmethod
    def of(cls, guild: Any, editor: bool) -> Scope:
        return cls(None if guild is None else str(guild), editor)


@dataclass
class Asked:
    """One answered question: the answer and its row in the query log."""

    answer: AnswerOut
    query_id: int | None


def storable(text: str) -> str:
    """Text SQLite can store: lone surrogates (undecodable input bytes) become "?"."""
    return text.encode("utf-8", "replace").decode("utf-8") if text else text


def clean_question(text: str) -> str:
    """Control and invisible format characters out, whitespace collapsed."""
    text = storable(text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cc" or cat in ("Zl", "Zp"):
            out.append(" ")
        elif cat == "Cf":
            continue  # zero-width spaces and joiners, direction marks
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def question_error(cleaned: str) -> str | None:
    if not cleaned:
        return 'empty question: ask something, e.g. "will Turkey return S-400"'
    if not has_words(cleaned):
        return "the question has no letters or digits"
    if len(cleaned) > MAX_QUESTION:
        return f"question too long ({len(cleaned):,} characters; the limit is {MAX_QUESTION:,})"
    return None


def slugify(text: str, limit: int = 60) -> str:
    """A claim id from a statement: its own words (not their stems: "house", not
    "hous"), stop words left out, cut at a word boundary."""
    words = [_SLUG_BAD.sub("-", word).strip("-") for _, word in analyze_words(text, EMPTY_ALIASES)]
    slug = ""
    for word in filter(None, words):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or (words[0][:limit] if words and words[0] else "claim")


class ClaimService:
    """Claims, matching, answers and the query log over one store.

    Every change to a claim goes through ``_commit``: the one place that makes the
    claims' index documents and hands them to the store with the claims."""

    def __init__(
        self, store: ClaimStore, aliases: AliasTable, knowledge_dir: Path | None = None, alias_digest: str = ""
    ) -> None:
        self.store = store
        self.aliases = aliases
        self.knowledge_dir = knowledge_dir
        self.matcher = Matcher(store.retriever, aliases, generation=store.generation)
        self.alias_digest = alias_digest
        self._lock = threading.RLock()  # read-modify-write sequences (the Discord bot has worker threads)
        # Watch mode's prefilter, with the index terms it has met (see ``watch``).
        self.watcher = watch.Watcher(store.retriever, aliases, store.generation)
        self._meanings: semantic.Meanings | None = None
        self._verifier: semantic.Verifier | None = None
        self._verified: OrderedDict[tuple[str, str], float] = OrderedDict()  # (question, claim text) → p
        self._semantic_folder: Path | None = None

    def use_semantic(self, folder: Path | None, verify: bool = True) -> None:
        """Read chat messages by meaning too (watch mode), and ``verify`` questions' matches
        (``Matcher.verify``), with the model in ``folder`` (``semantic.model_folder``),
        loaded when first needed; None: by words only."""
        self._semantic_folder = folder
        self._meanings = None
        self._verifier = None
        self._verified.clear()
        self.matcher.meaning = self._meaning if folder is not None else None
        self.matcher.verify = self._verify if folder is not None and verify else None

    @property
    def semantic(self) -> bool:
        """Whether watch mode reads messages by meaning too (the semantic extra)."""
        return self.matcher.meaning is not None

    def _meaning(self, text: str, claim_ids: list[str]) -> dict[str, float]:
        """Each claim's highest similarity in meaning to ``text`` (statement and phrasings)."""
        if self._meanings is None:
            with self._lock:
                if self._meanings is None:
                    try:
                        self._meanings = semantic.meanings(self._semantic_folder)
                    except semantic.SemanticError as exc:  # a broken model file: words only, said once
                        logger.error("%s; watch mode goes on by words only", exc)
                        self.matcher.meaning = None
                        return {}
        texts = {c.id: [c.statement, *c.phrasings] for c in self.store.claims(claim_ids)}
        return self._meanings.similarities(text, texts)

    def _verify(self, question: str, claim_id: str) -> float:
        """The verifier's probability that the claim is what the question asks about
        (1.0, which holds nothing back, if its weights cannot be read: logged once)."""
        if self._verifier is None:
            with self._lock:
                if self._verifier is None:
                    try:
                        self._verifier = semantic.verifier(self._semantic_folder)
                    except semantic.SemanticError as exc:
                        logger.error("%s; questions are matched by words only", exc)
                        self.matcher.verify = None
                        return 1.0
        claims = self.store.claims([claim_id])
        if not claims:
            return 1.0
        key = (question, semantic.claim_text(claims[0].statement, claims[0].claimant))
        with self._lock:
            p = self._verified.get(key)
            if p is not None:
                self._verified.move_to_end(key)
                return p
        p = self._verifier.scores(key[0], [key[1]])[0]  # about 13 ms: a question asked again is read once
        with self._lock:
            self._verified[key] = p
            while len(self._verified) > VERIFIED_KEPT:
                self._verified.popitem(last=False)
        return p

    # -- opening

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        db: str | Path | None = None,
        knowledge_dir: Path | None = None,
        seed: bool = True,
    ) -> ClaimService:
        """Open the database (migrating it), load the alias table, and on an empty
        database import the bundled claim base."""
        settings = settings or Settings()
        kdir = Path(knowledge_dir or settings.knowledge_dir)
        if seed and not kdir.is_dir():
            raise ServiceError(
                f"the knowledge folder {kdir} does not exist: check CLAIMBOT_KNOWLEDGE_DIR "
                "(unset it to use the bundled claim base)"
            )
        alias_path = kdir / knowledge.ALIAS_FILE
        if alias_path.exists():
            aliases = knowledge.load_aliases(alias_path)
            digest = hashlib.sha256(alias_path.read_bytes()).hexdigest()
        else:
            aliases, digest = EMPTY_ALIASES, ""
        digest = f"{INDEX_VERSION}:{digest}"  # what the index was made with
        store = SQLiteStore.open(db if db is not None else settings.db, retriever=settings.retriever)
        service = cls(store, aliases, kdir, digest)
        try:
            service.use_semantic(semantic.model_folder(settings.semantic), verify=settings.verify)
        except semantic.SemanticError as exc:
            store.close()
            raise ServiceError(str(exc)) from None
        try:
            if seed and store.claim_count(include_retired=True) == 0 and kdir.is_dir():
                service.import_path(kdir, actor="system:first-run")  # indexed with these aliases
                store.set_meta("alias_digest", digest)
            if store.meta("alias_digest", "") != digest:  # the alias table changed: index again
                service.reindex()
        except BaseException:
            store.close()
            raise
        return service

    def close(self) -> None:
        self.store.close()

    # -- the one way claims change

    def _commit(
        self,
        changes: list[Change],
        *,
        actor: str,
        note: str | None = None,
        sources: Iterable[Source] = (),
        progress: Progress | None = None,
        sync: bool = True,
        documents: dict[str, tuple[Claim, IndexDoc]] | None = None,
    ) -> None:
        """Write claims with their index documents (retired claims leave the index). A
        large write (over ``LARGE_WRITE`` claims) commits chunk by chunk, so asks logged
        meanwhile are never locked out for long. A document in ``documents`` is used
        only for the very claim it was made from (the same object: ``index_document`` of
        it, made elsewhere); any other claim gets its document made here."""
        made = documents or {}

        def document(claim: Claim) -> IndexDoc:
            kept = made.get(claim.id)
            return kept[1] if kept is not None and kept[0] is claim else index_document(claim, self.aliases)

        self.store.save_claims(
            changes,
            actor=actor,
            note=note,
            sources=sources,
            progress=progress,
            index={c.claim.id: document(c.claim) for c in changes if not c.claim.retired},
            atomic=len(changes) <= LARGE_WRITE,
        )
        # Watch mode's prefilter forgets the terms it found missing: a new claim may hold
        # them, and its event-loop screening cannot read the base to find out.
        self.watcher.refresh()
        if sync:  # an index kept outside SQLite catches up now, not on the next ask
            self.store.retriever.sync()

    def reindex(self) -> None:
        with self._lock:
            self.store.reindex(index_document(c, self.aliases) for c in self.store.claims())
            self.store.set_meta("alias_digest", self.alias_digest)
            self.store.retriever.sync()

    def _check(self, claim: Claim, sources: dict[str, Source] | None = None) -> Claim:
        """Every rule a claim must meet (the same ``Claim`` rules the files meet), with
        the store's sources and claim ids; a problem is a ServiceError naming the field."""
        try:
            claim = Claim.model_validate(
                claim.model_dump()
                | {"created_at": claim.created_at, "updated_at": claim.updated_at, "updated_by": claim.updated_by}
            )
        except ValidationError as exc:
            raise ServiceError(
                "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'claim'}: {e['msg']}" for e in exc.errors())
            ) from None
        wanted = claim.source_ids()
        known = {**self.store.sources(wanted), **(sources or {})}
        others = set(self.store.existing_ids(claim.related)) if claim.related else set()
        problems = claim.problems(known, others)
        if problems:
            raise ServiceError("; ".join(problems))
        return claim

    def _save(
        self,
        claim: Claim,
        before: Claim | None,
        *,
        actor: str,
        action: str,
        note: str | None = None,
        sources: Iterable[Source] = (),
    ) -> Claim:
        sources = list(sources)
        claim = self._check(claim, {s.id: s for s in sources})
        self._commit([Change(claim, before, action)], actor=actor, note=note, sources=sources)
        return self.store.claim(claim.id)

    # -- asking

    def ask(
        self,
        question: str,
        *,
        interface: str = "cli",
        user_id: Any = None,
        channel_id: Any = None,
        guild_id: Any = None,
        message_id: Any = None,
        top: int = 5,
        log: bool = True,
        statement: bool = False,
        by_meaning: bool = False,
    ) -> Asked:
        """Answer one question and log it. Bad input gets an error answer (and a log row).
        ``statement``: the text is a chat message that may restate a claim (watch mode;
        ``Matcher.match``), read ``by_meaning`` too if asked (the semantic extra)."""
        elapsed = timed()
        top = max(1, min(int(top), MAX_TOP))
        cleaned = clean_question(question if isinstance(question, str) else "")
        error = question_error(cleaned)
        if error is not None:
            ans = answers.build(cleaned[:MAX_QUESTION], None, {}, error=error)
            result = None
        else:
            # (line markdown read first: clean_question joins the lines)
            raw = question if isinstance(question, str) else ""
            read = cleaned if (lined := read_lines(raw)) is raw else clean_question(lined)
            result = self.matcher.match(
                clean_pasted(strip_chat_noise(read)),
                top=top,
                visible=self._visible_in(guild_id),
                statement=statement,
                by_meaning=by_meaning,
            )
            listed = self.store.listed([c.claim_id for c in result.candidates])
            ans = answers.build(cleaned, result, listed, self._matched_claim(result))
            if _non_latin(cleaned):
                ans.why += "; words not in the Latin script were ignored (the claims are in English)"
        query_id = None
        if log:
            query_id = self.store.log_query(
                {
                    "interface": interface,
                    "user_id": _id(user_id),
                    "channel_id": _id(channel_id),
                    "guild_id": _id(guild_id),
                    "message_id": _id(message_id),
                    "question": storable(question if isinstance(question, str) else "")[:MAX_LOGGED_QUESTION],
                    "normalized": " ".join(result.terms) if result else None,
                    "outcome": ans.outcome,
                    "claim_id": ans.claim.id if ans.claim else None,
                    "score": ans.score,
                    "candidates": [{"id": c.id, "score": c.score} for c in ans.candidates],
                    "latency_ms": round(elapsed(), 3),
                    "error": ans.error,
                }
            )
        # One structured line per ask: what happened and how fast, never what was asked.
        logger.info(
            "ask interface=%s outcome=%s claim=%s confidence=%.0f latency_ms=%.1f logged=%s",
            interface,
            ans.outcome,
            ans.claim.id if ans.claim else "-",
            ans.confidence,
            elapsed(),
            query_id is not None,
        )
        return Asked(ans, query_id)

    def _matched_claim(self, result: MatchResult) -> ClaimOut | None:
        """The matched claim as the answer shows it (its sources and related claims), or
        None: only a match shows a claim, and only it is read whole."""
        if result.outcome != "match" or result.best is None:
            return None
        claim = self.store.claim(result.best.claim_id)
        if claim is None:
            return None
        related = [c for c in self.store.claims(claim.related) if not c.retired] if claim.related else []
        return answers.claim_out(claim, self._sources_of([claim]), related)

    def _visible_in(self, guild_id: Any) -> Callable[[list[str]], set[str]]:
        """Which claims a question asked in ``guild_id`` may be answered with: the shared
        base, and that server's own claims (none: the shared base only)."""
        scope = _id(guild_id)

        def visible(ids: list[str]) -> set[str]:
            return {cid for cid, owner in self.store.claim_guilds(ids).items() if owner is None or owner == scope}

        return visible

    def _sources_of(self, claims: Iterable[Claim]) -> dict[str, Source]:
        ids = {sid for c in claims for sid in c.source_ids()}
        return self.store.sources(ids)

    def choose(self, query_id: int, claim_id: str) -> AnswerOut:
        """The asker picked ``claim_id`` from "did you mean": record it, return that claim."""
        claim = self._get(claim_id)
        row = self.store.query_row(query_id)
        if row is None:
            raise NotFound(f"no logged question #{query_id}")
        self.store.update_query(query_id, chosen_claim_id=claim_id)
        return self.answer_for(claim, query=row["question"])

    def answer_queued(self, claim_id: str, limit: int = RECHECK_LIMIT) -> list[int]:
        """The queued questions (no match, none chosen or linked; any interface) that the
        matcher now answers with ``claim_id``, recorded as answered by it: they leave the
        unmatched list, and their askers count as asking about it (later status changes
        reach them). Each distinct question (per server) is matched once, newest first, up
        to ``limit`` distinct questions. Returns their ids."""
        verdict: dict[str, bool] = {}
        found = []
        for row in self.store.queued_questions():
            key = f"{row.get('guild_id')}|{row['normalized'] or row['question'] or ''}"
            if key not in verdict:
                if len(verdict) >= limit:
                    continue
                if len(verdict) % RECHECK_BATCH == 0:
                    time.sleep(0)  # between batches, let other threads (members' asks) take the store
                answer = self.ask(row["question"] or "", log=False, guild_id=row.get("guild_id")).answer
                verdict[key] = answer.outcome == "match" and answer.claim is not None and answer.claim.id == claim_id
            if verdict[key]:
                found.append(row["id"])
        if found:
            self.store.link_query_ids(found, claim_id)
        return sorted(found)

    def followups(self, guild_id: Any = None, state: str | None = None) -> list[dict[str, Any]]:
        """Follow-up notices (one server's, or all), each with its state: sent, failed or
        pending; ``state`` keeps only one kind."""
        if state not in (None, "sent", "failed", "pending"):
            raise ServiceError(f"unknown state {state!r}; use sent, failed or pending")
        return self.store.notifications(_id(guild_id), state)

    def query_row(self, query_id: int) -> dict[str, Any] | None:
        """One logged question's row, or None."""
        return self.store.query_row(query_id)

    def set_reply_target(self, query_id: int, message_id: Any) -> None:
        """The message a follow-up should reply to, for a question that came without one
        (a slash command: the bot's answer stands in for the question)."""
        self.store.fill_query(query_id, message_id=_id(message_id))

    def answer_for(self, claim: Claim, query: str = "") -> AnswerOut:
        related = [c for c in self.store.claims(claim.related) if not c.retired]
        out = answers.claim_out(claim, self._sources_of([claim]), related)
        return AnswerOut(
            query=query,
            matched=True,
            outcome="match",
            score=100.0,
            claim=out,
            candidates=[],
            why=f"shown by request: claim {claim.id}",
        )

    # -- reading claims

    def _get(self, claim_id: str, scope: Scope | None = None) -> Claim:
        claim = self.store.claim(claim_id)
        if claim is not None and scope is not None and claim.guild is not None and claim.guild != scope.guild:
            claim = None  # another server's own claim: not there, as far as this server knows
        if claim is None:
            hint = self.suggest_ids(claim_id, 3)
            more = f" (did you mean: {', '.join(hint)}?)" if hint else ""
            raise NotFound(f"no claim with id {claim_id!r}{more}")
        return claim

    def get_claim(self, claim_id: str, scope: Scope | None = None) -> Claim:
        return self._get(claim_id, scope)

    @staticmethod
    def _authorize(claim: Claim, scope: Scope | None) -> None:
        """May this scope change this claim? The operator may change any; in a server, the
        shared base needs an editor, and a server's own claim is that server's."""
        if scope is None:
            return
        if claim.guild is None and not scope.editor:
            raise NotAllowed(SHARED_ONLY_EDITORS)
        if claim.guild is not None and claim.guild != scope.guild:
            raise NotFound(f"no claim with id {claim.id!r}")

    def list_claims(self, include_retired: bool = False) -> list[Claim]:
        return self.store.claims(include_retired=include_retired)

    def sources(self) -> dict[str, Source]:
        return self.store.sources()

    def suggest_ids(self, prefix: str, limit: int = MAX_TOP, scope: Scope | None = None) -> list[str]:
        """Claim ids for autocomplete: those that start with or contain the text (with a
        ``scope``, only those that server may see: shared ones and its own)."""
        from rapidfuzz import fuzz, process

        ids = self.store.claim_ids()
        if scope is not None:
            owners = self.store.claim_guilds(ids)
            ids = [i for i in ids if owners.get(i) is None or owners.get(i) == scope.guild]
        text = prefix.strip().lower()
        if not text:
            return ids[:limit]
        starts = [i for i in ids if i.startswith(text)]
        contains = [i for i in ids if text in i and i not in starts]
        fuzzy = [
            m[0]
            for m in process.extract(text, ids, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=SUGGEST_CUTOFF)
            if m[0] not in starts and m[0] not in contains
        ]
        return (starts + contains + fuzzy)[:limit]

    def history(self, claim_id: str, scope: Scope | None = None) -> list[dict[str, Any]]:
        self._get(claim_id, scope)
        return self.store.revisions(claim_id)

    # -- curating

    def add_claim(
        self,
        *,
        statement: str,
        status: str,
        claimant: list[str] | str,
        quote: str,
        speaker: str | None = None,
        stance: str | None = None,
        source: str | None = None,
        source_title: str | None = None,
        source_url: str | None = None,
        outlet: str | None = None,
        rationale: str | None = None,
        claim_id: str | None = None,
        phrasings: list[str] | None = None,
        entities: list[str] | None = None,
        tags: list[str] | None = None,
        actor: str,
        guild: Any = None,
    ) -> Claim:
        """A moderator's new claim with one evidence item. The quote's speaker defaults to
        the source's outlet (or title), else the claimant; its stance to what the status
        implies (see ``default_stance``). With ``guild``, the claim is that server's own:
        matched only there (see ``duplicate_of`` for a shared claim it may repeat)."""
        claimants = [c.strip() for c in claimant.split(",")] if isinstance(claimant, str) else list(claimant)
        status = self._status(status)
        with self._lock:
            cid = claim_id or slugify(statement)
            if self.store.claim(cid) is not None:
                if claim_id:
                    raise ServiceError(f"a claim with id {cid!r} already exists")
                n = 2
                while self.store.claim(f"{cid}-{n}") is not None:
                    n += 1
                cid = f"{cid}-{n}"
            new_source = self._source_for(source, source_title, source_url, outlet)
            source_id = source or (new_source.id if new_source else None)
            # Who the quote is from: as given, else the source that published it, else the claimant.
            named = new_source or (self.store.source(source) if source else None)
            who = speaker or (named and (named.outlet or named.title)) or ", ".join(claimants)
            by_claimant = any(same_party(who, c) for c in claimants)
            data = {
                "id": cid,
                "statement": statement,
                "claimant": claimants,
                "status": status,
                "rationale": rationale or f"Status set by {actor} when the claim was added.",
                "source": source_id,
                "evidence": [{"quote": quote, "speaker": who, "stance": stance or default_stance(status, by_claimant)}],
                "entities": entities or [],
                "tags": tags or [],
                "phrasings": phrasings or [],
                "guild": _id(guild),
            }
            try:
                claim = Claim.model_validate(data)
            except ValidationError as exc:
                raise ServiceError(
                    "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'claim'}: {e['msg']}" for e in exc.errors())
                ) from None
            return self._save(claim, None, actor=actor, action="create", sources=[new_source] if new_source else [])

    def duplicate_of(self, claim: Claim) -> str | None:
        """The shared claim a server's own claim seems to repeat (its statement is a
        confident match there), or None."""
        if claim.guild is None:
            return None
        answer = self.ask(claim.statement, log=False).answer  # asked with no server: the shared base
        return answer.claim.id if answer.claim is not None and answer.claim.id != claim.id else None

    def source_arguments(self, text: str) -> dict[str, str | None]:
        """One free-text source (as a chat command gives it) as ``add_claim`` arguments:
        a known source id (its document then checks the quote), a URL, or a title."""
        text = (text or "").strip()
        if text and self.store.source(text) is not None:
            return {"source": text, "source_url": None, "source_title": None}
        if text.lower().startswith(("http://", "https://")):
            return {"source": None, "source_url": text, "source_title": None}
        return {"source": None, "source_url": None, "source_title": text or None}

    def _source_for(self, source: str | None, title: str | None, url: str | None, outlet: str | None) -> Source | None:
        """A new source to write with the claim (None when it names a known one or none)."""
        if source:
            if self.store.source(source) is None:
                known = ", ".join(self.store.sources()) or "none yet"
                raise ServiceError(f"unknown source {source!r} (known sources: {known})")
            return None
        if not (title or url or outlet):
            return None
        if url and not re.match(r"^https?://\S+$", url):
            raise ServiceError(f"source url must start with http:// or https:// (got {url!r})")
        digest = hashlib.sha1((url or f"{outlet}|{title}").encode()).hexdigest()[:SOURCE_ID_DIGITS]
        sid = f"src-{digest}"
        return self.store.source(sid) or Source(
            id=sid, title=title or url or outlet, outlet=outlet or "", language="en", url=url
        )

    def _status(self, status: str) -> str:
        value = (status or "").strip().lower()
        if value not in STATUS_VALUES:
            raise ServiceError(f"unknown status {status!r}; use one of: {', '.join(STATUS_VALUES)}")
        return value

    def _change(
        self,
        claim_id: str,
        update: Callable[[Claim], dict[str, Any]],
        *,
        actor: str,
        action: str,
        note: str | None = None,
        scope: Scope | None = None,
    ) -> Claim:
        """Read a claim, change it, write it back, as one step among the service's threads."""
        with self._lock:
            before = self._get(claim_id, scope)
            self._authorize(before, scope)
            claim = before.model_copy(update=update(before), deep=True)
            return self._save(claim, before, actor=actor, action=action, note=note)

    def edit_claim(
        self, claim_id: str, *, actor: str, note: str | None = None, scope: Scope | None = None, **changes: Any
    ) -> Claim:
        """Change fields of a claim: statement, claimant, rationale, entities, tags,
        phrasings, related (lists replace the old ones)."""
        allowed = {"statement", "claimant", "rationale", "entities", "tags", "phrasings", "related"}
        unknown = set(changes) - allowed
        if unknown:
            raise ServiceError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(sorted(allowed))}")
        changes = {k: v for k, v in changes.items() if v is not None}
        if not changes:
            raise ServiceError("nothing to change: give at least one field")
        return self._change(claim_id, lambda c: changes, actor=actor, action="edit", note=note, scope=scope)

    def add_evidence(
        self,
        claim_id: str,
        *,
        quote: str,
        speaker: str,
        stance: str,
        source: str | None = None,
        actor: str,
        note: str | None = None,
        scope: Scope | None = None,
    ) -> Claim:
        def update(claim: Claim) -> dict[str, Any]:
            try:
                item = Evidence.model_validate({"quote": quote, "speaker": speaker, "stance": stance, "source": source})
            except ValidationError as exc:
                raise ServiceError(
                    "; ".join(f"evidence.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
                ) from None
            return {"evidence": [*claim.evidence, item]}

        return self._change(claim_id, update, actor=actor, action="add-evidence", note=note, scope=scope)

    def set_status(self, claim_id: str, status: str, *, note: str, actor: str, scope: Scope | None = None) -> Claim:
        note = (note or "").strip()
        if not note:
            raise ServiceError("a status change needs a note saying why")
        status = self._status(status)
        return self._change(
            claim_id,
            lambda c: {"status": status, "status_note": note},
            actor=actor,
            action="set-status",
            note=note,
            scope=scope,
        )

    def retire(self, claim_id: str, *, actor: str, note: str | None = None, scope: Scope | None = None) -> Claim:
        def update(claim: Claim) -> dict[str, Any]:
            if claim.retired:
                raise ServiceError(f"claim {claim_id!r} is already retired")
            return {"retired": True}

        return self._change(claim_id, update, actor=actor, action="retire", note=note, scope=scope)

    def restore(self, claim_id: str, *, actor: str, note: str | None = None, scope: Scope | None = None) -> Claim:
        """Un-retire a claim: it is matched again; the history keeps both changes."""

        def update(claim: Claim) -> dict[str, Any]:
            if not claim.retired:
                raise ServiceError(f"claim {claim_id!r} is not retired")
            return {"retired": False}

        return self._change(claim_id, update, actor=actor, action="restore", note=note, scope=scope)

    def add_phrasing(self, claim_id: str, phrasing: str, *, actor: str, scope: Scope | None = None) -> Claim:
        phrasing = clean_question(phrasing)
        error = question_error(phrasing)
        if error:
            raise ServiceError(error.replace("question", "phrasing"))

        def update(claim: Claim) -> dict[str, Any]:
            if phrasing.casefold() in (p.casefold() for p in claim.phrasings):
                raise ServiceError(f"claim {claim_id!r} already has that phrasing")
            return {"phrasings": [*claim.phrasings, phrasing]}

        return self._change(claim_id, update, actor=actor, action="add-phrasing", note=phrasing, scope=scope)

    # -- import and export

    def import_path(
        self, path: str | Path, *, actor: str, progress: Progress | None = None, force: bool = False
    ) -> dict[str, Any]:
        """Import knowledge files (a file or a folder), or one ClaimReview / Fact Check
        API file. All or nothing; idempotent. A knowledge file never silently takes over a
        claim or a source another source's file owns, and never overwrites a moderator's
        later change unless ``force``: each such claim is kept and reported in
        ``counts["conflicts"]`` (claim, fields, who, when)."""
        path = Path(path)
        if claimreview.is_claimreview_file(path):
            with fewer_collections():
                return self._import_review_file(path, actor=actor, progress=progress)
        with self._lock, fewer_collections():
            seeds = knowledge.default_seeds_dir(path if path.is_dir() else path.parent)
            stored_sources = self.store.sources()
            loaded = knowledge.load(path, seeds, stored_sources, set(self.store.claim_ids(True)))
            self._check_ownership(loaded, stored_sources)
            notes = {claim.id: f"from {Path(file).name}" for claim, file in loaded.claims}
            claims = [c for c, _ in loaded.claims]
            conflicts = [] if force else self._curated_since_import(claims)
            kept = {c["claim"] for c in conflicts}
            counts = self._import(
                [c for c in claims if c.id not in kept],
                list(loaded.sources.values()),
                _keep_status_note,
                actor=actor,
                note=None,
                notes=notes,
                progress=progress,
            )
            counts["sources"] = len(loaded.sources)
            counts["conflicts"] = conflicts
            return counts

    def _check_ownership(self, loaded: knowledge.Loaded, stored: dict[str, Source]) -> None:
        """A claim id belongs to one source's file, and a source id to one document: a file
        that reuses either for something else is refused, naming both files."""
        problems = []
        existing = {c.id: c for c in self.store.claims([c.id for c, _ in loaded.claims])}
        for claim, file in loaded.claims:
            before = existing.get(claim.id)
            if before is not None and before.source != claim.source:
                owner = f"{before.source}.json" if before.source else "a claim added by a moderator"
                problems.append(
                    f"{file}: claim {claim.id!r} already belongs to source {before.source!r} ({owner}); "
                    "a claim id belongs to one source: give this claim another id"
                )
        for sid, src in loaded.sources.items():
            old = stored.get(sid)
            if old is not None and (old.title, old.document) != (src.title, src.document):
                problems.append(
                    f"source {sid!r} ({sid}.json) is already the document {old.document or old.title!r}; "
                    f"this file describes {src.document or src.title!r}: give it another source id"
                )
        if problems:
            raise ServiceError("\n".join(problems))

    def _curated_since_import(self, claims: list[Claim]) -> list[dict[str, Any]]:
        """The claims a moderator changed after they were last imported, whose file differs
        from them now: importing the file would undo that change."""
        existing = {c.id: c for c in self.store.claims([c.id for c in claims])}
        latest = self.store.latest_revisions(existing)
        out = []
        for claim in claims:
            before, rev = existing.get(claim.id), latest.get(claim.id)
            if before is None or rev is None or rev["action"] in IMPORT_ACTIONS:
                continue
            file_claim = _keep_status_note(before, claim)
            if file_claim.content_equals(before):
                continue
            old, new = before.content(), file_claim.content()
            fields = sorted(k for k in new if new[k] != old.get(k))
            out.append(
                {"claim": claim.id, "fields": fields, "by": rev["actor"], "at": rev["at"], "action": rev["action"]}
            )
        return out

    def _import_review_file(self, path: Path, *, actor: str, progress: Progress | None = None) -> dict[str, Any]:
        """A ClaimReview file, a batch at a time (``claimreview.parse_batches``): a large
        JSON Lines file never sits in memory whole. Each batch is checked and written as
        ``import_reviews`` does; the search index catches up once, at the end. Counts add up
        over the batches."""
        totals: dict[str, Any] = {}
        done = 0
        # Worker processes that read the file also make each claim's search document.
        for parsed in claimreview.parse_batches(path, prepare=functools.partial(index_document, aliases=self.aliases)):

            def step(n: int, total: int, before: int = done) -> None:
                if progress:
                    progress(before + n, before + total)

            counts = self.import_reviews(parsed, actor=actor, progress=step, sync=False)
            done += len(parsed.records)
            for key, value in counts.items():
                if isinstance(value, int):
                    totals[key] = totals.get(key, 0) + value
                elif isinstance(value, list):
                    totals.setdefault(key, []).extend(value)
                elif isinstance(value, dict):
                    merged = totals.setdefault(key, {})
                    for k, v in value.items():
                        merged[k] = merged.get(k, 0) + v
            totals["shape"] = parsed.shape
        self.store.refresh_statistics()
        self.store.retriever.sync()
        return totals

    def import_reviews(
        self, parsed: claimreview.Parsed, *, actor: str, progress: Progress | None = None, sync: bool = True
    ) -> dict[str, Any]:
        """Import parsed ClaimReview records: all or nothing, idempotent. Returns {created,
        updated, unchanged, skipped, reasons, sources, unknown_ratings}."""
        with self._lock:
            records = {r.claim.id: r for r in parsed.records}
            new_sources = {s.id: s for r in parsed.records for s in r.sources}
            stored = self.store.sources(new_sources)
            sources = [s for sid, s in new_sources.items() if stored.get(sid) != s]

            def merge(existing: Claim | None, claim: Claim) -> Claim:
                return claimreview.merge(existing, records[claim.id])

            counts = self._import(
                [r.claim for r in parsed.records],
                sources,
                merge,
                actor=actor,
                note=f"from {parsed.path.name}",
                progress=progress,
                sync=sync,
                documents={r.claim.id: (r.claim, r.prepared) for r in parsed.records if r.prepared is not None},
            )
        counts["skipped"] = len(parsed.skipped)
        counts["reasons"] = parsed.reasons
        counts["sources"] = len(sources)
        counts["unknown_ratings"] = dict(parsed.unknown_ratings.most_common())
        return counts

    def _import(
        self,
        claims: list[Claim],
        sources: list[Source],
        merge: Callable[[Claim | None, Claim], Claim],
        *,
        actor: str,
        note: str | None,
        notes: dict[str, str] | None = None,
        progress: Progress | None = None,
        sync: bool = True,
        documents: dict[str, tuple[Claim, IndexDoc]] | None = None,
    ) -> dict[str, Any]:
        """The one bulk path for imports: merge each claim with the stored one, keep what
        changed, check every rule, write in one unit of work. ``documents`` holds search
        documents made already (by the processes that read a file), each with its claim."""
        existing = {c.id: c for c in self.store.claims([c.id for c in claims])}
        known_sources = {
            **self.store.sources({sid for c in claims for sid in c.source_ids()}),
            **{s.id: s for s in sources},
        }
        related = {r for c in claims for r in c.related}
        known_ids = {c.id for c in claims} | set(self.store.existing_ids(related))
        changes: list[Change] = []
        problems: list[str] = []
        for claim in claims:
            before = existing.get(claim.id)
            merged = merge(before, claim)
            if merged.content_equals(before):
                continue
            problems += [f"claim {claim.id!r}, field {p}" for p in merged.problems(known_sources, known_ids)]
            changes.append(
                Change(merged, before, "import" if before is None else "reimport", (notes or {}).get(claim.id))
            )
        if problems:
            raise ServiceError("\n".join(problems))
        unchanged = len(claims) - len(changes)

        def step(done: int, total: int) -> None:
            if progress:
                progress(unchanged + done, len(claims))

        self._commit(changes, actor=actor, note=note, sources=sources, progress=step, sync=sync, documents=documents)
        created = sum(1 for c in changes if c.before is None)
        return {"created": created, "updated": len(changes) - created, "unchanged": unchanged}

    def export(self, dest: str | Path) -> list[Path]:
        """Write the claim base back as knowledge files, one per source, into ``dest``, and
        the documents they quote into ``dest/seeds/`` (so the folder imports anywhere)."""
        dest = Path(dest)
        if dest.exists() and not dest.is_dir():
            raise ServiceError(f"{dest} is a file; export writes a folder of knowledge files")
        claims = self.store.claims(include_retired=True)
        sources = self.store.sources()
        groups: dict[str | None, list[Claim]] = {}
        for claim in claims:
            groups.setdefault(claim.source, []).append(claim)
        knowledge.make_folder(dest)
        written = []
        for source_id, group in sorted(groups.items(), key=lambda kv: kv[0] or ""):
            own = sources.get(source_id) if source_id else None
            wanted = {ev.source for c in group for ev in c.evidence if ev.source and ev.source != source_id}
            wanted |= {c.id + claimreview.CLAIM_SOURCE_SUFFIX for c in group}
            others = [sources[sid] for sid in sorted(wanted) if sid in sources]
            data = knowledge.file_dict(own, group, others)
            path = dest / f"{data['source']['id']}.json"
            knowledge.write_json(path, data)
            written.append(path)
            for src in (own, *others):
                if src is not None and src.document and src.text is not None:  # the quoted documents come along
                    knowledge.make_folder(dest / knowledge.EXPORTED_SEEDS)
                    knowledge.write_text(dest / knowledge.EXPORTED_SEEDS / src.document, src.text)
        return written

    def export_claimreview(self, path: str | Path) -> tuple[int, list[str]]:
        """Write the claims that are not retired as one ClaimReview JSON-LD file. Returns
        how many were written and the ids left out (opinion is not rated)."""
        records, left_out = claimreview.export_records(self.store.claims(), self.store.sources(), self.aliases)
        claimreview.write_records(Path(path), records)
        return len(records), [c.id for c in left_out]

    # -- the query log

    def recent(self, limit: int = 20, user_id: Any = None, guild_id: Any = None) -> list[dict[str, Any]]:
        """The newest logged questions: all of them, one user's, or one server's."""
        return self.store.recent_queries(max(1, limit), _id(user_id), _id(guild_id))

    def unmatched(self, limit: int = 20, guild_id: Any = None) -> list[dict[str, Any]]:
        """The moderators' to-do list: unanswered questions (one server's, with
        ``guild_id``), most asked first, each with its best candidate and score."""
        rows = self.store.unmatched(max(1, limit), _id(guild_id))
        for r in rows:
            cands = json.loads(r.pop("candidates") or "[]")
            r["best_claim_id"] = cands[0]["id"] if cands else None
            r["best_score"] = cands[0]["score"] if cands else None
        texts = {c.id: c.statement for c in self.store.claims([r["best_claim_id"] for r in rows if r["best_claim_id"]])}
        for r in rows:
            r["best_claim_text"] = texts.get(r["best_claim_id"])
        return rows

    def stats(self, guild_id: Any = None) -> dict[str, Any]:
        data = self.store.stats(_id(guild_id))
        q = data["questions"]
        data["match_rate"] = round(data["matched"] / q, 3) if q else None
        data["feedback"] = self.store.feedback_counts(_id(guild_id))  # "Was this helpful?" votes
        return data

    def link_question(self, query_id: int, claim_id: str, *, actor: str, guild_id: Any = None) -> list[dict[str, Any]]:
        """A moderator says: this unanswered question is answered by that claim. Every
        logged question with the same normalised form is linked too. Returns the rows.
        With ``guild_id``, only a question asked in that server can be linked."""
        with self._lock:
            claim = self._get(claim_id)
            row = self.store.query_row(query_id)
            if row is None or (guild_id is not None and row["guild_id"] != _id(guild_id)):
                raise NotFound(f"no logged question #{query_id}" + (" in this server" if guild_id else ""))
            phrasing = clean_question(row["question"] or "")[:MAX_PHRASING_FROM_LINK]
            if phrasing and phrasing not in claim.phrasings:
                self._save(
                    claim.model_copy(update={"phrasings": [*claim.phrasings, phrasing]}),
                    claim,
                    actor=actor,
                    action="link-question",
                    note=f"question #{query_id}",
                )
            return self.store.link_queries(query_id, claim_id)

    def export_log(self, fmt: str = "csv", *, guild_id: Any = None, pseudonym_key: str | None = None) -> str:
        """The query log (one server's, with ``guild_id``) as CSV or JSON text. With
        ``pseudonym_key``, user ids become a keyed hash: the same person is the same
        pseudonym across rows, and nobody without the key can tell who."""
        if fmt not in ("csv", "json"):
            raise ServiceError(f"unknown format {fmt!r}; use csv or json")
        rows = list(self.store.all_queries(_id(guild_id)))
        if pseudonym_key:
            for row in rows:
                row["user_id"] = pseudonym(row.get("user_id"), pseudonym_key)
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=1)
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=self.store.query_columns(), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        return buf.getvalue()

    # -- watch mode (issue 14): a restated checked claim in a watched channel gets its check

    def watch(
        self,
        text: str,
        *,
        guild_id: Any,
        channel_id: Any,
        message_id: Any = None,
        user_id: Any = None,
        statuses: Iterable[str] = watch.DEFAULT_STATUSES,
        cooldown_minutes: float = 60,
        prefixes: Iterable[str] = (),
        now: datetime | None = None,
        log: bool = True,
    ) -> watch.WatchOutcome:
        """Check one chat message (see ``bot.watch``): the prefilter, the matcher (nothing
        logged), the watcher's stricter bar and the server's ``statuses``, and the channel
        cooldown (the last watch answer about the claim in ``channel_id``). Only a reply
        is logged, as a question with interface "watch"; anything else is just a reason.
        ``log`` false: a preview (``claimbot watch``), nothing logged."""
        self.watcher.refresh()
        cleaned = clean_question(text if isinstance(text, str) else "")
        skipped = self.watcher.screen(cleaned, prefixes, lookup=True)
        if skipped is not None:
            return watch.WatchOutcome(skipped)
        text_read = clean_pasted(strip_chat_noise(cleaned))
        result = self.matcher.match(text_read, visible=self._visible_in(guild_id), statement=True)
        decision = self._watch_decision(result, statuses)
        if not decision.reply and decision.reason in watch.BY_MEANING and self.semantic:
            # By words alone, no reply: read by meaning too (the semantic extra).
            again = self.matcher.match(text_read, visible=self._visible_in(guild_id), statement=True, by_meaning=True)
            if again.meaning is not None:
                result, decision = again, self._watch_decision(again, statuses)
        if not decision.reply:
            return watch.WatchOutcome(decision.reason, claim_id=decision.claim_id, confidence=decision.confidence)
        with self._lock:  # one cooldown check and log row at a time
            last = self.store.last_watch_reply(str(channel_id), decision.claim_id or "")
            cutoff = (now or datetime.now(UTC)) - timedelta(minutes=cooldown_minutes)
            if last is not None and last >= cutoff.isoformat(timespec="milliseconds").replace("+00:00", "Z"):
                return watch.WatchOutcome("cooldown", claim_id=decision.claim_id, confidence=decision.confidence)
            asked = self.ask(
                text,
                log=log,
                interface="watch",
                user_id=user_id,
                channel_id=channel_id,
                guild_id=guild_id,
                message_id=message_id,
                statement=True,
                by_meaning=result.meaning is not None,
            )
        answer = asked.answer
        if answer.claim is None or answer.claim.id != decision.claim_id:  # never: the same text, the same matcher
            return watch.WatchOutcome("no-match", query_id=asked.query_id)
        return watch.WatchOutcome("reply", answer, asked.query_id, decision.claim_id, decision.confidence)

    def _watch_decision(self, result: MatchResult, statuses: Iterable[str]) -> watch.Decision:
        best = result.best
        claim = self.store.claim(best.claim_id) if result.outcome == "match" and best is not None else None
        return watch.decide(result, claim.status if claim else None, set(statuses), self.watcher.tuning)

    def record_feedback(self, query_id: int, user_id: Any, helpful: bool) -> bool:
        """A member's "Was this helpful?" vote on a logged answer; False if they already voted."""
        if self.store.query_row(query_id) is None:
            raise NotFound(f"no logged question #{query_id}")
        return self.store.record_feedback(query_id, str(user_id), helpful)

    def watch_replies(self, limit: int = 20, guild_id: Any = None) -> list[dict[str, Any]]:
        """The watcher's latest answers, newest first, each with its helpful / not helpful votes."""
        return self.store.watch_replies(max(1, limit), _id(guild_id))

    # -- server settings

    def stored_server_settings(self, guild_id: Any) -> dict[str, Any]:
        """What a server set itself (no defaults): for showing what is "set here"."""
        return self.store.guild_settings(str(guild_id))

    def server_settings(self, guild_id: Any, settings: Settings) -> ServerSettings:
        """One server's settings: what it set, over the environment's defaults."""
        return config.resolve(settings, self.store.guild_settings(str(guild_id)))

    def set_server_setting(self, guild_id: Any, key: str, raw: str | None, *, actor: str) -> Any:
        """Set one server setting from text (None: back to the default). Returns the
        value stored; a bad key or value is a ServiceError naming it, and changes nothing."""
        if raw is None:
            name = key.strip().lower().replace("-", "_")
            if name not in config.KEYS:
                raise ServiceError(f"unknown setting {name!r}; settings: {', '.join(config.KEYS)}")
            self.store.set_guild_setting(str(guild_id), name, None, actor=actor)
            return None
        try:
            value = config.parse(key, raw)
        except config.ConfigError as exc:
            raise ServiceError(str(exc)) from None
        name = key.strip().lower().replace("-", "_")
        self.store.set_guild_setting(str(guild_id), name, value, actor=actor)
        return value

    # -- privacy

    def forget_user(self, user_id: Any) -> dict[str, int]:
        """Erase everything about one user: their logged questions' text and id (the
        counts stay), their follow-up opt-out and their pending notices."""
        if user_id is None or not str(user_id).strip():
            raise ServiceError("give the user id to forget")
        return self.store.forget_user(str(user_id).strip())

    def prune_log(
        self, days: int, *, guild_id: Any = None, except_guilds: Iterable[Any] = (), now: datetime | None = None
    ) -> int:
        """Erase the text and user ids of questions older than ``days`` days (0: keep
        all), in one server, or in every server but ``except_guilds`` (those prune with
        their own retention). Returns how many were erased; the statistics keep counting them."""
        if days < 0:
            raise ServiceError("the retention must be 0 (keep) or a number of days")
        if days == 0:
            return 0
        cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
        stamp = cutoff.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return self.store.erase_before(stamp, _id(guild_id), [str(g) for g in except_guilds])

    # -- operations: checks, backups, compaction

    @classmethod
    def open_existing(
        cls, settings: Settings | None = None, *, db: str | Path | None = None, knowledge_dir: Path | None = None
    ) -> ClaimService:
        """The database as it is, for ``db check``, ``db backup``, ``db vacuum`` and the
        health check: nothing is created, migrated, imported or indexed again (see
        ``SQLiteStore.open_existing``). The alias table is read, if there is one, so the
        search index can be compared with what it would be made from."""
        settings = settings or Settings()
        kdir = Path(knowledge_dir or settings.knowledge_dir)
        aliases, digest = EMPTY_ALIASES, None
        alias_path = kdir / knowledge.ALIAS_FILE
        if alias_path.is_file():
            aliases = knowledge.load_aliases(alias_path)
            digest = f"{INDEX_VERSION}:{hashlib.sha256(alias_path.read_bytes()).hexdigest()}"
        store = SQLiteStore.open_existing(db if db is not None else settings.db)
        return cls(store, aliases, kdir, digest or "")

    def ping(self) -> None:
        """Raise (StoreError) if the database cannot be read: the bot's heartbeat calls it."""
        try:
            self.store.ping()
        except sqlite3.Error as exc:
            raise StoreError(f"the database {self.store.path} cannot be read: {exc}") from exc

    def check_database(self, quick: bool = False) -> DatabaseCheck:
        """Is the database sound? SQLite's integrity check; the schema (every migration
        applied, none unknown); the search index against the claims (every claim that is
        not retired indexed once, as it would be indexed now, and nothing else); every
        claim against the rules imports enforce, above all each evidence quote still word
        for word in its source's document. ``quick``: only ``PRAGMA quick_check`` and the
        schema (for a health check). A file too damaged to read is a StoreError. The
        editorial rule (``Claim.attribution_problems``), which databases made by older
        releases may break, is reported in ``notes``: it is not damage."""
        report = DatabaseCheck(path=str(self.store.path))
        report.problems += self.store.integrity(quick=quick)
        report.checked.append("integrity (quick)" if quick else "integrity")
        schema = self.store.schema_problems()
        report.problems += schema
        report.checked.append("schema" if schema else f"schema {SCHEMA_VERSION} of {SCHEMA_VERSION}")
        if quick:
            return report
        if schema:
            report.notes.append("the search index and the claims were not checked: the schema is not this claimbot's")
            return report
        try:
            claims = self.store.claims(include_retired=True)
            self._check_index(report, claims)
            self._check_copy(report)
            self._check_claims(report, claims)
        except (sqlite3.DatabaseError, StoreError) as exc:
            report.problems.append(f"integrity: the claims or the search index cannot be read ({exc})")
        return report

    def _check_index(self, report: DatabaseCheck, claims: list[Claim]) -> None:
        retired = {c.id for c in claims if c.retired}
        active = [c for c in claims if not c.retired]
        indexed = self.store.indexed_claim_ids()
        for c in active:
            if c.id not in indexed:
                report.problems.append(f"search index: claim {c.id!r} is not in the search index (it is never matched)")
        known = {c.id for c in active}
        for cid, n in sorted(indexed.items()):
            if cid in retired:
                report.problems.append(f"search index: retired claim {cid!r} is still in the search index")
            elif cid not in known:
                report.problems.append(f"search index: it holds claim {cid!r}, which does not exist")
            if n > 1:
                report.problems.append(f"search index: claim {cid!r} is in the search index {n} times")
        if self.alias_digest and self.store.meta("alias_digest", "") == self.alias_digest:
            stored = self.store.retriever.documents([c.id for c in active if indexed.get(c.id) == 1])
            for c in active:
                doc = stored.get(c.id)
                if doc is not None and doc != index_document(c, self.aliases):
                    report.problems.append(f"search index: claim {c.id!r} is indexed as an older version of it")
        elif self.alias_digest:
            report.notes.append(
                "the search index was made with another alias table (or an older claimbot); claimbot indexes "
                "again when it next opens the database for work"
            )
        report.checked.append(f"search index {len(known)} claims")

    def _check_copy(self, report: DatabaseCheck) -> None:
        """The tantivy copy beside the database, if there is one: current with the change
        log and holding one document per indexed claim, or behind (it catches up on the
        next ask: a note). A copy that disagrees is rebuilt by deleting its folder."""
        folder = Path(f"{self.store.path}.tantivy")
        if not folder.is_dir():
            return
        try:
            from .retrieve_tantivy import inspect

            synced, count = inspect(folder)
        except Exception as exc:  # tantivy missing, or a damaged copy
            report.problems.append(f"search copy: {folder} cannot be read ({exc}); delete the folder to rebuild it")
            return
        head = self.store.index_change_head()
        indexed = len(self.store.indexed_claim_ids())
        if synced != head:
            report.notes.append(
                f"search copy: {folder} has not applied the latest changes yet; it catches up on the next ask"
            )
        elif count != indexed:
            report.problems.append(
                f"search copy: {folder} holds {count} documents, the database {indexed}; "
                "delete the folder and claimbot builds it again"
            )
        report.checked.append("search copy")

    def _check_claims(self, report: DatabaseCheck, claims: list[Claim]) -> None:
        sources = self.store.sources()
        ids = {c.id for c in claims}
        quotes = 0
        used: set[str] = set()
        editorial = 0
        for claim in claims:
            rules = set(claim.attribution_problems())  # the editorial rule, which older releases did not enforce
            for problem in claim.problems(sources, ids):
                if problem in rules:
                    editorial += 1
                    report.notes.append(f"claim {claim.id!r}: {problem}")
                else:
                    report.problems.append(f"claim {claim.id!r}: {problem}")
            for ev in claim.evidence:
                src = sources.get(ev.source or claim.source or "")
                if src is not None and src.text is not None:
                    quotes += 1
                    used.add(src.id)
        documents = len(used)
        report.checked.append(
            f"{len(claims)} claims against the rules, {quotes} quotes in {documents} "
            f"document{'' if documents == 1 else 's'}"
        )
        if editorial:
            report.notes.append(
                f"{editorial} editorial problem{'' if editorial == 1 else 's'} above (who supports a claim): "
                "not damage; fix with claims edit or claims set-status"
            )

    def backup(self, dest: str | Path, *, force: bool = False) -> int:
        """A consistent copy of the database in the file ``dest`` while the bot goes on
        writing (SQLite's online backup). An existing file is replaced only with
        ``force``; the database itself never. Returns the copy's size in bytes."""
        dest = Path(dest).expanduser()
        if dest.is_dir():
            raise ServiceError(f"{dest} is a folder: give the backup a file name, e.g. {dest / 'claimbot-backup.db'}")
        if not dest.parent.is_dir():
            raise ServiceError(f"cannot write the backup {dest}: the folder {dest.parent} does not exist")
        here = Path(self.store.path).expanduser().resolve()
        own_files = {here, *(here.with_name(here.name + end) for end in ("-wal", "-shm", "-journal"))}
        if dest.resolve() in own_files:
            raise ServiceError(f"{dest} is the database itself (or its journal): back it up to another file")
        if dest.exists() and not force:
            raise ServiceError(f"{dest} exists: give another file, or --force to replace it")
        return self.store.backup(dest)

    def vacuum(self) -> tuple[int, int]:
        """Compact the database (VACUUM, PRAGMA optimize). Returns its size on disk before and after."""
        return self.store.vacuum()


@dataclass
class DatabaseCheck:
    """What ``check_database`` found: ``problems`` (each one line; none: sound), what
    was ``checked``, and ``notes`` that are not problems."""

    path: str
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def pseudonym(user_id: Any, key: str) -> str | None:
    """A user id as a keyed hash (HMAC-SHA256, 16 hex digits), or None."""
    if user_id is None:
        return None
    return "u-" + hmac.new(key.encode(), str(user_id).encode(), hashlib.sha256).hexdigest()[:16]


def _csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas in user text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _id(value: Any) -> str | None:
    return None if value is None else str(value)


def _non_latin(text: str) -> bool:
    return not text.isascii() and any(
        c.isalpha() and not c.isascii() and "LATIN" not in unicodedata.name(c, "") for c in text
    )


IMPORT_ACTIONS = frozenset({"import", "reimport"})  # revisions an import itself made

_collections_paused = 0  # imports under way (``fewer_collections`` may nest: imports run on threads)
_collections_lock = threading.Lock()
_collections_before: tuple[int, ...] = gc.get_threshold()


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cycle collector, nearly paused for a bulk import: the objects that exist
    already are set aside (``gc.freeze``) and a collection waits for 50,000 new objects,
    not 700. An import makes millions of short-lived, acyclic objects (reviews, claims,
    rows); with the default thresholds, 100,000 generated reviews took 26.3 s to import,
    now 21.3 s (``claimbot claims import`` of ``bench/scale.py``'s 100k file). The
    thresholds before come back when the last import under way ends."""
    global _collections_paused, _collections_before
    with _collections_lock:
        if _collections_paused == 0:
            _collections_before = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(50_000, 50, 100)
        _collections_paused += 1
    try:
        yield
    finally:
        with _collections_lock:
            _collections_paused -= 1
            if _collections_paused == 0:
                gc.set_threshold(*_collections_before)
                gc.unfreeze()


def default_stance(status: str, by_claimant: bool) -> str:
    """The stance a quote has when the moderator names none: the claimant's own words
    assert the claim; someone else's support a true claim and refute a false one."""
    if by_claimant:
        return "asserts"
    if status in ("true", "mostly-true"):
        return "supports"
    if status in ("false", "mostly-false", "misleading"):
        return "refutes"
    return "neutral"


def _keep_status_note(existing: Claim | None, claim: Claim) -> Claim:
    """A knowledge file's claim over the stored one: a file without a status note keeps
    the moderator's."""
    if existing is not None and claim.status_note is None and existing.status_note:
        return claim.model_copy(update={"status_note": existing.status_note})
    return claim


__all__ = [
    "ClaimService",
    "ServiceError",
    "NotFound",
    "NotAllowed",
    "Scope",
    "Asked",
    "StoreError",
    "Status",
    "DatabaseCheck",
]

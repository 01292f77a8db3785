"""The one service every adapter calls: asking, curating, reviewing the log.

The CLI and the Discord extensions translate their input into these calls and
their results into text or embeds. Nothing here imports discord.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import answer as answers
from . import claimreview
from . import knowledge
from .match import Matcher, index_text
from .models import AnswerOut, ClaimIn, SourcedClaimIn, Status
from .normalize import EMPTY_ALIASES, AliasTable, analyze, clean_pasted, has_words
from .settings import Settings
from .status import STATUS_VALUES
from .store import Store, StoreError, timed

MAX_QUESTION = 1000  # characters, after cleaning
_SLUG_BAD = re.compile(r"[^a-z0-9]+")


class ServiceError(Exception):
    """A request that cannot be done, with a message for the person who made it."""


class NotFound(ServiceError):
    pass


@dataclass
class Asked:
    """One answered question: the answer and its row in the query log."""

    answer: AnswerOut
    query_id: int | None


def clean_question(text: str) -> str:
    """Control and invisible format characters out, whitespace collapsed."""
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
        return "empty question: ask something, e.g. \"will Turkey return S-400\""
    if not has_words(cleaned):
        return "the question has no letters or digits"
    if len(cleaned) > MAX_QUESTION:
        return f"question too long ({len(cleaned):,} characters; the limit is {MAX_QUESTION:,})"
    return None


def slugify(text: str, limit: int = 60) -> str:
    words = analyze(text, EMPTY_ALIASES, keep_stop_words=False)
    slug = _SLUG_BAD.sub("-", "-".join(words)).strip("-")[:limit].strip("-")
    return slug or "claim"


class ClaimService:
    """Claims, matching, answers and the query log over one store."""

    def __init__(self, store: Store, aliases: AliasTable, knowledge_dir: Path | None = None,
                 alias_digest: str = "") -> None:
        self.store = store
        self.aliases = aliases
        self.knowledge_dir = knowledge_dir
        self.matcher = Matcher(store, aliases)
        self.alias_digest = alias_digest

    # -- opening

    @classmethod
    def open(cls, settings: Settings | None = None, *, db: str | Path | None = None,
             knowledge_dir: Path | None = None, seed: bool = True) -> "ClaimService":
        """Open the database (migrating it), load the alias table, and on an empty
        database import the bundled claim base."""
        settings = settings or Settings()
        kdir = Path(knowledge_dir or settings.knowledge_dir)
        alias_path = kdir / knowledge.ALIAS_FILE
        if alias_path.exists():
            aliases = knowledge.load_aliases(alias_path)
            digest = hashlib.sha256(alias_path.read_bytes()).hexdigest()
        else:
            aliases, digest = EMPTY_ALIASES, ""
        store = Store.open(db if db is not None else settings.db)
        service = cls(store, aliases, kdir, digest)
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

    def reindex(self) -> None:
        with self.store.lock:
            rows = [index_text(c, self.aliases) for c in self.store.claims()]
            self.store.reindex(rows)
            self.store.set_meta("alias_digest", self.alias_digest)

    # -- asking

    def ask(self, question: str, *, interface: str = "cli", user_id: Any = None,
            channel_id: Any = None, guild_id: Any = None, message_id: Any = None,
            top: int = 5, log: bool = True) -> Asked:
        """Answer one question and log it. Bad input gets an error answer (and a log row)."""
        elapsed = timed()
        top = max(1, min(int(top), 25))
        cleaned = clean_question(question if isinstance(question, str) else "")
        error = question_error(cleaned)
        with self.store.lock:
            if error is not None:
                ans = answers.build(cleaned[:MAX_QUESTION], None, {}, error=error)
                result = None
            else:
                result = self.matcher.match(clean_pasted(cleaned), top=top)
                ids = [c.claim_id for c in result.candidates]
                stored = {c["id"]: c for c in self.store.claims(ids)}
                related = []
                if result.outcome == "match" and result.best is not None:
                    best = stored.get(result.best.claim_id)
                    if best and best["related"]:
                        related = [c for c in self.store.claims(best["related"]) if not c["retired"]]
                ans = answers.build(cleaned, result, stored, related)
                if _non_latin(cleaned):
                    ans.why += "; words not in the Latin script were ignored (the claims are in English)"
            query_id = None
            if log:
                query_id = self.store.log_query({
                    "interface": interface,
                    "user_id": _id(user_id),
                    "channel_id": _id(channel_id),
                    "guild_id": _id(guild_id),
                    "message_id": _id(message_id),
                    "question": (question if isinstance(question, str) else "")[:4000],
                    "normalized": " ".join(result.terms) if result else None,
                    "outcome": ans.outcome,
                    "claim_id": ans.claim.id if ans.claim else None,
                    "score": ans.score,
                    "candidates": [{"id": c.id, "score": c.score} for c in ans.candidates],
                    "latency_ms": round(elapsed(), 3),
                    "error": ans.error,
                })
        return Asked(ans, query_id)

    def choose(self, query_id: int, claim_id: str) -> AnswerOut:
        """The asker picked ``claim_id`` from "did you mean": record it, return that claim."""
        with self.store.lock:
            claim = self._get(claim_id)
            if self.store.query_row(query_id) is None:
                raise NotFound(f"no logged question #{query_id}")
            self.store.update_query(query_id, chosen_claim_id=claim_id)
            return self.answer_for(claim, query=self.store.query_row(query_id)["question"])

    def set_reply_target(self, query_id: int, message_id: Any) -> None:
        """The message a follow-up should reply to, for a question that came without one
        (a slash command: the bot's answer stands in for the question)."""
        with self.store.lock:
            row = self.store.query_row(query_id)
            if row is not None and row["message_id"] is None:
                self.store.update_query(query_id, message_id=_id(message_id))

    def answer_for(self, claim: dict[str, Any], query: str = "") -> AnswerOut:
        related = [c for c in self.store.claims(claim["related"]) if not c["retired"]]
        out = answers.claim_out(claim, related)
        return AnswerOut(query=query, matched=True, outcome="match", score=100.0, claim=out,
                         candidates=[], why=f"shown by request: claim {claim['id']}")

    # -- reading claims

    def _get(self, claim_id: str) -> dict[str, Any]:
        claim = self.store.claim(claim_id)
        if claim is None:
            hint = self.suggest_ids(claim_id, 3)
            more = f" (did you mean: {', '.join(hint)}?)" if hint else ""
            raise NotFound(f"no claim with id {claim_id!r}{more}")
        return claim

    def get_claim(self, claim_id: str) -> dict[str, Any]:
        with self.store.lock:
            return self._get(claim_id)

    def list_claims(self, include_retired: bool = False) -> list[dict[str, Any]]:
        with self.store.lock:
            return self.store.claims(include_retired=include_retired)

    def suggest_ids(self, prefix: str, limit: int = 25) -> list[str]:
        """Claim ids for autocomplete: those that start with or contain the text."""
        from rapidfuzz import fuzz, process

        with self.store.lock:
            ids = [r[0] for r in self.store.db.execute("SELECT id FROM claims WHERE retired = 0 ORDER BY id")]
        text = prefix.strip().lower()
        if not text:
            return ids[:limit]
        starts = [i for i in ids if i.startswith(text)]
        contains = [i for i in ids if text in i and i not in starts]
        fuzzy = [m[0] for m in process.extract(text, ids, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=70)
                 if m[0] not in starts and m[0] not in contains]
        return (starts + contains + fuzzy)[:limit]

    def history(self, claim_id: str) -> list[dict[str, Any]]:
        with self.store.lock:
            revs = self.store.revisions(claim_id)
            if not revs and self.store.claim(claim_id) is None:
                self._get(claim_id)
            return revs

    # -- curating

    def _validate(self, claim: dict[str, Any]) -> ClaimIn:
        """Check a claim dict with the same model the knowledge files use."""
        data = {k: claim.get(k) for k in ClaimIn.model_fields if claim.get(k) is not None}
        data["evidence"] = [
            {"quote": ev["quote"], "speaker": ev["speaker"], "stance": ev["stance"], "source": ev.get("source_id")}
            for ev in claim.get("evidence") or []
        ]
        try:
            model = SourcedClaimIn if claim.get("source_id") and not data["evidence"] else ClaimIn
            parsed = model.model_validate(data)
        except ValidationError as exc:
            raise ServiceError("; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'claim'}: {e['msg']}" for e in exc.errors())) from None
        for i, ev in enumerate(parsed.evidence):
            src = self.store.source(ev.source) if ev.source else None
            if ev.source and src is None:
                raise ServiceError(f"evidence[{i}].source: unknown source {ev.source!r}")
            if src and src.get("text") and not knowledge.quote_in_document(ev.quote, src["text"]):
                raise ServiceError(
                    f"evidence[{i}].quote: not found word for word in the source {src['id']!r}"
                )
        for rel in parsed.related:
            if rel != parsed.id and self.store.claim(rel) is None:
                raise ServiceError(f"related: no claim with id {rel!r}")
        return parsed

    def _save(self, claim: dict[str, Any], *, actor: str, action: str, note: str | None = None) -> dict[str, Any]:
        self._validate(claim)
        with self.store.transaction():
            self.store.save_claim(claim, actor=actor, action=action, note=note,
                                  index_text=index_text(claim, self.aliases))
            return self.store.claim(claim["id"])

    def add_claim(self, *, statement: str, status: str, claimant: list[str] | str, quote: str,
                  speaker: str | None = None, stance: str = "supports", source: str | None = None,
                  source_title: str | None = None, source_url: str | None = None,
                  outlet: str | None = None, rationale: str | None = None,
                  claim_id: str | None = None, phrasings: list[str] | None = None,
                  entities: list[str] | None = None, tags: list[str] | None = None,
                  actor: str) -> dict[str, Any]:
        """A moderator's new claim with one evidence item."""
        claimants = [c.strip() for c in claimant.split(",")] if isinstance(claimant, str) else list(claimant)
        with self.store.lock:
            status = self._status(status)
            cid = claim_id or slugify(statement)
            if self.store.claim(cid) is not None:
                if claim_id:
                    raise ServiceError(f"a claim with id {cid!r} already exists")
                n = 2
                while self.store.claim(f"{cid}-{n}") is not None:
                    n += 1
                cid = f"{cid}-{n}"
            with self.store.transaction():
                source_id = self._source_for(source, source_title, source_url, outlet)
                claim = {
                    "id": cid,
                    "statement": statement,
                    "claimant": claimants,
                    "status": status,
                    "rationale": rationale or f"Status set by {actor} when the claim was added.",
                    "source_id": source_id,
                    "evidence": [{"quote": quote, "speaker": speaker or ", ".join(claimants),
                                  "stance": stance, "source_id": source_id}],
                    "entities": entities or [],
                    "tags": tags or [],
                    "phrasings": phrasings or [],
                    "related": [],
                }
                return self._save(claim, actor=actor, action="create")

    def source_arguments(self, text: str) -> dict[str, str | None]:
        """One free-text source (as a chat command gives it) as ``add_claim`` arguments:
        a known source id (its document then checks the quote), a URL, or a title."""
        text = (text or "").strip()
        with self.store.lock:
            if self.store.source(text) is not None:
                return {"source": text, "source_url": None, "source_title": None}
        if text.lower().startswith(("http://", "https://")):
            return {"source": None, "source_url": text, "source_title": None}
        return {"source": None, "source_url": None, "source_title": text or None}

    def _source_for(self, source: str | None, title: str | None, url: str | None, outlet: str | None) -> str | None:
        if source:
            if self.store.source(source) is None:
                known = ", ".join(s["id"] for s in self.store.sources()) or "none yet"
                raise ServiceError(f"unknown source {source!r} (known sources: {known})")
            return source
        if not (title or url or outlet):
            return None
        if url and not re.match(r"^https?://\S+$", url):
            raise ServiceError(f"source url must start with http:// or https:// (got {url!r})")
        digest = hashlib.sha1((url or f"{outlet}|{title}").encode()).hexdigest()[:10]
        sid = f"src-{digest}"
        if self.store.source(sid) is None:
            self.store.upsert_source({"id": sid, "title": title or url or outlet, "outlet": outlet or "",
                                      "language": "en", "date": None, "url": url, "document": None,
                                      "text": None})
        return sid

    def _status(self, status: str) -> str:
        value = (status or "").strip().lower()
        if value not in STATUS_VALUES:
            raise ServiceError(f"unknown status {status!r}; use one of: {', '.join(STATUS_VALUES)}")
        return value

    def edit_claim(self, claim_id: str, *, actor: str, note: str | None = None, **changes: Any) -> dict[str, Any]:
        """Change fields of a claim: statement, claimant, rationale, entities, tags,
        phrasings, related (lists replace the old ones)."""
        allowed = {"statement", "claimant", "rationale", "entities", "tags", "phrasings", "related"}
        unknown = set(changes) - allowed
        if unknown:
            raise ServiceError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(sorted(allowed))}")
        changes = {k: v for k, v in changes.items() if v is not None}
        if not changes:
            raise ServiceError("nothing to change: give at least one field")
        with self.store.lock:
            claim = self._get(claim_id)
            claim.update(changes)
            return self._save(claim, actor=actor, action="edit", note=note)

    def add_evidence(self, claim_id: str, *, quote: str, speaker: str, stance: str,
                     source: str | None = None, actor: str, note: str | None = None) -> dict[str, Any]:
        with self.store.lock:
            claim = self._get(claim_id)
            claim["evidence"].append({"quote": quote, "speaker": speaker, "stance": stance, "source_id": source})
            return self._save(claim, actor=actor, action="add-evidence", note=note)

    def set_status(self, claim_id: str, status: str, *, note: str, actor: str) -> dict[str, Any]:
        note = (note or "").strip()
        if not note:
            raise ServiceError("a status change needs a note saying why")
        with self.store.lock:
            status = self._status(status)
            claim = self._get(claim_id)
            claim["status"] = status
            claim["status_note"] = note
            return self._save(claim, actor=actor, action="set-status", note=note)

    def retire(self, claim_id: str, *, actor: str, note: str | None = None) -> dict[str, Any]:
        with self.store.lock:
            claim = self._get(claim_id)
            if claim["retired"]:
                raise ServiceError(f"claim {claim_id!r} is already retired")
            claim["retired"] = True
            return self._save(claim, actor=actor, action="retire", note=note)

    def add_phrasing(self, claim_id: str, phrasing: str, *, actor: str) -> dict[str, Any]:
        phrasing = clean_question(phrasing)
        error = question_error(phrasing)
        if error:
            raise ServiceError(error.replace("question", "phrasing"))
        with self.store.lock:
            claim = self._get(claim_id)
            if phrasing.casefold() in (p.casefold() for p in claim["phrasings"]):
                raise ServiceError(f"claim {claim_id!r} already has that phrasing")
            claim["phrasings"].append(phrasing)
            return self._save(claim, actor=actor, action="add-phrasing", note=phrasing)

    # -- import and export

    def import_path(self, path: str | Path, *, actor: str, progress=None) -> dict[str, Any]:
        """Import knowledge files (a file or a folder), or one ClaimReview / Fact Check
        API file. All or nothing; idempotent."""
        path = Path(path)
        if claimreview.is_claimreview_file(path):
            return claimreview.import_file(self, path, actor, progress)
        with self.store.lock:
            known_sources = {s["id"]: s for s in self.store.sources()}
            known_claims = {r[0] for r in self.store.db.execute("SELECT id FROM claims")}
            seeds = knowledge.default_seeds_dir(path if path.is_dir() else path.parent)
            loaded = knowledge.load(path, seeds, known_sources, known_claims)
            counts = {"created": 0, "updated": 0, "unchanged": 0, "sources": len(loaded.sources)}
            with self.store.transaction():
                for source in loaded.sources.values():
                    self.store.upsert_source(source)
                for claim_in, source_id, file in loaded.claims:
                    claim = _claim_dict(claim_in, source_id)
                    existing = self.store.claim(claim["id"])
                    if existing is not None and _same(existing, claim):
                        counts["unchanged"] += 1
                        continue
                    if existing is not None:
                        claim["status_note"] = existing.get("status_note")
                    self.store.save_claim(claim, actor=actor, action="import" if existing is None else "reimport",
                                          note=f"from {Path(file).name}",
                                          index_text=index_text(claim, self.aliases))
                    counts["created" if existing is None else "updated"] += 1
            return counts

    def export(self, dest: str | Path) -> list[Path]:
        """Write the claim base back as knowledge files, one per source, into ``dest``."""
        dest = Path(dest)
        if dest.exists() and not dest.is_dir():
            raise ServiceError(f"{dest} is a file; export writes a folder of knowledge files")
        with self.store.lock:
            claims = self.store.claims(include_retired=True)
            sources = {s["id"]: s for s in self.store.sources()}
        groups: dict[str, list[dict[str, Any]]] = {}
        for claim in claims:
            groups.setdefault(claim.get("source_id") or "", []).append(claim)
        dest.mkdir(parents=True, exist_ok=True)
        written = []
        for source_id, group in sorted(groups.items()):
            source = sources.get(source_id) or {"id": "unsourced", "title": "Claims without a source",
                                                "outlet": "claimbot moderators", "language": "en"}
            path = dest / f"{source['id']}.json"
            knowledge.write_json(path, knowledge.claim_file_dict(source, group))
            written.append(path)
        return written

    # -- the query log

    def recent(self, limit: int = 20, user_id: Any = None) -> list[dict[str, Any]]:
        with self.store.lock:
            return self.store.recent_queries(max(1, limit), _id(user_id))

    def unmatched(self, limit: int = 20) -> list[dict[str, Any]]:
        """The moderators' to-do list: unanswered questions, most asked first, each
        with its best candidate and score."""
        with self.store.lock:
            rows = self.store.unmatched(max(1, limit))
            best_ids = []
            for r in rows:
                cands = json.loads(r.pop("candidates") or "[]")
                r["best_claim_id"] = cands[0]["id"] if cands else None
                r["best_score"] = cands[0]["score"] if cands else None
                best_ids.append(r["best_claim_id"])
            texts = {c["id"]: c["statement"] for c in self.store.claims([i for i in best_ids if i])}
            for r in rows:
                r["best_claim_text"] = texts.get(r["best_claim_id"])
            return rows

    def stats(self) -> dict[str, Any]:
        with self.store.lock:
            data = self.store.stats()
        q = data["questions"]
        data["match_rate"] = round(data["matched"] / q, 3) if q else None
        return data

    def link_question(self, query_id: int, claim_id: str, *, actor: str) -> list[dict[str, Any]]:
        """A moderator says: this unanswered question is answered by that claim. Every
        logged question with the same normalised form is linked too. Returns the rows."""
        with self.store.lock:
            self._get(claim_id)
            row = self.store.query_row(query_id)
            if row is None:
                raise NotFound(f"no logged question #{query_id}")
            claim = self.store.claim(claim_id)
            rows = self.store.queries_with_normalized(row["normalized"]) if row["normalized"] else [row]
            with self.store.transaction():
                for r in rows:
                    self.store.update_query(r["id"], linked_claim_id=claim_id)
                if row["question"] and row["question"] not in claim["phrasings"]:
                    claim["phrasings"].append(clean_question(row["question"])[:300])
                    self._save(claim, actor=actor, action="link-question", note=f"question #{query_id}")
            return [self.store.query_row(r["id"]) for r in rows]

    def export_log(self, fmt: str = "csv") -> str:
        """The whole query log as CSV or JSON text."""
        with self.store.lock:
            rows = list(self.store.all_queries())
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=1)
        if fmt != "csv":
            raise ServiceError(f"unknown format {fmt!r}; use csv or json")
        buf = io.StringIO()
        fields = list(self.store.db["queries"].columns_dict)
        writer = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_safe(v) for k, v in row.items()})
        return buf.getvalue()


def _csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas in user text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _id(value: Any) -> str | None:
    return None if value is None else str(value)


def _non_latin(text: str) -> bool:
    return any(c.isalpha() and not c.isascii() and "LATIN" not in unicodedata.name(c, "") for c in text)


def _claim_dict(claim: ClaimIn, source_id: str) -> dict[str, Any]:
    data = claim.model_dump(mode="json")
    data["source_id"] = source_id
    data["evidence"] = [
        {"quote": ev["quote"], "speaker": ev["speaker"], "stance": ev["stance"],
         "source_id": ev.get("source") or source_id}
        for ev in data["evidence"]
    ]
    return data


_COMPARED = ("statement", "claimant", "status", "rationale", "entities", "tags", "phrasings", "related", "retired",
             "source_id")


def _same(existing: dict[str, Any], new: dict[str, Any]) -> bool:
    if any(existing.get(k) != new.get(k) for k in _COMPARED):
        return False
    ev_old = [(e["quote"], e["speaker"], e["stance"], e["source_id"]) for e in existing["evidence"]]
    ev_new = [(e["quote"], e["speaker"], e["stance"], e["source_id"]) for e in new["evidence"]]
    return ev_old == ev_new


__all__ = ["ClaimService", "ServiceError", "NotFound", "Asked", "StoreError", "Status"]

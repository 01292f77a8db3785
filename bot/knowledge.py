"""The curated claim base as text: reading, checking and writing knowledge/ files.

A knowledge file holds one source document and the claims drawn from it (see
README, "Claim file format"). Loading checks everything before anything is
written: the JSON, every field, ids unique across files, and every evidence
quote against its document. Errors name the file, the claim id and the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .models import AliasFile, ClaimIn, KnowledgeFile, SourceIn
from .normalize import AliasTable

ALIAS_FILE = "aliases.json"
_WS = re.compile(r"\s+")


class KnowledgeError(Exception):
    """A knowledge file that cannot be used; the message names file, claim and field."""


@dataclass
class Loaded:
    """Everything read from knowledge files, checked and ready to import."""

    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    claims: list[tuple[ClaimIn, str, str]] = field(default_factory=list)  # (claim, source id, file)


def package_root() -> Path:
    return Path(__file__).resolve().parent


def default_knowledge_dir() -> Path:
    """knowledge/ beside the package in a checkout, else the copy bundled in the wheel."""
    checkout = package_root().parent / "knowledge"
    if checkout.is_dir():
        return checkout
    return package_root() / "_data" / "knowledge"


def default_seeds_dir(knowledge_dir: Path) -> Path:
    return knowledge_dir.parent / "seeds"


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def quote_in_document(quote: str, document: str) -> bool:
    """True if the quote is in the document word for word; only whitespace may differ."""
    return squash(quote) in squash(document)


def _field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


def _explain(path: Path, raw: Any, exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        where = ""
        if len(loc) >= 2 and loc[0] == "claims" and isinstance(loc[1], int):
            try:
                claim_id = raw["claims"][loc[1]].get("id") or f"#{loc[1]}"
            except (AttributeError, IndexError, KeyError, TypeError):
                claim_id = f"#{loc[1]}"
            where = f"claim {claim_id!r}, "
            loc = loc[2:]
        elif loc and loc[0] == "source":
            where = "source, "
            loc = loc[1:]
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "missing"
        elif err["type"] == "enum":
            msg = f"{err['input']!r} is not one of: {err['ctx']['expected']}"
        lines.append(f"{path}: {where}field {_field_path(loc) or '(claim)'}: {msg}")
    return "\n".join(lines)


def read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise KnowledgeError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None


def parse_file(path: Path) -> KnowledgeFile:
    raw = read_json(path)
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: field (file): expected an object with 'source' and 'claims'")
    try:
        return KnowledgeFile.model_validate(raw)
    except ValidationError as exc:
        raise KnowledgeError(_explain(path, raw, exc)) from None


def load_aliases(path: Path) -> AliasTable:
    raw = read_json(path)
    try:
        parsed = AliasFile.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{path}: field {_field_path(tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise KnowledgeError("\n".join(lines)) from None
    try:
        return AliasTable.build([(e.canonical, e.kind, e.aliases) for e in parsed.entries],
                                {e.canonical: e.implies for e in parsed.entries if e.implies})
    except ValueError as exc:
        raise KnowledgeError(f"{path}: {exc}") from None


def knowledge_files(path: Path) -> list[Path]:
    """The claim files at a path: the file itself, or every *.json in a folder but the alias table."""
    if path.is_dir():
        files = sorted(p for p in path.glob("*.json") if p.name != ALIAS_FILE)
        if not files:
            raise KnowledgeError(f"{path}: no knowledge files (*.json) in this folder")
        return files
    if not path.exists():
        raise KnowledgeError(f"{path}: no such file or folder")
    return [path]


def load(
    path: Path,
    seeds_dir: Path | None = None,
    known_sources: dict[str, dict[str, Any]] | None = None,
    known_claims: frozenset[str] | set[str] = frozenset(),
) -> Loaded:
    """Read and check every knowledge file at ``path``. Raises KnowledgeError, listing
    every problem found, before anything is imported."""
    problems: list[str] = []
    loaded = Loaded()
    where: dict[str, Path] = {}
    for file in knowledge_files(path):
        try:
            parsed = parse_file(file)
        except KnowledgeError as exc:
            problems.append(str(exc))
            continue
        base = seeds_dir or default_seeds_dir(file.parent)
        stored = (known_sources or {}).get(parsed.source.id)
        source = source_record(parsed.source, base, file, problems, stored)
        loaded.sources[source["id"]] = source
        for claim in parsed.claims:
            if claim.id in where:
                problems.append(f"{file}: claim {claim.id!r}, field id: duplicate id (also in {where[claim.id]})")
                continue
            where[claim.id] = file
            loaded.claims.append((claim, source["id"], str(file)))
    all_sources = {**(known_sources or {}), **loaded.sources}
    ids = set(where)
    for claim, source_id, file in loaded.claims:
        for i, ev in enumerate(claim.evidence):
            sid = ev.source or source_id
            src = all_sources.get(sid)
            if src is None:
                problems.append(f"{file}: claim {claim.id!r}, field evidence[{i}].source: unknown source {sid!r}")
            elif src.get("text") is not None and not quote_in_document(ev.quote, src["text"]):
                problems.append(
                    f"{file}: claim {claim.id!r}, field evidence[{i}].quote: not found verbatim in "
                    f"{src.get('document') or sid}: {ev.quote[:80]!r}"
                )
        for rel in claim.related:
            if rel not in ids and rel not in known_claims:
                problems.append(f"{file}: claim {claim.id!r}, field related: unknown claim id {rel!r}")
    if problems:
        raise KnowledgeError("\n".join(problems))
    return loaded


def source_record(source: SourceIn, seeds_dir: Path, file: Path, problems: list[str],
                  stored: dict[str, Any] | None = None) -> dict[str, Any]:
    """The source row; its document's text is read from seeds/, or else taken from the
    database when it already holds that document (an exported folder imported back)."""
    record = source.model_dump()
    record["text"] = None
    if source.document:
        doc = seeds_dir / source.document
        try:
            record["text"] = doc.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            if stored and stored.get("text") and stored.get("document") == source.document:
                record["text"] = stored["text"]
            else:
                problems.append(f"{file}: source, field document: cannot read {doc}")
    return record


def claim_file_dict(source: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, Any]:
    """A knowledge file's content from stored rows (the inverse of ``load``)."""
    src = {k: source.get(k) for k in ("id", "title", "outlet", "language", "date", "url", "document")}
    out_claims = []
    for c in claims:
        item: dict[str, Any] = {
            "id": c["id"],
            "statement": c["statement"],
            "claimant": c["claimant"],
            "status": c["status"],
            "rationale": c.get("rationale") or "",
            "evidence": [
                {k: v for k, v in (
                    ("quote", ev["quote"]),
                    ("speaker", ev["speaker"]),
                    ("stance", ev["stance"]),
                    ("source", ev["source_id"] if ev["source_id"] != source["id"] else None),
                ) if v is not None}
                for ev in c["evidence"]
            ],
            "entities": c["entities"],
            "tags": c["tags"],
            "phrasings": c["phrasings"],
            "related": c["related"],
        }
        if c.get("retired"):
            item["retired"] = True
        out_claims.append(item)
    return {"source": src, "claims": out_claims}


def write_json(path: Path, data: Any) -> None:
    """Write atomically: a reader never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)

"""The curated claim base as text: reading, checking and writing knowledge/ files.

A knowledge file holds one source document and the claims drawn from it (see
README, "Claim file format"). Loading checks everything before anything is
written: the JSON, every field, ids unique across files, and every evidence
quote against its document. Errors name the file, the claim id and the field.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .claim import UNSOURCED, Claim, Source
from .models import AliasFile, KnowledgeFile
from .normalize import AliasTable

ALIAS_FILE = "aliases.json"
EXPORTED_SEEDS = "seeds"  # the folder inside an export that holds the documents it quotes
STORE_ONLY = ("created_at", "updated_at", "updated_by")  # claim fields a file never sets


class KnowledgeError(Exception):
    """A knowledge file that cannot be used; the message names file, claim and field."""


@dataclass
class Loaded:
    """Everything read from knowledge files, checked and ready to import."""

    sources: dict[str, Source] = field(default_factory=dict)
    claims: list[tuple[Claim, str]] = field(default_factory=list)  # (claim, the file it came from)


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
    stamps = [
        f"{path}: claim {c.get('id')!r}, field {key}: the store keeps this; a file may not set it"
        for c in raw.get("claims") or []
        if isinstance(c, dict)
        for key in STORE_ONLY
        if key in c
    ]
    if stamps:
        raise KnowledgeError("\n".join(stamps))
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
        return AliasTable.build(
            [(e.canonical, e.kind, e.aliases) for e in parsed.entries],
            {e.canonical: e.implies for e in parsed.entries if e.implies},
            {e.canonical: e.generic for e in parsed.entries if e.generic},
        )
    except ValueError as exc:
        raise KnowledgeError(f"{path}: {exc}") from None


def knowledge_files(path: Path) -> list[Path]:
    """The claim files at a path: the file itself, or every *.json in a folder but the alias table."""
    if path.is_dir():
        try:
            files = sorted(p for p in path.glob("*.json") if p.name != ALIAS_FILE)
        except OSError as exc:
            raise KnowledgeError(f"{path}: cannot read this folder: {exc.strerror or exc}") from None
        if not files:
            raise KnowledgeError(f"{path}: no knowledge files (*.json) in this folder")
        return files
    if not path.exists():
        raise KnowledgeError(f"{path}: no such file or folder")
    return [path]


def load(
    path: Path,
    seeds_dir: Path | None = None,
    known_sources: Mapping[str, Source] | None = None,
    known_claims: Collection[str] = frozenset(),
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
        known = known_sources or {}
        for src in (parsed.source, *parsed.sources):
            if src.id == UNSOURCED:
                continue
            loaded.sources[src.id] = read_document(src, base, file, problems, known.get(src.id))
        own = None if parsed.source.id == UNSOURCED else parsed.source.id
        for claim in parsed.claims:
            if claim.id in where:
                problems.append(f"{file}: claim {claim.id!r}, field id: duplicate id (also in {where[claim.id]})")
                continue
            if claim.source is not None and claim.source != own:
                problems.append(
                    f"{file}: claim {claim.id!r}, field source: a claim's source is its file's "
                    f"source ({own!r}); leave it out"
                )
                continue
            where[claim.id] = file
            loaded.claims.append((Claim.model_validate({**claim.model_dump(), "source": own}), str(file)))
    all_sources = {**(known_sources or {}), **loaded.sources}
    ids = set(where) | set(known_claims)
    for claim, file in loaded.claims:
        for problem in claim.problems(all_sources, ids):
            problems.append(f"{file}: claim {claim.id!r}, field {problem}")
    if problems:
        raise KnowledgeError("\n".join(problems))
    return loaded


def read_document(
    source: Source, seeds_dir: Path, file: Path, problems: list[str], stored: Source | None = None
) -> Source:
    """The source with its document's text, read from seeds/, or else taken from the
    database when it already holds that document (an exported folder imported back)."""
    text = None
    if source.document:
        doc = seeds_dir / source.document
        carried = file.parent / EXPORTED_SEEDS / source.document  # an export carries its documents
        for candidate in (doc, carried):
            try:
                text = candidate.read_text(encoding="utf-8")
                break
            except (OSError, UnicodeDecodeError):
                continue
        if text is None:
            if stored is not None and stored.text and stored.document == source.document:
                text = stored.text
            else:
                problems.append(f"{file}: source, field document: cannot read {doc}")
    return source.model_copy(update={"text": text})


def file_dict(source: Source | None, claims: list[Claim], others: list[Source] = ()) -> dict[str, Any]:
    """A knowledge file's content (the inverse of ``load``): ``source`` None writes the
    claims that name no source, under the reserved source id ``unsourced``."""
    if source is None:
        source = Source(id=UNSOURCED, title="Claims that name no source", outlet="claimbot moderators")
    out: dict[str, Any] = {"source": source.to_file()}
    if others:
        out["sources"] = [s.to_file() for s in others]
    out["claims"] = [c.to_file(source.id) for c in claims]
    return out


def write_json(path: Path, data: Any) -> None:
    """Write atomically: a reader never sees half a file."""
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_text(path: Path, text: str) -> None:
    """Write atomically: a reader never sees half a file. A path that cannot be written is
    one KnowledgeError line naming it (and no half-written file is left)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(2, "no such folder")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        if tmp.parent.is_dir():
            tmp.unlink(missing_ok=True)  # no half-written file left behind
        raise KnowledgeError(
            f"cannot write {path}: {exc.strerror or exc}; choose a folder that exists and that you may write to"
        ) from None


def make_folder(path: Path) -> None:
    """Create an output folder, or one KnowledgeError line saying why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnowledgeError(f"cannot create the folder {path}: {exc.strerror or exc}") from None

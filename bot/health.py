"""Is the bot alive? A heartbeat file the running bot rewrites, and the check that reads it.

The Discord bot calls ``beat`` every ``HEARTBEAT_SECONDS`` on its database worker
thread: it reads the database (``ClaimService.ping``) and writes the heartbeat file
beside the database (``heartbeat_path``) with the time, whether the bot is connected
to Discord and, if the read failed, why. ``claimbot health`` (the image's
HEALTHCHECK) calls ``check``: the heartbeat must be fresh (younger than ``max_age``
seconds), say "connected" and carry no database error, and the database file must
pass ``db check --quick`` (SQLite's quick check and the schema).

Nothing here imports discord: the heartbeat is plain JSON, written atomically.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .knowledge import KnowledgeError
from .service import ClaimService, ServiceError
from .settings import Settings
from .store import StoreError

HEARTBEAT_SECONDS = 30  # how often the running bot writes its heartbeat
DEFAULT_MAX_AGE = 90  # seconds: three missed heartbeats and the bot is unhealthy
HEARTBEAT_SUFFIX = ".heartbeat"


def heartbeat_path(db: str | Path) -> Path | None:
    """Where the bot with database ``db`` writes its heartbeat: beside it
    (``/data/claimbot.db.heartbeat``), on the same volume. None for ``:memory:``."""
    if str(db) == ":memory:":
        return None
    path = Path(db).expanduser()
    return path.with_name(path.name + HEARTBEAT_SUFFIX)


def write_heartbeat(
    path: str | Path, *, connected: bool = True, db_error: str | None = None, now: float | None = None
) -> None:
    """Write the heartbeat: now (or ``now``, seconds since the epoch), whether the bot is
    connected to Discord, and the database error if it has one. Written to a temporary
    file and renamed, so a reader never sees half of it."""
    path = Path(path)
    at = time.time() if now is None else now
    data = {
        "at": at,
        "time": datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "pid": os.getpid(),
        "connected": bool(connected),
        "db_error": db_error,
    }
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(data) + "\n", encoding="utf-8")
    os.replace(partial, path)


def clear_heartbeat(path: str | Path | None) -> None:
    """Remove the heartbeat (a clean shutdown), if there is one."""
    if path is not None:
        Path(path).unlink(missing_ok=True)


def beat(service: ClaimService, path: str | Path | None, *, connected: bool, now: float | None = None) -> str | None:
    """One heartbeat of the running bot: read the database, then write the heartbeat with
    the outcome. Never raises: returns what went wrong, for the bot's log (None: the
    database answered and the heartbeat was written). Call it on the thread that does the
    bot's database work, so a stuck worker stops the heartbeat."""
    error = None
    try:
        service.ping()
    except (StoreError, ServiceError) as exc:
        error = str(exc)
    if path is None:
        return error
    try:
        write_heartbeat(path, connected=connected, db_error=error, now=now)
    except OSError as exc:  # the health check will find the heartbeat stale
        return "; ".join(filter(None, [error, f"cannot write the heartbeat {path}: {exc.strerror or exc}"]))
    return error


def read_heartbeat(path: str | Path) -> dict[str, Any] | None:
    """The heartbeat's content, or None if there is none or it cannot be read."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("at"), int | float) else None


def heartbeat_problems(
    path: str | Path | None, max_age: float = DEFAULT_MAX_AGE, now: float | None = None
) -> list[str]:
    """What the heartbeat says is wrong (empty: the bot is running, connected, and its
    database answers)."""
    if path is None:
        return ["heartbeat: an in-memory database has no heartbeat"]
    path = Path(path)
    if not path.exists():
        return [f"heartbeat: none at {path} (is the bot running? it writes one every {HEARTBEAT_SECONDS} s)"]
    data = read_heartbeat(path)
    if data is None:
        return [f"heartbeat: {path} cannot be read"]
    age = (time.time() if now is None else now) - float(data["at"])
    out = []
    if age > max_age:
        out.append(
            f"heartbeat: the last one is {age:.0f} s old (at {data.get('time', '?')}; the limit is {max_age:g} s): "
            "the bot is stopped or stuck"
        )
    if not data.get("connected", False):
        out.append(f"heartbeat: the bot is not connected to Discord (at {data.get('time', '?')})")
    if data.get("db_error"):
        out.append(f"heartbeat: the bot cannot read its database: {data['db_error']}")
    return out


def database_problems(settings: Settings | None = None, db: str | Path | None = None) -> list[str]:
    """The database file's quick check (``db check --quick``): empty when it is usable."""
    try:
        service = ClaimService.open_existing(settings, db=db)
    except (StoreError, ServiceError, KnowledgeError) as exc:
        return [f"database: {exc}"]
    try:
        return [f"database: {p}" for p in service.check_database(quick=True).problems]
    except (StoreError, ServiceError) as exc:
        return [f"database: {exc}"]
    finally:
        service.close()


def check(
    heartbeat: str | Path | None,
    max_age: float = DEFAULT_MAX_AGE,
    db: str | Path | None = None,
    *,
    settings: Settings | None = None,
    now: float | None = None,
) -> list[str]:
    """Everything that makes the bot unhealthy, one line each (empty: healthy): the
    heartbeat (fresh, connected, the database readable by the bot) and the database
    file (SQLite's quick check, the schema)."""
    return heartbeat_problems(heartbeat, max_age, now) + database_problems(settings, db)


__all__ = [
    "HEARTBEAT_SECONDS",
    "DEFAULT_MAX_AGE",
    "heartbeat_path",
    "write_heartbeat",
    "clear_heartbeat",
    "beat",
    "read_heartbeat",
    "heartbeat_problems",
    "database_problems",
    "check",
]

"""Settings from the environment and a ``.env`` file (pydantic-settings).

Every variable has the ``CLAIMBOT_`` prefix except ``DISCORD_TOKEN``:
``CLAIMBOT_DB`` (the database file), ``CLAIMBOT_KNOWLEDGE_DIR``,
``CLAIMBOT_PREFIX``, ``CLAIMBOT_MOD_ROLES`` (comma-separated role ids),
``CLAIMBOT_EDITOR_GUILDS``, ``CLAIMBOT_GUILDS``, ``CLAIMBOT_LOG_RETENTION_DAYS``,
``CLAIMBOT_PSEUDONYM_KEY``,
``CLAIMBOT_ADMIN_PERMISSION``, ``CLAIMBOT_LOG_LEVEL``, ``CLAIMBOT_FOLLOWUP``,
``CLAIMBOT_METRICS_PORT``, ``CLAIMBOT_SEMANTIC``, ``CLAIMBOT_VERIFY``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from .knowledge import default_knowledge_dir


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "claimbot" / "claimbot.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CLAIMBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    db: Path = Field(default_factory=default_db_path)
    knowledge_dir: Path = Field(default_factory=default_knowledge_dir)

    # Discord
    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "CLAIMBOT_DISCORD_TOKEN")
    )
    prefix: str = Field(default="!", min_length=1, max_length=5)
    mod_roles: Annotated[list[int], NoDecode] = Field(default_factory=list)  # role ids, not names
    # The servers whose moderators curate the shared claim base (the bot owner always may).
    editor_guilds: Annotated[list[int], NoDecode] = Field(default_factory=list)
    # If set, the only servers the bot stays in: it leaves any other on joining it.
    guilds: Annotated[list[int], NoDecode] = Field(default_factory=list)
    # Days after which a logged question's text and its asker's id are erased (0: never).
    log_retention_days: int = Field(default=90, ge=0)
    # A secret that keys the hash of user ids in pseudonymised log exports.
    pseudonym_key: SecretStr | None = None
    admin_permission: str = "manage_guild"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    followup: Literal["reply", "dm", "off"] = "reply"
    ask_rate: int = Field(default=3, ge=1)  # questions per user ...
    ask_per_seconds: float = Field(default=15.0, gt=0)  # ... per this many seconds
    # The search index that finds candidates: "tantivy" (a search engine library, fast at any
    # size; its copy lives beside the database in <db>.tantivy/) or "fts5" (SQLite alone).
    retriever: Literal["tantivy", "fts5"] = "tantivy"
    # The port of the Prometheus endpoint (on 127.0.0.1; see bot/metrics.py). None or 0: off.
    metrics_port: int | None = Field(default=None, ge=0, le=65535)
    # Watch mode's reading by meaning (``bot.semantic``): "auto" (use the semantic extra if
    # it is installed), "off", or the folder of an all-MiniLM-L6-v2 model.
    semantic: str = Field(default="auto", min_length=1)
    # With the semantic extra, a question's confident match is read again by the verifier
    # (``bot.semantic.Verifier``; README "How matching works", step 9); False: by words only.
    verify: bool = True

    @field_validator("mod_roles", "editor_guilds", "guilds", mode="before")
    @classmethod
    def _split_ids(cls, v: object) -> object:
        """Comma-separated Discord ids (snowflakes); a name is refused: names can be copied
        in any server, ids cannot."""
        if isinstance(v, str):
            parts = [part.strip() for part in v.split(",") if part.strip()]
            bad = [p for p in parts if not p.isdigit()]
            if bad:
                raise ValueError(f"expected Discord ids (numbers), comma-separated; not an id: {bad[0]!r}")
            return [int(p) for p in parts]
        return v

    @field_validator("metrics_port", mode="before")
    @classmethod
    def _blank_is_off(cls, v: object) -> object:
        """``CLAIMBOT_METRICS_PORT=`` (set but empty, as compose files write it) means off."""
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, v: object) -> object:
        return v.upper() if isinstance(v, str) else v


def settings_error(exc: ValidationError) -> str:
    """A settings validation error as one line per bad variable, named as it is set."""
    lines = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else "?"
        var = "DISCORD_TOKEN" if name == "discord_token" else f"CLAIMBOT_{name.upper()}"
        lines.append(f"bad setting {var}: {err['msg']}")
    return "; ".join(lines)

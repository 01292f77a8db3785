"""Per-server settings, with the environment as their defaults (Red's Config pattern).

Each Discord server may override a few settings; what it does not set comes from the
environment (``bot.settings.Settings``). Values are stored by the store
(``guild_settings``) and read on every use, so a change takes effect at once.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .settings import Settings
from .status import STATUS_VALUES
from .watch import DEFAULT_STATUSES


class ServerSettings(BaseModel):
    """What a server can set. Field descriptions are shown by ``!claimconfig``."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    mod_roles: list[int] = Field(default_factory=list, description="moderator role ids")
    followup: Literal["reply", "dm", "off"] = Field("reply", description="how askers hear of later answers")
    ask_rate: int = Field(3, ge=1, le=100, description="questions per member ...")
    ask_per_seconds: float = Field(15.0, gt=0, le=86400, description="... per this many seconds")
    channels: list[int] = Field(default_factory=list, description="channel ids where the bot answers (none: all)")
    log_retention_days: int = Field(90, ge=0, le=3650, description="days before questions are erased (0: keep)")
    # Watch mode (issue 14): off everywhere until a channel is named.
    watch_channels: list[int] = Field(
        default_factory=list, description="channel ids where chat is watched for checked claims (threads follow)"
    )
    watch_mode: Literal["thread", "reply", "draft"] = Field(
        "thread", description="how the watcher answers: in a thread, as a reply, or as a draft for moderators"
    )
    watch_draft_channel: int | None = Field(None, description="channel id where drafts wait for a moderator")
    watch_statuses: list[str] = Field(
        default_factory=lambda: list(DEFAULT_STATUSES), description="statuses the watcher answers (or: all)"
    )
    watch_cooldown_minutes: int = Field(
        60, ge=0, le=10080, description="minutes before the same claim is answered again in a channel"
    )

    @field_validator("mod_roles", "channels", "watch_channels", mode="before")
    @classmethod
    def _ids(cls, v: object) -> object:
        if isinstance(v, str):
            parts = [p.strip().lstrip("<@&#").rstrip(">") for p in v.replace(" ", ",").split(",") if p.strip()]
            bad = [p for p in parts if not p.isdigit()]
            if bad:
                raise ValueError(f"expected ids (numbers) or mentions, comma-separated; not an id: {bad[0]!r}")
            return [int(p) for p in parts]
        return v

    @field_validator("watch_draft_channel", mode="before")
    @classmethod
    def _one_id(cls, v: object) -> object:
        if isinstance(v, str):
            text = v.strip().lstrip("<#").rstrip(">")
            if text.lower() in ("", "none", "off"):
                return None
            if not text.isdigit():
                raise ValueError(f"expected a channel id or mention, or none; not {v.strip()!r}")
            return int(text)
        return v

    @field_validator("watch_statuses", mode="before")
    @classmethod
    def _statuses(cls, v: object) -> object:
        if isinstance(v, str):
            v = [p.strip().lower() for p in v.replace(" ", ",").split(",") if p.strip()]
            if v == ["all"]:
                return list(STATUS_VALUES)
        if isinstance(v, list):
            bad = [s for s in v if s not in STATUS_VALUES]
            if bad:
                raise ValueError(f"unknown status {bad[0]!r}; use all, or some of: {', '.join(STATUS_VALUES)}")
            if not v:
                raise ValueError("name at least one status (or all)")
            return list(dict.fromkeys(v))
        return v


KEYS = tuple(ServerSettings.model_fields)


class ConfigError(ValueError):
    """A setting that cannot be set: an unknown key or a bad value (one line, named)."""


def defaults(settings: Settings) -> ServerSettings:
    """The environment's values: what a server has until it sets its own. They were
    checked by ``Settings``; a server's bounds apply to what a server sets, not to the
    operator's environment (a load test may well allow 10,000 questions a minute)."""
    return ServerSettings.model_construct(
        mod_roles=list(settings.mod_roles),
        followup=settings.followup,
        ask_rate=settings.ask_rate,
        ask_per_seconds=settings.ask_per_seconds,
        channels=[],
        log_retention_days=settings.log_retention_days,
    )


def resolve(settings: Settings, stored: dict[str, Any]) -> ServerSettings:
    """A server's settings: its stored values (checked when set) over the defaults;
    unknown keys, or a value that no longer passes, are ignored."""
    base = defaults(settings).model_dump()
    for key, value in stored.items():
        if key in KEYS:
            try:
                base[key] = getattr(ServerSettings.model_validate({key: value}), key)
            except ValidationError:
                continue
    return ServerSettings.model_construct(**base)


def is_set(stored: dict[str, Any], key: str) -> bool:
    """Did the server set this key itself (rather than use the default)?"""
    return key in stored


def parse(key: str, raw: str) -> Any:
    """One setting's value from text (as a command gives it), checked; ConfigError if not."""
    key = key.strip().lower().replace("-", "_")
    if key not in KEYS:
        raise ConfigError(f"unknown setting {key!r}; settings: {', '.join(KEYS)}")
    try:
        model = ServerSettings.model_validate({key: raw.strip()})
    except ValidationError as exc:
        message = exc.errors()[0]["msg"].removeprefix("Value error, ")
        raise ConfigError(f"bad value for {key}: {message}") from None
    return getattr(model, key)


__all__ = ["ServerSettings", "KEYS", "ConfigError", "defaults", "resolve", "parse", "is_set"]

"""A server's own claims and authority (core): matched only in their server, changed
only by it; the shared base changed only by its editors; per-server settings."""

from __future__ import annotations

import pytest

from bot.config import KEYS
from bot.service import NotAllowed, NotFound, Scope, ServiceError
from bot.settings import Settings

A, B = "111111111111111111", "222222222222222222"
SHARED = "turkey-return-s400-to-russia"
PIZZA = dict(
    statement="The town pizzeria closes on Mondays.",
    status="true",
    claimant="a regular",
    quote="The pizzeria is closed on Mondays.",
    speaker="the pizzeria's sign",
    phrasings=["is the pizzeria closed on mondays"],
)


def test_a_servers_own_claim_is_matched_only_in_that_server(service):
    claim = service.add_claim(**PIZZA, actor="mod:b", guild=B)
    assert claim.guild == B
    assert service.ask("is the pizzeria closed on mondays", guild_id=B, log=False).answer.claim.id == claim.id
    in_a = service.ask("is the pizzeria closed on mondays", guild_id=A, log=False).answer
    assert in_a.claim is None and claim.id not in [c.id for c in in_a.candidates]
    assert service.ask("is the pizzeria closed on mondays", log=False).answer.claim is None  # the CLI: shared only
    # the shared base answers everywhere
    assert service.ask("will Turkey return S-400", guild_id=B, log=False).answer.claim.id == SHARED


def test_only_editors_change_the_shared_base_and_only_the_owner_a_servers_claim(service):
    own = service.add_claim(**PIZZA, actor="mod:b", guild=B)
    b_mod, editor = Scope.of(B, editor=False), Scope.of(A, editor=True)
    with pytest.raises(NotAllowed, match="curated only by its editors"):
        service.set_status(SHARED, "opinion", note="from B", actor="mod:b", scope=b_mod)
    assert service.get_claim(SHARED).status == "unverified"
    service.set_status(own.id, "mostly-true", note="checked", actor="mod:b", scope=b_mod)  # B's own: fine
    with pytest.raises(NotFound):
        service.get_claim(own.id, Scope.of(A, editor=True))  # A cannot see B's own claim ...
    with pytest.raises(NotFound):
        service.retire(own.id, actor="mod:a", scope=editor)  # ... nor change it, editor or not
    service.set_status(SHARED, "opinion", note="editor", actor="mod:a", scope=editor)
    assert service.get_claim(SHARED).status == "opinion"
    assert service.get_claim(own.id).status == "mostly-true"  # the operator sees everything


def test_a_server_claim_that_repeats_a_shared_one_is_flagged(service):
    repeat = service.add_claim(
        statement="Turkey may return its S-400 systems to Russia.",
        status="unverified",
        claimant="US media and officials",
        quote="Turkey may give them back.",
        actor="mod:b",
        guild=B,
    )
    assert service.duplicate_of(repeat) == SHARED
    assert service.duplicate_of(service.add_claim(**PIZZA, actor="mod:b", guild=B)) is None


def test_follow_ups_for_a_server_claim_never_reach_another_server(service):
    from bot import followup

    asked_b = service.ask("is the pizzeria closed on mondays", interface="discord", user_id=1, guild_id=B)
    service.ask("is the pizzeria closed on mondays", interface="discord", user_id=2, guild_id=A)
    claim = service.add_claim(**PIZZA, actor="mod:b", guild=B)
    assert followup.newly_answered(service, claim.id) == [asked_b.query_id]
    with pytest.raises(NotFound, match="in this server"):
        service.link_question(asked_b.query_id, claim.id, actor="mod:a", guild_id=A)


def test_server_settings_default_to_the_environment_and_refuse_bad_input(service):
    env = Settings(_env_file=None, mod_roles="42", followup="dm")
    assert service.server_settings(B, env).mod_roles == [42] and service.server_settings(B, env).followup == "dm"
    assert service.set_server_setting(B, "followup", "off", actor="admin:b") == "off"
    assert service.server_settings(B, env).followup == "off" and service.server_settings(A, env).followup == "dm"
    for key, value, message in [
        ("colour", "red", "unknown setting 'colour'"),
        ("followup", "loud", "bad value for followup"),
        ("ask_rate", "0", "bad value for ask_rate"),
        ("channels", "general", "not an id: 'general'"),
    ]:
        with pytest.raises(ServiceError, match=message):
            service.set_server_setting(B, key, value, actor="admin:b")
    assert service.server_settings(B, env).channels == []  # nothing changed
    service.set_server_setting(B, "followup", None, actor="admin:b")
    assert service.server_settings(B, env).followup == "dm"  # back to the default
    assert set(KEYS) == {
        "mod_roles",
        "followup",
        "ask_rate",
        "ask_per_seconds",
        "channels",
        "log_retention_days",
        "watch_channels",
        "watch_mode",
        "watch_draft_channel",
        "watch_statuses",
        "watch_cooldown_minutes",
    }

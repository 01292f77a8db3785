"""Many servers, safely (core): each server's log is its own, a member can be forgotten,
old questions are erased after the retention window while the counts stay, exports can
be pseudonymised, and ids (not names) configure roles and servers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from bot.cli import main
from bot.settings import Settings

A, B = 111111111111111111, 222222222222222222
ALICE, BOB = 333333333333333333, 444444444444444444


def _ask_in_two_servers(service):
    service.ask("will Turkey return S-400", interface="discord", user_id=ALICE, guild_id=A, channel_id=1)
    service.ask("my secret question about pizza", interface="discord", user_id=ALICE, guild_id=A, channel_id=1)
    service.ask("is the S-400 in Adana", interface="discord", user_id=BOB, guild_id=B, channel_id=2)


def test_each_servers_log_views_show_only_that_servers_questions(service):
    _ask_in_two_servers(service)
    assert {r["guild_id"] for r in service.recent(100, guild_id=B)} == {str(B)}
    assert all("pizza" not in (r["question"] or "") for r in service.recent(100, guild_id=B))
    assert all("pizza" not in (r["question"] or "") for r in service.unmatched(100, guild_id=B))
    assert service.stats(guild_id=B)["questions"] == 1 and service.stats(guild_id=A)["questions"] == 2
    exported = json.loads(service.export_log("json", guild_id=B))
    assert [r["user_id"] for r in exported] == [str(BOB)]
    assert len(service.recent(100)) == 3  # the operator sees every server


def test_forgetting_a_member_leaves_no_row_with_their_id_and_keeps_the_counts(service):
    _ask_in_two_servers(service)
    service.store.set_opt_out(str(ALICE), True)
    before = service.stats()["questions"]
    counts = service.forget_user(ALICE)
    assert counts == {"questions": 2, "notices": 0, "optouts": 1}
    dump = service.export_log("json")
    assert str(ALICE) not in dump and "pizza" not in dump
    assert service.stats()["questions"] == before
    assert not service.store.is_opted_out(str(ALICE))


def test_retention_erases_old_questions_and_the_statistics_stay_right(service):
    _ask_in_two_servers(service)
    stats = service.stats()
    later = datetime.now(UTC) + timedelta(days=91)
    assert service.prune_log(90, now=later) == 3
    rows = service.recent(100)
    assert all(r["question"] is None and r["user_id"] is None for r in rows)
    after = service.stats()
    assert (after["questions"], after["matched"], after["top_claims"]) == (
        stats["questions"],
        stats["matched"],
        stats["top_claims"],
    )
    assert service.prune_log(0) == 0  # 0 keeps everything
    assert service.prune_log(90) == 0  # nothing left to erase


def test_a_pseudonymised_export_hides_who_but_keeps_who_is_who(service):
    _ask_in_two_servers(service)
    rows = json.loads(service.export_log("json", pseudonym_key="s3cret"))
    ids = [r["user_id"] for r in rows]
    assert str(ALICE) not in json.dumps(rows) and str(BOB) not in json.dumps(rows)
    assert ids[0] == ids[1] != ids[2] and ids[0].startswith("u-")
    other = json.loads(service.export_log("json", pseudonym_key="another"))
    assert other[0]["user_id"] != ids[0]  # keyed: no key, no link


def test_the_cli_forgets_prunes_and_filters_by_server(service, env):
    _ask_in_two_servers(service)
    service.close()
    run = CliRunner().invoke
    out = run(main, ["logs", "recent", "--guild", str(B), "--json"])
    assert out.exit_code == 0 and [r["guild_id"] for r in json.loads(out.output)] == [str(B)]
    out = run(main, ["logs", "forget", "--user", str(ALICE)])
    assert out.exit_code == 0 and "2 questions erased" in out.output
    out = run(main, ["logs", "prune", "--days", "0"])
    assert out.exit_code == 0 and "nothing erased" in out.output
    out = run(main, ["logs", "export", "--pseudonymise"])
    assert out.exit_code == 2 and "CLAIMBOT_PSEUDONYM_KEY" in out.output and "Traceback" not in out.output
    out = run(main, ["logs", "export", "--pseudonymise", "--format", "json"], env={"CLAIMBOT_PSEUDONYM_KEY": "k"})
    assert out.exit_code == 0 and str(BOB) not in out.output


@pytest.mark.parametrize("variable", ["mod_roles", "editor_guilds", "guilds"])
def test_roles_and_servers_are_ids_not_names(variable):
    assert getattr(Settings(_env_file=None, **{variable: "123, 456"}), variable) == [123, 456]
    with pytest.raises(ValidationError, match="not an id: 'Moderator'"):
        Settings(_env_file=None, **{variable: "Moderator"})


def test_retention_can_spare_the_servers_that_prune_with_their_own(service):
    _ask_in_two_servers(service)
    service.ask("a question in a direct message", interface="discord", user_id=ALICE)
    later = datetime.now(UTC) + timedelta(days=91)
    assert service.prune_log(90, except_guilds=[A], now=later) == 2  # B's question and the DM
    assert {r["question"] is None for r in service.recent(100, guild_id=A)} == {False}

"""The README keeps up with the code: every command, every option's help, every setting.

After sqlite-utils' tests/test_docs.py: one test id per command, option and setting, so a
missing one fails by name.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from bot.cli import main
from bot.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
SKIPPED_OPTIONS = {"help", "version"}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, click.Command]]:
    """Every command and group under ``group``, as ("claims add", command), depth first."""
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append((" ".join(path), command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


COMMANDS = _commands(main)
OPTIONS = [
    (path, param)
    for path, command in [("claimbot", main), *COMMANDS]
    for param in command.params
    if isinstance(param, click.Option) and param.name not in SKIPPED_OPTIONS
]


def _mentioned(text: str) -> bool:
    """``text`` in the README as a whole word: "claims set" does not count for "claims set-status"."""
    return re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", README) is not None


def _env_name(field: str) -> str:
    return "DISCORD_TOKEN" if field == "discord_token" else f"CLAIMBOT_{field.upper()}"


def test_the_tree_is_walked():
    paths = [path for path, _ in COMMANDS]
    assert {"ask", "claims", "claims add", "logs recent", "run"} <= set(paths)
    assert len(OPTIONS) > 20


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS])
def test_command_is_in_the_readme(path):
    assert _mentioned(f"claimbot {path}"), f"README.md never mentions `claimbot {path}`"


@pytest.mark.parametrize(
    ("path", "command"), [("claimbot", main), *COMMANDS], ids=["claimbot", *(path for path, _ in COMMANDS)]
)
def test_command_has_help(path, command):
    assert (command.help or "").strip(), f"{path} has no help text"


@pytest.mark.parametrize(("path", "option"), OPTIONS, ids=[f"{path} {param.opts[-1]}" for path, param in OPTIONS])
def test_option_has_help(path, option):
    assert (option.help or "").strip(), f"{path} {'/'.join(option.opts)} has no help text"


@pytest.mark.parametrize("variable", [_env_name(field) for field in Settings.model_fields])
def test_setting_is_in_the_readme(variable):
    assert _mentioned(variable), f"README.md never mentions {variable}"

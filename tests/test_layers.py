"""The core knows nothing of Discord: only the adapter imports it."""

from __future__ import annotations

import subprocess
import sys


def test_the_core_and_the_cli_import_no_discord():
    code = (
        "import sys, bot, bot.service, bot.cli, bot.followup, bot.claimreview, bot.evaluate; "
        "print(sorted(m for m in sys.modules if m == 'discord' or m.startswith('discord.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"

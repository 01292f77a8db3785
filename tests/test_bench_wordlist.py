"""The English word list's writer (bench/wordlist.py): the words seen at least twice in the
CheckThat! files, lowercase, letters only, three letters or more; a clear message when the
files are not there. And the list it wrote ships with the package."""

from __future__ import annotations

import subprocess
import sys

from bot.normalize import english_words
from tests.conftest import ROOT

SCRIPT = ROOT / "bench" / "wordlist.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_the_words_seen_twice_are_written(tmp_path):
    data = tmp_path / "data"
    (data / "dev").mkdir(parents=True)
    (data / "verified_claims.docs.tsv").write_text("0\tThe budget was cut.\tBudget cut?\n", encoding="utf-8")
    (data / "dev" / "tweets.queries.tsv").write_text("1\tthe BUDGET, stnace, of 2019 ok\n", encoding="utf-8")
    out = tmp_path / "words.txt"
    done = _run("--data", str(data), "--out", str(out))
    assert done.returncode == 0, done.stderr
    words = [w for w in out.read_text(encoding="utf-8").splitlines() if not w.startswith("#")]
    assert words == ["budget", "cut", "the"]  # once-seen "stnace", two-letter "ok", digits: out


def test_missing_files_get_a_message_not_a_traceback(tmp_path):
    done = _run("--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "words.txt"))
    assert done.returncode != 0
    assert "CheckThat! 2020 files not found" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "words.txt").exists()


def test_the_shipped_list_holds_english_not_typos():
    words = english_words()
    assert {"budget", "election", "stores", "between", "rely"} <= words
    assert not {"stnace", "betwen", "coud", "reprot", "considring"} & words

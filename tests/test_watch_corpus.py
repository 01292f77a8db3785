"""Watch mode measured on chat corpora (issue 14, part 4). Run
``python -m pytest -q -s tests/test_watch_corpus.py`` to see the figures.

- tests/watch_corpus.json: written blind (session 4) by someone who saw neither the
  matcher, the phrasings nor the watcher's examples. Measured once per change of the
  watcher's decision, never tuned on.
- tests/watch_corpus2.json: a second blind corpus (session 5), measured after each round
  of the session's changes (never printed, never tuned on).
- tests/watch_corpus3.json: a third blind corpus, written and measured once at the very
  end of session 5.
- tests/watch_tuning.json: written the same way (session 5), and tuned on: the
  statement reading (``Matcher.match(..., statement=True)``) and ``WatchTuning`` were
  chosen on it. Its figures are not blind.
- tests/watch_tuning_hard.json: hard negatives (session 5): 468 ordinary messages that
  share words and names with the claims without restating one, and 76 restatements.
  Tuned on (``Tuning.statement_names``).

The bundled base has no false claim (its statuses are true, attributed, opinion and
unverified), so the measurement widens ``watch_statuses`` to every status; the
cooldown is off, so each message is judged on its own. Targets: at most 1 reply per 300
ordinary messages; at least 70 % of the restated claims answered with their claim.

Floors sit at the measured figures, not the targets (README, "Watch mode"):

| corpus | ordinary replies | restated right | another claim |
|---|---|---|---|
| blind, session 4 (read as a question, bar 65 then 60) | 1 / 392 | 40, 42, then 38 / 88 | 0 |
| blind, session 5 (read as a statement, bar 53) | 1 / 392 | 61 / 88 (69.3 %) | 1 |
| tuning, session 5 (read as a question, bar 60) | 2 / 281 | 45 / 152 (29.6 %) | 2 |
| tuning, session 5 (read as a statement, bar 53) | 1 / 281 | 97 / 152 (63.8 %) | 4 |
| second blind, session 5 (read as a statement, bar 53) | 2 / 392 | 67 / 114 (58.8 %) | 1 |
| first blind, end of session 5 (+ speakers, + a shared name) | 1 / 392 | 64 / 88 (72.7 %) | 0 |
| second blind, session 5 (+ speakers, + a shared name) | 0 / 392 | 69 / 114 (60.5 %) | 1 |
| second blind, session 5 (+ the last aliases) | 0 / 392 | 75 / 114 (65.8 %) | 1 |
| second blind, end of session 5 (+ "the contract says" is hearsay) | 0 / 392 | 76 / 114 (66.7 %) | 1 |
| first blind, end of session 5 | 1 / 392 | 65 / 88 (73.9 %) | 0 |
| tuning, end of session 5 | 1 / 281 | 107 / 152 (70.4 %) | 3 |
| hard negatives (tuning), end of session 5 | 0 / 468 | 65 / 76 (85.5 %) | 0 |
| third blind, measured once at the end of session 5 | 0 / 363 | 76 / 114 (66.7 %) | 1 |
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.service import ClaimService
from bot.status import STATUS_VALUES
from bot.watch import SKIPS
from tests.conftest import ROOT, make_settings

ORDINARY_REPLY_RATE = 1 / 300  # the target: at most one reply per 300 ordinary messages
RESTATED_TARGET = 0.70  # the target: at least 70 % of restated claims answered

# corpus → (floor for restated claims answered with their claim, reading by meaning too
# (the semantic extra installed, as in CI and the Docker image); the floor by words alone;
# most answered with another claim; most replies to ordinary chat): the measured figures,
# end of session 8 (`python -m pytest -q -s tests/test_watch_corpus.py`; by words alone:
# CLAIMBOT_SEMANTIC=off, or the extra not installed).
CORPORA = {
    # blind: 65 / 88 at the end of session 5; session 6: 69 by words, 75 by meaning too;
    # session 7 (aliases of everyday paraphrases): 73, 78, and one restatement gets
    # another claim (0 before)
    # session 8: 78 by meaning, 77 by words
    "watch_corpus.json": (0.88, 0.87, 1, 1),
    # blind: 76 / 114 at the end of session 5 (first measured at 67); session 6: 80, 90;
    # session 7: 85, 91
    "watch_corpus2.json": (0.80, 0.76, 1, 0),  # session 8: 92, 87
    # blind, first measured at the end of session 5 (76 / 114); session 6: 78, 87; session 7: 83, 89
    "watch_corpus3.json": (0.79, 0.74, 1, 0),  # session 8: 91, 85, 1 with another claim
    # blind, written in session 6 and measured once at its end: 100 / 114 (87.7 %) reading
    # by meaning too, 3 with another claim, 0 / 360 ordinary replies; by words alone 87;
    # session 7: 90, 103, 1 with another claim
    "watch_corpus4.json": (0.92, 0.83, 1, 0),  # session 8: 105, 95
    # tuned on: 126 / 152 (by words 114), 2; 1 / 281 ordinary; session 8: 127 (116), 2, 0 / 281
    # session 19: 1 / 281 ordinary: "how much did the s-400 cost turkey? anyone know?", read
    # without "anyone know?", gets the claim of the price (without that tag it had the claim
    # of harm, "cost turkey", before the session: the idiom of "how much ... cost" missed "s-400")
    "watch_tuning.json": (0.83, 0.76, 2, 1),
    # tuned on: 73 / 76 (by words 68), 0; 0 / 468 hard ordinary; session 8: 74 (69)
    "watch_tuning_hard.json": (0.97, 0.90, 0, 0),
}


def _watch(service: ClaimService, text: str):
    return service.watch(text, guild_id=1, channel_id=2, statuses=STATUS_VALUES, cooldown_minutes=0)


def _corpus(name: str) -> dict:
    path: Path = ROOT / "tests" / name
    if not path.exists():
        pytest.skip(f"{name} is not there yet (written blind, separately)")
    return json.loads(path.read_text(encoding="utf-8"))


_FIGURES: dict[tuple[str, bool], dict] = {}


def _figures(name: str, by_words: bool = False) -> dict:
    """The corpus's figures as watch mode reads it by default (by meaning too when the
    semantic extra is installed), or ``by_words`` alone (``CLAIMBOT_SEMANTIC=off``)."""
    key = (name, by_words)
    if key in _FIGURES:
        return _FIGURES[key]
    corpus = _corpus(name)
    service = ClaimService.open(make_settings(semantic="off" if by_words else "auto"), db=":memory:")
    try:
        ordinary = [_watch(service, text) for text in corpus["ordinary"]]
        restated = [(_watch(service, item["text"]), item["claim"]) for item in corpus["restated"]]
    finally:
        service.close()
    right = [o for o, claim in restated if o.reply and o.claim_id == claim]
    wrong = [o for o, claim in restated if o.reply and o.claim_id != claim]
    out = _FIGURES[key] = {
        "semantic": service.semantic,
        "ordinary": len(ordinary),
        "ordinary_replies": sum(o.reply for o in ordinary),
        "ordinary_matched": sum(o.reason not in SKIPS for o in ordinary),
        "restated": len(restated),
        "restated_right": len(right),
        "restated_wrong": len(wrong),
        "ordinary_reasons": Counter(o.reason for o in ordinary),
        "restated_reasons": Counter(o.reason for o, _ in restated),
    }
    print(
        f"\n{name} ({'by meaning too' if out['semantic'] else 'by words alone'}; statuses widened to all, "
        f"no cooldown): ordinary {out['ordinary_replies']} replies "
        f"/ {out['ordinary']} ({out['ordinary_matched']} reached the matcher); restated answered with their claim "
        f"{out['restated_right']} / {out['restated']} ({out['restated_right'] / out['restated']:.1%}), "
        f"with another claim {out['restated_wrong']} (target {RESTATED_TARGET:.0%})\n"
        f"  ordinary: {dict(out['ordinary_reasons'].most_common())}\n"
        f"  restated: {dict(out['restated_reasons'].most_common())}"
    )
    return out


@pytest.mark.parametrize("name", CORPORA)
def test_the_corpus_is_big_enough(name):
    corpus = _corpus(name)
    assert len(corpus["ordinary"]) >= 250 and len(corpus["restated"]) >= 50
    assert all(set(item) == {"text", "claim"} for item in corpus["restated"])


@pytest.mark.parametrize("name", CORPORA)
def test_ordinary_chat_gets_few_replies(name):
    """The target is at most one reply per 300 ordinary messages: met on the three blind
    corpora (1 / 392, 0 / 392 and 0 / 363; the second had 2 / 392 before the names rule) and on
    the hard negatives (0 / 468), not on the tuning corpus (1 / 281, 0.36 %). Held to the
    measured counts."""
    figures = _figures(name)
    assert figures["ordinary_replies"] <= CORPORA[name][3]


BLIND = ["watch_corpus.json", "watch_corpus2.json", "watch_corpus3.json", "watch_corpus4.json"]


@pytest.mark.parametrize("name", BLIND)
def test_the_blind_corpora_meet_the_ordinary_chat_target(name):
    figures = _figures(name)
    assert figures["ordinary_replies"] <= figures["ordinary"] * ORDINARY_REPLY_RATE


@pytest.mark.parametrize("name", BLIND)
def test_each_blind_corpus_meets_the_restated_target_reading_by_meaning(name):
    """Met on all four blind corpora with the semantic extra (76.3–87.7 %); by words
    alone on three of them (the third: 68.4 %), and over the four together (73.0 %)."""
    figures = _figures(name)
    if not figures["semantic"]:
        pytest.skip("the semantic extra is not installed: by words alone the third corpus is at 68.4 %")
    assert figures["restated_right"] / figures["restated"] >= RESTATED_TARGET


def test_the_blind_corpora_together_meet_the_restated_target_even_by_words_alone():
    figures = [_figures(name, by_words=True) for name in BLIND]
    right = sum(f["restated_right"] for f in figures)
    assert right / sum(f["restated"] for f in figures) >= RESTATED_TARGET


@pytest.mark.parametrize("name", CORPORA)
def test_restated_claims_are_answered_with_their_claim(name):
    by_meaning, by_words, most_wrong, _ = CORPORA[name]
    figures = _figures(name)
    floor = by_meaning if figures["semantic"] else by_words
    assert figures["restated_right"] / figures["restated"] >= floor


@pytest.mark.parametrize("name", CORPORA)
def test_by_words_alone_each_corpus_keeps_its_floor(name):
    """Without the semantic extra (``CLAIMBOT_SEMANTIC=off``, or not installed), watch
    mode reads by words alone: held to those figures too, and to no more ordinary replies."""
    _, by_words, most_wrong, most_ordinary = CORPORA[name]
    figures = _figures(name, by_words=True)
    assert not figures["semantic"]
    assert figures["restated_right"] / figures["restated"] >= by_words
    assert figures["restated_wrong"] <= most_wrong
    assert figures["ordinary_replies"] <= most_ordinary
    assert figures["restated_wrong"] <= most_wrong

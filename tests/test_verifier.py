"""The verifier (``bot.semantic.Verifier``, sessions 23 to 25): with the semantic extra, a
question's confident match is read again as a whole, the question and the claim together, and
held back as a "did you mean" when the claim is not what the question asks about; and a
suggestion that words alone were only unsure of (a low confidence, words the claim lacks) is
made a match when the verifier is sure of it.

The questions below are from tuning files the verifier was not trained on (sets 98-109;
``bench/verifier.py``). Tests marked ``needs_model`` run where the model is installed
(``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import logging
import re

import pytest
from click.testing import CliRunner

from bot import semantic
from bot.cli import main
from bot.match import PLAIN, Tuning

needs_model = pytest.mark.skipif(
    semantic.installed_model() is None, reason=f"the semantic extra is not installed ({semantic.INSTALL})"
)

# (question, the claim the words alone answered with, confidently and wrongly)
HELD_BACK = [
    ("did caatsa hit turkish banks", "us-caatsa-sanctions-on-turkey"),
    ("When did Turkey take delivery of the S-400 equipment?", "us-caatsa-sanctions-on-turkey"),
    ("who confirmed the s400 is deployed in adana?", None),
    ("did the caatsa sanctions cost turkey $2.5 billion", None),
    ("would russia resell the returned S-400s to someone else?", None),
    ("did ankara sign anything with washington about the f-35 swap?", None),
    # session 25's weights (two epochs, typos): session 24's let these through (0.025 to 0.55)
    ("ukraine got turkey's s400 yet?", "s400-transfer-to-ukraine-feasible"),
    ("putin on s400 return?", "s400-symbolizes-putin-erdogan-cooperation"),
    ("did china sell any weapons to turkey after the contract was cancelled", None),
    ("what exactly would russia gain by taking the S-400 back?", None),
]

# (question, the claim words alone answered with, barely sure of it: confidence under 65):
# held back by the higher bar for such matches (``Tuning.unsure_verify_below``, session 25)
UNSURE = [
    ("Has Turkey paid a heavy price for buying the S-400?", "s400-deal-worth-2-5-billion"),
    (
        "did turkey threaten nato that it would buy russian if patriots weren't deployed",
        "s400-bought-over-nato-patriot-refusal",
    ),
]

# (question, its right claim): suggestions by words alone that the verifier makes matches
LIFTED = [
    ("Is Turkey still holding the same position on the S-400 as before?", "turkey-s400-position-unchanged"),
    ("Did the delivery of S-400 elements to Turkey happen in 2019?", "s400-components-delivered-2019"),
    (
        "is turkey unwilling to damage relations with russia because of the s-400 isue",
        "turkey-protects-russia-relationship",
    ),
    ("could kyiv end up operating turkey's s-400 batteries", "s400-transfer-to-ukraine-feasible"),
]

# (question, its right claim): what the verifier lets through
KEPT = [
    ("will Turkey return S-400", "turkey-return-s400-to-russia"),
    ("Did NATO refuse to deploy Patriot systems in Turkey?", "nato-refused-patriot-deployment-in-turkey"),
    ("Was Turkey removed from the F-35 program?", "turkey-removed-from-f35-program"),
]


@needs_model
@pytest.mark.parametrize(("question", "claim"), HELD_BACK)
def test_a_match_the_question_does_not_ask_about_is_only_suggested(service, question, claim):
    service.use_semantic(None)
    by_words = service.ask(question, log=False).answer
    assert by_words.outcome == "match", by_words.why  # the words alone answered it
    if claim is not None:
        assert by_words.claim.id == claim
    service.use_semantic(semantic.installed_model())
    read = service.ask(question, log=False).answer
    assert read.outcome == "suggest", read.why
    assert read.claim is None
    assert "read as a whole" in read.why and "the verifier" in read.why
    assert read.why_plain == PLAIN["reading"]
    assert by_words.candidates[0].id in [c.id for c in read.candidates]  # still offered


@needs_model
@pytest.mark.parametrize(("question", "claim"), UNSURE)
def test_a_match_words_were_barely_sure_of_needs_more_of_the_verifier(service, question, claim):
    service.use_semantic(None)
    by_words = service.ask(question, log=False).answer
    assert by_words.outcome == "match" and by_words.claim.id == claim, by_words.why
    confidence = float(re.search(r"confidence (\d+)", by_words.why).group(1))
    assert confidence < Tuning().unsure_under
    service.use_semantic(semantic.installed_model())
    p = service.matcher.verify(question, claim)
    assert Tuning().verify_below <= p < Tuning().unsure_verify_below  # the plain bar lets it through
    read = service.ask(question, log=False).answer
    assert read.outcome == "suggest" and read.claim is None, read.why
    assert f"a match needs {Tuning().unsure_verify_below:.3f} at confidence {confidence:.0f})" in read.why


@needs_model
@pytest.mark.parametrize(("question", "claim"), KEPT)
def test_a_right_match_passes_the_verifier(service, question, claim):
    service.use_semantic(semantic.installed_model())
    answer = service.ask(question, log=False).answer
    assert service.matcher.verify is not None
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


@needs_model
@pytest.mark.parametrize(("question", "claim"), LIFTED)
def test_a_suggestion_the_verifier_is_sure_of_is_a_match(service, question, claim):
    service.use_semantic(None)
    by_words = service.ask(question, log=False).answer
    assert by_words.outcome == "suggest" and by_words.candidates[0].id == claim, by_words.why
    service.use_semantic(semantic.installed_model())
    read = service.ask(question, log=False).answer
    assert read.outcome == "match" and read.claim.id == claim, read.why
    assert (
        "by words only suggested" in read.why and "read as a whole, the question asks what the claim says" in read.why
    )


@needs_model
@pytest.mark.parametrize(
    "question",
    [
        "Why did Turkey buy the S-400?",  # held: ten claims hold every word (vague)
        "how many S-400 batteries does turkey have",  # held: no number in the claim
        "Is Turkey in NATO?",  # held: names only
        "did the s400 issue get resolved in 2027",  # a year the claim does not give: no match
    ],
)
def test_a_rule_that_found_what_the_claim_does_not_say_is_never_overruled(service, monkeypatch, question):
    """Only a low confidence or words the claim lacks (``Held.soft``) may be lifted: even a
    verifier sure of the claim does not undo a rule that found what the claim does not say."""
    service.use_semantic(semantic.installed_model())
    asked = []
    monkeypatch.setattr(service.matcher, "verify", lambda q, c: asked.append(c) or 1.0)
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match" and asked == [], answer.why


# Issue 9's examples, as a member meets them (the verifier on): (question, the one claim it
# may be matched with, or None for a suggestion or no match only)
ISSUE_EXAMPLES = [
    ("Is Turkey in NATO?", None),
    ("Is Turkey leaving NATO?", None),
    ("Is the S-400 better than the Patriot?", None),
    ("how many S-400 batteries does turkey have", None),
    ("Did China buy the S-400?", None),
    ("r they still using the s400 in ankara", None),
    ("Why did Turkey buy the S-400?", "s400-bought-over-nato-patriot-refusal"),
    ("What did the Turkish military say about the S-400?", "akturk-said-turkey-s400-position-unchanged"),
    ("Is turkey giving the S-400 back? (source: my uncle)", "turkey-return-s400-to-russia"),
    ("Will Turkey return the S-400 to Russia in 2026?", "turkey-return-s400-to-russia"),
    (
        "<:thonk:123456789012345678> will Turkey return S-400 <t:1700000000:R> <@123456789012345678>",
        "turkey-return-s400-to-russia",
    ),
]


@needs_model
@pytest.mark.parametrize(("question", "claim"), ISSUE_EXAMPLES)
def test_every_example_of_issue_nine_gets_a_suggestion_a_no_match_or_the_right_claim(service, question, claim):
    service.use_semantic(semantic.installed_model())
    answer = service.ask(question, log=False).answer
    assert service.matcher.verify is not None
    assert answer.outcome != "match" or answer.claim.id == claim, answer.why


@needs_model
def test_the_issue_example_with_an_aside_is_the_right_match(service):
    """Session 23's verifier read "giving ... back (source: my uncle)" as something other than a
    return (0.021) and held it back; session 24's lets the right match through."""
    service.use_semantic(semantic.installed_model())
    answer = service.ask("Is turkey giving the S-400 back? (source: my uncle)", log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "turkey-return-s400-to-russia", answer.why


@needs_model
def test_statements_are_not_verified(service, monkeypatch):
    """Watch mode reads chat statements, which say more than a claim; the verifier was
    trained on questions and is not asked."""
    asked = []
    service.use_semantic(semantic.installed_model())
    monkeypatch.setattr(service.matcher, "verify", lambda q, c: asked.append(q) or 0.0)
    service.ask("Turkey may return its S-400 systems to Russia", log=False, statement=True)
    assert asked == []
    service.ask("will Turkey return S-400", log=False)
    assert asked == ["will Turkey return S-400"]


@needs_model
def test_the_command_line_holds_the_match_back_and_off_answers_by_words(env, monkeypatch):
    question = "did caatsa hit turkish banks"
    monkeypatch.setenv("CLAIMBOT_VERIFY", "true")  # the default (tests/conftest.py turns it off)
    held = CliRunner().invoke(main, ["ask", "--no-log", "--json", question], catch_exceptions=False)
    assert held.exit_code == 0, held.output
    assert json.loads(held.output)["outcome"] == "suggest"
    for name, value in (("CLAIMBOT_SEMANTIC", "off"), ("CLAIMBOT_VERIFY", "false")):
        with monkeypatch.context() as patch:
            patch.setenv(name, value)
            by_words = CliRunner().invoke(main, ["ask", "--no-log", "--json", question], catch_exceptions=False)
            assert json.loads(by_words.output)["outcome"] == "match", name


@needs_model
def test_unreadable_weights_are_logged_once_and_questions_go_on_by_words(service, tmp_path, monkeypatch, caplog):
    bad = tmp_path / "verifier.npz"
    bad.write_bytes(b"not a numpy file")
    monkeypatch.setattr(semantic, "VERIFIER_FILE", bad)
    service.use_semantic(semantic.installed_model())
    with caplog.at_level(logging.ERROR, logger="bot.service"):
        first = service.ask("does turkey buy weapons from china now", log=False).answer
        second = service.ask("is turkey moving out of the western alliance", log=False).answer
    assert first.outcome == "match" and second.outcome == "match"  # as by words alone
    errors = [r for r in caplog.records if "verifier" in r.getMessage()]
    assert len(errors) == 1 and str(bad) in errors[0].getMessage()
    assert service.matcher.verify is None


@needs_model
def test_the_verifier_gives_probabilities_the_same_alone_or_in_a_batch():
    v = semantic.verifier(semantic.installed_model())
    claims = [
        semantic.claim_text("Turkey may return its S-400 systems to Russia.", ["US media and officials"]),
        semantic.claim_text("Turkey was removed from the F-35 program.", ["US media"]),
    ]
    both = v.scores("will turkey return the s-400 to russia?", claims)
    alone = [v.scores("will turkey return the s-400 to russia?", [c])[0] for c in claims]
    assert both == pytest.approx(alone, abs=1e-5)
    assert all(0.0 < p < 1.0 for p in both)
    assert both[0] > 0.5 > both[1]  # the claim asked about, and one that shares only names
    assert v.scores("anything", []) == []


def test_the_bars_are_probabilities():
    k = Tuning()
    assert 0.0 < k.verify_below <= k.unsure_verify_below < 0.5 < k.lift_above < 1.0
    assert k.match_at <= k.unsure_under <= 100.0


@needs_model
def test_the_blind_question_files_with_the_verifier_keep_their_figures(tmp_path):
    """The product's figures (the verifier on, as installed): the 25 blind files' totals as
    measured in session 25 (README "Figures"), which a change may only better. By words alone
    they are 3,328 right and 66 confidently wrong; with session 23's verifier, 3,305 and 42;
    with session 24's, 3,421 and 47."""
    import sys

    from bot.evaluate import evaluate, load_questions
    from bot.service import ClaimService
    from tests.conftest import ROOT, make_settings

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import questions as bench_questions
    finally:
        sys.path.remove(str(ROOT / "bench"))
    service = ClaimService.open(make_settings(verify=True), db=tmp_path / "v.db")
    right = wrong = 0
    try:
        for name in bench_questions.BLIND:
            figures = evaluate(service, load_questions(ROOT / "tests" / name))
            right += figures.positives_right
            wrong += figures.confidently_wrong
    finally:
        service.close()
    print(f"\nblind files with the verifier: {right:,} right, {wrong:,} confidently wrong")
    assert wrong <= 35 and right >= 3_472

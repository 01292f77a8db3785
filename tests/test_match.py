"""Normalisation and matching: outcomes, near-topic refusals, typos, safety."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.normalize import AliasTable, analyze, fold, join_models, stem
from bot.retrieve import fts_query

ALIASES = AliasTable.build(
    [
        ("turkey", "country", ["türkiye", "ankara", "turkish"]),
        ("russia", "country", ["moscow", "kremlin"]),
        ("usa", "country", ["united states", "america", "washington"]),
        ("return", "term", ["give back", "send back"]),
        ("s-400", "weapon", ["s-400s"]),
    ]
)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Will Turkey return S-400?", ["turkey", "return", "s400"]),
        ("will TÜRKIYE return the s400s", ["turkey", "return", "s400"]),
        ("Erdoğan and the S 400", ["erdogan", "s400"]),
        ("Is Ankara sending the S-400s back?", ["turkey", "send", "s400", "back"]),
        ("does Turkey give back the s-400", ["turkey", "return", "s400"]),
        ("Is the US angry at Moscow?", ["usa", "angry", "russia"]),
        ("tell us about it", []),
        ("What happened to Turkey's 2017 contract?", ["happen", "turkey", "2017", "contract"]),
        ("Will Тurkey return S‑400", ["turkey", "return", "s400"]),  # Cyrillic Т, non-breaking hyphen
    ],
)
def test_analyze(text, terms):
    assert analyze(text, ALIASES) == terms


def test_model_numbers_join_in_every_spelling():
    for spelling in ("S-400", "S400", "S 400", "s-400s", "S–400"):
        assert join_models(fold(spelling)) == "s400"
    assert join_models(fold("F-35s and Su-24")) == "f35 and su24"
    assert join_models(fold("in 2017")) == "in 2017"  # a word and a year stay apart


def test_stemmer_is_consistent():
    assert stem("returns") == stem("returning") == stem("returned") == stem("return")
    assert stem("purchase") == stem("purchased")
    assert stem("us") == "us" and stem("status") == "status"


def test_an_entity_implies_others_in_the_index():
    from bot.claim import Claim
    from bot.index import index_document

    table = AliasTable.build(
        [("russia", "country", ["russian"]), ("s-400", "weapon", [])], implies={"s-400": ["russia"]}
    )
    claim = Claim(
        id="c", statement="Turkey bought the S-400.", claimant=["x"], status="true", rationale="r", source="doc"
    )
    row = index_document(claim, table)
    assert "russia" in row.entities.split()
    with pytest.raises(ValueError, match="not a canonical term"):
        AliasTable.build([("s-400", "weapon", [])], implies={"s-400": ["atlantis"]})


def test_alias_table_refuses_conflicts_and_stop_words():
    with pytest.raises(ValueError, match="listed under both"):
        AliasTable.build([("turkey", "country", ["ankara"]), ("russia", "country", ["ankara"])])
    with pytest.raises(ValueError, match="stop word"):
        AliasTable.build([("us", "country", [])])


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_analyze_never_fails_and_yields_safe_terms(text):
    for term in analyze(text, ALIASES):
        assert re.fullmatch(r"[a-z0-9.]+", term), term
    fts_query(analyze(text, ALIASES))


def _folded_questions() -> list[tuple[str, int, str]]:
    """Every question of the question files (file, number, text), folded as ``tokens``
    hands it to the idioms."""
    questions = []
    for path in sorted(Path(__file__).parent.glob("questions*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = [item for kind in ("positives", "near_topic", "off_topic") for item in data.get(kind, [])]
        for n, item in enumerate(items):
            text = item["q"] if isinstance(item, dict) else item
            questions.append((path.name, n, re.sub(r"'s\b(?![-\d])", "", fold(text))))
    return questions


def test_an_idiom_matches_no_text_without_one_of_its_triggers():
    """Every idiom tried on every question of the question files (the blind ones too, named
    by number only): none matches where its triggers are missing, and the texts come out as
    they do when each idiom is tried only on a text holding one of its triggers."""
    from bot.normalize import _IDIOMS, _idioms

    idioms = [(re.compile(pattern), plain, triggers) for pattern, plain, triggers in _IDIOMS]
    wrong = []
    for name, n, text in _folded_questions():
        read = text
        for i, (regex, plain, triggers) in enumerate(idioms):
            if regex.search(read):
                if not any(trigger in read for trigger in triggers):
                    wrong.append((name, n, f"idiom {i} matched without its triggers"))
                read = regex.sub(plain, read)
        if read != _idioms.__wrapped__(text):
            wrong.append((name, n, "read otherwise with triggers"))
    assert not wrong


def test_importing_the_normaliser_compiles_no_idiom():
    """An idiom's pattern is compiled on its first use (compiling them all cost 5 ms of
    every import)."""
    script = (
        "from bot import normalize\n"
        "print(normalize._regex.cache_info().currsize)\n"
        "normalize.tokens('in half a year')\n"
        "print(normalize._regex.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    ).stdout
    at_import, after_use = map(int, out.split())
    assert at_import == 0 and after_use > 0


# --- matching on the bundled claim base -------------------------------------------


def test_acceptance_question(service):
    answer = service.ask("will Turkey return S-400").answer
    assert answer.matched and answer.outcome == "match"
    assert answer.claim.id == "turkey-return-s400-to-russia"
    assert answer.claim.status == "unverified"
    # US media and officials make the claim; nobody else establishes or contradicts it (the
    # Armed Forces' "position unchanged" does not contradict "may return"): issue 8.
    assert answer.claim.stance.startswith("asserted by Webangah News Agency, reporting US media and officials")
    assert "supported" not in answer.claim.stance and "denied" not in answer.claim.stance
    akturk = [e for e in answer.claim.evidence_detail if "Akturk" in e.speaker]
    assert akturk and all(e.stance == "neutral" for e in akturk)
    assert "turkey" in answer.why and "s400" in answer.why and "confidence" in answer.why


@pytest.mark.parametrize(
    "question",
    [
        "will turky retrun the s400",
        "WILL TURKEY RETURN S400",
        "will türkiye return s 400s",
        "will ankara give back the s-400 to moscow",
    ],
)
def test_typos_casing_and_aliases_still_match(service, question):
    answer = service.ask(question, log=False).answer
    assert answer.claim is not None and answer.claim.id == "turkey-return-s400-to-russia", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Will India return its S-400?",
        "Is the F-16 deal approved?",
        "Did Greece buy S-300 from Russia?",
        "Will Turkey buy the Su-57?",
        "Did Turkey buy the S-400 in 2018?",
        "Did Saudi Arabia buy the S-400?",
    ],
)
def test_other_countries_weapons_and_years_are_not_answered_with_a_turkey_claim(service, question):
    answer = service.ask(question, log=False).answer
    assert not answer.matched, (question, answer.claim and answer.claim.id, answer.why)


def test_a_question_naming_the_s400_supplier_still_matches_an_s400_claim(service):
    answer = service.ask("did turkey get kicked out of the f-35 program over the russian s-400", log=False).answer
    assert answer.claim is not None and answer.claim.id == "turkey-removed-from-f35-program", answer.why


def test_why_names_the_entity_a_near_topic_question_adds(service):
    answer = service.ask("Will India return its S-400?", log=False).answer
    assert "india" in answer.why


def test_vague_question_is_a_suggestion_with_candidates(service):
    answer = service.ask("erdogan", log=False).answer
    assert answer.outcome == "suggest" and not answer.matched and answer.claim is None
    assert len(answer.candidates) >= 2
    assert [c.score for c in answer.candidates] == sorted((c.score for c in answer.candidates), reverse=True)


def test_off_topic_question_is_no_match(service):
    answer = service.ask("what is the best pizza in Naples", log=False).answer
    assert answer.outcome == "none" and answer.claim is None


def test_top_k_limits_candidates(service):
    assert len(service.ask("turkey s400", top=2, log=False).answer.candidates) == 2
    assert len(service.ask("turkey s400", top=7, log=False).answer.candidates) == 7


@pytest.mark.parametrize(
    "question",
    [
        '"turkey" NEAR(s400',
        "turkey AND OR NOT *",
        "s400 -russia ^turkey",
        "col:statement turkey",
        "{statement}: x",
        'turkey"',
        "(((",
        "a" * 999,
        "🙂" * 500 + " turkey",
    ],
)
def test_fts_syntax_in_questions_is_harmless(service, question):
    answer = service.ask(question, log=False).answer
    assert answer.outcome in {"match", "suggest", "none", "error"}


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_gets_an_answer_never_an_exception(service, text):
    answer = service.ask(text, log=False).answer
    assert answer.outcome in {"match", "suggest", "none", "error"}
    if answer.outcome == "error":
        assert answer.error and not answer.matched


def test_the_same_question_gets_the_same_answer_in_every_process(db_path, service):
    """Scores summed over sets of terms in whatever order the process's hash seed gave
    them: one question's fourth candidate scored 18.2 in one process and 17.5 in another
    (a unit tied with another by the last bit of a float). Sums are exact now (fsum)."""
    questions = json.loads(Path(__file__).with_name("questions.json").read_text(encoding="utf-8"))
    asked = [item["q"] for item in questions["positives"]] + questions["near_topic"]
    script = (
        "import json, sys\n"
        "from bot.service import ClaimService\n"
        "from bot.settings import Settings\n"
        "svc = ClaimService.open(Settings(_env_file=None), db=sys.argv[1])\n"
        "for q in json.loads(sys.stdin.read()):\n"
        "    r = svc.matcher.match(q)\n"
        "    print(r.outcome, [(c.claim_id, repr(c.confidence), repr(c.score)) for c in r.candidates])\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(db_path)],
            input=json.dumps(asked),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(Path(__file__).parents[1])},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and len(next(iter(outputs)).splitlines()) == len(asked)


def test_general_words_for_a_name_are_read_as_the_questions_are():
    table = AliasTable.build(
        [("s-400", "weapon", ["s400"]), ("battery", "term", ["batteries"])],
        generic={"s-400": ["air defence", "batteries"]},
    )
    assert table.generic_of(["s400"]) == {"air", "defenc", "battery"}
    assert table.generic_of(["turkey"]) == set()
    with pytest.raises(ValueError, match="not a canonical term"):
        AliasTable.build([("s-400", "weapon", [])], generic={"atlantis": ["missile"]})


def test_a_claim_s_document_is_read_once_and_again_when_it_changes(service):
    """The matcher keeps each candidate's document read into sets per generation of the
    base (``Matcher._read``: matching 30 % faster in session 10); a claim changed by a
    moderator is read again, and the new phrasing answers."""
    from dataclasses import replace

    matcher = service.matcher
    question = "is the s400 a pet project of the turkish navy"
    assert matcher.match(question).outcome != "match"
    cid = "s400-symbolizes-putin-erdogan-cooperation"
    row = matcher.retriever.documents([cid])[cid]
    first = matcher._read(cid, row)
    assert matcher._read(cid, row) is first  # kept
    assert matcher._read(cid, replace(row, phrasings=row.phrasings + " | pet project")) is not first  # read again
    claim = service.get_claim(cid)
    service.edit_claim(cid, actor="mod", phrasings=[*claim.phrasings, "is the s400 a pet project of the turkish navy"])
    result = matcher.match(question)
    assert result.outcome == "match" and result.chosen.claim_id == cid


def test_every_reason_to_hold_a_claim_back_has_plain_words_for_members():
    """A hold code without a plain sentence would raise in ``MatchResult.plain`` (and so in
    every answer that shows it): each ``Held("…")`` the matcher makes and each relation it
    may hold a claim for has one in ``PLAIN``."""
    import inspect
    import re

    from bot import match

    made = set(re.findall(r'Held\(\s*"([a-z-]+)"', inspect.getsource(match)))
    assert {"entity", "unanswered", "condition", "detail"} <= made, made  # the search reads the source
    assert made | set(match.MISMATCH_WHY) | {"unsaid"} <= set(match.PLAIN)

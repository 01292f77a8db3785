"""Verdicts a fact-checker would sign: attribution and opinion statuses, evidence roles,
and the rule that an assertion is not established by its own text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.knowledge import KnowledgeError, load
from bot.service import ClaimService, ServiceError
from bot.status import DESCRIPTIONS, derive_stance
from tests.conftest import KNOWLEDGE, ROOT, make_settings

OUTLET = "Webangah News Agency, International Desk"
SOURCE = {
    "id": "webangah-turkey-s400-stance",
    "title": "Turkey’s S-400 Stance Remains Unchanged Amidst US Pressure",
    "outlet": OUTLET,
    "language": "en",
    "date": None,
    "url": None,
    "document": "webangah-turkey-s400-stance.txt",
}
ADANA = "Consequently, the S-400 systems remain deployed in cities such as Adana and Ankara."
AKTURK = (
    "In response, Rear Admiral Zeki Akturk, the press advisor and public relations officer for the Turkish "
    "Armed Forces, affirmed that Turkey’s position on the S-400 remains constant and unchanged."
)
BLOOMBERG = (
    "Bloomberg has reported that Turkey is considering returning the systems, which could help normalize "
    "relations with the United States."
)
SYMBOL = (
    "Therefore, the S-400 system, which symbolizes the cooperation between Putin and Erdogan, will not be "
    "easily returned to Russia."
)


def claim(cid: str, statement: str, status: str, claimant: list[str], evidence: list[dict], **more) -> dict:
    return {
        "id": cid,
        "statement": statement,
        "claimant": claimant,
        "status": status,
        "rationale": "Why this status.",
        "evidence": evidence,
        "phrasings": more.pop("phrasings", []),
        **more,
    }


def base(tmp_path: Path, claims: list[dict]) -> Path:
    """A knowledge folder (with the seed article and the alias table) holding these claims."""
    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    shutil.copy(KNOWLEDGE / "aliases.json", kdir / "aliases.json")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (kdir / "article.json").write_text(json.dumps({"source": SOURCE, "claims": claims}), encoding="utf-8")
    return kdir


GOOD = [
    claim(
        "s400-deployed-adana-ankara",
        "According to Webangah (undated), the S-400 systems remain deployed in cities such as Adana and Ankara.",
        "attributed",
        [OUTLET],
        [{"quote": ADANA, "speaker": OUTLET, "stance": "asserts"}],
        phrasings=["are the s400s deployed in adana and ankara"],
    ),
    claim(
        "turkey-considering-return",
        "Turkey is considering returning its S-400 systems.",
        "attributed",
        ["Bloomberg"],
        [{"quote": BLOOMBERG, "speaker": "Webangah News Agency, reporting Bloomberg", "stance": "asserts"}],
        phrasings=["is turkey considering returning the s400"],
    ),
    claim(
        "bloomberg-reported-return",
        "Bloomberg reported that Turkey is considering returning its S-400 systems.",
        "true",
        [OUTLET],
        [{"quote": BLOOMBERG, "speaker": "Webangah News Agency, reporting Bloomberg", "stance": "supports"}],
        phrasings=["did bloomberg report that turkey is considering returning the s400"],
    ),
    claim(
        "s400-symbol",
        "The S-400 symbolizes the cooperation between Putin and Erdogan.",
        "opinion",
        ["Webangah News Agency (analysis)"],
        [{"quote": SYMBOL, "speaker": "Webangah News Agency (analysis)", "stance": "asserts"}],
        phrasings=["does the s400 symbolize putin erdogan cooperation"],
    ),
    claim(
        "turkey-will-return",
        "Turkey may return its S-400 systems to Russia.",
        "unverified",
        ["US media and officials"],
        [
            {"quote": BLOOMBERG, "speaker": "Webangah News Agency, reporting Bloomberg", "stance": "supports"},
            {
                "quote": AKTURK,
                "speaker": "Webangah News Agency, reporting Rear Admiral Zeki Akturk",
                "stance": "refutes",
            },
        ],
        phrasings=["will turkey return the s400 to russia"],
    ),
]


@pytest.fixture
def svc(tmp_path):
    service = ClaimService.open(make_settings(), db=tmp_path / "v.db", knowledge_dir=base(tmp_path, GOOD))
    yield service
    service.close()


def test_the_vocabulary_has_attributed_and_opinion_described_and_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for status in ("attributed", "opinion"):
        assert DESCRIPTIONS[status]
        assert f"| `{status}` |" in readme
    assert "only when evidence from someone other than its claimant" in readme


def test_a_truth_rating_resting_only_on_its_claimants_words_is_an_error_naming_the_claim(tmp_path):
    circular = claim(
        "adana-true",
        "The S-400 systems are deployed in Adana and Ankara.",
        "true",
        [OUTLET],
        [{"quote": ADANA, "speaker": OUTLET, "stance": "asserts"}],
    )
    with pytest.raises(KnowledgeError, match=r"claim 'adana-true', field status: 'true' is a truth rating"):
        load(base(tmp_path, [circular]))


def test_the_claimants_own_words_cannot_be_support(tmp_path):
    own = claim(
        "akturk",
        "Turkey's position on the S-400 is unchanged.",
        "attributed",
        ["Rear Admiral Zeki Akturk, Turkish Armed Forces"],
        [
            {
                "quote": AKTURK,
                "speaker": "Webangah News Agency, reporting Rear Admiral Zeki Akturk",
                "stance": "supports",
            }
        ],
    )
    with pytest.raises(
        KnowledgeError,
        match=r"claim 'akturk', field evidence\[0\].stance: the quote is the claimant's own \(Rear Admiral Zeki",
    ):
        load(base(tmp_path, [own]))


def test_curation_by_command_meets_the_same_rule(svc):
    with pytest.raises(ServiceError, match="truth rating"):
        svc.set_status("s400-deployed-adana-ankara", "true", note="looks right", actor="mod")
    with pytest.raises(ServiceError, match="truth rating"):
        svc.add_claim(
            statement="Bakers say sourdough is the best bread.",
            status="true",
            claimant="Bakers guild",
            quote="Sourdough is the best bread.",
            actor="mod",
        )  # the quote defaults to the claimant's
    added = svc.add_claim(
        statement="Sourdough is leavened with wild yeast.",
        status="true",
        claimant="Bakers guild",
        quote="Sourdough is leavened by wild yeast.",
        source_url="https://example.org/sourdough",
        outlet="Example Science",
        actor="mod",
    )
    assert (added.evidence[0].speaker, added.evidence[0].stance) == ("Example Science", "supports")
    false = svc.add_claim(
        statement="The moon is made of cheese.",
        status="false",
        claimant="a cartoon",
        quote="The moon is made of rock.",
        speaker="NASA",
        actor="mod",
    )
    assert false.evidence[0].stance == "refutes"  # not "supports" under a FALSE verdict


def test_the_stance_says_who_asserts_and_who_denies(svc):
    answer = svc.ask("will turkey return the s400 to russia", log=False).answer
    assert answer.claim is not None and answer.claim.id == "turkey-will-return"
    assert answer.claim.stance == (
        "supported by Webangah News Agency, reporting Bloomberg; "
        "denied by Webangah News Agency, reporting Rear Admiral Zeki Akturk"
    )
    own = svc.answer_for(svc.get_claim("turkey-considering-return")).claim
    assert own.stance == "asserted by Webangah News Agency, reporting Bloomberg"
    assert derive_stance([]) == "no quoted evidence"


def test_an_attributed_answer_says_whose_claim_it_is_and_that_the_report_is_undated(svc, env):
    out = CliRunner().invoke(main, ["--db", str(svc.store.path), "claims", "show", "s400-deployed-adana-ankara"])
    assert out.exit_code == 0, out.output
    assert f"ATTRIBUTED — according to {OUTLET}" in out.output
    assert "As reported by Webangah News Agency, International Desk" in out.output and "(undated)" in out.output
    answer = svc.ask("are the s400s deployed in adana and ankara", log=False).answer
    assert answer.claim.verdict.startswith("ATTRIBUTED — according to")
    assert answer.claim.sources[0].date is None


def test_opinion_is_not_exported_as_a_claimreview_rating(svc, tmp_path):
    written, left_out = svc.export_claimreview(tmp_path / "cr.json")
    data = json.loads((tmp_path / "cr.json").read_text(encoding="utf-8"))
    assert left_out == ["s400-symbol"] and written == len(data) == len(GOOD) - 1
    ratings = {item["@id"].rsplit(":", 1)[1]: item["reviewRating"]["alternateName"] for item in data}
    assert ratings["s400-deployed-adana-ankara"] == "Attributed to its source, not verified"
    out = CliRunner().invoke(
        main, ["--db", str(svc.store.path), "claims", "export", "--format", "claimreview", str(tmp_path / "cli.json")]
    )
    assert out.exit_code == 0 and "left out 1 opinion claims" in out.output and "s400-symbol" in out.output


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("did bloomberg report that turkey is considering a return", True),
        ("what did akturk say about the s400", True),
        ("Barrack stated the issue could be resolved", True),
        ("did european officials propose sending the s400 to ukraine", True),
        ("is turkey considering returning the s400", False),
        ("people say turkey will give the s400 back", False),  # hearsay framing, not "who said it"
    ],
)
def test_a_question_about_who_said_something_is_told_apart(text, said):
    from bot.normalize import relations

    assert ("said" in relations(text)) is said


def test_who_said_it_and_the_thing_itself_are_different_answers(service):
    said = service.ask("did bloomberg report that turkey is considering returning the s400", log=False).answer
    assert said.claim is not None and said.claim.id == "bloomberg-reported-turkey-considering-s400-return"
    thing = service.ask("is turkey considering returning its s-400 systems", log=False).answer
    assert thing.claim is None or thing.claim.id == "turkey-considering-s400-return"
    assert thing.claim is None or thing.claim.status != "true"  # only the report is established
    barrack = service.ask("did tom barrack say the s400 issue could be resolved in four to six months", log=False)
    answer = barrack.answer
    assert answer.claim is None or answer.claim.id == "barrack-said-s400-issue-resolvable-in-months"
    if answer.claim is None:  # held back: says why, and offers the attribution
        assert "who said it" in answer.why
        assert "barrack-said-s400-issue-resolvable-in-months" in answer.suggestions

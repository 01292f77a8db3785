"""The curated claim base: evidence is verbatim, statuses are from the vocabulary,
and bad knowledge files are refused with the file, claim and field named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.claim import quote_in_document
from bot.knowledge import KnowledgeError, load
from bot.models import Status
from bot.service import ClaimService
from bot.settings import Settings
from tests.conftest import KNOWLEDGE, ROOT, SEED

CLAIM_FILE = KNOWLEDGE / "webangah-turkey-s400-stance.json"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_67c2c4920cd3b66e.txt"


def test_seed_is_byte_identical_to_the_shared_article():
    if not SHARED_SEED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_sidecar_matches_the_knowledge_source():
    meta = json.loads(SEED.with_suffix(".meta.json").read_text(encoding="utf-8"))
    source = json.loads(CLAIM_FILE.read_text(encoding="utf-8"))["source"]
    assert meta["date"] is None and meta["url"] is None
    assert source["date"] is None and source["url"] is None
    for key in ("title", "outlet", "language"):
        assert meta[key] == source[key]
    assert meta["outlet"] == "Webangah News Agency, International Desk"
    assert SEED.read_text(encoding="utf-8").startswith(meta["title"])


def test_bundled_base_has_every_checkable_claim_with_verbatim_evidence():
    data = json.loads(CLAIM_FILE.read_text(encoding="utf-8"))
    article = " ".join(SEED.read_text(encoding="utf-8").split())
    claims = data["claims"]
    assert len(claims) >= 18
    for claim in claims:
        assert claim["status"] in {s.value for s in Status}
        assert claim["rationale"].strip()
        assert claim["evidence"], claim["id"]
        for ev in claim["evidence"]:
            assert " ".join(ev["quote"].split()) in article, (claim["id"], ev["quote"])
            assert ev["stance"] in {"asserts", "supports", "refutes", "neutral"}
    ids = {c["id"] for c in claims}
    for must in ("turkey-return-s400-to-russia", "s400-for-f35-exchange", "turkey-s400-position-unchanged"):
        assert must in ids
    # No invented dates or URLs: every four-digit year in a statement is in the article.
    import re

    for claim in claims:
        for year in re.findall(r"\b(?:19|20)\d\d\b", claim["statement"]):
            assert year in article, (claim["id"], year)


def test_central_claim_is_unverified_and_asserted_not_refuted_by_the_armed_forces():
    """Akturk's "position unchanged" does not contradict a possibility: it is context."""
    claims = {c["id"]: c for c in json.loads(CLAIM_FILE.read_text(encoding="utf-8"))["claims"]}
    claim = claims["turkey-return-s400-to-russia"]
    assert claim["status"] == "unverified" and claim["statement"].startswith("Turkey may return")
    akturk = [ev for ev in claim["evidence"] if "Akturk" in ev["quote"] and "unchanged" in ev["quote"]]
    assert akturk and all(ev["stance"] == "neutral" for ev in akturk)


def test_the_base_meets_the_editorial_standard():
    """Issue 8: no truth rating rests on its claimant's words alone (the loader enforces
    it); hedges kept; the China contract's year dates the signing; attribution claims
    stand beside the claims they attribute."""
    claims = {c["id"]: c for c in json.loads(CLAIM_FILE.read_text(encoding="utf-8"))["claims"]}
    load(KNOWLEDGE)  # raises on any truth rating that rests only on its claimant
    assert claims["turkey-return-s400-to-russia"]["statement"].startswith("Turkey may")
    assert (
        "could be resolved within four to six months"
        in claims["s400-issue-resolved-in-four-to-six-months"]["statement"]
    )
    assert claims["s400-issue-resolved-in-four-to-six-months"]["status"] == "opinion"
    assert "sometimes referred to as" in claims["neo-abdulhamidism-policy"]["statement"]
    assert "seems" in claims["turkey-protects-russia-relationship"]["statement"]
    china = claims["china-arms-contract-signed-2017-cancelled-under-us-pressure"]
    assert "signed a contract in 2017" in china["statement"] and "cancelled in 2017" not in china["statement"]
    assert not any("cancel" in p and "2017" in p for p in china["phrasings"])
    assert claims["s400-to-ukraine-european-proposal"]["status"] == "true"
    assert claims["s400-transfer-to-ukraine-feasible"]["status"] not in ("false", "mostly-false", "true")
    erdogan = claims["s400-bought-over-nato-patriot-refusal"]
    assert erdogan["status"] == "attributed" and "air defense" in erdogan["statement"]
    assert "s400-purchase-part-of-balancing-policy" in erdogan["related"]
    for cid in (
        "s400-contract-bans-third-country-transfer",
        "s400-deployed-in-adana-and-ankara",
        "us-threatening-letters-over-s400",
        "s400-symbolizes-putin-erdogan-cooperation",
        "s400-caused-harm-to-turkey",
    ):
        assert claims[cid]["status"] in ("attributed", "opinion"), cid
        assert "no source" in claims[cid]["rationale"], cid
    for said, thing in (
        ("bloomberg-reported-turkey-considering-s400-return", "turkey-considering-s400-return"),
        ("akturk-said-turkey-s400-position-unchanged", "turkey-s400-position-unchanged"),
        ("barrack-said-s400-issue-resolvable-in-months", "s400-issue-resolved-in-four-to-six-months"),
        ("erdogan-said-patriot-refusal-drove-s400-purchase", "s400-bought-over-nato-patriot-refusal"),
    ):
        assert claims[said]["status"] == "true" and claims[thing]["status"] != "true"
    assert "s400-will-not-be-easily-returned" in claims
    labels = {ev["speaker"] for c in claims.values() for ev in c["evidence"]}
    assert not any(label.startswith("American media") for label in labels)  # one spelling: US media


def test_the_done_when_questions_of_issue_8(service):
    europe = service.ask("did european officials propose sending turkey's s400 to ukraine", log=False).answer
    assert europe.claim is None or europe.claim.status != "mostly-false"
    assert europe.claim is None or europe.claim.id == "s400-to-ukraine-european-proposal"
    china = service.ask("did turkey cancel a chinese deal in 2017", log=False).answer
    if china.claim is not None:
        assert china.claim.status not in ("true", "mostly-true")
        assert "cancelled in 2017" not in china.claim.text and "2017 cancel" not in china.claim.text
    deployed = service.ask("are the s-400s deployed in ankara", log=False).answer
    shown = deployed.claim.id if deployed.claim else deployed.suggestions
    assert "s400-deployed-in-adana-and-ankara" in shown


def test_quote_check_allows_only_whitespace_differences():
    doc = "Turkey’s position on the S-400\nremains constant and unchanged."
    assert quote_in_document("Turkey’s position on the S-400 remains constant", doc)
    assert quote_in_document("Turkey’s   position on\tthe S-400", doc)
    assert not quote_in_document("Turkey's position on the S-400", doc)  # straight apostrophe
    assert not quote_in_document("turkey’s position", doc)  # case
    assert not quote_in_document("position on the S-400 remains unchanged", doc)


# --- bad knowledge files --------------------------------------------------------------


def _bad_copy(tmp_path: Path, mutate) -> Path:
    """A copy of knowledge/ and seeds/ whose claim file has been changed by ``mutate``."""
    kdir = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, kdir)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    path = kdir / CLAIM_FILE.name
    data = json.loads(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return kdir


def _first(data):
    return data["claims"][0]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: _first(d)["evidence"][0].update(quote="Turkey will hand the S-400 to Ukraine tomorrow."),
            "field evidence[0].quote: not found word for word",
        ),
        (lambda d: _first(d).update(status="probably"), "field status: 'probably' is not one of"),
        (lambda d: d["claims"].append(dict(_first(d))), "duplicate"),
        (lambda d: _first(d).pop("rationale"), "field rationale: missing"),
        (lambda d: _first(d).update(evidence=[]), "field evidence"),
        (lambda d: _first(d)["evidence"][0].update(stance="agrees"), "field evidence[0].stance"),
        (lambda d: _first(d).update(related=["no-such-claim"]), "field related: no claim with id 'no-such-claim'"),
        (lambda d: _first(d).update(id="Not A Slug"), "field id"),
        (lambda d: d["source"].update(document="missing.txt"), "field document: cannot read"),
        (lambda d: _first(d).update(tags=["gives:colour"]), "field tags: 'gives:colour' is not one of gives:reason"),
    ],
)
def test_bad_claim_file_is_refused_naming_file_claim_and_field(tmp_path, mutate, expected):
    kdir = _bad_copy(tmp_path, mutate)
    with pytest.raises(KnowledgeError) as err:
        load(kdir)
    message = str(err.value)
    assert expected in message
    assert CLAIM_FILE.name in message


def test_malformed_json_names_the_file_and_line(tmp_path):
    kdir = _bad_copy(tmp_path, lambda d: None)
    (kdir / CLAIM_FILE.name).write_text('{"source": {,}', encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"not valid JSON: .* line 1"):
        load(kdir)


def test_failed_import_changes_nothing(service, tmp_path):
    before = (service.store.claim_count(True), service.store.revision_count())
    statuses = {c.id: c.status for c in service.list_claims()}

    def mutate(data):
        data["claims"][0]["status"] = "false"  # a valid change ...
        data["claims"][-1]["evidence"][0]["quote"] = "words the article never says"  # ... and a bad one

    kdir = _bad_copy(tmp_path, mutate)
    with pytest.raises(KnowledgeError):
        service.import_path(kdir, actor="test")
    after = (service.store.claim_count(True), service.store.revision_count())
    assert after == before
    assert {c.id: c.status for c in service.list_claims()} == statuses


def test_import_is_idempotent(service):
    counts = service.import_path(KNOWLEDGE, actor="test")
    assert counts["created"] == 0 and counts["updated"] == 0
    assert counts["unchanged"] == service.store.claim_count(True)


def test_changed_file_updates_only_the_changed_claim_and_keeps_history(service, tmp_path):
    kdir = _bad_copy(tmp_path, lambda d: d["claims"][0].update(rationale="A reviewed rationale."))
    counts = service.import_path(kdir, actor="reviewer")
    assert (counts["created"], counts["updated"]) == (0, 1)
    first = json.loads(CLAIM_FILE.read_text(encoding="utf-8"))["claims"][0]
    history = service.history(first["id"])
    assert history[-1]["actor"] == "reviewer"
    assert history[-1]["before"]["rationale"] == first["rationale"]
    assert history[-1]["after"]["rationale"] == "A reviewed rationale."


def test_export_round_trips_to_the_knowledge_format(service, tmp_path):
    written = service.export(tmp_path / "out")
    assert [p.name for p in written] == [CLAIM_FILE.name]
    exported = json.loads(written[0].read_text(encoding="utf-8"))
    original = json.loads(CLAIM_FILE.read_text(encoding="utf-8"))
    assert exported["source"] == original["source"]
    by_id = {c["id"]: c for c in original["claims"]}
    assert {c["id"] for c in exported["claims"]} == set(by_id)
    for claim in exported["claims"]:
        want = {k: v for k, v in by_id[claim["id"]].items() if v not in ([], None)}
        got = {k: v for k, v in claim.items() if v not in ([], None)}
        assert got == want
    # and the export imports back unchanged (the document's text comes from the database)
    counts = service.import_path(tmp_path / "out", actor="test")
    assert counts["created"] == counts["updated"] == 0


def test_first_use_imports_the_bundled_base(tmp_path):
    svc = ClaimService.open(Settings(), db=tmp_path / "fresh.db")
    try:
        assert svc.store.claim_count() >= 18
        assert svc.ask("will Turkey return S-400", log=False).answer.claim.id == "turkey-return-s400-to-russia"
    finally:
        svc.close()

"""Every kind of claim leaves as a knowledge file and comes back unchanged: the bundled
base, ClaimReview imports and claims added by command (issue: one claim type)."""

from __future__ import annotations

from pathlib import Path

from bot.service import ClaimService
from tests.conftest import make_settings

DATA = Path(__file__).resolve().parent / "data" / "claimreview"
NASA = "cr-d2c18d58b5f0"  # single.json


def _content(service: ClaimService) -> dict:
    return {c.id: c.content() for c in service.list_claims(include_retired=True)}


def _every_kind(service: ClaimService) -> None:
    service.import_path(DATA / "single.json", actor="test")  # a ClaimReview with a claim date
    service.import_path(DATA / "api.json", actor="test")  # Fact Check API reviews
    service.add_claim(
        statement="Sourdough bread is leavened with wild yeast.",
        status="true",
        claimant="Bakers guild",
        quote="Sourdough is leavened by wild yeast.",
        source_url="https://example.org/sourdough",
        outlet="Example",
        actor="mod:a",
    )
    service.add_claim(
        statement="The moon is made of cheese.",
        status="false",
        claimant="a cartoon",
        quote="The moon is rock.",
        speaker="a geologist",
        stance="refutes",
        actor="mod:b",
    )  # no source at all
    service.add_claim(
        statement="The town pizzeria closes on Mondays.",
        status="attributed",
        claimant="a regular",
        quote="The pizzeria is closed on Mondays.",
        actor="mod:c",
        guild="222222222222222222",
    )  # a server's own claim
    service.set_status(NASA, "false", note="checked again", actor="mod:a")
    service.retire("turkey-bought-s400-in-2017", actor="mod:a")


def test_a_claimreview_claim_round_trips_through_knowledge_files(service, tmp_path):
    """claims import single.json, claims export DIR, claims import DIR used to fail with
    'evidence: List should have at least 1 item', and the export dropped the rating."""
    service.import_path(DATA / "single.json", actor="test")
    service.export(tmp_path / "out")
    counts = service.import_path(tmp_path / "out", actor="test")
    assert (counts["created"], counts["updated"]) == (0, 0)
    assert service.get_claim(NASA).rating == "Pants on Fire"


def test_every_kind_of_claim_exports_and_imports_back_unchanged(service, tmp_path):
    _every_kind(service)
    before = _content(service)
    revisions = service.store.revision_count()
    service.export(tmp_path / "out")

    counts = service.import_path(tmp_path / "out", actor="test")
    assert (counts["created"], counts["updated"]) == (0, 0)
    assert counts["unchanged"] == len(before)
    assert _content(service) == before
    assert service.store.revision_count() == revisions

    fresh = ClaimService.open(make_settings(), db=tmp_path / "fresh.db", seed=False)
    try:
        counts = fresh.import_path(tmp_path / "out", actor="test")
        assert counts["created"] == len(before)
        assert _content(fresh) == before
        # what the claims' sources say comes along too (the review, where the claim was seen)
        assert fresh.store.source(NASA) == service.store.source(NASA)
        assert fresh.store.source(NASA + "-claim") == service.store.source(NASA + "-claim")
        assert fresh.ask("nasa six days of darkness", log=False).answer.claim.id == NASA
        assert fresh.ask("is the moon made of cheese", log=False).answer.claim.id.startswith("moon")
    finally:
        fresh.close()

"""``bot.followup``: whom to tell, without Discord."""

from __future__ import annotations

from discord_helpers import CLAIM_ID, NO_MATCH

from bot import followup

SOURDOUGH_Q = "is sourdough bread leavened with wild yeast"


def ask(service, question, user, interface="discord", message=None):
    return service.ask(
        question, interface=interface, user_id=user, channel_id=10, guild_id=20, message_id=message
    ).query_id


def add_sourdough(service):
    return service.add_claim(
        statement="Sourdough bread is leavened with wild yeast.",
        status="true",
        claimant="Bakers guild",
        quote="Sourdough is leavened by wild yeast.",
        source_url="https://example.org/sourdough",
        actor="test",
    ).id


def test_a_new_claim_answers_queued_discord_questions_only(service):
    mine = ask(service, SOURDOUGH_Q, 1, message=111)
    ask(service, SOURDOUGH_Q, 2, interface="cli")  # not a Discord question
    ask(service, "what time is it in tokyo", 3)  # still unanswered by the new claim
    claim_id = add_sourdough(service)
    assert followup.newly_answered(service, claim_id) == [mine]
    (notice,) = followup.for_new_claim(service, claim_id, mode="reply")
    assert (notice.user_id, notice.message_id, notice.query_ids) == ("1", "111", (mine,))
    assert notice.kind == followup.ANSWERED
    assert notice.revision_id == followup.latest_revision(service, claim_id)


def test_one_notice_per_user_and_never_twice(service):
    first = ask(service, "will Turkey return S-400", 1, message=1)
    second = ask(service, "is turkey sending the s-400 back to russia", 1, message=2)
    ask(service, "will Turkey return S-400", 2)
    service.set_status(CLAIM_ID, "attributed", note="only US media report it", actor="test")
    notices = followup.for_status_change(service, CLAIM_ID, mode="reply")
    by_user = {n.user_id: n for n in notices}
    assert set(by_user) == {"1", "2"}
    assert by_user["1"].query_ids == (first, second) and by_user["1"].message_id == "2"
    assert followup.for_status_change(service, CLAIM_ID, mode="reply") == []
    # A later status change is news again.
    service.set_status(CLAIM_ID, "opinion", note="a forecast", actor="test")
    assert len(followup.for_status_change(service, CLAIM_ID, mode="reply")) == 2


def test_opted_out_users_and_answered_twice(service):
    query = ask(service, NO_MATCH, 5)
    followup.set_opt_out(service, 5, True)
    assert followup.is_opted_out(service, "5")
    assert followup.for_link(service, CLAIM_ID, [query], mode="dm") == []
    followup.set_opt_out(service, 5, False)
    (notice,) = followup.for_link(service, CLAIM_ID, [query], mode="dm")
    # Linking again (a new revision) does not repeat "answered" for the same claim.
    service.link_question(query, CLAIM_ID, actor="test")
    assert followup.for_link(service, CLAIM_ID, [query], mode="dm") == []
    followup.mark_sent(service, notice)
    assert service.recent(1)[0]["notified_at"] is not None


def test_mark_failed_keeps_the_reason(service):
    query = ask(service, NO_MATCH, 7)
    (notice,) = followup.for_link(service, CLAIM_ID, [query], mode="reply")
    followup.mark_failed(service, notice, "Forbidden: cannot send")
    rows = [{k: r[k] for k in ("query_id", "kind", "mode", "error")} for r in service.store.notifications()]
    assert rows == [{"query_id": query, "kind": "answered", "mode": "reply", "error": "Forbidden: cannot send"}]

"""Watch mode's core (issue 14): the prefilter, the decision, the cooldown, what is
logged (only replies) and the "Was this helpful?" votes. No discord here.

The examples below are the engineer's own, written to tune ``WatchTuning`` before the
blind corpus (tests/watch_corpus.json, measured in tests/test_watch_corpus.py) was read.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import config
from bot.match import Candidate, MatchResult, Tuning
from bot.normalize import EMPTY_ALIASES
from bot.status import STATUS_VALUES
from bot.watch import DEFAULT_STATUSES, WatchCounts, Watcher, WatchTuning, decide, latin_share, prefilter

FALSE_ID = "s400-given-free"
RESTATED_FALSE = "fun fact: russia gave turkey the s-400 systems for free"
GUILD, CHANNEL, OTHER_CHANNEL, ALICE = 111, 222, 333, 444

# Restatements of the bundled claims, in chat words (claim id: which claim they restate).
RESTATED = [
    ("turkey is going to give the s-400s back to russia, heard it on the news", "turkey-return-s400-to-russia"),
    ("Turkey will send its S-400 systems back to Russia so it can get the F-35 jets", "s400-for-f35-exchange"),
    (
        "tom barrack said the whole s400 thing could be sorted out in four to six months",
        "barrack-said-s400-issue-resolvable-in-months",
    ),
    (
        "bloomberg reported that turkey is thinking about returning the s-400 to fix relations with the us",
        "bloomberg-reported-turkey-considering-s400-return",
    ),
    ("the europeans want turkey to ship its s-400 to ukraine apparently", "s400-to-ukraine-european-proposal"),
    (
        "the s400 contract says turkey can't sell or transfer them to any third country",
        "s400-contract-bans-third-country-transfer",
    ),
    ("trump slapped CAATSA sanctions on turkey because of the s-400 delivery in 2019", "us-caatsa-sanctions-on-turkey"),
    ("turkey got kicked out of the F-35 program over the s400 components in 2019", "turkey-removed-from-f35-program"),
    ("the s-400 deal with moscow was worth 2.5 billion dollars", "s400-deal-worth-2-5-billion"),
    ("the s-400s are still deployed in adana and ankara right now", "s400-deployed-in-adana-and-ankara"),
    (
        "turkey signed a deal with china for a weapons system in 2017 and had to cancel it because of us pressure",
        "china-arms-contract-signed-2017-cancelled-under-us-pressure",
    ),
    (
        "the us sent turkey threatening letters about the s400 deal, super undiplomatic",
        "us-threatening-letters-over-s400",
    ),
    (
        "relations between turkey and russia went bad in 2015 after the su-24 was shot down",
        "su24-downing-2015-soured-relations",
    ),
    (
        "erdogan said on tv that they bought the s-400 because nato refused to deploy patriots in turkey",
        "erdogan-said-patriot-refusal-drove-s400-purchase",
    ),
    ("nato refused to put patriot systems in turkey, that's a fact", "nato-refused-patriot-deployment-in-turkey"),
    ("turkey started buying the russian s-400 back in 2017", "turkey-bought-s400-in-2017"),
    ("the s-400 components were delivered to turkey in 2019", "s400-components-delivered-2019"),
    ("turkish military says its position on the s-400 hasn't changed at all", "turkey-s400-position-unchanged"),
    ("the s-400 purchase has done a lot of harm to turkey honestly", "s400-caused-harm-to-turkey"),
    ("the s400 is basically a symbol of the putin erdogan partnership", "s400-symbolizes-putin-erdogan-cooperation"),
    (
        "turkey bought the s-400 as part of balancing against the united states",
        "s400-purchase-part-of-balancing-policy",
    ),
    ("turkey can just send the s-400 systems to ukraine, easy", "s400-transfer-to-ukraine-feasible"),
    (
        "US officials have been saying turkey could swap the s-400 for f-35 deliveries",
        "us-media-officials-suggested-s400-return-for-f35",
    ),
    (
        "washington sees the s-400 purchase as turkey aligning with russia, not just a military deal",
        "us-sees-s400-as-russia-alignment",
    ),
    ("ankara won't risk its relationship with moscow over the s-400", "turkey-protects-russia-relationship"),
]
# Ordinary chat, some of it about the same countries, weapons and people.
ORDINARY = [
    "anyone up for some games tonight? i'm thinking valorant around 9",
    "lol that meme is so good, where did you find it",
    "i just got back from the gym and i'm absolutely dead",
    "does anyone know a good recipe for banana bread without eggs",
    "the new season of that show is out, no spoilers please",
    "my cat knocked my coffee off the desk again this morning",
    "who is going to the meetup on saturday, we need a headcount",
    "can someone help me with my python homework, the loop never ends",
    "honestly the weather has been terrible all week here",
    "good morning everyone, hope you all slept well",
    "what time does the stream start today? i want to catch it live",
    "i think the new update broke my graphics drivers again",
    "happy birthday sam!!! hope you have an amazing day",
    "does anyone have a spare key for the server room",
    "my internet is so slow today, cannot even load youtube",
    "we should order pizza for the movie night on friday",
    "i finally finished that 1000 piece puzzle after three weeks",
    "thanks for the help yesterday, it really worked out",
    "the traffic on the highway was insane this morning",
    "who wants to join the book club, we're reading dune next",
    "turkey sandwiches for lunch again, my mom packed like five",
    "we're roasting a turkey for thanksgiving, any tips on brining",
    "i'm flying to istanbul next month for a wedding, any food tips",
    "russia and turkey are both on my travel bucket list",
    "the f-35 flyover at the airshow was so loud my ears rang",
    "my grandpa was in the air force and flew old jets in the 70s",
    "i was reading about the history of the ottoman empire last night",
    "does anyone know when the next nato summit is happening",
    "the ukraine news has been really depressing lately",
    "i watched a documentary about air defense systems, pretty interesting stuff",
    "what do you all think about the s-400, is it actually any good",
    "is it true turkey bought missiles from russia? no idea honestly",
    "erdogan was on tv again yesterday talking about the economy",
    "the us and turkey have had a complicated relationship for years",
    "my friend from ankara says the food there is amazing",
    "sanctions are in the news every single day now, so tiring",
    "i need to return these shoes, they're two sizes too big",
    "can you send me the slides from the meeting, i missed it",
    "the patriots lost again, what a terrible season for them",
    "putin and xi met again last week, saw it on the news",
    "i bought a new phone for 2.5 hundred dollars, pretty good deal",
    "the china trip was amazing, the great wall is massive",
    "my sister's contract got cancelled because of budget pressure at work",
    "this letter from the landlord is so threatening, raising rent again",
    "anyone know if the pharmacy in the mall is open on sundays",
    "the deal on those headphones ends tonight, get them while you can",
    "i'm learning russian on duolingo, 30 day streak so far",
    "we should plan a trip to europe next summer, maybe greece",
    "the defense in that game was incredible, they blocked everything",
    "the relationship between my two roommates has really soured",
]


def add_false_claim(service) -> None:
    """A server-checked false claim with evidence from someone other than its claimant."""
    service.add_claim(
        statement="Russia gave Turkey its S-400 systems for free.",
        status="false",
        claimant="viral social media posts",
        quote="Turkey paid $2.5 billion for the S-400 systems.",
        source_url="https://checks.example.org/s400-free",
        source_title="No, the S-400s were not free",
        outlet="Example Checks",
        actor="test",
        claim_id=FALSE_ID,
    )


def watch(service, text: str, channel: int = CHANNEL, **kwargs):
    return service.watch(text, guild_id=GUILD, channel_id=channel, message_id=1, user_id=ALICE, **kwargs)


# -- the prefilter


def test_the_prefilter_skips_what_is_not_an_assertion_about_checked_things(service):
    vocabulary = set(service.store.retriever.vocabulary())
    assert "s400" in vocabulary and "turkey" in vocabulary

    def skip(text: str) -> str | None:
        return prefilter(text, vocabulary.intersection, service.aliases, prefixes=["!"])

    assert skip("") == "empty"
    assert skip("!claim will turkey return the s-400 to russia") == "command"
    assert skip("turkey returned the s-400") == "short"
    assert skip("<@123> <:pog:456> lol https://x.example/abc turkey s400") == "short"  # noise is not words
    assert skip("Турция вернёт свои комплексы С-400 России в обмен на истребители") == "non-latin"
    assert skip("anyone up for some games tonight? i'm thinking valorant around nine") == "few-terms"
    assert skip("turkey " * 600) == "long"
    assert skip(RESTATED[0][0]) is None
    assert latin_share("Türkiye ve Rusya") == 1.0 and latin_share("1234") == 1.0


def test_most_ordinary_chat_never_reaches_the_matcher(service):
    skipped = [t for t in ORDINARY if service.watcher.screen(t, lookup=True) is not None]
    assert len(skipped) / len(ORDINARY) >= 0.6, len(skipped)
    # The event loop's screening (no lookups) then skips the same messages.
    assert [t for t in ORDINARY if service.watcher.screen(t) is not None] == skipped


def test_the_watcher_never_reads_the_whole_vocabulary(service, monkeypatch):
    """It asks the index about a message's terms and remembers the answers: a base of a
    million claims holds hundreds of thousands of terms, read again after every edit."""
    retriever = service.store.retriever
    monkeypatch.setattr(type(retriever), "vocabulary", lambda self: pytest.fail("the whole vocabulary was read"))
    asked: list[set[str]] = []
    real = retriever.document_frequencies

    def counted(terms):
        terms = set(terms)
        asked.append(terms)
        return real(terms)

    monkeypatch.setattr(retriever, "document_frequencies", counted)
    text = "everyone says the turkish s400 deal is getting cancelled next week, zorblat"
    assert watch(service, text).reason not in ("few-terms",)
    assert any("zorblat" in terms for terms in asked) and service.watcher.terms["zorblat"] is False
    asked.clear()
    assert service.watcher.screen(text, ["!"], lookup=True) is None
    assert asked == []  # every term was met before: nothing is looked up again
    nonsense = "zorblat quuxen florp blorg mimsy wabe gyre"
    assert service.watcher.screen(nonsense, ["!"]) is None  # not met yet: on to the watch thread
    assert service.watcher.screen(nonsense, ["!"], lookup=True) == "few-terms"
    assert service.watcher.screen(nonsense, ["!"]) == "few-terms"  # now known on the event loop too


def test_a_new_claim_s_words_are_known_to_the_watcher_at_once(service, monkeypatch):
    """Terms found missing are forgotten when the base changes: a claim added after a
    message mentioned its words is screened in, not skipped as "few-terms"."""
    text = "apparently the zorblat quuxen treaty was signed by everyone in secret"
    assert watch(service, text).reason == "few-terms"
    assert service.watcher.screen(text, ["!"]) == "few-terms"  # remembered, on the event loop too
    service.add_claim(
        statement="The Zorblat-Quuxen treaty was signed in secret.",
        status="false",
        claimant="viral posts",
        quote="No such treaty exists.",
        source_url="https://checks.example.org/zorblat",
        source_title="No zorblat treaty",
        outlet="Example Checks",
        actor="test",
    )
    # The event loop's screening lets it through at once, before the watch thread has
    # looked at any message since the change (a change made here forgets the missing).
    assert service.watcher.screen(text, ["!"]) is None
    assert watch(service, text).reason != "few-terms"
    assert service.watcher.terms["zorblat"] is True


def test_the_watcher_remembers_a_bounded_number_of_terms(service, monkeypatch):
    monkeypatch.setattr(Watcher, "MAX_TERMS", 8)
    words = [f"zq{chr(97 + i)}{chr(97 + j)}x" for i in range(5) for j in range(5)]
    for i in range(0, len(words), 6):
        watch(service, "the turkey s400 story " + " ".join(words[i : i + 6]))
        assert len(service.watcher.terms) <= 10  # the bound, or one message's terms


# -- the decision


def _result(*candidates: Candidate, outcome: str = "match") -> MatchResult:
    return MatchResult(outcome, ["a", "b", "c"], list(candidates), tuning=Tuning())


def _candidate(cid: str, confidence: float, matched: int = 4) -> Candidate:
    return Candidate(cid, confidence, confidence, 1.0, {}, [f"t{i}" for i in range(matched)], [])


def test_the_decision_is_stricter_than_claim():
    """A match (read as a statement: ``Matcher.match(..., statement=True)``) above
    ``!claim``'s bar, sharing three terms, clear of the next claim."""
    k = WatchTuning()
    assert k.min_confidence > Tuning().match_at
    statuses = set(DEFAULT_STATUSES)
    assert decide(_result(_candidate("x", 90), outcome="suggest"), "false", statuses).reason == "no-match"
    between = (Tuning().match_at + k.min_confidence) / 2
    assert decide(_result(_candidate("x", between)), "false", statuses).reason == "low-confidence"
    assert decide(_result(_candidate("x", 90, matched=2)), "false", statuses).reason == "few-matched"
    assert decide(_result(_candidate("x", 90), _candidate("y", 89)), "false", statuses).reason == "close-second"
    assert decide(_result(_candidate("x", 90)), "true", statuses).reason == "status"
    yes = decide(_result(_candidate("x", 90), _candidate("y", 60)), "mostly-false", statuses)
    assert yes.reply and yes.claim_id == "x"


# -- the service: only replies are logged, the cooldown, the statuses


def test_a_restated_false_claim_is_answered_and_logged_with_interface_watch(service):
    add_false_claim(service)
    before = len(service.recent(100))
    outcome = watch(service, RESTATED_FALSE)
    assert outcome.reply and outcome.claim_id == FALSE_ID and outcome.answer.claim.status == "false"
    rows = service.recent(100)
    assert len(rows) == before + 1
    row = rows[0]
    assert (row["interface"], row["claim_id"], row["channel_id"], row["user_id"], row["question"]) == (
        "watch",
        FALSE_ID,
        str(CHANNEL),
        str(ALICE),
        RESTATED_FALSE,
    )
    assert outcome.query_id == row["id"]


def test_messages_that_get_no_reply_are_not_logged(service):
    add_false_claim(service)
    before = len(service.recent(1000))
    reasons = [watch(service, t).reason for t in ORDINARY]
    # bundled claims are true/attributed/opinion/unverified: not worth interrupting by default
    reasons += [watch(service, t).reason for t, _ in RESTATED]
    assert "reply" not in reasons
    assert len(service.recent(1000)) == before


def test_the_same_claim_is_not_answered_twice_in_a_channel_within_the_cooldown(service):
    add_false_claim(service)
    assert watch(service, RESTATED_FALSE).reply
    again = watch(service, "so russia gave turkey all its s-400 systems for free, crazy")
    assert again.reason == "cooldown" and again.claim_id == FALSE_ID
    assert watch(service, RESTATED_FALSE, channel=OTHER_CHANNEL).reply  # another channel has its own
    later = datetime.now(UTC) + timedelta(minutes=61)
    assert watch(service, RESTATED_FALSE, now=later).reply
    assert watch(service, RESTATED_FALSE, cooldown_minutes=0).reply  # no cooldown at all


def test_the_statuses_setting_decides_what_is_worth_interrupting_for(service):
    add_false_claim(service)
    assert watch(service, RESTATED_FALSE, statuses=["true"]).reason == "status"
    text, claim_id = RESTATED[0]  # an unverified claim
    assert watch(service, text).reason == "status"
    outcome = watch(service, text, statuses=STATUS_VALUES)
    assert outcome.reply and outcome.claim_id == claim_id


def test_a_server_claim_is_watched_only_in_its_server(service):
    service.add_claim(
        statement="The town council banned electric scooters on the river path.",
        status="false",
        claimant="a local newsletter",
        quote="The council has not voted on scooters.",
        source_title="Council minutes",
        outlet="Town council",
        actor="test",
        guild=GUILD,
    )
    text = "heads up the town council banned electric scooters on the river path"
    assert watch(service, text).reply
    elsewhere = service.watch(text, guild_id=GUILD + 1, channel_id=CHANNEL)
    assert not elsewhere.reply


def test_my_own_examples_meet_the_targets_with_every_status():
    """Tuned on these: no reply to ordinary chat, at least 70 % of restatements answered
    with their claim (every status widened in, since the bundled base has no false one)."""
    from bot.service import ClaimService
    from tests.conftest import make_settings

    service = ClaimService.open(make_settings(), db=":memory:")
    try:
        noise = [t for t in ORDINARY if watch(service, t, statuses=STATUS_VALUES, cooldown_minutes=0).reply]
        right = [
            t
            for t, cid in RESTATED
            if (o := watch(service, t, statuses=STATUS_VALUES, cooldown_minutes=0)).reply and o.claim_id == cid
        ]
    finally:
        service.close()
    assert noise == []
    assert len(right) / len(RESTATED) >= 0.7, len(right)


# -- feedback


def test_feedback_is_one_vote_per_member_and_shown_to_moderators(service):
    add_false_claim(service)
    outcome = watch(service, RESTATED_FALSE)
    qid = outcome.query_id
    assert service.record_feedback(qid, ALICE, True) is True
    assert service.record_feedback(qid, ALICE, False) is False  # one vote each
    assert service.record_feedback(qid, 555, False) is True
    assert service.stats(guild_id=GUILD)["feedback"] == {"helpful": 1, "not_helpful": 1}
    assert service.stats(guild_id=GUILD + 1)["feedback"] == {"helpful": 0, "not_helpful": 0}
    (row,) = service.watch_replies(10, guild_id=GUILD)
    assert (row["id"], row["claim_id"], row["helpful"], row["not_helpful"]) == (qid, FALSE_ID, 1, 1)
    with pytest.raises(Exception, match="no logged question"):
        service.record_feedback(999_999, ALICE, True)
    service.forget_user(ALICE)  # the vote stays counted, without the member's id
    assert service.stats()["feedback"] == {"helpful": 1, "not_helpful": 1}
    assert str(ALICE) not in service.export_log("json")


def test_the_counts_summarise_what_the_watcher_did():
    counts = WatchCounts()
    for reason in ["few-terms", "few-terms", "short", "status", "reply", "dropped"]:
        counts.add(GUILD, reason)
    assert WatchCounts.summary(counts.of(GUILD)) == {
        "screened": 6,
        "skipped": 3,
        "dropped": 1,
        "checked": 2,
        "replied": 1,
        "drafted": 0,
    }
    assert WatchCounts.summary(counts.of(GUILD + 1))["screened"] == 0


# -- the settings


def test_watch_settings_parse_and_refuse_bad_values():
    assert config.parse("watch_statuses", "false, mixed") == ["false", "mixed"]
    assert config.parse("watch_statuses", "all") == list(STATUS_VALUES)
    assert config.parse("watch_channels", "<#1>, 2") == [1, 2]
    assert config.parse("watch_draft_channel", "<#123>") == 123
    assert config.parse("watch_draft_channel", "none") is None
    assert config.parse("watch_mode", "draft") == "draft"
    for key, bad in [
        ("watch_statuses", "bogus"),
        ("watch_statuses", ""),
        ("watch_mode", "loud"),
        ("watch_cooldown_minutes", "-1"),
        ("watch_draft_channel", "general"),
        ("watch_channels", "general"),
    ]:
        with pytest.raises(config.ConfigError, match=f"bad value for {key}"):
            config.parse(key, bad)
    defaults = config.ServerSettings()
    assert defaults.watch_channels == [] and defaults.watch_statuses == list(DEFAULT_STATUSES)
    assert defaults.watch_mode == "thread" and defaults.watch_cooldown_minutes == 60
    assert EMPTY_ALIASES is not None


def test_the_retention_pass_erases_who_voted_and_keeps_the_votes(service, db_path):
    """Votes keep their member's id only as long as the question it was on (it was kept
    after the question was erased by the retention pass)."""
    import sqlite3

    add_false_claim(service)
    qid = watch(service, RESTATED_FALSE).query_id
    assert service.record_feedback(qid, ALICE, True) is True

    def voters() -> list:
        with sqlite3.connect(db_path) as conn:
            return [r[0] for r in conn.execute("SELECT user_id FROM feedback")]

    assert voters() == [str(ALICE)]
    assert service.prune_log(90, guild_id=GUILD) == 0  # too recent: nothing erased
    assert voters() == [str(ALICE)]
    later = datetime.now(UTC) + timedelta(days=91)
    assert service.prune_log(90, guild_id=GUILD, now=later) == 1
    assert voters() == [None]
    assert service.stats(guild_id=GUILD)["feedback"] == {"helpful": 1, "not_helpful": 0}


# -- a message is read as a statement (session 5)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "in 2019 russia shipped the s400 components over to turkey, i remember the pics",
            "s400-components-delivered-2019",
        ),
        ("turkey could just send its s400s to ukraine, that would be hilarious", "s400-transfer-to-ukraine-feasible"),
        (
            "some EU officials proposed giving turkey's S-400 systems to ukraine, saw it this morning",
            "s400-to-ukraine-european-proposal",
        ),
    ],
)
def test_a_message_that_says_more_than_the_claim_is_answered(service, text, claim):
    """Read as a question, the chat around a restated claim ("i remember the pics") is
    what the claim "does not mention", and it was held back; watch mode reads a message
    as a statement, which must hold the claim, not be held by it (tuning corpus misses).
    (Since session 11 "saw" is a light word of questions, and the last one is answered as a
    question too, with the same claim.)"""
    asked = service.ask(text, log=False).answer
    assert asked.outcome != "match" or asked.claim.id == claim
    outcome = watch(service, text, statuses=STATUS_VALUES, cooldown_minutes=0)
    assert outcome.reply and outcome.claim_id == claim, outcome.reason


def test_a_statement_must_hold_most_of_the_claim(service):
    """Read as a statement, a message that holds little of any claim's words is held back
    ("contained"), however well its own few words are found."""
    result = service.matcher.match("turkey s400 russia, wild times lads, anyway who is up for a game", statement=True)
    assert result.outcome != "match"
    best = result.best
    assert best is not None and best.features["contained"] < Tuning().min_contained
    # read as a question, the same words found would be weighed by the question's share
    question = service.matcher.match("turkey s400 russia, wild times lads, anyway who is up for a game")
    assert question.outcome != "match"


def test_a_statement_weighs_the_claim_s_share_the_question_the_question_s(service):
    text = "in 2019 russia shipped the s400 components over to turkey, i remember the pics"
    as_statement = service.matcher.match(text, statement=True).best
    as_question = service.matcher.match(text).best
    assert as_statement.claim_id == as_question.claim_id == "s400-components-delivered-2019"
    assert as_statement.features["contained"] == 1.0  # every word of one of the claim's units is in the message
    assert as_statement.confidence > as_question.confidence


@pytest.mark.parametrize(
    "text",
    [
        "my landlord sends me more threatening letters than any government ever did",
        "our hr said the new remote policy might be resolved within four to six months, sure",
    ],
)
def test_a_message_that_names_nothing_the_claim_is_about_gets_no_reply(service, text):
    """Hard negatives of the tuning corpus (tests/watch_tuning_hard.json) that got a reply:
    they hold the words of a claim but none of its names (the US, Turkey, the S-400, the
    ambassador), so they are not about it (``Tuning.statement_names``)."""
    outcome = watch(service, text, statuses=STATUS_VALUES, cooldown_minutes=0)
    assert not outcome.reply, outcome.claim_id
    result = service.matcher.match(text, statement=True)
    assert result.held is not None and result.held.code == "contained"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "the s400 contract says turkey can't sell or transfer the systems to any third country",
            "s400-contract-bans-third-country-transfer",
        ),
        ("@mehmet the s400 deal with russia was $2.5 billion, not 5 like u said", "s400-deal-worth-2-5-billion"),
    ],
)
def test_what_a_contract_or_you_said_is_not_who_said_it(service, text, claim):
    """Watch tuning misses: "the contract says", "like u said" read as a question about
    who said it ("the claim is about the thing itself"). A saying whose subject is a
    thing or the person spoken to is hearsay, like "people say" (``normalize._HEARSAY``)."""
    from bot.normalize import asks

    assert "said" not in asks(text)
    outcome = watch(service, text, statuses=STATUS_VALUES, cooldown_minutes=0)
    assert outcome.reply and outcome.claim_id == claim, outcome.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "so turkey lost its place in the f-35 program because of the s400, never coming back",
            "turkey-removed-from-f35-program",
        ),
        (
            "ankara really doesn't want to mess up its relationship with moscow over the s-400",
            "turkey-protects-russia-relationship",
        ),
        (
            "the turkish s-400 batteries are still sitting in adana and ankara as we speak",
            "s400-deployed-in-adana-and-ankara",
        ),
    ],
)
def test_the_alias_table_knows_how_chat_restates_a_claim(service, text, claim):
    """Watch tuning misses (session 6): "lost its spot/place" (removed), "mess up",
    "blow up", "ruin" (jeopardize), "sitting in", "parked" (deployed)."""
    outcome = watch(service, text, statuses=STATUS_VALUES, cooldown_minutes=0)
    assert outcome.reply and outcome.claim_id == claim, outcome.reason

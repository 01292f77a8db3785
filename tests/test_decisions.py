"""No confident wrong answers (issue 9): a question the base does not answer gets "did
you mean" or "no match", never someone else's verdict; chat noise is not content."""

from __future__ import annotations

import pytest

from bot.normalize import (
    analyze,
    analyze_words,
    asked_sentence,
    asks,
    attributed_speaker,
    future_tense,
    gives,
    headline_speaker,
    read_question,
    strip_chat_noise,
    tokens,
)
from bot.service import ClaimService
from tests.conftest import make_settings


@pytest.fixture
def service(module_service):
    """The tests here only ask (``log=False``) and read: they share one service. The two that add
    a claim take ``fresh_service``."""
    return module_service


@pytest.fixture
def fresh_service(db_path):
    svc = ClaimService.open(make_settings(), db=db_path)
    yield svc
    svc.close()


# Found by a new user: each got a confident answer with the wrong claim.
WRONG_BEFORE = [
    "Is Turkey in NATO?",
    "Is Turkey leaving NATO?",
    "Is the S-400 better than the Patriot?",
    "how many S-400 batteries does turkey have",
    "Did China buy the S-400?",
    "r they still using the s400 in ankara",
    "Why did Turkey buy the S-400?",
    "What did the Turkish military say about the S-400?",
]


# The right claim, where the base has one (the issue: "a suggestion, a no-match or the right claim").
RIGHT = {"What did the Turkish military say about the S-400?": "akturk-said-turkey-s400-position-unchanged"}


def _assert_matches(service, question: str, claim: str) -> None:
    """The question gets a confident match, with this claim."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


def _assert_no_match(service, question: str) -> None:
    """The question gets a suggestion or no match, never a confident one; the why says what held it."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why


def _assert_reads(service, text: str, present: list[str], absent: list[str]) -> None:
    """The text is read into terms that hold every one of ``present`` and none of ``absent``."""
    terms = analyze(text, service.matcher.aliases)
    assert all(t in terms for t in present), terms
    assert not any(t in terms for t in absent), terms


@pytest.mark.parametrize("question", WRONG_BEFORE)
def test_a_question_the_claim_does_not_answer_is_never_a_confident_match(service, question):
    answer = service.ask(question, log=False).answer
    if answer.claim is not None:
        assert answer.claim.id == RIGHT.get(question), (answer.claim.id, answer.why)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("how many S-400 batteries does turkey have", "asks how many"),
        ("Is Turkey leaving NATO?", "shares only names"),
    ],
)
def test_the_why_line_says_what_was_missing(service, question, why):
    assert why in service.ask(question, log=False).answer.why


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("Why did Turkey buy the S-400?", "s400-bought-over-nato-patriot-refusal"),  # gives a reason
        ("What did the Turkish military say about the S-400?", "akturk-said-turkey-s400-position-unchanged"),
    ],
)
def test_the_claim_that_gives_what_is_asked_is_the_one_offered(service, question, offered):
    """Ranked first was a claim without a reason (or about the thing itself, not who said
    it); the decision is about the one close behind that gives what the question asks,
    shown as the answer or as the first suggestion."""
    answer = service.ask(question, log=False).answer
    shown = answer.claim.id if answer.claim else answer.suggestions[0]
    assert shown == offered


def test_did_x_say_y_answers_with_the_attribution_even_when_y_ranks_first(service):
    answer = service.ask("Did Tom Barrack say the S-400 problem could be solved in four to six months?", log=False)
    assert answer.answer.claim is not None
    assert answer.answer.claim.id == "barrack-said-s400-issue-resolvable-in-months"


@pytest.mark.parametrize(
    "question",
    [
        "Is turkey giving the S-400 back? (source: my uncle)",
        "Will Turkey return the S-400 to Russia in 2026?",
        "<:thonk:123456789012345678> will turkey return the s400 <t:1700000000:R>",
        "<@123456789012345678> <@&223456789012345678> <#323456789012345678> will turkey return the s400",
        "@everyone @here will turkey return the s400 lol",
        "ngl will turkey return the s400, asking for a friend",
        "`will` turkey ```return``` the s400 [see this](https://example.org/a)",
    ],
)
def test_noise_and_a_forecast_year_do_not_cost_the_right_answer(service, question):
    answer = service.ask(question, log=False).answer
    assert answer.claim is not None and answer.claim.id == "turkey-return-s400-to-russia", answer.why


def test_chat_noise_is_stripped_and_content_kept():
    text = "<:e:123456789012345678> <@!123456789012345678> will it [source](https://x.org/a) (in 2026) (lol jk)"
    assert strip_chat_noise(text) == "will it in 2026"
    assert strip_chat_noise("is (S-400) `deployed`? @here") == "is S-400 deployed?"
    assert strip_chat_noise("was it basically a balancing act, literally") == "was it a balancing act,"


def test_basically_is_not_a_word_the_claim_must_answer(service):
    """ "was the s400 purchase basically turkey trying to balance against the US" (a
    tuning-set miss) was held: "the claim does not mention basically, try"."""
    answer = service.ask("was the s400 purchase basically turkey balancing against the US", log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "s400-purchase-part-of-balancing-policy", answer.why
    held = service.ask("was the s400 purchase basically turkey trying to balance against the US", log=False).answer
    assert "basically" not in held.why and held.candidates[0].id == "s400-purchase-part-of-balancing-policy"


def test_what_a_question_asks_and_a_statement_gives():
    assert asks("how many batteries") == {"number"} and asks("when did it arrive") == {"time"}
    assert asks("why did turkey buy it") == {"reason"} and asks("did nato say no to patriots") == frozenset()
    assert gives("The deal was worth $2.5 billion.") >= {"number"}
    assert "number" not in gives("Turkey began acquiring the S-400 in 2017.")  # a year is no quantity
    assert "time" in gives("Turkey began acquiring the S-400 in 2017.")
    assert "reason" in gives("The decision was driven by NATO's refusal.")
    assert future_tense("Will Turkey return the S-400 in 2026?") and not future_tense("Did Turkey return it?")


def test_a_stem_is_not_corrected_as_a_typo(service):
    """ "leaving" stems to "leav", which is not a typo for "lead"."""
    result = service.matcher.match("Is Turkey leaving NATO?")
    assert "leav" not in result.corrections
    assert service.matcher.match("will turky retrun the s400").corrections.get("retrun") == "return"


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("will turky retrun the s400", "It matches your words “turky”, “retrun”"),
        ("how many S-400 batteries does turkey have", "You asked how many"),
        ("Is Turkey leaving NATO?", "shares only names with your question (“turkey”, “nato”)"),
        ("Will India return its S-400?", "Your question is about “india”"),
    ],
)
def test_members_get_the_why_in_their_own_words(service, question, plain):
    answer = service.ask(question, log=False).answer
    assert plain in answer.why_plain
    for technical in ("confidence", "score", "turkey-return-s400-to-russia", "s400 ", "leav"):
        assert technical not in answer.why_plain


def test_every_term_keeps_the_word_it_came_from():
    from bot.normalize import AliasTable, analyze, analyze_words

    table = AliasTable.build([("return", "term", ["give back"]), ("turkey", "country", ["ankara"])])
    pairs = analyze_words("Is Ankara giving back the S-400s? Leaving!", table)
    assert pairs == [("turkey", "ankara"), ("return", "giving back"), ("s400", "s400"), ("leav", "leaving")]
    assert [t for t, _ in pairs] == analyze("Is Ankara giving back the S-400s? Leaving!", table)


def test_words_read_as_typos_alone_never_make_a_confident_match(fresh_service):
    """In a large base an unknown word is often one letter from some claim's word: "snow
    this weekend" read as "show" and "weegend" found a claim at 100,000 claims (issue 13's
    benchmark). A match needs at least two words as typed; a real typo still finds its
    claim when the question has typed words enough."""
    service = fresh_service
    service.add_claim(
        statement="A video shows Kevin Stiage recalling a weegend in Skoalstad.",
        status="unverified",
        claimant=["A social media post"],
        quote="A video shows Kevin Stiage recalling a weegend in Skoalstad.",
        source_title="A post",
        actor="test",
    )
    chance = service.ask("is the weekend in skoalstat nice?", log=False).answer
    assert chance.outcome != "match"
    result = service.matcher.match("is the weekend in skoalstat nice?")
    assert result.corrections == {"weekend": "weegend", "skoalstat": "skoalstad"}
    assert result.held is not None and result.held.code == "typo"
    assert "typos" in result.plain()
    typed = service.ask("a video shows a weekend in skoalstat", log=False).answer  # two words as typed
    assert typed.outcome == "match" and typed.claim.text.startswith("A video shows Kevin")
    typo = service.ask("will turky return the s-400 to russia", log=False).answer
    assert typo.outcome == "match" and typo.claim.id == "turkey-return-s400-to-russia"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "what reason did erdogan give in his interview for the s-400",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        (
            "have american officials floated taking the s400 back for f35s",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
    ],
)
def test_an_interview_or_an_idea_floated_asks_who_said_it(service, question, claim):
    """Speech a question names without a verb of saying (the tuning set's misses: "erdogan
    interview reason for s-400", "officials floated the idea"): the claim about who said
    it answers, not "the claim is about who said it, and the question asks about the thing"."""
    assert "said" in asks(question)
    assert "said" not in gives("A return was floated in Ankara.")  # a claim's own words: only verbs of saying
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("zeki akturk comment on the s-400", "akturk-said-turkey-s400-position-unchanged"),
        ("barrack comments on s400 months", "barrack-said-s400-issue-resolvable-in-months"),
    ],
)
def test_asked_who_said_it_the_word_for_the_saying_is_answered(service, question, claim):
    """ "akturk s400 comment" (a tuning-set miss) was held back: "the claim does not
    mention comment". A claim about who said it answers the question's word for saying."""
    _assert_matches(service, question, claim)


def test_a_seller_is_a_supplier(service):
    """ "why did turkey choose china and russia as weapons sellers" (a tuning-set miss):
    the claim says "suppliers"; the alias table now says a seller or vendor is one."""
    answer = service.ask("china and russia as turkey's weapons sellers", log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "akp-balancing-policy-china-russia-suppliers", answer.why
    assert "supplier" in [t for t, _ in analyze_words("arms vendors", service.aliases)]


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("what does the s400 stand for between putin and erdogan", "s400-symbolizes-putin-erdogan-cooperation"),
        ("would russia take the s-400 back if it was good for moscow", "s400-return-if-russia-benefits"),
        ("does the us think turkey is moving closer to russia with the s400", "us-sees-s400-as-russia-alignment"),
        # (was "which turkish policy is named after …": a "which" question now needs the
        # claim to hold nearly all it asks, and this claim lacks "sultan")
        ("is a turkish policy named after sultan abdul hamid", "neo-abdulhamidism-policy"),
        ("would ankara lose face if it scrapped the s400 deal", "cancelling-s400-would-hurt-turkey-independence"),
        ("with the us insisting, could the s-400 damage to turkey get bigger", "s400-damage-could-increase"),
        # A confident wrong answer before ("Turkey may return its S-400 systems"):
        ("Is Turkey going to struggle to send the S-400 back to Moscow?", "s400-will-not-be-easily-returned"),
    ],
)
def test_the_alias_table_knows_the_claims_words_in_other_words(service, question, claim):
    """Tuning-set misses held for words the claim says otherwise: "stand for" (not a
    stance: "symbolizes"), "good for" ("beneficial"), "moving closer" ("alignment"),
    "named after" ("referred to as"; not "called", which cost CheckThat! MAP@5 0.002),
    "struggle" or "hard" ("not easily"), "lose face" ("reputation"), "insisting"
    ("insistence")."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "did turkey apologize for downing the russian su-24?",
        "what happened to the su-24 pilots in 2015",
        "was turkey readmitted to the f-35 program?",
    ],
)
def test_a_neighbouring_fact_is_not_answered_with_the_claim_it_borrows_words_from(service, question):
    """Confident wrong answers on the second tuning file: the question asks what no claim
    says, in words no claim has ("apologize", "pilots", "readmitted"); such words now
    weigh 0.7 of their IDF (``Tuning.oov_weight``, 0.35 before)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", (answer.claim.id if answer.claim else None, answer.why)


@pytest.mark.parametrize(
    "question",
    [
        "which european official first proposed sending the s400 to ukraine?",
        "who signed the us threatening letter to turkey about the s400",
        "which tv channel did erdogan give the s-400 interview to?",
        # tried while writing this test: the contract's third-country clause was the answer
        "which country did turkey buy the s-400 from",
    ],
)
def test_asked_which_who_or_how_many_the_claim_must_name_the_detail(service, question):
    """Confident wrong answers on the second tuning file (session 5): the question asks
    which, who or how many of something the claim does not mention ("first", "signed",
    "channel", "batteries"), in words the base holds elsewhere. Such a question now
    needs the claim to hold nearly all it asks (``Tuning.max_unanswered_detail``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", (answer.claim.id if answer.claim else None, answer.why)
    # (session 16: "which european official" of a claim of "European officials" names the
    # role asked, ``Tuning.which_role_check``, before the detail it lacks)
    assert "which, who or how many" in answer.why or "the claim names none" in answer.why
    assert "which" in asks(question) or "number" in asks(question)


def test_asked_which_the_claim_that_names_it_still_answers(service):
    answer = service.ask("which policy is neo-abdulhamidism", log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "neo-abdulhamidism-policy", answer.why


@pytest.mark.parametrize(
    ("chat", "written"),
    [
        ("nato wouldnt give turkey patriots", "nato wouldn't give turkey patriots"),
        ("ankara wont return it cuz u know", "ankara won't return it because you know"),
        ("r they still using it rn", "are they still using it right now"),
        ("wud turkey do it abt the f35", "would turkey do it about the f35"),
    ],
)
def test_chat_spellings_are_read_as_the_words_they_stand_for(chat, written):
    assert analyze_words(chat) == [(t, w) for t, w in analyze_words(written)]
    assert future_tense("ankara wont return it")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did turkey buy the s400 because nato wouldnt give it patriots", "s400-bought-over-nato-patriot-refusal"),
        ("turkey only got s400s cuz nato said no to patriots?", "s400-bought-over-nato-patriot-refusal"),
        ("turkey thinking abt returning s400??", "turkey-considering-s400-return"),
        ("wud giving the s400 back to russia get turkey its f-35 jets", "s400-for-f35-exchange"),
    ],
)
def test_a_chat_spelling_is_not_a_word_the_claim_lacks(service, question, claim):
    """Fifth-set misses (tuned on from session 5): "the claim does not mention wouldnt",
    "cuz", "abt", "wud"."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "was the s400 purchase basically turkey trying to balance against the US",
            "s400-purchase-part-of-balancing-policy",
        ),
        ("was buying the s400 a way for turkey to balance against the us", "s400-purchase-part-of-balancing-policy"),
        ("why is turkey not in the f-35 program anymore", "turkey-removed-from-f35-program"),
        ("did turkey try to buy weapons from china", "china-arms-contract-signed-2017-cancelled-under-us-pressure"),
    ],
)
def test_a_light_word_is_not_what_the_question_asks(service, question, claim):
    """Tuning misses held for "the claim does not mention try, way, anymore": hedges,
    framings and light verbs (``normalize.LIGHT_TERMS``) are not among what a claim must
    answer. They still count for ranking, and as more than names."""
    _assert_matches(service, question, claim)


def test_a_light_word_still_makes_a_question_more_than_names(service):
    """ "neo abdulhamidism meaning" matched before light words, and still does: the claim
    holds "meaning", so the question is not names only."""
    answer = service.ask("neo abdulhamidism meaning", log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "neo-abdulhamidism-policy", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("`barrack` s-400 4 to 6 months quote real?", "barrack-said-s400-issue-resolvable-in-months"),
        ("bloomberg s-400 turkey story legit?", "bloomberg-reported-turkey-considering-s400-return"),
        (
            "Is it true that the Turkish Armed Forces spokesman Akturk responded to the US suggestions by "
            "insisting Ankara's S-400 position is the same as ever?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
    ],
)
def test_a_quote_a_story_or_a_response_asks_who_said_it(service, question, claim):
    """A quote, a story, a response: speech a question names without a verb of saying
    (tuning misses held as "the claim is about who said it")."""
    assert "said" in asks(question)
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did turkey get hit with caatsa", "us-caatsa-sanctions-on-turkey"),
        ("turkey got booted from f35 production right?", "turkey-removed-from-f35-program"),
        ("why were turkey and russia on bad terms in 2015", "su24-downing-2015-soured-relations"),
        ("is the s400 a big source of tension between ankara and washington", "s400-point-of-contention-us-turkey"),
        ("did turkey buy the s-400 as a counterweight to america", "s400-purchase-part-of-balancing-policy"),
        ("could the s400 be sent back if moscow thinks its a good deal for them", "s400-return-if-russia-benefits"),
    ],
)
def test_the_alias_table_knows_more_of_the_claims_words_in_chat_words(service, question, claim):
    """Tuning misses of session 5 (the first tuning file and the fifth set, tuned on
    from then): "hit with" sanctions, "booted", "bad terms" (soured), "tension",
    "counterweight", "good deal" (beneficial). Each was checked on CheckThat! dev
    (MAP@5 0.822 kept); "began"/"kick off" → started cost 0.003 and was left out, and
    words with a common other sense ("image", "beef", "order", "joint") were not added."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("could the s400 damage to turkey get worse", "s400-damage-could-increase"),
        ("wait is turkey sending the s-400 systems back to moscow??", "turkey-return-s400-to-russia"),
    ],
)
def test_getting_worse_is_an_increase_and_wait_is_not_a_word(service, question, claim):
    """Confident wrong answers on the fourth and fifth sets (printed in session 5, so those
    sets are no longer blind): "worse" was an alias of harm, so "could the damage get
    worse" was *the damage was done*; "wait" (a filler) was read as a typo of "want"."""
    _assert_matches(service, question, claim)


def test_a_short_real_word_is_not_read_as_a_typo(service):
    """A four-letter word the base lacks ("wait", "dron" of drones) was read as a typo
    of another ("want", "drop"): only words of five letters or more are corrected now."""
    _, fixed = service.matcher.correct(["dron", "wait", "retrun"])
    assert fixed == {"retrun": "return"}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "per Bloomberg turkey is thinking about returning the S-400 systems, big if true",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        ("european officials want turkey to send its s400s to ukraine lol", "s400-to-ukraine-european-proposal"),
    ],
)
def test_a_message_that_names_who_said_it_is_about_the_saying(service, text, claim):
    """Watch tuning misses held as "the claim is about who said it": the message names the
    speaker (the index keeps who said it, ``by:bloomberg``); it must still hold most of
    the claim (``Tuning.min_contained``), so naming the speaker alone is not enough.
    Messages only (``statement=True``): for questions the rule gained 4 right answers and
    1 wrong one on the tuning files, which put the first tuning set over 1 %."""
    result = service.matcher.match(text, statement=True)
    assert result.outcome == "match" and result.best.claim_id == claim, result.why()
    # as a question, the rule does not apply: a match only through the claim's own
    # phrasings ("europe wants turkey's s400s sent to ukraine??", session 10), or "unsaid"
    asked = service.matcher.match(text)
    assert asked.outcome != "match" or asked.chosen.claim_id == claim


def test_the_index_keeps_who_said_it(service):
    docs = service.store.retriever.documents(
        ["barrack-said-s400-issue-resolvable-in-months", "turkey-bought-s400-in-2017"]
    )
    said = docs["barrack-said-s400-issue-resolvable-in-months"].relations.split()
    assert "said" in said and {"by:barrack", "by:ambassador"} <= set(said)
    assert not [r for r in said if r in ("by:s400", "by:issu", "by:turkey", "by:usa")]  # what was said, countries
    assert not [r for r in docs["turkey-bought-s400-in-2017"].relations.split() if r.startswith("by:")]


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "according to bloomberg is ankara weighing sending the s400s back",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "according to the article, are turkey's s400s deployed in adana and ankara",
            "s400-deployed-in-adana-and-ankara",
        ),
    ],
)
def test_according_to_lets_a_claim_about_who_said_it_answer_and_holds_no_other_back(service, question, claim):
    """ "according to X" may ask who said it (a tuning miss), or quote a claim that ends
    "..., according to X". Asking "said" outright cost ``bench/scale.py`` 3.8 points of
    acc@1 at 1k (its generated claims end so), so it only lets a claim about who said it
    answer (``Question.according``) and is a light word."""
    assert "said" not in asks(question)
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did zeki akturk say turkeys s400 stance hasnt changed", "akturk-said-turkey-s400-position-unchanged"),
        ("TURKEY STILL NOT BUDGING ON S400??", "turkey-s400-position-unchanged"),
        (
            "if turkey returns the s-400 will things with washington go back to normal",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "could returning the S-400s patch things up between Ankara and Washington",
            "s400-return-would-normalize-us-relations",
        ),
        ("when did russia actually hand over the s400 kit to turkey", "s400-components-delivered-2019"),
        ("Did NATO say no to putting Patriot missiles on Turkish soil?", "nato-refused-patriot-deployment-in-turkey"),
        ("have washington and ankara been fighting over the s400", "s400-point-of-contention-us-turkey"),
        ("is the s400 a symbol of putin and erdogan working together", "s400-symbolizes-putin-erdogan-cooperation"),
        (
            "can the turkey s400 mess realistically get wrapped up in 4 to 6 months",
            "s400-issue-resolved-in-four-to-six-months",
        ),
    ],
)
def test_the_alias_table_knows_the_words_of_chat_and_of_restatements(service, question, claim):
    """Misses of the tuning files and of watch mode's tuning corpora (session 5, late):
    "hasn't changed", "not budging", "holding firm" (unchanged); "back to normal", "patch
    things up" (normalize); "kit", "hardware" (components); "Turkish soil"; "fighting
    over", "standoff" (contention); "working together" (cooperation); "wrapped up"
    (resolved). CheckThat! dev MAP@5 went 0.822 → 0.826 (train 0.850 → 0.849)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "will the us lift caatsa sanctions on turkey",
        "has the us lifted the caatsa sanctions on turkey yet",
        "could russia refund the 2.5 billion if the s400s go back",
        "did washington waive the caatsa sanctions for ankara",
    ],
)
def test_a_question_whether_something_was_undone_is_not_answered_by_its_doing(service, question):
    """The tuning files' near-topic misses (session 6): "lift" of a claim that sanctions
    were imposed shared everything else with it, and one word under ``max_unanswered``
    is not enough to hold back. A word of undoing the claim lacks is the crux
    (``UNDOING_TERMS``); the member is told so in their own words."""
    _assert_no_match(service, question)


def test_the_undone_hold_is_said_in_the_members_words(service):
    answer = service.ask("has the us lifted the caatsa sanctions on turkey yet", log=False).answer
    assert "undone" in answer.why_plain and "“lifted”" in answer.why_plain, answer.why_plain


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("UKRAINE GETTING TURKEYS S400", "s400-transfer-to-ukraine-feasible"),
        ("what is neo-abdulhamidism", "neo-abdulhamidism-policy"),
        ("are there S-400s in Adana?", "s400-deployed-in-adana-and-ankara"),
    ],
)
def test_names_that_only_one_claim_holds_together_find_it(service, question, claim):
    """Tuning misses (session 6): a question of names alone ("UKRAINE GETTING TURKEYS
    S400") was always held back as "names only". When no other claim holds all of its
    names (a claim about who said it does not count against a question about the thing),
    the names are what it asks about: tuning files +11 right answers, no wrong one."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    ["Is Turkey in NATO?", "who was abdul hamid ii", "erdogan and putin, when?"],
)
def test_names_many_claims_share_or_a_who_question_are_still_held(service, question):
    """Turkey and NATO are in many claims; "who was X" asks for a detail the claim must
    give, and "when" a date."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("was it bloomberg that said ankara might return the s-400s", True),
        ("was it the ambassador who said the s400 issue could be fixed in months", True),
        ("the contract that says turkey can't resell the s400, is it real", False),
        ("people that said turkey will return the s400, were they right", False),
    ],
)
def test_that_after_a_speaker_is_a_relative_pronoun_not_hearsay(question, said):
    """A tuning miss (session 6): "it/that/which says" is hearsay ("the contract says",
    session 5), which also read "bloomberg that said" as hearsay, so the question did not
    ask who said it and the claim about Bloomberg's report was held back. After a word of
    hearsay ("people that said") it still is."""
    assert ("said" in asks(question)) is said


def test_asked_who_said_it_with_a_relative_pronoun_the_claim_about_the_saying_answers(service):
    _assert_matches(
        service,
        "was it bloomberg that said ankara might return the s-400s",
        "bloomberg-reported-turkey-considering-s400-return",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "would pulling out of the s-400 deal make turkey look like a US puppet to its own people",
            "cancelling-s400-would-hurt-turkey-independence",
        ),
        ("is the s400 a symbol of turkey moving toward russia for washington", "us-sees-s400-as-russia-alignment"),
        ("would turkey sacrifice its relationship with russia over the s400", "turkey-protects-russia-relationship"),
        ("did ankara buy the s-400 to hedge against america", "s400-purchase-part-of-balancing-policy"),
        ("is turkey toying with the idea of returning the s-400", "turkey-considering-s400-return"),
        ("what did rear adm akturk say about the s400", "akturk-said-turkey-s400-position-unchanged"),
    ],
)
def test_the_alias_table_knows_more_of_how_members_ask(service, question, claim):
    """Tuning misses (session 6): "pulling/backing out of" (cancel), "moving toward"
    (alignment), "burn bridges", "sacrifice" (jeopardize), "hedge" (balance), "toying
    with the idea" (consider), "adm" (admiral). Tuning files 555 -> 564 right, wrong
    unchanged (15); CheckThat! dev MAP@5 unchanged (0.826). Left out: "float", "pitch"
    (propose: a restatement of the thing went to the claim about who proposed it) and
    "S-400 batteries" (a count of batteries asked of the $2.5 billion claim)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question", ["can turkey simply hand the s400 back", "could ankara smoothly give the s-400 back to moscow"]
)
def test_simply_asks_how_easily(service, question):
    """A tuning file's wrong answer (session 6): "simply" had been made a light word, so
    "can turkey simply hand the s400 back" was answered with "Turkey may return its
    S-400" at 55. It asks how easily ("simply", "smoothly": the alias table's
    ``difficult``), which the claim "will not be easily returned" answers. ("simple" is
    left out: "the deal is simple: s-400 goes back, f-35s come" restates the exchange.)"""
    _assert_matches(service, question, "s400-will-not-be-easily-returned")


@pytest.mark.parametrize(
    "question",
    [
        "will the us impose new sanctions on turkey in 2027 over the s-400",
        "will the us impose additional sanctions on ankara over the s400",
    ],
)
def test_a_question_about_something_further_is_not_answered_by_what_happened(service, question):
    """A tuning file's wrong answer (session 6): "new sanctions" got the claim that
    sanctions were imposed (``normalize.FURTHER_TERMS``: new, again, additional, extra;
    not "more", "another" or "second", which ask about the claim itself in "more harm
    than good", "sell to another country", "second thoughts"). Since session 22 the year of
    the first is held first: the sanctions claim forecasts nothing, so 2027 is a name it lacks."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "something new, again or other" in answer.why_plain or "2027" in answer.why_plain


@pytest.mark.parametrize(
    "question",
    ["WILL ANKARA HAND THE S400 BACK TO MOSCOW", "Will Ankara hand the S-400 back to Moscow?"],
)
def test_a_claim_that_names_more_than_the_question_does_not_make_it_vague(service, question):
    """Tuning files (session 7): both the return claim and the F-35 exchange claim hold
    every word, and the question was "vague". The exchange claim names the F-35, which the
    question does not: the question is about the claim that names nothing more
    (``Tuning.vague_names``)."""
    _assert_matches(service, question, "turkey-return-s400-to-russia")


def test_claims_that_fit_equally_are_still_vague(service):
    """Neither claim names more than the question: say more to pick one."""
    result = service.matcher.match("turkey russia s400 deal")
    assert result.outcome == "suggest" and result.held.code == "vague", result.why()


@pytest.mark.parametrize(
    "question",
    [
        "did tom barrack say the s400 thing could be fixed in 4-6 months",
        "did tom barrack say the s400 thing could be fixed in 4 to 6 months",
    ],
)
def test_a_claim_about_the_thing_itself_is_no_rival_to_one_about_who_said_it(service, question):
    """Asked whether Barrack said it, the claim that the issue will be resolved (no one
    said) held every word too and made the question "vague"; it disagrees with the question
    on who said it, so it is no rival (tuning files, session 7)."""
    _assert_matches(service, question, "barrack-said-s400-issue-resolvable-in-months")


def test_asked_who_said_it_a_claim_about_the_saying_further_behind_answers(service):
    """The claim about the thing itself ranked 22 points ahead, past the 15 that let a
    claim close behind answer; asked who said it, 25 (``Tuning.promote_said_within``)."""
    question = (
        "Is it true that the US ambassador to Turkey claimed the S-400 dispute might be settled within 4-6 months?"
    )
    _assert_matches(service, question, "barrack-said-s400-issue-resolvable-in-months")


@pytest.mark.parametrize(
    "question",
    [
        "has the kremlin commented on bloomberg's s-400 report",  # a tuning file's wrong answer
        "did russia report that turkey is considering returning the s400",
        "did erdogan say the us and turkey can settle the s400 issue in four to six months",
    ],
)
def test_asked_what_someone_said_a_claim_about_what_someone_else_said_is_held(service, question):
    """The names before the verb of saying are who the question asks about; a claim
    about what another said (Bloomberg's report, Barrack's timeline) is not a match
    (``Tuning.speaker_check``, the index's ``who:`` relations)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", (answer.claim.id if answer.claim else None, answer.why)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "did bloomberg report that turkey is considering returning the s400",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        ("did washington suggest an s400 for f35 swap", "us-media-officials-suggested-s400-return-for-f35"),
        (
            "did the us ambassador say the s400 issue could be resolved in 4-6 months",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_asked_what_the_claims_own_speaker_said_the_claim_answers(service, question, claim):
    """A country among who said it counts ("US media and officials": Washington)."""
    _assert_matches(service, question, claim)


def test_the_speaker_hold_is_said_in_the_members_words(service):
    answer = service.ask("has the kremlin commented on bloomberg's s-400 report", log=False).answer
    assert "someone else said" in answer.why_plain, answer.why_plain


def test_the_index_keeps_every_name_among_who_said_it(service):
    docs = service.store.retriever.documents(["us-media-officials-suggested-s400-return-for-f35"])
    relations = docs["us-media-officials-suggested-s400-return-for-f35"].relations.split()
    assert "who:usa" in relations and not [r for r in relations if r in ("who:s400", "who:f35", "who:turkey")]


def test_a_long_name_one_letter_off_is_read_as_the_name(service):
    """A tuning file's miss (session 7): "pattriots" was left as typed, so the claim "did
    not mention" it. Names are read from typos of at least ``MIN_NAME_TYPO`` letters, one
    letter off; shorter ones are as likely other words."""
    _assert_matches(service, "nato said no to pattriots for turkey??", "nato-refused-patriot-deployment-in-turkey")
    result = service.matcher.match("bloomburg report s400")
    assert result.corrections == {"bloomburg": "bloomberg"}
    assert "russa" not in service.matcher.match("is russa in nato").corrections


@pytest.mark.parametrize(
    "question", ["what year will turkey return the s400", "which year will turkey return the s-400?"]
)
def test_asked_when_the_year_is_the_frame_not_what_the_claim_must_mention(service, question):
    """Found trying the bot (session 7): "what year will turkey return the s400" got the
    claim that Turkey bought the S-400 in 2017, which holds "year" and not the return.
    Asked when, "year", "date", "month" and "day" frame the question
    (``normalize.TIME_FRAME_TERMS``); "which year" asks when, not which thing."""
    answer = service.ask(question, log=False).answer
    assert answer.claim is None or answer.claim.id != "turkey-bought-s400-in-2017", answer.why
    assert answer.outcome != "match" or answer.claim.id == "turkey-return-s400-to-russia", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("in which year did turkey buy the s400", "turkey-bought-s400-in-2017"),
        ("what year did turkey buy the s-400?", "turkey-bought-s400-in-2017"),
    ],
)
def test_asked_which_year_a_claim_with_the_date_answers(service, question, claim):
    _assert_matches(service, question, claim)
    assert asks(question) >= {"time"} and "which" not in asks(question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("has turkey changed its mind on the s-400", "turkey-s400-position-unchanged"),
        ("did ankara do a u-turn on the s400", "turkey-s400-position-unchanged"),
        (
            "what economic sanctions did washington slap on turkey when the s400 arrived",
            "us-caatsa-sanctions-on-turkey",
        ),
        (
            "did the us envoy say the s400 problem could be resolved in 4 to 6 months",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_the_alias_table_knows_everyday_paraphrases_of_the_claims_words(service, question, claim):
    """Session 7: aliases written from general English by a helper who saw the claims and
    the table but no question set ("change its mind", "u-turn", "slapped", "envoy",
    "problem"...), kept where the tuning files gained (573 → 578 right, 12 → 10 wrong)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("who says the s400 has hurt turkey? is that true", "s400-caused-harm-to-turkey"),  # a tuning file's miss
        ("who says turkey bought the s400 in 2017", "turkey-bought-s400-in-2017"),
    ],
)
def test_who_says_it_is_answered_by_the_claim_whose_card_says_who_claims_it(service, question, claim):
    """ "who says X?" naming no one, with no claim about someone saying X close behind: the
    claim X answers, and its card says who claims it (``Tuning.who_asked_answers``)."""
    _assert_matches(service, question, claim)


def test_did_someone_say_it_is_still_not_answered_by_the_thing_itself(service):
    answer = service.ask("did erdogan say turkey bought the s400 in 2017", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("what reason did erdogan give for buying the s400", "erdogan-said-patriot-refusal-drove-s400-purchase"),
        (
            "what timeline did the US ambassador to turkey give for the s-400 dispute",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_a_reason_or_a_timeline_someone_gave_is_what_they_said(service, question, claim):
    """Tuning files' misses (session 7): "what reason did erdogan give" was read as about the
    thing itself, and the claim about what Erdogan said was held back (``normalize._GAVE_WORDS``)."""
    assert "said" in asks(question)
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    ["where does turkey keep its relationship with russia", "where did the us impose sanctions on turkey"],
)
def test_asked_where_a_claim_that_names_no_place_is_held(service, question):
    """A tuning file's wrong answer (session 7): "where does turkey keep its s-400s" got the
    claim that Turkey protects its relationship with Russia. "where" asks a place; a claim
    gives one by a name of kind place or "in", "into" or "to" a country (``IndexDoc.relations``).
    (Since session 13 "where ... keep" asks where it is deployed, and that question gets the
    deployment claim: test below.)"""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "place" in asks(question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("where are turkey's s400s deployed", "s400-deployed-in-adana-and-ankara"),
        ("where does turkey keep its s-400s", "s400-deployed-in-adana-and-ankara"),
        ("where did nato refuse to deploy patriots", "nato-refused-patriot-deployment-in-turkey"),
    ],
)
def test_asked_where_a_claim_that_names_the_place_answers(service, question, claim):
    _assert_matches(service, question, claim)


def test_the_index_keeps_whether_a_claim_names_a_place(service):
    docs = service.store.retriever.documents(["s400-deployed-in-adana-and-ankara", "us-caatsa-sanctions-on-turkey"])
    assert "place" in docs["s400-deployed-in-adana-and-ankara"].relations.split()
    assert "place" not in docs["us-caatsa-sanctions-on-turkey"].relations.split()  # "sanctions on Turkey"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did turkey buy the s400 back in 2017", "turkey-bought-s400-in-2017"),  # "back in" is not a return
        ("is the s400 a thorn in the side of us turkey relations", "s400-point-of-contention-us-turkey"),
        ("did the us punish turkey for buying the s400", "us-caatsa-sanctions-on-turkey"),
    ],
)
def test_the_alias_table_knows_chat_idioms_for_the_claims(service, question, claim):
    """Session 7, second round: idioms and phrasal verbs per claim ("back in 2017", "thorn
    in the side", "punish"...), written blind to the question sets and kept where the
    tuning files and CheckThat! dev did not lose."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("was the s400 bad for turkey overall", "s400-caused-harm-to-turkey"),  # a tuning file's miss
        (
            "realistically, did nato refuse to deploy patriot systems in turkey?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "so was turkey reportedly removed from the f-35 program, frankly?",
            "turkey-removed-from-f35-program",
        ),
    ],
)
def test_degree_words_hedges_and_framings_are_not_what_a_question_asks(service, question, claim):
    """``normalize._LIGHT``, session 7: degree and framing adverbs, hedges, attitude words,
    discourse markers and chat framings from general English ("overall", "realistically",
    "reportedly", "hopefully"...), written blind to the question sets."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question", ["did the s400 parts arrive in a second shipment in 2019", "second s400 delivery to turkey"]
)
def test_a_second_batch_is_something_further(service, question):
    """ "did the s400 parts arrive in a second shipment in 2019" got the claim that the
    components were delivered in 2019, which says nothing of a second one (session 7)."""
    _assert_no_match(service, question)


def test_second_thoughts_is_still_considering(service):
    _assert_matches(service, "is turkey having second thoughts about the s400", "turkey-considering-s400-return")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("why does the us see the s400 as more than an arms deal", "us-sees-s400-as-russia-alignment"),
        (
            "why didn't turkey cancel the s400 deal, would it have looked weak at home?",
            "cancelling-s400-would-hurt-turkey-independence",
        ),
        (
            "according to bloomberg why would turkey give back the s400",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
    ],
)
def test_a_claim_tagged_as_giving_a_reason_answers_why(service, question, claim):
    """Tuning files' misses (session 7): these statements explain without a word of reason
    ("perceived the purchase as ... a symbol of alignment", "which could help normalize
    relations"); the claim base says so with the tag ``gives:reason``, which the index
    keeps beside what ``normalize.gives`` finds."""
    _assert_matches(service, question, claim)


def test_a_gives_tag_is_a_relation_not_a_name(service):
    doc = service.store.retriever.documents(["us-sees-s400-as-russia-alignment"])["us-sees-s400-as-russia-alignment"]
    assert "reason" in doc.relations.split()
    assert "giv" not in doc.entities and "gives" not in doc.entities


def test_why_is_still_not_answered_by_a_claim_that_gives_no_reason(service):
    answer = service.ask("why did turkey's s-400 purchase start in 2017?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("what sanctions law did the US use against Turkey for the S400", "us-caatsa-sanctions-on-turkey"),
        ("is turkey still in the F35 consortium or not", "turkey-removed-from-f35-program"),
        ("turky returning the russian missle system to russia", "turkey-return-s400-to-russia"),
    ],
)
def test_the_alias_table_knows_the_words_for_the_claims_things(service, question, claim):
    """Session 7, third round (tuning files' misses; the aliases written blind to them):
    the law for CAATSA, the consortium for the joint programme, "missle" for missile."""
    _assert_matches(service, question, claim)


def test_a_phrasing_that_drops_what_sets_its_claim_apart_is_gone(service):
    """ "when might the s400 be sent back to moscow" was a phrasing of "might be returned if
    Russia concludes it beneficial", without the condition: once "sent back" read as a
    return, "s-400 going back to russia or nah" got that claim rather than the return."""
    _assert_matches(service, "s-400 going back to russia or nah", "turkey-return-s400-to-russia")


# --- session 8: the sixth, eighth and ninth sets' wrong answers (tuned on from session 8) ---


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("did rear admiral aktürk confirm turkey is sticking with its s400 position", True),
        ("did erdogan confirm the return", True),
        ("was the return confirmed by ankara", True),
        ("is it confirmed turkey will return the s400", False),
        ("has this been officially confirmed that turkey is returning the s400", False),
        ("confirmed?? turkey returning s400", False),
        ("turkey returning s400 confirmed", False),
    ],
)
def test_someone_confirming_is_someone_saying_and_a_confirmed_fact_is_not(question, said):
    """ "did X confirm Y" asks what X said; "is it confirmed that Y" asks whether Y is true."""
    assert ("said" in asks(question)) is said


def test_a_question_about_what_someone_confirmed_gets_the_claim_about_their_words(service):
    # the sixth set's wrong answer: the claim about the position itself
    _assert_matches(
        service,
        "did rear admiral aktürk confirm turkey is sticking with its s400 position",
        "akturk-said-turkey-s400-position-unchanged",
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("did the american ambassador in ankara claim the S400 problem can be fixed within half a year", True),
        ("does erdogan claim the patriots were refused", True),
        ("who claims turkey will return it", True),
        ("is the claim true", False),
        ("did this claim come from bloomberg", False),
        ("has anyone verified the claims about turkey", False),
    ],
)
def test_claim_as_a_verb_asks_who_said_it_and_the_noun_does_not(question, said):
    assert ("said" in asks(question)) is said


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # the ninth set's wrong answers: both got the claim about the resolution itself
        (
            "did the american ambassador in ankara claim the S400 problem can be fixed within half a year",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        (
            "who said the s-400 dispute could be sorted out in 4-6 months?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_asked_who_said_it_the_claim_about_the_saying_answers(service, question, claim):
    """Asked who said it, a claim about the saying up to 30 points behind answers
    (``Tuning.promote_said_within``, 25 before: it was 26.3 behind)."""
    _assert_matches(service, question, claim)


def test_an_alias_is_found_through_stems_only_where_the_words_inflect_it(service):
    """ "plane" stems as "plan", and so did "planning": "is turkey planning to buy more
    s-400s?" read as about jets and got the claim that the S-400 harmed Turkey (the eighth
    set's wrong answer)."""
    aliases = service.matcher.aliases
    assert "jet" not in [t for t, _ in analyze_words("is turkey planning to buy more s-400s", aliases)]
    assert [t for t, _ in analyze_words("they planned it", aliases)] == ["plan"]
    # ("the plane": "by plane" is how something travels since session 11)
    assert [t for t, _ in analyze_words("the plane, purchasing, giving back", aliases)] == ["jet", "buy", "return"]
    assert service.ask("is turkey planning to buy more s-400s?", log=False).answer.outcome != "match"


def test_same_word_knows_regular_inflections_only():
    from bot.normalize import same_word

    assert same_word("purchased", "purchase") and same_word("giving", "gives") and same_word("stopped", "stop")
    assert not same_word("planning", "plane") and not same_word("plans", "planes")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("ambassador barrack s-400 timeline", "barrack-said-s400-issue-resolvable-in-months"),
        ("what was erdogans reason for buying the s400", "erdogan-said-patriot-refusal-drove-s400-purchase"),
        (
            "did erdogan blame nato's refusal to give patriots for the s-400 purchase?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
    ],
)
def test_a_question_naming_who_said_it_gets_the_claim_about_the_saying(service, question, claim):
    """Tuning files' misses (session 8): the question names the speaker and what they said,
    with no verb of saying, and no claim about the thing itself comes close
    (``Tuning.speaker_named_answers``). "confirm" became a verb of saying, and the
    ClaimReview test's "nasa six days of darkness" (of "NASA has confirmed that ...") needs
    the same rule."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "who was the us ambassador to turkey before barrack",  # asks which: the claim does not say
        "what is a press advisor in the military?",  # names the speaker only
        "ANKARA CONSIDERING S400 RETURN BLOOMBERG",  # the claim about the thing itself is close
    ],
)
def test_naming_the_speaker_alone_or_beside_a_claim_about_the_thing_is_no_answer(service, question):
    answer = service.ask(question, log=False).answer
    assert not (
        answer.outcome == "match" and answer.claim.id.startswith(("barrack-said", "akturk-said", "bloomberg"))
    ), (
        answer.claim.id,
        answer.why,
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("bloomberg says turkey thinking about returning s400 to fix relations w/ america?", None),
        ("S400 big dispute between america and turkiye y/n", "s400-point-of-contention-us-turkey"),
        ("s400 purchase balancing act vs usa", "s400-purchase-part-of-balancing-policy"),
    ],
)
def test_vs_w_slash_and_y_n_are_chat_spellings_not_words_a_claim_must_have(service, question, claim):
    """Tuning files' misses (session 8): "vs", "w/" and "y/n" were words the claim lacked."""
    words = [w for _, w in analyze_words(strip_chat_noise(question), service.matcher.aliases)]
    assert not {"vs", "w", "y", "n"} & set(words)
    if claim:
        _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "who said the s400 deal happened because nato refused patriots",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        ("who's been suggesting the S-400 for F-35 swap idea?", "us-media-officials-suggested-s400-return-for-f35"),
        (
            "which outlet said ankara is weighing handing back its s400s to fix ties with the US?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
    ],
)
def test_asked_who_said_it_a_claim_naming_someone_else_answers_the_who(service, question, claim):
    """Tuning files' misses (session 8): "who said ..." asks which, and a word the claim
    lacks ("deal", "idea") held it back as a detail; the claim names who, which is what was asked."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "who were bloomberg's sources for the turkey story?",
        "which bloomberg journalist wrote the story about turkey returning the s400?",
        "which european official first proposed sending the s400 to ukraine?",
    ],
)
def test_asked_who_a_claim_naming_only_whom_the_question_names_is_held(service, question):
    """The first got the Bloomberg claim once "source" became a word of asking who said it;
    the other two were held only by a word the claim lacks ("journalist", "first"), which
    the rule above no longer reads when the claim names who said it."""
    result = service.matcher.match(question)
    assert result.outcome != "match" and result.held is not None, result.why
    # (session 16: "which european official" is held for the role it asks, "unnamed"; session
    # 20: "who were bloomberg's sources" for the sources it asks, "sources")
    assert result.held.code in ("who", "detail", "unnamed", "sources")
    if result.held.code == "sources":
        assert "sources" in result.plain()
    if result.held.code == "who":
        assert "names no one but" in result.plain()


def test_the_who_hold_says_so_in_plain_words(service):
    result = service.matcher.match("which bloomberg journalist wrote the story about turkey returning the s400?")
    assert result.held is not None and result.held.code == "who", result.why
    assert result.plain() == "You asked who, and the closest checked claim names no one but “bloomberg”."
    # (session 20: "who were bloomberg's sources?" has its own reason, in plain words too)
    sources = service.matcher.match("who were bloomberg's sources for the turkey story?")
    assert sources.held is not None and sources.held.code == "sources"
    assert sources.plain() == "You asked who a report's sources were, and the closest checked claim does not name them."


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("source for turkey mulling an s400 return? was it bloomberg?", True),
        ("turkey bought the s400 in 2017? source?", True),
        ("is the s400 a big source of tension between ankara and washington", False),
    ],
)
def test_asking_for_a_source_asks_who_says_it_and_a_source_of_tension_does_not(question, said):
    assert ("said" in asks(question)) is said


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "source for turkey mulling an s400 return? was it bloomberg?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        # no claim about who said it: the claim itself answers, its card saying who claims it
        ("turkey bought the s400 in 2017? source?", "turkey-bought-s400-in-2017"),
        (
            "did american news outlets and officials really pitch an s-400-for-F-35 swap to ankara",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
    ],
)
def test_a_request_for_the_source_or_a_pitch_is_about_who_said_it(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("is it true nato wouldnt put patriot missiles in turkey", "nato-refused-patriot-deployment-in-turkey"),
        ("TURKEY S400 BECAUSE NATO WOULDNT GIVE PATRIOTS", "s400-bought-over-nato-patriot-refusal"),
    ],
)
def test_wouldnt_is_a_refusal(service, question, claim):
    """Tuning files' misses (session 8): "wouldn't" (past or conditional, not "won't") is
    "refused"; "would not" is left alone ("it would not be easy")."""
    assert "refuse" in [t for t, _ in analyze_words(question, service.matcher.aliases)]
    assert "refuse" not in [t for t, _ in analyze_words("it would not be easy", service.matcher.aliases)]
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "did turkey go for the s-400 because nato wouldn't station patriots there?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        ("for the americans was the s400 just an arms deal or something more?", "us-sees-s400-as-russia-alignment"),
    ],
)
def test_a_claim_with_every_name_close_behind_one_lacking_a_name_answers(service, question, claim):
    """Tuning files' misses (session 8): the first ranked claim lacked a name the question
    gives (the S-400 of "nato wouldn't station patriots"), and the claim close behind that
    has every name was not chosen (``Tuning.promote_named``)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("TURKIYE S400 POLICY STILL THE SAME?", "turkey-s400-position-unchanged"),
        ("any s400 return gonna be done jointly with the kremlin?", "s400-return-in-coordination-with-russia"),
        ("would ankara only send back the s-400 in lockstep with moscow", "s400-return-in-coordination-with-russia"),
        (
            "would turkey hand back the S400s without clearing it with the kremlin first",
            "s400-return-in-coordination-with-russia",
        ),
        ("s400 return only if russia profits from it?", "s400-return-if-russia-benefits"),
    ],
)
def test_the_alias_table_knows_sameness_jointness_and_profit(service, question, claim):
    """Tuning files' misses (session 8): "still the same", "jointly", "in lockstep",
    "clearing it with", "profits" were words the claims lack."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "time"),
    [("s-400 delivery date turkey?", True), ("S400 ACQUISITION DATE TURKEY", True), ("is it up to date", False)],
)
def test_a_date_asks_when(question, time):
    """ "delivery date" asks when, as "what date" does; "up to date" and "to date" do not."""
    assert ("time" in asks(question)) is time


def test_asked_for_a_date_a_claim_with_the_date_answers(service):
    # a tuning file's miss (session 8): "dat" was a word the 2019 claim lacked
    _assert_matches(service, "s-400 delivery date turkey?", "s400-components-delivered-2019")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did buying the s-400 end up doing a lot of damage to turkey", "s400-caused-harm-to-turkey"),
        ("Will Ankara end up handing its S-400 batteries back to Moscow?", "turkey-return-s400-to-russia"),
    ],
)
def test_end_up_and_at_some_point_are_framing(service, question, claim):
    assert "end" not in [t for t, _ in analyze_words(strip_chat_noise(question), service.matcher.aliases)]
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "who came up with the s400 for f-35 trade idea",
        "who has been pushing the idea that turkey trades the s-400 back to russia and gets F-35 jets in return?",
    ],
)
def test_coming_up_with_or_pushing_an_idea_is_proposing_it(service, question):
    """Tuning files' misses (session 8): asked who proposed it in other words."""
    assert "said" in asks(question)
    _assert_matches(service, question, "us-media-officials-suggested-s400-return-for-f35")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did turkey's s400 purchase kick off in 2017?", "turkey-bought-s400-in-2017"),
        ("is the harm from the s400 likely to grow if washington keeps pushing", "s400-damage-could-increase"),
        (
            "is the s400 basically a monument to the erdogan–putin bromance lol",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        ("is sending the s400s back to russia gonna be an uphill battle", "s400-will-not-be-easily-returned"),
        ("does an s-400 return hinge on moscow seeing a benefit", "s400-return-if-russia-benefits"),
        ("can turkey legally sell its s400s to someone else", "s400-contract-bans-third-country-transfer"),
        (
            "in american eyes is the S400 purchase a symbol of turkey lining up with russia",
            "us-sees-s400-as-russia-alignment",
        ),
    ],
)
def test_the_alias_table_knows_idioms_of_the_fourth_round(service, question, claim):
    """Session 8, fourth round (tuning files' misses; the aliases written blind to every
    question set): "kick off", "keep pushing", "monument to", "uphill battle", "hinge on",
    "legally", "in the eyes of", "line up with"."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question", ["did turkey pay for the s400 with a russian loan", "does turkey pay russia in rubles for stuff"]
)
def test_what_a_question_turns_on_comes_last_and_weighs_more(service, question):
    """Tuning files' wrong answers (session 8): the $2.5 billion claim for how the S-400 was
    paid for. The word the claim lacks comes last and weighs more in what the claim
    leaves unanswered (``Tuning.end_focus``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", (answer.claim.id, answer.why)


def test_retaliation_is_not_sanctions(service):
    """ "did turkey retaliate with sanctions on the US" got the claim that the US imposed
    sanctions on Turkey (a tuning file's wrong answer, session 8): "retaliate" read as
    "sanction", so the claim held every word. Retaliation may take any form."""
    assert "sanction" not in [t for t, _ in analyze_words("did china retaliate", service.matcher.aliases)]
    assert service.ask("did turkey retaliate with sanctions on the US", log=False).answer.outcome != "match"


def test_asked_whether_the_us_will_drop_the_sanctions_is_asked_whether_they_are_undone(service):
    result = service.matcher.match("when will washington drop the caatsa penalties on ankara")
    # (session 20: asked when it will be, of a claim that dates what happened, "future")
    assert result.outcome != "match" and result.held is not None and result.held.code in ("undone", "future"), (
        result.why
    )


def test_dropping_money_in_a_chat_message_undoes_nothing(service):
    """Watch mode: "dropping $2.5B" spends; "drop" undoes in questions only."""
    text = "imagine dropping $2.5B on the S-400 lol, that's the price tag turkey agreed with moscow"
    result = service.matcher.match(strip_chat_noise(text), statement=True)
    assert result.held is None or result.held.code != "undone", result.why


def test_a_phrasing_that_says_more_than_its_statement_is_gone(service):
    """ "is turkey returning the s400 to rejoin the f-35 program" was a phrasing of the
    claim that Turkey could return the S-400 for delivery of F-35 jets; rejoining the
    programme is more than delivery, and "did turkey rejoin the f35 program" got the claim."""
    assert service.ask("did turkey rejoin the f35 program", log=False).answer.outcome != "match"


def test_phrasings_that_said_more_than_their_statements_are_rewritten_or_gone(service):
    """Session 8: a blind audit of every phrasing against its statement found 18 that add
    meaning, drop what sets the claim apart, or ask what the statement does not answer.
    Nine were removed and seven rewritten to say only what the statement says (three, on
    "considering a return", were kept). "could ukraine use turkey's russian air defense
    system" made watch mode answer an ordinary message with the claim that Turkey could
    send its S-400s to Ukraine."""
    phrasings = {p for c in service.list_claims() for p in c.phrasings}
    assert "could ukraine use turkey's russian air defense system" not in phrasings
    assert "how has the s400 hurt turkey" not in phrasings
    result = service.matcher.match("ukraine could use any air defence it can get tbh", statement=True)
    assert result.outcome != "match" or (result.best and result.best.claim_id != "s400-transfer-to-ukraine-feasible")


@pytest.mark.parametrize(
    "question",
    [
        "who shot down the su-24 in 2015",
        "has turkey shot down any russian jet since 2015",
        "did russia put sanctions on turkey after the su-24 was shot down",
        # questions.json had it as a positive; the claim's own rationale says the article
        # does not say who downed the aircraft: a near-topic question since session 8
        "did turkey shoot down a russian jet",
    ],
)
def test_a_question_about_what_a_claim_says_only_in_passing_is_held(service, question):
    """Tuning files' wrong answers (session 8): the claim is that relations soured after
    the downing of a Su-24; these ask about the downing. What a statement says after
    "after" is kept as circ: relations, and a question whose words the claim holds only
    there is held (``Held("passing")``)."""
    result = service.matcher.match(question)
    assert result.outcome != "match" and result.held is not None and result.held.code == "passing", result.why


def test_the_claim_about_the_souring_still_answers_questions_about_the_souring(service):
    _assert_matches(
        service, "did relations between turkey and russia sour in 2015", "su24-downing-2015-soured-relations"
    )


def test_talking_up_a_swap_is_proposing_it_and_the_press_is_the_media(service):
    """Tuning files' misses (session 8)."""
    question = "is it true US press and politicians have been talking up an S-400-for-F-35 swap for ankara"
    assert "said" in asks(question)
    _assert_matches(service, question, "us-media-officials-suggested-s400-return-for-f35")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("does a s400 return depend on russia seeing a benefit", "s400-return-if-russia-benefits"),
        (
            "why couldnt ankara just cancel the s400 deal? would it look bad at home?",
            "cancelling-s400-would-hurt-turkey-independence",
        ),
    ],
)
def test_the_alias_table_knows_idioms_of_the_fifth_round(service, question, claim):
    """Session 8, fifth round (written blind to every question set; kept where the tuning
    files and CheckThat! dev did not lose)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("s400 resolution timeline 4-6 months true?", "s400-issue-resolved-in-four-to-six-months"),
    ],
)
def test_a_claim_about_the_thing_close_behind_one_about_who_said_it_answers(service, question, claim):
    """Tuning files' misses (session 8): the question does not ask who said it, the claim
    about the saying ranked first and was held ("unsaid"); the claim about the thing
    itself, close behind, answers (``Tuning.promote_unsaid``), unless the question names
    who said it ("ANKARA CONSIDERING S400 RETURN BLOOMBERG" stays "did you mean")."""
    _assert_matches(service, question, claim)


def test_a_message_restating_the_thing_gets_the_claim_about_the_thing(service):
    # watch mode, a restatement from the hard tuning corpus: after the fifth alias round
    # the claim that Akturk said so ranked first, and the message got no reply
    text = "fyi turkey's position on the s-400 remains exactly where it was, nothing has changed"
    result = service.matcher.match(strip_chat_noise(text), statement=True)
    assert result.outcome == "match" and result.chosen.claim_id == "turkey-s400-position-unchanged", result.why


# --- session 9 ---------------------------------------------------------------------


def test_a_word_is_never_read_as_a_typo_of_a_light_word(service):
    """Tuning files' wrong answer (session 9): "currency" was read as a typo of
    "currently", a light word, and the question lost what it asks about."""
    result = service.matcher.match("what currency was the s400 deal paid in?")
    assert "currency" in result.terms and "currently" not in result.terms


def test_meant_is_a_light_word_as_mean_is(service):
    _assert_matches(
        service,
        "ngl would ankara really send the s-400s back to the russians if it meant getting f35 jets",
        "s400-for-f35-exchange",
    )


@pytest.mark.parametrize(
    "question",
    [
        "did china protest when turkey cancelled the contract?",
        "did china retaliate when turkey cancelled the deal",
        "did turkey receive any f-35s before the removal?",
    ],
)
def test_a_claim_holding_only_the_questions_circumstance_does_not_answer_it(service, question):
    """Tuning files' wrong answers (session 9): the claim answers "when turkey cancelled
    the contract", not "did china protest". What comes before a mid-question "when",
    "after", "before", "since", "while", "once" or "until" is what it asks; a claim that
    holds none of its words is held (``Tuning.main_check``)."""
    result = service.matcher.match(question)
    assert result.outcome != "match" and result.held is not None and result.held.code == "unanswered", result.why


def test_a_when_inside_a_question_asks_no_time():
    assert "time" not in asks("did china protest when turkey cancelled the contract?")
    assert "time" in asks("did china protest, and when?") or "time" in asks("when did china protest")
    assert "time" in asks("so turkey got the s400 when exactly")


def test_a_when_inside_a_question_is_its_circumstance(service):
    _assert_matches(
        service,
        "why didnt turkey just cancel the s400 agreement when the US pushed, was it about looking independent",
        "cancelling-s400-would-hurt-turkey-independence",
    )


@pytest.mark.parametrize(
    "question",
    [
        "heard turkey might ship the s400s back to russia, true?",
        "Could Ankara end up shipping its S-400 batteries back to Moscow?",
    ],
)
def test_shipping_back_is_returning_and_s400_batteries_are_the_s400(service, question):
    """Tuning files' wrong answers (session 9): "ship" inflects "shipped", an alias of
    deliver, and the question got the claim about delivering F-35s; "batteries" got the
    deployment claim whose phrasing has it."""
    _assert_matches(service, question, "turkey-return-s400-to-russia")


def test_a_number_the_question_states_does_not_answer_how_many(service):
    """Tuning file's wrong answer once "S-400 batteries" read as the S-400 (it had been
    held for "batteries", session 5): the price claim's only number is the question's own."""
    result = service.matcher.match("how many s-400 batteries did turkey get for the $2.5 billion")
    assert result.outcome != "match" and result.held is not None and result.held.code == "own-number", result.why
    assert "no number but the question's own" in result.held.text


@pytest.mark.parametrize(
    "question",
    [
        "has turkey bought any other russian weapons since the s400?",
        "has any other country ever returned an s400 to russia?",
    ],
)
def test_a_question_about_any_other_one_is_held(service, question):
    """Tuning file's wrong answers (session 9): "any other", "which other", "besides",
    "apart from", "other than" ask about another one than the claim's."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", (answer.claim.id if answer.claim else None, answer.why)
    # (session 20: "since the s400" is a later time too: (“other”, “since”))
    assert "new, again or other (“other”" in answer.why_plain


def test_some_other_buyer_is_still_a_third_country(service):
    _assert_matches(
        service, "can turkey legally sell its s400s to some other country", "s400-contract-bans-third-country-transfer"
    )


def test_asked_the_month_a_claim_that_gives_the_year_does_not_answer(service):
    """Tuning file's wrong answer (session 9). A year still answers "when" and "date"
    ("s-400 delivery date turkey?")."""
    result = service.matcher.match("what month exactly was turkey removed from the f35 program?")
    assert result.outcome != "match" and result.held is not None and result.held.code == "time", result.why
    _assert_matches(service, "s-400 delivery date turkey?", "s400-components-delivered-2019")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("S400 ACQUISITION DATE TURKEY", "turkey-bought-s400-in-2017"),
        ("s400 deal turkey started what yr", "turkey-bought-s400-in-2017"),
    ],
)
def test_asked_when_the_words_that_ask_it_do_not_rank_claims(service, question, claim):
    """Tuning files' misses (session 9): "date" ranked first the claim whose editor's note
    says "(the article does not date the cancellation)". Asked when, "date", "year",
    "month" frame the question and do not rank; an editor's note in parentheses is shown
    with the statement, not matched (``INDEX_VERSION`` 10)."""
    _assert_matches(service, question, claim)


def test_an_editors_note_in_a_statement_is_not_indexed(service):
    from bot.index import index_document

    claim = service.get_claim("china-arms-contract-signed-2017-cancelled-under-us-pressure")
    assert "(the article does not date the cancellation)" in claim.statement
    doc = index_document(claim, service.matcher.aliases)
    assert "dat" not in doc.statement.split() and "cancel" in doc.statement.split()


def test_a_currency_is_a_name_the_claim_must_hold(service):
    """Tuning file's wrong answer (session 9): "rubles" was one word the price claim
    lacked, under the bar; a currency is an entity (kind ``currency``) now."""
    result = service.matcher.match("was the s400 deal paid in rubles")
    assert result.outcome != "match", result.why
    _assert_matches(service, "did turkey pay 2.5 billion dollars for the s400", "s400-deal-worth-2-5-billion")
    # "try" is a verb, not the lira's code
    _assert_matches(
        service,
        "did turkey try to buy a weapons system from china",
        "china-arms-contract-signed-2017-cancelled-under-us-pressure",
    )


def test_damaging_its_relationship_is_not_protecting_it(service):
    """Tuning files' wrong answers (session 9): "damage" read as harm and got the claims
    about the harm the S-400 did Turkey. Damaging its (their) relationship is what the claim
    that Ankara will not jeopardize it answers; "damage ties" (past: soured) is left alone."""
    _assert_matches(
        service,
        "would the turks damage their relationship with the kremlin over the S400 system",
        "turkey-protects-russia-relationship",
    )
    _assert_matches(
        service,
        "did downing a russian su24 damage ties between ankara and moscow",
        "su24-downing-2015-soured-relations",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("TURKIYE SENDING THE S400 BACK TO RUSSIA?? real or fake", "turkey-return-s400-to-russia"),
        (
            "who floated the idea of turkey trading its s400 for f35s in the first place?",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
        ("are s-400 units positioned near ankara", "s400-deployed-in-adana-and-ankara"),
        ("what year were the S400 pieces shipped to ankara", "s400-components-delivered-2019"),
        ("is the s-400 a net loss for the turks, like has it caused them real harm", "s400-caused-harm-to-turkey"),
        ("s-400 return = normal relations with the americans? lol", "s400-return-would-normalize-us-relations"),
        (
            "was turkiye sanctioned economically by trump's team bc of the s400 components arriving",
            "us-caatsa-sanctions-on-turkey",
        ),
        ("S400 dispute between DC and ankara, how serious is it", "s400-point-of-contention-us-turkey"),
        ("who is zeki akturk and what was his answer on the s-400?", "akturk-said-turkey-s400-position-unchanged"),
        (
            "what did tom barrack say about how long the s400 problem will take to fix?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_words_of_the_tuning_files_misses_of_session_nine(service, question, claim):
    """Tuning files' misses (session 9), one word each: framings ("real or fake", "in the
    first place"), aliases ("S-400 units", "pieces", "net loss", "normal relations",
    "economically"), a light word ("serious"), a word of saying ("answer") and the framing
    of "how long ... take"."""
    _assert_matches(service, question, claim)


def test_how_long_is_not_a_time_ask_and_lasting_is_still_asked(service):
    assert "time" not in asks("how long have the caatsa sanctions on turkey lasted so far?")
    result = service.matcher.match("how long have the caatsa sanctions on turkey lasted so far?")
    assert result.outcome != "match", result.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("which turkish cities host the s400s", "s400-deployed-in-adana-and-ankara"),
        ("is the S400 still set up around ankara", "s400-deployed-in-adana-and-ankara"),
        (
            "according to erdogan why did turkey go for the russian system",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        ("turkey ordered s400 in which year", "turkey-bought-s400-in-2017"),
        ("is the s-400 damage going to grow since washington won't drop it", "s400-damage-could-increase"),
    ],
)
def test_hosting_is_deploying_going_for_is_buying_and_dropping_it_undoes_nothing(service, question, claim):
    """Tuning files' misses (session 9)."""
    _assert_matches(service, question, claim)


def test_dropping_the_sanctions_is_still_asked_whether_they_are_undone(service):
    result = service.matcher.match("will washington drop the caatsa sanctions on turkey")
    assert result.outcome != "match" and result.held is not None and result.held.code == "undone", result.why


def test_asked_what_someone_said_about_a_thing_the_claim_must_hold_the_thing(service):
    """Tuning file's wrong answer (session 9): "drones" was the one word the claim about
    what Akturk said of the S-400 lacked, weighing 0.499 of the question (the bar: 0.5).
    What a question asks someone said something about must be in the claim. Since session 22
    drones are a weapon (knowledge/aliases.json): a name the claim lacks, so no match at all."""
    result = service.matcher.match("what did rear admiral akturk say about turkish drones?")
    assert result.outcome == "none", result.why
    _assert_matches(
        service, "what did rear admiral akturk say about the s400?", "akturk-said-turkey-s400-position-unchanged"
    )


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("would russia sanction turkey if it sent the s-400 to ukraine?", "unanswered"),
        (
            "what penalty does turkey face if it transfers the s-400 to a third country?",
            "detail",
        ),  # session 14: "what penalty" asks which
        ("did turkey buy anything else from china after scrapping the 2017 contract?", "again"),
        ("was the US envoy's four to six months comment made in an interview or a press conference?", "choice"),
    ],
)
def test_adversarial_near_topic_questions_of_the_thirteenth_set_are_held(service, question, code):
    """The thirteenth set's wrong answers (a tuning set written in session 9 to be
    adversarial): an "if" clause is the question's circumstance as "when" is; "anything
    else" ask about another one; "A or B?" with neither in the claim."""
    result = service.matcher.match(question)
    assert result.outcome != "match" and result.held is not None and result.held.code == code, result.why


def test_a_choice_is_not_a_judgment_of_the_claim_nor_one_thing_said_twice(service):
    from bot.normalize import choice, read_question

    assert choice(read_question("s400 dispute solved in under half a year, possible or cope?").flat) is None
    assert choice(read_question("TURKEY SENDING THE S-400 BACK TO RUSSIA?? real or fake").flat) is None
    _assert_matches(
        service,
        "does the s400 agreement forbid turkey from selling or transferring the systems to third countries?",
        "s400-contract-bans-third-country-transfer",
    )


def test_the_price_claims_phrasing_no_longer_reads_as_harm(service):
    """ "what did the s-400 deal cost turkey" read "cost turkey" as harm (an alias): the
    price claim answered "has the s-400 deal hurt russia at all?" at 95."""
    claim = service.get_claim("s400-deal-worth-2-5-billion")
    assert not any("cost turkey" in p for p in claim.phrasings)
    answer = service.ask("has the s-400 deal hurt russia at all?", log=False).answer
    assert answer.claim is None or answer.claim.id != "s400-deal-worth-2-5-billion"


def test_the_us_in_lower_case_is_the_country(service):
    """The thirteenth set's wrong answer (session 9): "did the us propose sending turkey's
    s-400 to ukraine?" read "us" as the pronoun, and got the claim that European officials
    proposed it. With an article, "us" is the country."""
    assert any(term == "usa" for term, _ in analyze_words("did the us propose sending turkey's s-400 to ukraine?"))
    answer = service.ask("did the us propose sending turkey's s-400 to ukraine?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert not any(term == "usa" for term, _ in analyze_words("can you tell us about the s400"))


def test_turkish_parties_are_names(service):
    result = service.matcher.match("does the chp follow neo-abdulhamidism too?")
    assert result.outcome != "match" and "chp" in result.terms, result.why


@pytest.mark.parametrize(
    "question",
    [
        "which chinese weapons system did turkey try to buy in 2017?",
        "which turkish agency got hit with the caatsa sanctions?",
        "what currency was the s400 deal paid in?",
    ],
)
def test_asked_which_of_a_kind_the_claim_must_name_one(service, question):
    """Wrong answers of the thirteenth and eleventh sets (session 9): the claim holds
    every word ("a weapons system"; "agency" from the outlet's name) but names no weapon
    and no organisation the question does not."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "does not name it" in answer.why_plain


def test_asked_which_of_a_kind_a_claim_that_names_one_answers(service):
    _assert_matches(service, "which turkish cities host the s400s", "s400-deployed-in-adana-and-ankara")


@pytest.mark.parametrize(
    "question",
    [
        "did the pentagon say the s-400 issue could be solved in 4-6 months?",
        "did the state department confirm barrack's four to six month timeline?",
    ],
)
def test_the_pentagon_and_the_state_department_are_not_the_ambassador(service, question):
    """The thirteenth set's wrong answers (session 9): the Pentagon, the State Department
    and Congress were aliases of the United States, and the ambassador is American. They
    are names of their own now; "washington" and "the white house" still stand for the US."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service, "what penalties did washington put on turkey for the s-400", "us-caatsa-sanctions-on-turkey"
    )


def test_asked_who_pushed_an_idea_the_claim_about_proposing_it_answers(service):
    """Tuning file's miss (session 9): "pushing" and "idea" were words the claim about
    the proposal lacked; asked who said it, words for what was said (talk, push, idea,
    remarks) are answered by a claim about the saying."""
    _assert_matches(
        service,
        "who has been pushing the s400-for-f35 swap idea, was it the US press and politicians?",
        "us-media-officials-suggested-s400-return-for-f35",
    )


def test_asked_why_of_what_a_claim_gives_as_its_reason_the_claim_does_not_say(service):
    """The thirteenth set's wrong answer (session 9): the claim says the purchase was
    "driven by NATO's refusal to deploy Patriot systems"; it does not say why NATO refused.
    What a statement gives as its reason is kept as rsn: relations (``INDEX_VERSION`` 12)."""
    result = service.matcher.match("why did nato refuse to deploy patriots in turkey?")
    assert result.outcome != "match", result.why
    bought = next(c for c in result.candidates if c.claim_id == "s400-bought-over-nato-patriot-refusal")
    assert bought.relation_mismatch == ["reason-of"]
    _assert_matches(
        service,
        "did erdogan say nato refusing patriots was why they got the s-400",
        "erdogan-said-patriot-refusal-drove-s400-purchase",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "I'm building a timeline of the dispute. Did Turkey's S-400 acquisition start back in 2017?",
            "turkey-bought-s400-in-2017",
        ),
        (
            "Turkish firms used to help build the F-35. Why was Turkey taken out of the programme?",
            "turkey-removed-from-f35-program",
        ),
        (
            "The rumour mill says Turkey is having second thoughts. Is it really weighing giving up the S-400s?",
            "turkey-considering-s400-return",
        ),
        (
            "Someone on TV said the S-400s are just sitting in crates. "
            "Are they actually still deployed in Turkish cities?",
            "s400-deployed-in-adana-and-ankara",
        ),
    ],
)
def test_sentences_before_a_question_set_it_up(service, question, claim):
    """The fourteenth set's misses (a tuning set of session 9, five registers per claim):
    a question after a sentence of context. The context's words (not its names) weigh a
    fifth (`Tuning.context_weight`), a claim need not hold them, and hearsay in it ("the
    rumour mill says") does not make the question ask who said it."""
    _assert_matches(service, question, claim)


def test_a_question_for_the_source_before_the_question_still_asks_who_said_it(service):
    from bot.normalize import asked_sentence, hearsay_context

    text = "source on the S-400-for-F-35 swap talk? was it washington and us media pushing it?"
    assert asked_sentence(text) == "was it washington and us media pushing it?"
    assert not hearsay_context("source on the S-400-for-F-35 swap talk?")
    assert asked_sentence("will turkey return the s400?") is None


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("could ankara swap the russian missiles for american stealth jets", "s400-for-f35-exchange"),
        (
            "Is the Russian air-defence buy a serious bone of contention between Washington and Ankara?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "Did Ankara acquire the Russian batteries as a counterweight to Washington's influence?",
            "s400-purchase-part-of-balancing-policy",
        ),
    ],
)
def test_the_russian_missiles_batteries_and_air_defence_are_the_s400(service, question, claim):
    """The fourteenth set's heavy paraphrases (session 9): in this base the Russian
    missiles, batteries, missile system and air defence are the S-400 (aliases)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("what year did the s400 parts actually show up in turkey", "s400-components-delivered-2019"),
        ("honestly has the s400 been a disaster for turkey", "s400-caused-harm-to-turkey"),
        ("yo is turkey actually gonna give the s400s back to russia or nah", "turkey-return-s400-to-russia"),
    ],
)
def test_showing_up_is_arriving_a_disaster_is_harm_and_yo_is_noise(service, question, claim):
    """The fourteenth set's misses (session 9); "n" is read as "and" too ("putin n erdogan")."""
    _assert_matches(service, question, claim)


def test_the_only_one_is_asked_of_a_claim_that_says_so(service):
    """ "the only" was read as asking about another one (session 9) and cost the scale
    benchmark 2.5 points of acc@1: its generated claims say "X is the only country that
    ...", and "only" is a stop word the index does not keep. Left out."""
    from bot.normalize import read_question

    assert not read_question("is turkey the only country that bought the s400?").other


def test_stating_that_and_predicting_are_saying(service):
    """The fourteenth set's formal register (session 9): "did X state that ..." asked who
    said it only as "stated"; "predicted" and "prediction" are words of saying too."""
    assert "said" in asks("Did the ambassador state that the dispute could be settled within six months?")
    assert "said" in asks("which american envoy predicted the s400 row could be wrapped up in months?")
    assert "said" not in asks("is turkey a state that buys russian weapons")  # no verb: "a state that"
    _assert_matches(
        service,
        "Did the United States ambassador to Turkey, Tom Barrack, state that the S-400 dispute could be settled "
        "within four to six months?",
        "barrack-said-s400-issue-resolvable-in-months",
    )


def test_where_a_speaker_is_posted_is_not_who_speaks(service):
    """The thirteenth set's wrong answer (session 9): "the US ambassador to Turkey" gave the
    claim a Turkish voice (who:turkey), so "what did the turkish defense ministry say about
    barrack's comment?" met it. Names after "to", "in", "at" in who said it are left out of
    who: relations (``INDEX_VERSION`` 13)."""
    from bot.index import index_document

    doc = index_document(service.get_claim("barrack-said-s400-issue-resolvable-in-months"), service.matcher.aliases)
    assert "who:usa" in doc.relations.split() and "who:turkey" not in doc.relations.split()
    answer = service.ask(
        "what did the turkish defense ministry say about barrack's four to six months comment?", log=False
    ).answer
    assert answer.outcome != "match", answer.why


def test_a_long_word_after_say_about_is_read_in_linear_time(service):
    """A bug of session 9's own, found before the session ended: the topic of "what did X
    say about …" was matched as ``(?:\\S+ ?){1,6}$``, which splits a long word every way it
    can (an 80-letter word took 10 s; a 900-letter one, which a question may hold, would
    never end). One word per repetition now. The alarm turns a hang into a failure."""
    import signal

    from bot.normalize import read_question, said_about

    question = "what did he say about " + "x" * 900 + " y z a b c d e f"

    def hang(*_):
        raise TimeoutError("said_about did not return")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(10)
    try:
        assert said_about(read_question(question).flat) is None
        assert service.ask(question, log=False).answer.outcome != "match"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert said_about(read_question("what did akturk say about turkish drones").flat) == "turkish drones"


# Session 10.


@pytest.mark.parametrize(
    "question",
    [
        # Russia is only implied by the S-400 in the claim that the US sent threatening letters
        "did russia ever threaten to cancel the s400 contract?",
        # a word no claim holds, typed where a name stands (TurkStream is in the alias table
        # since session 14)
        "is Nordstream a symbol of russia-turkey cooperation?",
    ],
)
def test_a_yes_no_question_about_someone_else_is_not_matched(service, question):
    """The eleventh and thirteenth sets' wrong answers (session 10): a yes-no question's
    subject ("did russia ...", "is turkstream ...") is what it asks about, and a claim whose
    statement and phrasings do not hold it is about someone else (``Held("subject")``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert service.matcher.match(question).held.code == "subject"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a demonym modifies; it is not who does it
        (
            "Is the Russian air-defence buy a serious bone of contention between Washington and Ankara?",
            "s400-point-of-contention-us-turkey",
        ),
        ("did ankara buy the s-400 because nato refused to deploy patriots?", "s400-bought-over-nato-patriot-refusal"),
        (
            "could dumping the s400s get turkey-america relations back to normal",
            "s400-return-would-normalize-us-relations",
        ),
    ],
)
def test_a_subject_the_claim_holds_is_matched(service, question, claim):
    _assert_matches(service, question, claim)


def test_the_subject_of_a_yes_no_question(service):
    from bot.normalize import read_question, yes_no_subject

    def subject(q: str) -> str | None:
        read = yes_no_subject(read_question(q).flat, service.matcher.aliases)
        return read[0] if read else None

    assert subject("did russia ever threaten to cancel it?") == "russia"
    assert subject("so is the kremlin angry?") == "russia"
    assert subject("does erdogan's party play russia and the us off?") == "akp"  # not Erdogan
    assert subject("Is the Russian deal a problem?") is None  # a demonym modifies
    assert subject("Is the Russian air-defence buy a problem?") == "s400"  # a name that begins with one
    assert subject("why did russia threaten turkey?") is None  # not a yes-no question


def test_an_unknown_lower_case_word_is_no_subject(service):
    """Only a word capitalised as a name is a subject no claim holds: the scale benchmark's
    "did the authorities of syria arrest ..." has no name in "authorities" (session 10)."""
    result = service.matcher.match("is turkstream a symbol of russia-turkey cooperation?")
    assert result.held is None or result.held.code != "subject"


def test_a_general_word_for_what_the_claim_names_is_not_left_unanswered(service):
    """The fourteenth set's heavy paraphrase (session 10): "the batteries" are the S-400's
    (the alias table's ``generic`` words), so a claim about the S-400 leaves nothing
    unanswered by them. A general word neither answers nor is left unanswered: "the range
    of the s-400 missile" still asks about the range, which no claim gives."""
    _assert_matches(
        service,
        "Might the batteries go back if the Kremlin decides the handover works to its advantage?",
        "s400-return-if-russia-benefits",
    )
    assert service.ask("whats the range of the s400 missile", log=False).answer.outcome != "match"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # Erdogan's party is the AKP, not Erdogan
        (
            "why did erdogans party pick china and russia to buy weapons from, is it leverage?",
            "akp-balancing-policy-china-russia-suppliers",
        ),
        # the Patriot is American: a claim about it involves the US (``implies``)
        ("did nato refuse to deploy US-made patriot batteries in turkey?", "nato-refused-patriot-deployment-in-turkey"),
        # a name only in the sentence that sets the question up is not asked of the claim
        (
            "It's odd for a NATO member to shop for arms in Beijing and Moscow. Is that choice about getting leverage "
            "on the US?",
            "akp-balancing-policy-china-russia-suppliers",
        ),
    ],
)
def test_names_of_the_fourteenth_set_s_paraphrases(service, question, claim):
    """The fourteenth set's heavy paraphrase and context sentences (session 10)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a typo of a canonical term ("balance" is indexed as written, "balence" stems as "balenc")
        ("turkey bought s-400 to balence the usa, true or nah?", "s400-purchase-part-of-balancing-policy"),
        # misspellings of the words the matcher reads for what a question asks
        (
            "us media + officials sugested turkey return s400 to russia to get f35s, is that real??",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
        (
            "did turkey cancel a chinese missile deal becuase of the US",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        # aliases: smoothing things over, offsetting, in its own interest, the other way round
        (
            "Was it Bloomberg that reported Turkey might hand back the Russian S-400 to smooth things over with the "
            "United States?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "Was buying Russia's S-400 a move by Turkey to hedge against and offset American influence?",
            "s400-purchase-part-of-balancing-policy",
        ),
        ("could the s-400 go back if moscow decides its in russia's own interest", "s400-return-if-russia-benefits"),
        ("does the AKP play moscow against washington and then the other way round?", "neo-abdulhamidism-policy"),
        # the subject is Erdogan's party, not Erdogan
        (
            "does erdogan's party play russia and the us off against each other like abdul hamid II did",
            "neo-abdulhamidism-policy",
        ),
        # asked what happened, what the claim says after its circumstance is the answer
        (
            "what happened between turkey and russia in 2015 after that russian jet got downed",
            "su24-downing-2015-soured-relations",
        ),
        # where something goes is not who said it
        ("s-400 to ukraine proposal", "s400-to-ukraine-european-proposal"),
        # aliases: putting a relationship in danger; the S-400 matter
        (
            "Would Turkey put its relationship with Russia in danger over the missile system?",
            "turkey-protects-russia-relationship",
        ),
        (
            "What did the American envoy in Ankara, Tom Barrack, say about how many months it would take to sort out "
            "the S-400 matter?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        # light words: "instead", "readily", "almost"
        ("why did turkey buy s400 instead of patriots", "s400-bought-over-nato-patriot-refusal"),
        (
            "Is it unlikely that Ankara will readily hand the S-400 systems back to Moscow?",
            "s400-will-not-be-easily-returned",
        ),
        (
            "wait turkey almost bought weapons from china?? what happened w that",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
    ],
)
def test_the_held_out_set_s_misses_once_it_became_a_tuning_file(service, question, claim):
    """Session 10 made the held-out set (blind since session 1, at 75 % right for three
    sessions) a tuning file; the fifteenth set took its place as the blind one."""
    _assert_matches(service, question, claim)


def test_how_many_months_it_takes_frames_a_number(service):
    from bot.normalize import asks

    assert {"number", "duration"} <= asks("how many months would it take to sort out the s-400 matter?")
    assert "duration" not in asks("how many batteries did turkey buy?")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "is it true bloomberg said turkey might send back the S400 to fix ties with the US",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        ("is the s400 basically a putin-erdogan friendship badge lol", "s400-symbolizes-putin-erdogan-cooperation"),
        (
            "Is the missile system an emblem of the partnership between the Kremlin's leader and Turkey's president?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        ("who said ankara's S400 stance is the same as it always was", "akturk-said-turkey-s400-position-unchanged"),
        ("is ankara still sticking to its guns on the s400s or did they flip", "turkey-s400-position-unchanged"),
        (
            "can ankara resell the s400s to some other buyer or does the agreement block that",
            "s400-contract-bans-third-country-transfer",
        ),
        ("waht did bloomberg report about turkey and the s400?", "bloomberg-reported-turkey-considering-s400-return"),
    ],
)
def test_everyday_words_of_the_tuning_files_session_10(service, question, claim):
    """Aliases of session 10 (fix ties, badge, the Kremlin's leader, Turkey's president, as
    it always was, did they flip, block) and "waht". "trophy" and "icon" as symbols were
    left out: each cost CheckThat! dev MAP@5 0.001."""
    _assert_matches(service, question, claim)


def test_a_clear_lead_with_every_word_answered_is_a_match(service):
    """Session 10: "Where are Turkey's S-400 systems currently deployed?" had confidence 49,
    every word answered, no relation against it, and a lead of 15 points over the next
    claim, and was only suggested (``Tuning.lead_match_at``, ``lead_margin``). The why line
    says so."""
    result = service.matcher.match("Where are Turkey's S-400 systems currently deployed?")
    assert result.outcome == "match" and result.chosen.claim_id == "s400-deployed-in-adana-and-ankara"
    assert result.chosen.confidence < service.matcher.tuning.match_at
    assert "leads the next" in result.why()


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # "is it possible that ..." and a trailing "possible?" ask whether it may be so, not
        # about feasibility (the claim that a transfer to Ukraine is feasible)
        (
            "Is it possible that Turkey will end up handing its S-400 systems back to Russia?",
            "turkey-return-s400-to-russia",
        ),
        ("turkiye returning s-400s to russia, possible? <:thonk:123456789012345678>", "turkey-return-s400-to-russia"),
    ],
)
def test_whether_it_is_possible_is_a_framing(service, question, claim):
    _assert_matches(service, question, claim)


def test_making_up_is_normalizing(service):
    """Tuning-file wrong answer (session 10): "when did turkey and russia make up after the
    su-24 incident" got the claim that relations soured after it."""
    assert service.ask("when did turkey and russia make up after the su-24 incident", log=False).answer.outcome != (
        "match"
    )


@pytest.mark.parametrize(
    "question",
    [
        "did the turkish military's press guy say turkey's s-400 stance hasn't moved?",
        "what did the turkish military spokesperson guy say back to the US about the s400",
    ],
)
def test_a_role_named_in_chat_words_is_a_speaker_not_hearsay(service, question):
    """Session 9 left it: "guy" before a verb of saying was hearsay ("some guy said"), also
    after a role ("the military spokesperson guy say"). After a role it is the speaker now,
    and "guy" is a light word."""
    from bot.normalize import asks

    assert "said" in asks(question)
    assert "said" not in asks("some guy said turkey is giving the s400 back, true?")
    _assert_matches(service, question, "akturk-said-turkey-s400-position-unchanged")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("s400 return gonna be simple or nah", "s400-will-not-be-easily-returned"),
        ("Will Moscow's missile batteries be handed back without much trouble?", "s400-will-not-be-easily-returned"),
        (
            "would ankara hand the s-400 back without talking it through with moscow",
            "s400-return-in-coordination-with-russia",
        ),
    ],
)
def test_simple_trouble_and_talking_it_through(service, question, claim):
    """Aliases of session 10: simple and trouble are the difficulty of a return, talking it
    through is coordinating."""
    _assert_matches(service, question, claim)


# --- Session 11: how English says things, read as what it means -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what does turkey shopping for weapons from china and russia say about akp policy",
        "what does turkey's choice of beijing and moscow as suppliers say about akp policy",
    ],
)
def test_what_an_act_says_about_something_is_what_it_shows(service, question):
    """ "What does <an act> say about Y" asks what the act shows of Y: nobody said anything.
    It was read as asking who said it, and the claim about the policy was held ("the claim
    is about the thing itself")."""
    from bot.normalize import asks

    assert "said" not in asks(question)
    assert "said" in asks("what did akturk say about turkish drones?")  # a person speaks
    assert "said" in asks("what does the bloomberg report say about the s400?")  # a report speaks
    _assert_matches(service, question, "akp-balancing-policy-china-russia-suppliers")


def test_whose_idea_asks_who_proposed_it(service):
    from bot.normalize import asks

    question = "europeans want turkey's s400 shipped to ukraine?? whose idea was that"
    assert "said" in asks(question)
    _assert_matches(service, question, "s400-to-ukraine-european-proposal")


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("did nato turn turkey down when it came to patriot batteries", {"refuse"}),
        ("can they sort the s400 dispute out within six months", {"resolve"}),
        ("will turkey call the s400 deal off", {"cancel"}),
    ],
)
def test_a_verb_and_its_particle_are_read_across_a_short_object(service, question, terms):
    """ "turn turkey down" is "turn down" (refuse): the verb and its particle, split by an
    object of up to three words, are the alias they make. Not across a clause."""
    from bot.normalize import read_question

    read = read_question(question, service.matcher.aliases)
    assert terms <= {t for t, _ in read.words}
    apart = read_question("they turn to moscow when talks broke down", service.matcher.aliases)
    assert "refuse" not in {t for t, _ in apart.words}
    if "nato" in question:
        _assert_matches(service, question, "nato-refused-patriot-deployment-in-turkey")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Which American envoy in Ankara predicted the missile-system row could be wrapped up in under half a year?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        ("is the s400 just a military purchase in the US's eyes", "us-sees-s400-as-russia-alignment"),
        ("s400 = turkey hedging against america from the start?", "s400-purchase-part-of-balancing-policy"),
        ("DID THE S400 DO TURKEY MORE HARM THAN GOOD", "s400-caused-harm-to-turkey"),
    ],
)
def test_idioms_are_read_as_what_they_mean(service, question, claim):
    """Idioms: "half a year" is six months, "in the US's eyes" is how the US sees it, "from
    the start" frames the question as "originally" does, "more harm than good" is harm."""
    from bot.normalize import tokens

    assert tokens("in under half a year") == ["in", "under", "six", "months"]
    assert tokens("in washington's eyes")[-3:] == ["eyes", "of", "washington"]
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("someone on twitter said the us hit turkey with caatsa sanctions, legit?", "us-caatsa-sanctions-on-turkey"),
        ("my friend says nato refused to put patriots in turkey — right?", "nato-refused-patriot-deployment-in-turkey"),
        ("saw a headline that the s400s are deployed near adana?", "s400-deployed-in-adana-and-ankara"),
    ],
)
def test_hearsay_that_frames_a_question_is_not_what_it_asks(service, question, claim):
    """ "someone on twitter said", "my friend says", "saw a headline that": the asker's
    framing. Its words ("twitter", "friend", "headline") were left unanswered, and
    "someone on twitter said" asked who said it. A named source stays."""
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("my history teacher said turkey bought it in 2017") == "turkey bought it in 2017"
    assert strip_chat_noise("I read somewhere that erdogan blamed nato") == "erdogan blamed nato"
    kept = "saw a bloomberg headline that turkey may return it"
    assert strip_chat_noise(kept) == kept
    _assert_matches(service, question, claim)


def test_blowing_over_is_resolving(service):
    _assert_matches(service, "Will the S-400 row blow over soon?", "s400-issue-resolved-in-four-to-six-months")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # "goes back to 2017" dates the purchase; "go back" alone is a return
        ("someone said the turkish s-400 purchase goes back to 2017, true?", "turkey-bought-s400-in-2017"),
        # "in 2019 or later?" asks about 2019
        ("did the s400 stuff actually get delivered to turkey in 2019 or later?", "s400-components-delivered-2019"),
        # "when did X first Y" asks when X did Y
        ("when did turkiye first buy the s400s, was it 2017?", "turkey-bought-s400-in-2017"),
        # caving is backing down
        ("is turkiye still holding firm on the s400 or have they caved", "turkey-s400-position-unchanged"),
        # "turn to" is a light verb
        ("Why did Turkey turn to China and Russia for weapons?", "akp-balancing-policy-china-russia-suppliers"),
        # "passing X on to" is a transfer, across its object
        ("Did people in Europe float passing Turkey's S-400s on to Ukraine?", "s400-to-ukraine-european-proposal"),
    ],
)
def test_dates_light_verbs_and_particles_of_session_eleven(service, question, claim):
    """Session 11, from a tuning set written in the sixteenth set's styles
    (tests/questions_set17.json): each was held back for a word the claim lacks ("return",
    "later", "first", "cav", "turn", "pass")."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # the sentence before the question is read as the question is: "hand … over" is a
        # transfer there too, and "needs" in the first sentence only sets it up
        (
            "Ukraine needs all the air defence it can get. Would Ankara actually be able to hand its Russian missiles "
            "over to Kyiv?",
            "s400-transfer-to-ukraine-feasible",
        ),
        # "rly" is really; "get sorted" is resolved
        (
            "did tom barrack rly say the s400 thing could get sorted in like 4 to 6 months??",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        # "a thing in 2015 where ..." does not ask where
        (
            "wasnt there a thing in 2015 where a russian jet got shot down and turkey n russia fell out?",
            "su24-downing-2015-soured-relations",
        ),
        # "the two countries" are the ones named before
        (
            "I'm writing a paper on US-Turkish relations. Has the Russian missile purchase become a major sticking "
            "point between the two countries?",
            "s400-point-of-contention-us-turkey",
        ),
    ],
)
def test_context_chat_relatives_and_anaphora_of_session_eleven(service, question, claim):
    from bot.normalize import asks

    assert "place" in asks("so where did turkey put them")
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("biggest issue between turkey and america s-400", "s400-point-of-contention-us-turkey"),
        # a named source's link, seen: "saw" and "link" frame it
        (
            "saw a bloomberg link going around saying turkiye is weighing handing the s-400s back — did bloomberg "
            "actually report that?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        # "to anyone else" is a recipient, not "anyone else" asked about
        (
            "my friend says the russia deal forbids turkey from handing the s-400s to anyone else — right?",
            "s400-contract-bans-third-country-transfer",
        ),
        # leaning on someone is pressing them
        (
            "someone on twitter said turkiye had to ditch a deal with china bc the us leaned on them, legit?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
    ],
)
def test_framings_recipients_and_pressure_of_session_eleven(service, question, claim):
    from bot.normalize import read_question

    assert read_question("has anyone else returned an s-400?").other
    assert not read_question("can turkey hand the s-400 to anyone else?").other
    _assert_matches(service, question, claim)


def test_a_far_lead_with_one_word_unanswered_is_a_match(service):
    """Session 11 (``Tuning.far_lead_*``): a best claim that leaves one word of the
    question unanswered ("term"), holds two of its words that are not names, and leads
    every other candidate by 15 points is a match from confidence 38; the why line says
    which word it does not answer. (Session 11's example, "... American-made air-defence
    batteries on Turkish territory?", is a match outright since session 12 reads those
    batteries as the Patriot.)"""
    question = "What is meant by the term 'Neo-Abdulhamidism' in Turkish foreign policy?"
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "neo-abdulhamidism-policy"
    assert "answers every word but term" in answer.why
    # one word of content and a lead are not enough: "planning" is all it answers, and
    # "take" with "year" (a time word) is one too
    assert service.ask("is turkey planning to buy more s-400s?", log=False).answer.outcome != "match"
    assert service.ask("should turkey take an umbrella this year?", log=False).answer.outcome != "match"


def test_how_long_needs_a_length_of_time(service):
    """ "How long did relations stay bad?" asks for a length of time; the claim that they
    soured gives none (``Held("duration")``). A claim that gives one still answers."""
    answer = service.ask("How long did Turkey-Russia relations stay bad after the 2015 incident?", log=False).answer
    assert answer.outcome != "match"
    assert "how long" in answer.why
    _assert_matches(
        service, "how long will it take to resolve the s-400 issue?", "s400-issue-resolved-in-four-to-six-months"
    )


@pytest.mark.parametrize(
    "question",
    [
        "would turkey get its 2.5 billion back if it returns the s400?",
        "would turkey get its money back from moscow if it hands the s400s back?",
    ],
)
def test_money_back_is_a_refund_not_a_return(service, question):
    """Getting money "back" asks about a refund, which no claim gives: not the claim that
    the deal was worth $2.5 billion, nor the one that Turkey may return the S-400."""
    from bot.normalize import tokens

    assert "refunded" in tokens(question)
    assert service.ask(question, log=False).answer.outcome != "match"


def test_by_ship_or_by_plane_is_how_it_travels(service):
    """ "by ship or by plane" asks how the systems would travel: "ship" is no delivery and
    "plane" no jet, so the claim about an exchange for F-35 jets holds neither side."""
    question = "would turkey return the s-400 to russia by ship or by plane?"
    assert service.ask(question, log=False).answer.outcome != "match"


@pytest.mark.parametrize(
    "question", ["how much was the s400 deal tbh, like 2.5 bil?", "how much was the s-400 contract, 2.5 bil?"]
)
def test_a_number_offered_to_be_confirmed_is_not_another_number_asked(service, question):
    """ "how much was it, like 2.5 bil?" offers the claim's number to be confirmed; "how
    many batteries did turkey get for the $2.5 billion?" asks another (``own-number``)."""
    from bot.normalize import read_question

    assert read_question(question).guessed
    assert not read_question("how many batteries did turkey get for the $2.5 billion?").guessed
    _assert_matches(service, question, "s400-deal-worth-2-5-billion")


def test_would_be_wild_is_chat(service):
    _assert_matches(
        service, "could turkiye actually give ukraine the s400s? would be wild", "s400-transfer-to-ukraine-feasible"
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Was Ankara's Russian missile buy originally a hedge to offset Washington's influence?",
            "s400-purchase-part-of-balancing-policy",
        ),
        (
            "I remember a weird Trump letter to Erdogan going viral. Were there intimidating US letters to Turkey over "
            "the missile deal?",
            "us-threatening-letters-over-s400",
        ),
        ("would turkey realistically ship the S-400s to the ukrainians?", "s400-transfer-to-ukraine-feasible"),
    ],
)
def test_synonyms_written_blind_to_the_questions(service, question, claim):
    """Session 11: a helper who read only the article and the alias table's terms proposed
    453 synonyms; 264 of them (51 terms) are kept, those of the groups that kept the tuning
    files' wrong answers and CheckThat! MAP@5 (README, "The alias table")."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "ngl i keep seeing washington people pitching 'send the s400 back, get your f35s' - did they really say "
            "that or is it made up",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
        (
            "ngl feels like turkey is wobbling — is its stance on the russian missile system really unchanged?",
            "turkey-s400-position-unchanged",
        ),
        (
            "my friend says the s-400 buy has been really costly for turkiye overall — right?",
            "s400-caused-harm-to-turkey",
        ),
    ],
)
def test_doubts_and_impressions_tacked_on_are_chat(service, question, claim):
    """Tacked on: "or is it made up", "or am i misreading it", "feels like", "i keep seeing": the
    asker's doubts and impressions, not what a claim must hold. Costly is harmful."""
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("is this real or am i misreading it") == "is this real"
    _assert_matches(service, question, claim)


def test_what_a_question_asks_comes_before_its_purpose(service):
    """Purpose: "did russia give turkey a loan to pay for the s400?" asks about a loan; "to pay for
    the s400" is what it would be for, as "when", "if" begin a circumstance."""
    from bot.normalize import question_main

    assert question_main("did russia give turkey a loan to pay for the s400") == "did russia give turkey a loan "
    assert service.ask("did russia give turkey a loan to pay for the s400?", log=False).answer.outcome != "match"


def test_a_question_opened_by_its_circumstance_asks_what_follows(service):
    """ "If Ankara hands the missiles back, would it do it hand-in-hand with Moscow?" asks
    whether it would be coordinated: the claim that Turkey may return the S-400 does not
    say. The circumstance is read in the question sentence, not in those before it."""
    from bot.normalize import question_after_circumstance

    assert question_after_circumstance("if turkey returns the s400, will it get f-35s?") == "will it get f-35s?"
    assert question_after_circumstance("will turkey return it, if russia agrees?") is None
    question = (
        "Turkish voters hate looking like they take orders from Washington. If Ankara hands the missiles back, would "
        "it do it hand-in-hand with Moscow?"
    )
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match" or answer.claim.id == "s400-return-in-coordination-with-russia"


@pytest.mark.parametrize(
    "question",
    [
        "Has the S-400 purchase caused considerable harm to Russia?",
        "has the s-400 deal hurt russia at all?",
        "Did Bloomberg report that Russia would buy the systems back?",
    ],
)
def test_a_country_asked_in_another_s_place_is_held(service, question):
    """The claim says Turkey (harmed, considering a return); the question puts Russia,
    which the claim only implies through the S-400, in its place (``Tuning.swap_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match"
    assert "the question asks about russia, where the claim is about turkey" in answer.why
    # the country the claim names answers as before
    _assert_matches(service, "Has the S-400 purchase caused considerable harm to Turkey?", "s400-caused-harm-to-turkey")


def test_calling_something_a_name_is_saying_it(service):
    """ "Did Putin call the S-400 a symbol of his friendship with Erdogan?" asks what Putin
    said; the claim that the S-400 symbolizes their cooperation is the outlet's own."""
    from bot.normalize import asks

    question = "Did Putin call the S-400 a symbol of his friendship with Erdogan?"
    assert "said" in asks(question)
    assert "said" not in asks("is the s400 called a symbol")
    assert service.ask(question, log=False).answer.outcome != "match"


@pytest.mark.parametrize(
    "question",
    [
        "Is Russia considering buying back the S-400s from Turkey?",
        "Did Russia impose sanctions on Turkey over the S-400 talk?",
        "Is Moscow determined not to jeopardize its relationship with Ankara over the S-400?",
    ],
)
def test_the_subject_must_be_who_acts_in_the_claim(service, question):
    """``Tuning.agent_check``: Russia is the subject of the question; in the claim (and in
    every phrasing of it) Turkey or the US is who acts. Said another way the claim still
    answers: "did the us pressure turkey into dropping a chinese arms deal?"."""
    from bot.normalize import yes_no_subject

    assert yes_no_subject("was there a chinese weapons contract turkey had to scrap") is None
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match"
    assert "the question asks about russia, where the claim is about" in answer.why
    _assert_matches(
        service,
        "did the us pressure turkey into dropping a chinese arms deal?",
        "china-arms-contract-signed-2017-cancelled-under-us-pressure",
    )


# --- Session 12: who does what to whom -------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Did Turkey send threatening letters to Washington about the sanctions?",
        "Did Turkey impose retaliatory sanctions on the US after CAATSA?",
    ],
)
def test_the_subject_must_do_the_questions_act_in_the_claim(service, question):
    """``Tuning.verb_agent_check``: Turkey comes first in some phrasing of the claim, but
    wherever the claim's statement or phrasings hold the question's verb ("send",
    "impose") the US does it, and the question names the US too."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match"
    assert "the question asks about turkey, where the claim is about usa" in answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Could Turkey get its S-400 systems back from Russia?",
        "Might the S-400 systems be handed back to Turkey by Russia?",
        "Were S-400 components transferred from Turkey to Russia in 2019?",
        "Did Turkey pressure the United States into cancelling a weapons contract with China?",
        "Was the United States sanctioned by Turkey over the 2019 S-400 transfer?",
        "Did the United States receive threatening letters from Turkey over the S-400?",
    ],
)
def test_a_question_with_the_parties_the_other_way_round_is_held(service, question):
    """``Tuning.role_check`` (``bot.roles``): the question names both parties of the act,
    in the other roles from the claim's; the why line says so."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match"
    assert "the other way round" in answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # the same roles said with a getting, or a passive, still answer
        ("Could Russia get its S-400s back from Turkey?", "turkey-return-s400-to-russia"),
        ("Were the S-400 components delivered to Turkey by Russia in 2019?", "s400-components-delivered-2019"),
        ("did the us send turkey threatening letters", "us-threatening-letters-over-s400"),
        ("Did Turkey receive threatening letters from the US over the S-400?", "us-threatening-letters-over-s400"),
    ],
)
def test_the_same_roles_said_another_way_still_answer(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Moscow's air-defence batteries", ["s400"]),
        ("the Russian-made air defence", ["s400"]),
        ("American-made air defence batteries", ["patriot"]),
        # any Russian weapon; a country that gets them; words that stand apart
        ("russian weapons", ["russia", "weapon"]),
        ("give moscow its missiles back", ["russia", "missile", "return"]),
    ],
)
def test_a_country_and_general_words_for_its_one_weapon_name_it(service, text, terms):
    """``normalize._described``: the alias table's one weapon that implies the country and
    has those general words (the S-400 is Russia's, the Patriot America's)."""
    from bot.normalize import analyze

    assert analyze(text, service.matcher.aliases) == terms


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("What year did Ankara kick off its purchase of Moscow's air-defence batteries?", "turkey-bought-s400-in-2017"),
        (
            "Who in Washington and the US press has been floating the notion of trading Moscow's air-defence kit "
            "back for stealth jets?",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
    ],
)
def test_a_weapon_described_by_its_country_is_that_weapon(service, question, claim):
    _assert_matches(service, question, claim)


def test_a_sending_undone_by_back_across_a_long_object(service):
    """ "ship the Russian-made air-defence batteries back" returns them: the verb of sending
    is not a delivery (``normalize._sent_back``, seven words)."""
    from bot.normalize import read_question

    read = read_question("Might Ankara eventually ship the Russian-made air-defence batteries back to Moscow?")
    assert "ship" not in [word for _, word in read.words]
    answer = service.ask(
        "Might Ankara eventually ship the Russian-made air-defence batteries back to Moscow?", log=False
    )
    assert answer.answer.claim is None or answer.answer.claim.id != "s400-for-f35-exchange"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # synonyms of session 12 (the alias table): losses, pile up, without a fight, press
        # officer, poison, an edge over
        (
            "heard that turkey's losses over the s-400 may pile up bc america won't drop it, is that true?",
            "s400-damage-could-increase",
        ),
        (
            "lowkey seems like turkey's not gonna give the s400s back without a fight huh?",
            "s400-will-not-be-easily-returned",
        ),
        (
            "How did the Turkish military's press officer answer Washington's hints about giving up the "
            "Russian system?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
        (
            "Did the shooting down of a Russian bomber in 2015 poison ties between Ankara and the Kremlin?",
            "su24-downing-2015-soured-relations",
        ),
        # a number offered to be confirmed need not be the claim's ("like 2 billion")
        ("how much did turkey pay for the s400s, like 2 billion or smth?", "s400-deal-worth-2-5-billion"),
        # passed "to any other nation" is to a third country
        (
            "Does the agreement Ankara signed with Moscow forbid passing the batteries on to any other nation?",
            "s400-contract-bans-third-country-transfer",
        ),
    ],
)
def test_session_twelve_paraphrases_are_answered(service, question, claim):
    _assert_matches(service, question, claim)


def test_any_other_country_still_asks_about_another(service):
    """ "to any other nation" names a third country; "did any other country buy it?" asks
    about a country besides Turkey, which no claim answers."""
    from bot.normalize import tokens

    assert tokens("sell it to any other nation") == ["sell", "it", "to", "a", "third", "country"]
    assert tokens("did any other country buy the s-400") == ["did", "any", "other", "country", "buy", "the", "s400"]
    assert service.ask("did any other country buy the s-400?", log=False).answer.outcome != "match"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a saying in the passive, by someone named ("it" says nothing itself here)
        (
            "Was it reported by Bloomberg that a return of the S-400s is being considered by Turkey?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "Was it stated by US Ambassador Tom Barrack that the S-400 issue could be settled within four to six "
            "months?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        # giving a timeline is saying one
        (
            "Did Tom Barrack give a four-to-six-month timeline for a resolution of the S-400 issue?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_a_saying_in_the_passive_or_a_timeline_given_asks_who_said_it(service, question, claim):
    from bot.normalize import asks

    assert "said" in asks(question)
    assert "said" not in asks("it says in the article that turkey bought it")
    _assert_matches(service, question, claim)


def test_an_act_to_another_country_than_the_claims_is_held(service):
    """``Tuning.role_check``: the question's act goes "to the United States", the claim's to
    Russia (returning the S-400 for F-35s), which the question does not name."""
    answer = service.ask("Could Turkey deliver F-35 jets to the United States in return for S-400 systems?", log=False)
    assert answer.answer.outcome != "match"
    assert "the question asks about usa, where the claim is about russia" in answer.answer.why
    _assert_matches(
        service, "Could Turkey hand its S-400 systems back to Russia for F-35 jets?", "s400-for-f35-exchange"
    )


def test_a_weapon_asked_in_anothers_place_is_held(service):
    """``Tuning.swap_check`` reads weapons as it reads countries (``match.SWAP_KINDS``): the
    F-35, which the claim does not name, in the place of its S-400."""
    answer = service.ask("did turkey take delivery of any f-35 before its removal?", log=False).answer
    assert answer.outcome != "match"
    assert "the question asks about f35, where the claim is about s400" in answer.why
    _assert_matches(service, "did turkey take delivery of s-400 parts in 2019?", "s400-components-delivered-2019")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # the seller asked where the claim has the buyer: the same transfer (``roles.acts_as_claimed``)
        ("Did Moscow sell the S-400s to Turkey in a $2.5 billion deal?", "s400-deal-worth-2-5-billion"),
        ("Did Russia start selling S-400 systems to Turkey in 2017?", "turkey-bought-s400-in-2017"),
        # chat spellings and nouns of session 12
        ("turkey not tryna mess up things w russia over the s400s?", "turkey-protects-russia-relationship"),
        (
            "turkey had a china arms deal in 2017 and the us made em drop it?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        ("Is an S-400 return under consideration in Ankara?", "turkey-considering-s400-return"),
        ("On the S-400, has Turkey's position been kept the same?", "turkey-s400-position-unchanged"),
    ],
)
def test_the_other_side_of_an_act_and_chat_spellings_are_answered(service, question, claim):
    _assert_matches(service, question, claim)


def test_erdogans_government_is_turkey(service):
    """ "erdogan's govt" acts for Turkey (the alias table), as "erdogan's party" is the AKP."""
    _assert_matches(
        service, "is erdogan's govt actually thinking abt returning the s400 rn or no", "turkey-considering-s400-return"
    )


# --- Session 13: idioms and general words read as what they mean ----------------------


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # hindsight returns nothing ("looking back" read as a return chose the cancelling claim)
        ("Looking back, has buying the Russian system done Ankara real damage?", "s400-caused-harm-to-turkey"),
        # "how much ... cost" asks a price ("cost turkey" alone is harm)
        ("how much did the s400 deal cost turkey?", "s400-deal-worth-2-5-billion"),
        # "the EU side" is the EU
        ("did the EU side float giving turkey's s400 to kyiv?", "s400-to-ukraine-european-proposal"),
        # "turkish politics" asks about its policy
        ("whats neo abdulhamidism in turkish politics", "neo-abdulhamidism-policy"),
        # a process that kicked off began; it was not kicked off a programme
        (
            "When did Ankara first begin acquiring the Russian air defense system? "
            "I thought the process kicked off in 2017 but I'm not sure.",
            "turkey-bought-s400-in-2017",
        ),
        # "you seen this" is asked of the reader
        (
            "barrack claimed the s400 spat gets fixed in a few months?? <@123456789012345678> you seen this",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        # two countries side by side are a pair, not the maker of "missile system"
        (
            "How long until the Turkey–US missile system dispute is over? Is something like four to six "
            "months realistic?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
        # a non-starter asks whether it is feasible
        (
            "Is it realistic for Ankara to ship the Russian air defense batteries on to Kyiv, or is that a "
            "non-starter?",
            "s400-transfer-to-ukraine-feasible",
        ),
        # a news piece is an article, not a piece of the system
        (
            "bloomberg piece said turkey might ditch the s400 to fix things w the us, is that legit",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        # a pronoun between a verb and its particle is its object: "put that forward" proposes
        (
            "Someone said Brussels floated the idea of shipping the Russian-made batteries in Turkey to Kyiv. "
            "Did officials in Europe actually put that forward?",
            "s400-to-ukraine-european-proposal",
        ),
        # what a contract "says" is what it lays down, not a saying
        (
            "What does the agreement with Moscow say about Ankara handing the systems over to another state? "
            "Is there a clause against re-export?",
            "s400-contract-bans-third-country-transfer",
        ),
        # losing one's role in a programme is being removed from it
        (
            "Turkey used to be one of the partners building the F-35. Did it lose that role after the Russian "
            "system's hardware showed up in 2019?",
            "turkey-removed-from-f35-program",
        ),
    ],
)
def test_idioms_and_general_words_read_as_what_they_mean(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("looking back, has it hurt turkey", ["harm"], ["return"]),
        ("the deal goes back further", [], ["return"]),
        ("will turkey send the s400 back to russia", ["return"], []),
        ("turkey got kicked off the f-35 program", ["remove"], ["start"]),
        ("the Turkey–US missile system dispute", ["turkey", "usa", "missile"], ["patriot"]),
        ("the american missile system", ["patriot"], []),
        ("how much did it cost turkey", ["cost"], ["harm"]),
        ("did it cost turkey dearly", ["harm"], []),
    ],
)
def test_what_the_words_read_as(service, text, present, absent):
    _assert_reads(service, text, present, absent)


def test_a_signed_contract_is_not_a_sign_of_alignment(service):
    """A keyword phrasing of the alignment claim read "s400 sign turkey tilt", so "who
    signed the s400 contract for turkey?" got that claim with confidence."""
    answer = service.ask("who signed the s400 contract for turkey?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # plural costs "to", "for" or "of" someone are harm, not a price
        ("S400 COSTS FOR TURKEY GOING TO GO UP???", "s400-damage-could-increase"),
        # keeping on pressing, refusing to let it go: insisting
        (
            "If Washington keeps pressing the issue, might the costs to Ankara from the Russian batteries keep "
            "growing?",
            "s400-damage-could-increase",
        ),
        (
            "With Washington refusing to let it go, is the toll on Ankara from the Russian kit likely to grow?",
            "s400-damage-could-increase",
        ),
        # passing something to someone transfers it
        (
            "Kyiv has been begging for air defence for ages. Did Europeans suggest Turkey pass its Russian "
            "missiles to the Ukrainians?",
            "s400-to-ukraine-european-proposal",
        ),
        # firing off correspondence sends letters
        (
            "Did American officials fire off intimidating correspondence to Ankara to kill the Russian missile deal?",
            "us-threatening-letters-over-s400",
        ),
        # turning down a request for the patriots refuses them
        ("did nato really turn down turkeys request for patriots?", "nato-refused-patriot-deployment-in-turkey"),
        # when the asker remembers it is not what is asked
        (
            "I remember parts of the S-400 showing up in Turkey a while ago. Was that in 2019?",
            "s400-components-delivered-2019",
        ),
        # "any chance" asks whether it may be so
        ("any chance kyiv ends up w turkey's s400s", "s400-transfer-to-ukraine-feasible"),
        # a hedge no longer halves an exact match (``Tuning.light_weight``)
        (
            "Might Ankara eventually ship the Russian-made air-defence batteries back to Moscow?",
            "turkey-return-s400-to-russia",
        ),
        # responding with penalties is an act, not a saying; a say-so is approval
        (
            "After parts of the Russian system arrived in Turkey, did the Trump White House respond with economic "
            "penalties under the Countering America's Adversaries law?",
            "us-caatsa-sanctions-on-turkey",
        ),
        ("would ankara return the s-400 without moscow's say-so", "s400-return-in-coordination-with-russia"),
        # "explain pls" is asked of the reader
        ("neo abdulhamidism turkey foreign policy?? explain pls", "neo-abdulhamidism-policy"),
        (
            "Did the Atlantic alliance turn down stationing US-made Patriot batteries on Turkish territory?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        # "one of the biggest fights between" two countries: a point of contention
        (
            "heard the s-400 is one of the biggest fights between ankara and washington, is that true?",
            "s400-point-of-contention-us-turkey",
        ),
    ],
)
def test_general_english_for_what_the_claims_say(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        # a saying stays a saying
        "did erdogan explain why turkey bought the s400?",
        "did the kremlin respond with a statement on the s-400 return?",
        # a trying is not a buying (the light words other than hedges keep their weight)
        "what chinese air defense system did turkey try to buy?",
        # the cost of the deal is its price; asked how it went up, nothing says so
        "did the cost of the s400 deal go up after 2017?",
    ],
)
def test_sayings_tries_and_prices_are_not_read_away(service, question):
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match" or answer.claim.id != "s400-damage-could-increase", answer.why
    if "erdogan explain" in question:
        assert answer.outcome != "match" or answer.claim.id.startswith("erdogan-said"), answer.why
    if "kremlin" in question or "chinese" in question:
        assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # "the alliance" is NATO; "on its soil" says nothing more; "its airspace" is air defence
        (
            "Was Ankara pushed toward Moscow's missiles because the alliance wouldn't station American-made "
            "batteries on its soil and it had to cover its airspace?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        (
            "Was Ankara's move toward the Russian system really driven by the alliance declining to place Patriot "
            "batteries on Turkish soil, plus the need to protect its airspace?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        # where it is kept is where it is deployed
        ("where does turkey keep its s400s lol, like which cities", "s400-deployed-in-adana-and-ankara"),
        # why the US cares so much is how it sees the purchase
        (
            "why does the us care so much about turkey buying the s400, isnt it just a weapons deal?",
            "us-sees-s400-as-russia-alignment",
        ),
    ],
)
def test_places_and_the_alliance_read_as_the_claims_say_them(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("patriots on turkish soil", ["patriot", "turkey"], ["soil"]),
        ("to protect its airspace", ["air"], ["protect"]),
        ("does turkey keep its word", ["turkey", "keep"], ["deploy"]),
    ],
)
def test_places_and_airspace_as_read(service, text, present, absent):
    _assert_reads(service, text, present, absent)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # letting, permitting: what the contract allows
        ("Does the S-400 deal let Turkey resell the missiles?", "s400-contract-bans-third-country-transfer"),
        (
            "Say Turkey wanted to offload the system to some other buyer. Does the purchase agreement even permit "
            "that?",
            "s400-contract-bans-third-country-transfer",
        ),
        # copying, modelled on, in the style of: following
        ("is the AKP running a foreign policy modelled on abdul hamid II", "neo-abdulhamidism-policy"),
        (
            "I'm an Ottoman history nerd. Is Turkey's ruling party really copying Abdul Hamid II by playing Russia "
            "and the US off each other?",
            "neo-abdulhamidism-policy",
        ),
        # a transfer to someone, with a hyphenated name between
        (
            "someone on twitter said turkey could just pass the s-400s to kyiv, legit?",
            "s400-transfer-to-ukraine-feasible",
        ),
    ],
)
def test_permission_and_imitation_read_as_the_claims_say_them(service, question, claim):
    _assert_matches(service, question, claim)


def test_a_request_for_permission_is_not_the_contract(service):
    """ "permission" is not read as what the contract allows: asking Russia for it is
    another question."""
    answer = service.ask("did turkey ask russia for permission to transfer the s-400?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Has Turkey already sent any S-400 parts to Ukraine?",
        "Was the S-400 issue actually resolved by the four-to-six-month deadline?",
        "I saw people celebrating online. When did Turkey actually ship its S-400s to Ukraine?",
        "has turkey returned the s400s to russia yet?",
    ],
)
def test_whether_it_has_happened_is_not_answered_by_a_possibility(service, question):
    """``Tuning.done_check``: "already", "yet", "actually" after did/has/was ask whether it
    has come about; a claim that records it as possible or proposed ("hedged" in its
    relations) does not say so, and the why line tells."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    # (session 16: the question sentence alone asks when, as "When did Turkey actually ship
    # ...?" does, and the claim gives no date either; the why line names that first)
    assert "only as possible or proposed" in answer.why or "gives no date" in answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # asked as done, of a claim that it was done: answered
        ("Were S-400 components already delivered to Turkey in 2019?", "s400-components-delivered-2019"),
        # asked about the saying, the saying is done
        (
            "did bloomberg actually report that turkey is considering returning the s400?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        # a magnitude after a number; "it's possible ..., yeah?" is a hedge
        ("how much did turkey pay for the s400s, like 2.5b?", "s400-deal-worth-2-5-billion"),
        ("It's possible the S-400s end up being returned to Russia by Turkey, yeah?", "turkey-return-s400-to-russia"),
        # "the country that sold them" is where a return goes, not a sale
        (
            "Might the Turkish government ship its Russian-made air-defence batteries back to the country that "
            "sold them?",
            "turkey-return-s400-to-russia",
        ),
        # descriptions of the actors
        (
            "Does Moscow's missile system stand for the partnership between the Kremlin leader and the Turkish "
            "head of state?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Have officials from European capitals suggested that Ankara's Russian-built missile batteries be "
            "shipped to Kyiv?",
            "s400-to-ukraine-european-proposal",
        ),
        # "I keep seeing posts hinting ..." frames; "a real possibility" asks whether it may be
        (
            "I keep seeing posts hinting Ankara might hand the S-400s back to Moscow. Is that a real possibility?",
            "turkey-return-s400-to-russia",
        ),
        ("The S-400s are still deployed in places like Adana and Ankara, right?", "s400-deployed-in-adana-and-ankara"),
        ("is the s400 thing like the main beef between the us and turkey lol", "s400-point-of-contention-us-turkey"),
    ],
)
def test_session_13_tuning_set_styles(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("the Turkey–US missile system dispute", ["turkey", "usa"], ["patriot"]),
        ("Ankara's Russian-built missile batteries", ["turkey", "s400"], ["missile"]),
        ("like 2.5b", ["2.5", "billion"], ["b"]),
        ("the turkish government", ["turkey"], ["government"]),
    ],
)
def test_pairs_magnitudes_and_governments_as_read(service, text, present, absent):
    _assert_reads(service, text, present, absent)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Bloomberg reported that Turkey is weighing a return of the S-400. Is that right?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "Tom Barrack said the S-400 issue could be fixed in four to six months. Is that true?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        (
            "European officials proposed sending Turkey's S-400s to Ukraine. Is that correct?",
            "s400-to-ukraine-european-proposal",
        ),
    ],
)
def test_a_saying_confirmed_by_a_question_of_no_words_of_its_own_is_about_the_saying(service, question, claim):
    """ "X said Y. Is that right?" asks whether X said it: the question sentence has no
    words of its own, so the sentence before it is not mere hearsay that sets it up."""
    _assert_matches(service, question, claim)


def test_hearsay_before_a_question_of_its_own_still_sets_it_up(service):
    """The rule above leaves the rumour mill as it was: the question has words of its own."""
    question = "The rumour mill says Turkey is having second thoughts. Is it really weighing giving up the S-400s?"
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "turkey-considering-s400-return", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # framings of whether it is so
        ("Isn't it the case that NATO refused to put Patriots in Turkey?", "nato-refused-patriot-deployment-in-turkey"),
        ("Is it wrong to say the S-400 has hurt Turkey a lot?", "s400-caused-harm-to-turkey"),
        # blaming one thing for another says why
        (
            "Am I wrong that Erdogan blamed NATO's Patriot refusal for the S-400 buy?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        # costing someone dearly is harm, not a price
        ("Has buying the Russian missiles cost Ankara dearly?", "s400-caused-harm-to-turkey"),
        ("will US pressure make the s-400 cost ankara even more", "s400-damage-could-increase"),
        # "two and a half billion" is 2.5 billion; striking a deal signs it
        (
            "Did Ankara strike a deal with Moscow worth two and a half billion dollars for the missiles?",
            "s400-deal-worth-2-5-billion",
        ),
        # nothing is different; the Kremlin chief
        (
            "The US keeps hinting at a deal on Turkey's missiles. How did the Turkish Armed Forces' press "
            "adviser respond — did he say nothing's different?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
        (
            "Has the Russian air-defence system become an emblem of the working relationship between the "
            "Kremlin chief and the Turkish president?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
    ],
)
def test_framings_costs_and_numbers_in_words(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    ["is turkey considering buying more s400s?", "did bloomberg report that turkey is considering buying more s400s?"],
)
def test_buying_more_asks_about_a_further_purchase(service, question):
    """ "buying more" is a purchase further (``FURTHER_TERMS``): the claims that Turkey is
    considering a return do not answer it (one held "buy" in a phrasing, confidence 100)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a cleft names who said it and asks whether it was so
        (
            "Was it Erdogan who said, in a TV interview, that NATO's Patriot refusal drove the S-400 decision?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        (
            "My friend claims it was American outlets and politicians who pushed the idea of Turkey handing its "
            "S-400s back to Russia for F-35 deliveries. Is that right?",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
        # a passive names who said it after "by"
        (
            "Sending Turkey's S-400s to Ukraine: was that proposed by officials in Europe?",
            "s400-to-ukraine-european-proposal",
        ),
        # a question of no words of its own confirms the sentence before it
        (
            "My friend claims the S-400 purchase was around $2.5 billion. Is that the figure?",
            "s400-deal-worth-2-5-billion",
        ),
        # fallout is harm; "over the years" asks no date; pushing so hard insists; even bigger grows
        (
            "Looking back at all the fallout over the years, has the S-400 purchase seriously hurt Turkey?",
            "s400-caused-harm-to-turkey",
        ),
        ("could the s400 fallout get even worse for turkey w the us pushing so hard", "s400-damage-could-increase"),
        ("Will US pressure make the S-400 fallout for Turkey even bigger?", "s400-damage-could-increase"),
    ],
)
def test_clefts_passive_speakers_and_confirmations(service, question, claim):
    _assert_matches(service, question, claim)


def test_who_asked_in_earnest_still_asks_who(service):
    """The cleft rule leaves "who" asked: "who said ..." still asks who said it."""
    assert "which" in asks("who said the s-400 issue could be resolved in months?")
    assert "which" not in asks("was it barrack who said the s-400 issue could be resolved in months?")


def test_an_emoji_between_two_sentences_ends_the_first(service):
    """A custom emoji between a remark and a capitalised question reads as the end of the
    remark, so the remark sets the question up ("some analysts say" frames it too)."""
    text = (
        "Some analysts say the S-400 was never just about air defence <:hmm:123456789012345678> Did Turkey "
        "originally buy it as part of a balancing strategy against the United States?"
    )
    assert strip_chat_noise(text).startswith("the S-400 was never just about air defence. Did Turkey")
    assert strip_chat_noise("did turkey  Did it return") == "did turkey Did it return"  # typed spaces are no markup
    _assert_matches(service, text, "s400-purchase-part-of-balancing-policy")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Is the S-400 a sign of how close Putin and Erdogan have become?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "is the s400 basically the face of the putin-erdogan bromance lol",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
    ],
)
def test_the_face_of_and_how_close(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("kept the s400 in the face of us pressure", ["pressure"], ["symbol"]),  # despite, not a symbol
        ("how close is turkey to a deal", ["turkey", "deal"], ["cooperation"]),  # nearness, not closeness
    ],
)
def test_the_face_of_and_how_close_elsewhere(service, text, present, absent):
    _assert_reads(service, text, present, absent)


# --- Session 14: what a question asks, read from its structure ---------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a noun after "what", before its verb, is asked by its kind: which penalty
        ("What penalty does the S-400 contract set if Turkey transfers the systems?", "penalty"),
        ("what sanctions law did the US use against turkey", "sanctions law"),
        # "what did", "what is", "what year", "what conditions" ask something else
        ("what did russia say about it", ""),
        ("what is the s400", ""),
        ("what year did turkey buy the s400", ""),
        ("under what conditions would the s400 get returned", ""),
    ],
)
def test_what_and_a_noun_asks_which_one(question, kind):
    from bot.normalize import read_question

    assert read_question(question).kind_asked == kind


def test_a_penalty_the_contract_does_not_give_is_not_its_answer(service):
    """The eighteenth set's wrong answer: the ban on third-country transfers was the confident
    answer to what penalty the contract sets (it sets none the article gives)."""
    answer = service.ask(
        "What penalty does the S-400 contract set if Turkey transfers the systems to a third country?", log=False
    ).answer
    assert answer.outcome != "match", answer.why
    assert "asks which sanction" in answer.why and "penalty" in answer.why_plain, answer.why_plain
    # the kind held by the claim, in other words ("sanctions law": CAATSA), is no hold
    law = service.ask("what sanctions law did the US use against Turkey for the S400", log=False).answer
    assert law.outcome == "match" and law.claim.id == "us-caatsa-sanctions-on-turkey", law.why


def test_whether_it_happened_is_asked_after_a_comma_too(service):
    """ "Now that six months have passed, was it actually resolved?" asks whether the forecast
    came about; the "done" reading looked only at the text's first words."""
    from bot.normalize import read_question

    question = "Now that six months have passed, was the S-400 issue actually resolved on Barrack's timeline?"
    assert "done" in read_question(question).asks
    assert "done" not in read_question("Right, will the S-400 issue be resolved in six months?").asks
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "only as possible or proposed" in answer.why


def test_an_envoys_post_is_no_place(service):
    """ "Tom Barrack, the US Ambassador to Turkey, said ..." says where Barrack is posted, not
    where anything happened: "where was Barrack when he said it?" got his claim with
    confidence (``INDEX_VERSION`` 18). A claim that says where still gives a place."""
    from bot.index import index_document

    aliases = service.matcher.aliases
    barrack = index_document(service.get_claim("barrack-said-s400-issue-resolvable-in-months"), aliases)
    assert "place" not in barrack.relations.split()
    adana = index_document(service.get_claim("s400-deployed-in-adana-and-ankara"), aliases)
    assert "place" in adana.relations.split()
    answer = service.ask("Where was Tom Barrack when he commented on the S-400 timeline?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "names no place" in answer.why


def test_a_passive_naming_another_party_done_to_is_held(service):
    """The twentieth set's wrong answer: "Was the United States dropped from the F-35
    program?" names one party, done to, where the claim has Turkey removed. A passive says
    who it is done to (``roles.clash``, ``Tuning.one_party_roles``); an active question
    naming one party does not say it surely enough (19 right answers lost on the tuning
    files when it was read so too)."""
    from bot.roles import roles

    aliases = service.matcher.aliases
    (asked,) = [r for r in roles("Was the United States dropped from the F-35 program?", aliases) if r.act == "remove"]
    assert asked.passive and asked.second == "usa" and not asked.first
    answer = service.ask(
        "Was the United States dropped from the F-35 program over Turkey's S-400 purchase?", log=False
    ).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service, "Was Turkey dropped from the F-35 program over its S-400 purchase?", "turkey-removed-from-f35-program"
    )


def test_what_a_claim_says_under_a_condition_does_not_say_the_condition_holds(service):
    """ "The S-400 might be returned if Russia concludes that such a move would be
    beneficial" does not say Russia concluded anything; "If Turkey intends to return the
    S-400, it will do so in coordination with Russia" does not say Turkey intends to. Asked
    whether the condition holds, both were confident answers (index version 19, ``cond:``;
    ``Tuning.condition_check``)."""
    from bot.index import index_document

    aliases = service.matcher.aliases
    benefits = index_document(service.get_claim("s400-return-if-russia-benefits"), aliases).relations.split()
    assert {"cond:conclud", "cond:benefit"} <= set(benefits) and "cond:return" not in benefits
    # "it will do so": what is done is the return; only the intending is the condition
    coordination = index_document(service.get_claim("s400-return-in-coordination-with-russia"), aliases)
    assert "cond:intend" in coordination.relations.split() and "cond:return" not in coordination.relations.split()
    for question in (
        "Does Turkey intend to return the S-400?",
        "Did Russia conclude that taking back the S-400 would be beneficial?",
    ):
        answer = service.ask(question, log=False).answer
        assert answer.outcome == "suggest", (question, answer.why)
        assert "would follow if" in answer.why_plain, answer.why_plain
    # asked what would follow, or what it takes, the conditional claim answers
    _assert_matches(service, "would the s400 go back if russia saw a benefit", "s400-return-if-russia-benefits")
    _assert_matches(
        service,
        "is russia benefiting from it the condition for the s400 going back",
        "s400-return-if-russia-benefits",
    )
    _assert_matches(
        service, "would ankara return the s-400 without russia's agreement?", "s400-return-in-coordination-with-russia"
    )
    # a word the condition holds is no reason to suggest anything for a question off the topic
    assert service.ask("is the ps5 pro worth it", log=False).answer.outcome == "none"


# Questions a new user asked in session 14 (written by the engineer, not a question set):
# each was a confident answer with a claim that does not say what it asks.
@pytest.mark.parametrize(
    ("question", "why"),
    [
        # "again" is a stop word: the list of words asking about something further never saw it
        ("Did the US threaten to sanction Turkey again?", "something new, again or other"),
        # a number the claim does not give, in a yes-no question
        ("Is the S-400 deal worth 3 billion dollars?", "gives a number"),
        # what someone is asked to have said, as done, of a claim that they said it may be
        ("Did Bloomberg say Turkey returned the S-400?", "whether it has happened"),
        # (its "did you mean" is the forecast itself, which he did not say either)
        ("Did Barrack say the S-400 issue was resolved?", ""),
        # back in a programme is readmitted to it, which the claim of the removal does not say
        ("Is Turkey back in the F-35 program?", "whether it was undone"),
    ],
)
def test_what_a_new_user_asked_that_the_claim_does_not_say(service, question, why):
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert why in answer.why_plain, answer.why_plain


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("what was the s400 deal worth again?", "s400-deal-worth-2-5-billion"),  # "again": remind me
        ("would returning the s400 get turkey-us ties normal again?", "s400-return-would-normalize-us-relations"),
        ("is the s400 deal worth 2.5 billion dollars?", "s400-deal-worth-2-5-billion"),  # the claim's own number
        (
            "did bloomberg say turkey is considering returning the s400?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        ("did barrack say the s400 issue could be resolved in months?", "barrack-said-s400-issue-resolvable-in-months"),
        (
            "<@1123> did barrack rly say 4 to 6 months for the s400 thing",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        ("was turkey kicked out of the f-35 program", "turkey-removed-from-f35-program"),
        ("is turkey sending the s400 back to russia?", "turkey-return-s400-to-russia"),
    ],
)
def test_what_a_new_user_asked_that_the_claim_says(service, question, claim):
    _assert_matches(service, question, claim)


def test_a_mention_of_any_length_is_markup():
    assert strip_chat_noise("<@1123> hi <#55> <@&77> <:e:9>") == "hi"


def test_what_was_said_as_done_and_what_was_said_as_possible():
    """``said_as_done``: a past or perfect verb in what someone is asked to have said, not
    one of considering or proposing; ``gives``: "said-hedged" when what was said is hedged,
    not only the verb of saying."""
    from bot.normalize import said_as_done

    assert said_as_done("did bloomberg say the issue was resolved")
    assert not said_as_done("did bloomberg say turkey has considered returning it")
    assert not said_as_done("did bloomberg say the issue could be resolved")
    assert not said_as_done("who came up with the idea that turkey returned it")  # no verb of saying
    assert "said-hedged" in gives("Barrack said the issue could be resolved within months.")
    assert "said-hedged" not in gives("Officials suggested that Turkey returned the systems.")


# The twenty-fourth set (session 14, a tuning set of a sceptical new user's questions):
# near-topic questions that were confident answers with a claim that does not say it.
@pytest.mark.parametrize(
    "question",
    [
        # a perfect asks whether it has come about; the claims record it as possible
        "Has Turkey returned its S-400s to Russia?",
        "Have Turkey's relations with the US been normalized now that the S-400s are gone?",
        "Has Turkey cancelled the S-400 contract?",
        # another one, more of them, revived: something further or undone
        "Did the US send Turkey another threatening letter recently?",
        "Will Turkey deploy S-400s to more cities?",
        "Did Turkey revive the cancelled Chinese weapons deal?",
        # names the alias table now knows: a weapon class, an energy project
        "Did the US sanction Turkey under CAATSA for buying Russian helicopters?",
        "is turkstream a symbol of russia-turkey cooperation?",
    ],
)
def test_a_sceptical_new_users_near_topic_questions_are_not_confident_matches(service, question):
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a perfect of a claim that records it as done is answered
        ("Has Turkey been removed from the F-35 program?", "turkey-removed-from-f35-program"),
        ("has the s400 purchase caused turkey considerable harm?", "s400-caused-harm-to-turkey"),
        # considering is not doing: "has turkey considered" asks what the claim says
        ("Has Turkey considered returning the S-400?", "turkey-considering-s400-return"),
        # "another country" is a third party, not a further one
        ("can turkey sell the s400 to another country?", "s400-contract-bans-third-country-transfer"),
    ],
)
def test_a_sceptical_new_users_questions_the_claims_answer(service, question, claim):
    _assert_matches(service, question, claim)


def test_the_why_line_names_the_word_of_a_further_one_the_member_typed(service):
    """Members see their own words (issue 9, point 4): "another", not the "again" it is
    read as."""
    answer = service.ask("Did the US send Turkey another threatening letter recently?", log=False).answer
    assert "another" in answer.why_plain and "again" not in answer.why_plain.split("(")[1], answer.why_plain


def test_the_why_line_shows_the_words_an_idiom_stood_for(service):
    """An idiom is read as plain words ("back in the program" as readmitted, "half a year"
    as six months); the why line a member sees shows the words they typed."""
    from bot.normalize import idiom_words

    assert idiom_words("Is Turkey back in the F-35 program?")["readmitted"] == "back in the"
    assert idiom_words("will turkey return the s400") == {}
    answer = service.ask("Is Turkey back in the F-35 program?", log=False).answer
    assert "back in" in answer.why_plain and "readmit" not in answer.why_plain, answer.why_plain
    matched = service.ask("can the s400 issue be resolved within half a year?", log=False).answer
    assert "six" not in matched.why_plain and matched.why_plain.count("half a year") == 1, matched.why_plain


# --- Session 15: a fresh writer's questions (tuning set twenty-six) -----------------------


@pytest.mark.parametrize(
    "question",
    [
        # "already" or "finally" asks whether it came about, wherever it stands
        "Ukraine already receive S-400 from Turkey?",
        "I heard the S-400 issue was finally resolved last month. Is that true?",
    ],
)
def test_already_or_finally_asks_whether_it_happened(service, question):
    """A claim that records something as possible (the transfer to Ukraine is feasible; the
    issue could be resolved) was the confident answer to whether it has happened."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "only as possible or proposed" in answer.why, answer.why


def test_already_under_a_hedge_asks_nothing_done():
    """ "would Ankara trade it for finally getting the F-35s?" asks what could happen."""
    from bot.normalize import read_question

    assert "done" in read_question("Ukraine already receive S-400 from Turkey?").asks
    assert "done" not in read_question("would ankara trade the s400 for finally getting its f-35s").asks
    assert "done" not in read_question("will the s400 issue finally be resolved").asks


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Was a four-to-six-month timeline for settling the S-400 question put forward by "
            "Washington's envoy to Turkey?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_naming_who_said_it_asks_about_the_saying(service, question, said):
    """The claim about the thing itself was the confident answer to a question that names
    who said it; the claim that he said it was close behind."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == said, answer.why


@pytest.mark.parametrize("question", ["tom barrack s400 resolved 4-6 months", "zeki akturk s400 position unchanged"])
def test_a_speaker_and_the_words_alone_are_not_the_thing_itself(service, question):
    """Keywords naming who said it fit the claim that he said it as well as the thing said:
    the claim about the saying answers (the thing itself was the confident answer), and the
    two holding every word is no vagueness (writers naming the speaker meant the saying in
    391 of 397 tuning questions)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and "-said-" in answer.claim.id, (answer.claim.id, answer.why)


def test_what_is_asked_for_its_circumstance_is_the_question(service):
    """ "Has Turkey been compensated ... for its expulsion from the F-35 programme?" got the
    claim that Turkey was removed, which says nothing of compensation."""
    from bot.normalize import question_main

    assert question_main("has turkey been compensated by washington for its expulsion from the f35 program") == (
        "has turkey been compensated by washington "
    )
    answer = service.ask(
        "Has the Turkish government been compensated by Washington for its expulsion from the F-35 programme?",
        log=False,
    ).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Why NATO not want put Patriot in Turkey, what is reason?",
        "Erdogan blamed NATO for not deploying Patriots. I'm curious about the other side of the story. "
        "What reason did NATO give for not sending Patriots to Turkey?",
    ],
)
def test_a_reason_asked_is_not_a_word_in_common(service, question):
    """ "what is reason?" shared the word "reason" with the claim that NATO's refusal was the
    reason for the purchase, and so the question seemed to share more than names."""
    from bot.normalize import read_question

    assert "reason" in read_question("what reason did nato give for not sending patriots").asks
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "I'm new to Turkish politics. I keep seeing the S-400 mentioned in every article about Turkey "
            "and America. Has the S-400 purchase become a significant point of contention between the US "
            "and Turkey?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "Before the S-400, I vaguely remember Turkey tried to buy from another non-NATO country and it "
            "didn't go through. I can't recall the details. Did Turkey sign a contract with China for a "
            "weapons system in 2017 and then cancel it under US pressure?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
    ],
)
def test_something_further_is_asked_by_the_question_sentence(service, question, claim):
    """ "new" or "another" in a sentence that sets the question up asks nothing further."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why
    # in the question itself it still does
    again = service.ask(
        "I keep reading about this. Did Turkey sign another weapons contract with China?", log=False
    ).answer
    assert again.outcome != "match", again.why


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The S-400 purchase has caused considerable harm to Turkey.", {"to:turkey"}),
        ("Has Turkey's S-400 purchase caused considerable harm to the United States?", {"to:usa"}),
        ("Did the US impose sanctions on Russia for delivering S-400 parts to Turkey?", {"on:russia", "to:turkey"}),
        ("Has Turkey deployed S-400 systems in Russian cities?", {"in:russia"}),
        # an infinitive, a party's word for a thing, where someone is posted, "due to": no party
        ("Will it be hard to get Turkey to give up the S-400?", set()),
        ("Could parting with the Russian kit help Ankara and Washington get back on good terms?", set()),
        ("Tom Barrack, the US Ambassador to Turkey, said so.", set()),
        ("It was cancelled due to US pressure.", set()),
    ],
)
def test_the_parties_after_a_preposition(service, text, parties):
    from bot.normalize import prep_parties

    assert prep_parties(text, service.matcher.aliases) == parties


@pytest.mark.parametrize(
    "question",
    [
        "Has Turkey's S-400 purchase caused considerable harm to the United States?",
        "Will the S-400 system not easily be returned to Turkey?",
        "Did the Trump administration impose CAATSA sanctions on Russia for delivering S-400 components to Turkey?",
    ],
)
def test_another_party_after_a_preposition_is_another_act(service, question):
    """The twentieth set's wrong answers: harm to the United States got the claim of harm
    to Turkey, sanctions on Russia the claim of sanctions on Turkey (``Tuning.party_check``,
    index version 21)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "where the claim is about" in answer.why, answer.why
    same = service.ask("Has the S-400 purchase caused considerable harm to Turkey?", log=False).answer
    assert same.outcome == "match" and same.claim.id == "s400-caused-harm-to-turkey", same.why


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Turkey's position on the S-400 remains unchanged.", {"position:turkey"}),
        ("the turkish government's stance on it", {"position:turkey"}),
        ("the position of turkey", {"position:turkey"}),
        (
            "Have European officials proposed sending Ukraine's air defense systems?",
            {"air:ukraine", "defens:ukraine", "system:ukraine"},
        ),
        # a party that acts, or a demonym, owns nothing
        ("The United States sent Turkey threatening letters", set()),
        ("Did the US see Turkey's purchases of Russian gas as alignment?", {"buy:turkey"}),
    ],
)
def test_what_a_party_has(service, text, owned):
    from bot.normalize import possessions

    assert possessions(text, service.matcher.aliases) == owned


def test_another_owner_of_the_same_thing_is_another_claim(service):
    """ "sending Ukraine's air defense systems to Turkey" got the proposal to send Turkey's
    S-400 systems to Ukraine (``Tuning.owner_check``)."""
    answer = service.ask(
        "Have European officials proposed sending Ukraine's air defense systems to Turkey?", log=False
    ).answer
    assert answer.outcome != "match", answer.why
    assert "where the claim is about turkey" in answer.why, answer.why
    same = service.ask("Have European officials proposed sending Turkey's S-400 systems to Ukraine?", log=False).answer
    assert same.outcome == "match" and same.claim.id == "s400-to-ukraine-european-proposal", same.why


def test_what_follows_the_question_only_says_why_it_is_asked(service):
    """ "Turkey will give back S-400 to Russia or not? I am reading many news." lost its
    claim to "reading", from the sentence after the question."""
    from bot.normalize import asked_sentence

    question = "Turkey will give back S-400 to Russia or not? I am reading many news."
    assert asked_sentence(question) == "Turkey will give back S-400 to Russia or not?"
    # one that asks, without its question mark, is a question too
    assert asked_sentence("europeans want turkey's s400 shipped to ukraine?? whose idea was that") is None
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "turkey-return-s400-to-russia", answer.why


def test_a_relative_which_asks_nothing(service):
    """ ", which could help patch things up" read as asking which, and the claim was held
    back for not naming "twitter"."""
    from bot.normalize import read_question

    assert "which" not in read_question("Bloomberg said it, which could help. Did they?").asks
    assert "which" in read_question("Which outlet reported it, Bloomberg?").asks
    answer = service.ask(
        "Saw on twitter that Bloomberg reported Ankara is weighing giving back its S-400s, which could help "
        "patch things up with the US. Did Bloomberg report that?",
        log=False,
    ).answer
    assert answer.outcome == "match", answer.why
    assert answer.claim.id == "bloomberg-reported-turkey-considering-s400-return", answer.why


def test_newspapers_are_the_media(service):
    answer = service.ask(
        "American newspapers and officials are saying Turkey give S-400 back to Russia and take F-35, "
        "they really said this?",
        log=False,
    ).answer
    assert answer.outcome == "match", answer.why
    assert answer.claim.id == "us-media-officials-suggested-s400-return-for-f35", answer.why


def test_what_may_not_be_done_does_not_say_it_was(service):
    """ "Did Turkey sell its S-400s to a third country?" got the contract's ban on selling
    them with confidence (``Tuning.banned_check``, index version 22)."""
    from bot.normalize import asks_event, gives

    assert "banned" in gives("Turkey does not have the right to sell or transfer the systems.")
    assert asks_event("did turkey sell its s400s to a third country")
    assert not asks_event("did the contract forbid turkey to sell them")
    answer = service.ask("Did Turkey sell its S-400s to a third country?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "only that it may not be done" in answer.why, answer.why
    assert "may not be done" in answer.why_plain, answer.why_plain
    allowed = service.ask("Is Turkey allowed to sell its S-400s to a third country?", log=False).answer
    assert allowed.outcome == "match" and allowed.claim.id == "s400-contract-bans-third-country-transfer", allowed.why


@pytest.mark.parametrize(
    "question",
    [
        "did the us impose further caatsa sanctions on turkey later on?",
        "Were more S-400 components transferred to Turkey after 2019?",
        "did bloomberg do a follow up story on the s400 return thing",
    ],
)
def test_further_ones_with_a_name_between(service, question):
    """ "further sanctions", "more S-400 components" (a name between "more" and the thing)
    and a follow-up ask about another one than the claim's (tuning set twenty-seven)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    # "grow further" is no further one
    grow = service.ask("Could the damage to Turkey from the S-400 grow further?", log=False).answer
    assert grow.outcome == "match" and grow.claim.id == "s400-damage-could-increase", grow.why


@pytest.mark.parametrize(
    "question",
    [
        "In general, do arms contracts ban transfer to third countries?",
        "general question not just about turkey: is it legal to resell weapons you bought from another country?",
        "What is a balancing policy in international relations?",
    ],
)
def test_a_question_in_general_is_not_answered_by_one_case(service, question):
    from bot.normalize import read_question

    aliases = service.matcher.aliases
    assert read_question(question, aliases).general
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "in general" in answer.why_plain, answer.why_plain
    # naming a case, "what is a ..." asks about it
    assert not read_question("what is a major sticking point between the us and turkey", aliases).general


@pytest.mark.parametrize(
    "question",
    [
        "Did returning the S-400 normalize Turkey's relations with the United States?",
        "Has the damage from the S-400 to Turkey actually increased since then?",
        "Did European officials send Turkey's S-400 systems to Ukraine?",
    ],
)
def test_what_a_claim_records_as_possible_is_not_done(service, question):
    """ "could help normalize", "could potentially increase", "have proposed sending":
    asked whether it happened, held (``Tuning.may_check``, index version 23)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    could = service.ask("Could returning the S-400 normalize Turkey's relations with the US?", log=False).answer
    assert could.outcome == "match" and could.claim.id == "s400-return-would-normalize-us-relations", could.why


@pytest.mark.parametrize(
    "question",
    [
        "Is Tom Barrack still the US ambassador to Turkey?",
        "are the caatsa sanctions on turkiye still on or no",
        "is turkey still excluded from the f35 program now or did that change?",
        "Is NATO still refusing to deploy Patriots in Turkey?",
    ],
)
def test_whether_it_still_holds_is_not_what_happened(service, question):
    """A claim that something happened (sanctions imposed, Turkey removed, NATO refused)
    says nothing of now (``Tuning.still_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "still holds" in answer.why_plain, answer.why_plain


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a claim that it lasts ("remain deployed", "remains unchanged", "has become")
        ("are the s400s still deployed in adana and ankara?", "s400-deployed-in-adana-and-ankara"),
        ("is turkey's s-400 position still unchanged?", "turkey-s400-position-unchanged"),
        ("is the s400 still a point of contention between the us and turkey?", "s400-point-of-contention-us-turkey"),
        # a claim that it ended answers whether it goes on, after a sentence of context too
        ("is turkey still part of the joint f35 production program?", "turkey-removed-from-f35-program"),
        (
            "I read a lot about the F-35 saga. Is Turkey still part of the joint F-35 production program?",
            "turkey-removed-from-f35-program",
        ),
    ],
)
def test_a_claim_that_lasts_or_ended_answers_still(service, question, claim):
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Did the US apologize for the threatening letters over the S-400?",
        "Did the Trump administration oppose imposing CAATSA sanctions on Turkey at first?",
        "Turkey was late with payments to Russia for S-400, is that true?",
        "Did the US threatening letters make Turkey speed up the S-400 delivery?",
    ],
)
def test_an_act_of_its_own_the_claim_lacks(service, question):
    """Apologising, opposing, paying late, speeding up: another event than the claim's,
    whatever else the question shares with it (``Tuning.act_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    # a paraphrase of the claim's own act is no act of its own
    denied = service.ask(
        "Does the S-400 contract deny Turkey the right to resell or hand the systems over to other countries?",
        log=False,
    ).answer
    assert denied.outcome == "match" and denied.claim.id == "s400-contract-bans-third-country-transfer", denied.why


def test_bottom_line_is_noise(service):
    """ "Bottom line: might Turkey end up giving the S-400s back?" read "bottom" and "line"
    as what is asked, and the claim that it may return them was only suggested."""
    answer = service.ask(
        "I keep seeing headlines about Turkey and its Russian air defence and I can't tell what's real. Every "
        "week there's a new rumour. Bottom line: might Turkey end up giving the S-400s back to Russia?",
        log=False,
    ).answer
    assert answer.outcome == "match" and answer.claim.id == "turkey-return-s400-to-russia", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("What's the story on the CAATSA sanctions against Turkey?", "us-caatsa-sanctions-on-turkey"),
        ("Explain how the United States perceived Turkey's S-400 purchase.", "us-sees-s400-as-russia-alignment"),
        (
            "Explain the clause in the S-400 agreement about Turkey selling or transferring the systems to third "
            "countries.",
            "s400-contract-bans-third-country-transfer",
        ),
        ("Is there any evidence that Turkey's S-400 stance has stayed constant?", "turkey-s400-position-unchanged"),
        (
            'post in #history says "Turkey\'s S-400 acquisition kicked off in 2017" - correct?',
            "turkey-bought-s400-in-2017",
        ),
        (
            'quote from a thread: "the S-400 buy was Ankara\'s balancing act against Washington" legit?',
            "s400-purchase-part-of-balancing-policy",
        ),
        (
            'my group chat: "ankara is weighing sending the S-400s back" is that accurate?',
            "turkey-considering-s400-return",
        ),
    ],
)
def test_a_framing_that_asks_the_reader_is_noise(service, question, claim):
    """ "Explain ...", "what's the story on ...", "any evidence that ...", a post or a group
    chat quoted: asked of the reader, not of a claim ("explain" and "story" read as asking
    who said it; tuning set twenty-nine)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "did bloomberg say turkey is thinkin bout returnin the s400s",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        ("wen did the s400 parts actualy get to turkey", "s400-components-delivered-2019"),
        ("s400 isnt gonna be ez to send back to russia is it", "s400-will-not-be-easily-returned"),
    ],
)
def test_more_chat_spellings(service, question, claim):
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Turkey is a NATO member, so you'd think it gets allied air defence. Did the alliance decline to put "
        "Patriots there?",
        "I always assumed NATO protects all its members equally. But a Turkish friend told me otherwise when it "
        "comes to missile defence. Did NATO refuse to deploy Patriot systems in Turkey?",
    ],
)
def test_what_a_claim_gives_only_as_its_reason_is_answered_by_the_claim_that_asserts_it(service, question):
    """ "Did NATO refuse to deploy Patriots?" got the claim that Turkey bought the S-400
    because NATO refused (the refusal only its reason), over the claim that NATO refused
    (``Tuning.reason_only_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "nato-refused-patriot-deployment-in-turkey", answer.why
    # asked with the purchase, the claim about the purchase answers
    why = service.ask("Did Turkey buy the S-400 because NATO refused to deploy Patriots?", log=False).answer
    assert why.outcome == "match" and why.claim.id == "s400-bought-over-nato-patriot-refusal", why.why


def test_a_negated_auxiliary_that_opens_a_question_is_no_term(service):
    """ "Couldn't Turkey end up giving its S-400s back to Russia?" was only suggested:
    "couldn" was a term the claim lacks (``Tuning.drop_negated``)."""
    answer = service.ask("Couldn't Turkey end up giving its S-400s back to Russia?", log=False).answer
    assert answer.outcome == "match" and answer.claim.id == "turkey-return-s400-to-russia", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "If NATO had deployed Patriots in Turkey, would Ankara still have bought the S-400?",
        "Suppose Russia had refused to sell. Would Turkey then have bought Chinese air defence instead?",
        "Should Turkey return its S-400s to Russia so it can get the F-35s?",
        "was it fair that usa kicked turkiye out of f35 program?",
        "Is it a good idea to send S-400s to Ukraine?",
        "Was Barrack wise to put a public four-to-six-month timeline on the S-400 issue?",
    ],
)
def test_a_judgement_or_a_what_if_is_not_a_report(service, question):
    """Advice, an evaluation, a counterfactual (tuning set thirty): a claim records what was
    reported (``Tuning.judgement_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "judgement or a what-if" in answer.why_plain, answer.why_plain


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # a condition with "should" is no advice; a counterfactual the claim states is its own
        (
            "Should Ankara opt to hand back the air-defence system, would this be done in full coordination with "
            "Moscow?",
            "s400-return-in-coordination-with-russia",
        ),
        ("why didn't turkey cancel the s400 deal, would it have looked weak at home?", None),
    ],
)
def test_a_condition_or_a_claims_own_what_if_is_no_judgement(service, question, claim):
    from bot.normalize import read_question

    assert not read_question(question, service.matcher.aliases).judgement
    if claim:
        answer = service.ask(question, log=False).answer
        assert answer.outcome == "match" and answer.claim.id == claim, answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Were all of the S-400 components transferred to Turkey in 2019?",
        "Are most of Turkey's S-400 batteries stationed in Adana?",
        "Is the S-400 the only point of contention between Washington and Ankara?",
        "Is Turkey considering returning just one S-400 battery?",
        "Has Turkey paid the full $2.5 billion or only part of it?",
    ],
)
def test_how_much_of_it_is_asked(service, question):
    """All, most, the only, just one, the full amount: a scope no claim gives
    (``Tuning.scope_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    # "the whole mess", "in full coordination", "in just a few months" are no scope
    whole = service.ask("could the whole s-400 mess be over in four to six months", log=False).answer
    assert whole.outcome == "match" and whole.claim.id == "s400-issue-resolved-in-four-to-six-months", whole.why


def test_before_or_after_the_claims_year_is_another_time(service):
    """ "Were any S-400 parts delivered to Turkey before 2019?" got the claim that they were
    transferred in 2019 (``Tuning.shifted_year_check``); in a sentence that sets the question
    up, a year asks nothing."""
    answer = service.ask("Were any S-400 parts delivered to Turkey before 2019?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "before or after" in answer.why_plain and "2019" in answer.why_plain, answer.why_plain
    context = service.ask(
        "I remember a US sanctions law being used on Turkey after 2019. Did the Trump administration impose "
        "CAATSA sanctions once the S-400 parts arrived?",
        log=False,
    ).answer
    assert context.outcome == "match" and context.claim.id == "us-caatsa-sanctions-on-turkey", context.why


@pytest.mark.parametrize(
    "question",
    [
        "How does the joint F-35 production program work?",
        "Were the US threatening letters ever published?",
        "Did Ankara officially disclose the $2.5 billion price?",
    ],
)
def test_how_it_works_or_another_act_is_not_the_claim(service, question):
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    # "what does the s400 stand for in the putin-erdogan relationship" asks what it symbolizes
    symbol = service.ask("what does the s400 stand for in the putin-erdogan relationship", log=False).answer
    assert symbol.outcome == "match" and symbol.claim.id == "s400-symbolizes-putin-erdogan-cooperation", symbol.why


def test_cause_and_effect_the_other_way_round(service):
    """ "Did NATO refuse to deploy Patriots because Turkey was buying the S-400?" got the
    claim that Turkey bought it because NATO refused (``Tuning.cause_check``)."""
    answer = service.ask("Did NATO refuse to deploy Patriots because Turkey was buying the S-400?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "other way round" in answer.why_plain, answer.why_plain
    right = service.ask("Did Turkey buy the S-400 because NATO refused to deploy Patriots?", log=False).answer
    assert right.outcome == "match" and right.claim.id == "s400-bought-over-nato-patriot-refusal", right.why


def test_what_someone_tried_to_do_must_be_in_the_claim(service):
    answer = service.ask("Did Turkey try to build its own air defence before buying the S-400?", log=False).answer
    assert answer.outcome != "match", answer.why
    # "trying to understand ..." before a question asks nothing of the claim
    context = service.ask(
        "I'm trying to understand US-Turkey tensions. Has the S-400 acquisition become a major sticking point "
        "between them?",
        log=False,
    ).answer
    assert context.outcome == "match" and context.claim.id == "s400-point-of-contention-us-turkey", context.why


# --- Session 16: what the twenty-eighth to thirtieth sets' remaining wrong answers share -----


def test_who_responded_is_the_speaker_asked_about(service):
    """ "How did NATO respond to Erdogan blaming it for the Patriot refusal?" asks NATO's
    words, and got Erdogan's (``Tuning.responder_check``; set 30)."""
    answer = service.ask("How did NATO respond to Erdogan blaming it for the Patriot refusal?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "someone else said" in answer.why_plain, answer.why_plain
    # the one who answered, when the claim is about his words, is the claim
    right = service.ask(
        "How did the Turkish Armed Forces respond to the US chatter about giving the S-400s back?", log=False
    ).answer
    assert right.outcome == "match" and right.claim.id == "akturk-said-turkey-s400-position-unchanged", right.why
    # a sentence of context before the question names nobody who answered
    erdogan = service.ask(
        "I'm trying to understand Turkey's side of the story. How did Erdogan explain the S-400 decision in his "
        "TV interview?",
        log=False,
    ).answer
    assert erdogan.outcome == "match", erdogan.why
    assert erdogan.claim.id == "erdogan-said-patriot-refusal-drove-s400-purchase", erdogan.why


def test_how_it_was_done_must_be_in_the_claim(service):
    """ "How did the US deliver the threatening letters, as a diplomatic note?" asks the
    means, and got the claim that the US sent them (``Tuning.manner_check``; set 30)."""
    answer = service.ask("How did the US deliver the threatening letters, as a diplomatic note?", log=False).answer
    assert answer.outcome != "match", answer.why
    plain = "You asked how it was done, and the closest checked claim does not say."
    assert answer.why_plain == plain, answer.why_plain
    # a claim that says how answers it ("in full coordination with Russia")
    right = service.ask(
        "how would turkey return the s-400 without its own public questioning its independence?", log=False
    ).answer
    assert right.outcome == "match" and right.claim.id == "s400-return-in-coordination-with-russia", right.why
    # how it changed, or how someone saw it, asks no means
    for question, claim in (
        ("How has Turkey's stance on the S-400 systems changed, if at all?", "turkey-s400-position-unchanged"),
        ("How did the United States view Turkey's S-400 purchase?", "us-sees-s400-as-russia-alignment"),
    ):
        seen = service.ask(question, log=False).answer
        assert seen.outcome == "match" and seen.claim.id == claim, (question, seen.why)
    # one word in common is no claim, however it is asked
    assert service.ask("how do i grow turkey tail mushrooms", log=False).answer.outcome == "none"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Any idea when the pieces of the Russian air-defence system were delivered to Turkey?",
            "s400-components-delivered-2019",
        ),
        (
            "Any idea if Turkey had to pull out of a Chinese arms purchase it signed in 2017 after the US pushed back?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "I'm curious whether the Justice and Development Party chose Moscow and Beijing as arms sources to get "
            "leverage on the US.",
            "akp-balancing-policy-china-russia-suppliers",
        ),
        # "fixed" is no "resolved" when a stance remains fixed
        (
            "I'd like to know if Ankara's stance on the Russian-made batteries remains fixed.",
            "turkey-s400-position-unchanged",
        ),
        (
            "Is Turkey still sticking to the same stance on its Russian air-defence system?",
            "turkey-s400-position-unchanged",
        ),
        (
            "Lots of rumours say Ankara is softening. Has Turkey's position on its Russian missiles actually stayed "
            "put?",
            "turkey-s400-position-unchanged",
        ),
    ],
)
def test_an_indirect_question_asks_what_follows_its_frame(service, question, claim):
    """ "Any idea if ...", "I'm curious whether ...", "I'd like to know if ..." are asked of
    the reader ("idea" was a word the claim lacked), and "remains fixed", "stayed put",
    "sticking to the same stance" say unchanged (set 32)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "What swap have Washington officials and the US press put forward involving Turkey's Russian missile "
            "system and the F-35?",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
        (
            "Washington has been hinting that Turkey might give up its Russian missiles. Did a Turkish navy rear "
            "admiral reply that the country's position is the same as ever?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
        (
            "I keep seeing Bloomberg cited on Turkey and Russia. Did they write that Turkey is thinking of handing the "
            "S-400s back, which might patch things up with the US?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
    ],
)
def test_putting_forward_replying_and_writing_that_are_saying(service, question, claim):
    """ "put forward", "reply that", "write that" ask about someone's words (set 32): the
    claim about the thing itself was held back as the closer one."""
    _assert_matches(service, question, claim)


def test_how_much_something_hurt_asks_how_far_not_a_sum(service):
    """ "How much has the S-400 purchase hurt Turkey?" asks a degree, and was held back
    for a number the claim does not give (set 32); with money in it, it asks a sum."""
    _assert_matches(service, "How much has the S-400 purchase hurt Turkey?", "s400-caused-harm-to-turkey")
    assert "number" not in asks("How much has the S-400 purchase hurt Turkey?")
    assert "number" in asks("How much harm has the S-400 caused Turkey in dollars?")
    assert "number" in asks("how much has the s400 cost turkey")


def test_which_alliance_is_answered_by_the_claim_naming_nato(service):
    """ "Which alliance declined to station Patriot missiles on Turkish territory?" was
    held back for "alliance", a general word for NATO (the alias table's ``generic``; set 32)."""
    _assert_matches(
        service,
        "Which alliance declined to station Patriot missiles on Turkish territory?",
        "nato-refused-patriot-deployment-in-turkey",
    )


def test_how_relations_soured_is_answered_by_what_they_soured_after(service):
    """A circumstance says how it came about: "after the downing" answers "how did
    relations sour?" (the "manner" rule must not hold it back)."""
    _assert_matches(service, "How did Turkey-Russia relations sour in 2015?", "su24-downing-2015-soured-relations")


@pytest.mark.parametrize(
    "question",
    [
        "Did Washington punish Ankara economically under its law on countering adversaries once the Russian missile "
        "parts were delivered?",
        "The 2019 arrival of the Russian air defences caused a storm in Washington. Did the Trump team slap sanctions "
        "on Turkey under the Countering America's Adversaries law?",
    ],
)
def test_the_law_on_countering_adversaries_is_caatsa(service, question):
    """CAATSA named by the words of its title, and the Trump team as its administration
    (sets 14 and 32): "counter", "adversary", "team" were words the claim lacked."""
    _assert_matches(service, question, "us-caatsa-sanctions-on-turkey")


@pytest.mark.parametrize(
    "question",
    [
        "Was $2.5 billion a good price for the S-400?",
        "Was cancelling the Chinese weapons contract a mistake for Turkey?",
    ],
)
def test_an_evaluation_with_its_subject_between_is_a_judgement(service, question):
    """ "was it a good price" was a judgement; "was $2.5 billion a good price" got the
    price claim (set 30): no claim of what was reported says whether it was a good one."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "judgement" in answer.why_plain, answer.why_plain


def test_which_officials_asks_for_names_a_claim_of_officials_does_not_give(service):
    """ "Which US officials suggested the S-400-for-F-35 swap?" got the claim that US media
    and officials suggested it (sets 24 and 30), which names none of them
    (``Tuning.which_role_check``)."""
    answer = service.ask("Which US officials suggested the S-400-for-F-35 swap?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "which official" in answer.why, answer.why
    # what officials said, or which official of a claim that names him, is answered
    _assert_matches(
        service,
        "What have European officials suggested doing with Turkey's S-400s?",
        "s400-to-ukraine-european-proposal",
    )
    _assert_matches(
        service,
        "Which Turkish military official affirmed that the S-400 position is unchanged?",
        "akturk-said-turkey-s400-position-unchanged",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did the CAATSA sanctions push Russia to deliver the S-400 components in 2019?",
        "Did the Bloomberg report cause Turkey to start considering returning the S-400?",
        "Did normalizing relations with the US make Turkey consider returning the S-400?",
        "Did the souring of Turkey-Russia relations cause the Su-24 to be shot down?",
    ],
)
def test_cause_and_effect_asked_in_a_verb(service, question):
    """ "Did X push (cause, make) Y to do Z?" asks whether X caused it: a claim whose cause
    is the other way round, or that gives none, does not answer it (set 30;
    ``Tuning.causing_check``)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "cause" in answer.why_plain, answer.why_plain


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Did US pressure force Turkey to cancel the Chinese weapons contract?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "Did NATO's refusal to deploy Patriots push Turkey to buy the S-400?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        ("Did the S-400 purchase cause harm to Turkey?", "s400-caused-harm-to-turkey"),
        (
            "Might Ankara eventually ship the Russian-made air-defence batteries back to Moscow?",
            "turkey-return-s400-to-russia",
        ),
    ],
)
def test_a_cause_the_claim_gives_or_its_own_verb_answers(service, question, claim):
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Does Turkey's ruling party follow a so-called Neo-Abdulhamidist line of playing Russia and America off "
            "each other?",
            "neo-abdulhamidism-policy",
        ),
        (
            "Can someone explain whether 'Neo-Abdulhamidism' describes Ankara pitting Moscow and Washington against "
            "one another?",
            "neo-abdulhamidism-policy",
        ),
        (
            "I wonder if US persistence over the Russian missiles could make things even worse for Ankara.",
            "s400-damage-could-increase",
        ),
        ("Does Ankara maintain the same stance on the S-400 as before?", "turkey-s400-position-unchanged"),
        (
            "Are the Russian air-defence batteries still stationed in Adana and the capital?",
            "s400-deployed-in-adana-and-ankara",
        ),
        # set 34: a rarer synonym or an idiom
        ("In what year did Turkey set about procuring Russia's S-400?", "turkey-bought-s400-in-2017"),
        ("How much did Ankara agree to pay Moscow for the S-400s?", "s400-deal-worth-2-5-billion"),
        ("Could the S-400 fallout for Turkey snowball?", "s400-damage-could-increase"),
        (
            "Will the Russian-made air defense system be readily sent back to the Kremlin?",
            "s400-will-not-be-easily-returned",
        ),
        (
            "If Turkey gives back the S-400, would it do so hand in glove with Moscow?",
            "s400-return-in-coordination-with-russia",
        ),
        (
            "my buddy says turkey is actively looking at giving back the s-400s — right?",
            "turkey-considering-s400-return",
        ),
        (
            "When did Ankara first set out to obtain Moscow's long-range air-defence system?",
            "turkey-bought-s400-in-2017",
        ),
    ],
)
def test_the_alias_table_reads_more_paraphrases(service, question, claim):
    """Session 16's alias entries, each from a tuning miss: "Neo-Abdulhamidist", pitting
    one against another (leverage, vice versa), persistence (insist), maintaining the
    same stance (unchanged), the capital (Ankara, in this base about Turkey); setting about
    (start), agreeing to pay (cost), snowballing (increase), readily (easily: the two last
    got the plain return claim), hand in glove (coordinate), looking at (considering),
    setting out to (start)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Did Rear Admiral Zeki Akturk insist that Ankara is standing firm on the S-400?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
        (
            "Isn't it wrong to say Turkey initially bought the S-400 as part of a balancing policy against the US?",
            "s400-purchase-part-of-balancing-policy",
        ),
        # insisting on an issue is no saying
        (
            "could the damage from the s400 get worse because the us keeps insisting?",
            "s400-damage-could-increase",
        ),
    ],
)
def test_insisting_that_is_saying_and_a_doubting_frame_is_noise(service, question, claim):
    """Set 34: "insist that" asks about someone's words (the claim about the thing itself
    was closer); "isn't it wrong to say" frames the question as "is it wrong to say" does."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "code"),
    [
        # the claim dates the signing, and says the article does not date the cancellation
        ("In what year did Turkey cancel the Chinese weapons contract?", "time"),
        ("When exactly did Turkey cancel its 2017 weapons contract with China?", "time"),
        # why of the claim's own reason
        ("Why did the US pressure Turkey to cancel its Chinese weapons contract?", "reason-of"),
        # how, asked of what someone said
        ("How exactly did Tom Barrack propose to resolve the S-400 issue within four to six months?", "manner"),
    ],
)
def test_what_a_claim_leaves_open_about_its_own_act(service, question, code):
    """Sets 32 and 34: the claim about the Chinese contract was given for when it was
    cancelled and why the US pressed; Barrack's estimate for how he proposed to do it."""
    result = service.matcher.match(question)
    assert result.outcome != "match", result.held
    assert result.held is not None and result.held.code == code, result.held
    _assert_matches(
        service,
        "Why did Turkey cancel the Chinese weapons contract?",
        "china-arms-contract-signed-2017-cancelled-under-us-pressure",
    )


def test_who_is_barred_is_a_party_of_the_ban(service):
    """ "Does the S-400 agreement bar Russia from selling S-400s to other countries?" got the
    claim that Turkey may not sell them (sets 20 and 22): the barred party differs."""
    answer = service.ask(
        "Does the S-400 agreement bar Russia from selling S-400s to other countries?", log=False
    ).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service,
        "Does the S-400 agreement bar Turkey from selling the systems to third countries?",
        "s400-contract-bans-third-country-transfer",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "When did parts of Russia's flagship surface-to-air missile system reach Turkish soil?",
            "s400-components-delivered-2019",
        ),
        (
            "When did Erdogan's government begin acquiring Moscow's flagship air defense system?",
            "turkey-bought-s400-in-2017",
        ),
    ],
)
def test_a_description_of_the_s400_may_praise_it(service, question, claim):
    """ "Russia's flagship surface-to-air missile system" is the S-400 as "Russia's missile
    system" is (``normalize._described``; set 34)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Given that Kyiv is short of air defence, could Turkey actually send its S-400 systems to Ukraine?",
            "s400-transfer-to-ukraine-feasible",
        ),
        (
            "Despite all the pressure from Washington, has Turkey's position on the S-400 actually stayed unchanged?",
            "turkey-s400-position-unchanged",
        ),
        (
            "Since Turkey is a NATO member with exposed borders, did the alliance refuse to deploy Patriot systems "
            "there?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
    ],
)
def test_a_clause_that_sets_the_question_up_weighs_as_a_sentence_before_it(service, question, claim):
    """ "Given that ..., ", "Despite ..., ", "Since ..., ", "With ..., " set the question up as
    a sentence before it does (``normalize.asked_sentence``; set 35): their words weigh less
    and a claim need not hold them. ("thinking of" as considering was left out: in watch
    mode "thinking of buying a turkish rug" got a reply.)"""
    _assert_matches(service, question, claim)


def test_a_set_up_clause_does_not_answer_who_the_sources_were(service):
    answer = service.ask(
        "Given that Bloomberg reported Turkey was weighing a return of the S-400s, which Turkish officials were the "
        "sources for that report?",
        log=False,
    ).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Given how much the purchase strained things with Washington, could returning the S-400s help Turkey "
            "normalize relations with the United States?",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "What did Bloomberg say about Turkey possibly sending back the S-400s to repair its US relationship?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "Could relinquishing the S-400 batteries help restore normal relations between Ankara and Washington?",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "In what year did the S-400 hardware physically change hands and arrive in Turkey - 2019?",
            "s400-components-delivered-2019",
        ),
        ("is the s-400 like a sign that putin and erdogan work together?", "s400-symbolizes-putin-erdogan-cooperation"),
        ("are the us and turkey fighting about the s-400 thing?", "s400-point-of-contention-us-turkey"),
    ],
)
def test_the_question_sentence_asks_and_more_paraphrases(service, question, claim):
    """Set 35: a clause that sets the question up asks nothing of its own ("given how much
    ..." asked how many); repairing relations, relinquishing, changing hands, a sign that."""
    _assert_matches(service, question, claim)


def test_which_after_a_set_up_clause_asks_which(service):
    """ "Given that Erdogan explained the purchase in a televised interview, which channel
    broadcast that interview?" got Erdogan's claim: its ", which" was read as a relative."""
    answer = service.ask(
        "Given that Erdogan explained the purchase in a televised interview, which channel broadcast that interview?",
        log=False,
    ).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Did Erdogan say the S-400 decision was driven by Turkey's refusal to host NATO Patriot systems?",
        "Was NATO's decision on Patriot deployment driven by Turkey's S-400 purchase?",
    ],
)
def test_a_country_owns_in_an_alliances_place(service, question):
    """ "Turkey's refusal" of "NATO's refusal" (set 20): a country and an alliance are owners
    of one kind (``match._owner_kind``). (It costs "is the akp's choice of chinese and
    russian suppliers about leverage on washington", now a suggestion: the claim says
    "Turkey's choice".)"""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "what would russia gain from taking the s-400 back?",
        "What could Ankara get from Washington if it shipped the Russian air-defence system back to the Kremlin?",
    ],
)
def test_what_someone_would_gain_must_be_in_the_claim(service, question):
    """ "What would Russia gain ...?" got the claim that it might take them back if it saw a
    benefit, which says none (sets 13 and 32; ``Tuning.gained_check``): a claim with what is
    got in exchange, or the leverage won, answers."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service,
        "What does Turkey get in exchange if it returns its S-400 systems to Russia?",
        "s400-for-f35-exchange",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("how many billions did ankara sign up to pay russia for the s400s", "s400-deal-worth-2-5-billion"),
        ("could the s400 harm to turkey grow because the us wont drop the issue", "s400-damage-could-increase"),
        ("someone posted 'turkey dropped 2.5 billion on the s-400' - legit?", "s400-deal-worth-2-5-billion"),
        ("russia n turkey had beef in 2015 bc of a shot down su24??", "su24-downing-2015-soured-relations"),
        (
            "wasn't there a time a russian plane got shot down and turkey and russia stopped getting along?",
            "su24-downing-2015-soured-relations",
        ),
    ],
)
def test_money_dropped_on_an_issue_not_dropped_and_a_falling_out(service, question, claim):
    """Money "dropped on" something was spent; "won't drop the issue" insists (both read
    as undoing before); having beef, no longer getting along: relations soured."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Could a transfer of Turkey's S-400s to Ukraine be carried out by Ankara?",
            "s400-transfer-to-ukraine-feasible",
        ),
        ("s400 hurt turkey badly?", "s400-caused-harm-to-turkey"),
        (
            "Is unwinding the S-400 deal and sending the systems back to Russia going to be hard to pull off?",
            "s400-will-not-be-easily-returned",
        ),
        ("Were the Russian S-400 systems first acquired by Turkey in 2017?", "turkey-bought-s400-in-2017"),
        (
            "If Ankara elects to return the S-400, will it do so in full coordination with Moscow to protect its image "
            "of independence at home?",
            "s400-return-in-coordination-with-russia",
        ),
        # "line on" is the position; "insisted" the saying
        (
            "Can someone tell me whether Zeki Akturk insisted Turkey's line on the S-400 hasn't moved?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
    ],
)
def test_light_verbs_and_degree_words_ask_nothing_of_their_own(service, question, claim):
    """Carrying out, pulling off, electing or deciding to do it is doing it; "badly",
    "first" ask nothing a claim must hold (sets 20, 29, 35)."""
    _assert_matches(service, question, claim)


# Session 17


@pytest.mark.parametrize(
    "question",
    [
        "Did China force Turkey to cancel a US weapons contract?",
        "Did China force Turkey to cancel the 2017 weapons contract?",
        "Did Russia pressure Turkey into cancelling its Chinese arms deal?",
    ],
)
def test_who_forced_it_is_the_party_the_claim_names(service, question):
    """The claim says Turkey cancelled its Chinese contract under US pressure: a question
    with another party forcing it asks about another act (sets 24, 30;
    ``Tuning.coercer_check``), and the US forcing it is answered."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service,
        "did the us force turkey to cancel the chinese weapons deal",
        "china-arms-contract-signed-2017-cancelled-under-us-pressure",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("has turkeys stnace on the s400 stayed the same or has it chnaged", "turkey-s400-position-unchanged"),
        ("coud turkey send its s400s to ukriane", "s400-transfer-to-ukraine-feasible"),
        ("is turkey considring retrning the s400 sytems", "turkey-considering-s400-return"),
        ("is the s400 a simbol of putin and erdogan cooperaton", "s400-symbolizes-putin-erdogan-cooperation"),
        ("could the s400 be retured if russia decides its benefical for them", "s400-return-if-russia-benefits"),
    ],
)
def test_typos_of_the_words_the_matcher_reads(service, question, claim):
    """A typo of a word of the alias table ("stnace" for stance), of a stop word ("coud")
    or of an inflected word ("considring") is read as the word (set 39;
    ``Matcher.respell``, ``normalize.english_words``)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "what is turkey's defense budget",
        "when is turkey's next presidential election",
        "You can return shoes to most stores within 30 days, right?",
        "Turkey relies on Russia for plenty of things. Is it avoiding damaging that relationship?",
        "Did Turkey hire Russian engineers?",
    ],
)
def test_a_word_of_english_is_no_typo(service, question):
    """ "budget" is not "budge", "election" not "ejection", "stores" not "stories", "relies"
    not "replies" (words of ``bot/english_words.txt``), and "hire" is not "here" (a short
    word is read as a typo only with a letter left out or two swapped)."""
    assert service.matcher.respell(question) == (question, {})


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Has Tom Barrack held out hope that the S-400 issue can be settled within four to six months?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        (
            "Was Turkey's S-400 position described as constant by Rear Admiral Zeki Akturk?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
        (
            "Did Bloomberg break the news that Turkey is mulling over returning its S-400 systems?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "Did Erdogan put the S-400 purchase down to NATO refusing to deploy Patriots?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        (
            "Was NATO's refusal to deploy Patriots cited by Erdogan as the reason for the S-400 purchase?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
    ],
)
def test_more_ways_of_saying_ask_what_was_said(service, question, claim):
    """Holding out hope, breaking the news, putting it down to, cited or described by: what
    someone said (set 38; ``normalize._PROPOSING``). "People keep citing huge numbers" and
    "analysts describe ..." do not ask it (set 14, 32)."""
    _assert_matches(service, question, claim)
    _assert_matches(
        service,
        "People keep citing huge numbers for this deal. Was the S-400 contract really $2.5 billion?",
        "s400-deal-worth-2-5-billion",
    )


def test_when_it_was_done_asks_whether_it_was():
    """ "When were the components shipped back?" asks when it happened, of a claim that it
    may happen (set 38; ``normalize._ASKS["done"]``); a question about when it will be is
    not read so."""
    assert "done" in asks("When were the S-400 components shipped from Turkey back to Russia?")
    assert "done" in asks("where was the s400 sent back to")
    assert "done" not in asks("When will Turkey return the S-400 to Russia?")
    assert "done" not in asks("When was the return of the S-400 proposed?")


def test_a_question_when_it_was_done_is_not_answered_by_a_maybe(service):
    answer = service.ask("When were the S-400 components shipped from Turkey back to Russia?", log=False).answer
    assert answer.outcome != "match", answer.why


def test_how_a_party_reacted_has_that_party_for_subject(service):
    """ "How did Russia react to the US sanctions?" got the claim that the US imposed them in
    reaction to the delivery (set 38): asked how, a question has a subject as a yes-no
    question does (``normalize.yes_no_subject``), and the claim's is another."""
    answer = service.ask("How did Russia react to the US sanctions on Turkey over the S-400?", log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service,
        "How did the Trump administration punish Turkey for taking delivery of the S-400 in 2019 under CAATSA?",
        "us-caatsa-sanctions-on-turkey",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "I've followed Turkish defense politics for years and honestly nothing surprises me anymore. Ankara "
            "flips on things all the time. So is it actually possible that Turkey hands its S-400s back to Russia?",
            "turkey-return-s400-to-russia",
        ),
        (
            "Allies argue all the time, so I try not to overreact to every spat. But this one never seems to go "
            "away. Has Turkey's purchase of the S-400 turned into a serious point of contention between the US and "
            "Turkey?",
            "s400-point-of-contention-us-turkey",
        ),
    ],
)
def test_sentences_of_views_before_a_question_do_not_dilute_it(service, question, claim):
    """The asker's own views first (set 40): the question sentence read alone answers
    (``Tuning.sentence_alone``)."""
    _assert_matches(service, question, claim)


def test_a_question_sentence_alone_is_not_read_past_a_hold(service):
    """Read in full, "which channel ...?" is held (the claim names no channel): its sentence
    alone is not read then (set 35)."""
    question = (
        "Given that Erdogan explained the purchase in a televised interview, which channel broadcast that interview?"
    )
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("hey bot, is Turkey's position on the S-400 still the same as before?", "turkey-s400-position-unchanged"),
        ("Is it a myth that Turkey might give the S-400 systems back to the Russians?", "turkey-return-s400-to-russia"),
        (
            "Debunked or not: the party ruling Turkey pursues a balancing approach, sometimes called "
            "Neo-Abdulhamidism, using Russia as leverage against Washington and the other way round.",
            "neo-abdulhamidism-policy",
        ),
        (
            "Has the S-400 purchase, going back to 2017 or thereabouts, become a serious bone of contention between "
            "Washington and Ankara?",
            "s400-point-of-contention-us-turkey",
        ),
    ],
)
def test_the_bot_addressed_and_framings_of_falsehood_are_noise(service, question, claim):
    """ "hey bot,", "claimbot:", "is it a myth that", "debunked or not:", "or thereabouts"
    (set 40; ``normalize._FILLERS``)."""
    _assert_matches(service, question, claim)
    assert strip_chat_noise("claimbot: did turkey buy the s-400?").strip(" :") == "did turkey buy the s-400?"
    assert strip_chat_noise("Is the bot broken?") == "Is the bot broken?"


def test_what_the_question_sentence_asks_is_read_from_it(service):
    """After sentences of the asker's own, why, which kind, which of two and what happened
    are read from the question sentence (set 40): "Why did NATO refuse ...?" is asked of
    NATO's refusal, which the claim gives only as Turkey's reason."""
    question = (
        "I've always thought NATO let Turkey down on air defense. Allies are supposed to help each other. "
        "Why did NATO refuse to deploy Patriot systems in Turkey?"
    )
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(
        service,
        "What does Erdogan's party get out of buying weapons from Beijing and Moscow instead of the West? "
        "Is it about leverage over Washington?",
        "akp-balancing-policy-china-russia-suppliers",
    )


def test_air_defence_is_not_on_air(service):
    """ "NATO let Turkey down on air defense" read "on air" as televised (set 40): the alias
    is "on the air"."""
    _assert_reads(service, "I've always thought NATO let Turkey down on air defense", ["defens"], ["televised"])
    _assert_reads(service, "Erdogan said it on the air", ["televised"], [])


def test_the_verb_of_a_cause_is_answered_by_a_claim_giving_the_cause(service):
    """ "Did NATO's Patriot refusal push Turkey to buy the S-400?" left "push" unanswered by
    the claim that the decision was driven by the refusal (set 40;
    ``Tuning.causing_answered``); with an effect the claim lacks, it is not (set 27)."""
    _assert_matches(
        service, "DID NATO'S PATRIOT REFUSAL PUSH TURKEY TO BUY THE S-400?", "s400-bought-over-nato-patriot-refusal"
    )
    answer = service.ask("Did NATO's Patriot refusal push other allies to buy Russian weapons too?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Erdogan: NATO's Patriot Refusal Drove S-400 Purchase - True?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
        (
            "Is it false that the US envoy in Ankara, Tom Barrack, gave a four-to-six-month window for settling the "
            "S-400 matter?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        (
            "Ambassadors always sound optimistic in public, that's part of the job. I don't put much weight on "
            "timelines from diplomats. But did America's ambassador to Turkey, Tom Barrack, actually claim the S-400 "
            "problem could be fixed in four to six months?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_a_headline_speaker_a_window_given_and_a_claim_far_from_its_auxiliary(service, question, claim):
    """ "Erdogan: ..." quotes Erdogan (``normalize.headline_speaker``; not a country, a
    framing or a 'quoted term'); a window given is a timeline given; "did X, Y, actually
    claim" is a claim however far the verb (set 40)."""
    _assert_matches(service, question, claim)
    assert not headline_speaker(
        "'NEO-ABDULHAMIDISM': TURKEY'S RULING PARTY PLAYS RUSSIA AND US", service.matcher.aliases
    )
    assert not headline_speaker("Turkey: will it return the S-400?", service.matcher.aliases)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Is it possible that Türkiye may hand its S-400 air defence systems back to the Kremlin?",
            "turkey-return-s400-to-russia",
        ),
        (
            "Is Türkiye presently contemplating the return of its S-400 air defence systems?",
            "turkey-considering-s400-return",
        ),
        ("Could Türkiye dispatch its S-400 air defence systems to Ukraine?", "s400-transfer-to-ukraine-feasible"),
        ("Hasn't Turkey's S-400 position stayed exactly the same?", "turkey-s400-position-unchanged"),
    ],
)
def test_a_name_described_is_asked_as_the_name(service, question, claim):
    """ "S-400 air defence systems" gave the claim of Ankara's need for air defence
    (sets 29, 39; ``Tuning.described_drop``); "dispatch" sends, "presently" is light, and
    "exactly the same" is the same."""
    _assert_matches(service, question, claim)


def test_having_no_right_to_is_no_judgement(service):
    """ "has no right to sell" is what the contract says, not "right to" of a judgement
    ("was it right to buy it?"); "claim:" frames (set 39)."""
    _assert_matches(
        service,
        "claim: under the S-400 agreement Turkey has no right to sell or pass the systems on to any third country",
        "s400-contract-bans-third-country-transfer",
    )
    for framing in ("rumour:", "Fact check:", "verify:", "claim:"):
        assert strip_chat_noise(f"{framing} turkey is returning the s400").strip(" :") == "turkey is returning the s400"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Where has Turkey set up its S-400 batteries?", "s400-deployed-in-adana-and-ankara"),
        ("Have Washington and Ankara locked horns over the S-400 acquisition?", "s400-point-of-contention-us-turkey"),
        (
            "Did Turkey snap up the S-400 as a way to balance against the United States?",
            "s400-purchase-part-of-balancing-policy",
        ),
        ("Has the S-400 purchase come back to bite Turkey?", "s400-caused-harm-to-turkey"),
        ("How much money was the S-400 agreement between Ankara and Moscow worth?", "s400-deal-worth-2-5-billion"),
    ],
)
def test_set_up_locked_horns_snapped_up_came_back_to_bite_and_how_much_money(service, question, claim):
    """Session 17's alias entries from set 38, and "money" as the frame of a sum asked
    (``normalize.SUM_FRAME_TERMS``)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Was a four-to-six-month timeframe for resolving the S-400 issue given by US Ambassador Tom Barrack?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        (
            "Have European officials pushed for Turkey's S-400s to be sent to Ukraine?",
            "s400-to-ukraine-european-proposal",
        ),
    ],
)
def test_a_timeframe_given_by_and_pushing_for_are_saying(service, question, claim):
    """A timeframe given by someone, pushing or calling for something: what they said, not
    whether it was done nor what caused it (set 38)."""
    _assert_matches(service, question, claim)
    assert "done" in asks("Have they pushed Turkey to cancel the deal?")


def test_a_number_of_years_is_no_number_asked():
    """ "a number of years ago" is a few years, not "how many" (set 40)."""
    assert "number" not in asks(
        "Has the S-400 deal Turkey made with Russia a number of years ago caused it a lot of harm?"
    )
    assert "number" in asks("What number of S-400 batteries did Turkey buy?")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "I've heard conflicting stories about the Patriots. Some say they were there for a while and then pulled "
            "out. Did NATO refuse to station Patriot systems on Turkish soil?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "The official explanations for arms purchases are rarely the whole story. Still, I want to understand the "
            "basic logic here. Was Turkey's S-400 decision driven by NATO saying no to Patriot batteries on its soil "
            "and by its need to defend its airspace?",
            "s400-bought-over-nato-patriot-refusal",
        ),
    ],
)
def test_stories_told_before_a_question_are_hearsay(service, question, claim):
    """ "I've heard conflicting stories ...", "... the whole story": the sentences before
    report hearsay; the question does not ask what Erdogan said (set 40)."""
    _assert_matches(service, question, claim)


def test_returning_to_a_programme_is_readmission(service):
    """ "Will Turkey return to the F-35 program?" asks whether it is readmitted, which the
    claim of its removal does not say; "return the S-400" stays a return."""
    _assert_reads(service, "will turkey return to the f-35 program", ["readmit"], ["return"])
    _assert_reads(service, "can turkey rejoin the f35 programme", ["readmit"], [])
    _assert_reads(service, "will turkey return the s400 to russia", ["return"], ["readmit"])
    answer = service.ask("Will Turkey return to the F-35 program?", log=False).answer
    assert answer.outcome != "match", answer.why


def test_advice_on_the_askers_own_doing_is_asked_in_general(service):
    """ "How should I write a thank-you letter?" got the claim of the US letters (set 43):
    advice on one's own doing is general (``normalize._GENERAL``); finding out is not."""
    answer = service.ask("How should I write a thank-you letter?", log=False).answer
    assert answer.outcome != "match", answer.why
    read = read_question("how can I check whether turkey returned the s400", service.matcher.aliases)
    assert not read.general


@pytest.mark.parametrize(
    "question",
    [
        "Where in Ukraine would Turkey's S-400 systems be deployed under the European officials' proposal?",
        "Where exactly near Adana are the S-400 batteries positioned?",
    ],
)
def test_a_finer_place_than_the_claims_is_not_answered(service, question):
    """ "Where in Ukraine ...?" of a claim that names only Ukraine, "where exactly ...?"
    (sets 40, 43; ``Tuning.finer_place``); "where are they deployed?" is answered."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(service, "Where has Turkey deployed its S-400 systems?", "s400-deployed-in-adana-and-ankara")


def test_in_reaction_to_says_why_not_how(service):
    """ "How was Turkey's removal from the F-35 program carried out?" got the claim that it was
    removed in reaction to the delivery (set 43): a reaction is a reason, not a means."""
    answer = service.ask("How was Turkey's removal from the joint F-35 production program carried out?", log=False)
    assert answer.answer.outcome != "match", answer.answer.why
    _assert_matches(
        service,
        "Why was Turkey removed from the F-35 program?",
        "turkey-removed-from-f35-program",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did most US officials suggest returning the S-400 systems in exchange for F-35 jets?",
        "Were all Turkish defense firms hit by the CAATSA sanctions?",
    ],
)
def test_most_or_all_of_a_group_is_a_scope(service, question):
    """ "most US officials", "all Turkish defense firms": how much of the group, which the
    claims do not say (set 43; ``normalize._SCOPE``)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "Was it legal under international law for the US to sanction Turkey under CAATSA?",
        "Were the CAATSA sanctions on Turkey over the S-400 fair?",
        "Was it diplomatically wise for Tom Barrack to announce a four-to-six-month timeline for the S-400 issue?",
    ],
)
def test_whether_it_was_legal_fair_or_wise_is_a_judgement(service, question):
    """Legal, fair, wise, with an adverb between or the subject before: a judgement the
    claims do not make (set 43; ``normalize._JUDGEMENT``)."""
    _assert_no_match(service, question)


def test_bringing_is_a_light_verb(service):
    """ "S-400 bring much damage to Turkey?" got the claim that returning it could help
    relations, which holds "bring" and not the damage (set 42): "bring" asks nothing a
    claim must hold (``normalize.LIGHT_TERMS``)."""
    answer = service.ask("S-400 bring much damage to Turkey?", log=False).answer
    assert answer.claim is None or answer.claim.id == "s400-caused-harm-to-turkey", answer.why
    _assert_matches(service, "S-400 brought damage to Turkey?", "s400-caused-harm-to-turkey")


def test_a_quote_mark_before_a_model_name_is_no_possessive():
    """ " 'S-400s remain in place' - accurate?" read "400s" (the "'s" of a possessive taken
    out, set 42); "Turkey's" and "the US's" are still possessives."""
    assert tokens("'S-400s remain in place' - accurate?")[:2] == ["s400", "remain"]
    assert tokens("turkey's 2017 deal") == ["turkey", "2017", "deal"]
    assert "s" not in tokens("is it a military purchase in the US's eyes")


def test_an_accurate_account_of_what_was_said_frames_a_quote(service):
    """ "'...' - is that an accurate account of what Erdogan said?" (set 42): the frame is
    noise, the quote and the saying are asked."""
    _assert_matches(
        service,
        "'Erdogan: we bought the S-400 because NATO wouldn't give us Patriots' - is that an accurate account of what "
        "Erdogan said?",
        "erdogan-said-patriot-refusal-drove-s400-purchase",
    )


def test_the_quality_compared_must_be_the_claims(service):
    """ "Isn't the S-400 more capable than the Patriot system NATO refused to deploy?" got the
    claim that Turkey bought it over NATO's refusal (set 39; ``Tuning.compared_check``)."""
    question = "Isn't the S-400 more capable than the Patriot system NATO refused to deploy?"
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "capab" in answer.why


def test_in_response_to_names_no_place_and_where_one_stands_is_a_position(service):
    """ "In response to the US suggestions" made the Akturk claim give a place, so "where did
    Akturk make his statement?" was answered (set 43; ``index._in_country``); "where Turkey
    stands" asks its position, not a place (set 42)."""
    answer = service.ask("Where did Rear Admiral Zeki Akturk make his statement on Turkey's S-400 position?", log=False)
    assert answer.answer.outcome != "match", answer.answer.why
    assert "place" not in asks("What did he say about where Turkey stands on the S-400?")
    _assert_matches(
        service,
        "Rear Admiral Zeki Akturk. What did he say about where Turkey stands on the S-400?",
        "akturk-said-turkey-s400-position-unchanged",
    )


def test_how_asked_of_the_claims_own_reason(service):
    """ "How did the United States pressure Turkey into cancelling ...?" of "... was forced to
    cancel ... due to US pressure": the US's pressure is only the claim's reason, and how it
    pressed the claim does not say (set 43)."""
    question = "How did the United States pressure Turkey into cancelling its 2017 weapons contract with China?"
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Has Turkey's stance on its S-400 systems stayed put despite all the pressure from Washington or wherever "
            "it's coming from?",
            "turkey-s400-position-unchanged",
        ),
        (
            "Could getting rid of the S-400s help Turkey smooth things over with the Americans, whoever happens to be "
            "running Washington?",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "Will it be hard for the S-400 batteries, wherever exactly they're based, to be sent back to Russia?",
            "s400-will-not-be-easily-returned",
        ),
    ],
)
def test_an_aside_of_what_the_asker_does_not_know_is_noise(service, question, claim):
    """ ", wherever exactly they're based,", "or wherever it's coming from", "whoever happens
    to be running Washington" (set 40; ``normalize._FILLERS``); "whoever said that" stays."""
    _assert_matches(service, question, claim)
    assert strip_chat_noise("whoever said that is wrong") == "whoever said that is wrong"


def test_down_as_a_particle_is_no_downing(service):
    """ "was down to NATO declining" read "downing" (set 32): "down to" is due to, and "calm
    down", "stepped down", "went down" name no downing; "shot down", "brought down" do."""
    _assert_reads(service, "the purchase was down to NATO declining to send Patriots", ["due"], ["downing"])
    for text in ("calm down", "erdogan stepped down", "prices went down"):
        _assert_reads(service, text, [], ["downing"])
    for text in ("su24 shot down in 2015", "the plane was brought down"):
        _assert_reads(service, text, ["downing"], [])


def test_to_base_is_to_deploy(service):
    """ "refused to base Patriot systems in Turkey" (set 32): to base is to deploy; "the
    Incirlik air base" stays a base."""
    _assert_matches(
        service,
        "I wonder if the Western alliance refused to base Patriot systems in Turkey.",
        "nato-refused-patriot-deployment-in-turkey",
    )
    _assert_reads(service, "the incirlik air base", [], ["deploy"])


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "In the words of the US ambassador in Ankara, how soon could the S-400 matter be sorted out?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        (
            "Per officials from Europe, should the Turkish S-400 batteries be passed on to Ukraine?",
            "s400-to-ukraine-european-proposal",
        ),
        (
            "According to Erdogan, was it because NATO wouldn't station Patriots in Turkey and the country needed air "
            "defence that Ankara chose the S-400?",
            "erdogan-said-patriot-refusal-drove-s400-purchase",
        ),
    ],
)
def test_according_to_a_speaker_asks_what_they_said(service, question, claim):
    """ "According to Erdogan, ...", "per officials from Europe", "in the words of the US
    ambassador" (set 45; ``normalize.attributed_speaker``); "according to the article" names
    no one, "per year" is no one."""
    _assert_matches(service, question, claim)
    assert not attributed_speaker("according to the article, did turkey buy it?", service.matcher.aliases)
    assert not attributed_speaker("it costs 100 dollars per year", service.matcher.aliases)


def test_what_a_condition_would_lead_to_is_answered_by_a_conditional_claim(service):
    """ "Could Russia concluding that a return is beneficial lead to the S-400 being sent back?"
    asks what would follow under the claim's own condition (set 45)."""
    _assert_matches(
        service,
        "Could Russia concluding that a return is beneficial lead to the S-400 being sent back?",
        "s400-return-if-russia-benefits",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Might Ankara cut a deal: S-400s back to the Russians, F-35s for Turkey?", "s400-for-f35-exchange"),
        ("Is there a shot Turkey ships its S-400s off to Ukraine?", "s400-transfer-to-ukraine-feasible"),
        (
            "Did the US think Turkey was getting into bed with Russia by buying the S-400?",
            "us-sees-s400-as-russia-alignment",
        ),
        ("Is getting the S-400 back to Russia going to be a tall order?", "s400-will-not-be-easily-returned"),
    ],
)
def test_cut_a_deal_a_shot_into_bed_with_a_tall_order(service, question, claim):
    """Session 17's alias entries from set 45; and "the odds" are a possibility, not the
    contention of "at odds"."""
    _assert_matches(service, question, claim)
    _assert_reads(service, "what are the odds turkey gives it back", ["feasible"], ["contention"])
    _assert_reads(service, "are the us and turkey at odds", ["contention"], [])


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Did the US fire off some nasty letters to Turkey over the S-400 that came across as heavy-handed?",
            "us-threatening-letters-over-s400",
        ),
        (
            "Did Turkey and Russia have a bust-up in 2015 after the Su-24 was shot down?",
            "su24-downing-2015-soured-relations",
        ),
        (
            "Is the partnership between Putin and Erdogan embodied in the S-400?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
    ],
)
def test_heavy_handed_came_across_as_a_bust_up_embodied(service, question, claim):
    """Session 17's alias entries from set 45."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "https://example.com/world/88412 says Ankara might hand the S-400 back to Russia. "
            "is that a real possibility?",
            "turkey-return-s400-to-russia",
        ),
        (
            "Did Ankra buy the S-400 as part of a balancing act against the US?",
            "s400-purchase-part-of-balancing-policy",
        ),
        (
            "Does Ankra seem unwilling to risk its ties with Moskow over the S-400?",
            "turkey-protects-russia-relationship",
        ),
    ],
)
def test_a_link_that_says_is_hearsay_and_a_short_name_misspelled(service, question, claim):
    """A pasted link that "says" something is hearsay, not a source asked about; "Ankra" (five
    letters, one left out) and "Moskow" are names misspelled (set 44; ``match._name_typo``)."""
    _assert_matches(service, question, claim)


def test_a_claim_that_says_since_a_year_answers_since_that_year(fresh_service):
    """ "Did France block 1.5 million accounts since 2013?" of a claim that says "since 2013"
    was held as asking another time (found by issue 13's benchmark once typos of "since"
    were read as it: ``index`` writes ``shift:2013``); "before 2013" of a claim about 2013
    alone is still another time."""
    service = fresh_service
    for statement in ("France has blocked 1.5 million accounts since 2013.", "Givon Group will open a port in 2026."):
        service.add_claim(
            statement=statement,
            status="unverified",
            claimant=["A post"],
            quote=statement,
            source_title="A post",
            actor="test",
        )
    same = service.ask("did france block 1.5 million accounts since 2013?", log=False).answer
    assert same.outcome == "match" and same.claim.text.startswith("France has blocked"), same.why
    other = service.ask("will givon group open a port before 2026?", log=False).answer
    assert other.outcome != "match", other.why


# Session 18


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("tr s400 stance still same", "turkey-s400-position-unchanged"),
        ("tr s400 return coordinate ru", "s400-return-in-coordination-with-russia"),
        ("su24 shootdown 2015 tr ru ties", "su24-downing-2015-soured-relations"),
    ],
)
def test_tr_and_ru_are_the_country_codes(service, question, claim):
    """A terse typist's "tr" and "ru" are Turkey and Russia (set 47), as "us" is the USA."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did turkey receive s-400 components in 2019 or 2020", "s400-components-delivered-2019"),
        ("The Russian missile parts landed in Turkey in 2019, or was it 2018?", "s400-components-delivered-2019"),
        ("Turkey started getting into the S-400 thing around 2016, 2017, was it?", "turkey-bought-s400-in-2017"),
        (
            "Was it Reuters or Bloomberg that said Turkey is thinking of returning the S-400s?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
    ],
)
def test_a_guess_between_two_is_answered_by_a_claim_that_holds_one(service, question, claim):
    """An asker's guess between two ("in 2019 or 2020?", "or was it 2018?", "2016, 2017, was
    it?") is answered by the claim that holds one of them: the other is no name it lacks (a
    year was, and it made the claim another one) nor a word it leaves unanswered (set 48)."""
    _assert_matches(service, question, claim)


def test_a_currency_asked_between_two_is_not_answered_by_a_sum(service):
    """ "Paid in rubles or dollars?" asks the currency paid in: "$2.5 billion" is a value."""
    for question in (
        "Was the S-400 paid for in dollars or rubles?",
        "Did Turkey pay for the S-400s in rubles or in dollars?",
    ):
        answer = service.ask(question, log=False).answer
        assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Is it a fair characterization that the S-400 symbolizes cooperation between Putin and Erdogan?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Is it a sound assessment that the S-400 will not be easily returned to Russia?",
            "s400-will-not-be-easily-returned",
        ),
        (
            "Is it established that the S-400 purchase is a significant point of dispute between the US and Turkey?",
            "s400-point-of-contention-us-turkey",
        ),
    ],
)
def test_a_fair_characterization_or_established_that_asks_whether_it_is_so(service, question, claim):
    """ "Is it a fair characterization that", "a sound assessment that", "is it established
    that" ask whether it is so, as "is it true that" does: no judgement, no words to answer
    (sets 45, 48)."""
    _assert_matches(service, question, claim)


def test_whether_it_is_fair_is_still_a_judgement(service):
    answer = service.ask("Is it fair that the US put CAATSA sanctions on Turkey?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "Should Ankara send the system back, would it act hand in hand with the Kremlin so voters don't doubt its "
        "independence?",
        "How would Ankara go about returning the Russian system so its domestic audience doesn't doubt its "
        "independence?",
    ],
)
def test_doubting_it_is_questioning_it(service, question):
    """ "so voters don't doubt its independence" of "... so that its foreign policy
    independence is not questioned at home" (six tuning files, sessions 9–18)."""
    _assert_matches(service, question, "s400-return-in-coordination-with-russia")


def test_sultan_abdulhamid_is_abdul_hamid_but_an_ottoman_sultan_is_not_a_name(service):
    """ "Sultan Abdulhamid" is the alias table's Abdul Hamid II (set 48); "an Ottoman sultan"
    is not (as a name it made "was Abdul Hamid an Ottoman sultan?" a question of names only,
    answered with the Neo-Abdulhamidism claim: a probe)."""
    _assert_matches(
        service,
        "There's a name for Turkey's game of playing Russia and America off each other, something after an old "
        "sultan, Abdulhamid? Is that right?",
        "neo-abdulhamidism-policy",
    )
    answer = service.ask("was abdul hamid an ottoman sultan?", log=False).answer
    assert answer.outcome != "match", answer.why


def test_did_they_say_when_asks_when(service):
    """ "Did Bloomberg say when Turkey would return the S-400?" asks when, which the claim
    about Bloomberg's report does not give ("when" after a verb of saying is what was said,
    not the time of the saying: set 48); "what did X say when ..." still asks what was said."""
    answer = service.ask("did bloomberg say when turkey would return the s400", log=False).answer
    assert answer.outcome != "match" and "asks when" in answer.why, answer.why
    _assert_matches(
        service,
        "what did the turkish military's press advisor say when the US started talking about returning the s-400?",
        "akturk-said-turkey-s400-position-unchanged",
    )


def test_an_act_done_to_another_party_is_another_claim(service):
    """ "Did the US sanction Russia over the Turkey S-400 deal?" of "... imposed economic
    sanctions on Turkey ...": the sanctions went to another party, one the claim's
    statement does not name (set 48; ``roles.clash``)."""
    answer = service.ask("did the us sanction russia over the turkey s400 deal", log=False).answer
    assert answer.outcome != "match", answer.why
    _assert_matches(service, "did the us sanction turkey over the s400 deal", "us-caatsa-sanctions-on-turkey")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "and is there a real chance of the S-400 going back to Russia with Turkey receiving F-35s in return?",
            "s400-for-f35-exchange",
        ),
        ("What are the odds Turkey gives the S-400 back to Russia and gets F-35s in return?", "s400-for-f35-exchange"),
        (
            "lol does anyone think turkey will just casually hand the s-400 back to russia?",
            "s400-will-not-be-easily-returned",
        ),
    ],
)
def test_got_in_return_is_an_exchange_and_casually_is_easily(service, question, claim):
    """F-35s got "in return" are an exchange, not a return of the S-400 (two of set 47's
    were answered with the return alone); "casually" asks how easily (set 47)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("In which cities are the S-400 of Turkey deployed at the moment?", "s400-deployed-in-adana-and-ankara"),
        ("Where in Turkey are the S-400 systems stationed at present?", "s400-deployed-in-adana-and-ankara"),
        (
            "Has Turkey's stance on those Russian S-400 missiles stayed just the same, or has it shifted at all "
            "lately?",
            "turkey-s400-position-unchanged",
        ),
        ("Could Turkey in practice transfer its S-400 systems to Ukraine?", "s400-transfer-to-ukraine-feasible"),
    ],
)
def test_at_the_moment_and_in_practice_ask_nothing_of_their_own(service, question, claim):
    """ "At the moment", "at present", "lately" are now; "in practice" is realistically: no
    word the claim must hold (sets 48, 49)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "lol turkey giving the s-400s back to russia? is that even a real possibility or just wishful thinking",
            "turkey-return-s400-to-russia",
        ),
        (
            "turkey actually weighing giving up the s-400? i'll believe it when i see it. is that true?",
            "turkey-considering-s400-return",
        ),
        (
            "washington thinks one missile purchase means turkey is siding with russia? bit paranoid no?",
            "us-sees-s400-as-russia-alignment",
        ),
        ("turkey not budging at all on the s-400? really? nothing has shifted?", "turkey-s400-position-unchanged"),
        (
            "Could Turkey actually pass its S-400 systems on to Ukraine, do you suppose, or is that out of the "
            "question?",
            "s400-transfer-to-ukraine-feasible",
        ),
    ],
)
def test_a_sceptics_aside_is_no_content(service, question, claim):
    """A sceptic's aside ("or just wishful thinking", "i'll believe it when i see it", "bit
    paranoid no?") asks nothing of the claim; "nothing has shifted" is unchanged; "out of the
    question" asks whether it is possible (sets 47, 48)."""
    _assert_matches(service, question, claim)


def test_a_word_taken_back_goes(service):
    """ "those F-16s, sorry, F-35s": the asker takes the first back (set 48)."""
    assert strip_chat_noise("for those F-16s, sorry, F-35s?") == "for those F-35s?"
    assert strip_chat_noise("delivered in 2018, I mean 2019?") == "delivered in 2019?"
    assert strip_chat_noise("I mean, is it true?") == "I mean, is it true?"
    _assert_matches(
        service,
        "Was it the Americans, their TV people and some officials, who came up with the idea of Turkey swapping the "
        "Russian missiles for those F-16s, sorry, F-35s?",
        "us-media-officials-suggested-s400-return-for-f35",
    )


def test_a_point_of_dispute_is_a_point_of_contention(service):
    """ "a serious point of dispute" (sets 32, 49), as "point of contention" was."""
    _assert_matches(
        service,
        "Has the S-400 acquisition become a serious point of dispute between the USA and Turkey?",
        "s400-point-of-contention-us-turkey",
    )


@pytest.mark.parametrize(
    "question",
    [
        "How did the US interpret Turkey's S-400 buy beyond a simple arms deal?",
        "Did the Americans read Ankara's purchase of the Kremlin's batteries as a political signal of a tilt toward "
        "Moscow, not just a hardware transaction?",
    ],
)
def test_reading_or_interpreting_it_as_a_sign_is_perceiving_it(service, question):
    """ "Interpret" and "read X as a sign" are how the US perceived it (sets 32, 49); "I read
    that ..." is still a report read."""
    _assert_matches(service, question, "us-sees-s400-as-russia-alignment")
    for text in ("i read that turkey bought the s-400 as a balancing move", "did you read the article as a warning"):
        assert "perceive" not in analyze(text, service.matcher.aliases)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("tbh is an F35-for-S400 trade even a realistic option for turkiye", "s400-for-f35-exchange"),
        (
            "Is it realistic, in your view, to expect that the whole S-400 business could be settled in only four to "
            "six months' time?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
    ],
)
def test_whether_it_is_possible_is_answered_by_a_claim_that_it_may_be(service, question, claim):
    """ "Is it possible / realistic ...?" of a claim that says it could, may or might be:
    the claim's hedge answers it (``Tuning.possible_hedged``)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    ["turkey s400 back to russia possible", "s400 possible return russia", "turkey give back s400 russia possible"],
)
def test_whether_it_is_possible_is_not_the_claim_of_what_would_make_it_so(service, question):
    """ "S-400 back to Russia possible?" was answered with the claim that it might be returned
    if Russia concludes it is beneficial: that claim's phrasing said "what would make a
    return of the s-400 possible" (sets 26, 44, 49; the phrasing now says what it would take)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match" or answer.claim.id == "turkey-return-s400-to-russia", answer.why


def test_a_question_sentence_of_one_word_is_not_read_alone(service):
    """ "The s-400 thing fixed in half a year? pull the other one. is that actually doable?":
    its last sentence read alone is one word ("doable"), and matched a claim that Turkey could
    send the S-400 to Ukraine."""
    answer = service.ask(
        "the s-400 thing fixed in half a year? pull the other one. is that actually doable?", log=False
    ).answer
    assert answer.outcome != "match" or answer.claim.id == "s400-issue-resolved-in-four-to-six-months", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Sorry if this is a silly question, I'm trying to understand the politics: would returning the S-400s help "
            "Turkey get back to normal relations with the US?",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "Sorry if this is a dumb question, I'm trying to get the dates straight: when were the S-400 components "
            "physically transferred to Turkey?",
            "s400-components-delivered-2019",
        ),
        (
            "I know Turkey is a NATO member, but is it currently mulling sending back its S-400s?",
            "turkey-considering-s400-return",
        ),
        (
            "Sorry if this has an obvious answer, I just haven't followed the news lately: is Turkey's stance on the "
            "S-400 still the same as before?",
            "turkey-s400-position-unchanged",
        ),
        (
            "In full coordination with Russia: is that how Turkey would return the S-400 if it chose to?",
            "s400-return-in-coordination-with-russia",
        ),
    ],
)
def test_a_preamble_before_a_colon_or_but_is_context(service, question, claim):
    """An apology or what the asker knows, before a colon or "..., but", sets the question up
    as a sentence before it would (set 52: 33 right answers); its "answer" asks no one's
    saying; "X: is that how ...?" still asks of X."""
    _assert_matches(service, question, claim)
    assert asked_sentence("Erdogan: did NATO refuse to deploy Patriots?") is None


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Haven't the US press and Washington officials been hinting that Ankara could give the S-400 back to "
            "Russia and get F-35 jets for it?",
            "us-media-officials-suggested-s400-return-for-f35",
        ),
        ("The S-400s are still in place in Ankara and Adana, right?", "s400-deployed-in-adana-and-ankara"),
        (
            "Is Ankara's policy on the Russian-made air-defence kit still exactly where it was?",
            "turkey-s400-position-unchanged",
        ),
    ],
)
def test_thinking_of_hinting_in_place_and_still_where_it_was(service, question, claim):
    """ "Hinting" asks what was said; "still in place in Ankara" is deployed there; "still
    where it was" is unchanged, not a place asked (sets 51, 49). ("Thinking of" as
    considering was dropped: an ordinary chat message of the watch corpus got a reply.)"""
    _assert_matches(service, question, claim)


def test_is_it_after_a_colon_is_no_back_reference(service):
    """ "...I find myself wondering: is it actually possible that ...?" is a question of its
    own; only "X: is that how ...?" refers back (set 48)."""
    _assert_matches(
        service,
        "Good afternoon. I have been following the papers and I find myself wondering: is it actually possible that "
        "Turkey might hand its S-400 missiles back to the Russians?",
        "turkey-return-s400-to-russia",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("What triggered the 2015 downturn in Turkish-Russian relations?", "su24-downing-2015-soured-relations"),
        (
            "Did the 2015 downing of a Russian Sukhoi Su-24 cause a breakdown in Turkish–Russian relations?",
            "su24-downing-2015-soured-relations",
        ),
        ("turkey got kicked outta the f35 program bc of the s400?", "turkey-removed-from-f35-program"),
    ],
)
def test_a_downturn_or_breakdown_is_souring_and_kicked_outta_is_removed(service, question, claim):
    """Alias entries from sets 48 and 52."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Sorry if this is a silly question, but I keep seeing this mentioned and I'm confused: is it possible that "
            "Turkey will hand its S-400 systems back to Russia?",
            "turkey-return-s400-to-russia",
        ),
        (
            "A headline read \"Turkey's S-400s won't go back to Russia without a fight.\" Is that accurate?",
            "s400-will-not-be-easily-returned",
        ),
        (
            'A headline read "The S-400: emblem of the Putin–Erdogan partnership." Is that an accurate description?',
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "someone described turkey's ruling party as following 'neo-abdulhamidism', playing russia and the us off "
            "each other. is that a fair description?",
            "neo-abdulhamidism-policy",
        ),
    ],
)
def test_an_apology_a_headline_read_and_a_fair_description_frame_the_claim(service, question, claim):
    """An apology before a colon is context whatever follows it; "a headline read" is
    hearsay; "is that a fair description / an accurate description?" asks whether it is so
    (sets 18, 52)."""
    _assert_matches(service, question, claim)


def test_exactly_where_near_the_city_asks_a_finer_place(service):
    """ "Exactly where near the city are the launchers?" asks a finer place than the claim's
    Adana and Ankara (set 52), as "where exactly near Adana" did."""
    answer = service.ask(
        "Sorry if this is a strange question, I'm visiting Adana next month: exactly where near the city are the "
        "S-400 launchers located?",
        log=False,
    ).answer
    assert answer.outcome != "match", answer.why


def test_has_right_to_is_no_judgement(service):
    """ "Türkiye has right to sell the systems ...?" (no article, a non-native speaker) asks
    about the right, as "has the right to" does, not for a judgement (set 49)."""
    _assert_matches(
        service,
        "In S-400 contract, Türkiye has right to sell the systems to other third country or not?",
        "s400-contract-bans-third-country-transfer",
    )


def test_paid_the_price_for_something_else_is_not_a_claim_about_it(service):
    """ "Has Turkey paid the price for buying Chinese weapons?" (a probe of this session's
    idiom): no claim says buying Chinese weapons harmed Turkey."""
    answer = service.ask("Has Turkey paid the price for buying Chinese weapons?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "So the missiles would only go back if the Kremlin decides it's in their interest. Is that the idea?",
            "s400-return-if-russia-benefits",
        ),
        (
            "So if Turkey gives the Russian system back, they get the American stealth jets, the F-35s? Is that trade "
            "actually on the cards?",
            "s400-for-f35-exchange",
        ),
        (
            "I keep seeing posts saying Ankara might ship the S-400 batteries back to Moscow. Is that a possibility?",
            "turkey-return-s400-to-russia",
        ),
    ],
)
def test_a_last_sentence_that_points_back_confirms_the_ones_before(service, question, claim):
    """ "Is that the idea?", "Is that trade actually on the cards?": a last sentence that
    points back with a word or two of its own confirms the sentences before, as "is that
    right?" does (sets 24, 47, 48); "Is that why ...?" and "Is it really that simple?" still
    ask on their own."""
    _assert_matches(service, question, claim)


def test_one_of_those_is_no_number(service):
    """ "one of those southern cities" names no number (set 40)."""
    _assert_matches(
        service,
        "Are the S-400 batteries still set up in Ankara and one of those southern cities, Adana I think?",
        "s400-deployed-in-adana-and-ankara",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Did Turkey pay a heavy price for cancelling the 2017 weapons contract with China?",
        "Did the US pay a high price for sanctioning Turkey under CAATSA?",
        "Did Turkey pay a steep price for NATO's refusal to deploy Patriot systems?",
    ],
)
def test_a_heavy_price_for_something_else_is_no_claim_of_harm(service, question):
    """An idiom of this session read "a heavy price" as harm: one word (or two) of harm
    weighed too little against the rest, and three questions of the hunting set 53 got the
    claim about what they were the price of. The idiom was dropped ("has Turkey paid a heavy
    price for the S-400?" is again answered with the deal's price, as before session 18)."""
    _assert_no_match(service, question)


# --- Session 19 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Turkey lost its place in the F-35 production program over the S-400 — that's what my uncle, a retired "
            "pilot, says; correct?",
            "turkey-removed-from-f35-program",
        ),
        (
            "The S-400 contract with Moscow cost Turkey two and a half billion dollars — a commenter online said "
            "that; accurate?",
            "s400-deal-worth-2-5-billion",
        ),
        (
            "Washington sent Ankara menacing, undiplomatic letters over the S-400 purchase — I saw that in a YouTube "
            "comment; is it real?",
            "us-threatening-letters-over-s400",
        ),
        (
            "The S-400 hardware reached Turkey in 2019 — my neighbour, who follows the news, is sure of it; is he "
            "right?",
            "s400-components-delivered-2019",
        ),
        (
            "The S-400 stands for the Putin-Erdogan partnership — that's how my history-buff friend puts it; fair?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
    ],
)
def test_hearsay_named_after_the_statement_is_not_asked(service, question, claim):
    """ "X — that's what my uncle says; correct?", "X — a commenter online said that;
    accurate?" (set 57): a private source named after the statement is an aside, not a
    speaker whose saying is asked about, and the statement is what is asked."""
    _assert_matches(service, question, claim)


def test_a_source_the_claims_may_name_stays_in_an_aside():
    """ "— a Bloomberg analyst said so" names a source a claim may be about: the aside stays
    (only nationalities and platforms may be capitalised in a private source)."""
    from bot.normalize import strip_chat_noise

    kept = "Turkey is weighing a return — a Bloomberg analyst said so; true?"
    assert "Bloomberg analyst" in strip_chat_noise(kept)
    assert "commenter" not in strip_chat_noise("Turkey is weighing a return — a commenter online said so; true?")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Turkey might ship the S-400s back to Russia — or so my brother-in-law keeps insisting; is he right?",
            "turkey-return-s400-to-russia",
        ),
        (
            "so the turks' line on the s400s hasn't shifted one bit, right? (asking for a friend)",
            "turkey-s400-position-unchanged",
        ),
        (
            "So under that kind of deal Turkey would get F-35 jets once the S-400s go back to Russia, is that right?",
            "s400-for-f35-exchange",
        ),
    ],
)
def test_a_tag_after_a_statement_is_not_a_word_to_match(service, question, claim):
    """ "...; is he right?", "..., right?": the tag asks whether the statement is so; its
    "right" found the claim about the right to transfer the systems (set 57)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Did NATO turn down deploying Patriot missile systems in Turkey, and also hello from Izmir!",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "When did Turkey start acquiring the Russian S-400s, and also can you answer in one sentence?",
            "turkey-bought-s400-in-2017",
        ),
        (
            "Has Turkey's stance on the S-400 shifted at all, and can you also say hi to my friend who's reading "
            "along?",
            "turkey-s400-position-unchanged",
        ),
        (
            "Is the S-400 a symbol of Putin and Erdogan working together, and also can you find some photos of the two "
            "of them?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
    ],
)
def test_a_request_to_the_bot_after_and_also_is_not_asked_of_a_claim(service, question, claim):
    """ "..., and also hello from Izmir!", "..., and also can you answer in one sentence?" (set
    56): a greeting or a request to the bot tacked on asks nothing of a claim."""
    _assert_matches(service, question, claim)


def test_a_second_question_after_and_also_stays():
    """ "..., and also did it cost $2.5 billion?" asks a second thing of the claims: it stays."""
    from bot.normalize import strip_chat_noise

    text = "Did Turkey buy the S-400 in 2017, and also did it cost $2.5 billion?"
    assert strip_chat_noise(text) == text
    assert "hello" not in strip_chat_noise("Did Turkey buy the S-400 in 2017, and also hello from Izmir!")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Claim: Officials in Europe floated the idea of Turkey's S-400s going to Ukraine | Verdict?",
            "s400-to-ukraine-european-proposal",
        ),
        (
            "Claim: Parts of the S-400 system were handed over to Turkey in 2019 | Verdict?",
            "s400-components-delivered-2019",
        ),
        (
            "Rate this: Turkey appears set on not putting its relationship with Russia at risk because of the S-400.",
            "turkey-protects-russia-relationship",
        ),
        (
            "Isn't it a stretch to call the S-400 a symbol of cooperation between Putin and Erdogan?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Surely the Americans didn't send Turkey menacing letters about the S-400 deal?",
            "us-threatening-letters-over-s400",
        ),
    ],
)
def test_a_fact_check_template_frames_the_claim(service, question, claim):
    """ "Claim: ... | Verdict?", "Rate this: ...", "isn't it a stretch to call ...", and
    "menacing" letters as threatening ones (set 56): the frame is not asked of a claim."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "Is the S-400 a better air-defence system than the Patriot?",
        "By how much could the S-400 damage to Turkey increase?",
        "Has NATO since deployed Patriot systems in Turkey?",
    ],
)
def test_a_comparison_an_amount_or_a_later_act_the_claim_does_not_give(service, question):
    """Sets 56-58: "a better air-defence system than" compares as "better than" does; "by how
    much" asks an amount, though "how much could it damage" alone asks a degree; "has NATO
    since deployed ...?" asks about a time after the claim's refusal."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Is it true that Bloomberg wrote Ankara is weighing a return of its S-400 systems?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
        (
            "What does the S-400 symbolize in terms of the personal cooperation between the Russian and Turkish "
            "presidents?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Is it true that the Americans wrote menacing, undiplomatic letters to Turkey over the Russian missile "
            "deal?",
            "us-threatening-letters-over-s400",
        ),
    ],
)
def test_what_a_source_wrote_it_reported_and_in_terms_of_frames(service, question, claim):
    """ "Bloomberg wrote Ankara is weighing ..." reports (set 58), though letters written are
    letters sent; "in terms of" frames what follows."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Leaving aside who first proposed it, is there a realistic possibility that Turkey would relinquish its "
            "S-400 systems to Russia in return for receiving F-35 jets?",
            "s400-for-f35-exchange",
        ),
        (
            "Irrespective of who may have suggested it, is it actually possible for Turkey to pass its S-400 batteries "
            "on to Ukraine?",
            "s400-transfer-to-ukraine-feasible",
        ),
        (
            "Setting aside official explanations, was Turkey's decision to acquire the S-400 in fact driven by NATO's "
            "unwillingness to deploy Patriot batteries on its soil?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        (
            "NATO turned down stationing Patriot batteries in Turkey — so says my friend in the army; is that right?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
    ],
)
def test_what_a_question_sets_aside_is_not_asked(service, question, claim):
    """ "Leaving aside who first proposed it, ...", "Irrespective of who may have suggested it,
    ..." (set 57): the asker sets the proposal aside, so the claim about who proposed it is not
    the answer (two were confidently wrong); "— so says my friend" is hearsay."""
    _assert_matches(service, question, claim)


def test_apart_from_asks_for_another_thing(service):
    """ "Apart from the S-400 return, what does the US get ...?" asks for something besides the
    return: the clause stays (set 53)."""
    question = "Apart from the S-400 return, what does the US get in return for delivering F-35 jets to Turkey?"
    _assert_no_match(service, question)


def test_right_now_is_now(service):
    """ "... looking at right now?" (sets 5, 35): "right" is no word of the question's own."""
    _assert_matches(
        service,
        "Is returning the S-400 something Turkey is seriously looking at right now?",
        "turkey-considering-s400-return",
    )


@pytest.mark.parametrize(
    "question",
    [
        "is it worth getting a standing desk",
        "Did the CAATSA sanctions specifically target Turkey's defence procurement agency?",
    ],
)
def test_the_plain_words_of_a_sources_name_are_not_the_claims(service, question):
    """The outlet's name, "Webangah News Agency, International Desk", was indexed with the
    claim's names: "desk" and "agency" answered an off-topic question (set 61) and four about
    the procurement agency (sets 30, 39, 51, 52). A source's name words that are plain English
    and no word of the alias table are not the claim's (they are still searched: leaving them
    out of the index gained 7 right answers on the tuning files and cost CheckThat! dev 0.001
    of MAP@5, every one of its claims having the claimant "unknown")."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "What is the basis for saying Turkey bought the S-400 because NATO wouldn't station Patriots there and it "
            "needed air defence?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        (
            "What is the basis for calling the S-400 a symbol of the Putin-Erdogan partnership?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Is there any solid evidence that Turkey might actually give its S-400 batteries back to Russia?",
            "turkey-return-s400-to-russia",
        ),
        (
            "Could Ankara end up handing the S-400s back to Moscow? Is that confirmed or just talk?",
            "turkey-return-s400-to-russia",
        ),
        ("cud turky just giv its s4oo to ukraine?", "s400-transfer-to-ukraine-feasible"),
        (
            "wat did barak the us ambasador say about how long the s400 thing wil take to fix",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_an_evidence_minded_frame_and_fast_typing(service, question, claim):
    """Set 60: "what is the basis for saying ...", "is there any solid evidence that ...", "is
    that confirmed or just talk?" frame the claim (the first was answered with Erdogan's
    saying); "giv", "wil", "s4oo" and "barak" are typed fast."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "What's the status of the 2015 Su-24 episode in Turkey-Russia history — did it really sour relations "
            "between Ankara and Moscow?",
            "su24-downing-2015-soured-relations",
        ),
        (
            "Any update on the S-400 as a friction point between the US and Turkey — is it a major bone of contention?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "What's the status — is Turkey seriously weighing the return of its S-400 systems?",
            "turkey-considering-s400-return",
        ),
        (
            "What's the status of a possible S-400-for-F-35 swap — could Turkey still hand the Russian systems back "
            "and get the jets?",
            "s400-for-f35-exchange",
        ),
    ],
)
def test_asked_for_news_of_a_topic_then_the_question(service, question, claim):
    """ "What's the status of X — <question>?" (set 59): the topic is context, the question
    after the dash is asked; "could Turkey still ...?" asks whether it is still possible,
    which a claim that it may be so answers."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("#S400 acquisition by #Turkey kicked off in #2017? 📅🤔", "turkey-bought-s400-in-2017"),
        ("was turkey kicked off the f35 program?", "turkey-removed-from-f35-program"),
        ("#S400 = #Turkey's counterweight move vs 🇺🇸 from day one? ⚖️🤔", "s400-purchase-part-of-balancing-policy"),
    ],
)
def test_kicked_off_begins_unless_someone_was_kicked_off_something(service, question, claim):
    """ "The acquisition kicked off in 2017" began it (set 59; "kicked off" was an alias of
    removal); "was turkey kicked off the program?" still asks about the removal; "from day
    one" is at first."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("where does turkey keep its s400 systems rn", "s400-deployed-in-adana-and-ankara"),
        ("Which Turkish cities host the Russian air-defence batteries right now?", "s400-deployed-in-adana-and-ankara"),
    ],
)
def test_now_weighs_as_a_hedge(service, question, claim):
    """ "rn" is now, and "now" weighs half, as a hedge does: in a base where the S-400 and
    Turkey are in every claim, a word no claim has weighed more than the rest of the question
    (sets 9, 16, 17, 22, 52)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Position: Turkey began acquiring the Russian S-400 in 2017. Does the source back this?",
            "turkey-bought-s400-in-2017",
        ),
        (
            "Position: Buying the S-400 has done Turkey considerable damage. Does the source back this?",
            "s400-caused-harm-to-turkey",
        ),
        ("ELI5: can Turkey just give its Russian missiles to Ukraine?", "s400-transfer-to-ukraine-feasible"),
        (
            "In simple terms, did NATO say no to putting Patriot missiles in Turkey?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
    ],
)
def test_a_position_put_to_the_source_and_simple_terms(service, question, claim):
    """Set 63: "Position: X. Does the source back this?" asks whether X is so (its "back" was
    read as a return, and three were answered with another claim); "ELI5:" and "in simple
    terms" ask for plain words, not about difficulty."""
    _assert_matches(service, question, claim)


def test_how_exactly_did_someone_do_it_asks_the_manner(service):
    """ "How exactly did the US pressure Turkey into dropping the Chinese contract?" asks how,
    as "how did ..." does: the claim gives the pressure only as the reason (set 63)."""
    answer = service.ask(
        "In simple terms, how exactly did the US pressure Turkey into dropping the Chinese contract?", log=False
    ).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "In which year did Turkey start acquiring the S-400: (a) 2015, (b) 2017, (c) 2019?",
            "turkey-bought-s400-in-2017",
        ),
        (
            "How much was Turkey's S-400 agreement with Russia worth: (a) $500 million, (b) $2.5 billion, (c) $10 "
            "billion?",
            "s400-deal-worth-2-5-billion",
        ),
        (
            "Who proposed that Turkey's S-400s be sent to Ukraine: (a) European officials, (b) the Kremlin, (c) Rear "
            "Admiral Akturk?",
            "s400-to-ukraine-european-proposal",
        ),
        (
            "What soured relations between Turkey and Russia in 2015: (a) the downing of a Russian Su-24, (b) a gas "
            "pipeline dispute, (c) the S-400 purchase?",
            "su24-downing-2015-soured-relations",
        ),
        (
            "What could returning the S-400s do for Turkey's ties with the United States: (a) help normalise them, "
            "(b) make them worse, (c) have no effect?",
            "s400-return-would-normalize-us-relations",
        ),
    ],
)
def test_lettered_options_are_read_one_at_a_time(service, question, claim):
    """A multiple-choice question (set 63) is read as its stem with each option in turn: the
    one option a claim answers is the answer (the options' "(a)" were dropped as asides, and
    the three years or sums read together named what no claim gives)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "How many S-400 batteries did Turkey buy from Russia: (a) two, (b) four, (c) six?",
    ],
)
def test_options_no_claim_settles_or_two_claims_answer_are_no_match(service, question):
    """No option answered (the article gives no number of batteries): at most a suggestion, and
    the why says so. (Session 21: "What could returning the S-400s do for Turkey's ties with the
    United States: (a) help normalise them, (b) make them worse, ...?" was here as two options two
    claims answer; since a return asked of a claim with none is another act, only (a) is
    answered, by the claim its set labels it with: it moved to the test above.)"""
    _assert_no_match(service, question)


def test_a_lettered_option_is_not_an_aside():
    from bot.normalize import multiple_choice, strip_chat_noise

    text = "When were S-400 components shipped to Turkey: (a) 2017, (b) 2019, (c) 2021?"
    assert strip_chat_noise(text) == text
    assert multiple_choice(text) == ("When were S-400 components shipped to Turkey:", ["2017", "2019", "2021"])
    assert multiple_choice("Is it (b) or (c)?") is None  # not lettered from (a)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "replying to the guy above: wasn't the real reason Turkey bought the S-400 that NATO wouldn't station "
            "Patriots there and Turkey needed air defence?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        (
            "@Selin where are Turkey's S-400s actually stationed? someone said Adana and Ankara — true?",
            "s400-deployed-in-adana-and-ankara",
        ),
        (
            "replying to the guy above: has the S-400 purchase actually hurt Turkey? anyone?",
            "s400-caused-harm-to-turkey",
        ),
        (
            "@Ali is Ankara actually weighing giving the S-400s back, or is that just noise? someone confirm pls",
            "turkey-considering-s400-return",
        ),
    ],
)
def test_a_reply_in_a_thread(service, question, claim):
    """Set 62: "replying to the guy above:", a name typed with "@" (whom the message is to),
    and "anyone?", "can someone confirm?" after the question are not asked of a claim (the
    first was answered with Erdogan's saying)."""
    _assert_matches(service, question, claim)


def test_how_much_did_the_s400_cost_turkey_asks_the_price(service):
    """ "How much did the s-400 cost turkey?" asks the price: the idiom of "how much ... cost"
    missed a hyphenated name between, and "cost turkey" read as harm (watch mode replied with
    the claim of harm)."""
    _assert_matches(service, "how much did the s-400 cost turkey?", "s400-deal-worth-2-5-billion")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("What did signing the S-400 agreement with Moscow commit Ankara to paying?", "s400-deal-worth-2-5-billion"),
        (
            "turkey couldn't cancel the s-400 deal bc it would make them look like nobody's independent player to "
            "their own people, right?",
            "cancelling-s400-would-hurt-turkey-independence",
        ),
    ],
)
def test_committed_to_and_an_independent_player(service, question, claim):
    """ "commit Ankara to paying" is a light verb; "an independent player" is independence
    (sets 32, 45, 57). ("intact" as protecting ties was tried and dropped: "did the S-400
    components arrive intact in 2019?" then got the claim of the delivery.)"""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("bloomberg turkey considering returning s400", "bloomberg-reported-turkey-considering-s400-return"),
        ("barrack s400 four to six months", "barrack-said-s400-issue-resolvable-in-months"),
        (
            "Did Rear Admiral Akturk really tell reporters 'nothing has changed in our S-400 position'?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
    ],
)
def test_a_speaker_named_first_asks_what_the_speaker_said(service, question, claim):
    """ "bloomberg turkey considering returning s400" names Bloomberg first: the claim about what
    Bloomberg reported answers, though the claim about the thing itself scores close, since
    Bloomberg is only the speaker of that one's evidence (sets 26, 35, 47, 49, 60)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "ANKARA CONSIDERING S400 RETURN BLOOMBERG",
        "Was Tom Barrack told by Turkish officials that the S-400 issue could be resolved within four to six months?",
    ],
)
def test_a_speaker_named_last_or_told_is_not_asked_about(service, question):
    """The speaker last (a source given, "... BLOOMBERG"), or told something ("was Barrack
    told by ..."): the claim about the saying is not the answer (held, as before)."""
    answer = service.ask(question, log=False).answer
    assert not (answer.outcome == "match" and answer.claim.id.startswith(("bloomberg-", "barrack-"))), answer.why


def test_the_modal_may_is_no_month():
    """ "Turkey may return its S-400 systems to Russia" gives no date ("s400 return date turkey
    russia" was answered with it, set 61); "in May 2019" does."""
    from bot.normalize import gives

    assert "time" not in gives("Turkey may return its S-400 systems to Russia.")
    assert "time" in gives("The components arrived in May.")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("is turkey thinking of returning s400s?", "turkey-considering-s400-return"),
        ("And the S-400 — is Turkey actually thinking of giving it back?", "turkey-considering-s400-return"),
        (
            "Did Washington treat the S-400 procurement as a political signal of Turkey's growing alignment with "
            "Russia, rather than a mere arms transaction?",
            "us-sees-s400-as-russia-alignment",
        ),
    ],
)
def test_thinking_of_doing_it_and_rather_than(service, question, claim):
    """ "Is Turkey thinking of returning them?" asks whether it is considered (the claim that
    it may return them was the confident answer, sets 35, 51); the alternative after "rather
    than" is not what is asked (sets 14, 52)."""
    _assert_matches(service, question, claim)


def test_rather_than_leaves_what_is_asked(service):
    """ "... thinking of mothballing the S-400s rather than returning them?" asks about
    mothballing, which no claim says (set 64)."""
    question = "According to Bloomberg, is Turkey thinking of mothballing the S-400s rather than returning them?"
    _assert_no_match(service, question)


# --- session 20 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "How many missiles does a single S-400 launcher carry? never mind the first part — what I really want "
            "to know is whether Turkey may send the S-400 back to Russia.",
            "turkey-return-s400-to-russia",
        ),
        (
            "Does Turkey make its own air defence missiles? forget that — I only want to know whether NATO said no "
            "to deploying Patriot systems in Turkey.",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "Who signed the US letters? actually forget that — I just want to know whether the United States sent "
            "Turkey threatening letters regarding the S-400.",
            "us-threatening-letters-over-s400",
        ),
    ],
)
def test_a_first_question_taken_back_is_not_asked(service, question, claim):
    """ "X? never mind — what I really want to know is whether Y" asks Y (set 70: the first
    question's words held the answer back, or found another claim)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Dear team, I would be grateful if you could confirm whether Ankara might end up giving its S-400 "
            "batteries back to Moscow. Many thanks, J.",
            "turkey-return-s400-to-russia",
        ),
        (
            "Kindly verify the following: if Turkey gave up the S-400s, its relations with the United States "
            "could get back to normal.",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "For my students' quiz: true or false — NATO turned down deploying Patriots on Turkish territory.",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "T/F: Europeans proposed that Turkey's S-400s go to Ukraine (saw this on a forum).",
            "s400-to-ukraine-european-proposal",
        ),
        (
            "If I'm writing a history essay, can I say the 2015 Su-24 shootdown damaged Turkey's relations with "
            "Russia?",
            "su24-downing-2015-soured-relations",
        ),
    ],
)
def test_courtesy_and_what_the_asker_wants_it_for_are_not_asked(service, question, claim):
    """A formal request ("Dear team, I would be grateful if you could confirm whether ...
    Many thanks, J."), a quiz ("For my students' quiz: true or false —", "T/F:"), a purpose
    ("If I'm writing a history essay, can I say ...") are the asker's, not a claim's words
    (sets 65, 70: "dear", "grateful", "quiz", "essay" held the answers back)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "RT @balkan_watch: Ankara could end up handing the Russian S-400 batteries back to Russia. fact check pls",
            "turkey-return-s400-to-russia",
        ),
        ("TIL Turkey's S-400 acquisition got going back in 2017. is that right?", "turkey-bought-s400-in-2017"),
        (
            "Unpopular opinion: the S-400 buy has done Turkey considerable damage. true?",
            "s400-caused-harm-to-turkey",
        ),
        (
            "I'm arguing Turkey needed air defence and turned to Russia after NATO wouldn't provide Patriots. "
            "Does that hold up?",
            "s400-bought-over-nato-patriot-refusal",
        ),
    ],
)
def test_a_post_shared_on_or_a_bet_to_settle_asks_its_statement(service, question, claim):
    """ "RT @handle: ... fact check pls", "TIL ...", "Unpopular opinion: ...", "I'm arguing
    ... Does that hold up?" ask whether the statement is so (sets 66, 67)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "How should I write a thank-you letter?",
        "BETTER TIES WITH RUSSIA AFTER THE SU-24 — WHAT DID ERDOGAN PROMISE PUTIN?",
    ],
)
def test_framing_words_inside_a_question_stay(service, question):
    """ "should I write" is no "can I say" framing, "BETTER" no "bet:" (both were read so in
    this session's first try: the letter question got the claim of the threatening letters)."""
    _assert_no_match(service, question)


def test_when_were_is_no_purpose_clause(service):
    """ "When were the components delivered to Turkey, was it in 2019?" keeps its "when" ("were"
    was read as "we're" in this session's first try)."""
    _assert_matches(
        service,
        "When were the S-400 Components delivered to Turkey, was it in 2019?",
        "s400-components-delivered-2019",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which European country proposed sending Turkey's S-400s to Ukraine?",
        "Which US newspaper first floated the idea of trading Turkey's S-400 for F-35s?",
        "Which American outlet first reported the S-400-for-F-35 idea?",
    ],
)
def test_which_country_or_newspaper_said_it_asks_a_name_the_claim_lacks(service, question):
    """ "European officials proposed ..." names no country, "US media ... suggested" no
    newspaper: "which European country proposed it?" asks a finer who than the claim gives
    (sets 61, 64, 69; the issue: "a question that only shares names with a claim")."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("which country suggested swapping the s-400 for f-35s", "us-media-officials-suggested-s400-return-for-f35"),
        (
            "which outlet reported that turkey is considering returning the s-400",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
    ],
)
def test_which_country_or_outlet_the_claim_names_answers(service, question, claim):
    """ "US media and officials" are American: "which country suggested ...?" is answered; so is
    "which outlet reported ...?" by Bloomberg's report."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "Did Bloomberg identify its sources for the report that Turkey is considering an S-400 return?",
        "what were bloomberg's sources on turkey and the s400",
        "Has Bloomberg ever named its sources for the S-400 return story?",
        "When will the remaining S-400 components be delivered to Turkey?",
        "when will turkey retrun to the f35 progam",
        "Were the US letters threatening Turkey over the S-400 ever made public?",
    ],
)
def test_sources_a_future_date_or_publication_the_claim_does_not_give(service, question):
    """Who a report's sources were (no claim names them, sets 48, 61, 62, 67, 70), when
    something will be (of a claim that dates what happened, sets 39, 69), whether letters were
    made public (their "public" is not the claim's, sets 38, 42, 69): no claim answers."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Is it true that the S-400 row can be settled in a matter of months, say four to six?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
        (
            "did bloomberg report that turkey is considering returning the s-400?",
            "bloomberg-reported-turkey-considering-s400-return",
        ),
    ],
)
def test_an_example_given_is_no_saying_and_a_source_named_still_is(service, question, claim):
    """ ", say four to six?" gives an example, it asks no one's saying (the claim of what Barrack
    said was the answer, set 69); a report asked about is still a report."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Is there still a chance the S-400 row gets settled within the next four to six months?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
        (
            "Could Turkey give its S-400 to the Ukraine, is that still possible at all?",
            "s400-transfer-to-ukraine-feasible",
        ),
        (
            "Did Turkey turn to the Russian system because it couldn't get Patriots via NATO and still needed air "
            "defence?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        (
            "If Turkey cancel the S-400 deal, people in Turkey think it is not independent anymore?",
            "cancelling-s400-would-hurt-turkey-independence",
        ),
    ],
)
def test_still_possible_or_still_inside_a_clause_is_answered(service, question, claim):
    """ "Is there still a chance ...?", "is that still possible?" ask whether it may be, which a
    hedged claim says; "still" in a clause of why, "anymore" in what people would think, ask
    nothing of now (sets 35, 42, 67, 68)."""
    _assert_matches(service, question, claim)


def test_still_asked_of_now_is_still_held(service):
    """ "Is Turkey still under CAATSA sanctions today?" asks about now, which the claim that
    they were imposed does not say (unchanged)."""
    answer = service.ask("Is Turkey still under CAATSA sanctions today?", log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "I'm writing a short blog post on NATO allies and I keep getting stuck on Turkey. Could giving up the "
            "S-400 systems actually help bring Turkish-American relations back to normal? Also, does anyone know "
            "why my blog's font keeps resetting every time I save a draft?",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "I keep seeing predictions all over my feed and can't tell hype from substance anymore. Could the S-400 "
            "dispute really be settled within roughly four to six months? Also my cat knocked a plant off the shelf "
            "at 3am so I'm running on basically no sleep today.",
            "s400-issue-resolved-in-four-to-six-months",
        ),
    ],
)
def test_chatter_after_the_question_is_not_asked(service, question, claim):
    """ "...? Also, does anyone know why my blog's font keeps resetting?" and "...? Anyway
    lunch was a sad salad": an afterthought after the question goes; "I keep seeing
    predictions all over my feed" is hearsay, not a question about what someone predicted
    (set 70: no answer, or the claim of what Barrack said)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Turkey never had any weapons contract with China, did it?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "The S-400 buy had nothing to do with balancing against the US, right?",
            "s400-purchase-part-of-balancing-policy",
        ),
        ("Has the S-400 deal hurt Turkey so far?", "s400-caused-harm-to-turkey"),
        (
            "RT @natowatch: For the US, Ankara's S-400 deal was never just a weapons purchase — it's a marker of "
            "Turkey cozying up to Moscow. fact check pls",
            "us-sees-s400-as-russia-alignment",
        ),
    ],
)
def test_a_contrarians_negation_asks_whether_it_is_so(service, question, claim):
    """ "never", "nothing to do with", "so far" ask whether it is so, as "not" does (sets 29,
    56, 62, 66, 67: "never" and "nothing" were words the claim lacked)."""
    _assert_matches(service, question, claim)


def test_never_in_what_someone_said_is_what_was_said(service):
    """ "Did Erdogan say in a televised interview that Turkey would never return the S-400?"
    asks about words he is not recorded saying (answered with his Patriot claim when "never"
    was light everywhere, this session's first try)."""
    question = "Did Erdogan say in a televised interview that Turkey would never return the S-400?"
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Turkey guarding Moscow ties?", "turkey-protects-russia-relationship"),
        (
            "Turkey and that Chinese weapons deal — why did it fall through?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "the Russian Su-24 incident in 2015 — did it really spoil things between Ankara and Moscow?",
            "su24-downing-2015-soured-relations",
        ),
        (
            "Is it true that the Turkey is actually reflecting on giving back the S-400?",
            "turkey-considering-s400-return",
        ),
        (
            "Türkiye is really thinking about sending back S400 or not? yani it is on the table?",
            "turkey-considering-s400-return",
        ),
    ],
)
def test_words_of_session_twenty(service, question, claim):
    """Guarding ties protects them, a deal that fell through was cancelled, an incident that
    spoiled relations soured them, reflecting on a return considers it; "yani", "acaba", "abi"
    are a Turkish speaker's fillers (sets 65, 66, 68)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Turkey got KICKED OUT of the F-35 jet program because of the RUSSIAN missiles... Is this TRUE??? SHARE "
            "if you agree",
            "turkey-removed-from-f35-program",
        ),
        (
            "They downplay it as a minor spat, but is the S-400 actually a major sticking point between the US and "
            "Turkey?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "what they don't tell you is that Turkey could just hand the S-400s right back to Moscow — is that "
            "actually a possibility?",
            "turkey-return-s400-to-russia",
        ),
        ("wait, really? Turkey began getting the S-400 as far back as 2017?", "turkey-bought-s400-in-2017"),
        ("can Turkey give its Russian rocket stoppers to Ukraine?", "s400-transfer-to-ukraine-feasible"),
    ],
)
def test_suspicion_surprise_and_a_childs_words(service, question, claim):
    """ "SHARE if you agree", "They downplay it as ..., but", "what they don't tell you is that",
    "wait, really?", "hold on," frame the question; "as far back as 2017" is in 2017 (its "back"
    is no return); a child's "Russian rocket stoppers" are the S-400 (sets 73, 74)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "To what extent did the 2015 downing of a Sukhoi Su-24 damage relations between Turkey and Russia?",
            "su24-downing-2015-soured-relations",
        ),
        (
            "Can it be established that parts of the S-400 system reached Turkish territory in 2019?",
            "s400-components-delivered-2019",
        ),
        (
            "Is there evidence to suggest that the S-400 controversy could be settled in under six months?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
        (
            "Scholars argue that the S-400 purchase has done Turkey significant damage; does the article support "
            "this assessment?",
            "s400-caused-harm-to-turkey",
        ),
        ("When did the delivery of S-400 components to Ankara take place?", "s400-components-delivered-2019"),
        ("EU offs. proposed TR S-400s go to UKR? source", "s400-to-ukraine-european-proposal"),
    ],
)
def test_an_academics_framings_and_a_newsrooms_abbreviations(service, question, claim):
    """ "To what extent ...", "Can it be established that ...", "Is there evidence to suggest
    that ..." ("suggest" is no one's saying), "Scholars argue that X; does the article support
    this assessment?" ask whether it is so; "take place" is happen; "UKR" is Ukraine (sets 75,
    76)."""
    _assert_matches(service, question, claim)


def test_an_abbreviation_is_not_read_into_an_ordinary_word(service):
    """ "offs." for officials was tried and dropped: its stem is "off", and "ship its S-400s off to
    Ukraine" then asked about officials."""
    _assert_matches(
        service, "Is there a shot Turkey ships its S-400s off to Ukraine?", "s400-transfer-to-ukraine-feasible"
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Is Turkey  weighing whether to give back itsS-400 systems?", "turkey-considering-s400-return"),
        (
            "Does theS-400 system stand for the cooperation between Putin andErdogan?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "is it possible thatTurkey ends up giving the the S-400 systems back to Russia?",
            "turkey-return-s400-to-russia",
        ),
    ],
)
def test_words_typed_without_a_space_or_twice(service, question, claim):
    """ "itsS-400", "andErdogan", "thatTurkey" are two words; "the the" is one (set 75)."""
    _assert_matches(service, question, claim)


def test_glued_words_split_only_at_a_capital_after_two_small_letters():
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("McCain on YouTube with an iPhone") == "McCain on You Tube with an iPhone"
    assert strip_chat_noise("sent toUkraine") == "sent to Ukraine"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Can it be established that Turkey is deliberating over the return of its S-400 batteries?",
            "turkey-considering-s400-return",
        ),
        (
            "Is this accurate: Turkish policymakers are considering handing back the S-400s?",
            "turkey-considering-s400-return",
        ),
        (
            "Can it be established that the shooting down of a Russian military aircraft in 2015 led to a rupture "
            "in Turkish-Russian ties?",
            "su24-downing-2015-soured-relations",
        ),
        (
            "Can it be established that Turkey contracted for a Chinese-made weapons system in 2017 but later had "
            "to withdraw from it?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
    ],
)
def test_an_academics_words(service, question, claim):
    """Deliberating considers, policymakers are officials, a rupture sours ties, withdrawing
    from a contract cancels it; "Is this accurate:" frames (sets 48, 57, 58, 62, 63, 65, 76)."""
    _assert_matches(service, question, claim)


def test_a_message_joined_on_to_the_talk_asks_what_follows(service):
    """ "so did the s400 thing actually get solved ...?" asks whether it was done, as "did ...
    actually" does (set 76: the claim that it could be was the answer)."""
    answer = service.ask("so did the s400 thing actually get solved within the 6 months or nah", log=False).answer
    assert answer.outcome != "match", answer.why


def test_a_possessive_before_a_model_name_is_no_doubled_word():
    """ "Turkey's S-400s" kept its "S" (this session's first reading of words typed twice took
    "s S" for one word, and "pass Turkey's S-400s over" lost its transfer, set 80)."""
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("pass Turkey's S-400s over to Ukraine") == "pass Turkey's S-400s over to Ukraine"
    assert strip_chat_noise("between Washington and and Ankara") == "between Washington and Ankara"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("did the S-400 *components* reach Turkey in ~~2017~~ 2019?", "s400-components-delivered-2019"),
        (
            "does the AKP's choice of **China and Russia** as arms suppliers reflect a balancing policy?",
            "akp-balancing-policy-china-russia-suppliers",
        ),
        ("could 🇹🇷 send its 🚀 S-400s over to 🇺🇦?", "s400-transfer-to-ukraine-feasible"),
        (
            "# quick question\n- might turkey send the russian S-400s back where they came from?",
            "turkey-return-s400-to-russia",
        ),
    ],
)
def test_discord_markdown_and_flags_are_read(service, question, claim):
    """Emphasis goes and its words stay, a struck word ("~~2017~~ 2019") is taken back, a flag
    is its country, a header heads what follows, a list marker goes (set 77)."""
    _assert_matches(service, question, claim)


def test_a_run_of_flags_is_decoration(service):
    """ "🇺🇸🇹🇷" after a question names nothing asked (read as the US and Turkey, "#Barrack: #S400
    fixed in 4-6 months?? 🇺🇸🇹🇷 did the ambassador really say that" lost its answer, set 59)."""
    from bot.normalize import strip_chat_noise

    assert "Turkey" not in strip_chat_noise("fixed in 4-6 months?? 🇺🇸🇹🇷 did he say that")
    assert "Turkey" in strip_chat_noise("from 🇹🇷 to 🇺🇦")
    _assert_matches(
        service,
        "#Barrack: #S400 fixed in 4-6 months?? 🇺🇸🇹🇷 did the ambassador really say that 👀",
        "barrack-said-s400-issue-resolvable-in-months",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Q10: Would giving back the S-400s help Turkey normalize its relations with the US?",
            "s400-return-would-normalize-us-relations",
        ),
        (
            "2) Could Turkey send its S-400 systems to Ukraine? (asking for a debate tonight lol)",
            "s400-transfer-to-ukraine-feasible",
        ),
        (
            "not sure if it was 2019 or 2020, but when did the S-400 components physically arrive in Turkey?",
            "s400-components-delivered-2019",
        ),
        (
            "ugh, is the S-400 really the thing the US and Turkey keep fighting over?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "The S-400 components were delivered to Turkey in 2019 — true, false or unproven?",
            "s400-components-delivered-2019",
        ),
    ],
)
def test_a_numbered_request_an_unsure_detail_a_sigh_and_a_verdict_asked(service, question, claim):
    """ "Q10:", "2)", "not sure if it was 2019 or 2020, but", "ugh,", "— true, false or
    unproven?" are not what is asked (sets 79, 80: "q10", "ugh", "unproven" were words the
    claim lacked, and the unsure detail offered a year the claim does not give)."""
    _assert_matches(service, question, claim)


def test_a_guess_after_the_question_is_not_asked_and_a_source_asked_is_held(service):
    """ "...? I'd say American." is the asker's guess; "was Bloomberg's source for the story a
    Turkish official?" asks who the source was, which no claim says (set 80)."""
    question = (
        "Was Bloomberg's source for the S-400 return story a Turkish official or an American one? I'd say American."
    )
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("S-400 purchase make big damage to Turkey?", "s400-caused-harm-to-turkey"),
        ("S400 made big damage to Türkiye, is it correct?", "s400-caused-harm-to-turkey"),
        (
            "Surely Turkey's S-400 acquisition didn't begin as early as 2017? (my uncle swears it was way later)",
            "turkey-bought-s400-in-2017",
        ),
    ],
)
def test_big_damage_is_considerable_harm_and_as_early_as_is_in(service, question, claim):
    """ "made big damage to Turkey" is the claim of considerable harm (its "big" found the claim
    of a "big problem" between the US and Turkey, sets 26, 49, 68, 78); "as early as 2017" is
    in 2017 (set 56)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "What happened to the pilots of the Russian Su-24 that was shot down in 2015?",
        "has china sold turkey any weapons since the cancelled deal",
        "Has NATO deployed Patriot systems in Turkey since the S-400 purchase?",
    ],
)
def test_what_happened_to_someone_else_or_since_an_event_is_not_answered(service, question):
    """ "What happened to the pilots of the Su-24?" asks about the pilots, whom the claim does
    not name; "has China sold Turkey weapons since the cancelled deal?" asks about after the
    claim's event (sets 32, 59, 76, 80)."""
    _assert_no_match(service, question)


def test_since_as_because_is_no_later_time(service):
    """ "... get even worse since the US keeps pushing on it?" gives a reason, not a time after."""
    _assert_matches(
        service,
        "Could the harm the S-400 has done to Turkey get even worse since the US keeps keeps pushing on it?",
        "s400-damage-could-increase",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "My dad asked me 'if Turkey gives the S-400s back, do things get back to normal with America?' and I "
            "didn't know — could they?",
            "s400-return-would-normalize-us-relations",
        ),
        ("Are the S-400'ler still deployed in Adana'da and Ankara'da?", "s400-deployed-in-adana-and-ankara"),
        ("Did Avrupa officials propose that Türkei's S-400s be sent to Ukraine?", "s400-to-ukraine-european-proposal"),
        (
            "Assertion: NATO declined to deploy Patriot systems on Turkish territory. Evaluate.",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "Please verify claim: [Turkey's S-400 position has not changed]",
            "turkey-s400-position-unchanged",
        ),
        (
            "sorry if this is dumb, but when did Turkey start buying the S-400 — was it 2017?",
            "turkey-bought-s400-in-2017",
        ),
    ],
)
def test_a_reported_question_turkish_endings_and_a_logicians_framings(service, question, claim):
    """A question told as someone else's ("My dad asked me '...' — could they?") asks the quoted
    question; Turkish case endings ("Adana'da", "S-400'ler") and other languages' names ("Avrupa",
    "Türkei") are the names; "Assertion: ... Evaluate.", "Please verify claim: [...]", "sorry if
    this is dumb, but" frame (sets 81, 82)."""
    _assert_matches(service, question, claim)


def test_english_apostrophes_are_no_turkish_endings():
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("It's Turkey's call and they'll decide") == "It's Turkey's call and they'll decide"


# --- session 21 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Historically speaking, did the S-400 hardware reach Turkey in 2019?", "s400-components-delivered-2019"),
        (
            "In the chronology of the affair, did officials in Europe suggest that Turkey's S-400s be shipped to "
            "Ukraine?",
            "s400-to-ukraine-european-proposal",
        ),
        ("Assess whether Turkey's S-400 purchase dates back to 2017.", "turkey-bought-s400-in-2017"),
        (
            "Is the assertion that NATO declined to deploy Patriot missile systems in Turkey supported by the record?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "Is there a documented statement by Tom Barrack, Washington's ambassador in Ankara, that the S-400 "
            "dispute could be settled in four to six months?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
        ("SITREP: S-400 at Adana/Ankara — still deployed? confirm", "s400-deployed-in-adana-and-ankara"),
        ("SITREP: S-400s TR → UA transfer possible? confirm", "s400-transfer-to-ukraine-feasible"),
        ("Discuss: returning the S-400 to Russia will be far from easy.", "s400-will-not-be-easily-returned"),
        (
            "My son's homework asks whether the S-400 has become a big source of friction between Washington and "
            "Ankara. Has it?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "show me where it says Turkey got booted from the joint F-35 program over the S-400 delivery",
            "turkey-removed-from-f35-program",
        ),
        (
            "show me where Akturk actually said Turkey's S-400 position hasn't budged",
            "akturk-said-turkey-s400-position-unchanged",
        ),
        ("Bot, quick question: in what year did Turkey start acquiring the S-400?", "turkey-bought-s400-in-2017"),
        (
            "source?? that the S-400 buy was originally a balancing move against Washington",
            "s400-purchase-part-of-balancing-policy",
        ),
        (
            "receipts pls: is there any basis for saying the S-400 mess gets resolved in a matter of months?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
        ("I might be wrong but are the S-400s deployed in Adana and the capital?", "s400-deployed-in-adana-and-ankara"),
        ("The S-400 hardware was physically shipped to Turkey in 2019, eh?", "s400-components-delivered-2019"),
        ("Nobody denies the S-400 purchase has done Turkey a lot of damage, right?", "s400-caused-harm-to-turkey"),
        (
            "It's not untrue that the S-400 stands as a symbol of Putin and Erdogan working together?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Historically speaking, is a return of Turkey's S-400s to Moscow a real possibility at this stage of "
            "the affair?",
            "turkey-return-s400-to-russia",
        ),
    ],
)
def test_an_exam_a_report_a_parent_and_tags_of_speech_frame_what_is_asked(service, question, claim):
    """Session 21's registers (sets 85, 86, 88): "Historically speaking,", "In the chronology of
    the affair,", "Assess whether", "Is the assertion that ... supported by the record?", "Is there
    a documented statement by X that", "SITREP: ... — confirm?" (with "TR", "UA"), "Discuss:", "My
    son's homework asks whether", "show me where it says", "Bot, quick question:", "source??",
    "receipts pls: is there any basis for saying", "I might be wrong but", ", eh?", "Nobody
    denies", "It's not untrue that", "at this stage of the affair"."""
    _assert_matches(service, question, claim)


def test_a_report_s_short_forms_are_read_only_in_capitals():
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("SITREP: TR kicked out w/ RU help") == "Turkey kicked out with Russia help"
    assert strip_chat_noise("tr ru ua and a/b") == "tr ru ua and a/b"


@pytest.mark.parametrize(
    "question",
    [
        "In the chronology of the affair, how and when did Turkish-Russian relations recover after the 2015 Su-24 "
        "incident?",
        "When did Turkish-Russian relations recover after the 2015 Su-24 downing?",
    ],
)
def test_a_recovery_after_the_claim_s_event_is_not_the_event(service, question):
    """ "How and when did relations recover after the Su-24 incident?" asks two things ("how and"
    is no circumstance before "when") about a later event than the claim's souring (sets 58, 85)."""
    _assert_no_match(service, question)


def test_how_and_when_asks_when():
    from bot.normalize import read_question

    assert "time" in read_question("how and when did relations recover after the incident?").asks
    assert "time" not in read_question("did china protest when turkey cancelled the contract?").asks


@pytest.mark.parametrize(
    "question",
    [
        "If Turkey she return the S-400, the Russia she will give back the 2.5 billion dollars?",
        "Evaluate the claim that Russia has offered to buy the S-400s back from Turkey for $2.5 billion.",
        "Russia Agrees to Buy Back Turkey's S-400s for $2.5 Billion",
        "Does the S-400 agreement stipulate what happens if Turkey returns the systems to Russia?",
        "Moscow is determined not to jeopardize its ties with Ankara over the S-400?",
        "Hey bot, what exact benefit would Russia get from taking the S-400s back?",
        "I might be wrong but did NATO give a reason for not deploying Patriots in Turkey?",
        "China complained to the US about Turkey cancelling the arms deal, no?",
        "s-400 issue resolved in 4-6 months -> who would mediate?",
    ],
)
def test_another_act_or_the_parties_reversed_is_not_the_claim(service, question):
    """A return asked of a claim with none (the $2.5 billion given back, a buy-back offer), the
    parties of protecting ties reversed, "what exact benefit", NATO's own reason, a complaint, a
    mediator ("mediate" is no typo of "media") (sets 44, 58, 66, 85, 87, 88, 89)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Was Turkey's S-400 buy a few years back driven by NATO refusing to deploy Patriots in Turkey and by "
            "Ankara's air-defense needs?",
            "s400-bought-over-nato-patriot-refusal",
        ),
        (
            "wasnt there a china arms deal turkey had to scrap bc washington pushed back",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "Back then, did NATO say no to putting Patriot missile systems in Turkey?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
    ],
)
def test_back_that_returns_nothing_asks_no_return(service, question, claim):
    """ "a few years back", "pushed back", "back then" read as a return by the alias table are no
    return asked in so many words (guards of session 21's return rule: they passed before it, and
    failed on its first form, which took any "back")."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Giving back the S-400, would this help to normalise the rapports between Ankara and Washington?",
            "s400-return-would-normalize-us-relations",
        ),
        ("Will it be simple for the S-400 to be restituted to Russia?", "s400-will-not-be-easily-returned"),
        (
            "In case Ankara decides to give back the S-400, will it concert everything with Moscow so its "
            "independence is not put in question?",
            "s400-return-in-coordination-with-russia",
        ),
        (
            "<@482913370152648704> reckon Turkey might actually hand the S-400s back to the Russians at some point, "
            "mate?",
            "turkey-return-s400-to-russia",
        ),
        (
            "Could Turkey actually ship its S-400s over to Ukraine, or is that off the table?",
            "s400-transfer-to-ukraine-feasible",
        ),
        (
            "Did NATO actually knock back putting Patriot batteries in Turkey?",
            "nato-refused-patriot-deployment-in-turkey",
        ),
        (
            "Was the S-400 buy basically Ankara's way of balancing against the Yanks from the start?",
            "s400-purchase-part-of-balancing-policy",
        ),
        (
            "Did Turkey sign a deal in two thousand seventeen to buy a weapons system from China, only to cancel it "
            "because of pressure from the United States?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "Has the S-400 purchase done Turkey a fair bit of harm, honestly? ngl looks like it",
            "s400-caused-harm-to-turkey",
        ),
        (
            "Did the Turkish military's press bloke, Admiral Akturk, come out and say their S-400 stance hasn't "
            "budged one bit?",
            "akturk-said-turkey-s400-position-unchanged",
        ),
    ],
)
def test_word_for_word_english_slang_and_numbers_in_words(service, question, claim):
    """Sets 87 and 90: false friends ("rapports", "restituted", "concert with"), "reckon ...,
    mate?", "or is that off the table?", "knock back", "the Yanks", "two thousand seventeen", "a
    fair bit of harm", "press bloke"."""
    _assert_matches(service, question, claim)


def test_a_source_before_according_to_is_read_first():
    from bot.normalize import strip_chat_noise

    assert strip_chat_noise("Bloomberg news according to, Turkey S-400 returning is thinking?") == (
        "according to Bloomberg news, Turkey S-400 returning is thinking?"
    )
    assert strip_chat_noise("According to Bloomberg, is Turkey thinking of it?") == (
        "According to Bloomberg, is Turkey thinking of it?"
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Suppose Washington tried to scare Ankara off the S-400 with menacing letters — did the US really send "
            "those?",
            "us-threatening-letters-over-s400",
        ),
        (
            "Imagine driving past an S-400 battery in Adana or the capital — are they actually still deployed there?",
            "s400-deployed-in-adana-and-ankara",
        ),
        (
            "Suppose the S-400 turned out to be a bad bargain for Ankara — has it actually harmed Turkey considerably?",
            "s400-caused-harm-to-turkey",
        ),
    ],
)
def test_a_scene_set_up_to_ask_whether_it_is_real(service, question, claim):
    """ "Suppose ... — did the US really send those?", "Imagine ... — are they actually still
    deployed there?": the scene is what is asked about (set 86)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "Suppose Turkey returns the S-400s, would the US lift the CAATSA sanctions?",
        "did that actually happen to Turkey?",
        "Suppose the US used its adversaries-sanctions law against a NATO ally over Russian missiles — did that "
        "actually happen to Turkey?",
    ],
)
def test_a_hypothetical_and_a_light_word_beside_one_name_are_not_answered(service, question):
    """A hypothetical asked as such stays one; "did that actually happen to Turkey?" shares one name
    and a light word ("happen") with the Su-24 claim, which is no content shared (set 86)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "is the s-400 the biggest point of contention between the us and turkey",
        "is the s400 the biggest symbol of putin-erdogan cooperation",
        "is china or russia the akp's bigger arms supplier",
        "is nato's refusal of patriots for turkey its most controversial air-defence decision",
        "was bloomberg the first outlet to report turkey was considering returning the s400",
    ],
)
def test_a_superlative_asked_is_no_claim_that_ranks_nothing(service, question):
    """ "Is the S-400 the biggest point of contention ...?" asks for a ranking the claim does not
    give (set 94)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "heard the s-400 is one of the biggest fights between ankara and washington, is that true?",
            "s400-point-of-contention-us-turkey",
        ),
        (
            "> the S-400 is the biggest fight between the US and turkey\nis it really a big point of contention "
            "between them?",
            "s400-point-of-contention-us-turkey",
        ),
    ],
)
def test_one_of_the_biggest_and_a_superlative_in_what_was_read_are_not_asked(service, question, claim):
    """Guards of the superlative rule: "one of the biggest" is a significant one, and a superlative
    in a post quoted before the question is not what it asks (sets 17, 77)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "WHAT WOULD RUSSIA DO WITH THE S400 IF TURKEY SENT IT BACK?",
        "what would moscow do if ankara jeopardized their relationship over the s-400",
        "did the turkish defence minister say turkey's s-400 position remains unchanged",
    ],
)
def test_what_someone_would_do_next_and_another_office_are_not_the_claim(service, question):
    """ "What would Russia do with the S-400 if ...?" asks a what-if; "did the Turkish defence
    minister say ...?" names an office the claim's speaker (a rear admiral) does not hold (sets 93,
    94)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "'...the possibility of Turkey returning the S-400 systems to Russia...' — is that actually on the cards?",
        "heard turkey might hand the s-400 back to moscow, is that actually on the cards?",
    ],
)
def test_on_the_cards_asks_whether_it_may_be(service, question):
    """ "Is that on the cards?" asks whether it may happen (the claim that Turkey may return them),
    not whether Turkey is considering it (sets 18, 91; a known wrong since session 19)."""
    _assert_matches(service, question, "turkey-return-s400-to-russia")


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "did Uncle Sam boot Ankara from the F-35 jet project because of the Russkie missiles?",
            "turkey-removed-from-f35-program",
        ),
        ("has buying the Russkie missiles actually hurt Ankara a lot?", "s400-caused-harm-to-turkey"),
        (
            "Quick check before we publish: if Turkey gives back the S-400, will it do so in full coordination with "
            "Russia?",
            "s400-return-in-coordination-with-russia",
        ),
        (
            "Is it precisely the case that Turkish leaders are weighing a return of the S-400 systems?",
            "turkey-considering-s400-return",
        ),
        ("Is it correct that Turkey's S-400 buying process began in 2017 itself?", "turkey-bought-s400-in-2017"),
    ],
)
def test_nicknames_a_reporters_check_and_a_reflexive(service, question, claim):
    """Set 91's nicknames ("Uncle Sam", "the Russkies"), set 92's "Quick check before we publish:"
    and "Is it precisely the case that", and a reflexive ("in 2017 itself") that asks nothing."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "did Turkey have to call off a Chinese weapons purchase because the Americans leaned on it?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
        (
            "Does the S-400 agreement really say Turkey has NO right to resell the systems?",
            "s400-contract-bans-third-country-transfer",
        ),
        (
            "Hey bot, what went wrong between Ankara and Moscow in 2015 with the Su-24?",
            "su24-downing-2015-soured-relations",
        ),
    ],
)
def test_calling_off_a_document_saying_and_going_wrong_between(service, question, claim):
    """ "call off a purchase" names nobody ("did they call it a ...?" does); what an agreement
    "says" it stipulates; "what went wrong between Ankara and Moscow" asks how ties soured (sets
    88, 89)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Could Turkey get the F-35s delivered if it sent the S-400 back to Moscow, aye or no?",
            "s400-for-f35-exchange",
        ),
        ("Is Ankara having a wee think about returning the S-400s at the minute?", "turkey-considering-s400-return"),
        (
            "Would ye say the S-400 stands for the partnership between Putin and Erdogan?",
            "s400-symbolizes-putin-erdogan-cooperation",
        ),
        (
            "Did the Americans take the S-400 buy as more than an arms deal, like a sign Turkey was cosying up to "
            "Russia?",
            "us-sees-s400-as-russia-alignment",
        ),
    ],
)
def test_scottish_english_and_a_sign_of_alignment(service, question, claim):
    """Set 93: "aye or no?", "a wee think", "at the minute", "would ye say"; "a sign Turkey was
    cosying up to Russia" is a symbol of alignment, not the signing of a contract."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("are the Russkie S-400s still parked around Adana and the capital?", "s400-deployed-in-adana-and-ankara"),
        ("Turkey S-400 maybe send back to Russia, possible or not?", "turkey-return-s400-to-russia"),
        ("Turkey S-400 give Ukraine, can do or cannot?", "s400-transfer-to-ukraine-feasible"),
    ],
)
def test_a_demonym_in_slang_and_a_choice_of_yes_or_no_after_it(service, question, claim):
    """ "the Russkie S-400s" says whose make they are, as "Russian" does, not who acts (set 91);
    ", possible or not?", "can do or cannot?" ask whether it is so (set 87)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "what happens if the s400 thing isnt fixed in six months",
        "According to Barrack, what happens if the S-400 issue is not solved within six months?",
        "What did Turkey get from China in exchange for cancelling the 2017 weapons contract?",
        "was the $2.5 billion paid in one go or in installments?",
    ],
)
def test_what_happens_if_what_was_got_in_exchange_and_installments_are_not_the_claim(service, question):
    """ "What happens if ...?" is a what-if; "what did Turkey get in exchange?" asks what was got,
    which no claim of cancelling gives; installments are how a price was paid, which the price
    claim does not say (sets 53, 61, 64, 77)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "I know European officials floated the Ukraine idea, but how did Kyiv respond to it?",
        "how did turkish newspapers react to the us letters ngl",
        "Bloomberg retracted its story about Turkey returning the S-400s — verdict?",
    ],
)
def test_another_partys_reaction_is_not_the_claim(service, question):
    """How Kyiv responded, how newspapers reacted, a report retracted: acts no claim without them
    records (sets 52, 61, 80)."""
    _assert_no_match(service, question)


def test_a_response_to_a_refusal_is_what_drove_it(service):
    """ "Was the purchase a response to NATO's not deploying Patriots ...?" asks what drove it, as
    the claim says (set 92)."""
    _assert_matches(
        service,
        "Was Turkey's S-400 purchase a response to the lack of NATO Patriot batteries and a gap in its air defense?",
        "s400-bought-over-nato-patriot-refusal",
    )


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Could giving up the S-400s lead to Turkey finally receiving F-35 fighter jets?",
            "s400-for-f35-exchange",
        ),
        ("If NATO deploys Patriot systems in Turkey, will Ankara give up the S-400?", None),
    ],
)
def test_giving_up_the_s400_returns_it(service, question, claim):
    """ "Giving up the S-400s" is returning them (set 45); so "will Ankara give up the S-400 if NATO
    deploys Patriots?" asks a return the claim of why Turkey bought them does not give (set 43)."""
    if claim:
        _assert_matches(service, question, claim)
    else:
        answer = service.ask(question, log=False).answer
        assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("receipts pls: the S-400 has seriously damaged Turkey — says who?", "s400-caused-harm-to-turkey"),
        ("receipts pls: the S-400 contract was $2.5bn? where's that from", "s400-deal-worth-2-5-billion"),
    ],
)
def test_says_who_after_a_statement_asks_for_the_claim_and_its_source(service, question, claim):
    """ "... — says who?", "where's that from": the answer gives the claim's source; the
    statement is what is asked (set 86)."""
    _assert_matches(service, question, claim)


def test_an_air_defence_gap_is_the_need_for_air_defence(service):
    """ "S-400 motive: no NATO Patriots + air defence gap?" (sets 85, 90)."""
    _assert_matches(
        service, "S-400 motive: no NATO Patriots + air defence gap?", "s400-bought-over-nato-patriot-refusal"
    )


@pytest.mark.parametrize(
    "question",
    [
        "will the s-400 issue be resolved by 2027?",
        "will turkey return the s-400 to russia before 2027?",
        "will the s-400 damage to turkey keep increasing until 2030?",
    ],
)
def test_a_date_it_will_be_so_by_is_no_claims(service, question):
    """ "By 2027", "before 2027", "until 2030": a date no claim gives (set 96). "In 2026" of a
    forecast still does not veto it (issue 9; ``WRONG_BEFORE``'s neighbours above)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "by a date" in answer.why


@pytest.mark.parametrize(
    "question",
    [
        "did the caatsa sanctions on turkey actually work",
        "was kicking turkey out of the f-35 program the right call",
        "would turkey get the f-35s even without returning the s400?",
    ],
)
def test_whether_it_worked_or_was_the_right_call_is_a_judgement(service, question):
    """Whether something worked, was the right call, or would be so even without its condition:
    judgements and what-ifs no claim records (sets 95, 96)."""
    _assert_no_match(service, question)


def test_an_event_caused_the_other_way_round_is_not_the_claim(service):
    """ "Did the F-35 removal cause the S-400 purchase?" of the claim that Turkey was removed in
    reaction to the S-400 transfer: cause and effect turned round (set 96; ``causing`` read a
    caused event only with "to" after it)."""
    answer = service.ask("did the f-35 removal cause the s-400 purchase?", log=False).answer
    assert answer.outcome != "match", answer.why


# --- session 22 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        ("was turkey removed from the f35 program permanently?", "permanently"),
        ("was the $2.5 billion s-400 deal paid fully in cash?", "in cash"),
        ("has turkey fully paid off the $2.5 billion s-400 deal", "fully"),
        ("did turkey deploy the s400s in ankara without telling nato?", "without telling"),
        ("did barrack say the s400 issue could be resolved in months in private talks?", "in private"),
        ("is turkey determined never to jeopardize relations with moscow under any circumstances?", "circumstances"),
        ("will us insistence on the s-400 definitely increase turkey's losses?", "definitely"),
    ],
)
def test_a_qualifier_the_claim_does_not_give_holds_the_match_back(service, question, typed):
    """How or how far it was done ("permanently", "in cash", "fully", "without telling nato",
    "in private", "under any circumstances"), or "definitely" of a claim that records only a
    possibility: the claim does not say so, and the why names the question's own word (set 98;
    sets 91, 94, 95 had three of them as confident wrong answers)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert typed in answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # the claim says "in full coordination": its own word answers "fully"
        ("would turkey fully coordinate the return with russia?", "s400-return-in-coordination-with-russia"),
        # how anyone says anything, asked of what was said
        ("how did erdogan publicly justify the s-400 purchase in his televised interview?", None),
        # a framing that asks for a yes, not for certainty
        ("do we know for sure that turkey is thinking about giving back its s-400s?", None),
        # certainty of a claim that records no mere possibility
        ("did turkey definitely buy the s-400 for $2.5 billion?", "s400-deal-worth-2-5-billion"),
    ],
)
def test_a_qualifier_the_claim_gives_or_a_framing_holds_nothing_back(service, question, claim):
    """Guards of the qualifier rule: none of these is held as "qualifier" (they pass on the code
    before it too)."""
    answer = service.ask(question, log=False).answer
    assert "asks whether it was so" not in answer.why
    if claim is not None:
        assert answer.outcome == "match" and answer.claim.id == claim, answer.why


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Is Ankara weighing a handback of its S-400 systems?", "turkey-considering-s400-return"),
        ("did NATO deny turkey patriot air defence deployments", "nato-refused-patriot-deployment-in-turkey"),
        (
            "Did Turkey get kicked out of the F-35 programme over the S-400 gear arriving in 2019?",
            "turkey-removed-from-f35-program",
        ),
    ],
)
def test_everyday_words_for_return_refuse_and_components(service, question, claim):
    """ "A handback" returns, to "deny" or "withhold" is to refuse, "gear" is the components
    (knowledge/aliases.json; set 99, written to find the words people use that the claims do
    not)."""
    _assert_matches(service, question, claim)


def test_when_after_an_opening_circumstance_asks_when(service):
    """ "If the swap happens, when would the first jets land in Turkey?": "when" opens the
    question after the circumstance, and the exchange claim gives no date (set 98; a "when"
    after the question's main part is a circumstance, as before)."""
    answer = service.ask("if the s400-f35 swap happens, when would the first jets land in turkey?", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "when" in answer.why


@pytest.mark.parametrize(
    "question",
    [
        "what's the basis for thinking the s-400 issue can be settled in a few months?",
        "on what grounds did barrack say the s-400 issue could be resolved in months?",
    ],
)
def test_the_grounds_for_a_claim_are_a_reason_asked(service, question):
    """ "What's the basis for thinking ...", "on what grounds": the grounds asked, which a claim
    that it was said or forecast does not give (set 98)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "why" in answer.why


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("did european officials propose sending the s-400 to ukraine and did ukraine accept?", "accept"),
        ("does the s-400 agreement ban resale and also include a maintenance deal with russia?", "maintenanc"),
    ],
)
def test_a_second_question_joined_by_and_must_be_answered_too(service, question, missing):
    """A second question after "and" with its own subject, or added with "also": the claim
    that answers the first half does not mention the second's words (set 98). "... and did he
    actually say that?" or "and is it correct that ..." restate the first and hold nothing."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert missing in answer.why


def test_a_second_question_that_restates_the_first_holds_nothing_back(service):
    """Guard (passes on the code before it too): "... — did he actually say that?" asks the
    first part again."""
    _assert_matches(
        service,
        "someone said erdogan went on television and blamed nato's patriot no-show for the s-400 buy — did he "
        "actually say that?",
        "erdogan-said-patriot-refusal-drove-s400-purchase",
    )


@pytest.mark.parametrize(
    "question",
    [
        "who in the us pressured turkey to drop the china deal",
        "who in nato made the decision not to deploy patriots in turkey",
    ],
)
def test_who_in_an_organisation_asks_for_a_person_the_claim_does_not_name(service, question):
    """ "Who in the US ...", "who in NATO ...": a person asked for, and the claim names only the
    country or the alliance (sets 61, 95)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "which" in answer.why


@pytest.mark.parametrize(
    "question",
    [
        "what channel aired erdogan's s-400 interview?",
        "what TV channel aired *Erdogan's* interview about the S-400 and the Patriots?",
    ],
)
def test_what_channel_asks_a_name_the_claim_does_not_give(service, question):
    """ "What channel aired ...?": the claim says the interview was televised, not where (sets
    77, 99)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "channel" in answer.why


@pytest.mark.parametrize(
    "question",
    [
        "did turkey buy chinese drones after cancelling the china contract",
        "does the akp also buy drones from china for leverage",
    ],
)
def test_drones_are_a_weapon_no_claim_names(service, question):
    """Drones are a weapon (knowledge/aliases.json): a question about them is not about the
    Chinese contract or the AKP's suppliers (sets 76, 95)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why


@pytest.mark.parametrize(
    "question",
    [
        "will turkey's position on the s-400 still be unchanged in 2027?",
        "will the s400 still be a point of contention between washington and ankara in 2030?",
    ],
)
def test_a_future_year_is_a_name_a_claim_that_forecasts_nothing_lacks(service, question):
    """A year in a question about the future frames a forecast ("will Turkey return the S-400
    to Russia in 2026?" still finds the claim that it may), but a claim that forecasts nothing
    does not speak of 2027 (set 96)."""
    answer = service.ask(question, log=False).answer
    assert answer.outcome != "match", answer.why
    assert "20" in answer.why  # the year named
    _assert_matches(service, "Will Turkey return the S-400 to Russia in 2026?", "turkey-return-s400-to-russia")


@pytest.mark.parametrize(
    "question",
    [
        # which came first
        "would turkey get the f35s before or after handing the s-400 back to russia",
        "were the threatening letters sent before or after the s400 components arrived",
        # a month, however it is put
        "what exact month will the s-400 issue be resolved",
        # a share
        "what share of its s400 systems is turkey thinking of returning",
        "what are the odds the s400 issue actually gets settled in six months, like as a percentage",
        # what comes after, whether it works, a mistake however long the subject
        "ok and what happens after the six months",
        "does the balancing policy actually work for turkey",
        "was kicking turkey out of the f35 program a mistake",
        # another speaker, and a reply
        "did the turkish foreign ministry spokesperson also say turkey's s-400 position is unchanged",
        "did turkey write back to those us letters",
    ],
)
def test_what_set_100_and_101_ask_that_no_claim_gives(service, question):
    """Which came first ("before or after"), "what exact month", a share or a percentage, what
    happens after, whether it works for someone, a mistake after a long subject, the foreign
    ministry (an organisation) as another speaker, writing back as a reply: each asks what the
    claim its words find does not give (sets 100, 101)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "What are the chances Ankara ends up giving its S-400 batteries back to Moscow?",
            "turkey-return-s400-to-russia",
        ),
        (
            "What if Turkey returned the S-400s — would that really help bring its relations with the US back to "
            "normal?",
            "s400-return-would-normalize-us-relations",
        ),
    ],
)
def test_the_chances_of_a_possibility_and_a_what_if_framing_still_find_the_claim(service, question, claim):
    """Guards (they pass on the code before it too): "what are the chances ..." asks about a
    possibility the claim records, and "what if ..." framed a question in set 86's voice; neither
    was made a number asked or a judgement."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "does the akp buy all its weapons from china and russia?",
        "would turkey be better off today if it had never bought the s-400?",
    ],
)
def test_all_its_weapons_is_a_scope_and_better_off_if_it_had_never_a_what_if(service, question):
    """ "All its weapons": how much of it, which no claim gives; "better off ... if it had never
    bought": a counterfactual ("had never" and "bought" were not read as one, set 98). Reading
    lower-case "us" before "officials" or "media" as the country was tried and dropped: the
    claims' phrasings say "us media" too, and nine right answers were lost."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("is turky sticking to its s-400 policy", "turkey-s400-position-unchanged"),
        ("Is Ankara sticking to its existing S-400 position?", "turkey-s400-position-unchanged"),
        ("would ditching the s400s maybe fix turkey-us relations", "s400-return-would-normalize-us-relations"),
        ("how much of a sore point is the s-400 for us-turkey ties", "s400-point-of-contention-us-turkey"),
    ],
)
def test_sticking_to_it_a_hyphenated_us_and_how_much_of_a(service, question, claim):
    """ "Sticking to" its position is its being unchanged; "us" joined to a country by a hyphen
    ("turkey-us relations", "us-turkey ties") is the country, not the pronoun; "how much of a
    sore point" asks how far, not a number (sets 24, 32, 99, 100, 101)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "would turkey do the s-400 handback in lockstep with russia so it doesn't look weak at home",
        "if turkey does give the s400 back, would it do that on its own or hand in hand with russia so it doesn't "
        "look weak at home?",
    ],
)
def test_a_claim_that_states_it_answers_before_one_that_quotes_it_as_context(service, question):
    """The claim that cancelling would hurt Turkey's image quotes the coordination claim's
    sentence as neutral evidence, and ranked first by two points; the claim close behind that
    states the words the first holds only in its evidence answers (``Tuning.promote_stated``;
    sets 6, 61: a handback read as a return in this session had made the first a wrong answer)."""
    _assert_matches(service, question, "s400-return-in-coordination-with-russia")


@pytest.mark.parametrize(
    "question",
    [
        "'american media and officials have suggested' the s400 for f35 thing — was fox news one of them?",
        "'canceling the s-400 would damage its reputation as an independent actor' — are there polls showing that?",
        "ok turkey could swap the s400 for f35s, but when would the first jets land?",
        "ok the s-400 acquisition started in 2017, but when did negotiations with russia first begin?",
    ],
)
def test_a_claims_words_quoted_then_something_else_asked_is_not_the_claim(service, question):
    """A claim's words quoted (or granted with "ok ..., but"), then another question asked of
    them: the quote holds the claim's words, and the question's own words must be answered
    too (set 104, a running Discord thread)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "someone posted 'if Ankara ever gives the S-400 back it'll be fully coordinated with Moscow so it doesn't "
            "look weak at home' - legit?",
            "s400-return-in-coordination-with-russia",
        ),
        (
            "'...within four to six months...' — is that a realistic timeframe for ending the S-400 dispute?",
            "s400-issue-resolved-in-four-to-six-months",
        ),
        (
            "Would it be fair to say Ankara agreed a 2017 arms contract with China but was compelled by American "
            "pressure to abandon it?",
            "china-arms-contract-signed-2017-cancelled-under-us-pressure",
        ),
    ],
)
def test_a_quote_asked_about_itself_or_going_on_after_but_is_still_the_claim(service, question, claim):
    """Guards of the rule above: "legit?", "is that a realistic timeframe ...?" ask about the
    quote itself (an apostrophe inside it does not end it); "..., but was compelled" goes on
    with the same claim."""
    _assert_matches(service, question, claim)


def test_a_how_to_about_in_laws_is_no_claim(service):
    """ "How to improve relations with my in-laws": "in-laws" had been read as a law (CAATSA's
    alias) and "improve relations" as normalising them, a confident match for an off-topic
    question (set 101). In-laws are their own word now, and a how-to asks advice, not what
    happened."""
    answer = service.ask("how to improve relations with my in-laws", log=False).answer
    assert answer.outcome != "match", answer.why
    assert "caatsa" not in " ".join(service.matcher.match("my in-laws").terms)


@pytest.mark.parametrize(
    "question",
    [
        "is the s400 contract between turkey and russia public",
        "are the us threatening letters about the s-400 public",
        "is bloomberg's s400 story based on turkish government sources",
        "would the s-400 be returned even if russia didn't benefit?",
    ],
)
def test_made_public_based_on_sources_and_even_if_not(service, question):
    """Whether something was made public (not the public opinion of a claim), what a report
    was based on (its sources), and "even if russia didn't" (the apostrophe split it from its
    negation): none is answered by the claim sharing their words (sets 95, 96, 101)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    "question",
    [
        "After starting the S-400 acquisition in 2017, did Turkey also order Russian fighter jets?",
        "were the caatsa sanctions on turkey only economic or did they hit the military too?",
        "Did European officials say how the S-400 systems would get to Ukraine?",
    ],
)
def test_something_asked_in_addition_or_how_it_was_said_to_be_done(service, question):
    """ "Did Turkey also order ...", "... too?": what is asked in addition must be in the claim;
    "did they say how ...": the manner asked (sets 53, 69, 96)."""
    _assert_no_match(service, question)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "Does Erdogan's ruling party also use its ties with Washington as leverage against Moscow, and the other "
            "way round?",
            "neo-abdulhamidism-policy",
        ),
        (
            "Tom Barrack, US ambassador, he say how long time for solve S-400 problem?",
            "barrack-said-s400-issue-resolvable-in-months",
        ),
    ],
)
def test_also_with_a_verb_of_doing_and_say_how_long_still_find_the_claim(service, question, claim):
    """Guards: "also use its ties ... as leverage" asks about the leverage (a verb of doing is no
    further thing), and "say how long" asks a time, not a manner (sets 13, 87)."""
    _assert_matches(service, question, claim)


@pytest.mark.parametrize(
    "question",
    [
        "Will the F-35 jets be easily delivered to Turkey?",
        "Was Turkey removed from the F-35 program in the same month the S-400 components arrived?",
    ],
)
def test_easily_is_a_qualifier_and_the_same_month_a_finer_time(service, question):
    """ "Easily" asks how it would be done, which the exchange claim does not say (the claim
    that a return will not be easy says it); "the same month" asks a time finer than the
    year the removal claim gives (set 58)."""
    _assert_no_match(service, question)


# --- Session 25: dictated questions (tuning set 110) --------------------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("the s four hundreds", ["the", "s400"]),
        ("gets f thirty fives", ["gets", "f35"]),
        ("the su 24 in twenty fifteen", ["the", "su24", "in", "2015"]),
        ("sixty-nine", ["69"]),
        ("a hundred reasons", ["a", "hundred", "reasons"]),  # no number named: left as words
    ],
)
def test_numbers_as_a_dictating_phone_writes_them(text, terms):
    """ "four hundred" is 400 and "thirty five" 35, so "the s four hundreds" are the S-400s."""
    assert tokens(text) == terms


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("um is there a chance the s four hundreds go back to russia", "turkey-return-s400-to-russia"),
        ("so is turkey like thinking about sending the s four hundreds back", "turkey-considering-s400-return"),
        (
            "um is there a possible deal where turkey returns the s four hundreds to russia and gets f thirty fives",
            "s400-for-f35-exchange",
        ),
    ],
)
def test_a_dictated_question_finds_its_claim(service, question, claim):
    """Dictated by voice (set 110): each was a suggestion or no match while the S-400 was
    "four hundred" in words."""
    _assert_matches(service, question, claim)

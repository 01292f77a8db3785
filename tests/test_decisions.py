"""No confident wrong answers (issue 9): a question the base does not answer gets "did
you mean" or "no match", never someone else's verdict; chat noise is not content."""

from __future__ import annotations

import pytest

from bot.normalize import analyze_words, asks, future_tense, gives, strip_chat_noise

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


def test_words_read_as_typos_alone_never_make_a_confident_match(service):
    """In a large base an unknown word is often one letter from some claim's word: "snow
    this weekend" read as "show" and "weegend" found a claim at 100,000 claims (issue 13's
    benchmark). A match needs at least two words as typed; a real typo still finds its
    claim when the question has typed words enough."""
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
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


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
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


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
        ("which turkish policy is named after sultan abdul hamid", "neo-abdulhamidism-policy"),
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
    answer = service.ask(question, log=False).answer
    assert answer.outcome == "match" and answer.claim.id == claim, answer.why


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

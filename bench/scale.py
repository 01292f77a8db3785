"""Scale benchmark (issue 13): synthetic news-claim bases of 1k to 1M claims.

    python bench/scale.py [--sizes 1k,10k,100k] [--questions 1000] [--seconds 10] [--seed 1]
                          [--keep DIR] [--json out.json]

For each size it generates a claim base (a Zipf vocabulary of made-up words under real
news words, person names, organisations, countries, places, numbers and dates) written as
ClaimReview JSON Lines, and noisy questions for it: paraphrases, dropped and shuffled words,
typos, question words, and off-topic questions. It then measures, through the public paths
only (``ClaimService`` and the ``claimbot`` command line):

* the import (``claimbot claims import``): wall time, peak RSS, database size (file + WAL);
* cold start: ``claimbot ask "QUESTION"`` from process start to exit (median of runs);
* logged asks in a fresh process (``ClaimService.ask(log=True)``): p50/p95/p99 ms,
  accuracy@1, top1, confidently wrong answers, abstention on off-topic questions;
* asks per second sustained for ``--seconds`` with logging on, and the log rows lost
  (asks made minus rows added, counted on a fresh connection);
* the same questions through ``claimbot ask --json -``: per line, from writing the question
  to reading its answer;
* the full-scan baseline (rapidfuzz ``process.extractOne`` with ``token_set_ratio`` over all
  statements) and the ratio of its latency to the ask's.

Then, outside every timed run, where the time goes:

* asks: cProfile over 300 more logged asks (the questions the sustained run would have asked
  next), in the same process after the sustained run;
* the import: the first 20,000 reviews (at most) imported into a fresh database by a worker
  process (``ClaimService.import_path``, as ``claimbot claims import`` does), timed, then
  again under cProfile. The profile sees this process only: reading a large file may run on
  another core.

Each profile's self time (tottime) is grouped into a few named buckets by the bot/ file and
function it is spent in (``ask_bucket``, ``import_bucket``): matching, reading claims,
building the answer, logging (log_query) and other for an ask; reading reviews, search
documents, checks and merging, SQLite writes, search copy (tantivy), waiting for reading
processes and other for the import. Time in code outside bot/ (sqlite3, json, pydantic,
tantivy, the standard library) counts for the bot/ function that called it
(``time_by_bucket``). Each bucket is shown as its share of the profile and as that share of
the unprofiled time per ask (the sustained run's mean) or per review (the timed import of the
same reviews), beside the 1 ms an ask and the 120 µs a review the targets need.

It prints one markdown table (one row per size), the cold start on the bundled base, the
two breakdowns (one row per size each), the issue's targets as met / missed (throughput at
the largest size run; a missed throughput or 1M-import target is followed by "cause
(measured): " and its largest buckets), the machine and the command. Nothing here is
asserted: ``tests/test_bench_scale.py`` only runs it at 1k. Every heavy step runs in its own
process, so each size's memory and caches are its own.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COLD_QUESTION = "will turkey return the s400"
OFFTOPIC_SHARE = 0.2  # of --questions
ACTOR = "bench:scale"

# --- words -----------------------------------------------------------------------------

FUNCTION_WORDS = (
    "the a an of in on at to for from by with about as into over after before since during under between "
    "and or but not no that which who whom whose this these those it its their his her they he she we you i "
    "is are was were be been being has have had do does did will would can could should may might must "
    "all any every each some more most many much few less least than then so very just only also even still"
).split()

# Real news words: the top ranks of the Zipf vocabulary (the made-up words come after them).
NEWS_WORDS = (
    "government people year country state law tax health school police election vote money company price oil "
    "gas water power vaccine virus border army court bank market city women children workers students farmers "
    "hospital doctors food energy climate war plan report program budget debt jobs wages crime prison church "
    "media internet phone car train airport bridge road data pension rent housing land forest river coal "
    "wheat milk meat bread fuel electricity salary minister party troops refugees migrants teachers nurses "
    "patients drugs weapons missiles soldiers voters taxes loans exports imports tariffs subsidies ban "
    "scheme reform strike protest contract deal treaty sanctions inflation unemployment growth deficit "
    "pollution emissions plastic waste vaccines masks tests cases deaths"
).split()

VERBS = [  # base, past, past participle, -ing
    ("ban", "banned", "banned", "banning"),
    ("approve", "approved", "approved", "approving"),
    ("cut", "cut", "cut", "cutting"),
    ("raise", "raised", "raised", "raising"),
    ("sell", "sold", "sold", "selling"),
    ("buy", "bought", "bought", "buying"),
    ("close", "closed", "closed", "closing"),
    ("build", "built", "built", "building"),
    ("launch", "launched", "launched", "launching"),
    ("block", "blocked", "blocked", "blocking"),
    ("fund", "funded", "funded", "funding"),
    ("import", "imported", "imported", "importing"),
    ("export", "exported", "exported", "exporting"),
    ("arrest", "arrested", "arrested", "arresting"),
    ("hire", "hired", "hired", "hiring"),
    ("double", "doubled", "doubled", "doubling"),
    ("cancel", "cancelled", "cancelled", "cancelling"),
    ("legalize", "legalized", "legalized", "legalizing"),
    ("privatize", "privatized", "privatized", "privatizing"),
    ("subsidize", "subsidized", "subsidized", "subsidizing"),
    ("destroy", "destroyed", "destroyed", "destroying"),
    ("deport", "deported", "deported", "deporting"),
    ("release", "released", "released", "releasing"),
    ("test", "tested", "tested", "testing"),
    ("recall", "recalled", "recalled", "recalling"),
    ("seize", "seized", "seized", "seizing"),
    ("freeze", "froze", "frozen", "freezing"),
    ("tax", "taxed", "taxed", "taxing"),
    ("poison", "poisoned", "poisoned", "poisoning"),
    ("hide", "hid", "hidden", "hiding"),
]

COUNTRIES = (  # most named first (Zipf); Turkey, the bundled claims' country, in the middle
    "China India Brazil Mexico Russia Canada France Germany Pakistan Italy Spain Portugal Poland Turkey "
    "Ukraine Greece Egypt Nigeria Kenya Ethiopia Ghana Morocco Algeria Tunisia Israel Iran Iraq Syria Jordan "
    "Lebanon Qatar Kuwait Oman Yemen Afghanistan Bangladesh Nepal Indonesia Malaysia Thailand Vietnam "
    "Philippines Japan Korea Australia Argentina Chile Peru Colombia Venezuela Cuba Sweden Norway Finland "
    "Denmark Ireland Austria Hungary Romania Serbia Croatia Belgium Netherlands Switzerland Uganda Zambia"
).split()

FIRST_NAMES = (
    "John Mary James Anna Robert Maria Michael Elena David Sofia William Laura Richard Olga Joseph Fatima "
    "Thomas Aisha Charles Mei Daniel Priya Matthew Ana Anthony Ines Mark Yuki Paul Amina Steven Nadia Andrew "
    "Lucia Kevin Irina Brian Leila George Chloe Edward Hana Ronald Sara Jason Zara Ryan Emma Jacob Noor Gary "
    "Ahmed Carlos Ivan Omar Luis Pedro Ali Hassan Juan Kenji Raj Tomas Jorge Marco Pierre Hans Lars Nikos"
).split()

TITLES = (
    "president, prime minister, health minister, finance minister, mayor, senator, governor, spokesperson, "
    "chief executive, chairman, leader, ambassador, adviser, director"
).split(", ")

MONTHS = "January February March April May June July August September October November December".split()

PUBLISHERS = [
    ("Factual Desk", "factualdesk.example.org"),
    ("Check Point News", "checkpoint.example.com"),
    ("The Verify Unit", "verifyunit.example.net"),
    ("TruthLens", "truthlens.example.org"),
    ("Claim Watch Africa", "claimwatch.example.africa"),
    ("EuroFacts", "eurofacts.example.eu"),
]

RATINGS = [("False", 45), ("Mostly False", 12), ("Misleading", 15), ("Half True", 8), ("Mostly True", 8), ("True", 12)]

ONSETS = (
    "b bl br c ch cl cr d dr f fl fr g gl gr h j k kl kr l m n p pl pr qu r s sc sh sk sl sm sn sp st t tr v w z"
).split()
VOWELS = "a e i o u a e i o u ai au ea ee ia io oa ou".split()
MIDDLES = "b d f g k l m n p r s t v z ch sh nd st".split()
CODAS = ["", "", "", "n", "r", "s", "l", "m", "nd", "nt", "rk", "st", "x", "ck", "ng"]
ORG_PATTERNS = [
    "the {w} Party",
    "{w} Bank",
    "the Ministry of {x}",
    "{w} Group",
    "the {w} Institute",
    "{w} Corp",
    "the {w} Foundation",
    "{w} Media",
]
PLACE_ENDS = ["ville", "burg", "ia", "ton", "stad", "ova", "polis", "mouth", "field", ""]


def _zipf_cum(n: int, s: float, q: float = 0.0) -> list[float]:
    """Cumulative Zipf(-Mandelbrot) weights 1 / (rank + q) ** s for ranks 1..n."""
    return list(itertools.accumulate(1.0 / ((r + q) ** s) for r in range(1, n + 1)))


class Lexicon:
    """The words one base is made of: a Zipf vocabulary (real news words first, then made-up
    ones), surnames, places and organisation names, each drawn with a Zipf law. Sizes grow
    with the base (Heaps' law), so a bigger base has more distinct words."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        taken = set(FUNCTION_WORDS) | set(NEWS_WORDS) | {w for v in VERBS for w in v}
        taken |= {c.lower() for c in COUNTRIES} | {f.lower() for f in FIRST_NAMES}
        vocab_size = max(4000, int(40 * n**0.6))
        self.vocab = list(NEWS_WORDS) + self._made_up(vocab_size - len(NEWS_WORDS), taken, 2, 3)
        self.vocab_cum = _zipf_cum(len(self.vocab), 1.05, 5)  # the head is the function words' place
        self.surnames = [w.capitalize() for w in self._made_up(max(500, n // 20), taken, 2, 3)]
        self.surname_cum = _zipf_cum(len(self.surnames), 0.9)
        self.places = [(w + rng.choice(PLACE_ENDS)).capitalize() for w in self._made_up(max(300, n // 30), taken, 1, 2)]
        self.place_cum = _zipf_cum(len(self.places), 0.9)
        self.org_words = [w.capitalize() for w in self._made_up(max(200, n // 50), taken, 2, 2)]
        self.org_cum = _zipf_cum(len(self.org_words), 0.9)
        self.country_cum = _zipf_cum(len(COUNTRIES), 0.8)

    def _made_up(self, count: int, taken: set[str], lo: int, hi: int) -> list[str]:
        rng, out = self.rng, []
        while len(out) < count:
            syllables = rng.randint(lo, hi)
            word = rng.choice(ONSETS) + rng.choice(VOWELS)
            word += "".join(rng.choice(MIDDLES) + rng.choice(VOWELS) for _ in range(syllables - 1))
            word += rng.choice(CODAS)
            if len(word) >= 4 and word not in taken:
                taken.add(word)
                out.append(word)
        return out

    def _pick(self, items: list[str], cum: list[float]) -> str:
        return self.rng.choices(items, cum_weights=cum)[0]

    def word(self) -> str:
        return self._pick(self.vocab, self.vocab_cum)

    def words(self) -> str:
        word = self.word()
        if word.endswith("s"):
            return word
        if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
            return word[:-1] + "ies"
        if word.endswith(("ch", "sh", "x", "z")):
            return word + "es"
        return word + "s"

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self._pick(self.surnames, self.surname_cum)}"

    def country(self) -> str:
        return self._pick(COUNTRIES, self.country_cum)

    def place(self) -> str:
        return self._pick(self.places, self.place_cum)

    def org(self) -> str:
        w = self._pick(self.org_words, self.org_cum)
        pattern = self.rng.choice(ORG_PATTERNS)
        return pattern.format(w=w, x=self.word().capitalize())

    def year(self) -> str:
        return str(self.rng.randint(1990, 2026))

    def date(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return f"{self.rng.choice(MONTHS)} {self.year()}"
        if r < 0.7:
            return f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)} {self.year()}"
        return self.year()

    def number(self) -> str:
        rng, r = self.rng, self.rng.random()
        if r < 0.3:
            return str(rng.randint(2, 999))
        if r < 0.55:
            return f"{rng.randint(2, 99)},000"
        if r < 0.8:
            return f"{rng.choice(['1.5', '2', '3', '4.2', '5', '7', '12', '40', '250'])} million"
        return f"{rng.randint(2, 90)} billion"

    def percent(self) -> str:
        return f"{self.rng.randint(2, 95)} percent"

    def title(self) -> str:
        return self.rng.choice(TITLES)


# Claims: (kind, template). "said" templates are the clause after a speaker ("X said that ...").
SAID_CLAUSES = [
    "{C} will {v} {w} {ws} by {Y}",
    "{C} {vp} {N} {ws} in {D}",
    "{O} {vp} the {w} {w} program in {D}",
    "{ws} cause {w} in {pct} of cases",
    "{N} {ws} were {vpp} in {City} last {M}",
    "the {w} budget of {C} rose by {pct} in {Y}",
    "{C} is the only country that {vp} {ws} in {Y}",
    "{O} will {v} {w} {ws} before the {Y} election",
    "{P} {vp} {N} {ws} while visiting {C} in {D}",
    "{ws} from {C} contain {w} that {v} {ws}",
]
SPEAKERS = ["{P} said", "{P} said that", "{P} claimed that", "{P}, the {T} of {C}, said", "{P} told reporters that"]
FACT_TEMPLATES = [
    "{O} reported that {N} {ws} were {vpp} in {C} in {D}",
    "A video shows {P} {vi} a {w} in {City}",
    "{C} will {v} all {ws} starting {D}, according to {O}",
    "The {w} {w} in {C} rose by {pct} in {Y}, {O} said",
    "{N} {ws} died in {City} after {O} {vp} {w} {ws} in {Y}",
    "{C} has {vpp} {N} {ws} since {Y}",
    "The government of {C} {vp} {w} {ws} for {ws} in {D}",
    "{O} plans to {v} {w} {ws} in {City} before {Y}",
    "A photo shows {N} {ws} outside the {w} {w} in {City} on {D}",
    "{P}, the {T} of {O}, was {vpp} for {vi} {ws} in {D}",
    "{C} and {C} agreed to {v} {w} {ws} worth {N} in {Y}",
]
SOCIAL = ["social media users", "Facebook posts", "a viral post", "bloggers", "a WhatsApp message"]
_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, lex: Lexicon, verb: tuple[str, str, str, str], person: str | None = None) -> str:
    def slot(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "P":
            return person or lex.person()
        return {
            "C": lex.country,
            "City": lex.place,
            "O": lex.org,
            "w": lex.word,
            "ws": lex.words,
            "Y": lex.year,
            "D": lex.date,
            "M": lambda: lex.rng.choice(MONTHS),
            "N": lex.number,
            "pct": lex.percent,
            "T": lex.title,
            "v": lambda: verb[0],
            "vp": lambda: verb[1],
            "vpp": lambda: verb[2],
            "vi": lambda: verb[3],
        }[key]()

    return _SLOT.sub(slot, template)


def make_claim(lex: Lexicon) -> dict[str, Any]:
    """One news-like claim of 8 to 25 words: the statement, who made it, and (for a
    reported speech) the speaker and the clause (for "did X really say ...")."""
    rng = lex.rng
    while True:
        verb = rng.choice(VERBS)
        if rng.random() < 0.5:
            person = lex.person()
            speaker = _fill(rng.choice(SPEAKERS), lex, verb, person)
            clause = _fill(rng.choice(SAID_CLAUSES), lex, verb)
            text, claimant, kind = f"{speaker} {clause}", person, "Person"
        else:
            person, clause = None, None
            text = _fill(rng.choice(FACT_TEMPLATES), lex, verb)
            org = re.search(
                r"(?:the )?(?:Ministry of \w+|\w+ (?:Bank|Group|Corp|Media|Party|Institute|Foundation))", text
            )
            claimant, kind = (org.group(0), "Organization") if org and rng.random() < 0.6 else (rng.choice(SOCIAL), "")
        text = text[0].upper() + text[1:] + "."
        if 8 <= len(text.split()) <= 25:
            return {"statement": text, "speaker": person, "clause": clause, "claimant": claimant, "kind": kind}


def review(i: int, claim: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A ClaimReview (schema.org JSON-LD) for one claim, as fact-checkers publish them."""
    publisher, domain = PUBLISHERS[i % len(PUBLISHERS)]
    rating = rng.choices([r for r, _ in RATINGS], weights=[w for _, w in RATINGS])[0]
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    item: dict[str, Any] = {"@type": "Claim"}
    if claim["kind"]:
        item["author"] = {"@type": claim["kind"], "name": claim["claimant"]}
    else:
        item["author"] = {"@type": "Organization", "name": claim["claimant"]}
    if rng.random() < 0.5:
        item["datePublished"] = f"{year}-{month:02d}-{max(1, day - 3):02d}"
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://{domain}/fact-check/{i:07d}",
        "claimReviewed": claim["statement"],
        "datePublished": f"{year}-{month:02d}-{day:02d}",
        "author": {"@type": "Organization", "name": publisher, "url": f"https://{domain}"},
        "reviewRating": {"@type": "Rating", "alternateName": rating},
        "itemReviewed": item,
    }


# --- questions ---------------------------------------------------------------------------

PARAPHRASES = {
    "said": ["claimed", "stated", "says"],
    "claimed": ["said", "alleged"],
    "will": ["is going to", "plans to", "would"],
    "percent": ["%", "per cent"],
    "reported": ["said", "announced"],
    "rose": ["increased", "went up", "grew"],
    "shows": ["showed", "depicts"],
    "were": ["have been", "got"],
    "plans": ["intends", "wants"],
    "died": ["were killed", "lost their lives"],
    "government": ["authorities", "administration"],
    "starting": ["from", "beginning"],
    "video": ["clip", "footage"],
    "photo": ["picture", "image"],
    "all": ["every"],
    "before": ["ahead of"],
    "only": ["sole"],
    "agreed": ["decided"],
    "told": ["informed"],
}
PREFIXES = ["is it true that", "did", "is it true", "fact check:", "true or false:", "i heard that", "has", "why"]
KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randint(1, len(word) - 2)
    op = rng.randrange(4)
    if op == 0:  # swap two neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:  # drop one
        return word[:i] + word[i + 1 :]
    if op == 2:  # a wrong letter
        return word[:i] + rng.choice(KEYBOARD.replace(word[i], "")) + word[i + 1 :]
    return word[:i] + word[i] + word[i:]  # a doubled letter


def noisy(claim: dict[str, Any], rng: random.Random) -> tuple[str, list[str]]:
    """A question a person might type for ``claim``, and the noise applied to it."""
    ops: list[str] = []
    said = claim["speaker"] and claim["clause"] and rng.random() < 0.25
    base = claim["clause"] if said else claim["statement"].rstrip(".")
    tokens = base.replace(", ", " ").split()
    if rng.random() < 0.35:
        spots = [i for i, t in enumerate(tokens) if t.lower() in PARAPHRASES]
        if spots:
            i = rng.choice(spots)
            tokens[i : i + 1] = rng.choice(PARAPHRASES[tokens[i].lower()]).split()
            ops.append("paraphrase")
    if rng.random() < 0.6 and len(tokens) > 6:
        for _ in range(min(rng.randint(1, 3), len(tokens) - 5)):
            del tokens[rng.randrange(len(tokens))]
        ops.append("drop")
    if rng.random() < 0.35 and len(tokens) > 4:
        span = rng.randint(3, 4)
        start = rng.randrange(len(tokens) - span + 1)
        part = tokens[start : start + span]
        rng.shuffle(part)
        tokens[start : start + span] = part
        ops.append("shuffle")
    if rng.random() < 0.5:
        long = [i for i, t in enumerate(tokens) if len(t) >= 5 and t.isalpha()]
        if long:
            i = rng.choice(long)
            tokens[i] = _typo(tokens[i], rng)
            ops.append("typo")
    text = " ".join(tokens)
    if said:
        text = f"did {claim['speaker']} really say {text}"
        ops.append("did-say")
    elif rng.random() < 0.7:
        text = f"{rng.choice(PREFIXES)} {text}"
        ops.append("prefix")
    if rng.random() < 0.8:
        text = text.lower()
        ops.append("lower")
    if rng.random() < 0.5:
        text += "?"
    return text, ops


OFFTOPIC_SLOTS = {
    "city": "Lisbon Osaka Denver Lyon Porto Seattle Glasgow Munich Valencia Bristol Kyoto Boston Turin".split(),
    "when": ["tomorrow", "this weekend", "next week", "tonight", "on sunday", "this year", "in the morning"],
    "team": ["the lakers", "arsenal", "real madrid", "the yankees", "juventus", "the celtics", "ajax"],
    "sport": ["football", "tennis", "basketball", "cricket", "rugby", "hockey", "golf"],
    "event": ["world cup", "super bowl", "champions league final", "tour de france", "wimbledon final"],
    "player": ["messi", "ronaldo", "lebron", "serena", "federer", "mbappe"],
    "dish": ["banana bread", "lasagna", "pancakes", "risotto", "chili", "apple pie", "sourdough"],
    "food": ["rice", "cooked pasta", "avocado", "cheese", "soup", "bananas", "eggs"],
    "ingredient": ["butter", "eggs", "an oven", "yeast", "sugar", "flour"],
    "lang": ["python", "javascript", "rust", "java", "go", "c++"],
    "error": ["keyerror", "null pointer exception", "segfault", "type error", "syntax error"],
    "tool": ["docker", "node", "git", "postgres", "vscode"],
    "os": ["windows", "ubuntu", "a mac", "linux"],
    "x": ["a list", "a tuple", "an array", "a map", "a class"],
    "y": ["a set", "a dict", "a slice", "an object", "a struct"],
    "common": ["people", "children", "students", "workers"],
}
OFFTOPIC_TEMPLATES = [
    "who won the {event} {when}",
    "did {team} win the {sport} match {when}",
    "how many goals did {player} score this season",
    "when does the {event} start",
    "how many {common} watch the {event} every year",
    "is {player} the best {sport} player ever",
    "will it rain in {city} {when}",
    "is it going to snow {when}",
    "what is the weather like in {city} {when}",
    "how hot will it be in {city} {when}",
    "should i take an umbrella {when}",
    "how long should i boil {food}",
    "what is a good recipe for {dish}",
    "can i freeze {food}",
    "how do i make {dish} without {ingredient}",
    "is it safe to eat {food} left out overnight",
    "how do i reverse {x} in {lang}",
    "why does my {lang} code throw a {error}",
    "what is the difference between {x} and {y} in {lang}",
    "how to install {tool} on {os}",
    "how do i fix a {error} in {lang}",
    "what time is it in {city}",
    "how do i reset my password",
    "is {lang} good for {common} learning to code",
]


def offtopic(rng: random.Random) -> str:
    text = _SLOT.sub(lambda m: rng.choice(OFFTOPIC_SLOTS[m.group(1)]), rng.choice(OFFTOPIC_TEMPLATES))
    return text + ("?" if rng.random() < 0.6 else "")


def generate(folder: Path, n: int, n_questions: int, n_sustain: int, seed: int) -> dict[str, Any]:
    """Write ``claims.jsonl`` (n ClaimReviews, streamed), ``questions.jsonl`` (the measured
    questions, with the gold claim) and ``sustain.jsonl`` (more of the same, for the
    throughput run: repeated questions would let a cache flatter it)."""
    from bot.claimreview import claim_id_for  # the reader's own ids: the gold answers

    started = time.perf_counter()
    rng = random.Random(f"{seed}:claims:{n}")
    qrng = random.Random(f"{seed}:questions:{n}")
    lex = Lexicon(rng, n)
    n_off = round(n_questions * OFFTOPIC_SHARE)
    n_para = n_questions - n_off
    wanted = set(qrng.sample(range(n), min(n_para, n)))
    sustain_wanted = set(qrng.sample(range(n), min(n_sustain, n)))
    picked: dict[int, dict[str, Any]] = {}
    seen: set[int] = set()
    with open(folder / "claims.jsonl", "w", encoding="utf-8") as out:
        for i in range(n):
            claim = make_claim(lex)
            while hash(claim["statement"]) in seen:  # every statement once: one gold claim per question
                claim = make_claim(lex)
            seen.add(hash(claim["statement"]))
            record = review(i, claim, rng)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if i in wanted or i in sustain_wanted:
                claim["id"] = claim_id_for(record["url"], claim["statement"], record["author"]["name"])
                claim["measured"], claim["sustain"] = i in wanted, i in sustain_wanted
                picked[i] = claim
    del seen

    def questions(key: str, variants: int, count_off: int, r: random.Random) -> list[dict[str, Any]]:
        out = []
        for i in sorted(picked):
            claim = picked[i]
            for _ in range(variants if claim[key] else 0):
                q, ops = noisy(claim, r)
                out.append({"q": q, "kind": "claim", "gold": claim["id"], "statement": claim["statement"], "ops": ops})
        off = [
            {"q": offtopic(r), "kind": "offtopic", "gold": None, "statement": None, "ops": []} for _ in range(count_off)
        ]
        out += off
        r.shuffle(out)
        return out

    measured = questions("measured", 1, n_off, qrng)
    n_sustain_off = round(n_sustain * OFFTOPIC_SHARE)
    variants = math.ceil((n_sustain - n_sustain_off) / max(1, len(sustain_wanted)))
    sustain = questions("sustain", variants, n_sustain_off, qrng)
    for name, items in (("questions.jsonl", measured), ("sustain.jsonl", sustain)):
        with open(folder / name, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in items)
    return {
        "seconds": time.perf_counter() - started,
        "claims": n,
        "file_mb": (folder / "claims.jsonl").stat().st_size / 1e6,
        "vocabulary": len(lex.vocab),
        "surnames": len(lex.surnames),
        "questions": len(measured),
        "offtopic": n_off,
        "sustain_questions": len(sustain),
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- grading and figures -------------------------------------------------------------------


def grade(q: dict[str, Any], outcome: str, claim_id: str | None, claim_text: str | None, first: tuple | None) -> dict:
    """One answer against the gold: right (a confident match on the gold claim), top1 (gold
    ranked first whatever the outcome), wrong (a confident match on another claim), and for an
    off-topic question whether the bot abstained (anything but a match)."""

    def is_gold(cid: str | None, text: str | None) -> bool:
        return cid is not None and (cid == q["gold"] or (text or "").casefold() == q["statement"].casefold())

    if q["kind"] == "offtopic":
        return {"kind": "offtopic", "outcome": outcome, "abstain": outcome != "match"}
    right = outcome == "match" and is_gold(claim_id, claim_text)
    return {
        "kind": "claim",
        "outcome": outcome,
        "right": right,
        "top1": first is not None and is_gold(*first),
        "wrong": outcome == "match" and not right,
        "ops": q["ops"],
    }


def accuracy(graded: list[dict[str, Any]]) -> dict[str, Any]:
    claims = [g for g in graded if g["kind"] == "claim"]
    off = [g for g in graded if g["kind"] == "offtopic"]

    def share(items: list[dict], key: str) -> float | None:
        return round(sum(1 for g in items if g[key]) / len(items), 4) if items else None

    by_op = {}
    for op in sorted({op for g in claims for op in g["ops"]}):
        with_op = [g for g in claims if op in g["ops"]]
        by_op[op] = {"n": len(with_op), "acc@1": share(with_op, "right")}
    return {
        "questions": len(claims),
        "offtopic": len(off),
        "acc@1": share(claims, "right"),
        "top1": share(claims, "top1"),
        "wrong": share(claims, "wrong"),
        "abstain": share(off, "abstain"),
        "outcomes": dict(Counter(g["outcome"] for g in claims)),
        "offtopic_outcomes": dict(Counter(g["outcome"] for g in off)),
        "acc@1_by_noise": by_op,
    }


def percentiles(ms: list[float]) -> dict[str, float | None]:
    """Nearest-rank p50 / p95 / p99 and the mean, in milliseconds."""
    if not ms:
        return {"p50": None, "p95": None, "p99": None, "mean": None, "n": 0}
    xs = sorted(ms)

    def rank(p: float) -> float:
        return round(xs[max(0, math.ceil(p / 100 * len(xs)) - 1)], 3)

    return {"p50": rank(50), "p95": rank(95), "p99": rank(99), "mean": round(statistics.fmean(xs), 3), "n": len(xs)}


def vm_hwm_mb() -> float:
    """This process's peak resident memory (VmHWM: since exec, its own)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# --- where the time goes (cProfile, self time by bucket) -----------------------------------------

PROFILED_ASKS = 300  # logged asks profiled after the sustained run
PROFILED_REVIEWS = 20_000  # at most: the first reviews of the base, imported again under the profiler
ASK_TARGET_MS = 1.0  # 1,000 logged asks per second: 1 ms each
IMPORT_TARGET_US = 120.0  # 1M reviews in 2 minutes: 120 µs each
LOGGING = "logging (log_query)"
WAITING = "waiting for reading processes"
ASK_BUCKETS = ("matching", "reading claims", "building the answer", LOGGING, "other")
IMPORT_BUCKETS = (
    "reading reviews",
    "search documents",
    "checks and merging",
    "SQLite writes",
    "search copy (tantivy)",
    WAITING,
    "other",
)
Func = tuple[str, int, str]  # cProfile's key of a function: (file, first line, name)


def _where(func: Func) -> str:
    """A function's file: ``bot/…`` for the bot's code, else its path (``~`` for a built-in)."""
    path = func[0].replace(os.sep, "/")
    root = str(ROOT).replace(os.sep, "/") + "/"
    return path[len(root) :] if path.startswith(root) else path


def ask_bucket(func: Func, callers: dict[Func, tuple]) -> str | None:
    """Where an ask's function belongs; None hands its time to its callers.

    * matching: bot/match.py, bot/normalize.py, bot/retrieve*.py, bot/index.py (tantivy and
      the FTS5 / SQLite reads they make count here, through their callers);
    * logging (log_query): ``SQLiteStore.log_query`` (its INSERT and commit);
    * reading claims: any other bot/store.py function called from outside bot/store.py
      (store helpers count for the store function that called them);
    * building the answer: bot/answer.py, bot/models.py;
    * other: the rest of bot/ (bot/service.py: question cleaning, the ask itself) and
      whatever has no bot/ caller (the benchmark's loop)."""
    where, name = _where(func), func[2]
    if where == "bot/store.py":
        if name == "log_query":
            return LOGGING
        return "reading claims" if any(_where(c) != "bot/store.py" for c in callers) else None
    if re.fullmatch(r"bot/(match|normalize|retrieve\w*|index)\.py", where):
        return "matching"
    if where in ("bot/answer.py", "bot/models.py"):
        return "building the answer"
    return "other" if where.startswith("bot/") else None


def import_bucket(func: Func, callers: dict[Func, tuple]) -> str | None:
    """Where an import's function belongs; None hands its time to its callers.

    * reading reviews: bot/claimreview/* (but its ``merge``), so JSON parsing too;
    * search documents: bot/index.py, bot/normalize.py;
    * checks and merging: bot/claim.py, bot/service.py, bot/claimreview ``merge``;
    * SQLite writes: bot/store.py, and the FTS5 retriever's ``write`` / ``clear``
      (bot/retrieve.py), so sqlite3's execute / executemany / commit under them;
    * search copy (tantivy): bot/retrieve_tantivy.py;
    * waiting for reading processes: concurrent.futures and multiprocessing (the wait for
      the processes that read a large file);
    * other: the rest of bot/, and whatever has no bot/ caller."""
    where, name = _where(func), func[2]
    if where.startswith("bot/claimreview/"):
        return "checks and merging" if name == "merge" else "reading reviews"
    if where in ("bot/index.py", "bot/normalize.py"):
        return "search documents"
    if where == "bot/store.py" or (where == "bot/retrieve.py" and name in ("write", "clear")):
        return "SQLite writes"
    if where in ("bot/claim.py", "bot/service.py"):
        return "checks and merging"
    if where == "bot/retrieve_tantivy.py":
        return "search copy (tantivy)"
    if "/concurrent/futures/" in where or "/multiprocessing/" in where:
        return WAITING
    if where == "bot/retrieve.py":
        return None  # its reads, for the tantivy copy: their caller's
    return "other" if where.startswith("bot/") else None


def time_by_bucket(
    stats: dict[Func, tuple], bucket_of: Callable[[Func, dict[Func, tuple]], str | None]
) -> dict[str, float]:
    """Seconds of self time (cProfile's tottime) per bucket. A function ``bucket_of`` does not
    place (sqlite3, json, pydantic, tantivy, the standard library: code outside bot/) counts
    for the functions that called it: split by the time it spent under each caller (its exact
    self time for the first step up, its cumulative time for the steps above), up to the
    first function that has a bucket. No such caller: "other"."""
    placed: dict[Func, str | None] = {}
    inherited: dict[Func, dict[str, float]] = {}
    active: set[Func] = set()

    def bucket(func: Func) -> str | None:
        if func not in placed:
            placed[func] = bucket_of(func, stats[func][4]) if func in stats else None
        return placed[func]

    def mix(callers: dict[Func, tuple], index: int) -> dict[str, float]:
        weights = {c: edge[index] for c, edge in callers.items()}
        total = sum(weights.values())
        if total <= 0:  # too quick to time: by the number of calls
            weights = {c: float(edge[0]) for c, edge in callers.items()}
            total = sum(weights.values())
        if total <= 0:
            return {"other": 1.0}
        out: dict[str, float] = {}
        for caller, weight in weights.items():
            for name, share in up(caller).items():
                out[name] = out.get(name, 0.0) + share * weight / total
        return out

    def up(func: Func) -> dict[str, float]:
        """The buckets the time a function hands up goes to, as shares."""
        name = bucket(func)
        if name is not None:
            return {name: 1.0}
        if func in inherited:
            return inherited[func]
        if func in active or func not in stats:  # a cycle, or the profile's root
            return {"other": 1.0}
        active.add(func)
        out = mix(stats[func][4], 3)
        active.discard(func)
        inherited[func] = out
        return out

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))
    try:
        totals: dict[str, float] = {}
        for func, (_, _, tottime, _, callers) in stats.items():
            name = bucket(func)
            for b, share in ({name: 1.0} if name is not None else mix(callers, 2)).items():
                totals[b] = totals.get(b, 0.0) + tottime * share
        return totals
    finally:
        sys.setrecursionlimit(limit)


def breakdown(
    profiler: Any,
    bucket_of: Callable[[Func, dict[Func, tuple]], str | None],
    names: tuple[str, ...],
    count: int,
    unprofiled_s: float,
) -> dict[str, Any]:
    """A profile's self time by bucket: each bucket's share, and its microseconds per item
    (``count`` items) both as profiled and as that share of ``unprofiled_s`` (the same work
    timed without the profiler, whose overhead inflates the profiled figure)."""
    profiler.create_stats()
    stats: dict[Func, tuple] = profiler.stats
    seconds = time_by_bucket(stats, bucket_of)
    total = sum(seconds.values()) or float("nan")
    per_item = unprofiled_s / max(1, count)
    buckets = {
        name: {
            "seconds": round(seconds.get(name, 0.0), 4),
            "share": round(seconds.get(name, 0.0) / total, 4),
            "profiled_us": round(seconds.get(name, 0.0) / max(1, count) * 1e6, 1),
            "us": round(seconds.get(name, 0.0) / total * per_item * 1e6, 1),
        }
        for name in names
    }
    top = sorted(stats.items(), key=lambda kv: kv[1][2], reverse=True)[:12]
    return {
        "count": count,
        "profiled_s": round(total, 4),
        "unprofiled_s": round(unprofiled_s, 4),
        "profiled_us_per_item": round(total / max(1, count) * 1e6, 1),
        "us_per_item": round(per_item * 1e6, 1),
        "buckets": buckets,
        "top_self_time": [
            {
                "function": f"{_where(func)}:{func[1]}({func[2]})",
                "bucket": bucket_of(func, entry[4]) or "its callers'",
                "self_s": round(entry[2], 4),
                "share": round(entry[2] / total, 4),
            }
            for func, entry in top
        ],
    }


# --- workers (each a fresh process) ---------------------------------------------------------


def _open_service(db: str):
    from bot.service import ClaimService
    from bot.settings import Settings

    return ClaimService.open(Settings(_env_file=None), db=db)


def worker_inprocess(db: str, questions: str, sustain: str, seconds: float) -> dict[str, Any]:
    """Logged asks in this fresh process: latency and accuracy over the measured questions,
    then back-to-back asks for ``seconds``; then the log rows counted on a new connection."""
    started = time.perf_counter()
    service = _open_service(db)
    open_s = time.perf_counter() - started
    total_claims = service.store.claim_count()
    rows_before = service.stats()["questions"]
    qs = read_jsonl(Path(questions))
    service.ask("warm up", log=False)  # not measured: the first ask's loading is in the cold start
    times, graded = [], []
    for q in qs:
        t = time.perf_counter()
        ans = service.ask(q["q"], log=True).answer
        times.append((time.perf_counter() - t) * 1000)
        first = (ans.candidates[0].id, ans.candidates[0].text) if ans.candidates else None
        graded.append(
            grade(q, ans.outcome, ans.claim.id if ans.claim else None, ans.claim.text if ans.claim else None, first)
        )
    with open(sustain, encoding="utf-8") as f:  # only the text: this process's RSS is the bot's
        pool = [json.loads(line)["q"] for line in f if line.strip()] or [q["q"] for q in qs]
    asked = 0
    t0 = time.perf_counter()
    end = t0 + seconds
    for q in itertools.cycle(pool):
        service.ask(q, log=True)
        asked += 1
        if time.perf_counter() >= end:
            break
    elapsed = time.perf_counter() - t0
    profile = profile_asks(service, pool, asked, elapsed / asked)
    service.close()
    again = _open_service(db)
    rows_after = again.stats()["questions"]
    again.close()
    made = len(qs) + asked + profile["count"]
    return {
        "open_s": open_s,
        "claims_total": total_claims,
        "latency_ms": percentiles(times),
        "accuracy": accuracy(graded),
        "answers": [g["outcome"] for g in graded],
        "sustained": {
            "asks": asked,
            "seconds": elapsed,
            "asks_per_s": asked / elapsed,
            "distinct_questions": len(set(pool)),
        },
        "rows": {"before": rows_before, "after": rows_after, "asked": made, "lost": made - (rows_after - rows_before)},
        "peak_rss_mb": vm_hwm_mb(),
        "profile": profile,
    }


def profile_asks(service: Any, pool: list[str], start: int, unprofiled_s: float) -> dict[str, Any]:
    """``PROFILED_ASKS`` logged asks under cProfile, the questions the sustained run would have
    asked next, by bucket (``ask_bucket``); microseconds are shares of ``unprofiled_s``, the
    sustained run's mean time per ask. After the timed runs: it slows nothing they measure."""
    import cProfile

    questions = list(itertools.islice(itertools.cycle(pool), start, start + PROFILED_ASKS))

    def ask_all() -> None:
        for q in questions:
            service.ask(q, log=True)

    profiler = cProfile.Profile()
    profiler.runcall(ask_all)
    out = breakdown(profiler, ask_bucket, ASK_BUCKETS, len(questions), unprofiled_s * len(questions))
    out["what"] = f"{len(questions)} logged asks (ClaimService.ask), continuing the sustained run"
    return out


def worker_import_profile(claims: str, folder: str, limit: int) -> dict[str, Any]:
    """The first ``limit`` reviews of the base imported (``ClaimService.import_path``, as
    ``claimbot claims import`` does) into a fresh database twice: once timed, once under
    cProfile; by bucket (``import_bucket``). This process only: a large file's reading runs
    in other processes, which the profile sees as the wait for them."""
    import cProfile
    import shutil

    work = Path(folder) / "import-profile"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    excerpt = work / "reviews.jsonl"
    with open(claims, encoding="utf-8") as src, open(excerpt, "w", encoding="utf-8") as out:
        count = 0
        for line in itertools.islice(src, limit):
            out.write(line)
            count += 1
    try:
        timed_s = 0.0
        profiler = cProfile.Profile()
        for name in ("timed", "profiled"):
            (work / name).mkdir()
            service = _open_service(str(work / name / "claimbot.db"))
            try:
                if name == "timed":
                    t = time.perf_counter()
                    service.import_path(excerpt, actor=ACTOR)
                    timed_s = time.perf_counter() - t
                else:
                    profiler.runcall(service.import_path, excerpt, actor=ACTOR)
            finally:
                service.close()
        out = breakdown(profiler, import_bucket, IMPORT_BUCKETS, count, timed_s)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    waited = out["buckets"][WAITING]["share"] > 0
    out["what"] = f"the first {count:,} reviews imported into a fresh database (ClaimService.import_path)"
    out["note"] = "this process only; reading may run on another core" + (
        " (it did here: its work is not in the profile, only the wait for it)"
        if waited
        else " (here the reviews were read in this process)"
    )
    return out


def worker_rows(db: str) -> dict[str, Any]:
    service = _open_service(db)
    try:
        return {"rows": service.stats()["questions"]}
    finally:
        service.close()


def worker_scan(claims: str, questions: str, limit: int, budget: float) -> dict[str, Any]:
    """The full-scan baseline: rapidfuzz ``process.extractOne`` with ``token_set_ratio`` over
    every statement (pre-loaded and pre-processed), one question at a time."""
    from rapidfuzz import fuzz, process, utils

    t = time.perf_counter()
    with open(claims, encoding="utf-8") as f:
        statements = [json.loads(line)["claimReviewed"] for line in f]
    choices = [utils.default_process(s) for s in statements]
    load_s = time.perf_counter() - t
    qs = [q for q in read_jsonl(Path(questions)) if q["kind"] == "claim"][:limit]
    times, right = [], 0
    started = time.perf_counter()
    for q in qs:
        t = time.perf_counter()
        best = process.extractOne(utils.default_process(q["q"]), choices, scorer=fuzz.token_set_ratio, processor=None)
        times.append((time.perf_counter() - t) * 1000)
        right += best is not None and statements[best[2]] == q["statement"]
        if time.perf_counter() - started > budget and len(times) >= 5:
            break
    return {
        "latency_ms": percentiles(times),
        "acc@1": round(right / len(times), 4) if times else None,
        "statements": len(statements),
        "load_s": load_s,
        "peak_rss_mb": vm_hwm_mb(),
    }


WORKERS: dict[str, Callable[..., dict[str, Any]]] = {
    "_inprocess": lambda db, q, s, sec: worker_inprocess(db, q, s, float(sec)),
    "_rows": worker_rows,
    "_import_profile": lambda c, folder, n: worker_import_profile(c, folder, int(n)),
    "_scan": lambda c, q, n, b: worker_scan(c, q, int(n), float(b)),
    "_generate": lambda folder, n, nq, ns, seed: generate(Path(folder), int(n), int(nq), int(ns), int(seed)),
}

# Runs a command and reports its wall time and peak RSS (wait4's ru_maxrss). A tiny process of
# its own, so the child's figure is not the parent's: a vfork'd child's ru_maxrss starts at
# the size of the process that started it.
LAUNCHER = r"""
import json, os, sys, time
cmd, report = json.loads(sys.argv[1]), sys.argv[2]
t = time.perf_counter()
pid = os.posix_spawn(cmd[0], cmd, os.environ)
_, status, ru = os.wait4(pid, 0)
with open(report, "w") as f:
    json.dump({"rc": os.waitstatus_to_exitcode(status), "wall_s": time.perf_counter() - t,
               "peak_rss_mb": ru.ru_maxrss / 1024}, f)
"""


# --- the driver ---------------------------------------------------------------------------------


class Runner:
    """Starts the bot's command line and the workers with a clean environment: no
    ``CLAIMBOT_*`` variable from the caller, no ``.env`` (the working folder is the size's);
    only the settings given with ``--setting`` (``verify=false`` → ``CLAIMBOT_VERIFY=false``)."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        script = Path(sys.executable).parent / "claimbot"
        self.claimbot = [str(script)] if script.exists() else [sys.executable, "-m", "bot"]
        env = {k: v for k, v in os.environ.items() if not (k.upper().startswith("CLAIMBOT_") or k == "DISCORD_TOKEN")}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env.update({f"CLAIMBOT_{name.upper()}": value for name, value in (settings or {}).items()})
        self.env = env

    def bot(self, db: Path, *args: str) -> list[str]:
        return [*self.claimbot, "--db", str(db), *args]

    def worker(self, cwd: Path, name: str, *args: Any) -> dict[str, Any]:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), name, *map(str, args)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env=self.env,
        )
        if out.returncode != 0:
            raise SystemExit(f"worker {name} failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    def measured(self, cwd: Path, cmd: list[str], **popen: Any) -> tuple[subprocess.Popen, Path]:
        """Start ``cmd`` under the launcher; read the report after ``wait()``."""
        report = cwd / f".launch-{time.monotonic_ns()}.json"
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", LAUNCHER, json.dumps(cmd), str(report)], cwd=cwd, env=self.env, **popen
        )
        return proc, report

    def timed(self, cwd: Path, cmd: list[str]) -> float:
        t = time.perf_counter()
        out = subprocess.run(cmd, cwd=cwd, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - t
        if out.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr.decode()[-2000:]}")
        return elapsed


def db_files_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists()) / 1e6


def log(label: str, text: str) -> None:
    print(f"[{label}] {text}", file=sys.stderr, flush=True)


def cold_start(runner: Runner, cwd: Path, db: Path, runs: int) -> dict[str, Any]:
    times = [runner.timed(cwd, runner.bot(db, "ask", COLD_QUESTION)) for _ in range(runs)]
    return {"median_s": statistics.median(times), "runs": [round(t, 3) for t in times]}


def cli_latency(runner: Runner, cwd: Path, db: Path, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """``claimbot ask --json -``: write one line, read one answer, per question."""
    with open(cwd / "cli-stderr.txt", "wb") as err:
        proc, report = runner.measured(
            cwd, runner.bot(db, "ask", "--json", "-"), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err
        )
        t = time.perf_counter()
        proc.stdin.write(b"warm up\n")
        proc.stdin.flush()
        if not proc.stdout.readline():
            raise SystemExit(f"claimbot ask --json - gave no answer:\n{(cwd / 'cli-stderr.txt').read_text()[-2000:]}")
        first_s = time.perf_counter() - t
        times, graded = [], []
        for q in questions:
            line = (q["q"].replace("\n", " ") + "\n").encode()
            t = time.perf_counter()
            proc.stdin.write(line)
            proc.stdin.flush()
            answer = proc.stdout.readline()
            times.append((time.perf_counter() - t) * 1000)
            a = json.loads(answer)
            cands = a.get("candidates") or []
            first = (cands[0]["id"], cands[0]["text"]) if cands else None
            claim = a.get("claim") or {}
            graded.append(grade(q, a["outcome"], claim.get("id"), claim.get("text"), first))
        proc.stdin.close()
        proc.stdout.read()
        proc.wait()
    info = json.loads(report.read_text())
    report.unlink()
    return {
        "latency_ms": percentiles(times),
        "first_answer_s": first_s,
        "accuracy": accuracy(graded),
        "answers": [g["outcome"] for g in graded],
        "asked": len(questions) + 1,
        "peak_rss_mb": info["peak_rss_mb"],
    }


def run_size(runner: Runner, folder: Path, n: int, label: str, args: argparse.Namespace) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "claimbot.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    result: dict[str, Any] = {"label": label, "claims": n}
    started = time.perf_counter()

    log(label, f"generating {n:,} claims and {args.questions} questions")
    n_sustain = max(1000, min(int(args.seconds * 2000), 50_000))
    result["generated"] = runner.worker(folder, "_generate", folder, n, args.questions, n_sustain, args.seed)

    log(label, "creating the database (bundled base)")
    runner.timed(folder, runner.bot(db, "ask", "--no-log", "warm up"))

    log(label, "importing")
    with open(folder / "import-out.txt", "wb") as out, open(folder / "import-err.txt", "wb") as err:
        proc, report = runner.measured(
            folder,
            runner.bot(db, "claims", "import", "--as", ACTOR, str(folder / "claims.jsonl")),
            stdout=out,
            stderr=err,
        )
        proc.wait()
    info = json.loads(report.read_text())
    report.unlink()
    printed = (folder / "import-out.txt").read_text()
    if info["rc"] != 0:
        raise SystemExit(f"import failed ({info['rc']}):\n{printed}\n{(folder / 'import-err.txt').read_text()[-3000:]}")
    created = re.search(r"(\d+) created", printed)
    result["import"] = {
        "seconds": info["wall_s"],
        "peak_rss_mb": info["peak_rss_mb"],
        "created": int(created.group(1)) if created else None,
        "output": printed.strip(),
    }
    if result["import"]["created"] != n:
        log(label, f"warning: the import created {result['import']['created']} claims, not {n:,}: {printed.strip()}")
    result["db_mb"] = db_files_mb(db)
    log(label, f"imported in {info['wall_s']:.1f} s, peak {info['peak_rss_mb']:.0f} MB, db {result['db_mb']:.1f} MB")

    log(label, f"cold start × {args.cold_runs}")
    result["cold_start"] = cold_start(runner, folder, db, args.cold_runs)

    log(label, f"in-process asks, then {args.seconds:g} s sustained, then {PROFILED_ASKS} under cProfile")
    result["inprocess"] = runner.worker(
        folder, "_inprocess", db, folder / "questions.jsonl", folder / "sustain.jsonl", args.seconds
    )
    answers_in = result["inprocess"].pop("answers")

    questions = read_jsonl(folder / "questions.jsonl")
    cli_qs = questions[: args.cli_questions] if args.cli_questions is not None else questions
    log(label, f"claimbot ask --json - × {len(cli_qs)}")
    rows_before = result["inprocess"]["rows"]["after"]
    cli = cli_latency(runner, folder, db, cli_qs)
    answers_cli = cli.pop("answers")
    cli["same_outcome_as_inprocess"] = sum(a == b for a, b in zip(answers_in, answers_cli, strict=False)) / max(
        1, len(answers_cli)
    )
    rows_after = runner.worker(folder, "_rows", db)["rows"]
    cli["rows"] = {
        "asked": cli["asked"],
        "added": rows_after - rows_before,
        "lost": cli["asked"] - (rows_after - rows_before),
    }
    result["cli"] = cli

    log(label, "full-scan baseline")
    scan = runner.worker(
        folder, "_scan", folder / "claims.jsonl", folder / "questions.jsonl", args.scan_questions, args.scan_budget
    )
    ask = result["inprocess"]["latency_ms"]
    scan["ratio_p50"] = scan["latency_ms"]["p50"] / ask["p50"] if ask["p50"] else None
    scan["ratio_p99"] = scan["latency_ms"]["p99"] / ask["p99"] if ask["p99"] else None
    result["scan"] = scan
    result["rows_lost"] = result["inprocess"]["rows"]["lost"] + cli["rows"]["lost"]

    profiled = min(n, PROFILED_REVIEWS)
    log(label, f"import profile: the first {profiled:,} reviews, timed, then under cProfile")
    result["import"]["profile"] = runner.worker(folder, "_import_profile", folder / "claims.jsonl", folder, profiled)
    result["seconds"] = time.perf_counter() - started
    log(label, f"done in {result['seconds']:.0f} s")
    return result


def bundled_cold_start(runner: Runner, runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="claimbot-scale-") as tmp:
        folder = Path(tmp)
        db = folder / "claimbot.db"
        first = runner.timed(folder, runner.bot(db, "ask", "--no-log", COLD_QUESTION))
        out = cold_start(runner, folder, db, runs)
        out["first_run_s"] = first
        return out


# --- output --------------------------------------------------------------------------------------

HEADER = [
    "claims",
    "import s",
    "db MB",
    "RSS import MB",
    "RSS ask MB",
    "cold start s",
    "in-process ms p50/p95/p99",
    "CLI ms p50/p95/p99",
    "asks/s",
    "rows lost",
    "acc@1",
    "top1",
    "wrong",
    "abstain",
    "scan p50 ms",
    "×scan p50/p99",
]


def _ms(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:,.0f}"


def _three(p: dict[str, Any]) -> str:
    return " / ".join(_ms(p[k]) for k in ("p50", "p95", "p99"))


def _frac(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _ratio(x: float | None) -> str:
    return "—" if x is None else f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×"


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for r in results:
        ip, acc, scan = r["inprocess"], r["inprocess"]["accuracy"], r["scan"]
        cells = [
            f"{r['label']} ({ip['claims_total']:,})",
            f"{r['import']['seconds']:.1f}",
            f"{r['db_mb']:.1f}",
            f"{r['import']['peak_rss_mb']:.0f}",
            f"{ip['peak_rss_mb']:.0f}",
            f"{r['cold_start']['median_s']:.2f}",
            _three(ip["latency_ms"]),
            _three(r["cli"]["latency_ms"]),
            f"{ip['sustained']['asks_per_s']:,.0f}",
            str(r["rows_lost"]),
            _frac(acc["acc@1"]),
            _frac(acc["top1"]),
            _frac(acc["wrong"]),
            _frac(acc["abstain"]),
            _ms(scan["latency_ms"]["p50"]),
            f"{_ratio(scan['ratio_p50'])} / {_ratio(scan['ratio_p99'])}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _us(x: float) -> str:
    return f"{x:,.0f} µs" if x >= 10 else f"{x:.1f} µs"


def _share(b: dict[str, Any]) -> str:
    return f"{b['share'] * 100:.0f}% · {_us(b['us'])}"


def _profile_table(results: list[dict[str, Any]], key: str, head: list[str], names: tuple[str, ...]) -> list[str]:
    def profile(r: dict[str, Any]) -> dict[str, Any]:
        return r["inprocess"]["profile"] if key == "ask" else r["import"]["profile"]

    shown = [n for n in names if n != WAITING or any(profile(r)["buckets"][n]["share"] > 0 for r in results)]
    lines = ["| " + " | ".join([*head, *shown]) + " |", "|" + "---|" * (len(head) + len(shown))]
    for r in results:
        p = profile(r)
        if key == "ask":
            first = [f"{p['profiled_us_per_item'] / 1000:.2f}", f"{p['us_per_item'] / 1000:.2f}"]
        else:
            first = [f"{p['profiled_us_per_item']:,.0f}", f"{p['us_per_item']:,.0f}"]
        cells = [r["label"], f"{p['count']:,}", *first, *(_share(p["buckets"][n]) for n in shown)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def breakdowns(results: list[dict[str, Any]]) -> str:
    """Where the time goes, per size: the ask's and the import's profiles by bucket."""
    reads = [r["label"] for r in results if r["import"]["profile"]["buckets"][WAITING]["share"] > 0]
    lines = [
        "Where the time goes (cProfile self time, grouped by the bot/ file and function it is spent in; time in "
        "code outside bot/, such as sqlite3, json, pydantic or tantivy, counts for the bot/ function that called "
        "it). Each cell: the bucket's share of the profile · that share of the unprofiled time per item.",
        "",
        f"Asks: {PROFILED_ASKS} logged asks per size, the questions the sustained run would have asked next; "
        f"unprofiled: the sustained run's mean. 1,000 logged asks/s needs ≤ {ASK_TARGET_MS:g} ms an ask.",
        "",
        *_profile_table(results, "ask", ["claims", "asks", "ms/ask profiled", "ms/ask unprofiled"], ASK_BUCKETS),
        "",
        f"Import: the first {PROFILED_REVIEWS:,} reviews (at most) imported into a fresh database, timed, then "
        f"again under cProfile. 1M reviews in 2 minutes needs ≤ {IMPORT_TARGET_US:g} µs a review. This process "
        "only; reading may run on another core"
        + (
            f" (it did at {', '.join(reads)}: only the wait for it is here)."
            if reads
            else " (here the reviews were read in this process)."
        ),
        "",
        *_profile_table(
            results, "import", ["claims", "reviews", "µs/review profiled", "µs/review unprofiled"], IMPORT_BUCKETS
        ),
    ]
    return "\n".join(lines)


def _top(p: dict[str, Any], count: int = 3) -> str:
    """The largest buckets of a profile, and the bot/ function with the most self time."""
    ranked = sorted(p["buckets"].items(), key=lambda kv: kv[1]["share"], reverse=True)
    parts = [f"{name} {b['share'] * 100:.0f}% ({_us(b['us'])})" for name, b in ranked[:count] if b["share"] > 0]
    ours = next((f for f in p["top_self_time"] if f["function"].startswith("bot/")), None)
    tail = f"; most self time in bot/: {ours['function']} {ours['share'] * 100:.0f}%" if ours else ""
    return ", ".join(parts) + tail


def ask_cause(r: dict[str, Any]) -> str:
    p = r["inprocess"]["profile"]
    return (
        f"an ask takes {p['us_per_item'] / 1000:.2f} ms in the sustained run at {r['label']}, and 1,000/s needs "
        f"≤ {ASK_TARGET_MS:g} ms; cProfile over {p['count']} logged asks: {_top(p)}"
    )


def import_cause(r: dict[str, Any]) -> str:
    p, seconds = r["import"]["profile"], r["import"]["seconds"]
    return (
        f"the import took {seconds / r['claims'] * 1e6:,.0f} µs a review ({r['claims'] / seconds:,.0f} reviews/s) "
        f"at {r['label']}, and 2 minutes for 1M needs ≤ {IMPORT_TARGET_US:g} µs; cProfile over the first "
        f"{p['count']:,} reviews ({p['us_per_item']:,.0f} µs a review unprofiled): {_top(p)}; {p['note']}"
    )


def targets(results: list[dict[str, Any]], bundled: dict[str, Any]) -> list[str]:
    """The issue's targets, as met or missed (printed, never asserted). A missed throughput or
    import target is followed by its cause, from the profiles of ``breakdowns``."""

    def mark(ok: bool) -> str:
        return "met" if ok else "MISSED"

    out = []
    for r in results:
        ip, n = r["inprocess"], r["claims"]
        if 100_000 <= n < 1_000_000:
            p99, ratio = ip["latency_ms"]["p99"], r["scan"]["ratio_p50"] or 0
            out.append(
                f"- {r['label']}: p99 logged ask {_ms(p99)} ms ≤ 5: {mark(p99 <= 5)}; "
                f"{_ratio(ratio)} faster than the full scan (p50) ≥ 50×: {mark(ratio >= 50)}"
            )
        if n >= 1_000_000:
            peak = max(r["import"]["peak_rss_mb"], ip["peak_rss_mb"])
            p99, seconds = ip["latency_ms"]["p99"], r["import"]["seconds"]
            out.append(
                f"- {r['label']}: import {seconds:.0f} s < 120: {mark(seconds < 120)}; "
                f"peak memory {peak:.0f} MB < 1,024: {mark(peak < 1024)}; p99 {_ms(p99)} ms ≤ 20: {mark(p99 <= 20)}"
            )
            if seconds >= 120:
                out.append(f"  - cause (measured): {import_cause(r)}")
    largest = max(results, key=lambda r: r["claims"])
    rate, lost = largest["inprocess"]["sustained"]["asks_per_s"], sum(r["rows_lost"] for r in results)
    out.append(
        f"- throughput at {largest['label']} (the largest size run): {rate:,.0f} logged asks/s sustained ≥ 1,000: "
        f"{mark(rate >= 1000)}; rows lost (all sizes) {lost}: {mark(lost == 0)}"
    )
    if rate < 1000:
        out.append(f"  - cause (measured): {ask_cause(largest)}")
    cold = bundled["median_s"]
    out.append(f"- cold start `claimbot ask` on the bundled base {cold:.2f} s ≤ 0.5: {mark(cold <= 0.5)}")
    if len(results) > 1:
        abst = [(r["label"], r["inprocess"]["accuracy"]["abstain"]) for r in results]
        falls = any(b is not None and a is not None and b < a for (_, a), (_, b) in itertools.pairwise(abst))
        out.append(
            "- off-topic abstention by size: "
            + ", ".join(f"{lab} {_frac(a)}" for lab, a in abst)
            + f": {'falls with size (MISSED)' if falls else 'does not fall (met)'}"
        )
    return out


def machine() -> dict[str, Any]:
    model = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    try:
        mem = next(int(x.split()[1]) // 1024 for x in open("/proc/meminfo") if x.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem = None

    def git(*a: str) -> str:
        try:
            return subprocess.run(["git", "-C", str(ROOT), *a], capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""

    dirty = git("status", "--porcelain", "--", "bot")
    return {
        "nproc": usable,
        "cpu": model,
        "memory_mb": mem,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "commit": (git("rev-parse", "--short", "HEAD") or "(not a git checkout)")
        + (" + uncommitted changes in bot/" if dirty else ""),
        "bot_digest": code_digest(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def code_digest() -> str:
    """A digest of the bot's code (bot/**/*.py) as it is on disk, to tell whether it changed during a run."""
    import hashlib

    h = hashlib.sha1()
    for path in sorted((ROOT / "bot").rglob("*.py")):
        h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", text.strip().lower())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use 1k, 10k, 100k, 1m or a number)")
    n = float(m.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2)]
    if n < 10:
        raise argparse.ArgumentTypeError(f"a base needs at least 10 claims, not {text!r}")
    return int(n)


def label_of(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1_000 == 0:
        return f"{n // 1_000}k"
    return f"{n:,}"


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in WORKERS:
        print(json.dumps(WORKERS[argv[0]](*argv[1:])))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1k,10k,100k", help="comma-separated: 1k, 10k, 100k, 1m or numbers")
    parser.add_argument(
        "--questions", type=int, default=1000, help=f"measured questions ({OFFTOPIC_SHARE * 100:.0f}%% off-topic)"
    )
    parser.add_argument("--seconds", type=float, default=10, help="the sustained-throughput run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep each size's files in DIR/<size>/")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure to FILE")
    parser.add_argument("--cli-questions", type=int, help="questions sent through ask --json - (default: all)")
    parser.add_argument("--cold-runs", type=int, default=5, help="cold starts timed (the median is shown)")
    parser.add_argument("--scan-questions", type=int, default=100, help="questions for the full-scan baseline")
    parser.add_argument("--scan-budget", type=float, default=60, help="seconds the baseline may take (at least 5 asks)")
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a bot setting for every run (repeatable): --setting verify=false is CLAIMBOT_VERIFY=false",
    )
    args = parser.parse_args(argv)
    from bot.settings import Settings

    settings = {}
    for pair in args.setting:
        name, eq, value = pair.partition("=")
        if not eq or name.lower() not in Settings.model_fields:
            parser.error(f"--setting {pair!r}: use NAME=VALUE with a field of bot.settings.Settings")
        settings[name.lower()] = value
    try:
        sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    if args.questions < 5:
        parser.error("--questions must be at least 5")

    runner = Runner(settings)
    info = machine()
    info["settings"] = settings
    results = []
    for n in sizes:
        label = label_of(n)
        if args.keep:
            results.append(run_size(runner, args.keep / label, n, label, args))
        else:
            with tempfile.TemporaryDirectory(prefix=f"claimbot-scale-{label}-") as tmp:
                results.append(run_size(runner, Path(tmp), n, label, args))
    log("bundled", f"cold start × {args.cold_runs}")
    bundled = bundled_cold_start(runner, args.cold_runs)

    after = code_digest()
    info["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    command = " ".join(["python", "bench/scale.py", *argv])
    print(table(results))
    print()
    print(
        f'Cold start `claimbot ask "{COLD_QUESTION}"` on the bundled base: {bundled["median_s"]:.2f} s '
        f"(median of {args.cold_runs}; first run, creating the database: {bundled['first_run_s']:.2f} s)."
    )
    print()
    print(breakdowns(results))
    print()
    goals = targets(results, bundled)
    print("Targets (issue 13):")
    print("\n".join(goals))
    print()
    print(
        f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['memory_mb'] or '?'} MB RAM, Python {info['python']}, "
        f"SQLite {info['sqlite']}; claimbot {info['commit']} (bot/ digest {info['bot_digest']}); load average "
        f"{info['load_average'][0]:.2f} at the start, {info['load_average_after'][0]:.2f} at the end."
    )
    if settings:
        print("Settings: " + ", ".join(f"CLAIMBOT_{k.upper()}={v}" for k, v in settings.items()))
    if after != info["bot_digest"]:
        info["bot_digest_after"] = after
        print(f"Warning: the code in bot/ changed during the run (digest {after} at the end): the sizes may differ.")
    print(f"Command: {command}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "command": command,
                    "machine": info,
                    "bundled_cold_start": bundled,
                    "targets": goals,
                    "sizes": results,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()

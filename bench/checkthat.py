"""CLEF CheckThat! 2020 Task 2 (English): verified-claim retrieval with claimbot's matcher.

Builds a claim base from the 10,375 Snopes claims in a temporary SQLite database
through the bot's own store (``Store.save_claims``, the one write path), indexer
(``bot.index.index_document``) and ``Matcher`` (over ``store.retriever``), ranks the
claims for every tweet of a split with ``Matcher.match(tweet, top=5)``, and prints MAP@1, MAP@5, P@1 and MRR as the
official scorer computes them, with the build time and the time per query. The
Turkey question set (tests/questions.json) is scored in the same run, with the
same Tuning, so a change that helps tweets can be checked against it.

    python bench/checkthat.py --split dev
    python bench/checkthat.py --split train --tuning entity_penalty=1 --tuning beta2=0.5
    python bench/checkthat.py --split dev --baseline bm25
    python bench/checkthat.py --import-timing 10000

See bench/README.md for the figures.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import math
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import claimreview  # noqa: E402
from bot.claim import Claim  # noqa: E402
from bot.index import index_document  # noqa: E402
from bot.knowledge import ALIAS_FILE, default_knowledge_dir, load_aliases  # noqa: E402
from bot.match import Matcher, Tuning  # noqa: E402
from bot.normalize import AliasTable, clean_pasted  # noqa: E402
from bot.store import Change, Store  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "checkthat2020"
EXPECTED = {"claims": 10375, "train": 800, "dev": 197}
K = 5

csv.field_size_limit(10_000_000)

# --- data ------------------------------------------------------------------------------


def read_tsv(path: Path, header: bool = True) -> list[list[str]]:
    """Tab-separated, CSV-style quoting (""doubled"" quotes inside quoted fields)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return rows[1:] if header else rows


def load_claims(data: Path) -> dict[str, tuple[str, str]]:
    rows = read_tsv(data / "verified_claims.docs.tsv")
    claims = {r[0]: (r[1], r[2]) for r in rows}
    _check(len(claims), EXPECTED["claims"], "verified claims")
    return claims


def load_split(data: Path, split: str) -> tuple[dict[str, str], dict[str, set[str]]]:
    queries = {r[0]: r[1] for r in read_tsv(data / split / "tweets.queries.tsv")}
    _check(len(queries), EXPECTED[split], f"{split} queries")
    gold: dict[str, set[str]] = defaultdict(set)
    for r in read_tsv(data / split / "tweet-vclaim-pairs.qrels", header=False):
        if r and int(r[3]) > 0:
            gold[r[0]].add(r[2])
    return queries, dict(gold)


def _check(got: int, want: int, what: str) -> None:
    if got != want:
        print(f"warning: {got:,} {what}, expected {want:,}", file=sys.stderr)


# --- tweet cleaning ------------------------------------------------------------------------


def clean_tweet(text: str, keep_author: bool = True) -> str:
    """The core's ``clean_pasted`` (kept under this name for the bench's flags)."""
    return clean_pasted(text, keep_author=keep_author)


# --- building the claim base -------------------------------------------------------------------


def aliases() -> AliasTable:
    return load_aliases(default_knowledge_dir() / ALIAS_FILE)


def claim_id(vclaim_id: str) -> str:
    return f"vc-{vclaim_id}"


def build_store(
    db: Path, claims: dict[str, tuple[str, str]], table: AliasTable, retriever: str = "tantivy"
) -> tuple[Store, float, bool]:
    """The claim base in ``db`` (reused when it already holds every claim), searched with
    ``retriever``. Returns the store, the seconds it took and whether it was reused."""
    start = time.perf_counter()
    store = Store.open(db, retriever=retriever)
    if store.claim_count() == len(claims) and store.retriever.count() == len(claims):
        return store, time.perf_counter() - start, True
    if store.claim_count():
        raise SystemExit(f"{db} holds another claim base; give a new --db path")
    # model_construct, not Claim(...): 5 of the Snopes statements are longer than the
    # model's 500-character limit, and the claims are written exactly as the data has them.
    base = [
        Claim.model_construct(
            id=claim_id(cid),
            statement=text,
            claimant=["unknown"],
            status="unverified",
            rationale="A verified claim from the CLEF CheckThat! 2020 Task 2 data (Snopes).",
            status_note=None,
            rating=None,
            source=None,
            evidence=[],
            entities=[],
            tags=[],
            phrasings=[title] if title.strip() else [],
            related=[],
            retired=False,
        )
        for cid, (text, title) in claims.items()
    ]
    store.save_claims(
        [Change(c, None, "import") for c in base],
        actor="bench:checkthat",
        note="CheckThat! 2020 claims",
        index={c.id: index_document(c, table) for c in base},
    )
    store.retriever.sync()
    return store, time.perf_counter() - start, False


# --- rankers -------------------------------------------------------------------------------------

Ranker = Callable[[str], list[str]]  # a tweet → vclaim ids, best first


def matcher_ranker(store: Store, table: AliasTable, tuning: Tuning, clean: bool, keep_author: bool = True) -> Ranker:
    matcher = Matcher(store.retriever, table, tuning, generation=store.generation)

    def rank(tweet: str) -> list[str]:
        text = clean_tweet(tweet, keep_author) if clean else tweet
        return [c.claim_id[3:] for c in matcher.match(text, top=K).candidates]

    return rank


_WORD = re.compile(r"\w+")


def bm25_ranker(
    claims: dict[str, tuple[str, str]],
    clean: bool,
    keep_author: bool = True,
    k1: float = 1.2,
    b: float = 0.75,
    depth: int = 100,
) -> Ranker:
    """BM25 over claim + title, lowercase word tokens (\\w+), k1 1.2, b 0.75; pure Python
    with an inverted index. A query term that repeats counts each time."""
    ids = list(claims)
    docs = [_WORD.findall(f"{t} {title}".lower()) for t, title in claims.values()]
    avgdl = sum(map(len, docs)) / len(docs)
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, doc in enumerate(docs):
        for term, tf in Counter(doc).items():
            postings[term].append((i, tf))
    n = len(docs)
    # Okapi idf as rank_bm25's BM25Okapi: log((N - df + .5) / (df + .5)), a negative one
    # floored at 0.25 × the mean idf. This reproduces the README's baseline figures.
    raw = {t: math.log((n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in postings.items()}
    floor = 0.25 * sum(raw.values()) / len(raw)
    idf = {t: v if v > 0 else floor for t, v in raw.items()}
    norm = [k1 * (1 - b + b * len(d) / avgdl) for d in docs]

    def rank(tweet: str) -> list[str]:
        text = clean_tweet(tweet, keep_author) if clean else tweet
        scores: dict[int, float] = defaultdict(float)
        for term in _WORD.findall(text.lower()):  # a repeated query term counts again
            w = idf.get(term)
            if w is None:
                continue
            for i, tf in postings[term]:
                scores[i] += w * tf * (k1 + 1) / (tf + norm[i])
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:depth]
        return [ids[i] for i, _ in best]

    return rank


def fuzz_ranker(claims: dict[str, tuple[str, str]], clean: bool, keep_author: bool = True, depth: int = 100) -> Ranker:
    """rapidfuzz token_set_ratio against claim + title, a full scan."""
    from rapidfuzz import fuzz, process, utils

    ids = list(claims)
    docs = [f"{t} {title}" for t, title in claims.values()]

    def rank(tweet: str) -> list[str]:
        text = clean_tweet(tweet, keep_author) if clean else tweet
        hits = process.extract(text, docs, scorer=fuzz.token_set_ratio, processor=utils.default_process, limit=depth)
        return [ids[i] for _, _, i in hits]

    return rank


# --- scoring (as the official scorer) ---------------------------------------------------------------


def average_precision(ranked: list[str], gold: set[str], k: int) -> float:
    found, total = 0, 0.0
    for rank, cid in enumerate(ranked[:k], 1):
        if cid in gold:
            found += 1
            total += found / rank
    return total / len(gold)


def reciprocal_rank(ranked: list[str], gold: set[str]) -> float:
    return next((1.0 / r for r, cid in enumerate(ranked, 1) if cid in gold), 0.0)


def score(runs: dict[str, list[str]], gold: dict[str, set[str]]) -> dict[str, float]:
    qids = [q for q in runs if gold.get(q)]
    n = len(qids) or 1
    return {
        "MAP@1": sum(average_precision(runs[q], gold[q], 1) for q in qids) / n,
        "MAP@5": sum(average_precision(runs[q], gold[q], 5) for q in qids) / n,
        "P@1": sum(1.0 for q in qids if runs[q][:1] and runs[q][0] in gold[q]) / n,
        "MRR@5": sum(reciprocal_rank(runs[q][:5], gold[q]) for q in qids) / n,
        "MRR": sum(reciprocal_rank(runs[q], gold[q]) for q in qids) / n,
        "queries": len(qids),
    }


# --- the Turkey question set --------------------------------------------------------------------------


def turkey(tuning: Tuning) -> str:
    """The Turkey question sets' figures with this tuning: the tuned-on set and the held-out one."""
    from bot.evaluate import evaluate, load_questions
    from bot.service import ClaimService
    from bot.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        service = ClaimService.open(Settings(), db=Path(tmp) / "turkey.db")
        try:
            service.matcher = Matcher(
                service.store.retriever, service.aliases, tuning, generation=service.store.generation
            )
            figures = evaluate(service, load_questions(ROOT / "tests" / "questions.json"))
            held_out = evaluate(service, load_questions(ROOT / "tests" / "questions_heldout.json"))
        finally:
            service.close()
    ok = figures.positive_rate >= 0.90 and figures.off_topic_rate == 1.0 and figures.near_topic_rate >= 0.75
    return (
        figures.summary()
        + ("  [targets met]" if ok else "  [TARGETS MISSED]")
        + "\nTurkey held-out set: "
        + held_out.summary()
    )


# --- ClaimReview import timing ----------------------------------------------------------------------------


def import_timing(n: int) -> None:
    """Generate ``n`` synthetic ClaimReviews (JSON Lines) and time parse + import, twice,
    through ``ClaimService.import_reviews`` (there is one write path: ``Store.save_claims``)."""
    import random

    from bot.service import ClaimService
    from bot.settings import Settings

    rnd = random.Random(1)
    words = (
        "vaccine election mayor river bridge tax school border virus moon oil bank farm storm police "
        "museum train water senator airport"
    ).split()
    ratings = ["False", "True", "Mostly False", "Half True", "Pants on Fire", "Misleading", "Unproven", "Odd"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reviews.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                w = rnd.sample(words, 6)
                fh.write(
                    json.dumps(
                        {
                            "@context": "https://schema.org",
                            "@type": "ClaimReview",
                            "url": f"https://checker.example.org/review/{i}",
                            "name": f"Did the {w[0]} {w[1]} the {w[2]} in {1990 + i % 30}?",
                            "datePublished": f"2020-01-{1 + i % 28:02d}",
                            "author": {"@type": "Organization", "name": ["PolitiFact", "Snopes", "Full Fact"][i % 3]},
                            "claimReviewed": f"The {w[0]} {w[1]} {w[2]} {w[3]} {w[4]} {w[5]} number {i}.",
                            "itemReviewed": {
                                "@type": "Claim",
                                "author": {"@type": "Person", "name": f"Person {i % 50}"},
                            },
                            "reviewRating": {"@type": "Rating", "alternateName": ratings[i % len(ratings)]},
                        }
                    )
                    + "\n"
                )
        service = ClaimService.open(Settings(), db=Path(tmp) / "t.db")
        try:
            for attempt in ("first import", "same file again"):
                start = time.perf_counter()
                parsed = claimreview.parse(path)
                mid = time.perf_counter()
                counts = service.import_reviews(parsed, actor="bench")
                end = time.perf_counter()
                print(
                    f"{attempt}: parse {mid - start:.2f} s, import {end - mid:.2f} s; "
                    f"created {counts['created']}, "
                    f"updated {counts['updated']}, unchanged {counts['unchanged']}, "
                    f"skipped {counts['skipped']}"
                )
        finally:
            service.close()


# --- main --------------------------------------------------------------------------------------------------


def parse_tuning(pairs: list[str]) -> Tuning:
    fields = {f.name: f for f in dataclasses.fields(Tuning)}
    values = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in fields:
            raise SystemExit(f"--tuning {pair!r}: use key=value with a key of {', '.join(fields)}")
        kind = type(fields[key].default)
        if key == "field_weights":  # field_weights=statement:3,entities:1 (the others keep theirs)
            weights = dict(values.get(key, fields[key].default))
            for item in raw.split(","):
                name, colon, weight = item.partition(":")
                if not colon or name.strip() not in weights:
                    raise SystemExit(
                        f"--tuning {pair!r}: use field_weights=FIELD:WEIGHT,... with a field of {', '.join(weights)}"
                    )
                weights[name.strip()] = float(weight)
            values[key] = tuple(weights.items())
        else:
            values[key] = raw if kind is str else kind(raw)
    return Tuning(**values)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "train", "both"], default="dev")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"the data folder (default {DEFAULT_DATA})")
    ap.add_argument("--limit", type=int, help="only the first N tweets of each split")
    ap.add_argument("--db", type=Path, help="keep the claim base in this file (reused when it is complete)")
    ap.add_argument("--baseline", choices=["bm25", "fuzz"], help="rank with a baseline instead of the matcher")
    ap.add_argument(
        "--tuning",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a bot.match.Tuning field for this run (repeatable)",
    )
    ap.add_argument("--raw", action="store_true", help="do not clean the tweets")
    ap.add_argument(
        "--drop-author",
        action="store_true",
        help="drop the signature's name too (by default it is kept in the cleaned tweet)",
    )
    ap.add_argument(
        "--retriever", choices=["tantivy", "fts5"], default="tantivy", help="the candidate generator (default tantivy)"
    )
    ap.add_argument("--no-turkey", action="store_true", help="skip the Turkey question set")
    ap.add_argument("--misses", type=int, default=0, metavar="N", help="print N tweets whose gold claim is not first")
    ap.add_argument(
        "--import-timing",
        type=int,
        metavar="N",
        help="only time a ClaimReview import of N synthetic reviews (through "
        "ClaimService.import_reviews, the one bulk write path; the old --slow "
        "save_claim-per-record path is gone)",
    )
    args = ap.parse_args(argv)

    if args.import_timing:
        import_timing(args.import_timing)
        return 0

    tuning = parse_tuning(args.tuning)
    claims = load_claims(args.data)
    splits = ["train", "dev"] if args.split == "both" else [args.split]
    clean = not args.raw

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "checkthat.db"
        if args.baseline:
            start = time.perf_counter()
            make = bm25_ranker if args.baseline == "bm25" else fuzz_ranker
            ranker = make(claims, clean, not args.drop_author)
            build, what, store = time.perf_counter() - start, f"baseline {args.baseline}", None
        else:
            table = aliases()
            store, build, reused = build_store(db, claims, table, args.retriever)
            ranker = matcher_ranker(store, table, tuning, clean, not args.drop_author)
            changed = {
                f.name: getattr(tuning, f.name)
                for f in dataclasses.fields(Tuning)
                if getattr(tuning, f.name) != f.default
            }
            what = f"claimbot matcher, Tuning {changed or 'defaults'}"
            if reused:
                what += f" (claim base reused from {db})"
        how = "raw" if args.raw else "cleaned, author dropped" if args.drop_author else "cleaned, author kept"
        print(f"{what}; tweets {how}")
        print(f"claim base: {len(claims):,} claims, built in {build:.1f} s")
        try:
            for split in splits:
                queries, gold = load_split(args.data, split)
                items = list(queries.items())[: args.limit] if args.limit else list(queries.items())
                runs, times = {}, []
                for qid, tweet in items:
                    t0 = time.perf_counter()
                    runs[qid] = ranker(tweet)
                    times.append((time.perf_counter() - t0) * 1000)
                s = score(runs, gold)
                times.sort()
                p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
                mrr = f"MRR@5 {s['MRR@5']:.3f}"
                if args.baseline:
                    mrr += f"  MRR(top 100) {s['MRR']:.3f}"
                print(
                    f"{split:>5} ({s['queries']} tweets): MAP@1 {s['MAP@1']:.3f}  MAP@5 {s['MAP@5']:.3f}  "
                    f"P@1 {s['P@1']:.3f}  {mrr}   per tweet: mean {statistics.fmean(times):.1f} ms, "
                    f"p95 {p95:.1f} ms"
                )
                misses = [q for q, _ in items if gold.get(q) and not set(runs[q][:1]) & gold[q]]
                for qid in misses[: args.misses]:
                    g = sorted(gold[qid])[0]
                    got = runs[qid]
                    print(
                        f"  miss {qid}: {clean_tweet(queries[qid])[:160]!r}\n"
                        f"     gold {g}: {claims[g][0][:120]!r}\n"
                        + (f"     got  {got[:3]}: {claims[got[0]][0][:120]!r}" if got else "     got nothing")
                    )
        finally:
            if store is not None:
                store.close()
    if not args.no_turkey and not args.baseline:
        print("Turkey question set:", turkey(tuning))
    return 0


if __name__ == "__main__":
    sys.exit(main())

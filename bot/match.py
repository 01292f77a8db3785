"""Matching a question to claims: FTS5 candidates, reranked.

1. The question is normalised into terms (``normalize.analyze``); a term the
   index has never seen is corrected to the closest indexed term when one is
   close enough (typos: "turky" → turkey).
2. Candidates come from SQLite FTS5: an OR of the quoted terms, ranked by BM25
   over statement, phrasings, evidence and entities.
3. Each candidate is rescored from features:
   - ``unit``: the best IDF-weighted F-score between the question and one of the
     claim's statement or phrasings (recall weighted over precision);
   - ``coverage``: the IDF-weighted share of the question's terms found anywhere
     in the claim (statement, phrasings, evidence, entities, claimants);
   - ``fuzzy``: rapidfuzz token_set_ratio against the best unit;
   and a penalty for every entity the question names (a country, weapon,
   person, organisation, year or model number) that the claim does not mention:
   "Will India return its S-400?" is not about Turkey.
4. The outcome: ``match`` (confident), ``suggest`` (a "did you mean" set) or
   ``none``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .normalize import AliasTable, analyze
from .store import Store

MATCH_AT = 60.0  # a confident match scores at least this
SUGGEST_AT = 35.0  # "did you mean" from here up to MATCH_AT
ENTITY_PENALTY = 0.55  # score multiplier per entity the claim does not mention
CANDIDATES = 40  # FTS5 candidates reranked per question
UNIT_SEP = " | "  # separates phrasings inside one index column
BETA2 = 2.25  # F-beta with beta 1.5: recall counts more than precision

WEIGHTS = {"unit": 0.55, "coverage": 0.30, "fuzzy": 0.15}


@dataclass
class Candidate:
    claim_id: str
    score: float
    bm25: float
    features: dict[str, float]
    matched: list[str]
    missing_entities: list[str]


@dataclass
class MatchResult:
    outcome: str  # match | suggest | none
    terms: list[str]
    candidates: list[Candidate]
    corrections: dict[str, str] = field(default_factory=dict)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def why(self) -> str:
        if not self.terms:
            return "the question has no searchable words"
        best = self.best
        fixed = "".join(f"; read {a!r} as {b!r}" for a, b in self.corrections.items())
        if best is None:
            return f"no claim shares a term with the question (terms: {', '.join(self.terms)}){fixed}"
        parts = [f"matched terms: {', '.join(best.matched) or 'none'}", f"score {best.score:.0f}"]
        if self.outcome == "match":
            parts.append(f"a match needs {MATCH_AT:.0f}")
        elif self.outcome == "suggest":
            parts.append(f"below {MATCH_AT:.0f}, so only suggested")
        else:
            parts.append(f"below {SUGGEST_AT:.0f}, no match")
        if best.missing_entities:
            parts.append("the question names " + ", ".join(best.missing_entities) + ", which the claim does not")
        return "; ".join(parts) + fixed


def index_text(claim: dict, aliases: AliasTable) -> dict[str, str]:
    """The normalised columns of a claim's row in the search index."""

    def norm(text: str) -> str:
        return " ".join(analyze(text, aliases))

    speakers = [ev["speaker"] for ev in claim.get("evidence") or []]
    names = [*claim.get("entities", []), *claim.get("claimant", []), *speakers, *claim.get("tags", [])]
    return {
        "claim_id": claim["id"],
        "statement": norm(claim["statement"]),
        "phrasings": UNIT_SEP.join(p for p in (norm(x) for x in claim.get("phrasings", [])) if p),
        "evidence": " ".join(norm(ev["quote"]) for ev in claim.get("evidence") or []),
        "entities": " ".join(norm(n) for n in names),
    }


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term quoted (terms are [a-z0-9.] only, and any
    double quote is doubled anyway), joined with OR. Nothing from the user reaches
    FTS5 syntax."""
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


class Matcher:
    """Matches questions against the store's index; caches the vocabulary per generation."""

    def __init__(self, store: Store, aliases: AliasTable) -> None:
        self.store = store
        self.aliases = aliases
        self._vocab: list[str] = []
        self._vocab_set: frozenset[str] = frozenset()
        self._generation = -1

    def _refresh(self) -> None:
        gen = self.store.generation()
        if gen != self._generation:
            self._vocab = self.store.vocabulary()
            self._vocab_set = frozenset(self._vocab)
            self._generation = gen

    def correct(self, terms: list[str]) -> tuple[list[str], dict[str, str]]:
        """Replace unknown words by the closest indexed term (typos)."""
        self._refresh()
        out, fixed = [], {}
        for t in terms:
            if (
                t in self._vocab_set
                or t in self.aliases.kinds
                or not t.isalpha()
                or len(t) < 4
                or not self._vocab
            ):
                out.append(t)
                continue
            hit = process.extractOne(t, self._vocab, scorer=fuzz.ratio, score_cutoff=80)
            if hit is not None and not self.aliases.is_entity(hit[0]):
                fixed[t] = hit[0]
                out.append(hit[0])
            else:
                out.append(t)
        return out, fixed

    def match(self, question: str, top: int = 5) -> MatchResult:
        raw_terms = list(dict.fromkeys(analyze(question, self.aliases)))
        if not raw_terms:
            return MatchResult("none", [], [])
        terms, fixed = self.correct(raw_terms)
        terms = list(dict.fromkeys(terms))
        hits = self.store.search(fts_query(terms), CANDIDATES)
        if not hits:
            return MatchResult("none", terms, [], fixed)
        rows = self.store.index_rows([cid for cid, _ in hits])
        n_docs = max(self.store.indexed_count(), 1)
        df = self.store.document_frequencies(terms)
        idf = {t: math.log(1 + (n_docs - df.get(t, 0) + 0.5) / (df.get(t, 0) + 0.5)) for t in terms}
        unit_df = self.store.document_frequencies(
            {w for row in rows.values() for w in (row["statement"] + " " + row["phrasings"]).split() if w != "|"}
        )

        def w(term: str) -> float:
            if term in idf:
                return idf[term]
            d = unit_df.get(term, 0)
            return math.log(1 + (n_docs - d + 0.5) / (d + 0.5))

        total = sum(idf.values()) or 1.0
        qset = set(terms)
        qtext = " ".join(terms)
        scored = []
        for cid, bm25 in hits:
            row = rows.get(cid)
            if row is None:
                continue
            units = [row["statement"], *row["phrasings"].split(UNIT_SEP)]
            unit_terms = [set(u.split()) for u in units if u.strip()]
            every = set().union(*unit_terms, row["evidence"].split(), row["entities"].split())
            coverage = sum(idf[t] for t in qset & every) / total
            best_unit, best_text = 0.0, ""
            for u_terms, u_text in zip(unit_terms, units):
                inter = qset & u_terms
                if not inter:
                    continue
                r = sum(idf[t] for t in inter) / total
                p = sum(w(t) for t in inter) / (sum(w(t) for t in u_terms) or 1.0)
                f = (1 + BETA2) * p * r / (BETA2 * p + r)
                if f > best_unit:
                    best_unit, best_text = f, u_text
            fuzzy = fuzz.token_set_ratio(qtext, best_text) / 100.0 if best_text else 0.0
            features = {"unit": best_unit, "coverage": coverage, "fuzzy": fuzzy}
            score = 100.0 * sum(WEIGHTS[k] * v for k, v in features.items())
            missing = [t for t in terms if self.aliases.is_entity(t) and t not in every]
            score *= ENTITY_PENALTY ** len(missing)
            scored.append(
                Candidate(
                    claim_id=cid,
                    score=round(score, 1),
                    bm25=round(bm25, 3),
                    features={k: round(v, 3) for k, v in features.items()},
                    matched=[t for t in terms if t in every],
                    missing_entities=missing,
                )
            )
        scored.sort(key=lambda c: (-c.score, -c.bm25, c.claim_id))
        best = scored[0] if scored else None
        if best is not None and best.score >= MATCH_AT and not best.missing_entities:
            outcome = "match"
        elif best is not None and best.score >= SUGGEST_AT:
            outcome = "suggest"
        else:
            outcome = "none"
        return MatchResult(outcome, terms, scored[: max(top, 1)], fixed)

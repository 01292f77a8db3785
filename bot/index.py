"""The indexer: what a claim looks like to the search index.

``index_document`` is the only place a claim becomes index text. Every change
to a claim reaches the index through ``ClaimService._commit`` (which calls it
and hands the documents to the store, in the same unit of work as the claim),
and an alias-table change through ``ClaimService.reindex``.
"""

from __future__ import annotations

import re

from .claim import GIVES_TAG, Claim
from .normalize import (
    SPEAKER_KINDS,
    AliasTable,
    analyze,
    banned_acts,
    circumstance,
    condition,
    english_words,
    gives,
    hedged_acts,
    main_clause,
    possessions,
    prep_parties,
    reason_clause,
    shifted_years,
    split_at_saying,
    without_condition,
)
from .retrieve import UNIT_SEP, IndexDoc
from .roles import may_have_roles, roles

# Bump when what ``index_document`` writes changes: databases index again on open.
INDEX_VERSION = 62  # 3: a claim's document has its claim's rowid; 4: chat spellings read as words; 5: speakers;
# 6: every name among the speakers (who:); 7: a place, and gives: tags; 8: an alias found
# through stems only where the words inflect it ("planning" is no "plane"); 9: what a
# statement says in passing (circ:); 10: an editor's note in parentheses is not matched;
# 11: "the us" in lower case is the country; 12: what a statement gives as its reason (rsn:);
# 13: who: names leave out where a speaker is posted ("ambassador to Turkey"); 14: who does
# what to whom in the statement and phrasings (role:); 15: a country and general words for
# its one weapon ("russian missiles"); 16: roles read clause by clause (commas, dashes); 17: "hedged"
# (a statement that records something as possible, proposed or considered); 18: an envoy's
# post ("ambassador to Turkey") is no place; 19: what a statement says only under a
# condition (cond:); 20: "said-hedged" (what a statement about a saying says was said is
# hedged: "said the issue could be resolved"); 21: the parties after its prepositions (at:)
# and what its parties have (of:); 22: "banned" (a statement of what may not be done); 23:
# what it records only as possible (may:); 24: "state" (a state that lasts to the writing),
# what it says may not be done (ban:); 25: "manner" (how it is done: "in exchange for");
# 26: the acts a statement says it does not date (undated:); 27: whose act its reason is (rsnby:);
# 28: idioms of session 16 ("carried out", "decided to", money "dropped on")
# 29: "compel" an act whose parties are read (session 17)
# 30: an idiom of session 17 (returning to or rejoining a programme is readmission)
# 31: "in reaction to", "in response to" say why, not how (manner)
# 32: a quote mark before "S-400" is no possessive ("'S-400s" is not "400s")
# 33: "in response to the US" names no place
# 34: "down" as a particle is no downing ("down to", "stepped down")
# 35: the years a statement puts something before, after or since (shift:); 36: "wrote" read as
# reported, "in terms of" as nothing, "right now" as now (idioms, session 19); 37: a source's
# name only by its names and the table's words; 38: "kicked off" begins, unless one was kicked
# off something; 39: "how much did the s-400 cost" asks a price; 40: the modal "may" is no month;
# 41: "is it thinking of returning" considers it; 42: "made public" is published, ", say four" an
# example (idioms, session 20); 43: "nothing to do with" is "not about", "so far" is "yet"; 44: aliases of
# session 20 (reflecting on, guarding, spoiling, falling through); 45: "as far back as", "'s ticket
# to", a child's "russian rockets" and "rocket stoppers"; 46: "regarding" is about, "take place" is
# happen; a newsroom's abbreviations (UKR, exch., prog., intvw, amb.), pear-shaped; 47: "in spite of"
# is despite; deliberating considers, a rupture sours, withdrawing from cancels, policymakers; 48:
# "as early as" is in, "big damage" is considerable damage; 49: names in Turkish and other
# languages' spellings (Rusya, ABD, Avrupa, Ukrayna, Moskova, Türkei, Turquie); 50: recovering is an act of its own,
# "at this stage of the affair" is now (session 21); 51: protecting and jeopardizing have parties,
# "ties with" and "relations with" as "relationship with", "mediate" is mediation (no typo of media);
# 52: in concert with, a fair bit of, numbers in words; aliases of set 87 and 90;
# 53: "on the cards" is no considering (session 21); 54: reflexives are light, nicknames (Uncle Sam,
# the Russkies, Erdo, Bloomy); 55: "went wrong between" is soured (session 21);
# 56: "a sign" is a symbol, cosying up and getting closer align; Scottish English; 57: "a response
# to" is "driven by"; 58: giving up and surrendering the S-400 return it;
# 59: "an air-defence gap" is the need for air defence
# 60: session 22's aliases (deny and withhold refuse, a handback returns, manufacturing is production)
# 61: drones are weapons; to write back is to respond; the foreign ministry is an organisation; "us"
# joined to a country by a hyphen is the country; sticking to is unchanged
# 62: in-laws are no law


_NOTE = re.compile(r"\([^)]*\)")
_DO_SO = re.compile(r"\b(?:do|does|did|done) (?:so|it|that)\b")
# Where a speaker is posted: "ambassador to turkey", "envoy in ankara".
_POSTED = re.compile(r"\b(?:to|in|at)\s+\S+")
# A post held in a country is not where the statement says something happened: "Tom
# Barrack, the US Ambassador to Turkey, said ..." names no place ("where was Barrack when
# he said it?" is not answered).
_POST = re.compile(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|consuls?|representatives?)\s+(?:to|in|at)\s+\S+", re.I)


def index_document(claim: Claim, aliases: AliasTable) -> IndexDoc:
    """The claim's normalised fields: statement, phrasings, evidence quotes, and names
    (entities, claimants, speakers, tags, plus what the alias table says they imply)."""

    def norm(text: str) -> str:
        return " ".join(analyze(text, aliases))

    speakers = [ev.speaker for ev in claim.evidence]
    tags = [t for t in claim.tags if not t.startswith(GIVES_TAG)]
    names = [*claim.entities, *claim.claimant, *speakers, *tags]
    # An editor's note in parentheses ("(the article does not date the cancellation)") is
    # shown with the statement, not matched: "date" in it found "S400 ACQUISITION DATE".
    statement = norm(_NOTE.sub(" ", claim.statement))
    phrasings_read = [norm(x) for x in claim.phrasings]
    phrasings = UNIT_SEP.join(p for p in phrasings_read if p)
    entities = " ".join(norm(n) for n in names)
    core = set(f"{statement} {phrasings} {entities}".split())
    implied = sorted(aliases.implied(core))
    if implied:  # a claim about the S-400 involves Russia even where it does not say so
        entities = " ".join([entities, *implied]).strip()
    relations = sorted(gives(claim.statement) | {t[len(GIVES_TAG) :] for t in claim.tags if t.startswith(GIVES_TAG)})
    # Who claims it or speaks in it: the plain English words of a source's name ("Webangah News
    # Agency, International Desk") are no words of the claim's, and "desk" and "agency" answered
    # "is it worth getting a standing desk?" and "... the defence procurement agency?" (session
    # 19). They stay in the names searched (the ranking is as it was) and the matcher reads them
    # as the claim's only where the statement, the phrasings, the entities or the tags say them,
    # or they are a name or a word of the alias table ("webangah", "ambassador").
    own = set(f"{statement} {phrasings}".split()) | {t for n in (*claim.entities, *tags) for t in analyze(n, aliases)}
    english = english_words()
    relations = sorted(
        {
            *relations,
            *(
                f"src:{t}"
                for n in (*claim.claimant, *speakers)
                for t in analyze(n, aliases)
                if t not in own and not aliases.kinds.get(t) and t in english
            ),
        }
    )
    # A place: a name of kind place ("Adana"), or in, into or to a country ("in Turkey").
    if any(aliases.kinds.get(t) == "place" for t in statement.split()) or _in_country(
        _POST.sub(" ", claim.statement), aliases
    ):
        relations = sorted({*relations, "place"})
    # What the statement says only in passing ("circ:downing" of "... soured after the
    # downing of a Su-24"): a question about that alone asks about something else.
    main = set(analyze(main_clause(claim.statement), aliases))
    relations += sorted({f"circ:{t}" for t in analyze(circumstance(claim.statement), aliases) if t not in main})
    # What it says would follow only if something holds ("cond:conclud" of "... might be
    # returned if Russia concludes ..."): "has Russia concluded ...?" asks whether the
    # condition holds, which it does not say.
    # "If Turkey intends to return the S-400, it will do so ...": what is done ("do so") is
    # the return; only the intending is the condition.
    if cond := condition(claim.statement):
        rest_text = without_condition(claim.statement)
        if _DO_SO.search(rest_text):
            cond = cond.split(" to ", 1)[0]
        rest = set(analyze(rest_text, aliases))
        relations += sorted({f"cond:{t}" for t in analyze(cond, aliases) if t not in rest})
    # What it gives as its reason ("rsn:refuse" of "... driven by NATO's refusal to deploy
    # ..."): "why did NATO refuse?" asks the reason of the reason, which it does not give.
    why, rest = reason_clause(claim.statement)
    rest_terms = set(analyze(rest, aliases))
    why_terms = analyze(why, aliases)
    relations += sorted({f"rsn:{t}" for t in why_terms if t not in rest_terms})
    # ... and whose act the reason is, its first party ("rsnby:usa" of "due to US pressure",
    # "rsnby:nato" of "driven by NATO's refusal to deploy Patriot systems in Turkey")
    if party := next((t for t in why_terms if aliases.kinds.get(t) in ("country", "org", "person")), None):
        relations.append(f"rsnby:{party}")
    if "said" in relations:
        # Who said it ("by:barrack"), besides countries and the words of what they said: a
        # question that names the speaker asks about the saying ("ambassador barrack s-400
        # timeline"), not about the thing said.
        speaker, said = split_at_saying(claim.statement)
        who, what = analyze(speaker, aliases), analyze(said, aliases)
        relations += sorted({f"by:{t}" for t in who if aliases.kinds.get(t) != "country" and t not in what})
        # Every name among who said it, countries too ("who:usa" of "US media and officials
        # suggested ..."), but not where they are posted ("the US ambassador to Turkey" is
        # no Turkish voice): a question about what someone else said is another claim.
        relations += sorted(
            {f"who:{t}" for t in analyze(_POSTED.sub(" ", speaker), aliases) if aliases.kinds.get(t) in SPEAKER_KINDS}
        )
    # What it records only as possible ("may:normalize" of "... could help normalize ..."):
    # "did returning it normalize relations?" asks whether it happened.
    relations += sorted(f"may:{t}" for t in hedged_acts(_NOTE.sub(" ", claim.statement), aliases))
    # ... and what it says may not be done ("ban:sell" of "does not have the right to sell")
    relations += sorted(f"ban:{t}" for t in banned_acts(_NOTE.sub(" ", claim.statement), aliases))
    # The parties after its prepositions ("at:to:turkey" of "... caused considerable harm
    # to Turkey"): a question with another party there asks about another act.
    relations += sorted(f"at:{p}" for p in prep_parties(_NOTE.sub(" ", claim.statement), aliases))
    # What its parties have ("of:position:turkey" of "Turkey's position"): "the US position"
    # is another's.
    relations += sorted(f"of:{p}" for p in possessions(_NOTE.sub(" ", claim.statement), aliases))
    # The years it puts something before, after or since ("shift:2026" of "... before 2026"):
    # a question asking before 2026 asks no other time (session 17).
    relations += sorted({f"shift:{y}" for y in shifted_years(_NOTE.sub(" ", claim.statement))})
    # Who does what to whom, in the statement and each phrasing ("role:transfer:turkey:russia"
    # of "Turkey may return its S-400 systems to Russia"): a question may reverse it.
    texts = zip((_NOTE.sub(" ", claim.statement), *claim.phrasings), (statement, *phrasings_read), strict=True)
    relations += sorted(
        {r.code() for text, read in texts if may_have_roles(read.split(), aliases) for r in roles(text, aliases)}
    )
    return IndexDoc(
        claim_id=claim.id,
        statement=statement,
        phrasings=phrasings,
        evidence=" ".join(norm(ev.quote) for ev in claim.evidence),
        entities=entities,
        relations=" ".join(relations),
    )


_NOT_A_PLACE_BEFORE = frozenset("response reaction reply answer according due owing thanks prior relative".split())


def _in_country(statement: str, aliases: AliasTable) -> bool:
    """The statement says where: "in", "into" or "to" followed by a country ("in Turkey", "to Russia")."""
    words = statement.lower().replace(",", " ").replace(".", " ").split()
    for i, w in enumerate(words[:-1]):
        # (not "in response to the US", "according to Russia": no place, session 17)
        if w == "to" and i and words[i - 1] in _NOT_A_PLACE_BEFORE:
            continue
        if w in ("in", "into", "to"):
            terms = analyze(" ".join(words[i + 1 : i + 3]), aliases)
            if terms and aliases.kinds.get(terms[0]) == "country":
                return True
    return False


__all__ = ["index_document"]

"""Who does what to whom, as far as word order tells.

A question can share every word with a claim and still ask the reverse: "did Turkey
send threatening letters to Washington?" of "The United States sent Turkey threatening
letters", "will Russia return the S-400 to Turkey?" of "Turkey may return its S-400
systems to Russia". ``roles`` reads, for each act of a text, the party that does it and
the party it is done to, from the order of the words: a name before the act does it
(after "by", in a passive); a name after it (or after "on", "against", "to") has it
done to them. Giving and getting are one act seen from two sides ("transfer"), read
as (giver, receiver): "Turkey bought the S-400 from Russia" and "Russia sold Turkey the
S-400" are the same pair.

The index keeps a claim's roles (``role:`` relations, ``bot.index``); the matcher
holds a claim whose roles the question reverses (``clash``), and lets the question's
subject act where the claim has it in that role, said from the other side
(``acts_as_claimed``: "did Russia sell ..." of "Turkey bought ..."). Only names of
countries, people and organisations are parties; a weapon or a year is not. General
English, no parser: what the word order does not tell, it leaves unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .normalize import LIGHT_TERMS, SPEECH_TERMS, STOP_WORDS, AliasTable, analyze, analyze_words, is_year

PARTIES = ("country", "person", "org")
# Acts whose parties are read (general English; the alias table maps each to its term).
_ACTS = (
    "sanction impose pressure force push coerce compel remove expel exclude kick ban bar forbid threaten warn "
    "accuse blame criticize condemn attack invade support help aid fund cancel host deploy station "
    "refuse reject deny approve allow permit block punish reward harm hurt damage benefit replace "
    "choose pick select trust recognize persuade convince urge ask "
    # session 21: "Moscow is determined not to jeopardize its ties with Ankara" of the claim that
    # Ankara is
    "protect jeopardize"
)
# Acts of forcing or pressing a party into something (who did it: ``match._other_coercer``).
_COERCING = "force pressure push coerce compel"
# Acts of giving and getting: the two sides of one transfer.
_GIVING = "return send deliver transfer sell give supply hand ship export lend"
_GETTING = "buy receive acquire purchase obtain import borrow"
# Words a getting begins with though the alias table files them under a giving
# ("received" is an alias of deliver, "take back" of return).
_GETTING_WORDS = ("receiv", "reciev", "took delivery", "take delivery", "taking delivery", "arriv", "land")
_GETTING_BACK = ("take back", "taking back", "took back", "takes back", "taken back")
_TAKE = frozenset("take takes took taking taken".split())
_GET = frozenset("get gets got getting gotten want wants wanted take takes took taking taken".split())
# A passive: a participle after a form of "be" or "get" ("was turkey sanctioned", "be handed back").
_BE = frozenset("was were is are be been being am get got gets getting gotten".split())
_IRREGULAR = frozenset(
    "sent sold given taken driven built made held brought bought kept hit put shown seen told thrown done "
    "paid led left set chosen forbidden struck stricken shut cut beaten undone withdrawn".split()
)
# Where a clause ends for the purpose of finding an act's parties.
_BOUNDARY = frozenset(
    "that if whether because since after before when while so but than as which who whom where why how "
    "for in under despite although though unless until then given due "
    # a question's framing: "is it true washington slapped ...": no passive
    "true accurate correct real possible likely fact".split()
)
# Words of saying the analyzer drops as stop words ("did erdogan claim the purchase ...").
_SAYING = frozenset(
    "say says said saying claim claims claimed claiming tell tells told telling report reports reported "
    "think thinks thought believe believes believed".split()
)
_SENTENCE_END = re.compile(r"[.!?;,]+(?:\s+|$)|\s[-\u2013\u2014]+\s")
_ARTICLES = frozenset("the a an its their his her this that these those our your my".split())
# Verbs of saying and seeing: who says or sees does not do what is said or seen.
_FRAMES = "view see think believe consider perceive feel know hope expect want regard treat"
_TO = frozenset(("to", "into", "toward", "towards"))
# What a name after an act is not its object after ("a deal with china").
_NOT_OBJECT = frozenset("with between among about over like than without near beside besides".split())
_SPAN = 2  # other words (not names, light or stop words) looked past on each side of an act


@dataclass(frozen=True)
class Role:
    """One act's parties: ``first`` does it (or gives), ``second`` has it done to them
    (or receives); "" where the text does not say."""

    act: str
    first: str
    second: str
    to: str = field(default="", compare=False)  # the party after "to" (questions only)
    passive: bool = field(default=False, compare=False)  # read from a passive ("was turkey removed")

    def code(self) -> str:
        return f"role:{self.act}:{self.first}:{self.second}"


def parse_role(code: str) -> Role | None:
    parts = code.split(":")
    return Role(parts[1], parts[2], parts[3]) if len(parts) == 4 and parts[0] == "role" else None


@lru_cache(maxsize=8)
def _terms(aliases: AliasTable) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    def read(words: str) -> frozenset[str]:
        return frozenset(t for w in words.split() for t in analyze(w, aliases))

    giving, getting = read(_GIVING), read(_GETTING)
    return read(_ACTS) - giving - getting, giving, getting - giving, SPEECH_TERMS | read(_FRAMES)


@lru_cache(maxsize=8)
def coercing_terms(aliases: AliasTable) -> frozenset[str]:
    """The acts of forcing or pressing a party into something, as ``analyze`` reads them."""
    return frozenset(t for w in _COERCING.split() for t in analyze(w, aliases))


def _participle(word: str) -> bool:
    first = word.split()[0]
    return first.endswith("ed") or first in _IRREGULAR


def may_have_roles(terms: list[str] | set[str], aliases: AliasTable) -> bool:
    """Whether a text of these terms (as ``analyze`` reads it) has an act and a party: the
    indexer reads the roles of no other (most claims of a large base name neither)."""
    acts, giving, getting, _ = _terms(aliases)
    return any(t in acts or t in giving or t in getting for t in terms) and any(
        aliases.kinds.get(t) in PARTIES for t in terms
    )


def roles(text: str, aliases: AliasTable, *, split: bool = False) -> list[Role]:
    """The parties of each act of ``text`` that the word order names (see the module
    docstring), sentence by sentence; acts with neither party named are left out, and so
    is a text of keywords alone ("nato patriot turkey refusal": whose refusal it does not
    say)."""
    return [r for sentence in _SENTENCE_END.split(text) for r in _roles(sentence, aliases, split)]


def _roles(text: str, aliases: AliasTable, split: bool) -> list[Role]:
    acts, giving, getting, frames = _terms(aliases)
    words = analyze_words(text, aliases, keep_stop_words=True, split=split)
    terms = [t for t, _ in words]
    raw = [w for _, w in words]
    if all(w not in STOP_WORDS for w in raw):
        return []
    kinds = aliases.kinds

    def party(i: int) -> bool:
        return kinds.get(terms[i]) in PARTIES and not is_year(terms[i])

    def content(i: int) -> bool:
        return raw[i] not in STOP_WORDS and terms[i] not in STOP_WORDS

    def name(i: int) -> bool:
        return aliases.is_entity(terms[i])

    def is_act(i: int) -> bool:
        return terms[i] in acts or terms[i] in giving or terms[i] in getting

    def object_of_act(j: int) -> bool:
        """The party at ``j`` follows an act, maybe with other parties ("pick china and
        russia"): it is that act's object, not who does the next."""
        for k in range(j - 1, -1, -1):
            if raw[k] in _BOUNDARY:
                return False
            if content(k) and not party(k):
                return is_act(k)
        return False

    def prep_before(j: int) -> str:
        """The preposition before the word at ``j``, past articles ("by the nato alliance")."""
        for k in range(j - 1, -1, -1):
            if content(k):
                return ""
            if raw[k] not in _ARTICLES:
                return raw[k]
        return ""

    out: list[Role] = []
    for i, term in enumerate(terms):
        if not is_act(i):
            continue
        # Before the act: the nearest party, past names and light words and at most
        # _SPAN other words, not past another act or a verb of saying or seeing ("did the
        # us view the s-400 purchase": the US buys nothing).
        before, seen, be_at = "", 0, None
        for j in range(i - 1, -1, -1):
            if raw[j] in _BOUNDARY or raw[j] in _SAYING:
                break
            if raw[j] in _BE and be_at is None:
                be_at = j
            if not content(j):
                continue
            if party(j):
                if not before and not object_of_act(j):
                    before = terms[j]
                if not before:
                    break
                continue
            if before:
                break
            if name(j) or terms[j] in LIGHT_TERMS:
                continue
            if is_act(j) or terms[j] in frames:
                break
            seen += 1
            if seen > _SPAN:
                break
        # After the act: the first party with nothing but articles before it (its object),
        # after "to" (who receives), "from" (who gives) and "by" (who acts, in a passive),
        # not past another act or _SPAN other words.
        obj = to = frm = by = ""
        seen = 0
        for j in range(i + 1, len(terms)):
            if raw[j] in _BOUNDARY or (is_act(j) and j > i + 1):
                break
            if not content(j):
                continue
            if party(j):
                prep = prep_before(j)
                if prep == "by" and not by:
                    by = terms[j]
                elif prep == "from" and not frm:
                    frm = terms[j]
                elif prep in _TO and not to:
                    to = terms[j]
                elif prep not in _NOT_OBJECT and not obj:
                    obj = terms[j]
                continue
            if name(j) or terms[j] in LIGHT_TERMS:
                continue
            seen += 1
            if seen > _SPAN:
                break
        word = raw[i]
        # a participle after a form of "be" or "get" in its clause ("was turkey
        # sanctioned", "be handed back"), or with "by" after it: a passive
        passive = _participle(word) and (be_at is not None or bool(by))
        if term in giving or term in getting:
            gets = (
                term in getting
                or word.startswith(_GETTING_WORDS)
                or word in _GETTING_BACK
                or (i > 0 and raw[i - 1] in _TAKE)  # "did turkey take delivery"
            )
            if word == "back":  # "get its s-400s back", "want them back"
                gets = any(raw[k] in _GET for k in range(max(0, i - 4), i))
            if passive:
                giver, receiver = (frm, by) if gets else (by or frm, to or before)
            elif gets:
                giver, receiver = frm, before
            elif frm and not to and not obj:  # "turkey return the s-400 from russia": a getting
                giver, receiver = frm, before
            else:
                giver, receiver = before, to or obj
            role = Role("transfer", giver, receiver, to)
        elif passive:
            role = Role(term, by, before or obj, passive=True)
        else:  # "intimidating us letters to turkey": to Turkey
            role = Role(term, before, to or obj, to)
        if (role.first or role.second) and role.first != role.second:
            out.append(role)
    return out


class Clash(NamedTuple):
    """What ``clash`` found: the question's party and the claim's, and whether the two are
    the question's pair the other way round (else the claim has ``theirs`` in its place)."""

    asked: str
    theirs: str
    reversed: bool


def clash(
    asked: list[Role],
    claim: list[Role],
    kinds: dict[str, str],
    named: set[str] | frozenset[str] = frozenset(),
    one_party: bool = False,
    claim_terms: frozenset[str] | set[str] = frozenset(),
) -> Clash | None:
    """The two parties of a question's act (who acts, on whom), where the claim has them
    the other way round, or gives one of them the other role in that act: "did turkey
    pressure the united states ...?" of "... under US pressure" (read "pressure:usa:turkey").
    Or a country the question's act goes to ("... harm to the united states?"), where the
    claim's act goes to another country that the question does not name (``named``, the
    question's terms; ``kinds``, the alias table's): that country and the claim's.
    None where the claim has the act as asked (or as far as it says), or does not say.
    Otherwise a question that names one party only is not read so: word order tells what
    one party does less surely than who does what to whom."""
    for q in asked:  # "... harm to the united states?" of "... harm to Turkey"
        if not q.to or q.second != q.to or kinds.get(q.to) != "country":
            continue
        same = [c for c in claim if c.act == q.act]
        if not same or any(c.second == q.to for c in same):
            continue
        other = next((c.second for c in same if kinds.get(c.second) == "country" and c.second not in named), None)
        if other:
            return Clash(q.to, other, False)
    for q in asked:
        if not (q.first and q.second):
            continue
        same = [c for c in claim if c.act == q.act]
        if not same or q in same:
            continue
        if Role(q.act, q.second, q.first) in same:
            return Clash(q.first, q.second, True)  # the very reverse, whatever else the phrasings read
        if any(_agrees(q, c) for c in same):
            continue
        if any(q.first == c.second or q.second == c.first for c in same):
            return Clash(q.first, q.second, True)
        # done to another party: "did the us sanction russia ...?" of "... sanctions on Turkey"
        # (session 18)
        # (a party the claim does not name at all: "chose moscow and beijing" of "china and
        # russia" is read as one party each)
        done_to = {c.second for c in same if c.second and kinds.get(c.second) in PARTIES}
        if kinds.get(q.second) in PARTIES and done_to and q.second not in done_to and q.second not in claim_terms:
            return Clash(q.second, min(done_to), False)
    if one_party:
        for q in asked:  # "was the united states dropped from the program?" of "turkey was removed ..."
            # (or one that is barred: "does the agreement bar russia from selling ...?" of
            # "Turkey does not have the right to sell ...", session 16)
            if not (q.passive or q.act == "ban") or q.first or not q.second or kinds.get(q.second) not in PARTIES:
                continue
            done_to = {c.second for c in claim if c.act == q.act and c.second}
            if done_to and q.second not in done_to:
                return Clash(q.second, min(done_to), False)
    return None


def acts_as_claimed(subject: str, asked: list[Role], claim: list[Role]) -> bool:
    """The question names both parties of an act, ``subject`` one of them, and the claim
    has that act with a party in the same role, and never with another: "did russia sell
    the s-400 to turkey?" of "Turkey bought the S-400" is the same transfer, seen from the
    seller (the matcher's checks of who comes first do not hold it)."""
    for q in asked:
        if not (q.first and q.second and subject in (q.first, q.second)):
            continue
        same = [c for c in claim if c.act == q.act]
        if same and all(_agrees(q, c) for c in same) and any(q.first == c.first or q.second == c.second for c in same):
            return True
    return False


def _agrees(q: Role, c: Role) -> bool:
    """The two differ in no role both fill."""
    return (not q.first or not c.first or q.first == c.first) and (not q.second or not c.second or q.second == c.second)


__all__ = [
    "PARTIES",
    "Clash",
    "Role",
    "acts_as_claimed",
    "clash",
    "coercing_terms",
    "may_have_roles",
    "parse_role",
    "roles",
]

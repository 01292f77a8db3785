"""Answers as Discord embeds, and the helpers that keep embeds within Discord's limits.

Rendering only: everything comes from an ``AnswerOut`` (or plain rows); nothing
here touches the store.

Members see plain words: an answer's embed shows ``why_plain`` (the question's own
words) and no claim ids or scores. A match's answer is compact (``compact_claim_embed``):
its evidence and related claims are behind the answer's "Show evidence" and "Related"
buttons (``evidence_embed``, ``related_embed``); whatever is cut says where the rest is.
The technical ``why``, the ids and the scores are
for moderators: ``details_embed`` (behind an answer's "Details" button) and the
curation views (``claim_embed(..., details=True)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import discord
from discord.ext import commands

from ..models import AnswerOut, CandidateOut, ClaimOut, EvidenceOut
from ..status import DESCRIPTIONS

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
TOTAL = 6000
# Discord's other limits
MESSAGE_TEXT = 1900  # a plain reply's text: a message holds 2,000 characters; the rest is headroom
BUTTON_LABEL = 80  # a button's label
AUTOCOMPLETE_CHOICES = 25  # choices in one autocomplete reply
CHOICE_TEXT = 100  # an autocomplete choice's name and value
ELLIPSIS = "…"

CHOICE_TIMEOUT = 120.0  # seconds the "did you mean" buttons work

# How much of each text a reply shows (cut with an ellipsis beyond that)
ECHO = 300  # user text echoed on one line: a question, a phrasing, an error
SHORT_ECHO = 200  # ... in a list entry, a footer, a follow-up notice or a history note
NAME = 200  # a speaker, an outlet, a source's title, an original rating
RATIONALE = 1500  # a claim's rationale
SHORT_RATIONALE = 300  # ... in a member's compact answer (the whole of it is under "Show evidence")
NOTE = 1000  # a moderator's note on a claim's status
RELATED_TEXT = 180  # a related claim's statement (one line each)
CANDIDATE_TEXT = 300  # a "did you mean" candidate's statement
DETAIL_CANDIDATES = 10  # candidates listed (with ids and scores) in an answer's details
SUBCOMMAND_ECHO = 50  # an unknown subcommand named back
LIST_LINE = 1000  # one line of a paginated list
PER_PAGE = 10  # lines per page of a list
DESCRIPTION_FLOOR = 1000  # over the total, a long description gives way first, down to this
EVIDENCE_MARKS = 10  # room in an evidence field for its quote marks, line break and dash (with headroom)
TOP_CLAIMS = 10  # most-asked claims in the statistics
MINUTE = len("YYYY-MM-DDTHH:MM")  # an ISO timestamp cut to the minute

STATUS_COLOURS: dict[str, int] = {
    "true": 0x2E9E4F,  # green
    "mostly-true": 0x7CB342,  # light green
    "mixed": 0xF0B429,  # amber
    "misleading": 0xF57C00,  # orange
    "mostly-false": 0xE8590C,  # red-orange
    "false": 0xC62828,  # red
    "unverified": 0x9E9E9E,  # grey
    "attributed": 0x5C7080,  # slate: somebody's claim, not ours
    "opinion": 0x7E57C2,  # purple: analysis, not rated
}
SUGGEST_COLOUR = 0xF0B429  # amber: not sure
NO_MATCH_COLOUR = 0x5D6770  # slate: nothing checked
INFO_COLOUR = 0x3B82C4  # blue: lists, confirmations
STANCE_LABELS = {"asserts": "asserts", "supports": "supports", "refutes": "refutes", "neutral": "neutral"}
MAX_EVIDENCE = 5
MAX_RELATED = 5
EVIDENCE_FIELDS = 23  # quotes in the "Show evidence" embed (room is kept for the sources and a "more" note)
EVIDENCE_ROOM = 700  # characters kept free in that embed for the sources field and the "more" note
SEE_EVIDENCE = " (all of it under *Show evidence*)"
BUTTONS_HINT = "Evidence and related claims: the buttons below."
MAX_CANDIDATES = 4  # "did you mean" buttons (a fifth row holds "none of these")


# --- text helpers --------------------------------------------------------------


def truncate(text: str | None, limit: int, ellipsis: str = ELLIPSIS) -> str:
    """``text`` cut to at most ``limit`` characters, ending with an ellipsis if cut."""
    text = text or ""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return ellipsis[:limit]
    return text[: limit - len(ellipsis)].rstrip() + ellipsis


# An opening bracket not yet escaped (after an even number of backslashes, which are
# themselves escaped): ``escape_markdown`` escapes only the first masked link of a line.
_OPEN_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)\[")


def escape_links(text: str) -> str:
    """Every masked link (``[text](url)``) made inert, on top of ``escape_markdown``."""
    return _OPEN_BRACKET.sub(r"\1\\[", text)


def clean(text: str | None, limit: int | None = None) -> str:
    """User text made inert: markdown (every masked link too) and mentions escaped,
    then cut to ``limit``."""
    safe = discord.utils.escape_mentions(escape_links(discord.utils.escape_markdown(text or "")))
    return truncate(safe, limit) if limit else safe


def quote_text(text: str | None, limit: int = ECHO) -> str:
    """User text for a one-line echo: whitespace collapsed, escaped, cut."""
    return clean(" ".join((text or "").split()), limit)


def _asked(question: str) -> str:
    """The question echoed in a footer (footers render no markdown and ping no one)."""
    return "You asked: " + truncate(" ".join(question.split()), SHORT_ECHO)


def minute(at: str | None) -> str:
    """An ISO timestamp to the minute: "2025-07-03 14:05"."""
    return (at or "")[:MINUTE].replace("T", " ")


def status_label(status: str) -> str:
    return status.replace("-", " ").upper()


def status_colour(status: str | None) -> int:
    return STATUS_COLOURS.get(status or "", STATUS_COLOURS["unverified"])


# --- limits ----------------------------------------------------------------------


def fit(embed: discord.Embed) -> discord.Embed:
    """Make ``embed`` respect every Discord limit, truncating with an ellipsis.

    Title 256, description 4,096, 25 fields (name 256, value 1,024), footer
    2,048, author 256, and 6,000 characters in all: over the total, a long
    description is cut to 1,000 characters, then fields are dropped from the
    end (a last one says how many), then the description and footer are cut.
    """
    if embed.title:
        embed.title = truncate(embed.title, TITLE)
    if embed.description:
        embed.description = truncate(embed.description, DESCRIPTION)
    if embed.footer.text:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(name=truncate(embed.author.name, AUTHOR), url=embed.author.url, icon_url=embed.author.icon_url)
    fields = [
        (truncate(f.name, FIELD_NAME) or "\u200b", truncate(f.value, FIELD_VALUE) or "\u200b", f.inline)
        for f in embed.fields
    ]
    dropped = max(0, len(fields) - FIELDS)
    fields = fields[:FIELDS]

    def rebuild() -> None:
        embed.clear_fields()
        for name, value, inline in fields:
            embed.add_field(name=name, value=value, inline=inline)

    rebuild()

    def shorten_description(keep: int) -> None:
        over = len(embed) - TOTAL
        if over > 0 and embed.description and len(embed.description) > keep:
            embed.description = truncate(embed.description, max(keep, len(embed.description) - over))

    shorten_description(DESCRIPTION_FLOOR)
    while len(embed) > TOTAL and fields:
        fields.pop()
        dropped += 1
        rebuild()
    if dropped and len(fields) < FIELDS:
        note = f"{dropped} more not shown"
        if len(embed) + len(ELLIPSIS) + len(note) <= TOTAL:
            fields.append((ELLIPSIS, note, False))
            rebuild()
    shorten_description(0)
    if len(embed) > TOTAL and embed.footer.text:
        over = len(embed) - TOTAL
        embed.set_footer(
            text=truncate(embed.footer.text, max(0, len(embed.footer.text) - over)) or None,
            icon_url=embed.footer.icon_url,
        )
    return embed


def paginate_lines(
    lines: Sequence[str],
    *,
    title: str,
    per_page: int = PER_PAGE,
    colour: int = INFO_COLOUR,
    empty: str = "Nothing to show.",
) -> list[discord.Embed]:
    """Lines of text as embed pages (``per_page`` lines each, within the description limit)."""
    pages: list[list[str]] = []
    current: list[str] = []
    size = 0
    for line in lines:
        line = truncate(line, LIST_LINE)
        if current and (len(current) >= per_page or size + len(line) + 1 > DESCRIPTION):
            pages.append(current)
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pages.append(current)
    if not pages:
        return [discord.Embed(title=truncate(title, TITLE), description=empty, colour=colour)]
    embeds = []
    for n, page in enumerate(pages, 1):
        embed = discord.Embed(title=title, description="\n".join(page), colour=colour)
        if len(pages) > 1:
            embed.set_footer(text=f"Page {n}/{len(pages)}")
        embeds.append(fit(embed))
    return embeds


# --- answers ----------------------------------------------------------------------


def _evidence_lines(claim: ClaimOut, limit: int | None = MAX_EVIDENCE) -> list[tuple[str, str]]:
    """Evidence fields, ``limit`` at most (``None``: all; ``fit`` counts any it drops)."""
    limit = len(claim.evidence_detail) if limit is None else limit
    items = [_evidence_field(i, ev) for i, ev in enumerate(claim.evidence_detail[:limit], 1)]
    more = len(claim.evidence_detail) - limit
    if more > 0:
        items.append(("More evidence", f"{more} more item{'s' if more > 1 else ''} not shown"))
    return items


def _source_text(claim: ClaimOut) -> str:
    lines = []
    for s in claim.sources:
        title = clean(s.title, NAME) if s.title else None
        if s.url and title:
            label = f"[{title}]({s.url})"
        else:
            label = title or (s.url or "")
        bits = [b for b in (clean(s.outlet, NAME) if s.outlet else None, label) if b]
        if bits:
            lines.append(f"As reported by {' — '.join(bits)} ({clean(s.date, NAME) if s.date else 'undated'})")
    return "\n".join(lines) or "No source on record."


def _claim_frame(claim: ClaimOut, desc: list[str]) -> discord.Embed:
    """A claim's embed before its fields: the statement as title, linked to its first
    source URL, the description, the status colour."""
    embed = discord.Embed(
        title=clean(claim.text, TITLE), description="\n\n".join(desc), colour=status_colour(claim.status)
    )
    url = next((s.url for s in claim.sources if s.url), None)
    if url:
        embed.url = url
    return embed


def claim_embed(
    claim: ClaimOut, *, why: str | None = None, question: str | None = None, details: bool = False
) -> discord.Embed:
    """One checked claim: status (and colour), stance, claimant, evidence, source, related.

    ``why`` is shown as given: pass an answer's ``why_plain`` to members. With ``details``
    every evidence quote is listed (``fit`` counts any that don't fit); else five. Claim ids
    (the claim's, in the footer, and the related claims') are shown only with
    ``details`` (the moderators' curation views); members get none.
    """
    desc = [f"**Status: {status_label(claim.status)}** — {DESCRIPTIONS.get(claim.status, '')}"]
    if claim.status in ("attributed", "opinion"):  # whose claim it is, first
        desc.append(clean(claim.verdict, FIELD_VALUE))
    if claim.rationale:
        desc.append(clean(claim.rationale, RATIONALE))
    if claim.status_note:
        desc.append(f"*Moderator note:* {clean(claim.status_note, NOTE)}")
    if claim.rating:
        desc.append(f"*Original rating:* {clean(claim.rating, NAME)}")
    embed = _claim_frame(claim, desc)
    embed.add_field(name="Stance of the sources", value=claim.stance, inline=True)
    embed.add_field(name="Claimed by", value=clean(", ".join(claim.claimant), FIELD_VALUE) or "unknown", inline=True)
    for name, value in _evidence_lines(claim, None if details else MAX_EVIDENCE):
        embed.add_field(name=name, value=value, inline=False)
    embed.add_field(name="Source", value=truncate(_source_text(claim), FIELD_VALUE), inline=False)
    if claim.related:
        lines = [
            f"• {clean(r.text, RELATED_TEXT)} — {status_label(r.status)}" + (f" (`{r.id}`)" if details else "")
            for r in claim.related[:MAX_RELATED]
        ]
        embed.add_field(name="Related claims", value=truncate("\n".join(lines), FIELD_VALUE), inline=False)
    if why:
        embed.add_field(name="Why this claim", value=clean(why, FIELD_VALUE), inline=False)
    footer = [f"Claim id: {claim.id}"] if details else []
    if question:
        footer.append(_asked(question))
    if footer:
        embed.set_footer(text=" · ".join(footer))
    return fit(embed)


def _cut(text: str, limit: int) -> str:
    """``text`` (already escaped) cut to ``limit``, saying where the rest is if cut."""
    if len(text) <= limit:
        return text
    return truncate(text, limit - len(SEE_EVIDENCE)) + SEE_EVIDENCE


def compact_claim_embed(claim: ClaimOut, *, why: str | None = None, question: str | None = None) -> discord.Embed:
    """A member's answer for a match, kept short: the status (colour, and the verdict line
    for attributed/opinion), the claim as title, the rationale cut to ~300 characters, the
    source line and the plain why. Evidence and related claims are behind the answer's
    buttons (``evidence_embed``, ``related_embed``); whatever is cut says where the rest is."""
    desc = [f"**Status: {status_label(claim.status)}** — {DESCRIPTIONS.get(claim.status, '')}"]
    if claim.status in ("attributed", "opinion"):
        desc.append(_cut(clean(claim.verdict), SHORT_RATIONALE))
    if claim.rationale:
        desc.append(_cut(clean(claim.rationale), SHORT_RATIONALE))
    if claim.status_note:
        desc.append(f"*Moderator note:* {_cut(clean(claim.status_note), SHORT_ECHO)}")
    desc.append(f"*{BUTTONS_HINT}*")
    embed = _claim_frame(claim, desc)
    lines = _source_text(claim).split("\n")
    source = _cut(lines[0], SHORT_RATIONALE)
    if len(lines) > 1:
        more = len(lines) - 1
        source += f"\n+ {more} more source{'s' if more > 1 else ''} (under *Show evidence*)"
    embed.add_field(name="Source", value=source, inline=False)
    if why:
        embed.add_field(name="Why this claim", value=clean(" ".join(why.split()), FIELD_VALUE), inline=False)
    if question:
        embed.set_footer(text=_asked(question))
    return fit(embed)


def _evidence_field(i: int, ev: EvidenceOut) -> tuple[str, str]:
    name = f"Evidence {i} · {STANCE_LABELS.get(ev.stance, ev.stance)}"
    who = clean(ev.speaker or "unattributed", NAME)
    where = f", *{clean(ev.source, NAME)}*" if ev.source else ""
    quote = clean(" ".join(ev.quote.split()), FIELD_VALUE - len(who) - len(where) - EVIDENCE_MARKS)
    return name, f"“{quote}”\n— {who}{where}"


def evidence_embed(claim: ClaimOut) -> discord.Embed:
    """Behind an answer's "Show evidence" button (ephemeral): the rationale, every evidence
    quote with its speaker and role, and the sources. Quotes that don't fit within Discord's
    limits are counted, with where to see them all (``!claims show``)."""
    desc = [clean(claim.rationale, RATIONALE)] if claim.rationale else []
    if claim.status_note:
        desc.append(f"*Moderator note:* {clean(claim.status_note, NOTE)}")
    if not claim.evidence_detail:
        desc.append("No evidence quotes are on record for this claim.")
    embed = discord.Embed(
        title=truncate("Evidence: " + clean(claim.text), TITLE),
        description="\n\n".join(desc) or None,
        colour=status_colour(claim.status),
    )
    shown = 0
    for i, ev in enumerate(claim.evidence_detail, 1):
        name, value = _evidence_field(i, ev)
        if shown >= EVIDENCE_FIELDS or len(embed) + len(name) + len(value) + EVIDENCE_ROOM > TOTAL:
            break
        embed.add_field(name=name, value=value, inline=False)
        shown += 1
    more = len(claim.evidence_detail) - shown
    if more > 0:
        embed.add_field(
            name="More evidence",
            value=f"{more} more quote{'s' if more > 1 else ''} did not fit here; "
            f"`!claims show {claim.id}` (moderators) has them all.",
            inline=False,
        )
    embed.add_field(name="Sources", value=_cut_sources(claim), inline=False)
    return fit(embed)


def _cut_sources(claim: ClaimOut) -> str:
    lines = _source_text(claim).split("\n")
    out: list[str] = []
    room = FIELD_VALUE - 80  # kept for the "more" line
    for line in lines:
        line = truncate(line, SHORT_RATIONALE)
        if sum(len(x) + 1 for x in out) + len(line) > room:
            break
        out.append(line)
    more = len(lines) - len(out)
    if more > 0:
        out.append(f"{more} more source{'s' if more > 1 else ''}: `!claims show {claim.id}`")
    return "\n".join(out)


def related_embed(claim: ClaimOut) -> discord.Embed:
    """Behind an answer's "Related" button (ephemeral): the related claims with their status.
    No ids (members); those that don't fit are counted."""
    lines = [f"• {clean(r.text, RELATED_TEXT)} — {status_label(r.status)}" for r in claim.related]
    kept: list[str] = []
    room = DESCRIPTION - 200
    for line in lines:
        if sum(len(x) + 1 for x in kept) + len(line) > room:
            break
        kept.append(line)
    more = len(lines) - len(kept)
    if more > 0:
        kept.append(f"{more} more related claim{'s' if more > 1 else ''} did not fit here.")
    embed = discord.Embed(
        title=truncate("Related to: " + clean(claim.text), TITLE),
        description="\n".join(kept) or "No related claims are on record.",
        colour=INFO_COLOUR,
    )
    return fit(embed)


WATCH_INTRO = "This looks like a claim that has been checked"
WATCH_FOOTER = "Was this helpful? Tell us with the buttons below."
DRAFT_TITLE = "Draft: the watcher would reply to this message"


def watch_embed(answer: AnswerOut) -> discord.Embed:
    """Watch mode's card beside a message that restates a checked claim: the compact
    answer, introduced as such (the member asked nothing), the member's words not echoed."""
    if answer.claim is None:
        raise ValueError("watch mode answers only with a claim")
    embed = compact_claim_embed(answer.claim)
    embed.set_author(name=WATCH_INTRO)
    embed.set_footer(text=WATCH_FOOTER)
    return fit(embed)


def draft_embed(answer: AnswerOut, *, text: str, where: str, jump_url: str | None) -> discord.Embed:
    """What moderators see in the draft channel: the message (escaped, linked) above the
    card the watcher would post; "Approve" posts the card."""
    embed = watch_embed(answer)
    link = f" ([jump]({jump_url}))" if jump_url else ""
    embed.insert_field_at(
        0, name=DRAFT_TITLE, value=truncate(f"In {where}{link}:\n> {quote_text(text, ECHO)}", FIELD_VALUE), inline=False
    )
    embed.set_footer(text="Approve posts the card beside the message; ignore the draft to drop it.")
    return fit(embed)


FOLLOWUP_PROMISE = {
    "reply": " If they add a claim that answers it, you'll be told here.",
    "dm": " If they add a claim that answers it, you'll be told by direct message.",
    "off": "",
}


def answer_embed(answer: AnswerOut, followup: str = "reply") -> discord.Embed:
    """The embed a member sees for one answer: a claim, a "did you mean" list, or a plain
    no-match. Plain words only: ``why_plain``, no ids, no scores (see ``details_embed``)."""
    if answer.outcome == "match" and answer.claim is not None:
        return compact_claim_embed(answer.claim, why=answer.why_plain or None, question=answer.query)
    if answer.outcome == "suggest" and answer.candidates:
        return suggest_embed(answer)
    return no_match_embed(answer, followup)


def offered(answer: AnswerOut) -> list[CandidateOut]:
    """The candidates worth offering as "did you mean": the core's suggestions, in its order
    (the one its decision was about first)."""
    by_id = {c.id: c for c in answer.candidates}
    picked = [by_id[i] for i in answer.suggestions if i in by_id] or answer.candidates[:1]
    return picked[:MAX_CANDIDATES]


def suggest_embed(answer: AnswerOut, *, timeout_s: float | None = CHOICE_TIMEOUT) -> discord.Embed:
    lines = [f"**{i}.** {clean(c.text, CANDIDATE_TEXT)}" for i, c in enumerate(offered(answer), 1)]
    expiry = f" The buttons work for {timeout_s / 60:.0f} minutes." if timeout_s else ""
    embed = discord.Embed(
        title="Did you mean…",
        description="I'm not sure which checked claim this is about. Pick one below, or "
        "*None of these* to pass your question to the moderators. Only you can choose."
        + expiry
        + "\n\n"
        + "\n".join(lines),
        colour=SUGGEST_COLOUR,
    )
    if answer.why_plain:
        embed.add_field(name="Why not a match", value=clean(answer.why_plain, FIELD_VALUE), inline=False)
    embed.set_footer(text=_asked(answer.query))
    return fit(embed)


def no_match_embed(answer: AnswerOut, followup: str = "reply") -> discord.Embed:
    embed = discord.Embed(
        title="No checked claim matches this question",
        description="Nothing in the claim base has been checked for this, so I can't say whether it is "
        "true or false. Your question was passed to the moderators." + FOLLOWUP_PROMISE.get(followup, ""),
        colour=NO_MATCH_COLOUR,
    )
    if answer.why_plain:
        embed.add_field(name="Why", value=clean(answer.why_plain, FIELD_VALUE), inline=False)
    embed.set_footer(text=_asked(answer.query))
    return fit(embed)


def details_embed(answer: AnswerOut, *, chosen: str | None = None) -> discord.Embed:
    """For moderators (ephemeral, behind an answer's "Details" button): the technical why,
    the claim id, the confidence and score, and the candidates' ids with their scores.
    ``chosen``: the claim the asker picked from "did you mean", if any."""
    embed = discord.Embed(title="Answer details", colour=INFO_COLOUR)
    embed.add_field(name="Outcome", value=answer.outcome, inline=True)
    embed.add_field(name="Confidence", value=f"{answer.confidence:.0f}", inline=True)
    embed.add_field(name="Score", value=f"{answer.score:.1f}", inline=True)
    if answer.claim is not None:
        embed.add_field(name="Claim id", value=f"`{answer.claim.id}`", inline=False)
    if chosen:
        embed.add_field(name="Chosen by the asker", value=f"`{chosen}`", inline=False)
    embed.add_field(name="Why (technical)", value=clean(answer.why, FIELD_VALUE) or "—", inline=False)
    if answer.why_plain:
        embed.add_field(name="Why (as members see it)", value=clean(answer.why_plain, FIELD_VALUE), inline=False)
    if answer.candidates:
        lines = [
            f"`{c.id}` — score {c.score:.1f}" + (" · offered" if c.id in answer.suggestions else "")
            for c in answer.candidates[:DETAIL_CANDIDATES]
        ]
        embed.add_field(name="Candidates", value=truncate("\n".join(lines), FIELD_VALUE), inline=False)
    if answer.claim is not None and answer.claim.related:
        related = " ".join(f"`{r.id}`" for r in answer.claim.related[:MAX_RELATED])
        embed.add_field(name="Related claim ids", value=truncate(related, FIELD_VALUE), inline=False)
    embed.set_footer(text=_asked(answer.query))
    return fit(embed)


def queued_embed(answer_query: str, followup: str = "reply") -> discord.Embed:
    """After "none of these": the question stays with the moderators."""
    promise = FOLLOWUP_PROMISE.get(followup, "")
    embed = discord.Embed(
        title="Passed to the moderators",
        description="None of those, then. Your question stays in the moderators' queue of unanswered "
        "questions; nothing about it has been checked yet." + promise,
        colour=NO_MATCH_COLOUR,
    )
    embed.set_footer(text=_asked(answer_query))
    return fit(embed)


def stats_embed(stats: dict) -> discord.Embed:
    rate = stats.get("match_rate")
    embed = discord.Embed(title="claimbot statistics", colour=INFO_COLOUR)
    embed.add_field(name="Questions", value=str(stats.get("questions", 0)))
    embed.add_field(name="Match rate", value="—" if rate is None else f"{rate:.0%}")
    embed.add_field(
        name="Outcomes",
        value=(
            f"match {stats.get('matched', 0)} · suggest {stats.get('suggested', 0)} · "
            f"none {stats.get('unmatched', 0)} · error {stats.get('errors', 0)}"
        ),
        inline=False,
    )
    mean, p95 = stats.get("mean_latency_ms"), stats.get("p95_latency_ms")
    embed.add_field(
        name="Response time", value="—" if mean is None else f"mean {mean:.1f} ms · p95 {p95:.1f} ms", inline=False
    )
    top = stats.get("top_claims") or []
    embed.add_field(
        name="Top claims",
        value="\n".join(f"{r['asked']}× `{r['claim_id']}`" for r in top[:TOP_CLAIMS]) or "none yet",
        inline=False,
    )
    per_interface = stats.get("per_interface") or {}
    if per_interface:
        embed.add_field(
            name="By interface",
            value=" · ".join(f"{k or 'unknown'} {v}" for k, v in per_interface.items()),
            inline=False,
        )
    feedback = stats.get("feedback") or {}
    if any(feedback.values()):
        embed.add_field(
            name="Was it helpful? (watch replies)",
            value=f"yes {feedback.get('helpful', 0)} · no {feedback.get('not_helpful', 0)}",
            inline=False,
        )
    return fit(embed)


def group_help(ctx: commands.Context, given: str) -> str:
    """The reply of a command group called without a known subcommand (prefix form)."""
    group = ctx.command
    names = ", ".join(sorted(c.name for c in getattr(group, "commands", ())))
    see = f"See `{ctx.clean_prefix}help {group.qualified_name}`." if group else ""
    if given:
        return f"Unknown subcommand `{clean(given.split()[0], SUBCOMMAND_ECHO)}`. Use one of: {names}. {see}".strip()
    return f"Subcommands: {names}. {see}".strip()

"""The command line: ``claimbot ask``, ``claimbot claims …``, ``claimbot logs …``, ``claimbot db …``,
``claimbot health``, ``claimbot run``.

A thin adapter: it parses arguments, calls ``ClaimService`` and prints.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from . import config, health
from .answer import render_text
from .claim import Claim
from .claimreview import ClaimReviewError
from .knowledge import KnowledgeError, write_text
from .service import ClaimService, ServiceError
from .settings import Settings, settings_error
from .status import DESCRIPTIONS, STATUS_VALUES
from .store import StoreError
from .watch import DEFAULT_STATUSES

EXPECTED = (ServiceError, KnowledgeError, StoreError, ClaimReviewError)

STANCE_VALUES = ("asserts", "supports", "refutes", "neutral")
DEFAULT_TOP = 5  # ranked candidates listed by ``ask``
MAX_TOP = 25
DEFAULT_LOG_ROWS = 20  # rows shown by ``logs recent`` and ``logs unmatched``
MAX_LOG_ROWS = 10_000
MAX_REASONS_SHOWN = 50  # skipped-item reasons printed by ``claims import``
HISTORY_VALUE_WIDTH = 70  # characters of a before/after value in ``claims history``
QUESTION_WIDTH = 60  # characters of a question in the ``logs`` listings

# Options shared by several commands, declared once.


def json_option(help_text: str = "Print JSON instead of text.") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--json", "as_json", is_flag=True, help=help_text)


actor_option = click.option(
    "--as", "actor", metavar="NAME", help="Who makes the change, kept in the claim's history (default: cli:$USER)."
)
limit_option = click.option(
    "-n",
    "limit",
    type=click.IntRange(1, MAX_LOG_ROWS),
    default=DEFAULT_LOG_ROWS,
    show_default=True,
    help="How many questions to show.",
)


def _settings(ctx: click.Context) -> Settings:
    try:
        settings = Settings()
    except ValidationError as exc:  # a bad environment variable or .env line
        raise click.ClickException(settings_error(exc)) from None
    db = ctx.obj.get("db") if ctx.obj else None
    if db:
        settings.db = Path(db)
    return settings


def _opened(ctx: click.Context, key: str, opener: Callable[[Settings], ClaimService]) -> ClaimService:
    """The service this command uses, opened once and closed with the command."""
    obj = ctx.ensure_object(dict)
    if key not in obj:
        try:
            obj[key] = opener(_settings(ctx))
        except EXPECTED as exc:
            raise click.ClickException(str(exc)) from None
        ctx.call_on_close(obj[key].close)
    return obj[key]


def _service(ctx: click.Context) -> ClaimService:
    return _opened(ctx, "service", ClaimService.open)


def _actor(name: str | None) -> str:
    if name:
        return name
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


def _claim_json(claim: Claim) -> dict[str, Any]:
    """A claim as ``--json`` prints it: its content and the store's stamps."""
    return {
        **claim.content(),
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
        "updated_by": claim.updated_by,
    }


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


class Group(click.Group):
    """Expected failures (bad ids, bad files) as one line, no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EXPECTED as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(dir_okay=False), help="Database file (default: $CLAIMBOT_DB or the data folder).")
@click.version_option(package_name="claimbot")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """claimbot: match questions against a curated base of checked claims."""
    ctx.ensure_object(dict)["db"] = db


# --- ask -------------------------------------------------------------------------


@main.command()
@click.argument("question", nargs=-1)
@json_option("Print one JSON object per question.")
@click.option(
    "--top",
    type=click.IntRange(1, MAX_TOP),
    default=DEFAULT_TOP,
    show_default=True,
    help="How many ranked candidates to list.",
)
@click.option("--no-log", is_flag=True, help="Do not record the question in the query log.")
@click.pass_context
def ask(ctx: click.Context, question: tuple[str, ...], as_json: bool, top: int, no_log: bool) -> None:
    """Answer QUESTION from the claim base. Use - to read one question per line from stdin.

    \b
      claimbot ask "will Turkey return S-400"
      claimbot ask --json - < questions.txt
    """
    if not question:
        raise click.UsageError('give a question, e.g. claimbot ask "will Turkey return S-400"')
    service = _service(ctx)
    if question == ("-",):
        for line in sys.stdin:
            asked = service.ask(line.rstrip("\r\n"), interface="cli", top=top, log=not no_log)
            if as_json:
                click.echo(asked.answer.model_dump_json())
            else:
                click.echo(render_text(asked.answer) + "\n")
        return
    asked = service.ask(" ".join(question), interface="cli", top=top, log=not no_log)
    failed = asked.answer.outcome == "error"
    if as_json:
        click.echo(asked.answer.model_dump_json(indent=2))
    elif failed:
        click.echo(f"Error: {asked.answer.error}", err=True)
        click.echo('Usage: claimbot ask "QUESTION"', err=True)
    else:
        click.echo(render_text(asked.answer))
    if failed:
        ctx.exit(2)


# --- watch -------------------------------------------------------------------------


@main.command("watch")
@click.argument("message", nargs=-1)
@click.option(
    "--statuses",
    default=",".join(DEFAULT_STATUSES),
    show_default=True,
    help="The statuses worth a reply, comma-separated, or all (a server's watch_statuses).",
)
@json_option("Print the outcome as JSON.")
@click.pass_context
def watch_preview(ctx: click.Context, message: tuple[str, ...], statuses: str, as_json: bool) -> None:
    """Would watch mode reply to MESSAGE in a watched channel? A preview: nothing is
    logged, no cooldown applies.

    \b
      claimbot watch "nato turned turkey down when it came to patriot deployment" --statuses all
    """
    if not message:
        raise click.UsageError('give a chat message, e.g. claimbot watch "turkey is sending the s400s back"')
    try:
        wanted = config.parse("watch_statuses", statuses)
    except config.ConfigError as exc:
        message_ = str(exc).removeprefix("bad value for watch_statuses: ")
        raise click.BadParameter(message_, param_hint="--statuses") from None
    service = _service(ctx)
    outcome = service.watch(
        " ".join(message), guild_id=None, channel_id=None, statuses=wanted, cooldown_minutes=0, log=False
    )
    answer = outcome.answer
    if as_json:
        _echo_json(
            {
                "reply": outcome.reply,
                "reason": outcome.reason,
                "claim_id": outcome.claim_id,
                "confidence": outcome.confidence,
                "semantic": service.semantic,
                "answer": answer.model_dump(mode="json") if answer else None,
            }
        )
        return
    reading = "by meaning too" if service.semantic else "by words alone"
    if outcome.reply and answer is not None and answer.claim is not None:
        click.echo(f"reply ({reading}): {answer.claim.text}")
        click.echo(f"Status: {answer.claim.verdict or answer.claim.status.upper()}")
        click.echo(f"Why: {answer.why}")
        return
    said = WATCH_REASONS.get(outcome.reason, outcome.reason)
    near = f" (closest claim: {outcome.claim_id}, confidence {outcome.confidence:.0f})" if outcome.claim_id else ""
    click.echo(f"no reply ({reading}): {said}{near}")


# Why a message gets no reply, in words (``bot.watch.SKIPS`` and ``HOLDS``;
# tests/test_cli.py checks that every reason has its words).
WATCH_REASONS = {
    "empty": "the message is empty",
    "command": "it is a command",
    "short": "too short to be a claim (fewer than 6 words)",
    "long": "too long to be a claim (over 1,000 characters)",
    "non-latin": "mostly not in the Latin script (the claims are in English)",
    "few-terms": "fewer than two words the claim base knows",
    "reply-to-bot": "it replies to the bot",
    "no-match": "no checked claim matches it",
    "low-confidence": "the closest claim is not close enough for watch mode's stricter bar",
    "few-matched": "it shares too few words with the closest claim",
    "close-second": "two claims fit it about equally",
    "status": "the closest claim's status is not among --statuses",
    "cooldown": "answered in this channel recently",
}


# --- claims ------------------------------------------------------------------------


@main.group()
def claims() -> None:
    """List, show and curate claims."""


@claims.command("list")
@json_option("Every claim with its evidence, as JSON.")
@click.option("--all", "include_retired", is_flag=True, help="Include retired claims.")
@click.pass_context
def claims_list(ctx: click.Context, as_json: bool, include_retired: bool) -> None:
    """List the claims."""
    items = _service(ctx).list_claims(include_retired=include_retired)
    if as_json:
        _echo_json([_claim_json(c) for c in items])
        return
    width = max((len(c.id) for c in items), default=0)
    for c in items:
        flag = " (retired)" if c.retired else ""
        click.echo(f"{c.id:<{width}}  {c.status:<12}  {c.statement}{flag}")
    click.echo(f"{len(items)} claims")


@claims.command("show")
@click.argument("claim_id")
@json_option("The claim with its evidence, as JSON.")
@click.pass_context
def claims_show(ctx: click.Context, claim_id: str, as_json: bool) -> None:
    """Show one claim with its evidence."""
    service = _service(ctx)
    claim = service.get_claim(claim_id)
    if as_json:
        _echo_json(_claim_json(claim))
        return
    click.echo(render_text(service.answer_for(claim)))
    if claim.retired:
        click.echo("This claim is retired: it is never matched.")


@claims.command("add")
@click.option("--statement", required=True, help="The claim as one declarative sentence.")
@click.option(
    "--status",
    required=True,
    type=click.Choice(STATUS_VALUES, case_sensitive=False),
    help='The verification status (see README, "Status vocabulary").',
)
@click.option("--claimant", required=True, help="Who claims it (comma-separated).")
@click.option("--quote", required=True, help="The evidence: the source's exact words.")
@click.option("--speaker", help="Who says the quote (default: the source's outlet or title, else the claimant).")
@click.option(
    "--stance",
    type=click.Choice(STANCE_VALUES),
    help="The quote's role: asserts (the claimant's own words), supports, refutes or neutral "
    "(default: asserts for the claimant's words, else what the status implies).",
)
@click.option("--source", "source_id", help="An existing source id (quotes are checked against its document).")
@click.option("--source-url", help="Or a new source: its URL ...")
@click.option("--source-title", help="... its title ...")
@click.option("--outlet", help="... and its outlet.")
@click.option("--rationale", help="One line: why this status.")
@click.option("--id", "claim_id", help="The claim id (default: made from the statement).")
@click.option("--phrasing", multiple=True, help="A way people ask about it (repeatable).")
@actor_option
@click.pass_context
def claims_add(ctx: click.Context, actor: str | None, phrasing: tuple[str, ...], **fields: Any) -> None:
    """Add a claim with one evidence item."""
    claim = _service(ctx).add_claim(
        statement=fields["statement"],
        status=fields["status"],
        claimant=fields["claimant"],
        quote=fields["quote"],
        speaker=fields["speaker"],
        stance=fields["stance"],
        source=fields["source_id"],
        source_url=fields["source_url"],
        source_title=fields["source_title"],
        outlet=fields["outlet"],
        rationale=fields["rationale"],
        claim_id=fields["claim_id"],
        phrasings=list(phrasing),
        actor=_actor(actor),
    )
    click.echo(f"added {claim.id}")
    answered = _service(ctx).answer_queued(claim.id)
    if answered:
        click.echo(f"it answers {len(answered)} queued questions (they leave `claimbot logs unmatched`)")


def _csv_list(value: str | None) -> list[str] | None:
    return None if value is None else [v.strip() for v in value.split(",") if v.strip()]


@claims.command("edit")
@click.argument("claim_id")
@click.option("--statement", help="A new statement; replaces the old one.")
@click.option("--claimant", help="Comma-separated; replaces the claimants.")
@click.option("--rationale", help="A new rationale; replaces the old one.")
@click.option("--entities", help="Comma-separated; replaces the entities.")
@click.option("--tags", help="Comma-separated; replaces the tags.")
@click.option("--related", help="Comma-separated claim ids; replaces the related claims.")
@click.option("--add-phrasing", multiple=True, help="Add a phrasing (repeatable).")
@click.option("--add-quote", help="Add an evidence quote (with --speaker and --stance).")
@click.option("--speaker", help="Who says the added quote (with --add-quote).")
@click.option("--stance", type=click.Choice(STANCE_VALUES), help="The added quote's stance (with --add-quote).")
@click.option("--source", "source_id", help="The source of the added quote (an existing source id).")
@click.option("--note", help="Why the change was made (kept in the history).")
@actor_option
@click.pass_context
def claims_edit(
    ctx: click.Context,
    claim_id: str,
    add_phrasing: tuple[str, ...],
    add_quote: str | None,
    speaker: str | None,
    stance: str | None,
    source_id: str | None,
    note: str | None,
    actor: str | None,
    **fields: Any,
) -> None:
    """Edit a claim; every change is kept in its history."""
    service = _service(ctx)
    who = _actor(actor)
    changes = {
        "statement": fields["statement"],
        "claimant": _csv_list(fields["claimant"]),
        "rationale": fields["rationale"],
        "entities": _csv_list(fields["entities"]),
        "tags": _csv_list(fields["tags"]),
        "related": _csv_list(fields["related"]),
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if not (changes or add_phrasing or add_quote):
        raise click.UsageError("nothing to change: give at least one option (see --help)")
    if add_quote and not (speaker and stance):
        raise click.UsageError("--add-quote needs --speaker and --stance")
    if changes:
        service.edit_claim(claim_id, actor=who, note=note, **changes)
    for text in add_phrasing:
        service.add_phrasing(claim_id, text, actor=who)
    if add_quote:
        service.add_evidence(
            claim_id,
            quote=add_quote,
            speaker=speaker or "",
            stance=stance or "neutral",
            source=source_id,
            actor=who,
            note=note,
        )
    click.echo(f"edited {claim_id}")


@claims.command("set-status")
@click.argument("claim_id")
@click.argument("status", type=click.Choice(STATUS_VALUES, case_sensitive=False))
@click.option("--note", required=True, help="Why the status changes (kept in the history).")
@actor_option
@click.pass_context
def claims_set_status(ctx: click.Context, claim_id: str, status: str, note: str, actor: str | None) -> None:
    """Set a claim's status, with a note."""
    claim = _service(ctx).set_status(claim_id, status, note=note, actor=_actor(actor))
    click.echo(f"{claim.id} is now {claim.status} ({DESCRIPTIONS[claim.status]})")


@claims.command("retire")
@click.argument("claim_id")
@click.option("--note", help="Why the claim is retired (kept in the history).")
@actor_option
@click.pass_context
def claims_retire(ctx: click.Context, claim_id: str, note: str | None, actor: str | None) -> None:
    """Retire a claim: never matched again, kept in the history."""
    _service(ctx).retire(claim_id, actor=_actor(actor), note=note)
    click.echo(f"retired {claim_id}")


@claims.command("restore")
@click.argument("claim_id")
@click.option("--note", help="Why the claim comes back (kept in the history).")
@actor_option
@click.pass_context
def claims_restore(ctx: click.Context, claim_id: str, note: str | None, actor: str | None) -> None:
    """Un-retire a claim: it is matched again; both changes stay in the history."""
    _service(ctx).restore(claim_id, actor=_actor(actor), note=note)
    click.echo(f"restored {claim_id}")


@claims.command("history")
@click.argument("claim_id")
@json_option("Every revision with the claim before and after, as JSON.")
@click.pass_context
def claims_history(ctx: click.Context, claim_id: str, as_json: bool) -> None:
    """Every change to a claim: who, when, what, and the version before."""
    revs = _service(ctx).history(claim_id)
    if as_json:
        _echo_json(revs)
        return
    for r in revs:
        changed = _changed_fields(r["before"], r["after"])
        note = f" — {r['note']}" if r["note"] else ""
        click.echo(f"#{r['id']} {r['at']} {r['actor']} {r['action']}{note}")
        for key in changed:
            before = (r["before"] or {}).get(key)
            click.echo(f"    {key}: {_short(before)} → {_short((r['after'] or {}).get(key))}")


def _changed_fields(before: dict | None, after: dict | None) -> list[str]:
    if before is None:
        return []
    return [k for k in after or {} if (before or {}).get(k) != (after or {}).get(k)]


def _short(value: Any, limit: int = HISTORY_VALUE_WIDTH) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


@claims.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--force", is_flag=True, help="Overwrite claims a moderator changed since they were imported (listed otherwise)."
)
@actor_option
@click.pass_context
def claims_import(ctx: click.Context, path: Path, force: bool, actor: str | None) -> None:
    """Import knowledge files (a file or a folder). All or nothing; importing twice changes
    nothing; a moderator's later change is kept (and listed) unless --force."""
    service = _service(ctx)
    if sys.stderr.isatty():
        with click.progressbar(length=1, label="importing", file=sys.stderr) as bar:

            def progress(done: int, total: int) -> None:
                bar.length = max(total, 1)
                bar.update(done - bar.pos)

            counts = service.import_path(path, actor=_actor(actor), progress=progress, force=force)
    else:
        counts = service.import_path(path, actor=_actor(actor), force=force)
    click.echo(
        f"{counts['created']} created, {counts['updated']} updated, {counts['unchanged']} unchanged"
        + (f", {counts['skipped']} skipped" if counts.get("skipped") else "")
    )
    for reason in counts.get("reasons", [])[:MAX_REASONS_SHOWN]:
        click.echo(f"  skipped {reason}", err=True)
    for rating, n in (counts.get("unknown_ratings") or {}).items():
        click.echo(f"  unknown rating {rating!r} ({n}×): imported as unverified", err=True)
    conflicts = counts.get("conflicts") or []
    for c in conflicts:
        click.echo(
            f"  kept {c['claim']}: {', '.join(c['fields'])} changed by {c['by']} at {c['at']} ({c['action']})", err=True
        )
    if conflicts:
        click.echo(f"kept {len(conflicts)} moderator changes; import with --force to overwrite them", err=True)


@claims.command("export")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["knowledge", "claimreview"]),
    default="knowledge",
    show_default=True,
    help="knowledge: a folder of knowledge files; claimreview: one JSON-LD file.",
)
@click.pass_context
def claims_export(ctx: click.Context, path: Path, fmt: str) -> None:
    """Write the claim base as knowledge files (one per source) into the folder PATH,
    or as ClaimReview JSON-LD into the file PATH."""
    if fmt == "claimreview":
        written, left_out = _service(ctx).export_claimreview(path)
        click.echo(f"wrote {written} claims to {path}")
        if left_out:
            click.echo(
                f"left out {len(left_out)} opinion claims (ClaimReview rates checkable claims): " + ", ".join(left_out),
                err=True,
            )
        return
    for written in _service(ctx).export(path):
        click.echo(f"wrote {written}")


# --- logs --------------------------------------------------------------------------

guild_option = click.option(
    "--guild", "guild_id", metavar="ID", help="Only this Discord server's questions (default: every server's)."
)


@main.group()
def logs() -> None:
    """Review the query log."""


@logs.command("recent")
@limit_option
@click.option("--user", "user_id", help="Only this user's questions.")
@guild_option
@json_option("The questions with their outcome, claim and score, as JSON.")
@click.pass_context
def logs_recent(ctx: click.Context, limit: int, user_id: str | None, guild_id: str | None, as_json: bool) -> None:
    """The most recent questions, newest first."""
    rows = _service(ctx).recent(limit, user_id, guild_id)
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        what = r["claim_id"] or (r["error"] and f"error: {r['error']}") or r["outcome"]
        score = f"{r['score']:.0f}" if r["score"] is not None else "-"
        click.echo(
            f"#{r['id']} {r['at']} [{r['interface']}] {_short(r['question'], QUESTION_WIDTH)!r} → {what} ({score})"
        )


@logs.command("unmatched")
@limit_option
@guild_option
@json_option("The questions with their count and best candidate, as JSON.")
@click.pass_context
def logs_unmatched(ctx: click.Context, limit: int, guild_id: str | None, as_json: bool) -> None:
    """Questions without a match, most asked first, with their best candidate."""
    rows = _service(ctx).unmatched(limit, guild_id)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no unanswered questions")
    for r in rows:
        best = f"{r['best_claim_id']} ({r['best_score']:.0f})" if r["best_claim_id"] else "no candidate"
        click.echo(f"{r['asked']}× {_short(r['question'], QUESTION_WIDTH)!r} (#{r['last_id']}) best: {best}")


@logs.command("stats")
@guild_option
@json_option("The figures as one JSON object.")
@click.pass_context
def logs_stats(ctx: click.Context, guild_id: str | None, as_json: bool) -> None:
    """Questions, match rate, top claims, per day; watch replies and their helpful votes."""
    s = _service(ctx).stats(guild_id)
    if as_json:
        _echo_json(s)
        return
    rate = f"{s['match_rate']:.0%}" if s["match_rate"] is not None else "-"
    click.echo(
        f"questions: {s['questions']}  matched: {s['matched']} ({rate})  suggested: {s['suggested']}  "
        f"unmatched: {s['unmatched']}  errors: {s['errors']}"
    )
    if s["mean_latency_ms"] is not None:
        click.echo(f"response time: mean {s['mean_latency_ms']} ms, p95 {s['p95_latency_ms']} ms")
    if s["per_interface"].get("watch") or any(s["feedback"].values()):
        f = s["feedback"]
        click.echo(
            f"watch replies: {s['per_interface'].get('watch', 0)}  "
            f"helpful: {f['helpful']}  not helpful: {f['not_helpful']}"
        )
    if s["top_claims"]:
        click.echo("top claims:")
        for t in s["top_claims"]:
            click.echo(f"  {t['asked']:>5}  {t['claim_id']}")
    if s["per_day"]:
        click.echo("per day:")
        for d in s["per_day"]:
            click.echo(f"  {d['day']}  {d['asked']:>5} asked  {d['matched'] or 0:>5} matched")


@logs.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True, help="The output format."
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file instead of stdout."
)
@guild_option
@click.option(
    "--pseudonymise",
    is_flag=True,
    help="Replace user ids by a keyed hash (needs CLAIMBOT_PSEUDONYM_KEY): the same person, not who.",
)
@click.pass_context
def logs_export(ctx: click.Context, fmt: str, output: Path | None, guild_id: str | None, pseudonymise: bool) -> None:
    """The whole query log (or one server's) as CSV or JSON."""
    key = None
    if pseudonymise:
        secret = _settings(ctx).pseudonym_key
        if secret is None or not secret.get_secret_value():
            raise click.UsageError("--pseudonymise needs CLAIMBOT_PSEUDONYM_KEY (a secret of your choice)")
        key = secret.get_secret_value()
    text = _service(ctx).export_log(fmt, guild_id=guild_id, pseudonym_key=key)
    if output is None:
        click.echo(text, nl=False)
        return
    write_text(output, text)
    click.echo(f"wrote {output}", err=True)


@logs.command("followups")
@guild_option
@click.option(
    "--state", type=click.Choice(["pending", "failed", "sent"]), help="Only notices in this state (default: all)."
)
@json_option("The notices as JSON.")
@click.pass_context
def logs_followups(ctx: click.Context, guild_id: str | None, state: str | None, as_json: bool) -> None:
    """Follow-up notices: pending, failed (with the last error) and sent."""
    rows = _service(ctx).followups(guild_id, state)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no follow-up notices")
    for r in rows:
        error = f" — {_short(r['error'], QUESTION_WIDTH)}" if r.get("error") else ""
        click.echo(
            f"{r['state']:<7} #{r['query_id']} {r['claim_id']} {r['kind']} via {r['mode']} "
            f"(attempts failed: {r.get('attempts') or 0}){error}"
        )


@logs.command("forget")
@click.option("--user", "user_id", required=True, metavar="ID", help="The user whose data to erase.")
@click.pass_context
def logs_forget(ctx: click.Context, user_id: str) -> None:
    """Erase one user's logged questions (their text and id; the counts stay), their
    follow-up opt-out and their pending notices."""
    counts = _service(ctx).forget_user(user_id)
    click.echo(
        f"forgot user {user_id}: {counts['questions']} questions erased, {counts['notices']} notices "
        f"and {counts['optouts']} opt-outs removed"
    )


@logs.command("prune")
@click.option(
    "--days",
    type=click.IntRange(min=0),
    help="Erase questions older than this many days (default: CLAIMBOT_LOG_RETENTION_DAYS; 0 keeps all).",
)
@guild_option
@click.pass_context
def logs_prune(ctx: click.Context, days: int | None, guild_id: str | None) -> None:
    """Erase the text and user ids of old questions; the statistics keep counting them."""
    if days is None:
        days = _settings(ctx).log_retention_days
    erased = _service(ctx).prune_log(days, guild_id=guild_id)
    click.echo(f"erased {erased} questions older than {days} days" if days else "retention is 0: nothing erased")


# --- db: checks, backups, compaction ------------------------------------------------


def _existing_service(ctx: click.Context) -> ClaimService:
    """The database as it is: never created, migrated or seeded (``db`` and ``health``)."""
    return _opened(ctx, "existing", ClaimService.open_existing)


def _size(n: int) -> str:
    """Bytes for people: 1.3 MB."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n:,} bytes"


@main.group("db")
def db_group() -> None:
    """Check, back up and compact the database (the bot may keep running)."""


@db_group.command("check")
@click.option("--quick", is_flag=True, help="Only SQLite's quick check and the schema (fast; for health checks).")
@click.pass_context
def db_check(ctx: click.Context, quick: bool) -> None:
    """Check the database: SQLite's integrity check, the schema, the search index against
    the claims, and every evidence quote against its source's document. Prints each
    problem on its own line and a summary; exits 0 only if all hold."""
    report = _existing_service(ctx).check_database(quick=quick)
    for problem in report.problems:
        click.echo(problem)
    for note in report.notes:
        click.echo(f"note: {note}")
    checked = ", ".join(report.checked)
    if report.ok:
        click.echo(f"ok: {report.path} ({checked})")
        return
    n = len(report.problems)
    click.echo(f"{n} problem{'' if n == 1 else 's'} in {report.path} (checked: {checked})")
    ctx.exit(1)


@db_group.command("backup")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
@click.pass_context
def db_backup(ctx: click.Context, path: Path, force: bool) -> None:
    """Copy the database into the file PATH with SQLite's online backup: consistent while
    the bot keeps running. Restore: see README, "Backups"."""
    service = _existing_service(ctx)
    size = service.backup(path, force=force)
    click.echo(f"backed up {service.store.path} to {path}: {_size(size)}")


@db_group.command("vacuum")
@click.pass_context
def db_vacuum(ctx: click.Context) -> None:
    """Compact the database (VACUUM, then PRAGMA optimize) and print its size before and after."""
    service = _existing_service(ctx)
    before, after = service.vacuum()
    click.echo(
        f"vacuumed {service.store.path}: {_size(before)} before, {_size(after)} after ({before:,} → {after:,} bytes)"
    )


@main.command("health")
@click.option(
    "--heartbeat",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The bot's heartbeat file (default: beside the database, e.g. /data/claimbot.db.heartbeat).",
)
@click.option(
    "--max-age",
    type=click.FloatRange(min=1),
    default=health.DEFAULT_MAX_AGE,
    show_default=True,
    help="Seconds after which the heartbeat is stale (the bot writes one every 30 s).",
)
@click.pass_context
def health_command(ctx: click.Context, heartbeat: Path | None, max_age: float) -> None:
    """Is the running bot healthy? Its heartbeat must be fresh and say it is connected to
    Discord and reads its database, and the database must pass `db check --quick`.
    Exits 0 if so, else 1 with one line per problem (the Docker HEALTHCHECK)."""
    settings = _settings(ctx)
    beat = heartbeat if heartbeat is not None else health.heartbeat_path(settings.db)
    problems = health.check(beat, max_age, settings.db, settings=settings)
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(f"unhealthy: {len(problems)} problem{'' if len(problems) == 1 else 's'}")
        ctx.exit(1)
    click.echo(f"healthy: heartbeat fresh and connected; {settings.db} usable")


# --- run -----------------------------------------------------------------------------


@main.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Start the Discord bot (needs DISCORD_TOKEN; see README, "Run it in Discord")."""
    from .discord.client import run_bot

    ctx.exit(run_bot(_settings(ctx)))


if __name__ == "__main__":  # pragma: no cover
    main()

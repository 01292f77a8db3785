"""Moderators curate claims: ``!claims add|edit|status|retire|restore|phrase|link|show|history``.

Two bases: the *shared* claim base, which answers every server, is changed by editors
only (``checks.is_editor``: the bot's owner, or a moderator in one of
``CLAIMBOT_EDITOR_GUILDS``); every other server's moderators add and change *this
server's own claims*, which answer questions asked there only. Every call passes a
``Scope`` (this server, editor or not) and the core enforces it: a non-editor changing
a shared claim is refused (``NotAllowed``), another server's own claims are not
there. Every reply names the base it changed. Every change goes through
``ClaimService`` with ``discord:<user id>`` as the actor, so it lands in the claim's
history. A change is made before it is confirmed: the askers it concerns are told
(``claim_change``) even if the confirmation cannot be sent.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from ...claim import Claim
from ...service import SHARED_ONLY_EDITORS, NotAllowed, Scope
from ...status import STATUS_VALUES
from ..checks import Escaped, check_moderator_or_owner, is_editor
from ..embeds import (
    AUTOCOMPLETE_CHOICES,
    CHOICE_TEXT,
    ECHO,
    INFO_COLOUR,
    SHORT_ECHO,
    claim_embed,
    clean,
    group_help,
    minute,
    paginate_lines,
    quote_text,
    status_label,
)
from ..views import Paginator

if TYPE_CHECKING:  # pragma: no cover
    from ...service import ClaimService
    from ..client import ClaimBot

log = logging.getLogger(__name__)

STATUS_ECHO = 40  # a mistyped status named back
ACTOR_NAME = 80  # who made a change, in a claim's history
SHARED_BASE = "the shared claim base"  # named in every change's confirmation
OWN_BASE = "this server's own claims"


def base_of(claim: Claim) -> str:
    """Which base a claim is in, for a confirmation."""
    return SHARED_BASE if claim.guild is None else OWN_BASE


class StatusArg(app_commands.Transformer, commands.Converter):
    """A status, in any case ("False", "MOSTLY-TRUE"); a choice list in the slash form."""

    @property
    def choices(self) -> list[app_commands.Choice[str]]:  # type: ignore[override]
        return [app_commands.Choice(name=s, value=s) for s in STATUS_VALUES]

    async def transform(self, interaction: discord.Interaction, value: str, /) -> str:  # type: ignore[override]
        return value

    async def convert(self, ctx: commands.Context, argument: str) -> str:  # type: ignore[override]
        value = argument.strip().lower()
        if value not in STATUS_VALUES:
            raise Escaped(
                f"“{quote_text(argument, STATUS_ECHO)}” is not a status; use one of: {', '.join(STATUS_VALUES)}."
            )
        return value


StanceArg = Literal["asserts", "supports", "refutes", "neutral"]


def actor(ctx: commands.Context) -> str:
    return f"discord:{ctx.author.id}"


def split_list(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [part.strip() for part in text.split(",") if part.strip()]


class AddFlags(commands.FlagConverter, case_insensitive=True):
    """``statement: … status: … claimant: … quote: … source: …`` (plus optional flags)."""

    statement: str = commands.flag(description="The claim, as one sentence")
    status: StatusArg = commands.flag(description="Its verification status")
    claimant: str = commands.flag(description="Who made the claim (comma-separated)")
    quote: str = commands.flag(description="An evidence quote, word for word")
    source: str = commands.flag(description="Where the quote is from: a source id, a URL or a title")
    speaker: str | None = commands.flag(
        default=None, description="Who said the quote (default: the source's outlet, else the claimant)"
    )
    stance: StanceArg | None = commands.flag(
        default=None, description="asserts, supports, refutes or neutral (default: what the status implies)"
    )
    outlet: str | None = commands.flag(default=None, description="The outlet that published the source")
    rationale: str | None = commands.flag(default=None, description="Why it has this status")
    id: str | None = commands.flag(default=None, description="The claim id (default: made from the statement)")


class EditFlags(commands.FlagConverter, case_insensitive=True):
    """``statement: … claimant: … rationale: … note: …`` (any of them)."""

    statement: str | None = commands.flag(default=None, description="The new statement")
    claimant: str | None = commands.flag(default=None, description="Who made the claim (comma-separated)")
    rationale: str | None = commands.flag(default=None, description="Why it has its status")
    note: str | None = commands.flag(default=None, description="A note for the claim's history")


class Curate(commands.Cog):
    """Moderators: add and change this server's own claims (editors: the shared base),
    link unanswered questions, look at claims."""

    def __init__(self, bot: ClaimBot) -> None:
        self.bot = bot

    async def cog_check(self, ctx: commands.Context[ClaimBot]) -> bool:  # type: ignore[override]
        return await check_moderator_or_owner(ctx)

    @staticmethod
    async def _scope(ctx: commands.Context[ClaimBot]) -> Scope:
        """What this author may touch from here: this server's own claims, and the shared
        base if an editor (the core enforces it)."""
        assert ctx.guild is not None  # the group is guild-only
        return Scope.of(ctx.guild.id, await is_editor(ctx))

    async def _show(self, ctx: commands.Context[ClaimBot], text: str, claim: Claim) -> None:
        answer = await self.bot.offload(self.bot.service.answer_for, claim)
        assert answer.claim is not None
        await ctx.reply(text, embed=claim_embed(answer.claim, details=True))  # moderators: ids shown

    @commands.hybrid_group(name="claims", case_insensitive=True)
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def claims(self, ctx: commands.Context[ClaimBot], *, subcommand: str = "") -> None:
        """Moderators: this server's own claims, and the shared base (editors change it)."""
        await ctx.reply(group_help(ctx, subcommand))

    @claims.command(name="add")
    async def add(self, ctx: commands.Context[ClaimBot], *, flags: AddFlags) -> None:
        """Add a claim (to this server's own; editors: to the shared base)."""
        await ctx.defer()
        service = self.bot.service
        scope = await self._scope(ctx)
        source = await self.bot.offload(service.source_arguments, flags.source)
        claim = await self.bot.offload(
            service.add_claim,
            statement=flags.statement,
            status=flags.status,
            claimant=flags.claimant,
            quote=flags.quote,
            speaker=flags.speaker,
            stance=flags.stance,
            rationale=flags.rationale,
            claim_id=flags.id,
            outlet=flags.outlet,
            actor=actor(ctx),
            guild=None if scope.editor else scope.guild,
            **source,
        )
        try:
            text = f"Added claim `{claim.id}` to {base_of(claim)}."
            if claim.guild is not None:
                text += " It answers questions asked in this server only."
                shared = await self.bot.offload(service.duplicate_of, claim)
                if shared:
                    text += (
                        f"\nIt seems to repeat the shared claim `{shared}`, which already answers "
                        f"here; see `{ctx.clean_prefix}claims show {shared}` (retire this one if so)."
                    )
            await self._show(ctx, text, claim)
        finally:  # the change is made: askers are told even if the confirmation fails
            self.bot.dispatch("claim_change", claim.id, "added", None)

    @claims.command(name="edit")
    @app_commands.describe(claim_id="The claim to edit")
    async def edit(self, ctx: commands.Context[ClaimBot], claim_id: str, *, flags: EditFlags) -> None:
        """Edit a claim's statement, claimant or rationale."""
        await ctx.defer()
        claim = await self.bot.offload(
            self.bot.service.edit_claim,
            claim_id,
            actor=actor(ctx),
            note=flags.note,
            scope=await self._scope(ctx),
            statement=flags.statement,
            claimant=split_list(flags.claimant),
            rationale=flags.rationale,
        )
        await self._show(ctx, f"Edited claim `{claim.id}` in {base_of(claim)}.", claim)

    @claims.command(name="status")
    @app_commands.describe(claim_id="The claim", status="Its new status", note="Why (kept in the history)")
    async def set_status(self, ctx: commands.Context[ClaimBot], claim_id: str, status: StatusArg, *, note: str) -> None:
        """Set a claim's status, with a note saying why."""
        await ctx.defer()
        claim = await self.bot.offload(
            self.bot.service.set_status, claim_id, status, note=note, actor=actor(ctx), scope=await self._scope(ctx)
        )
        try:
            text = f"Claim `{claim.id}` is now **{status_label(claim.status)}** in {base_of(claim)}."
            await self._show(ctx, text, claim)
        finally:  # the change is made: askers are told even if the confirmation fails
            self.bot.dispatch("claim_change", claim.id, "status", None)

    @claims.command(name="retire")
    @app_commands.describe(claim_id="The claim to retire", note="Why (kept in the history)")
    async def retire(self, ctx: commands.Context[ClaimBot], claim_id: str, *, note: str | None = None) -> None:
        """Retire a claim: it no longer answers questions."""
        await ctx.defer()
        claim = await self.bot.offload(
            self.bot.service.retire, claim_id, actor=actor(ctx), note=note, scope=await self._scope(ctx)
        )
        await ctx.reply(f"Retired claim `{claim.id}` in {base_of(claim)}; it no longer answers questions.")

    @claims.command(name="restore")
    @app_commands.describe(claim_id="The retired claim to restore", note="Why (kept in the history)")
    async def restore(self, ctx: commands.Context[ClaimBot], claim_id: str, *, note: str | None = None) -> None:
        """Restore a retired claim: it answers questions again."""
        await ctx.defer()
        claim = await self.bot.offload(
            self.bot.service.restore, claim_id, actor=actor(ctx), note=note, scope=await self._scope(ctx)
        )
        try:
            await ctx.reply(f"Restored claim `{claim.id}` in {base_of(claim)}; it answers questions again.")
        finally:  # like a new claim: questions queued meanwhile that it answers get their answer
            self.bot.dispatch("claim_change", claim.id, "added", None)

    @claims.command(name="phrase")
    @app_commands.describe(claim_id="The claim", phrasing="Another way people ask about it")
    async def phrase(self, ctx: commands.Context[ClaimBot], claim_id: str, *, phrasing: str) -> None:
        """Add a phrasing: another way people ask about a claim."""
        await ctx.defer()
        claim = await self.bot.offload(
            self.bot.service.add_phrasing, claim_id, phrasing, actor=actor(ctx), scope=await self._scope(ctx)
        )
        await ctx.reply(
            f"Added a phrasing to `{claim.id}` in {base_of(claim)} ({len(claim.phrasings)} now): "
            f"“{quote_text(phrasing, ECHO)}”"
        )

    @claims.command(name="link")
    @app_commands.describe(
        question_id="The question's number in the log (see claimlog unmatched)", claim_id="The claim that answers it"
    )
    async def link(self, ctx: commands.Context[ClaimBot], question_id: int, claim_id: str) -> None:
        """Link an unanswered question (by its log number) to the claim that answers it."""
        await ctx.defer()
        scope = await self._scope(ctx)
        # Linking adds the question as a phrasing of the claim: a change to it. The core's
        # link_question takes no scope, so the same rules are checked here first.
        claim = await self.bot.offload(self.bot.service.get_claim, claim_id, scope)
        if claim.guild is None and not scope.editor:
            raise NotAllowed(SHARED_ONLY_EDITORS)
        rows = await self.bot.offload(
            self.bot.service.link_question, question_id, claim.id, actor=actor(ctx), guild_id=scope.guild
        )
        others = len(rows) - 1
        also = f" (and {others} more asked the same way)" if others > 0 else ""
        try:
            await ctx.reply(
                f"Linked question #{question_id}{also} to `{claim.id}` in {base_of(claim)}; "
                "the askers will be told unless they opted out."
            )
        finally:  # the link is made: askers are told even if the confirmation fails
            self.bot.dispatch("claim_change", claim.id, "linked", [r["id"] for r in rows])

    @claims.command(name="show")
    @app_commands.describe(claim_id="The claim to show")
    async def show(self, ctx: commands.Context[ClaimBot], claim_id: str) -> None:
        """Show a claim as the bot would answer with it."""
        # Reads a moderator waits on: the quick thread, never behind a burst of questions.
        claim = await self.bot.offload_quick(self.bot.service.get_claim, claim_id, await self._scope(ctx))
        retired = " (retired)" if claim.retired else ""
        await self._show(ctx, f"Claim `{claim.id}`{retired} in {base_of(claim)}:", claim)

    @claims.command(name="history")
    @app_commands.describe(claim_id="The claim")
    async def history(self, ctx: commands.Context[ClaimBot], claim_id: str) -> None:
        """A claim's change history: who changed what, when."""
        revisions = await self.bot.offload_quick(self.bot.service.history, claim_id, await self._scope(ctx))
        lines = [
            f"`{minute(r['at'])}` **{r['action']}** by {clean(r['actor'], ACTOR_NAME)}"
            + (f" — {quote_text(r['note'], SHORT_ECHO)}" if r.get("note") else "")
            for r in reversed(revisions)
        ]
        pages = paginate_lines(lines, title=f"History of {claim_id}", colour=INFO_COLOUR, empty="No changes yet.")
        await Paginator(pages, author_id=ctx.author.id).start(ctx)

    @edit.autocomplete("claim_id")
    @set_status.autocomplete("claim_id")
    @retire.autocomplete("claim_id")
    @restore.autocomplete("claim_id")
    @phrase.autocomplete("claim_id")
    @link.autocomplete("claim_id")
    @show.autocomplete("claim_id")
    @history.autocomplete("claim_id")
    async def claim_id_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        # Discord gives autocomplete 3 s and no way to defer: the quick thread.
        ids = await self.bot.offload_quick(visible_ids, self.bot.service, current or "", interaction.guild_id)
        return [app_commands.Choice(name=i[:CHOICE_TEXT], value=i[:CHOICE_TEXT]) for i in ids[:AUTOCOMPLETE_CHOICES]]


def visible_ids(service: ClaimService, text: str, guild_id: Any) -> list[str]:
    """Claim ids for autocomplete that this server may see: shared ones and its own."""
    return service.suggest_ids(text, AUTOCOMPLETE_CHOICES, Scope.of(guild_id, editor=False))


async def setup(bot: ClaimBot) -> None:
    await bot.add_cog(Curate(bot))

"""Interactive pieces: the "did you mean…" choice, an answer's buttons ("Show evidence" and
"Related" for anyone, "Details" for moderators), and a paginator for long lists."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from ..models import AnswerOut, CandidateOut, ClaimOut
from ..service import ServiceError
from .checks import is_moderator_member
from .embeds import (
    BUTTON_LABEL,
    CHOICE_TIMEOUT,
    MESSAGE_TEXT,
    answer_embed,
    details_embed,
    evidence_embed,
    offered,
    queued_embed,
    related_embed,
    truncate,
)

if TYPE_CHECKING:  # pragma: no cover
    from .client import ClaimBot

log = logging.getLogger(__name__)

# CHOICE_TIMEOUT (seconds the "did you mean" buttons work) lives in .embeds, which tells the asker.
PAGE_TIMEOUT = 180.0  # seconds a list's previous/next buttons work
DETAILS_TIMEOUT = 900.0  # seconds an answer's buttons ("Show evidence", "Related", "Details") work
DETAILS_REFUSAL = "Details are for moderators."
# Seconds a prefix command's refusal or error note stays in the channel before it is
# deleted (a slash command's is ephemeral instead): long enough to read, then no clutter.
REFUSAL_DELETE_AFTER = 30.0
ALREADY_CHOSEN = "A choice was already made for this question."


class TimedView(discord.ui.View):
    """A view whose buttons are disabled on timeout, and whose errors are logged."""

    message: discord.Message | None = None

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, (discord.ui.Button, discord.ui.Select)):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable_all()
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                log.debug("could not disable an expired view", exc_info=True)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        log.error("error in %s (item %r)", type(self).__name__, item, exc_info=error)
        await tell(interaction, "Sorry, something went wrong. The moderators have the details in the log.")


class AuthorOnlyView(TimedView):
    """A view only the person who invoked it may use, except for buttons marked
    ``open_to_all`` (which check who may use them themselves, like "Details")."""

    refusal = "Only the person who asked can use these buttons."

    def __init__(self, author_id: int, *, timeout: float | None) -> None:
        super().__init__(timeout=timeout)
        self.author_id = author_id

    def _open_item(self, interaction: discord.Interaction) -> bool:
        """Whether the pressed component is one anybody may press."""
        data = interaction.data if isinstance(interaction.data, dict) else {}
        custom_id = data.get("custom_id")
        return any(
            getattr(item, "open_to_all", False) and getattr(item, "custom_id", None) == custom_id
            for item in self.children
        )

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id or self._open_item(interaction):
            return True
        await interaction.response.send_message(self.refusal, ephemeral=True)
        return False


async def tell(interaction: discord.Interaction, text: str) -> None:
    """An ephemeral message in answer to an interaction, whether or not it was answered yet."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException:
        pass


async def drop_placeholder(interaction: discord.Interaction) -> None:
    """Delete a *public* "thinking…" placeholder (left by ``defer()``) so that the next
    follow-up is a message of its own and can be ephemeral: Discord makes the first
    follow-up after a defer *edit* the placeholder, keeping its visibility. A finished
    answer (not loading) or an ephemeral placeholder is left alone."""
    try:
        original = await interaction.original_response()
        if original.flags.loading and not original.flags.ephemeral:
            await interaction.delete_original_response()
    except discord.HTTPException:
        log.debug("no placeholder to drop", exc_info=True)


async def private_reply(ctx: Any, text: str, *, delete_after: float | None = None) -> Any:
    """A refusal or an error for a command: ephemeral for a slash command (even after a
    public defer, see ``drop_placeholder``); a reply for a prefix command that goes away
    after ``delete_after`` seconds (``REFUSAL_DELETE_AFTER`` by default)."""
    interaction = ctx.interaction
    if interaction is None:
        return await ctx.reply(text, delete_after=REFUSAL_DELETE_AFTER if delete_after is None else delete_after)
    if not interaction.response.is_done():
        return await interaction.response.send_message(text, ephemeral=True)
    await drop_placeholder(interaction)
    return await interaction.followup.send(text, ephemeral=True)


class DetailsButton(discord.ui.Button[discord.ui.View]):
    """Shows moderators, ephemerally, what members don't see: the technical why, the
    claim id, the confidence and the candidates' ids and scores. Others are refused."""

    open_to_all = True  # anyone may press it (an author-only view lets it through); it checks itself

    def __init__(self, answer: AnswerOut, bot: ClaimBot, *, chosen: str | None = None, row: int | None = None) -> None:
        super().__init__(label="Details", style=discord.ButtonStyle.secondary, row=row)
        self.answer = answer
        self.bot = bot
        self.chosen = chosen

    async def callback(self, interaction: discord.Interaction) -> None:
        # Moderators of the server the button is in, by its settings now.
        guild = getattr(interaction.user, "guild", None)
        mod_roles = (await self.bot.server_settings(guild)).mod_roles if guild is not None else []
        if not is_moderator_member(interaction.user, mod_roles):
            await interaction.response.send_message(DETAILS_REFUSAL, ephemeral=True)
            return
        await interaction.response.send_message(embed=details_embed(self.answer, chosen=self.chosen), ephemeral=True)


class EvidenceButton(discord.ui.Button[discord.ui.View]):
    """Shows, ephemerally, the claim's evidence quotes (with speaker and role) and sources.
    Anyone may press it."""

    open_to_all = True

    def __init__(self, claim: ClaimOut, *, row: int | None = None) -> None:
        super().__init__(label="Show evidence", style=discord.ButtonStyle.primary, row=row)
        self.claim = claim

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=evidence_embed(self.claim), ephemeral=True)


class RelatedButton(discord.ui.Button[discord.ui.View]):
    """Shows, ephemerally, the claim's related claims with their status. Anyone may press it."""

    open_to_all = True

    def __init__(self, claim: ClaimOut, *, row: int | None = None) -> None:
        super().__init__(label="Related", style=discord.ButtonStyle.secondary, row=row)
        self.claim = claim

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=related_embed(self.claim), ephemeral=True)


class AnswerDetails(TimedView):
    """The view of a match or no-match answer: for a match, "Show evidence" and (if the
    claim has any) "Related", for anyone; "Details" for moderators (not in a DM).
    ``answer`` is what "Details" explains; ``claim`` the claim shown (the answer's by
    default; after a "did you mean" pick, the chosen one)."""

    def __init__(
        self,
        answer: AnswerOut,
        bot: ClaimBot,
        *,
        chosen: str | None = None,
        claim: ClaimOut | None = None,
        details: bool = True,
        timeout: float = DETAILS_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        claim = claim if claim is not None else (answer.claim if answer.outcome == "match" else None)
        self.evidence = EvidenceButton(claim) if claim is not None else None
        self.related = RelatedButton(claim) if claim is not None and claim.related else None
        self.details = DetailsButton(answer, bot, chosen=chosen) if details else None
        for item in (self.evidence, self.related, self.details):
            if item is not None:
                self.add_item(item)


class CandidateButton(discord.ui.Button["DidYouMean"]):
    def __init__(self, number: int, candidate: CandidateOut) -> None:
        label = truncate(f"{number}. {candidate.text}", BUTTON_LABEL)
        super().__init__(label=label, style=discord.ButtonStyle.primary, row=number - 1)
        self.claim_id = candidate.id

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.choose(interaction, self.claim_id)


class NoneButton(discord.ui.Button["DidYouMean"]):
    def __init__(self, row: int) -> None:
        super().__init__(label="None of these", style=discord.ButtonStyle.secondary, row=row)

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.none_of_these(interaction)


class DidYouMean(AuthorOnlyView):
    """Buttons for the candidates of a "suggest" answer. A pick shows that claim and
    is logged as the asker's choice; "None of these" leaves the question queued.
    Only the asker may choose; "Details" (with ``details``) is for moderators. After
    a choice, the message keeps the chosen claim's buttons and "Details" (``AnswerDetails``)."""

    def __init__(
        self,
        bot: ClaimBot,
        answer: AnswerOut,
        *,
        author_id: int,
        query_id: int | None,
        timeout: float = CHOICE_TIMEOUT,
        details: bool = True,
        followup: str = "reply",
    ) -> None:
        super().__init__(author_id, timeout=timeout)
        self.bot = bot
        self.answer = answer
        # what "none of these" promises: the server's follow-up mode when asked ("off" if the asker opted out)
        self.followup = followup
        self.query_id = query_id
        self.chosen: str | None = None
        self.taken = False  # set by the first click, before it awaits anything
        self.with_details = details
        candidates = offered(answer)
        for number, candidate in enumerate(candidates, 1):
            self.add_item(CandidateButton(number, candidate))
        self.add_item(NoneButton(row=len(candidates)))
        self.details = DetailsButton(answer, bot, row=len(candidates)) if details else None
        if self.details is not None:
            self.add_item(self.details)

    def _after(self, chosen: str | None, claim: ClaimOut | None = None) -> AnswerDetails | None:
        """The view the answered message keeps: the chosen claim's "Show evidence" and
        "Related", and "Details" on the original answer (if ``details``)."""
        if not self.with_details and claim is None:
            return None
        view = AnswerDetails(self.answer, self.bot, chosen=chosen, claim=claim, details=self.with_details)
        view.message = self.message
        return view

    def _take(self) -> bool:
        """Claim the choice, before any await: True for the first click only. Two quick
        clicks both reach the view before the first is answered; only one may count."""
        if self.taken:
            return False
        self.taken = True
        return True

    async def choose(self, interaction: discord.Interaction, claim_id: str) -> None:
        if not self._take():
            await tell(interaction, ALREADY_CHOSEN)
            return
        try:
            if self.query_id is not None:
                # The member waits for this response: the quick thread, not behind the questions.
                answer = await self.bot.offload_quick(self.bot.service.choose, self.query_id, claim_id)
            else:  # the question was not logged: show the claim all the same
                claim = await self.bot.offload_quick(self.bot.service.get_claim, claim_id)
                answer = await self.bot.offload_quick(self.bot.service.answer_for, claim, self.answer.query)
        except ServiceError as exc:
            self.taken = False  # nothing was chosen: another button may be pressed
            await interaction.response.send_message(truncate(str(exc), MESSAGE_TEXT), ephemeral=True)
            return
        self.chosen = claim_id
        self.stop()
        await interaction.response.edit_message(
            content=None, embed=answer_embed(answer), view=self._after(claim_id, answer.claim)
        )

    async def none_of_these(self, interaction: discord.Interaction) -> None:
        if not self._take():
            await tell(interaction, ALREADY_CHOSEN)
            return
        self.stop()
        await interaction.response.edit_message(
            content=None, embed=queued_embed(self.answer.query, self.followup), view=self._after(None)
        )


class Paginator(AuthorOnlyView):
    """Previous/next buttons over a list of embeds."""

    refusal = "Only the person who ran the command can turn these pages."

    def __init__(self, pages: Sequence[discord.Embed], *, author_id: int, timeout: float = PAGE_TIMEOUT) -> None:
        super().__init__(author_id, timeout=timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = list(pages)
        self.index = 0
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = max(0, self.index - 1)
        await self._show(interaction)

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = min(len(self.pages) - 1, self.index + 1)
        await self._show(interaction)

    async def start(self, ctx: Any, *, ephemeral: bool = False, **kwargs: Any) -> discord.Message:
        """Send the first page (with buttons only if there is more than one) to ``ctx``: a
        context, or any channel (a DM: ``ephemeral`` is only for contexts)."""
        if ephemeral:
            kwargs["ephemeral"] = True
        if len(self.pages) == 1:
            self.stop()
            return await ctx.send(embed=self.pages[0], **kwargs)
        self.message = await ctx.send(embed=self.pages[0], view=self, **kwargs)
        return self.message


# --- watch mode (issue 14) ----------------------------------------------------------------

HELPFUL_TIMEOUT = 6 * 3600.0  # seconds a watch reply's "Was this helpful?" buttons work
DRAFT_TIMEOUT = 24 * 3600.0  # seconds a draft's "Approve" button works
THANKS = "Thanks: your answer was recorded for the moderators."
ALREADY_VOTED = "You already answered for this one; thanks."
APPROVE_REFUSAL = "Only moderators can approve a draft."
ALREADY_APPROVED = "This draft was already approved."


class Helpful(TimedView):
    """A watch reply's buttons: "Show evidence", and "Was this helpful?" Yes / No (one vote
    per member and reply, stored for the moderators; the thanks only the voter sees)."""

    def __init__(
        self, bot: ClaimBot, query_id: int | None, claim: ClaimOut, *, timeout: float = HELPFUL_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        self.bot = bot
        self.query_id = query_id
        self.add_item(EvidenceButton(claim, row=0))

    async def _vote(self, interaction: discord.Interaction, helpful: bool) -> None:
        if self.query_id is None:
            await tell(interaction, THANKS)
            return
        new = await self.bot.offload_quick(
            self.bot.service.record_feedback, self.query_id, interaction.user.id, helpful
        )
        await tell(interaction, THANKS if new else ALREADY_VOTED)

    @discord.ui.button(label="Helpful", emoji="👍", style=discord.ButtonStyle.success, row=1)
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._vote(interaction, True)

    @discord.ui.button(label="Not helpful", emoji="👎", style=discord.ButtonStyle.secondary, row=1)
    async def no(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._vote(interaction, False)


class ApproveDraft(TimedView):
    """A draft in the moderators' channel: "Approve" (moderators only, once) runs
    ``deliver``, which posts the card beside the original message."""

    def __init__(
        self,
        bot: ClaimBot,
        deliver: Callable[[], Awaitable[discord.Message | None]],
        *,
        timeout: float = DRAFT_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        self.bot = bot
        self.deliver = deliver
        self.taken = False

    @discord.ui.button(label="Approve", style=discord.ButtonStyle.success)
    async def approve(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        guild = getattr(interaction.user, "guild", None)
        mod_roles = (await self.bot.server_settings(guild)).mod_roles if guild is not None else []
        if not is_moderator_member(interaction.user, mod_roles):
            await tell(interaction, APPROVE_REFUSAL)
            return
        if self.taken:  # a second moderator's click, before the first was answered
            await tell(interaction, ALREADY_APPROVED)
            return
        self.taken = True
        posted = await self.deliver()
        self.disable_all()
        self.stop()
        if posted is None:
            text = "Approved, but the message is gone or I may not post there: nothing was posted."
        else:
            text = f"Approved by {interaction.user.mention}: posted {posted.jump_url}"
        await interaction.response.edit_message(content=text, view=self)

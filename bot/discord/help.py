"""``!help``: a short list of the commands, and one embed per command that teaches it —
its usage, every argument and flag with its meaning (read from the command itself: a
``FlagConverter``'s flags and their descriptions, the slash command's option
descriptions), and an example. Replaces discord.py's default help, which shows a flag
converter as "flags — No description given"."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any

import discord
from discord.ext import commands

from .embeds import (
    DESCRIPTION,
    FIELD_NAME,
    FIELD_VALUE,
    FIELDS,
    INFO_COLOUR,
    SUBCOMMAND_ECHO,
    TITLE,
    clean,
    truncate,
)

NO_DESCRIPTION = "(no description)"
LIST_LINE = 120  # one command's line in ``!help``
# Examples, by qualified command name (the prefix is added). A command without one gets
# an example made from its usage.
EXAMPLES = {
    "claim": "claim will Turkey return the S-400 to Russia?",
    "claims add": (
        "claims add statement: Turkey will return its S-400 systems to Russia. status: false "
        "claimant: Example News quote: Turkey is not returning the S-400. speaker: Turkish Ministry "
        "of Defence stance: refutes source: https://example.org/article"
    ),
    "claims edit": (
        "claims edit turkey-return-s400-to-russia rationale: No return is reported. note: a shorter rationale"
    ),
    "claims status": "claims status turkey-return-s400-to-russia unverified No return is reported.",
    "claims retire": "claims retire turkey-return-s400-to-russia duplicate of another claim",
    "claims restore": "claims restore turkey-return-s400-to-russia retired by mistake",
    "claims phrase": "claims phrase turkey-return-s400-to-russia is turkey giving back the s400",
    "claims link": "claims link 42 turkey-return-s400-to-russia",
    "claims show": "claims show turkey-return-s400-to-russia",
    "claims history": "claims history turkey-return-s400-to-russia",
    "claimconfig set": "claimconfig set ask_rate 5",
    "claimconfig reset": "claimconfig reset ask_rate",
    "claim-followups": "claim-followups off",
}


def flag_converter(param: inspect.Parameter) -> type[commands.FlagConverter] | None:
    annotation = param.annotation
    if inspect.isclass(annotation) and issubclass(annotation, commands.FlagConverter):
        return annotation
    return None


def option_descriptions(command: commands.Command[Any, ..., Any]) -> dict[str, str]:
    """The slash form's option descriptions (``app_commands.describe``), by parameter name."""
    app = getattr(command, "app_command", None)
    out: dict[str, str] = {}
    for parameter in getattr(app, "parameters", None) or []:
        description = getattr(parameter, "description", "")
        if description and description != "…":
            out[parameter.name] = description
    return out


def usage_parts(command: commands.Command[Any, ..., Any]) -> list[tuple[str, str]]:
    """(how it is written, what it means) for each argument and flag, in order."""
    if command.usage and not any(flag_converter(p) for p in command.clean_params.values()):
        described = option_descriptions(command)
        return [(part, described.get(part.strip("<>[]"), "")) for part in command.usage.split()]
    described = option_descriptions(command)
    parts: list[tuple[str, str]] = []
    for name, param in command.clean_params.items():
        flags = flag_converter(param)
        if flags is not None:
            for flag in flags.get_flags().values():
                text = f"{flag.name}: <{flag.name}>"
                parts.append((text if flag.required else f"[{text}]", flag.description or ""))
            continue
        required = param.default is inspect.Parameter.empty
        text = f"<{name}>" if required else f"[{name}]"
        parts.append((text, described.get(name, param.description or "")))
    return parts


class ClaimHelp(commands.HelpCommand):
    """``!help`` lists the commands briefly; ``!help <command>`` teaches one."""

    def __init__(self) -> None:
        super().__init__(command_attrs={"help": "Show the commands, or how to use one: help <command>"})

    def usage(self, command: commands.Command[Any, ..., Any]) -> str:
        parts = " ".join(text for text, _ in usage_parts(command))
        return f"{self.context.clean_prefix}{command.qualified_name} {parts}".strip()

    def example(self, command: commands.Command[Any, ..., Any]) -> str:
        example = EXAMPLES.get(command.qualified_name)
        if example is None:
            return self.usage(command)
        return f"{self.context.clean_prefix}{example}"

    def command_embed(self, command: commands.Command[Any, ..., Any]) -> discord.Embed:
        embed = discord.Embed(
            title=truncate(f"{self.context.clean_prefix}{command.qualified_name}", TITLE),
            description=truncate(command.help or command.short_doc or NO_DESCRIPTION, DESCRIPTION),
            colour=INFO_COLOUR,
        )
        embed.add_field(name="Usage", value=truncate(f"`{self.usage(command)}`", FIELD_VALUE), inline=False)
        for text, meaning in usage_parts(command)[: FIELDS - 3]:
            embed.add_field(
                name=truncate(text, FIELD_NAME), value=truncate(meaning or NO_DESCRIPTION, FIELD_VALUE), inline=False
            )
        embed.add_field(name="Example", value=truncate(f"`{self.example(command)}`", FIELD_VALUE), inline=False)
        if getattr(command, "app_command", None) is not None:
            embed.set_footer(text=f"Also a slash command: /{command.qualified_name}")
        return embed

    async def send_bot_help(self, mapping: Mapping[Any, list[commands.Command[Any, ..., Any]]]) -> None:
        shown = await self.filter_commands(self.context.bot.commands, sort=True)
        prefix = self.context.clean_prefix
        lines = [truncate(f"`{prefix}{c.name}` — {c.short_doc or NO_DESCRIPTION}", LIST_LINE) for c in shown]
        embed = discord.Embed(title="Commands", description=truncate("\n".join(lines), DESCRIPTION), colour=INFO_COLOUR)
        embed.set_footer(text=f"{prefix}help <command> shows its usage, its options and an example.")
        await self.context.reply(embed=embed)

    async def send_cog_help(self, cog: commands.Cog) -> None:
        await self.send_bot_help({})

    async def send_command_help(self, command: commands.Command[Any, ..., Any]) -> None:
        await self.context.reply(embed=self.command_embed(command))

    async def send_group_help(self, group: commands.Group[Any, ..., Any]) -> None:
        embed = discord.Embed(
            title=truncate(f"{self.context.clean_prefix}{group.qualified_name}", TITLE),
            description=truncate(group.help or group.short_doc or NO_DESCRIPTION, DESCRIPTION),
            colour=INFO_COLOUR,
        )
        for command in (await self.filter_commands(group.commands, sort=True))[:FIELDS]:
            embed.add_field(
                name=truncate(self.usage(command), FIELD_NAME),
                value=truncate(command.short_doc or NO_DESCRIPTION, FIELD_VALUE),
                inline=False,
            )
        embed.set_footer(text=f"{self.context.clean_prefix}help {group.qualified_name} <subcommand> shows one.")
        await self.context.reply(embed=embed)

    def command_not_found(self, string: str) -> str:
        return f"No command `{clean(string, SUBCOMMAND_ECHO)}`. `{self.context.clean_prefix}help` lists them."

    def subcommand_not_found(self, command: commands.Command[Any, ..., Any], string: str) -> str:
        return (
            f"`{command.qualified_name}` has no subcommand `{clean(string, SUBCOMMAND_ECHO)}`. "
            f"See `{self.context.clean_prefix}help {command.qualified_name}`."
        )

    async def send_error_message(self, error: str) -> None:
        await self.context.reply(error)

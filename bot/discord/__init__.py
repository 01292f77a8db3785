"""The Discord adapter: a discord.py bot whose extensions translate commands into
``ClaimService`` calls and answers into embeds. The core never imports this package."""

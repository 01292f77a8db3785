"""The bot's extensions (cogs); each module has ``async def setup(bot)``."""

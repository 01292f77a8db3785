"""claimbot: answers questions from a curated base of checked claims.

The core (``service``, ``match``, ``store``, ``answer``, ``knowledge``) imports
no discord; the Discord adapter lives in ``bot.discord`` and is imported only
when ``create_bot`` is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .discord.client import ClaimBot


def create_bot(*args: Any, **kwargs: Any) -> ClaimBot:
    """A configured, not started Discord bot (see ``bot.discord.client.create_bot``)."""
    from .discord.client import create_bot as _create

    return _create(*args, **kwargs)

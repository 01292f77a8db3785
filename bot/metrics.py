"""Prometheus metrics for the running bot: off unless ``CLAIMBOT_METRICS_PORT`` is set.

When it is, ``claimbot run`` serves ``http://127.0.0.1:PORT/metrics`` (loopback only:
the numbers are not secret, but nothing outside the host should reach the bot unasked):

- ``claimbot_asks_total{interface,outcome}``: questions answered in Discord, by outcome
  (``match``, ``suggest``, ``none``, ``error``; ``exception`` if answering raised);
- ``claimbot_ask_latency_seconds``: the time from a question to its answer, the wait for
  the worker thread included;
- ``claimbot_worker_queue_depth``: calls waiting for the worker thread (matching and
  database writes), read at each scrape;
- ``claimbot_followups_sent_total{via}`` and ``claimbot_followup_failures_total``: follow-up
  notices sent (``reply`` or ``dm``) and failed delivery attempts (each retry counts);
- ``claimbot_watch_messages_total{result}``: messages in watched channels, by what the
  watcher did (``skipped``, ``dropped`` when its queue was full, ``silent``, ``replied``,
  ``drafted``, ``error``).

``prometheus-client`` is an optional dependency (``pip install "claimbot[metrics]"``),
imported only when metrics are on. Each ``Metrics`` has its own registry, not the
library's global one, so several bots (in tests) never clash. Off, every method does
nothing.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

LISTEN = "127.0.0.1"
INSTALL = 'pip install "claimbot[metrics]"'
# Matching answers in about a millisecond; a busy worker or a slow disk, in up to a second.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)


class MetricsError(Exception):
    """Metrics are on but cannot work (the package missing, the port taken): one line."""


def executor_queue_depth(executor: Any) -> Callable[[], float]:
    """How many calls wait for ``executor``'s threads (not counting those running);
    NaN if this Python's ThreadPoolExecutor does not say."""

    def depth() -> float:
        queue = getattr(executor, "_work_queue", None)
        try:
            return float(queue.qsize()) if queue is not None else math.nan
        except Exception:  # never break a scrape
            return math.nan

    return depth


class Metrics:
    """What the bot records, on ``port`` (None or 0: off, and nothing is imported)."""

    def __init__(self, port: int | None = None, *, queue_depth: Callable[[], float] | None = None) -> None:
        self.port = port or None
        self.registry: Any = None
        self._server: Any = None
        self._thread: Any = None
        if self.port is None:
            return
        try:
            import prometheus_client as prom
        except ImportError as exc:
            raise MetricsError(
                f"CLAIMBOT_METRICS_PORT is set but prometheus-client is not installed: {INSTALL}"
            ) from exc
        self._prom = prom
        self.registry = prom.CollectorRegistry()
        self.asks = prom.Counter(
            "claimbot_asks",
            "Questions answered, by interface and outcome.",
            ["interface", "outcome"],
            registry=self.registry,
        )
        self.latency = prom.Histogram(
            "claimbot_ask_latency_seconds",
            "Seconds from a question to its answer (the wait for the worker thread included).",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.queue = prom.Gauge(
            "claimbot_worker_queue_depth", "Calls waiting for the worker thread.", registry=self.registry
        )
        self.queue.set_function(queue_depth or (lambda: 0.0))
        self.followups_sent = prom.Counter(
            "claimbot_followups_sent",
            "Follow-up notices sent, by the way they went.",
            ["via"],
            registry=self.registry,
        )
        self.followup_failures = prom.Counter(
            "claimbot_followup_failures",
            "Failed follow-up delivery attempts (each retry counts).",
            registry=self.registry,
        )
        self.watch = prom.Counter(
            "claimbot_watch_messages",
            "Messages in watched channels, by what the watcher did.",
            ["result"],
            registry=self.registry,
        )

    @property
    def enabled(self) -> bool:
        return self.registry is not None

    @property
    def address(self) -> tuple[str, int] | None:
        """Where ``/metrics`` is served (host, port), or None if it is not."""
        return None if self._server is None else tuple(self._server.server_address[:2])  # type: ignore[return-value]

    def ask(self, interface: str, outcome: str, seconds: float) -> None:
        """One question answered (``outcome``) in ``seconds``."""
        if self.registry is None:
            return
        self.asks.labels(interface=interface, outcome=outcome).inc()
        self.latency.observe(seconds)

    def followup_sent(self, via: str) -> None:
        if self.registry is not None:
            self.followups_sent.labels(via=via).inc()

    def followup_failed(self) -> None:
        if self.registry is not None:
            self.followup_failures.inc()

    def watched(self, result: str) -> None:
        """One message in a watched channel: skipped, dropped, silent, replied, drafted or error."""
        if self.registry is not None:
            self.watch.labels(result=result).inc()

    def value(self, name: str, **labels: str) -> float | None:
        """A sample's current value (``claimbot_asks_total``, ``..._count``), or None."""
        if self.registry is None:
            return None
        return self.registry.get_sample_value(name, labels or None)

    def start(self) -> None:
        """Serve ``/metrics`` on 127.0.0.1:``port`` from a daemon thread (if on and not
        already serving). Raises ``MetricsError`` if the port cannot be bound."""
        if self.registry is None or self._server is not None:
            return
        try:
            self._server, self._thread = self._prom.start_http_server(self.port, addr=LISTEN, registry=self.registry)
        except OSError as exc:
            raise MetricsError(f"cannot serve metrics on {LISTEN}:{self.port} (CLAIMBOT_METRICS_PORT): {exc}") from exc
        log.info("metrics on http://%s:%d/metrics", LISTEN, self.port)

    def stop(self) -> None:
        """Stop serving (idempotent)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

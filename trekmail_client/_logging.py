"""Logging through stdlib ``logging`` under the ``trekmail_client`` logger.

``TREKMAIL_LOG=debug`` or ``TREKMAIL_LOG=info`` sets the logger's level (and adds a stderr
handler if the application configured none), like ``OPENAI_LOG`` in openai-python. The
``Authorization`` header (and anything else secret) is always redacted.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping

__all__ = ["SENSITIVE_HEADERS", "logger", "redact_headers", "setup_logging"]

logger = logging.getLogger("trekmail_client")

#: Header names whose values are never logged (lower case).
SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "payment-authorization", "cookie", "set-cookie"}
)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False


def setup_logging(env: Mapping[str, str] | None = None) -> None:
    """Apply ``TREKMAIL_LOG`` (``debug`` or ``info``, any case) once per process.

    Args:
        env: the environment to read (defaults to ``os.environ``).

    Unknown values are ignored. Safe to call many times.
    """
    global _configured
    if _configured:
        return
    _configured = True
    value = (env if env is not None else os.environ).get("TREKMAIL_LOG", "").strip().lower()
    level = _LEVELS.get(value)
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    """Return a copy of ``headers`` safe to log: sensitive values become ``"<redacted>"``.

    Args:
        headers: a mapping or ``(name, value)`` pairs (e.g. ``httpx.Headers.items()``).
    """
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {
        name: ("<redacted>" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in pairs
    }

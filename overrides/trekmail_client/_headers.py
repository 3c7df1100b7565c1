"""Header reads and writes on the per-call path without ``httpx.Headers``' general machinery.

``httpx.Headers`` keeps ``(name, lower-case name, value)`` byte triples in ``_list``; its
``keys()``, ``get()`` and ``__setitem__`` decode, encode and scan that list once per call
(``keys()`` alone about 13,000 instructions). The auth flow and the retry transport need a
few names per request, so they read and append the triples directly. That layout is httpx's
own, not its public API: :data:`FAST` checks it once at import (on the installed httpx), and
when it differs every helper takes the public API instead, with the same result (issue 12:
the SDK layer's own cost).
"""

from __future__ import annotations

from typing import Any, Final

import httpx

__all__ = ["FAST", "append", "get", "lower_names"]


def _layout_ok() -> bool:
    try:
        probe = httpx.Headers({"X-Probe": "v"})
        triples: Any = getattr(probe, "_list", None)
        if triples != [(b"X-Probe", b"x-probe", b"v")]:
            return False
        triples.append((b"X-Added", b"x-added", b"w"))
        return probe.get("x-added") == "w" and list(probe.keys()) == ["x-probe", "x-added"]
    except Exception:  # any other layout: the public API
        return False


#: Whether the installed httpx keeps its headers as this module reads them.
FAST: Final = _layout_ok()


def lower_names(headers: httpx.Headers) -> set[bytes]:
    """The lower-case names (bytes) of ``headers``."""
    if FAST:
        return {lower for _, lower, _ in headers._list}
    return {name.encode("latin-1") for name in headers.keys()}  # keys() are lower-case


def get(headers: httpx.Headers, lower: bytes) -> str | None:
    """The value of the header named ``lower`` (lower-case bytes), several joined with
    ``", "``, or ``None``: as ``headers.get(name)``."""
    if FAST:
        values = [value for _, name, value in headers._list if name == lower]
        if not values:
            return None
        encoding = headers.encoding
        return ", ".join(value.decode(encoding) for value in values)
    found: str | None = headers.get(lower.decode("latin-1"))
    return found


def append(headers: httpx.Headers, name: str, lower: bytes, value: str) -> None:
    """Add the header ``name: value`` (ASCII) that ``headers`` does not hold yet (the caller
    checked with :func:`lower_names`); as ``headers[name] = value``."""
    if FAST:
        headers._list.append((name.encode("ascii"), lower, value.encode("ascii")))
    else:
        headers[name] = value

"""Idempotency-Key storage and per-key locking.

TrekMail (API overview, "Idempotency"; official client facts 1.4): the same key with the same
body replays the stored response with ``X-Idempotency-Replayed: true``; the same key with a
different body is 409 ``idempotency_mismatch``; keys live 24 hours. In the sandbox keys are scoped
per token, the fingerprint is the method, the path and the body as JSON in canonical form (key
order and spacing do not matter; a body that is not JSON counts by its bytes), 5xx results are
not stored (a retry runs again) and 4xx results are.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

__all__ = ["IdempotencyStore", "StoredResponse", "fingerprint"]

WINDOW_SECONDS = 24 * 3600.0
"""How long a stored response is replayed (24 h)."""


def fingerprint(method: str, path: str, body: bytes) -> bytes:
    """The SHA-256 digest identifying a request for replay purposes: the same JSON body with
    its keys in another order is the same request."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = body
    digest = hashlib.sha256(method.encode())
    digest.update(b" ")
    digest.update(path.encode())
    digest.update(b"\n")
    digest.update(canonical if body.strip() else b"")
    return digest.digest()


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """A response kept for replay.

    Attributes:
        fingerprint: `fingerprint` of the request that produced it.
        status: HTTP status (int).
        body: the bytes a replay sends (one-time secrets already redacted).
        headers: response headers to replay (name, value) without the per-request ones.
        stored_at: monotonic time of storage, in seconds.
    """

    fingerprint: bytes
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]
    stored_at: float


class IdempotencyStore:
    """Stored responses by (token, key), and a lock per key so that two concurrent requests with
    one key never both execute: the second waits for the first and then replays.

    Args:
        clock: a monotonic clock in seconds.
        window: seconds a stored response is replayed (float, > 0; default 24 h, the API's).
    """

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, window: float = WINDOW_SECONDS
    ) -> None:
        if not window > 0:
            raise ValueError("the idempotency window must be > 0 seconds")
        self._clock = clock
        self.window = window
        self._entries: dict[tuple[str, str], StoredResponse] = {}
        self._locks: dict[tuple[str, str], tuple[asyncio.Lock, list[int]]] = {}
        self.replays = 0
        """How many responses were replayed (int)."""

    def __len__(self) -> int:
        """The number of stored responses."""
        return len(self._entries)

    def get(self, token: str, key: str) -> StoredResponse | None:
        """The stored response for (token, key), or None (also once the window has passed)."""
        entry = self._entries.get((token, key))
        if entry is not None and self._clock() - entry.stored_at > self.window:
            del self._entries[(token, key)]
            return None
        return entry

    def put(
        self,
        token: str,
        key: str,
        print_: bytes,
        status: int,
        body: bytes,
        headers: tuple[tuple[str, str], ...],
    ) -> None:
        """Store a response for (token, key)."""
        self._entries[(token, key)] = StoredResponse(print_, status, body, headers, self._clock())

    def clear(self) -> None:
        """Forget every stored response."""
        self._entries.clear()

    @asynccontextmanager
    async def locked(self, token: str, key: str) -> AsyncIterator[None]:
        """Hold the lock of (token, key) for the duration of the ``async with`` block."""
        slot = (token, key)
        entry = self._locks.get(slot)
        if entry is None:
            entry = self._locks[slot] = (asyncio.Lock(), [0])
        lock, users = entry
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:
                del self._locks[slot]

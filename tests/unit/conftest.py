"""Shared fixtures for the runtime-layer unit tests: a controlled clock, sleep and random, a
small operation registry, and a client factory. No test sleeps for real."""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

if importlib.util.find_spec("trekmail_client") is None or (
    importlib.util.find_spec("trekmail_client.client") is None
):  # pragma: no cover - environment guard
    pytest.exit(
        "trekmail_client is not generated yet: run `make generate` (it builds trekmail_client/ "
        "from openapi.json and lays overrides/ over it), then re-run the unit tests",
        returncode=2,
    )

from trekmail_client._backoff import RateLimitGate, RetryPolicy
from trekmail_client._registry import Registry, default_registry
from trekmail_client._retry import RetryTransport

OPS = "tm_live_unit0test0token"
MSG = "tm_msg_unit0test0token"
BASE = "https://trekmail.net"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def httpx_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests do no network I/O: respx mocks httpx's own transport, and nothing else. A
    client built here therefore uses the httpx backend whatever $TREKMAIL_HTTP_BACKEND says;
    both backends are tested over real sockets in tests/behaviour (test_http_backends.py and
    the sandbox suites, run once per backend by ``make test``)."""
    monkeypatch.setenv("TREKMAIL_HTTP_BACKEND", "httpx")


class FakeTime:
    """A monotonic clock that only moves when something sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_700_000_000.0 + self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def registry() -> Registry:
    """The real operation table, generated from openapi.json (never a hand copy)."""
    return default_registry()


def max_rng(a: float, b: float) -> float:
    """A 'random' that always returns the top of the range."""
    return b


@pytest.fixture
def make_transport(fake_time: FakeTime) -> Callable[..., RetryTransport]:
    def factory(inner: Any = None, **policy: Any) -> RetryTransport:
        return RetryTransport(
            inner,
            policy=RetryPolicy(**policy),
            gate=RateLimitGate(clock=fake_time.clock, sleep=fake_time.sleep),
            sleep=fake_time.sleep,
            clock=fake_time.clock,
            rng=max_rng,
            wall_clock=fake_time.wall,
        )

    return factory


@pytest.fixture
async def tm(
    make_transport: Callable[..., RetryTransport], registry: Registry
) -> AsyncIterator[Any]:
    """A TrekMail with both tokens, the fake registry and a fake-time retry transport
    (respx mocks the default ``httpx.AsyncHTTPTransport`` inside it)."""
    from trekmail_client._client import TrekMail

    client = TrekMail(
        ops_token=OPS, message_token=MSG, transport=make_transport(), registry=registry
    )
    async with client:
        yield client

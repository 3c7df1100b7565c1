"""Shared fixtures for the behaviour tests (the sandbox over real HTTP on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from trekmail_client.testing import Sandbox, SandboxConfig


@pytest.fixture
def anyio_backend() -> str:
    """Run the anyio-marked tests on asyncio only."""
    return "asyncio"


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Sandbox]]:
    """A factory: ``make_sandbox(**SandboxConfig fields)`` starts a fresh sandbox in a thread
    (rate limit 100,000/min and no seeded demo mailbox unless given); all stop at teardown."""
    started: list[Sandbox] = []

    def make(**fields: object) -> Sandbox:
        fields.setdefault("rate_limit_per_minute", 100_000)
        fields.setdefault("seed_message_mailbox", False)  # tests count mailboxes from zero
        sandbox = Sandbox(SandboxConfig(**fields)).start_in_thread()  # type: ignore[arg-type]
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()

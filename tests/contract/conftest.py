"""Start the pinned Prism mock server from openapi.json on 127.0.0.1 for the contract tests.

Prism validates every request against the contract (parameters, headers, bodies, the bearer
security scheme) and answers an invalid one with the spec's 422/400 response and an
``sl-violations`` header naming each violation, so a call that passes here sent exactly what
openapi.json describes.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "overrides" / "build"))
from contract import contract_path  # noqa: E402

PRISM = ROOT / "tests" / "contract" / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60.0


@dataclass
class ContractStats:
    """What the contract run exercised, printed in the terminal summary."""

    calls: dict[str, set[str]] = field(default_factory=dict)  # mode -> operation ids
    call_seconds: float = 0.0
    first_call: float | None = None
    last_call: float | None = None
    prism_startup_seconds: float | None = None

    def record(self, operation_id: str, mode: str, seconds: float) -> None:
        now = time.monotonic()
        self.calls.setdefault(mode, set()).add(operation_id)
        self.call_seconds += seconds
        self.first_call = now - seconds if self.first_call is None else self.first_call
        self.last_call = now


STATS_KEY = pytest.StashKey[ContractStats]()


def _stats(config: pytest.Config) -> ContractStats:
    return config.stash.setdefault(STATS_KEY, ContractStats())


@pytest.fixture(scope="session")
def contract_stats(request: pytest.FixtureRequest) -> ContractStats:
    """The session's :class:`ContractStats` (tests record each generated call in it)."""
    return _stats(request.config)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    stats = config.stash.get(STATS_KEY, None)
    if stats is None or not stats.calls:
        return
    operations = set().union(*stats.calls.values())
    per_mode = ", ".join(f"{mode} {len(ops)}" for mode, ops in sorted(stats.calls.items()))
    wall = (stats.last_call or 0.0) - (stats.first_call or 0.0)
    startup = stats.prism_startup_seconds
    terminalreporter.write_sep("-", "contract summary")
    terminalreporter.write_line(
        f"{len(operations)} operations exercised against Prism ({per_mode} calls passed); "
        f"{stats.call_seconds:.2f} s in calls, {wall:.2f} s wall"
        + (f", Prism startup {startup:.2f} s" if startup is not None else "")
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def prism_url(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[str]:
    """Run ``prism mock openapi.json`` on a free 127.0.0.1 port; yield its base URL."""
    if not PRISM.exists():
        pytest.fail(
            f"Prism is not installed at {PRISM}; run `make npm` (npm ci in tests/contract)",
            pytrace=False,
        )
    node = shutil.which("node")
    assert node, "Node.js is needed for Prism; install node 20+"
    port = _free_port()
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [str(PRISM), "mock", str(contract_path()), "-h", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_COLOR": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    deadline = started + STARTUP_SECONDS
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"Prism exited early:\n{log_path.read_text()[-4000:]}", pytrace=False)
            try:
                httpx.get(url + "/__health__", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(f"Prism did not start in {STARTUP_SECONDS:.0f} s", pytrace=False)
                time.sleep(0.2)
        _stats(request.config).prism_startup_seconds = time.monotonic() - started
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()

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
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "tests" / "contract" / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
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
        [str(PRISM), "mock", str(ROOT / "openapi.json"), "-h", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_COLOR": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
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
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()

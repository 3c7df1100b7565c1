"""Sandbox: lifecycle (async and thread), binding, the CLI."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
import pytest

from trekmail_client.testing import (
    DEMO_MESSAGE_TOKEN,
    DEMO_OPS_TOKEN,
    Sandbox,
    SandboxConfig,
    create_app,
)

from ._sandbox_cli import sandbox_cli

pytestmark = [pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}


@pytest.mark.anyio
async def test_async_context_manager_serves_and_stops() -> None:
    config = SandboxConfig(seed_domains=("a.example",), rate_limit_per_minute=50)
    async with Sandbox(config) as sb:
        assert sb.url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=sb.url) as http:
            response = await http.get("/api/v1/domains", headers=OPS)
        assert [d["name"] for d in response.json()["data"]] == ["a.example"]
        url = sb.url
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(url + "/api/v1/domains", headers=OPS)


def test_thread_mode_from_sync_code() -> None:
    sb = Sandbox().start_in_thread()
    try:
        response = httpx.get(sb.url + "/api/v1/me", headers=OPS)
        assert response.status_code == 200
    finally:
        sb.stop()
    sb.stop()  # idempotent


def test_refuses_non_loopback_and_bad_config() -> None:
    with pytest.raises(ValueError):
        Sandbox(host="0.0.0.0")
    with pytest.raises(ValueError):
        SandboxConfig(ops_tokens={"tm_msg_x": ()})
    with pytest.raises(ValueError):
        SandboxConfig(rate_limit_per_minute=0)
    assert create_app().state.sandbox.config.rate_limit_per_minute == 600


def test_cli_prints_url_and_tokens_and_stops_on_sigterm(tmp_path: Path) -> None:
    args = ("--rate-limit", "99", "--seed-domain", "cli.example")
    with sandbox_cli(*args, cwd=tmp_path, capture_stderr=False) as process:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert "http://127.0.0.1:" in first
        url = first.split()[-1]
        lines = [process.stdout.readline() for _ in range(3)]
        assert any(DEMO_OPS_TOKEN in line for line in lines)
        assert any(DEMO_MESSAGE_TOKEN in line for line in lines)
        response = httpx.get(url + "/api/v1/domains", headers=OPS)
        assert response.json()["data"][0]["name"] == "cli.example"
        assert response.headers["x-ratelimit-limit"] == "99"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_sandbox_process_serves_and_stops() -> None:
    from trekmail_client.testing import DEMO_OPS_TOKEN, sandbox_process

    with sandbox_process(rate_limit=50) as url:
        response = httpx.get(
            f"{url}/api/v1/me", headers={"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
        )
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "50"
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/api/v1/me", timeout=2)

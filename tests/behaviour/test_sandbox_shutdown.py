"""Sandbox shutdown: Ctrl-C or SIGTERM while slow faults hold requests stops the command line
cleanly (exit 0, no traceback), the held requests get an answer at once (``slow``: 503, nothing
done; ``slow-after-commit``: the real answer, committed), and a stopping sandbox refuses new
requests with 503 ``service_unavailable``. No timing assertion: waits are generous bounds, and
"the request is held" is read from the sandbox (``slow_pending``), not guessed."""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig

from ._sandbox_cli import sandbox_cli

pytestmark = [pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
WAIT = 60.0  # seconds: a generous bound for a loaded CI box, never a measured figure
HOUR = "3600"  # a slow fault far longer than any test: only a stop can end it


def _wait_until_held(url: str, count: int) -> None:
    """Poll the sandbox-only count until ``count`` requests are held by a slow fault."""
    stop_polling = threading.Event()
    for _ in range(int(WAIT / 0.05)):
        answer = httpx.get(f"{url}/_sandbox/mailboxes/count", timeout=WAIT)
        if answer.json()["slow_pending"] >= count:
            return
        stop_polling.wait(0.05)
    raise AssertionError(f"the sandbox never held {count} requests")


def _slow_requests(url: str, pool: ThreadPoolExecutor) -> dict[str, Future[httpx.Response]]:
    """Send one request held by ``slow`` (before anything is done) and one create held by
    ``slow-after-commit`` (committed, the answer waiting)."""
    slow = pool.submit(
        httpx.get,
        f"{url}/api/v1/domains",
        headers={**OPS, "X-Sandbox-Fault": f"slow:{HOUR}"},
        timeout=WAIT,
    )
    after_commit = pool.submit(
        httpx.post,
        f"{url}/api/v1/mailboxes",
        json={"domain_id": 1, "local_part": "held", "password": "Abcdefgh1234"},
        headers={
            **OPS,
            "Idempotency-Key": "shutdown-held-1",
            "X-Sandbox-Fault": f"slow-after-commit:{HOUR}",
        },
        timeout=WAIT,
    )
    return {"slow": slow, "slow-after-commit": after_commit}


def _assert_released(futures: dict[str, Future[httpx.Response]]) -> None:
    slow = futures["slow"].result(timeout=WAIT)
    assert slow.status_code == 503
    assert slow.json()["error"]["code"] == "service_unavailable"
    assert "stopping" in slow.json()["error"]["message"]
    created = futures["slow-after-commit"].result(timeout=WAIT)
    assert created.status_code == 201  # committed before the hold: its real answer
    assert created.json()["data"]["email"] == "held@example.com"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_with_pending_slow_faults_stops_cleanly(
    signum: signal.Signals, tmp_path: Path
) -> None:
    with sandbox_cli(cwd=tmp_path) as process:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("TrekMail sandbox listening on http://127.0.0.1:")
        url = first.split("listening on ", 1)[1].strip()
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = _slow_requests(url, pool)
            _wait_until_held(url, 2)
            process.send_signal(signum)
            out, err = process.communicate(timeout=WAIT)
            _assert_released(futures)
        assert process.returncode == 0
        assert "Traceback" not in err
        assert "Exception in ASGI application" not in err
        assert "CancelledError" not in err
        assert err.strip() == ""
        assert out.rstrip().endswith("sandbox stopped")


def test_thread_mode_stop_releases_slow_faults(capfd: pytest.CaptureFixture[str]) -> None:
    sandbox = Sandbox(SandboxConfig(seed_message_mailbox=False)).start_in_thread()
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = _slow_requests(sandbox.url, pool)
            _wait_until_held(sandbox.url, 2)
            sandbox.stop()
            _assert_released(futures)
        assert sandbox.state.stopping and sandbox.state.slow_pending == 0
        assert len(sandbox.state.mailboxes) == 1
    finally:
        sandbox.stop()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception in ASGI application" not in err


@pytest.mark.anyio
async def test_a_stopping_sandbox_refuses_new_requests_and_releases_holds() -> None:
    config = SandboxConfig(seed_message_mailbox=False)
    async with Sandbox(config) as sb, httpx.AsyncClient(base_url=sb.url, timeout=WAIT) as http:
        held = asyncio.create_task(
            http.get("/api/v1/domains", headers={**OPS, "X-Sandbox-Fault": f"slow:{HOUR}"})
        )
        for _ in range(int(WAIT / 0.01)):
            if sb.state.slow_pending:
                break
            await asyncio.sleep(0.01)
        assert sb.state.slow_pending == 1
        sb.state.begin_stop()
        released = await held
        refused = await http.post(
            "/api/v1/mailboxes",
            json={"domain_id": 1, "local_part": "late", "password": "Abcdefgh1234"},
            headers={**OPS, "Idempotency-Key": "late-1"},
        )
        for answer in (released, refused):
            assert answer.status_code == 503
            error = answer.json()["error"]
            assert error["code"] == "service_unavailable" and error["retryable"] is True
            assert "stopping" in error["message"] and error["hint"]
        assert sb.state.mailboxes == {}  # nothing done
        # a slow fault that starts after the stop does not wait either
        assert not await sb.state.hold(3600)


def test_make_sandbox_fixture_still_stops(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox()
    assert httpx.get(f"{sb.url}/api/v1/me", headers=OPS, timeout=WAIT).status_code == 200
    sb.stop()
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{sb.url}/api/v1/me", headers=OPS, timeout=5)

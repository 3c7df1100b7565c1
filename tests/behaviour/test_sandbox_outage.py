"""Sandbox outages (``--outage``, ``--outage-retry-after``, ``SandboxConfig(outage=...)``) and
the `VirtualClock` they can run on."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from trekmail_client.testing import (
    DEMO_OPS_TOKEN,
    Sandbox,
    SandboxConfig,
    VirtualClock,
    sandbox_process,
)
from trekmail_client.testing.__main__ import main

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--outage", "-5"], "--outage: -5 is not a number of seconds >= 0"),
        (["--outage", "inf"], "--outage: inf is not a number of seconds >= 0"),
        (["--outage", "60", "--outage-retry-after", "-1"], "--outage-retry-after: -1 is not"),
        (["--outage-retry-after", "5"], "--outage-retry-after needs --outage SECONDS"),
    ],
)
def test_bad_outage_flags_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--port", "0", *args])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_the_outage_flags_reach_the_server() -> None:
    with sandbox_process(extra_args=("--outage", "3600", "--outage-retry-after", "4.2")) as url:
        answer = httpx.get(f"{url}/api/v1/domains", headers=OPS, timeout=30)
        count = httpx.get(f"{url}/_sandbox/mailboxes/count", timeout=30)
    assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
    assert answer.json()["error"]["code"] == "service_unavailable"
    assert count.status_code == 200  # sandbox-only, outside the outage


@pytest.mark.anyio
async def test_an_outage_ends_on_the_sandbox_clock() -> None:
    clock = VirtualClock(autojump=False)
    config = SandboxConfig(outage=60, seed_message_mailbox=False)
    async with Sandbox(config, clock=clock) as sb, httpx.AsyncClient(base_url=sb.url) as http:
        assert (await http.get("/api/v1/domains", headers=OPS)).status_code == 503
        assert "retry-after" not in (await http.get("/api/v1/domains", headers=OPS)).headers
        clock.advance(59.5)
        assert (await http.get("/api/v1/domains", headers=OPS)).status_code == 503
        clock.advance(0.5)
        assert (await http.get("/api/v1/domains", headers=OPS)).status_code == 200


@pytest.mark.anyio
async def test_the_virtual_clock_wakes_each_sleeper_after_its_own_wait() -> None:
    """Time jumps only when every waiter sleeps and no request is in flight, to the earliest
    wake-up: each sleeper sees exactly the wait it asked for."""
    clock = VirtualClock()
    woke: list[tuple[str, float, float]] = []

    async def sleeper(name: str, waits: list[float]) -> None:
        for wait in waits:
            before = clock()
            await clock.sleep(wait)
            woke.append((name, wait, clock() - before))

    await asyncio.gather(sleeper("a", [5.0, 8.0, 1.0]), sleeper("b", [3.0, 30.0]))
    assert [(n, w) for n, w, _ in woke] == [
        ("b", 3.0),
        ("a", 5.0),
        ("a", 8.0),
        ("a", 1.0),
        ("b", 30.0),
    ]
    assert all(seen == wait for _, wait, seen in woke)
    assert clock() == 33.0


@pytest.mark.anyio
async def test_the_virtual_clock_holds_while_a_request_is_in_flight() -> None:
    clock = VirtualClock()
    release = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200, text="done")

    transport = clock.transport(httpx.MockTransport(slow))
    async with httpx.AsyncClient(transport=transport, base_url="http://x") as http:
        request = asyncio.ensure_future(http.get("/"))
        napper = asyncio.ensure_future(clock.sleep(10))
        for _ in range(200):  # far more rounds than the clock waits before a jump
            await asyncio.sleep(0)
        assert clock() == 0.0 and clock.in_flight == 1 and not napper.done()
        release.set()
        assert (await request).text == "done"
        await napper
    assert clock() == 10.0 and clock.in_flight == 0
